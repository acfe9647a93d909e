/** The inputs named on the command line, one after the other, in path order. */
import { ingest } from '../ingest.js';
import { InputError } from '../errors.js';
import { readInput } from '../io/read.js';
import { recordId, sha256Hex } from '../record/id.js';
import { Progress } from './progress.js';
import { yieldToEvents, type Session } from './session.js';
import type { InputEntry } from './inputs.js';
import type { RunOptions } from './options.js';

export async function runBatch(entries: InputEntry[], session: Session, o: RunOptions): Promise<void> {
  session.stats.inputs = entries.length;
  if (!o.quiet) session.progress = new Progress(process.stderr, entries.length);
  // Ctrl-C while waiting for a document on stdin: stop waiting.
  session.onInterrupt = () => process.stdin.destroy();
  let done = 0;
  for (const entry of entries) {
    await yieldToEvents();
    if (session.stopped) break;
    await runOne(entry, session, o);
    session.progress?.update(++done);
  }
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
