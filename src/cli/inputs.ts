/**
 * Everything the command line names, as one ordered list of inputs: paths (files, walked
 * directories, `-`), quoted glob patterns, and the lines of `--files-from`. Inputs that
 * cannot be used (missing, a broken link, a pattern that matches nothing) stay in the list
 * with their reason, at their place in path order, so that the run reports them in order
 * with the others and goes on.
 */
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { createRequire } from 'node:module';
import { comparePaths, discover } from '../io/discover.js';

export interface InputEntry {
  path: string;
  /** Why this input cannot be read; absent for a good one. */
  problem?: string;
}

export function collectInputs(args: string[], exts: string[], listed: string[] = []): InputEntry[] {
  const paths: string[] = [];
  const problems: Array<{ path: string; reason: string }> = [];
  for (const arg of args) {
    // A path that exists is taken as it is, even when its name has glob characters ("[1].txt").
    if (arg === '-' || exists(arg)) {
      paths.push(arg);
      continue;
    }
    const { globSync, isDynamicPattern } = glob();
    if (!isDynamicPattern(arg)) {
      paths.push(arg);
      continue;
    }
    const matches = globSync(arg, { onlyFiles: true, dot: false, absolute: isAbsolute(arg), expandDirectories: false });
    if (matches.length === 0) problems.push({ path: arg, reason: 'no file matches this pattern' });
    paths.push(...matches);
  }
  // A list names files: a directory in it is a mistake of whoever made the list, and walking
  // it could pull in thousands of files nobody asked for.
  for (const path of listed) {
    if (isDirectory(path)) problems.push({ path, reason: 'is a directory (--files-from lists files)' });
    else paths.push(path);
  }
  const found = discover(paths, exts);
  problems.push(...found.problems);
  const entries: InputEntry[] = [...found.files.map((path) => ({ path })), ...problems.map((p) => ({ path: p.path, problem: p.reason }))];
  entries.sort((a, b) => comparePaths(a.path, b.path));
  return dedupe(entries);
}

/**
 * tinyglobby, loaded the first time an argument is not an existing path: most runs name
 * files and folders, and loading it would cost every run some 13 ms of start-up.
 */
function glob(): typeof import('tinyglobby') {
  globModule ??= createRequire(import.meta.url)('tinyglobby') as typeof import('tinyglobby');
  return globModule;
}
let globModule: typeof import('tinyglobby') | undefined;

/** `--files-from`: one path a line; blank lines and `#` comments are skipped. */
export function readList(file: string): string[] {
  const text = readFileSync(file === '-' ? 0 : file, 'utf8');
  return parseList(text);
}

export function parseList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\ufeff/, '').trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'));
}

/** A path named twice (in two patterns, or a list and an argument) is read once. */
function dedupe(entries: InputEntry[]): InputEntry[] {
  const seen = new Set<string>();
  return entries.filter((e) => {
    const key = `${e.problem ? '!' : ''}${e.path}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

