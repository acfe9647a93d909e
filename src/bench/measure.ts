/**
 * Timing and memory of child processes. A run's wall-clock time is taken in this process,
 * around the child's whole life (start-up included, as a user waits for it). Its peak
 * resident memory is what GNU time reports (the kernel's maxrss of the child, all its
 * threads: worker threads share the process), or, without /usr/bin/time, the last VmHWM read
 * from /proc/<pid>/status while the child runs (a high-water mark, so the last read is the
 * closest; it misses at most what the child adds in its last poll interval).
 *
 * The machine may not be ours alone (another session, a build): GNU time also gives the
 * child's CPU time, and /proc/stat the CPU time all processes used during the run; the
 * difference is the load of others, which the report shows beside each run so that a figure
 * taken on a busy machine is seen as such.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ProcessRun {
  seconds: number;
  /** Peak resident set size in MB (10^6 bytes); null when neither way of reading it works. */
  peakRssMb: number | null;
  /** The child's user + system CPU seconds (all its threads); null without GNU time. */
  cpuSeconds: number | null;
  status: number | null;
  /** Only when asked for: most runs send their output to /dev/null. */
  stdout: string;
  stderr: string;
}

export interface RunRequest {
  command: string;
  args: string[];
  /** Keep stdout (small outputs only); by default it goes to /dev/null. */
  captureStdout?: boolean;
  env?: NodeJS.ProcessEnv;
}

const GNU_TIME = '/usr/bin/time';
const POLL_MS = 10;

let gnuTimeWorks: boolean | undefined;

/** GNU time with -f and -o (busybox's and BSD's have other flags): tried once. */
function hasGnuTime(): boolean {
  gnuTimeWorks ??= existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-f', '%M', '-o', '/dev/null', 'true']).status === 0;
  return gnuTimeWorks;
}

export function peakRssMethod(): string {
  return hasGnuTime() ? 'GNU time %M' : existsSync('/proc/self/status') ? '/proc VmHWM polling' : 'unavailable';
}

/** The children still running, with the file GNU time writes their figures to. */
const running = new Map<ChildProcess, string>();

/** Ends every child still running (the bench is interrupted): each one's whole process group. */
export function stopChildren(): void {
  for (const [child, rssFile] of running) {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
    // GNU time opened the file when it started: removing it now leaves nothing behind.
    rmSync(rssFile, { force: true });
  }
}

export function runMeasured(req: RunRequest): Promise<ProcessRun> {
  const viaTime = hasGnuTime();
  const rssFile = join(tmpdir(), `ingest-bench-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const [command, args] = viaTime ? [GNU_TIME, ['-f', '%M %U %S', '-o', rssFile, req.command, ...req.args]] : [req.command, req.args];
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    // A process group of its own, so that stopChildren() ends the child with GNU time around it.
    const child = spawn(command, args, { stdio: ['ignore', req.captureStdout ? 'pipe' : 'ignore', 'pipe'], env: req.env ?? process.env, detached: true });
    running.set(child, rssFile);
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr!.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    let hwmKb: number | null = null;
    const poll = viaTime
      ? null
      : setInterval(() => {
          hwmKb = readVmHwmKb(child.pid) ?? hwmKb;
        }, POLL_MS);
    child.on('error', (e) => {
      if (poll) clearInterval(poll);
      reject(e);
    });
    child.on('close', (status) => {
      running.delete(child);
      const seconds = (performance.now() - t0) / 1000;
      if (poll) clearInterval(poll);
      const usage = viaTime ? readGnuTime(rssFile) : { kb: hwmKb, cpuSeconds: null };
      rmSync(rssFile, { force: true });
      resolve({ seconds, peakRssMb: usage.kb === null ? null : (usage.kb * 1024) / 1e6, cpuSeconds: usage.cpuSeconds, status, stdout, stderr });
    });
  });
}

function readGnuTime(file: string): { kb: number | null; cpuSeconds: number | null } {
  try {
    // GNU time writes "Command exited with non-zero status N" above the figures when the child fails.
    const m = /^(\d+) ([\d.]+) ([\d.]+)$/.exec(readFileSync(file, 'utf8').trim().split('\n').at(-1) ?? '');
    return m ? { kb: Number(m[1]), cpuSeconds: Number(m[2]) + Number(m[3]) } : { kb: null, cpuSeconds: null };
  } catch {
    return { kb: null, cpuSeconds: null };
  }
}

function readVmHwmKb(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

let ticksPerSecond: number | undefined;

/**
 * CPU seconds all processes of the machine spent busy (user, system, interrupts, steal), from
 * the first line of /proc/stat; null where there is none.
 */
export function machineBusySeconds(): number | null {
  let line: string;
  try {
    line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '';
  } catch {
    return null;
  }
  const f = line.trim().split(/\s+/).slice(1).map(Number);
  if (f.length < 8 || f.some(Number.isNaN)) return null;
  ticksPerSecond ??= Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;
  // user nice system idle iowait irq softirq steal: all but idle and iowait are busy.
  const busy = f[0]! + f[1]! + f[2]! + f[5]! + f[6]! + f[7]!;
  return busy / ticksPerSecond;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export interface StartCase {
  name: string;
  command: string;
  args: string[];
}

/**
 * Median wall-clock milliseconds of each command, run `runs` times after one warm-up round
 * (which fills the disk cache). The cases take turns within each round, so that a slow
 * moment of the machine falls on all of them alike.
 */
export function coldStarts(cases: readonly StartCase[], runs: number): Map<string, number> {
  const times = new Map<string, number[]>(cases.map((c) => [c.name, []]));
  for (let round = 0; round <= runs; round++) {
    for (const c of cases) {
      const t0 = performance.now();
      const r = spawnSync(c.command, c.args, { stdio: 'ignore' });
      const ms = performance.now() - t0;
      if (r.error) throw r.error;
      if (r.status !== 0) throw new Error(`${c.name}: exit code ${r.status}`);
      if (round > 0) times.get(c.name)!.push(ms);
    }
  }
  return new Map([...times].map(([name, ms]) => [name, median(ms)]));
}
