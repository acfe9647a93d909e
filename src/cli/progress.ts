/**
 * A progress line on stderr for people watching a long run: done/total, rate, time left.
 * Only on a terminal (a log file or a pipe must not fill with carriage returns), only once a
 * run has lasted a second (short runs stay silent), redrawn in place at most ten times a
 * second, and cleared before anything else is written to stderr and at the end.
 */

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(s: string): boolean;
}

const SHOW_AFTER_MS = 1000;
const REDRAW_MS = 100;

export class Progress {
  private readonly started: number;
  private lastDraw = 0;
  private shown = false;

  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  update(done: number): void {
    if (!this.stream.isTTY) return;
    const t = this.now();
    if (t - this.started < SHOW_AFTER_MS || t - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = t;
    const line = progressLine(done, this.total, t - this.started);
    const width = (this.stream.columns ?? 80) - 1;
    this.stream.write(`\r${line.slice(0, width)}\x1b[K`);
    this.shown = true;
  }

  /** Wipes the line (before an error line, and at the end); the next update redraws it. */
  clear(): void {
    if (!this.shown) return;
    this.stream.write('\r\x1b[K');
    this.shown = false;
    this.lastDraw = 0;
  }
}

export function progressLine(done: number, total: number, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const pct = total > 0 ? Math.floor((done * 100) / total) : 100;
  const barWidth = 16;
  const filled = total > 0 ? Math.round((done * barWidth) / total) : barWidth;
  const bar = `[${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}]`;
  const eta = rate > 0 && done < total ? `, ${duration((total - done) / rate)} left` : '';
  return `ingest ${bar} ${done}/${total} (${pct} %), ${rate.toFixed(rate < 10 ? 1 : 0)} files/s${eta}`;
}

export function duration(seconds: number): string {
  const s = Math.ceil(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}
