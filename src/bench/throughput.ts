/**
 * `npm run bench`: how fast `ingest` is on one machine, and how it scales with --jobs.
 *
 * Makes a corpus from the repository's fixtures in a temp folder (corpus.ts; no network),
 * then times the built CLI over it as a user runs it (a process, records to /dev/null):
 * text dumps and web pages with --jobs 1 and 2, a tenth of the text dumps to see whether
 * memory grows with the number of files, the bare read of the same files (the I/O floor),
 * the start-up of one file against a bare `node`, and, when ../shared/bench/aeb is there,
 * ingest against Readability + linkedom on the same pages in the same run.
 *
 * Options: --text N (20000), --html N (2000), --quick (2000 and 200), --seed N (1),
 * --json (all figures as one JSON object on stdout). Progress goes to stderr.
 */
import { existsSync } from 'node:fs';
import { availableParallelism, cpus, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, removeCorpus, type Corpus, type CorpusPart } from './corpus.js';
import { coldStarts, machineBusySeconds, peakRssMethod, stopChildren } from './measure.js';
import { renderTable, type AebFigures, type Figures } from './report.js';
import { folderInputs, INGEST_BIN, PROJECT_ROOT, runFloor, runIngest, runIngestShards, type IngestRun, type Inputs } from './runs.js';
import { BENCH, ingestExtractor, loadAeb, readabilityExtractor, readPages, timeAll } from './shared-bench.js';

interface BenchOptions {
  text: number;
  html: number;
  seed: number;
  json: boolean;
  coldRuns: number;
}

const USAGE = 'usage: npm run bench -- [--text N] [--html N] [--quick] [--seed N] [--json]';

const NUMBER_OPTIONS: Record<string, 'text' | 'html' | 'seed'> = { '--text': 'text', '--html': 'html', '--seed': 'seed' };

function parseOptions(args: string[]): BenchOptions {
  const quick = args.includes('--quick');
  const o: BenchOptions = { text: quick ? 2000 : 20000, html: quick ? 200 : 2000, seed: 1, json: args.includes('--json'), coldRuns: quick ? 11 : 15 };
  for (let i = 0; i < args.length; i++) {
    const name = args[i]!;
    if (name === '--quick' || name === '--json') continue;
    const key = NUMBER_OPTIONS[name];
    const value = Number(args[i + 1]);
    if (key === undefined || !Number.isInteger(value) || value < (key === 'seed' ? 0 : 1)) throw new Error(`${name} ${args[i + 1] ?? ''}: ${USAGE}`);
    o[key] = value;
    i++;
  }
  return o;
}

const say = (message: string) => process.stderr.write(`bench: ${message}\n`);

function throwIfBad(run: IngestRun): IngestRun {
  if (run.exitCode !== 0 || run.records !== run.files) throw new Error(`ingest, ${run.label}, --jobs ${run.jobs}: exit ${run.exitCode}, ${run.records ?? 'no'} records for ${run.files} files`);
  return run;
}

const inputsOf = (parts: readonly CorpusPart[]): Inputs => ({
  dirs: parts.map((p) => p.dir),
  files: parts.reduce((n, p) => n + p.files, 0),
  bytes: parts.reduce((n, p) => n + p.bytes, 0),
});

async function measureCorpus(corpus: Corpus, o: BenchOptions): Promise<Omit<Figures, 'machine' | 'aeb'>> {
  const text = inputsOf([corpus.text]);
  const subset = inputsOf(corpus.textFolders.slice(0, 1));
  const half = Math.ceil(corpus.textFolders.length / 2);
  const halves = [inputsOf(corpus.textFolders.slice(0, half)), inputsOf(corpus.textFolders.slice(half))].filter((h) => h.files > 0);
  const html = inputsOf([corpus.html]);
  const runs: IngestRun[] = [];
  const ingestRun = async (label: string, inputs: Inputs, jobs: number) => {
    say(`ingest, ${label}, --jobs ${jobs} (${inputs.files.toLocaleString('en-US')} files)`);
    const run = throwIfBad(await runIngest(label, inputs, jobs));
    runs.push(run);
    return run;
  };
  say('I/O floor, text');
  const floorText = await runFloor(text);
  const text1 = await ingestRun('text', text, 1);
  const text2 = await ingestRun('text', text, 2);
  say(`ingest, text, ${halves.length} processes at once with --jobs 1, on halves of the folders`);
  const shards = throwIfBad(await runIngestShards(`text, ${halves.length} processes on halves (RSS summed)`, halves, 1));
  runs.push(shards);
  const sub1 = await ingestRun(`text, first tenth`, subset, 1);
  say('I/O floor, html');
  const floorHtml = await runFloor(html);
  const html1 = await ingestRun('html', html, 1);
  const html2 = await ingestRun('html', html, 2);
  say(`cold start, ${o.coldRuns} runs of each`);
  const starts = coldStarts(
    [
      { name: 'node', command: process.execPath, args: ['-e', ''] },
      { name: 'text', command: process.execPath, args: [INGEST_BIN, corpus.text.sample] },
      { name: 'html', command: process.execPath, args: [INGEST_BIN, corpus.html.sample] },
    ],
    o.coldRuns,
  );
  const [nodeMs, textMs, htmlMs] = [starts.get('node')!, starts.get('text')!, starts.get('html')!];
  return {
    corpus: {
      seed: corpus.seed,
      fixtures: corpus.fixtures,
      textFiles: corpus.text.files,
      textBytes: corpus.text.bytes,
      textSubsetFiles: subset.files,
      htmlFiles: corpus.html.files,
      htmlBytes: corpus.html.bytes,
      generateSeconds: corpus.seconds,
    },
    floor: { text: floorText, html: floorHtml },
    runs,
    speedup: { text: text2.docsPerSecond / text1.docsPerSecond, html: html2.docsPerSecond / html1.docsPerSecond, textProcesses: shards.docsPerSecond / text1.docsPerSecond },
    memory: {
      subsetFiles: sub1.files,
      subsetPeakMb: sub1.peakRssMb,
      fullFiles: text1.files,
      fullPeakMb: text1.peakRssMb,
      ratio: sub1.peakRssMb && text1.peakRssMb ? text1.peakRssMb / sub1.peakRssMb : null,
    },
    coldStart: { runs: o.coldRuns, nodeMs, textMs, htmlMs, textRatio: textMs / nodeMs, htmlRatio: htmlMs / nodeMs },
  };
}

