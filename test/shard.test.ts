/**
 * Sharded runs, as GNU parallel, Spark or Hadoop Streaming make them: the fixture inputs cut
 * into N shards, one `ingest` process per shard, all at once. Together they must give what
 * one run over all the inputs gives, record for record: a record depends on its document
 * alone, never on the documents beside it in a run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, parseNdjson, runCliAsync } from './helpers.js';

const SHARDS = 3;

/** fixtures/**\/*.txt and *.html, relative to the repository (as a file list would name them). */
function fixtureInputs(): string[] {
  return readdirSync(join(ROOT, 'fixtures'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && ['.txt', '.html'].includes(extname(e.name)))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)))
    .sort();
}

/** One --stdin-ndjson line: the id is the path; a page that is not UTF-8 is read as Latin-1. */
function documentLine(path: string): string {
  const bytes = readFileSync(join(ROOT, path));
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    content = bytes.toString('latin1');
  }
  return JSON.stringify({ id: path, [extname(path) === '.html' ? 'html' : 'text']: content });
}

/** N contiguous slices, as `split -n l/N` cuts a list. */
function shardsOf<T>(items: T[], n: number): T[][] {
  const size = Math.ceil(items.length / n);
  return Array.from({ length: n }, (_, k) => items.slice(k * size, (k + 1) * size));
}

const lines = (items: string[]) => `${items.join('\n')}\n`;
const byId = (records: Array<Record<string, unknown>>) => [...records].sort((a, b) => String(a.id).localeCompare(String(b.id)));
const sourcePaths = (records: Array<Record<string, unknown>>) => records.map((r) => (r.source as { path: string }).path);

/** Runs one process over all the inputs, then one per shard at once; the parsed records of each. */
async function singleAndSharded(args: string[], single: string[], shards: string[][], toInput: (items: string[]) => string) {
  const whole = await runCliAsync(args, toInput(single), ROOT);
  expect(whole.status, whole.stderr).toBe(0);
  const parts = await Promise.all(shards.map((shard) => runCliAsync(args, toInput(shard), ROOT)));
  for (const part of parts) expect(part.status, part.stderr).toBe(0);
  return { whole: parseNdjson(whole.stdout), parts: parts.map((p) => parseNdjson(p.stdout)) };
}

describe(`${SHARDS} shards at once against one run`, () => {
  const paths = fixtureInputs();
  const shards = shardsOf(paths, SHARDS);

  it('finds the fixtures, and cuts them into shards that hold each once', () => {
    expect(paths.length).toBeGreaterThan(100);
    expect(paths.some((p) => p.endsWith('.html'))).toBe(true);
    expect(shards.flat()).toEqual(paths);
    expect(shards.every((s) => s.length > 0)).toBe(true);
  });

  it('--stdin-ndjson: the union of the mappers’ records is the single mapper’s, record for record', async () => {
    const docs = new Map(paths.map((p) => [p, documentLine(p)]));
    const { whole, parts } = await singleAndSharded(['-q', '--stdin-ndjson'], paths, shards, (items) => lines(items.map((p) => docs.get(p)!)));
    expect(whole).toHaveLength(paths.length);
    // Each mapper answers its own documents, in the order they came.
    parts.forEach((records, k) => expect(sourcePaths(records)).toEqual(shards[k]));
    const union = parts.flat();
    expect(new Set(union.map((r) => r.id)).size).toBe(paths.length);
    expect(byId(union)).toEqual(byId(whole));
  });

  it('--files-from: the same with a file list cut into shards, one --jobs 1 process each', async () => {
    const { whole, parts } = await singleAndSharded(['-q', '--jobs', '1', '--files-from', '-'], paths, shards, lines);
    expect(whole).toHaveLength(paths.length);
    parts.forEach((records, k) => expect(sourcePaths(records)).toEqual(shards[k]));
    expect(byId(parts.flat())).toEqual(byId(whole));
  });
});
