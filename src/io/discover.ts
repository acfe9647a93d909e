/**
 * Paths given on the command line to a sorted list of inputs. Directories are walked
 * recursively (hidden entries skipped, symlink loops broken by real path); inside them only
 * files with one of the wanted extensions are taken, while a file named explicitly is always
 * taken. Problems are returned, not thrown, so the rest of the batch goes on.
 */
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

export interface Discovery {
  files: string[];
  problems: Array<{ path: string; reason: string }>;
}

export function discover(paths: string[], extensions: string[]): Discovery {
  const exts = new Set(extensions.map((e) => `.${e.replace(/^\./, '').toLowerCase()}`));
  const files = new Set<string>();
  const problems: Discovery['problems'] = [];
  const seenDirs = new Set<string>();

  const walk = (dir: string): void => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch (e) {
      problems.push({ path: dir, reason: reasonOf(e) });
      return;
    }
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch (e) {
      problems.push({ path: dir, reason: reasonOf(e) });
      return;
    }
    for (const name of entries.sort()) {
      if (name.startsWith('.')) continue;
      const full = join(dir, name);
      let st;
      try {
        st = statSync(full);
      } catch (e) {
        problems.push({ path: full, reason: statReason(full, e) });
        continue;
      }
      if (st.isDirectory()) walk(full);
      else if (st.isFile() && exts.has(extname(name).toLowerCase())) files.add(full);
    }
  };

  for (const p of paths) {
    if (p === '-') {
      files.add('-');
      continue;
    }
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      problems.push({ path: p, reason: statReason(p, e) });
      continue;
    }
    if (st.isDirectory()) walk(p);
    else if (st.isFile()) files.add(p);
    else problems.push({ path: p, reason: 'not a regular file' });
  }
  return { files: [...files].sort(comparePaths), problems };
}

/** Why stat failed; a link whose target is gone says so rather than "no such file". */
function statReason(path: string, e: unknown): string {
  if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
    try {
      if (lstatSync(path).isSymbolicLink()) return 'broken symbolic link (its target does not exist)';
    } catch {
      // Not there at all: the plain reason below.
    }
  }
  return reasonOf(e);
}

/** Plain code-point order, so the output order does not depend on the machine's locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function reasonOf(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many symbolic links (a link loop)';
    case 'EISDIR':
      return 'is a directory';
    default:
      return err.message ?? String(e);
  }
}
