import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest, ingestWithTrace } from '../src/ingest.js';
import { loadCases } from '../src/eval/corpus.js';
import { ROOT, tokenDiff } from './helpers.js';

describe('nothing is silently lost', () => {
  const cases = loadCases(ROOT);
  it('has fixtures to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
  });
  for (const c of cases) {
    if (c.path.endsWith('.html')) {
      // A page's input is its visible text, box by box, as the front end read it; the title
      // and byline may come from the page's metadata instead, and then are not visible text.
      it(`${c.set}/${c.gold.file}: every word of every visible box lands in exactly one field`, () => {
        const { record, classification, filledFromMetadata } = ingestWithTrace(readFileSync(c.path), { path: c.path });
        const visible = classification.units.map((u) => u.text).join('\n');
        const fromText = {
          ...record,
          title: filledFromMetadata.includes('title') ? null : record.title,
          byline: filledFromMetadata.includes('byline') ? null : record.byline,
        };
        expect(tokenDiff(visible, fromText)).toEqual([]);
      });
      it(`${c.set}/${c.gold.file}: the front end keeps every text the gold expects`, () => {
        const { classification } = ingestWithTrace(readFileSync(c.path), { path: c.path });
        const visible = classification.units.map((u) => u.text).join(' ').replace(/\s+/gu, ' ');
        const expected = [c.gold.title, ...c.gold.body, ...c.gold.related.flatMap((r) => [r.title, r.summary])].filter((t): t is string => !!t);
        expect(expected.filter((t) => !visible.includes(t.replace(/\s+/gu, ' ')))).toEqual([]);
      });
      continue;
    }
    it(`${c.set}/${c.gold.file}: every word of every line lands in exactly one field`, () => {
      const bytes = readFileSync(c.path);
      const record = ingest(bytes, { path: c.path });
      expect(tokenDiff(new TextDecoder().decode(bytes), record)).toEqual([]);
    });
  }
});

describe('nothing is lost on documents made of shuffled fixture lines', () => {
  // A fixed-seed generator: the same documents on every run, thousands of odd layouts.
  let seed = 20261123;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pool = loadCases(ROOT)
    .filter((c) => !c.path.endsWith('.html'))
    .flatMap((c) => new TextDecoder().decode(readFileSync(c.path)).split(/\r?\n/));
  const docs = Array.from({ length: 300 }, () => {
    const n = 3 + Math.floor(random() * 40);
    return Array.from({ length: n }, () => (random() < 0.15 ? '' : pool[Math.floor(random() * pool.length)]!)).join('\n');
  });
  it('every word of every line lands in exactly one field', () => {
    const failures: string[] = [];
    for (const doc of docs) {
      if (doc.trim() === '') continue;
      const d = tokenDiff(doc, ingest(doc));
      if (d.length > 0) failures.push(`${d.slice(0, 3).join('; ')} in: ${doc.slice(0, 120)}`);
    }
    expect(failures).toEqual([]);
  });
  it('a post line that a cookie banner already took is not copied into the post', () => {
    const doc = ['A headline for the test page', '', 'We use cookies.', '— Jane Doe (@janedoe) March 3, 2025', '', 'A post shared by Jane Doe (@janedoe)', 'March 14 at 3:52 PM · 🌐', 'Great day at the beach with the whole team!'].join('\n');
    expect(tokenDiff(doc, ingest(doc))).toEqual([]);
  });
});
