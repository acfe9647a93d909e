/**
 * One run's shared state, whichever way the documents come in (paths or `--stdin-ndjson`):
 * where records go (stdout or `--out DIR`), how failures are told, the counts for the summary,
 * and Ctrl-C. On SIGINT no new input is started; the one in hand is finished (its file is
 * written whole or not at all), the summary is printed and the exit code is 130. A second
 * Ctrl-C quits at once, which is safe too: every file write is a rename.
 */
import { chalkStderr as chalk } from 'chalk';
import { writeStdout, toNdjsonLine } from './output.js';
import { relatedRecords } from './related.js';
import { countRecord, newStats, renderSummary } from './summary.js';
import type { DirWriter } from './writer.js';
import type { Progress } from './progress.js';
import type { RunOptions } from './options.js';
import type { IngestRecord } from '../types.js';

export const EXIT = { ok: 0, failed: 1, usage: 2, interrupted: 130 } as const;

export class Session {
  readonly stats = newStats();
  progress: Progress | null = null;
  /** Called on the first Ctrl-C, to stop waiting for input that may never come. */
  onInterrupt: (() => void) | null = null;
  private failedFast = false;
  private readonly sigint = (): void => {
    if (this.stats.interrupted) process.exit(EXIT.interrupted);
    this.stats.interrupted = true;
    this.onInterrupt?.();
  };

  constructor(
    private readonly o: RunOptions,
    private readonly out: DirWriter | null,
  ) {
    process.on('SIGINT', this.sigint);
  }

  /** No new input is to be started: Ctrl-C, or a failure under --fail-fast. */
  get stopped(): boolean {
    return this.stats.interrupted || this.failedFast;
  }

  /** Whether --resume finds this input's record already written from the same bytes. */
  alreadyDone(id: string, sha256: string): boolean {
    return this.o.resume === true && this.out !== null && this.out.hasRecord(id, sha256);
  }

  /** One stderr line per bad input (red on a terminal), and a JSON line with --errors-json. */
  async fail(path: string, reason: string, id?: string): Promise<void> {
    this.stats.failed++;
    if (this.o.failFast) this.failedFast = true;
    this.progress?.clear();
    process.stderr.write(`${chalk.red(`ingest: ${path}: ${reason}`)}${id === undefined ? '' : chalk.dim(` (id ${JSON.stringify(id)})`)}\n`);
    if (this.o.errorsJson) await writeStdout(toNdjsonLine({ error: id === undefined ? { path, reason } : { path, reason, id } }));
  }

  /** A record to its destination, unless --lang leaves it out; its stubs too with --related separate. */
  async deliver(record: IngestRecord): Promise<void> {
    if (this.o.lang && record.lang !== this.o.lang) {
      this.stats.filtered++;
      return;
    }
    countRecord(this.stats, record);
    const stubs = this.o.related === 'separate' ? relatedRecords(record) : [];
    if (this.out) {
      // Stubs first and the record last: --resume trusts a record's file, so it must be the
      // last thing an input writes.
      for (const stub of stubs) this.out.write(stub.id, stub);
      this.out.write(record.id, record);
      return;
    }
    await writeStdout(toNdjsonLine(record, this.o.pretty));
    for (const stub of stubs) await writeStdout(toNdjsonLine(stub, this.o.pretty));
  }

  /** Prints the summary (unless --quiet) and gives the exit code. */
  finish(): number {
    process.off('SIGINT', this.sigint);
    this.progress?.clear();
    if (!this.o.quiet || this.stats.interrupted) process.stderr.write(renderSummary(this.stats, chalk.level > 0, this.o.lang));
    if (this.stats.interrupted) return EXIT.interrupted;
    return this.stats.failed > 0 ? EXIT.failed : EXIT.ok;
  }
}

/** Lets pending signals in between two synchronous inputs: Ctrl-C is handled by the event loop. */
export function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
