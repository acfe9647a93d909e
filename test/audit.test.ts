import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../src/ingest.js';
import { accountedTexts, wordTokens } from '../src/record/audit.js';
import { loadCases } from '../src/eval/corpus.js';
import { ROOT } from './helpers.js';

function multiset(tokens: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

function diff(a: Map<string, number>, b: Map<string, number>): string[] {
  const out: string[] = [];
  for (const [k, n] of a) if ((b.get(k) ?? 0) !== n) out.push(`${k}: input ${n}, record ${b.get(k) ?? 0}`);
  for (const [k, n] of b) if (!a.has(k)) out.push(`${k}: input 0, record ${n}`);
  return out;
}

describe('nothing is silently lost', () => {
  const cases = loadCases(ROOT);
  it('has fixtures to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
  });
  for (const c of cases) {
    it(`${c.set}/${c.gold.file}: every word of every line lands in exactly one field`, () => {
      const bytes = readFileSync(c.path);
      const record = ingest(bytes, { path: c.path });
      const input = multiset(wordTokens(new TextDecoder().decode(bytes)));
      const output = multiset(accountedTexts(record).flatMap((x) => wordTokens(x.text)));
      expect(diff(input, output)).toEqual([]);
    });
  }
});
