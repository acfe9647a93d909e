/** The run's options as commander hands them over, their parsers, and the checks between them. */
import { InvalidArgumentError } from 'commander';
import type { Lang } from '../types.js';

export interface RunOptions {
  ext: string;
  pretty?: boolean;
  quiet?: boolean;
  failFast?: boolean;
  filesFrom?: string;
  stdinNdjson?: boolean;
  out?: string;
  resume?: boolean;
  related: 'inline' | 'separate';
  lang?: Lang;
  errorsJson?: boolean;
  maxBytes: number;
  rules?: string;
  /** Worker threads; 1 runs everything in the main thread. */
  jobs: number;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };

/** "20MB", "500k", "1.5M", "1048576": k is 1,024 bytes and M 1,024 k, as `du` and `ls -h` count. */
export function parseSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined) throw new InvalidArgumentError('expected a size such as 20MB, 500k or 1048576');
  const bytes = Math.floor(Number(m[1]) * unit);
  if (bytes < 1) throw new InvalidArgumentError('the size must be at least one byte');
  return bytes;
}

/** `--jobs`: a whole number of worker threads, at least 1. */
export function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError('expected a whole number of jobs, 1 to 256');
  return n;
}

/** Options that make no sense together, or without the inputs they need; null when the call is fine. */
export function usageProblem(paths: string[], o: RunOptions): string | null {
  if (o.resume && !o.out) return '--resume needs --out DIR (it skips inputs whose file in DIR is up to date)';
  if (o.stdinNdjson) {
    if (paths.length > 0 || o.filesFrom) return '--stdin-ndjson reads its documents from stdin only; give no paths or --files-from';
    if (o.resume) return '--resume does not apply to --stdin-ndjson';
  }
  if (o.filesFrom === '-' && paths.includes('-')) return 'stdin cannot be both the --files-from list and a document (-)';
  return null;
}
