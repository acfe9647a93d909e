/**
 * The command line: parse options, check them, and hand the inputs to the batch runner or
 * the stdin mapper. All the extraction is in the library and the run's mechanics are in the
 * modules beside this one; this file decides what a call means and its exit code: 0 all good,
 * 1 some inputs failed, 2 usage error, 130 interrupted.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Command, CommanderError, Option } from 'commander';
import { chalkStderr as chalk } from 'chalk';
import { ingestWithTrace } from '../ingest.js';
import { InputError } from '../errors.js';
import { reasonOf } from '../io/discover.js';
import { readInput } from '../io/read.js';
import { setUserRules } from '../lexicon/index.js';
import { RECORD_SCHEMA } from '../record/schema.js';
import { renderExplain } from './explain.js';
import { collectInputs, readList } from './inputs.js';
import { runBatch } from './batch.js';
import { runNdjson } from './ndjson.js';
import { DEFAULT_MAX_BYTES, parseSize, usageProblem, type RunOptions, parseJobs } from './options.js';
import { RELATED_RECORD_SCHEMA } from './related.js';
import { parseRules } from './rules.js';
import { EXIT, Session } from './session.js';
import { DirWriter } from './writer.js';

export { EXIT };

export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command();
  program
    .name('ingest')
    .description('Turn English and French news pages (text dumps and saved HTML) into clean JSON records (NDJSON on stdout).')
    .argument('[paths...]', 'files, directories (walked recursively), quoted glob patterns, or - for stdin')
    .addOption(new Option('--ext <list>', 'extensions picked inside directories, comma-separated').default('txt,html,htm'))
    .option('--files-from <file>', 'also read the paths listed in FILE, one a line (- for stdin; blank lines and # comments skipped)')
    .option('--stdin-ndjson', 'map JSON lines {"id","text"} or {"id","html"} on stdin to records, one a line, in order')
    .option('--out <dir>', 'write one <id>.json file per record into DIR (atomically) instead of stdout')
    .option('--resume', 'with --out: skip inputs whose file in DIR was made from the same bytes')
    .addOption(new Option('--related <mode>', 'separate: also write each related stub as a record of its own').choices(['inline', 'separate']).default('inline'))
    .addOption(new Option('--lang <lang>', 'keep only the records in this language').choices(['en', 'fr', 'und']))
    .option('--errors-json', 'also write {"error": {"path", "reason"}} lines on stdout for the inputs that fail')
    .addOption(new Option('--max-bytes <size>', 'skip larger files (20MB, 500k, 1048576)').argParser(parseSize).default(DEFAULT_MAX_BYTES, '20MB'))
    .addOption(new Option('-j, --jobs <n>', 'worker threads; the output is the same, in content and order, as with 1').argParser(parseJobs).default(availableParallelism(), 'the number of cores'))
    .option('--rules <file>', 'your own furniture phrases and patterns, JSON (see the README)')
    .option('--pretty', 'indent each record (for people; the output is then not NDJSON)')
    .option('-q, --quiet', 'no progress line and no end-of-run summary on stderr (errors are still printed)')
    .option('--fail-fast', 'stop at the first input that fails')
    .addHelpText(
      'after',
      `
Examples:
  $ ingest ./seeds > records.ndjson          every .txt and .html under ./seeds, one record a line
  $ ingest page.txt --pretty                 one file, indented
  $ cat page.txt | ingest -                  a document on stdin
  $ ingest 'dumps/**/*.txt'                  a quoted glob, expanded by ingest
  $ ingest --files-from list.txt             the paths listed in a file (find ... | ingest --files-from -)
  $ ingest --ext txt,text dumps/             other extensions
  $ ingest --out records/ ./seeds            one records/<id>.json per input
  $ ingest --out records/ --resume ./seeds   after an interrupted run: only what is not done
  $ ingest --lang fr ./seeds                 French records only
  $ ingest --related separate ./seeds        each related stub also as a record of its own
  $ ingest --errors-json ./seeds | jq -c 'select(.error)'
  $ ingest --max-bytes 500k ./crawl          skip files over 500 KiB
  $ ingest --jobs 1 ./seeds                  everything in one thread (default: one worker per core)
  $ ingest --rules my-rules.json ./seeds     your own furniture phrases
  $ echo '{"id":"a1","text":"Title\\n\\nStory…"}' | ingest --stdin-ndjson
  $ ingest -q ./seeds > out.ndjson           no progress line, no summary on stderr
  $ ingest --fail-fast ./seeds || echo bad   stop at the first input that cannot be read
  $ ingest ./seeds | jq -r '.lang + "\\t" + .title'
  $ ingest explain page.txt                  why each line was kept or removed
  $ ingest schema > record.schema.json       the record's JSON Schema (--related: the stubs')

