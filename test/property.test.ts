/**
 * Properties of `ingest` on arbitrary text (fast-check): it never throws anything but an
 * InputError, its record always validates against the schema, every word of the input lands
 * in the record (nothing lost), and the same input gives the same record.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingest } from '../src/ingest.js';
import { InputError } from '../src/errors.js';
import { loadCases } from '../src/eval/corpus.js';
import { ROOT, tokenDiff, validateRecord } from './helpers.js';

/** Lines of the fixtures: the furniture, bylines, stubs and paragraphs the classifier knows. */
const FIXTURE_LINES = [...new Set(loadCases(ROOT).flatMap((c) => readFileSync(c.path, 'utf8').split(/\r?\n/)))].filter((l) => l.trim().length > 0);

const anyText = fc.string({ unit: 'binary', maxLength: 300 });
/** Odd spaces and line ends, as exports and copy-paste leave them. */
const junk = fc.constantFrom('\u00a0', '\u202f', '\t', ' ', '\u200b', '\r', '\u2028', '\ufeff');
const line = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FIXTURE_LINES) },
  { weight: 2, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...FIXTURE_LINES), junk, fc.constantFrom(...FIXTURE_LINES)).map(([a, j, b]) => `${a}${j}${b}`) },
);
const document = fc
  .tuple(fc.array(line, { minLength: 1, maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r', '\n\u00a0\n'))
  .map(([lines, eol]) => lines.join(eol));

/** Checks every property on one text; throws (so fast-check shrinks) on the first that fails. */
function checkAll(text: string): void {
  let record;
  try {
    record = ingest(text, { path: 'prop.txt' });
  } catch (e) {
    if (e instanceof InputError) return;
    throw e;
  }
  if (!validateRecord(record)) throw new Error(`schema: ${JSON.stringify(validateRecord.errors)}`);
  // The pipeline reads the text as NFC (and stray surrogates as U+FFFD): count the words of that.
  const lost = tokenDiff(new TextDecoder().decode(new TextEncoder().encode(text)).normalize('NFC'), record);
  if (lost.length > 0) throw new Error(`words lost or added: ${lost.slice(0, 5).join('; ')}`);
  if (JSON.stringify(ingest(text, { path: 'prop.txt' })) !== JSON.stringify(record)) throw new Error('not deterministic');
}

describe('ingest on arbitrary text', () => {
  it('any unicode string', () => {
    fc.assert(fc.property(anyText, checkAll), { numRuns: 300 });
  });
  it('documents made of fixture-like lines, with CR/LF/NBSP and other junk', () => {
    fc.assert(fc.property(document, checkAll), { numRuns: 200 });
  });
});
