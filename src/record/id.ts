import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * A readable id that is stable across runs and unique within one: the file's name, then a
 * short hash of its path and content (two files with one name in different folders differ).
 */
export function recordId(path: string, sha256: string): string {
  const stem = basename(path, extname(path))
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  const tag = sha256Hex(`${path}\u0000${sha256}`).slice(0, 8);
  return stem.length > 0 ? `${stem}-${tag}` : tag;
}
