/** The inputs named on the command line, one after the other, in path order. */
import { ingest } from '../ingest.js';
import { InputError } from '../errors.js';
import { readInput } from '../io/read.js';
import { recordId, sha256Hex } from '../record/id.js';
import { Progress } from './progress.js';
import { yieldToEvents, type Session } from './session.js';
import type { InputEntry } from './inputs.js';
import type { RunOptions } from './options.js';
import { Pool } from './pool.js';
import { getUserRules } from '../lexicon/index.js';

export async function runBatch(entries: InputEntry[], session: Session, o: RunOptions): Promise<void> {
  session.stats.inputs = entries.length;
  if (!o.quiet) session.progress = new Progress(process.stderr, entries.length);
  // Ctrl-C while waiting for a document on stdin: stop waiting.
  session.onInterrupt = () => process.stdin.destroy();
  // Workers pay for their start-up (~0.1 s each): only for runs that can repay it.
  // --fail-fast means nothing after the first failure: one input at a time, as it says.
  const jobs = o.failFast ? 1 : Math.min(o.jobs, Math.floor(entries.length / 2));
  if (jobs > 1 && !entries.some((e) => e.path === '-')) return runParallel(entries, session, o, jobs);
  let done = 0;
  for (const entry of entries) {
    await yieldToEvents();
    if (session.stopped) break;
    await runOne(entry, session, o);
    session.progress?.update(++done);
  }
}

/**
 * The same as one after the other, with the extraction in worker threads: inputs are read
 * and checked here, in order; up to a few per worker are in flight; records are delivered in
 * input order as their turn comes.
 */
async function runParallel(entries: InputEntry[], session: Session, o: RunOptions, jobs: number): Promise<void> {
  const pool = new Pool(jobs, getUserRules());
  const window: Array<Promise<() => Promise<void>>> = [];
  let done = 0;
  const flushOne = async () => {
    const deliver = await window.shift()!;
    await deliver();
    session.progress?.update(++done);
  };
  try {
    for (const [seq, entry] of entries.entries()) {
      await yieldToEvents();
      if (session.stopped) break;
      window.push(prepare(entry, seq, session, o, pool));
      if (window.length >= jobs * 4) await flushOne();
    }
    // Interrupted: what is still in flight is dropped, as a sequential run would not have started it.
    while (window.length > 0 && !session.stopped) await flushOne();
  } finally {
    await pool.close();
  }
}

/** Reads one input and starts its extraction; resolves to what delivers its outcome, in turn. */
async function prepare(entry: InputEntry, seq: number, session: Session, o: RunOptions, pool: Pool): Promise<() => Promise<void>> {
  if (entry.problem) return () => session.fail(entry.path, entry.problem!);
  let bytes: Uint8Array;
  try {
    bytes = await readInput(entry.path, o.maxBytes);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return () => session.fail(entry.path, e.reason);
  }
  const sha256 = sha256Hex(bytes);
  if (session.alreadyDone(recordId(entry.path, sha256), sha256)) {
    return async () => {
      session.stats.resumed++;
    };
  }
  const result = await pool.run({ seq, path: entry.path, bytes });
  return 'record' in result ? () => session.deliver(result.record) : () => session.fail(entry.path, result.reason);
}

async function runOne(entry: InputEntry, session: Session, o: RunOptions): Promise<void> {
  if (entry.problem) return session.fail(entry.path, entry.problem);
  try {
    const bytes = await readInput(entry.path, o.maxBytes);
    // The same id ingest gives the record: path and content, hashed without extracting anything.
    const sha256 = sha256Hex(bytes);
    if (session.alreadyDone(recordId(entry.path, sha256), sha256)) {
      session.stats.resumed++;
      return;
    }
    await session.deliver(ingest(bytes, { path: entry.path }));
  } catch (e) {
    // Stdin closed by Ctrl-C: the input is abandoned, not failed.
    if (session.stats.interrupted) return;
    // An input that cannot be read is the input's problem; anything else is a bug of ours,
    // which must not pass for a bad file.
    if (!(e instanceof InputError)) throw e;
    await session.fail(entry.path, e.reason);
  }
}