/** aeb: ingest's CLI over the folder (jobs 1 and 2), then ingest and Readability in this process, as bench:html runs them. */
async function measureAeb(): Promise<AebFigures | { skipped: string }> {
  const dir = join(BENCH, 'aeb', 'html');
  if (!existsSync(dir)) return { skipped: `skipped, no benchmark pages at ${dir} (../shared/bench is not part of the repository)` };
  const inputs = folderInputs(dir, '.html');
  const cli: IngestRun[] = [];
  for (const jobs of [1, 2]) {
    say(`ingest, aeb, --jobs ${jobs}`);
    cli.push(throwIfBad(await runIngest('aeb', inputs, jobs)));
  }
  say('aeb in this process: ingest, then Readability + linkedom');
  const pages = readPages('aeb', loadAeb());
  const ours = ingestExtractor();
  const ingestPagesPerSecond = pages.length / timeAll(pages, (x) => ours.extract(x.html, x.bytes, x.page.id)).seconds;
  const readability = readabilityExtractor();
  if (!readability) say('@mozilla/readability or linkedom not installed: ingest only');
  const readabilityPagesPerSecond = readability ? pages.length / timeAll(pages, (x) => readability.extract(x.html, x.bytes, x.page.id)).seconds : null;
  const over = (pps: number) => (readabilityPagesPerSecond ? pps / readabilityPagesPerSecond : null);
  return {
    dir,
    pages: pages.length,
    cli,
    inProcess: { ingestPagesPerSecond, readabilityPagesPerSecond },
    ratioToReadability: { inProcess: over(ingestPagesPerSecond), cliJobs1: over(cli[0]!.docsPerSecond), cliJobs2: over(cli[1]!.docsPerSecond) },
  };
}

/** The share of the CPUs busy over a second of doing nothing here. */
async function idleLoad(): Promise<number | null> {
  const before = machineBusySeconds();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const after = machineBusySeconds();
  return before === null || after === null ? null : Math.min(1, (after - before) / availableParallelism());
}

async function main(): Promise<void> {
  const o = parseOptions(process.argv.slice(2));
  if (!existsSync(INGEST_BIN) || !existsSync(join(PROJECT_ROOT, 'dist', 'cli', 'index.js'))) throw new Error('build first: npm run build');
  const loadAtStart = await idleLoad();
  say(`making ${o.text.toLocaleString('en-US')} text dumps and ${o.html.toLocaleString('en-US')} web pages`);
  const corpus = generateCorpus({ fixturesDir: join(PROJECT_ROOT, 'fixtures'), textPages: o.text, htmlPages: o.html, seed: o.seed });
  // Ctrl-C or kill: the runs in progress are ended, and the corpus is not left in the temp folder.
  const interrupted = () => {
    stopChildren();
    removeCorpus(corpus.root);
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  let measured: Awaited<ReturnType<typeof measureCorpus>>;
  try {
    measured = await measureCorpus(corpus, o);
  } finally {
    removeCorpus(corpus.root);
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
  }
  const figures: Figures = {
    machine: {
      cores: availableParallelism(),
      cpu: cpus()[0]?.model.trim() ?? 'unknown',
      node: process.versions.node,
      platform: `${platform()} ${release()}`,
      memoryGb: Math.round(totalmem() / 1024 ** 3),
      peakRssMethod: peakRssMethod(),
      loadAtStart,
    },
    ...measured,
    aeb: await measureAeb(),
  };
  process.stdout.write(o.json ? `${JSON.stringify(figures, null, 2)}\n` : renderTable(figures));
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
