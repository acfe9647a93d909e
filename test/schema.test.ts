import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../src/ingest.js';
import { loadCases } from '../src/eval/corpus.js';
import { ROOT, validateRecord as validate } from './helpers.js';

describe('record schema', () => {
  for (const c of loadCases(ROOT)) {
    it(`${c.set}/${c.gold.file} validates`, () => {
      const record = ingest(readFileSync(c.path), { path: c.path });
      const ok = validate(record);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    });
  }
  it('rejects a record with a field missing or out of range', () => {
    const record = ingest('A headline for the test\n\nA paragraph of the story, long enough to be read as a sentence of prose.') as unknown as Record<string, unknown>;
    expect(validate({ ...record, langConfidence: 1.5 })).toBe(false);
    const { title: _t, ...noTitle } = record;
    expect(validate(noTitle)).toBe(false);
  });
});
