/**
 * Narrow Unicode property classes, compiled fast.
 *
 * V8 builds `\p{L}` as a class over all of Unicode, astral planes included, which costs about
 * 0.3 ms per occurrence, and the lexicon alone holds several hundred: for `ingest one.txt` that
 * was most of the run. A class of explicit ranges over the scripts pages are written in
 * compiles ten times faster. Within the blocks below the ranges are read off V8's own `\p{…}`
 * tables, so they agree with it exactly (a test checks every code point); the large caseless
 * scripts are added as whole runs of letters. Letters outside both (historic scripts, most of
 * the astral planes) read as non-letters, which only matters for word boundaries in text that
 * an English/French tool does not read anyway.
 */

/** Blocks read code point by code point: the cased scripts, and the digits of every script. */
const BLOCKS: ReadonlyArray<readonly [number, number]> = [
  [0x30, 0x2ff], // Basic Latin, Latin-1, Latin Extended-A/B, IPA, modifier letters (ʼ)
  [0x370, 0x52f], // Greek, Cyrillic
  [0x590, 0x6ff], // Hebrew, Arabic (with Arabic-Indic digits)
  [0x900, 0x97f], // Devanagari
  [0xe00, 0xe7f], // Thai
  [0x1e00, 0x1fff], // Latin Extended Additional, Greek Extended
  [0x3040, 0x30ff], // Hiragana, Katakana
  [0xfb00, 0xfdff], // Latin ligatures, Hebrew and Arabic presentation forms
  [0xfe70, 0xfeff], // Arabic presentation forms B
  [0xff10, 0xff5a], // full-width digits and Latin letters
];

/** Caseless letters in long runs, added to `\p{L}` whole (all of them are letters). */
const LETTER_RUNS: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x11ff], // Hangul Jamo
  [0x3400, 0x4dbf], // CJK Extension A
  [0x4e00, 0x9fff], // CJK Unified Ideographs
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfa6d], // CJK Compatibility Ideographs
];

type Property = 'L' | 'Lu' | 'Ll' | 'N';

let bodies: Record<Property, string> | null = null;

function esc(cp: number): string {
  return `\\u{${cp.toString(16)}}`;
}

/** The class body (no brackets) of the code points in BLOCKS that have the property. */
function bodyOf(test: RegExp, runs: ReadonlyArray<readonly [number, number]> = []): string {
  const parts: string[] = runs.map(([lo, hi]) => `${esc(lo)}-${esc(hi)}`);
  for (const [lo, hi] of BLOCKS) {
    let start = -1;
    for (let cp = lo; cp <= hi + 1; cp++) {
      const inside = cp <= hi && test.test(String.fromCodePoint(cp));
      if (inside && start < 0) start = cp;
      if (!inside && start >= 0) {
        parts.push(cp - 1 === start ? esc(start) : `${esc(start)}-${esc(cp - 1)}`);
        start = -1;
      }
    }
  }
  return parts.join('');
}

function classBodies(): Record<Property, string> {
  bodies ??= {
    L: bodyOf(/\p{L}/u, LETTER_RUNS),
    Lu: bodyOf(/\p{Lu}/u),
    Ll: bodyOf(/\p{Ll}/u),
    N: bodyOf(/\p{N}/u),
  };
  return bodies;
}

/** Pattern source with its `\p{L}`, `\p{Lu}`, `\p{Ll}` and `\p{N}` narrowed to BLOCKS. */
export function narrowSource(source: string): string {
  if (!source.includes('\\p{')) return source;
  const body = classBodies();
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      const m = /^\\p\{(L|Lu|Ll|N)\}/.exec(source.slice(i, i + 6));
      if (m) {
        const b = body[m[1] as Property];
        out += inClass ? b : `[${b}]`;
        i += m[0].length - 1;
      } else {
        out += source.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    out += ch;
  }
  return out;
}

/** The same pattern with narrow letter classes (it must carry the `u` flag). */
export function narrow(re: RegExp): RegExp {
  return new RegExp(narrowSource(re.source), re.flags);
}
