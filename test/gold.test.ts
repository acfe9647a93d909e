/**
 * The gold fixtures as assertions, with the bars the project set itself: each seed perfect
 * or nearly, and our own page dumps (other sites' layouts, both languages) on average.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../src/ingest.js';
import { loadCases } from '../src/eval/corpus.js';
import { scoreRecord, totals, type FileScore } from '../src/eval/score.js';
import { ROOT } from './helpers.js';

function scoresOf(set: string): FileScore[] {
  return loadCases(ROOT, [set]).map((c) => scoreRecord(ingest(readFileSync(c.path), { path: c.path }), c.gold));
}

describe('seeds', () => {
  const scores = scoresOf('seeds');
  it('are all there', () => expect(scores).toHaveLength(5));
  for (const s of scores) {
    it(`${s.file}: body F1 >= 0.99, title and language right, no leak`, () => {
      expect(s.bodyF1).toBeGreaterThanOrEqual(0.99);
      expect(s.titleOk).toBe(true);
      expect(s.langOk).toBe(true);
      expect(s.leaks).toEqual([]);
      expect(s.relatedFound).toBe(s.relatedGold);
      expect(s.relatedLangOk).toBe(s.relatedFound);
    });
  }
});

describe('own page dumps', () => {
  const scores = scoresOf('text');
  const t = totals(scores);
  it('number at least 20', () => expect(scores.length).toBeGreaterThanOrEqual(20));
  it('mean body F1 >= 0.98', () => expect(t.meanBodyF1).toBeGreaterThanOrEqual(0.98));
  it('languages all right', () => expect(t.langs).toBe(1));
  it('related stubs found >= 95 %, with the right language', () => {
    expect(t.relatedFound / t.relatedGold).toBeGreaterThanOrEqual(0.95);
    expect(t.relatedLangOk).toBe(t.relatedFound);
  });
  it('no furniture leaks', () => expect(scores.flatMap((s) => s.leaks.map((l) => `${s.file}: ${l}`))).toEqual([]));
});
