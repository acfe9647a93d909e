/**
 * One input's bytes, with the checks that must come before reading: a file over the size
 * limit is refused from its size on disk, without reading it, and a directory or a device
 * is refused by what it is. Every failure is an InputError naming the path and the reason.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { InputError } from '../errors.js';
import { reasonOf } from './discover.js';

export function readInput(path: string, maxBytes: number): Buffer {
  try {
    return path === '-' ? readStdin(maxBytes) : readFile(path, maxBytes);
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

/** Stdin has no size to check first: read in chunks and stop once over the limit. */
function readStdin(maxBytes: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.alloc(1 << 16);
  for (;;) {
    let n: number;
    try {
      n = readSync(0, chunk, 0, chunk.length, null);
    } catch (e) {
      // A non-blocking stdin with nothing yet: wait a little for it rather than fail or spin.
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(PAUSE, 0, 0, 10);
        continue;
      }
      if ((e as NodeJS.ErrnoException).code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    total += n;
    if (total > maxBytes) throw new InputError('-', tooLargeReason(null, maxBytes));
    chunks.push(Buffer.from(chunk.subarray(0, n)));
  }
  return Buffer.concat(chunks);
}

const PAUSE = new Int32Array(new SharedArrayBuffer(4));

/** Why an input over --max-bytes is skipped; `size` is null when it is unknown (stdin). */
export function tooLargeReason(size: number | null, max: number): string {
  const limit = max.toLocaleString('en-US');
  return size === null
    ? `too large (over the limit of ${limit} bytes, see --max-bytes), skipped`
    : `too large (${size.toLocaleString('en-US')} bytes; the limit is ${limit}, see --max-bytes), skipped`;
}
