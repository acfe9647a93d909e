/**
 * Narrow Unicode property classes for patterns that run on English and French pages.
 *
 * V8 compiles `\p{L}` into a class spanning all of Unicode, which costs about 0.3 ms per
 * occurrence, and the lexicon alone holds several hundred: for `ingest one.txt` that was most
 * of the run. The letters of the Latin, Greek and Cyrillic scripts cover every name and word
 * these pages carry, and a class of their ranges compiles twenty times faster. The ranges are
 * read off V8's own `\p{…}` tables once, so upper and lower case stay exact within them.
 */

/** The blocks a page in English or French spells its words and names with. */
const BLOCKS: ReadonlyArray<readonly [number, number]> = [
  [0x30, 0x39], // digits
  [0x41, 0x7a], // Basic Latin letters
  [0xaa, 0xff], // Latin-1 letters (ª µ º À–ÿ), digits ² ³ ¹ ¼ ½ ¾
  [0x100, 0x24f], // Latin Extended-A and -B
  [0x370, 0x3ff], // Greek
  [0x400, 0x52f], // Cyrillic
  [0x1e00, 0x1eff], // Latin Extended Additional (Vietnamese, Welsh ŵ…)
];

type Property = 'L' | 'Lu' | 'Ll' | 'N';

let bodies: Record<Property, string> | null = null;

function esc(cp: number): string {
  return `\\u{${cp.toString(16)}}`;
}

/** The class body (no brackets) of the code points in BLOCKS that have the property. */
function bodyOf(test: RegExp): string {
  const parts: string[] = [];
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
    L: bodyOf(/\p{L}/u),
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
