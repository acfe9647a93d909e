/**
 * The runs the throughput bench times: the built CLI (`node bin/ingest.js`) over folders,
 * records to /dev/null, and the bare read of the same folders (the I/O floor). Each gives a
 * rate; the CLI's own end-of-run summary (stderr) says how many records it made, so a run
 * that failed on its inputs cannot pass for a fast one.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import { machineBusySeconds, runMeasured, type ProcessRun } from './measure.js';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const INGEST_BIN = join(PROJECT_ROOT, 'bin', 'ingest.js');
const FLOOR_SCRIPT = fileURLToPath(new URL('./read-floor.js', import.meta.url));

export interface Rate {
  files: number;
  bytes: number;
  seconds: number;
  docsPerSecond: number;
  /** 10^6 bytes a second. */
  mbPerSecond: number;
  peakRssMb: number | null;
  /** The run's own CPU seconds, all threads (and all processes of a sharded run). */
  cpuSeconds: number | null;
  /**
   * The share of the machine's CPUs that other processes used during the run (0 to 1): a
   * figure taken while something else ran is lower than the machine can do.
   */
  otherLoad: number | null;
}

export interface IngestRun extends Rate {
  label: string;
  jobs: number;
  /** Processes run at once, each on its shard of the inputs (1: one process over all of them). */
  processes: number;
  /** From the runs' summaries on stderr; null when one printed none. */
  records: number | null;
  failed: number | null;
  /** The first non-zero exit code of the processes, else 0. */
  exitCode: number | null;
}

export interface Inputs {
  dirs: string[];
  files: number;
  bytes: number;
}

/** The environment of the children: no colours, so that the summary reads the same everywhere. */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  return env;
}

/** Runs the children and tells how busy the machine was meanwhile, in CPU seconds. */
async function watched<T>(children: () => Promise<T>): Promise<{ result: T; seconds: number; machineBusy: number | null }> {
  const busy0 = machineBusySeconds();
  const t0 = performance.now();
  const result = await children();
  const seconds = (performance.now() - t0) / 1000;
  const busy1 = machineBusySeconds();
  return { result, seconds, machineBusy: busy0 === null || busy1 === null ? null : busy1 - busy0 };
}

const sum = (xs: number[]) => xs.reduce((a, x) => a + x, 0);
/** The sum, or null when one of them is unknown. */
const sumKnown = (xs: Array<number | null>) => (xs.includes(null) ? null : sum(xs as number[]));

function rate(inputs: Inputs, seconds: number, runs: ProcessRun[], machineBusy: number | null): Rate {
  const cpuSeconds = sumKnown(runs.map((r) => r.cpuSeconds));
  const others = machineBusy === null || cpuSeconds === null ? null : Math.max(0, machineBusy - cpuSeconds);
  return {
    files: inputs.files,
    bytes: inputs.bytes,
    seconds,
    docsPerSecond: inputs.files / seconds,
    mbPerSecond: inputs.bytes / 1e6 / seconds,
    peakRssMb: sumKnown(runs.map((r) => r.peakRssMb)),
    cpuSeconds,
    otherLoad: others === null ? null : Math.min(1, others / (seconds * availableParallelism())),
  };
}

/** `ingest --jobs N DIR…` with records to /dev/null. */
export async function runIngest(label: string, inputs: Inputs, jobs: number): Promise<IngestRun> {
  return runIngestShards(label, [inputs], jobs);
}

/**
 * One `ingest --jobs N` process per shard, all started at once, as a file list split with
 * GNU parallel runs: the time is until the last one ends, the peak memory the sum of theirs
 * (what the machine holds if they all peak together: an upper bound).
 */
export async function runIngestShards(label: string, shards: Inputs[], jobs: number): Promise<IngestRun> {
  const { result: runs, seconds, machineBusy } = await watched(() =>
    Promise.all(shards.map((shard) => runMeasured({ command: process.execPath, args: [INGEST_BIN, '--jobs', String(jobs), ...shard.dirs], env: childEnv() }))),
  );
  const summaries = runs.map((r) => parseSummary(r.stderr));
  const inputs = { dirs: shards.flatMap((s) => s.dirs), files: sum(shards.map((s) => s.files)), bytes: sum(shards.map((s) => s.bytes)) };
  return {
    label,
    jobs,
    processes: shards.length,
    ...rate(inputs, seconds, runs, machineBusy),
    records: sumKnown(summaries.map((x) => x.records)),
    failed: sumKnown(summaries.map((x) => x.failed)),
    exitCode: runs.map((r) => r.status).find((code) => code !== 0) ?? 0,
  };
}

/** The bare read of the same folders, in a process of its own like ingest's. */
export async function runFloor(inputs: Inputs): Promise<Rate> {
  const { result: run, seconds, machineBusy } = await watched(() => runMeasured({ command: process.execPath, args: [FLOOR_SCRIPT, ...inputs.dirs], captureStdout: true }));
  const read = JSON.parse(run.stdout) as { files: number; bytes: number };
  if (read.files !== inputs.files) throw new Error(`the I/O floor read ${read.files} files, not ${inputs.files}`);
  return rate(inputs, seconds, [run], machineBusy);
}

/** "ingest: 20,000 inputs, 19,998 records (fr 10,000, …), 41 related stubs, 2 failed" */
export function parseSummary(stderr: string): { records: number | null; failed: number | null } {
  const m = /^ingest: [\d,]+ inputs?, ([\d,]+) records?\b.*?([\d,]+) failed/m.exec(stderr);
  const n = (s: string) => Number(s.replace(/,/g, ''));
  return m ? { records: n(m[1]!), failed: n(m[2]!) } : { records: null, failed: null };
}

/** The files of a folder (not walked: the aeb pages are flat) with their total size. */
export function folderInputs(dir: string, ext: string): Inputs {
  const files = readdirSync(dir).filter((f) => f.endsWith(ext));
  return { dirs: [dir], files: files.length, bytes: files.reduce((n, f) => n + statSync(join(dir, f)).size, 0) };
}
