/**
 * One input's bytes, with the checks that must come before reading: a file over the size
 * limit is refused from its size on disk, without reading it, and a directory or a device
 * is refused by what it is. Every failure is an InputError naming the path and the reason.
 */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { InputError } from '../errors.js';
import { reasonOf } from './discover.js';

export async function readInput(path: string, maxBytes: number): Promise<Buffer> {
  try {
    return path === '-' ? await readStdin(maxBytes) : readFile(path, maxBytes);
  } catch (e) {
    if (e instanceof InputError || !(e as NodeJS.ErrnoException).code) throw e;
    throw new InputError(path, reasonOf(e));
  }
}

function readFile(path: string, maxBytes: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new InputError(path, 'is a directory');
    if (!st.isFile()) throw new InputError(path, 'not a regular file');
    if (st.size > maxBytes) throw new InputError(path, tooLargeReason(st.size, maxBytes));
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Stdin has no size to check first: read it as it comes and stop once over the limit. It is
 * read asynchronously so that Ctrl-C still works while a terminal or a slow pipe keeps us
 * waiting (a blocking read would hold the signal until the input ends).
 */
async function readStdin(maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) throw new InputError('-', tooLargeReason(null, maxBytes));
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Why an input over --max-bytes is skipped; `size` is null when it is unknown (stdin). */
export function tooLargeReason(size: number | null, max: number): string {
  const limit = max.toLocaleString('en-US');
  return size === null
    ? `too large (over the limit of ${limit} bytes, see --max-bytes), skipped`
    : `too large (${size.toLocaleString('en-US')} bytes; the limit is ${limit}, see --max-bytes), skipped`;
}
