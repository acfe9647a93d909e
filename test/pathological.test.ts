/**
 * Inputs built to make a careless pipeline quadratic or a regular expression backtrack. Each
 * must finish under a generous bound (10 s on a loaded CI machine; they take about a second
 * or less here): a guard against hangs, not a measure of speed. The times are printed.
 */
import { describe, expect, it } from 'vitest';
import { ingest } from '../src/ingest.js';
import { InputError } from '../src/errors.js';
import { validateRecord } from './helpers.js';

const BOUND_MS = 10_000;
const MB = 1024 * 1024;

const repeatTo = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);

const cases: Array<[string, () => string]> = [
  ['a 5 MB single line', () => repeatTo('Le conseil municipal a voté le budget mardi soir, après un long débat. ', 5 * MB)],
  ['a 5 MB single line without a space', () => repeatTo('abcdefghij', 5 * MB)],
  ['a million blank lines', () => `Un titre pour la page\n${'\n'.repeat(1_000_000)}Le conseil municipal a voté le budget mardi soir, après un long débat.\n`],
  ['100,000 tiny paragraphs', () => Array.from({ length: 100_000 }, (_, i) => `Mot ${i}.`).join('\n\n')],
  ['1 MB of one letter', () => 'a'.repeat(MB)],
  ['1 MB of one dot', () => '.'.repeat(MB)],
  ['1 MB of one dash, in lines', () => `${'-'.repeat(1000)}\n`.repeat(MB / 1001)],
  ['1 MB of one NBSP', () => '\u00a0'.repeat(MB)],
];

describe('pathological inputs finish in bounded time', () => {
  for (const [name, make] of cases) {
    it(name, () => {
      const text = make();
      const t0 = performance.now();
      let outcome: string;
      try {
        const record = ingest(text, { path: 'pathological.txt' });
        expect(validateRecord(record)).toBe(true);
        outcome = `${record.paragraphs.length} paragraphs, ${record.removed.length} removed`;
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        outcome = `InputError: ${e.reason}`;
      }
      const ms = performance.now() - t0;
      console.log(`${name}: ${(text.length / MB).toFixed(1)} M chars, ${ms.toFixed(0)} ms (${outcome})`);
      expect(ms).toBeLessThan(BOUND_MS);
    }, 60_000);
  }
});