Exit codes: 0 all inputs gave a record, 1 some inputs failed (each named on stderr),
2 usage error, 130 interrupted (Ctrl-C).`,
    )
    .action(async (paths: string[], opts: RunOptions) => {
      code = await run(paths, opts);
    });

  // Options of the main command go before a subcommand, so that `schema --related` is the
  // subcommand's flag, not the main command's `--related <mode>`.
  program.enablePositionalOptions();
  program.exitOverride();
  program.configureOutput({ outputError: (str, write) => write(chalk.red(str)) });
  program
    .command('explain')
    .description('print a document with the label and rule each line got (stderr colours on a TTY)')
    .argument('<file>', 'a text dump, or - for stdin')
    .addHelpText('after', '\nExample:\n  $ ingest explain fixtures/seeds/000_f856abccfeb214b4.txt | less -R')
    .action(async (file: string) => {
      code = await explain(file);
    });
  program
    .command('schema')
    .description("print the record's JSON Schema (draft 2020-12)")
    .option('--related', 'the schema of the stub records that --related separate writes')
    .addHelpText('after', '\nExamples:\n  $ ingest schema > record.schema.json\n  $ ingest schema --related > related.schema.json')
    .action((o: { related?: boolean }) => {
      process.stdout.write(`${JSON.stringify(o.related ? RELATED_RECORD_SCHEMA : RECORD_SCHEMA, null, 2)}\n`);
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

function usage(message: string): number {
  process.stderr.write(`${chalk.red(`ingest: ${message}`)}\n`);
  return EXIT.usage;
}

async function run(paths: string[], o: RunOptions): Promise<number> {
  const problem = usageProblem(paths, o);
  if (problem) return usage(problem);
  // The rules are checked before any input is read: a typo in them must not cost a batch.
  if (o.rules) {
    const errors = loadRules(o.rules);
    if (errors.length > 0) {
      for (const e of errors) usage(`--rules ${o.rules}: ${e}`);
      return EXIT.usage;
    }
  }
  let out: DirWriter | null = null;
  if (o.out) {
    try {
      out = new DirWriter(o.out, o.pretty === true);
    } catch (e) {
      return usage(`--out ${o.out}: ${reasonOf(e)}`);
    }
  }
  if (o.stdinNdjson) {
    const session = new Session(o, out);
    await runNdjson(session, o);
    return session.finish();
  }
  let listed: string[] = [];
  if (o.filesFrom) {
    try {
      listed = readList(o.filesFrom);
    } catch (e) {
      return usage(`--files-from ${o.filesFrom}: ${reasonOf(e)}`);
    }
  } else if (paths.length === 0) {
    if (process.stdin.isTTY) return usage('no input: give files, directories, patterns, --files-from FILE or - for stdin (see ingest --help)');
    paths = ['-'];
  }
  const exts = o.ext.split(',').map((e) => e.trim()).filter(Boolean);
  const session = new Session(o, out);
  await runBatch(collectInputs(paths, exts, listed), session, o);
  return session.finish();
}

/** Reads, checks and installs the --rules file; the problems found, if any. */
function loadRules(file: string): string[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return [e instanceof SyntaxError ? `not valid JSON (${e.message})` : reasonOf(e)];
  }
  const { rules, errors } = parseRules(json);
  if (errors.length === 0) setUserRules(rules);
  return errors;
}

/** Colour on stdout for `explain`: a terminal, unless NO_COLOR; or FORCE_COLOR. */
function stdoutColour(): boolean {
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  return process.stdout.isTTY === true;
}

async function explain(file: string): Promise<number> {
  try {
    const trace = ingestWithTrace(await readInput(file, DEFAULT_MAX_BYTES), { path: file });
    process.stdout.write(renderExplain(trace, stdoutColour()));
    return EXIT.ok;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    process.stderr.write(`${chalk.red(`ingest: ${file}: ${e.reason}`)}\n`);
    return EXIT.failed;
  }
}
