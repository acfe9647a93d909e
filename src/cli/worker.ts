/**
 * A worker thread of `--jobs N`: documents in, records out. It runs the same `ingest` as the
 * main thread, with the user's --rules installed first, so its records are the same.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ingest } from '../ingest.js';
import { InputError } from '../errors.js';
import { setUserRules } from '../lexicon/index.js';
import type { PhraseRule } from '../lexicon/phrases.js';
import type { JobReply, JobRequest } from './pool.js';

const rules = (workerData as { rules?: PhraseRule[] } | null)?.rules;
if (rules && rules.length > 0) setUserRules(rules);

parentPort!.on('message', (job: JobRequest) => {
  let reply: JobReply;
  try {
    reply = { seq: job.seq, record: ingest(job.bytes, { path: job.path }) };
  } catch (e) {
    reply = e instanceof InputError ? { seq: job.seq, reason: e.reason } : { seq: job.seq, crash: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  parentPort!.postMessage(reply);
});
