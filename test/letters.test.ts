import { describe, expect, it } from 'vitest';
import { narrow, narrowSource } from '../src/text/letters.js';

/** Code points of the scripts the classes are meant to read exactly (letters.ts). */
function* covered(): Generator<string> {
  const ranges = [[0x20, 0x2ff], [0x370, 0x52f], [0x590, 0x6ff], [0x900, 0x97f], [0xe00, 0xe7f], [0x1100, 0x11ff], [0x1e00, 0x1fff], [0x3040, 0x30ff], [0x3400, 0x9fff], [0xac00, 0xd7a3], [0xf900, 0xfa6d], [0xfb00, 0xfdff], [0xfe70, 0xfeff], [0xff10, 0xff5a]] as const;
  for (const [lo, hi] of ranges) for (let cp = lo; cp <= hi; cp++) yield String.fromCodePoint(cp);
}

describe('narrow letter classes', () => {
  it('agrees with \\p{…} on every code point of the scripts it covers', () => {
    for (const source of ['\\p{L}', '\\p{Lu}', '\\p{Ll}', '\\p{N}', '[^\\p{L}\\p{N}]', '[\\p{Lu}\\d]']) {
      const wide = new RegExp(`^${source}$`, 'u');
      const slim = narrow(wide);
      const wrong = [...covered()].filter((ch) => slim.test(ch) !== wide.test(ch));
      expect(wrong.map((ch) => `U+${ch.codePointAt(0)!.toString(16)}`), source).toEqual([]);
    }
  });

  it('keeps case-insensitive matching and the flags', () => {
    const re = narrow(/^\p{Lu}+$/giu);
    expect(re.flags).toBe('giu');
    expect(re.test('émile')).toBe(true);
  });

  it('leaves other escapes and properties alone', () => {
    expect(narrowSource('\\p{M}\\d\\[\\p{L}')).toMatch(/^\\p\{M\}\\d\\\[\[/);
    expect(narrowSource('plain')).toBe('plain');
  });

  it('reads CJK, Hangul and Arabic as letters, and historic scripts as non-letters (the documented limit)', () => {
    for (const ch of ['漢', '한', 'ع', 'ひ']) expect(narrow(/\p{L}/u).test(ch), ch).toBe(true);
    expect(narrow(/\p{L}/u).test('𐌰')).toBe(false);
  });
});
