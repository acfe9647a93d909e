/**
 * The throughput bench's own parts that can go wrong silently: a corpus that is not the same
 * for the same seed would make two commits' figures incomparable, and a summary misread
 * would let a run that failed pass for a fast one. (Speed itself is measured only by
 * `npm run bench`, never asserted here.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus, removeCorpus } from '../src/bench/corpus.js';
import { guessLang } from '../src/bench/fixtures.js';
import { Rng, rotate } from '../src/bench/prng.js';
import { parseSummary } from '../src/bench/runs.js';
import { varyNumbers } from '../src/bench/vary-words.js';
import { fixture } from './helpers.js';

function snapshot(root: string): Map<string, Buffer> {
  const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(files.map((e) => [relative(root, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name))]));
}

describe('bench corpus', () => {
  it('is the same, byte for byte, for the same seed, and another for another seed', () => {
    const make = (seed: number) => {
      const c = generateCorpus({ fixturesDir: fixture(), textPages: 40, htmlPages: 8, seed });
      try {
        return { corpus: c, files: snapshot(c.root) };
      } finally {
        removeCorpus(c.root);
      }
    };
    const a = make(5);
    const b = make(5);
    const other = make(6);
    expect(a.files.size).toBe(48);
    expect([...a.files.keys()]).toEqual([...b.files.keys()]);
    for (const [name, bytes] of a.files) expect(bytes.equals(b.files.get(name)!), name).toBe(true);
    expect([...a.files].some(([name, bytes]) => !bytes.equals(other.files.get(name)!))).toBe(true);
    // A tenth of the text dumps a folder; each about 5 KB.
    expect(a.corpus.textFolders.map((f) => f.files)).toEqual(Array(10).fill(4));
    const mean = a.corpus.text.bytes / a.corpus.text.files;
    expect(mean).toBeGreaterThan(4000);
    expect(mean).toBeLessThan(6500);
  });

  it('keeps dates, times and years when it changes numbers', () => {
    const out = varyNumbers('Publié le 12/01/2026 à 7:05, en 2025, 11 870 entreprises', new Rng(1));
    expect(out).toMatch(/^Publié le 12\/01\/2026 à 7:05, en 2025, \d{2} \d{3} entreprises$/);
  });

  it('tells French from English by their function words', () => {
    expect(guessLang('Le conseil a voté le budget de la ville pour les écoles.')).toBe('fr');
    expect(guessLang('The council voted the budget of the city for the schools.')).toBe('en');
  });

  it('turns a list', () => {
    expect(rotate([1, 2, 3], 1)).toEqual([2, 3, 1]);
    expect(rotate([], 3)).toEqual([]);
  });
});

describe('bench: the CLI summary', () => {
  it('reads records and failures, thousands separators included', () => {
    expect(parseSummary('ingest: 20,000 inputs, 19,998 records (fr 10,000, en 9,998), 41,220 related stubs, 2 failed\n')).toEqual({ records: 19998, failed: 2 });
    expect(parseSummary('ingest: 1 input, 1 record (en 1), 0 related stubs, 0 failed\n')).toEqual({ records: 1, failed: 0 });
    expect(parseSummary('ingest: internal error')).toEqual({ records: null, failed: null });
  });
});
