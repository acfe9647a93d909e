import { describe, expect, it } from 'vitest';
import { toLines } from '../src/io/normalize.js';
import { linesToUnits } from '../src/text/frontend.js';
import { detectWrap } from '../src/text/unwrap.js';
import { ingest } from '../src/ingest.js';

const WRAPPED = `The Harbour Bridge

The harbour commission voted on Thursday to close the old swing bridge to
all motor traffic from the first of June, ending a century of crossings that
began when the bridge opened to horse carts in 1924, and handing the span to
walkers and cyclists until a replacement is built further downstream.

Engineers told the commission that the bridge's turning mechanism had seized
twice this winter, leaving boats stranded on the wrong side of the harbour
for most of a day, and that repairs would cost more than a new crossing would.

"We have patched it for as long as anyone could," said the chair, Dana Whitfield.
`;

describe('text front end', () => {
  it('groups lines into blocks and counts the blank lines before each unit', () => {
    const { units, spacers, hasBlankLines } = linesToUnits(toLines('A title\n\nFirst line\nSecond line\n\u00a0\n\nLast'));
    expect(units.map((u) => [u.text, u.block, u.gapBefore])).toEqual([
      ['A title', 0, 0],
      ['First line', 1, 1],
      ['Second line', 1, 0],
      ['Last', 2, 2],
    ]);
    expect(spacers).toEqual([[5, 5]]);
    expect(hasBlankLines).toBe(true);
  });

  it('detects a hard-wrapped dump and re-joins its paragraphs with their line spans', () => {
    const lines = toLines(WRAPPED);
    expect(detectWrap(lines).wrapped).toBe(true);
    const { units } = linesToUnits(lines);
    expect(units).toHaveLength(4);
    expect(units[1]!.lines).toEqual([3, 6]);
    expect(units[1]!.text).toMatch(/^The harbour commission .* further downstream\.$/);
  });

  it('does not call a dump with one paragraph a line wrapped', () => {
    const lines = toLines(Array.from({ length: 12 }, (_, i) => `Paragraph ${i} is a full sentence of its own, with a different length ${'x'.repeat(i * 7)}.`).join('\n'));
    expect(detectWrap(lines).wrapped).toBe(false);
  });

  it('gives the same record for a hard-wrapped dump as for the same text unwrapped', () => {
    const wrapped = ingest(WRAPPED);
    const flat = ingest(WRAPPED.replace(/([^\n])\n(?=[^\n])/g, '$1 '));
    expect(wrapped.body).toBe(flat.body);
    expect(wrapped.title).toBe('The Harbour Bridge');
  });
});

describe('embedded posts', () => {
  it('takes a post, its attribution and its date out of the story', () => {
    const r = ingest(
      [
        'We are proud of the crews who worked through the night to restore power to 40,000 homes. Thank you. https://t.co/AbC123xyz',
        '— Northshore Hydro (@NorthshoreHydro) February 3, 2025',
        'Power restored after ice storm',
        'Crews restored electricity to most of the region on Monday after an ice storm brought down lines across three counties.',
        'The utility said the last customers should be reconnected by Wednesday evening, weather permitting.',
      ].join('\n'),
    );
    expect(r.title).toBe('Power restored after ice storm');
    expect(r.embeds).toMatchObject([
      { type: 'tweet', author: 'Northshore Hydro', handle: '@NorthshoreHydro', date: '2025-02-03', url: 'https://t.co/AbC123xyz' },
    ]);
    expect(r.body).not.toContain('proud of the crews');
    expect(r.paragraphs).toHaveLength(2);
  });
});
