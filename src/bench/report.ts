/**
 * The throughput bench's figures: one object (printed as JSON with --json, for scripts) and
 * its rendering as a table for people.
 */
import type { IngestRun, Rate } from './runs.js';

export interface Machine {
  cores: number;
  cpu: string;
  node: string;
  platform: string;
  memoryGb: number;
  peakRssMethod: string;
  /** The share of the CPUs busy over the second before the bench began (others' work). */
  loadAtStart: number | null;
}

export interface CorpusFigures {
  seed: number;
  fixtures: number;
  textFiles: number;
  textBytes: number;
  textSubsetFiles: number;
  htmlFiles: number;
  htmlBytes: number;
  generateSeconds: number;
}

export interface AebFigures {
  dir: string;
  pages: number;
  /** ingest's CLI over the folder, --jobs 1 and 2 (start-up included). */
  cli: IngestRun[];
  /** In this process, one core, the pages read beforehand, as bench:html times them. */
  inProcess: { ingestPagesPerSecond: number; readabilityPagesPerSecond: number | null };
  /** ingest's pages/s over Readability + linkedom's (in-process), for each way ingest was run. */
  ratioToReadability: { inProcess: number | null; cliJobs1: number | null; cliJobs2: number | null };
}

export interface Figures {
  machine: Machine;
  corpus: CorpusFigures;
  floor: { text: Rate; html: Rate };
  runs: IngestRun[];
  /** docs/s with --jobs 2 over docs/s with --jobs 1; textProcesses: two --jobs 1 processes on halves, over one. */
  speedup: { text: number; html: number; textProcesses: number };
  memory: { subsetFiles: number; subsetPeakMb: number | null; fullFiles: number; fullPeakMb: number | null; ratio: number | null };
  coldStart: { runs: number; nodeMs: number; textMs: number; htmlMs: number; textRatio: number; htmlRatio: number };
  aeb: AebFigures | { skipped: string };
}

const int = (x: number) => Math.round(x).toLocaleString('en-US');
const fixed = (x: number | null, digits = 1) => (x === null ? 'n/a' : x.toFixed(digits));
const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
const ratio = (x: number | null) => (x === null ? 'n/a' : `${x.toFixed(2)}x`);

function row(cells: Array<string | number>): string {
  return `| ${cells.join(' | ')} |`;
}

/** Above this share of the CPUs taken by other processes, a run's figures are flagged. */
const BUSY = 0.1;
const percent = (x: number | null) => (x === null ? 'n/a' : `${Math.round(x * 100)} %`);

function rateRow(name: string, jobs: string, r: Rate, records: string): string {
  const others = `${percent(r.otherLoad)}${r.otherLoad !== null && r.otherLoad > BUSY ? ' (!)' : ''}`;
  return row([name, jobs, int(r.files), mb(r.bytes), r.seconds.toFixed(2), int(r.docsPerSecond), r.mbPerSecond.toFixed(2), fixed(r.peakRssMb, 0), fixed(r.cpuSeconds), others, records]);
}

const jobsCell = (run: IngestRun) => (run.processes > 1 ? `${run.processes} × ${run.jobs}` : String(run.jobs));

function recordsCell(run: IngestRun): string {
  if (run.records === null) return `no summary (exit ${run.exitCode})`;
  return `${int(run.records)}${run.failed ? `, ${int(run.failed)} failed` : ''}`;
}

export function renderTable(f: Figures): string {
  const m = f.machine;
  const c = f.corpus;
  const out: string[] = [];
  out.push(`ingest throughput — ${m.cores} cores (${m.cpu}), ${m.memoryGb} GB, Node ${m.node}, ${m.platform}; peak RSS by ${m.peakRssMethod}; CPUs busy before the start ${percent(m.loadAtStart)}`);
  out.push(
    `corpus: ${int(c.textFiles)} text dumps (${mb(c.textBytes)} MB, ${(c.textBytes / Math.max(1, c.textFiles) / 1000).toFixed(1)} KB each on average), ` +
      `${int(c.htmlFiles)} web pages (${mb(c.htmlBytes)} MB, ${(c.htmlBytes / Math.max(1, c.htmlFiles) / 1000).toFixed(1)} KB on average), ` +
      `made from ${c.fixtures} fixtures with seed ${c.seed} in ${c.generateSeconds.toFixed(1)} s (a temp folder, removed at the end)`,
  );
  out.push('');
  out.push(row(['run', 'jobs', 'files', 'MB', 'seconds', 'docs/s', 'MB/s', 'peak RSS MB', 'CPU s', 'others\' load', 'records']));
  out.push(row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
  out.push(rateRow('I/O floor (read only), text', '-', f.floor.text, '-'));
  for (const r of f.runs.filter((r) => r.label.startsWith('text'))) out.push(rateRow(`ingest, ${r.label}`, jobsCell(r), r, recordsCell(r)));
  out.push(rateRow('I/O floor (read only), html', '-', f.floor.html, '-'));
  for (const r of f.runs.filter((r) => r.label.startsWith('html'))) out.push(rateRow(`ingest, ${r.label}`, jobsCell(r), r, recordsCell(r)));
  if (!('skipped' in f.aeb)) for (const r of f.aeb.cli) out.push(rateRow(`ingest, ${r.label}`, jobsCell(r), r, recordsCell(r)));
  out.push('');
  const all = [f.floor.text, f.floor.html, ...f.runs, ...('skipped' in f.aeb ? [] : f.aeb.cli)];
  if (all.some((r) => r.otherLoad !== null && r.otherLoad > BUSY)) {
    out.push(`(!) other processes used more than ${BUSY * 100} % of the CPUs during the run: its rates are below what this machine does alone.`);
  }
  out.push(`speed-up from --jobs 1 to --jobs 2: text ${ratio(f.speedup.text)}, html ${ratio(f.speedup.html)}; two --jobs 1 processes on halves of the text: ${ratio(f.speedup.textProcesses)}`);
  const mem = f.memory;
  out.push(`peak RSS, --jobs 1: ${int(mem.subsetFiles)} text files ${fixed(mem.subsetPeakMb, 0)} MB, ${int(mem.fullFiles)} files ${fixed(mem.fullPeakMb, 0)} MB: ratio ${ratio(mem.ratio)}`);
  const cs = f.coldStart;
  out.push(
    `cold start, median of ${cs.runs}: bare \`node -e ''\` ${cs.nodeMs.toFixed(0)} ms; ingest one .txt ${cs.textMs.toFixed(0)} ms (${ratio(cs.textRatio)} bare node); ` +
      `one .html ${cs.htmlMs.toFixed(0)} ms (${ratio(cs.htmlRatio)})`,
  );
  if ('skipped' in f.aeb) out.push(`aeb: ${f.aeb.skipped}`);
  else {
    const a = f.aeb;
    out.push(
      `aeb (${a.pages} pages, ${a.dir}): in this process, one core: ingest ${fixed(a.inProcess.ingestPagesPerSecond)} pages/s, ` +
        `Readability + linkedom ${fixed(a.inProcess.readabilityPagesPerSecond)} pages/s, ratio ${ratio(a.ratioToReadability.inProcess)}; ` +
        `ingest's CLI over the folder (start-up included) against that same Readability figure: --jobs 1 ${ratio(a.ratioToReadability.cliJobs1)}, --jobs 2 ${ratio(a.ratioToReadability.cliJobs2)}`,
    );
  }
  return `${out.join('\n')}\n`;
}
