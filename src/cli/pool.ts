/**
 * `--jobs N`: a pool of worker threads that turn documents into records. Jobs are handed out
 * as workers free up; results come back in any order and are released in the order the jobs
 * were given, so the output is the same, byte for byte, as with one job.
 */
import { Worker } from 'node:worker_threads';
import type { IngestRecord } from '../types.js';
import type { PhraseRule } from '../lexicon/phrases.js';

export interface JobRequest {
  seq: number;
  path: string;
  bytes: Uint8Array;
}

export type JobReply = { seq: number; record: IngestRecord } | { seq: number; reason: string } | { seq: number; crash: string };

export type JobResult = { record: IngestRecord } | { reason: string };

export class Pool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly waiting: Array<{ job: JobRequest; resolve: (r: JobResult) => void; reject: (e: Error) => void }> = [];
  private readonly pending = new Map<number, { resolve: (r: JobResult) => void; reject: (e: Error) => void }>();

  constructor(size: number, rules: readonly PhraseRule[]) {
    const url = new URL('./worker.js', import.meta.url);
    for (let i = 0; i < size; i++) {
      const worker = new Worker(url, { workerData: { rules } });
      worker.on('message', (reply: JobReply) => this.settle(worker, reply));
      worker.on('error', (e) => {
        for (const p of this.pending.values()) p.reject(e);
        this.pending.clear();
      });
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  run(job: JobRequest): Promise<JobResult> {
    return new Promise((resolve, reject) => {
      const worker = this.idle.pop();
      if (worker) this.send(worker, job, resolve, reject);
      else this.waiting.push({ job, resolve, reject });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private send(worker: Worker, job: JobRequest, resolve: (r: JobResult) => void, reject: (e: Error) => void): void {
    this.pending.set(job.seq, { resolve, reject });
    worker.postMessage(job);
  }

  private settle(worker: Worker, reply: JobReply): void {
    const p = this.pending.get(reply.seq);
    this.pending.delete(reply.seq);
    const next = this.waiting.shift();
    if (next) this.send(worker, next.job, next.resolve, next.reject);
    else this.idle.push(worker);
    if (!p) return;
    if ('crash' in reply) p.reject(new Error(reply.crash));
    else p.resolve('record' in reply ? { record: reply.record } : { reason: reply.reason });
  }
}
