/**
 * The command line: parse options, schedule the inputs, write records. All the extraction
 * is in the library; this file only decides what goes to stdout (records) and what to stderr
 * (diagnostics, the summary), and the exit code: 0 all good, 1 some inputs failed, 2 usage.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { chalkStderr as chalk } from 'chalk';
import { ingest, ingestWithTrace } from '../ingest.js';
import { InputError } from '../errors.js';
import { discover, reasonOf } from '../io/discover.js';
import { toNdjsonLine } from './output.js';
import { renderExplain } from './explain.js';
import type { IngestRecord } from '../types.js';

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

interface RunOptions {
  ext: string;
  pretty?: boolean;
  quiet?: boolean;
  failFast?: boolean;
}

export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command();
  program
    .name('ingest')
    .description('Turn English and French news page dumps into clean JSON records (NDJSON on stdout).')
    .argument('[paths...]', 'files, directories (walked recursively) or - for stdin')
    .addOption(new Option('--ext <list>', 'extensions picked inside directories, comma-separated').default('txt'))
    .option('--pretty', 'indent each record (for people; the output is then not NDJSON)')
    .option('-q, --quiet', 'no end-of-run summary on stderr (errors are still printed)')
    .option('--fail-fast', 'stop at the first input that fails')
    .addHelpText(
      'after',
      `
Examples:
  $ ingest ./seeds > records.ndjson          every .txt under ./seeds, one record a line
  $ ingest page.txt --pretty                 one file, indented
  $ cat page.txt | ingest -                  a document on stdin
  $ ingest --ext txt,text dumps/             other extensions
  $ ingest -q ./seeds > out.ndjson           no summary on stderr
  $ ingest --fail-fast ./seeds || echo bad   stop at the first input that cannot be read
  $ ingest ./seeds | jq -r '.lang + "\\t" + .title'
  $ ingest explain page.txt                  why each line was kept or removed

Exit codes: 0 all inputs gave a record, 1 some inputs failed (each named on stderr),
2 usage error.`,
    )
    .action(async (paths: string[], opts: RunOptions) => {
      code = await run(paths, opts);
    });

  program.exitOverride();
  program.configureOutput({ outputError: (str, write) => write(chalk.red(str)) });
  program
    .command('explain')
    .description('print a document with the label and rule each line got (stderr colours on a TTY)')
    .argument('<file>', 'a text dump, or - for stdin')
    .addHelpText('after', '\nExample:\n  $ ingest explain fixtures/seeds/000_f856abccfeb214b4.txt | less -R')
    .action((file: string) => {
      code = explain(file);
    });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.exitCode === 0) return EXIT.ok;
      return EXIT.usage;
    }
    throw e;
  }
  return code;
}

function readInput(path: string): Buffer {
  return path === '-' ? readFileSync(0) : readFileSync(path);
}

async function run(paths: string[], opts: RunOptions): Promise<number> {
  if (paths.length === 0) {
    if (process.stdin.isTTY) {
      process.stderr.write(chalk.red('ingest: no input: give files, directories or - for stdin (see ingest --help)\n'));
      return EXIT.usage;
    }
    paths = ['-'];
  }
  const exts = opts.ext.split(',').map((e) => e.trim()).filter(Boolean);
  const { files, problems } = discover(paths, exts);
  let failed = 0;
  for (const p of problems) {
    reportError(p.path, p.reason);
    failed++;
    if (opts.failFast) return EXIT.failed;
  }
  const stats = { records: 0, byLang: new Map<string, number>(), related: 0, removed: 0 };
  for (const path of files) {
    let record: IngestRecord;
    try {
      record = ingest(readInput(path), { path });
    } catch (e) {
      // An input that cannot be read is the input's problem; anything else is a bug of ours,
      // which must not pass for a bad file.
      if (!(e instanceof InputError) && !(e as NodeJS.ErrnoException).code) throw e;
      reportError(path, e instanceof InputError ? e.reason : reasonOf(e));
      failed++;
      if (opts.failFast) break;
      continue;
    }
    const ok = process.stdout.write(toNdjsonLine(record, opts.pretty));
    if (!ok) await new Promise((resolve) => process.stdout.once('drain', resolve));
    stats.records++;
    stats.byLang.set(record.lang, (stats.byLang.get(record.lang) ?? 0) + 1);
    stats.related += record.related.length;
    stats.removed += record.removed.length;
  }
  if (!opts.quiet) {
    const langs = [...stats.byLang].map(([l, n]) => `${l} ${n}`).join(', ');
    const summary =
      `ingest: ${files.length + problems.length} inputs, ${stats.records} records` +
      (langs ? ` (${langs})` : '') +
      `, ${stats.related} related stubs, ${stats.removed} removed blocks, ${failed} failed\n`;
    process.stderr.write(failed > 0 ? chalk.yellow(summary) : chalk.dim(summary));
  }
  return failed > 0 ? EXIT.failed : EXIT.ok;
}

function reportError(path: string, reason: string): void {
  process.stderr.write(chalk.red(`ingest: ${path}: ${reason}`) + '\n');
}

/** Colour on stdout for `explain`: a terminal, unless NO_COLOR; or FORCE_COLOR. */
function stdoutColour(): boolean {
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  return process.stdout.isTTY === true;
}

function explain(file: string): number {
  try {
    const trace = ingestWithTrace(readInput(file), { path: file });
    process.stdout.write(renderExplain(trace, stdoutColour()));
    return EXIT.ok;
  } catch (e) {
    reportError(file, e instanceof InputError ? e.reason : reasonOf(e));
    return EXIT.failed;
  }
}
