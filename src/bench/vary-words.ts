/**
 * New numbers and names in a page's text, so that the corpus is not the fixtures repeated:
 * a page made from the same fixture twice has other figures and other people in it.
 */
import type { Rng } from './prng.js';

/**
 * Each run of digits gets others of the same length, except where a parser reads the digits
 * together with their neighbours (7:05, 12/01/2026, 2025-05-22, 1.5) and years; a number of
 * two digits or less becomes one from 1 to 28, which is still a day of any month ("May 14,
 * 2025"). Dates stay dates, so the pages keep the datelines of real ones.
 */
export function varyNumbers(text: string, rng: Rng): string {
  return text.replace(/\d+/g, (digits: string, at: number) => {
    const before = text[at - 1] ?? '';
    const after = text[at + digits.length] ?? '';
    if (/[:/.\-#]/.test(before) || /[:/-]/.test(after)) return digits;
    if (digits === '0' || /^(?:19|20)\d\d$/.test(digits)) return digits;
    if (digits.length === 1) return String(rng.between(1, 9));
    if (digits.length === 2) return String(rng.between(10, 28));
    let out = String(rng.between(1, 9));
    while (out.length < digits.length) out += String(rng.int(10));
    return out;
  });
}

const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}{3,}(?![\p{L}\p{N}])/gu;
/** A capitalised word after a lower-case one, in running text: most often a name. */
const NAME_IN_SENTENCE = /(?<=[\p{Ll},] )\p{Lu}\p{Ll}{3,}(?![\p{L}\p{N}])/gu;

export interface NamePool {
  /** Sorted, so that a seed picks the same names on every run. */
  list: string[];
  known: ReadonlySet<string>;
}

/** The capitalised words that stand inside the sentences of these texts. */
export function namePool(texts: readonly string[]): NamePool {
  const known = new Set<string>();
  for (const t of texts) for (const m of t.matchAll(NAME_IN_SENTENCE)) known.add(m[0]);
  return { list: [...known].sort(), known };
}

/**
 * New numbers and names for one page, piece by piece of its text: about a third of the known
 * names on the page are swapped for other names of the same language, each one the same way
 * in every piece (a person stays one person). No names: numbers only.
 */
export function pageRewriter(names: NamePool | null, rng: Rng): (text: string) => string {
  const swaps = new Map<string, string>();
  const swap = (word: string): string => {
    if (!names || names.list.length === 0 || !names.known.has(word)) return word;
    let to = swaps.get(word);
    if (to === undefined) {
      to = rng.chance(0.3) ? rng.pick(names.list) : word;
      swaps.set(word, to);
    }
    return to;
  };
  return (text) => varyNumbers(text, rng).replace(CAPITALISED, swap);
}
