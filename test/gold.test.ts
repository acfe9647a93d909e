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

