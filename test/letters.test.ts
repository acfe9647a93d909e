import { describe, expect, it } from 'vitest';
import { narrow, narrowSource } from '../src/text/letters.js';

/** Code points of the scripts English and French pages spell with. */
function* european(): Generator<string> {
  for (const [lo, hi] of [[0x20, 0x24f], [0x370, 0x52f], [0x1e00, 0x1eff]] as const) {
    for (let cp = lo; cp <= hi; cp++) yield String.fromCodePoint(cp);
  }
}

describe('narrow letter classes', () => {
  it('agrees with \\p{…} on every Latin, Greek and Cyrillic code point', () => {
    for (const source of ['\\p{L}', '\\p{Lu}', '\\p{Ll}', '\\p{N}', '[^\\p{L}\\p{N}]', '[\\p{Lu}\\d]']) {
      const wide = new RegExp(`^${source}$`, 'u');
      const slim = narrow(wide);
      for (const ch of european()) expect(slim.test(ch), `${source} on U+${ch.codePointAt(0)!.toString(16)}`).toBe(wide.test(ch));
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

  it('reads letters of other scripts as non-letters (the documented limit)', () => {
    expect(narrow(/\p{L}/u).test('漢')).toBe(false);
  });
});
