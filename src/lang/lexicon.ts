// Turns the hand-written data strings into lookup tables. Called once, on the first
// detection, so that importing the detector stays cheap.

import { EN_CLITICS, EN_COMMON, EN_FUNCTION, EN_PATTERNS } from './data/en.js';
import { FR_COMMON, FR_ELISIONS, FR_FUNCTION, FR_PATTERNS } from './data/fr.js';
import { FOREIGN, FOREIGN_LETTERS, NEUTRAL } from './data/shared.js';

export interface PatternSet {
  prefix: Map<string, number>;
  suffix: Map<string, number>;
  infix: ReadonlyArray<readonly [string, number]>;
  maxPrefix: number;
  maxSuffix: number;
}

export interface Lexicon {
  en: Map<string, number>;
  fr: Map<string, number>;
  /** Closed-class words of either language (`The`, `Le`): never part of a name. */
  functionWords: Set<string>;
  /** French words with accents, keyed by their unaccented spelling. */
  frStripped: Map<string, number>;
  neutral: Set<string>;
  foreign: Set<string>;
  foreignLetters: RegExp;
  enClitics: Map<string, number>;
  frElisions: Map<string, number>;
  enPatterns: PatternSet;
  frPatterns: PatternSet;
  /** Letter n-gram log-odds (French over English) learnt from the word lists above. */
  ngrams: Map<string, number>;
}

/** Function words outweigh content words: they are frequent and rarely borrowed. */
const FUNCTION_WEIGHT = 3;
const COMMON_WEIGHT = 2;
/** An unaccented spelling of a French word is weaker evidence: it may be English. */
const STRIPPED_FACTOR = 0.6;

export function stripAccents(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
}

interface Entry {
  word: string;
  weight: number;
  explicit: boolean;
}

function* entries(text: string, defaultWeight: number): Generator<Entry> {
  for (const item of text.split(/\s+/)) {
    if (item === '') continue;
    const colon = item.lastIndexOf(':');
    const explicit = colon > 0;
    const word = (explicit ? item.slice(0, colon) : item).normalize('NFC').toLowerCase();
    const weight = explicit ? Number(item.slice(colon + 1)) : defaultWeight;
    if (!Number.isFinite(weight)) throw new Error(`lang data: bad weight in "${item}"`);
    yield { word, weight, explicit };
  }
}

/**
 * Parses lists of `word` / `word:1.5` entries, each list with its default weight. A
 * weight written out beats a default (so `but:0.5` stays low even if a later list
 * names `but` again); otherwise a word listed twice keeps its strongest weight.
 */
export function parseWeighted(...lists: ReadonlyArray<readonly [text: string, defaultWeight: number]>): Map<string, number> {
  const out = new Map<string, number>();
  const explicit = new Set<string>();
  for (const [text, defaultWeight] of lists) {
    for (const { word, weight, explicit: written } of entries(text, defaultWeight)) {
      const previous = out.get(word);
      const wins =
        previous === undefined ||
        (written && !explicit.has(word)) ||
        (written === explicit.has(word) && weight > previous);
      if (!wins) continue;
      out.set(word, weight);
      if (written) explicit.add(word);
    }
  }
  return out;
}

export function parsePatterns(text: string): PatternSet {
  const prefix = new Map<string, number>();
  const suffix = new Map<string, number>();
  const infix: Array<readonly [string, number]> = [];
  for (const [pattern, weight] of parseWeighted([text, 1])) {
    if (weight === 0) continue;
    if (pattern.startsWith('^')) prefix.set(pattern.slice(1), weight);
    else if (pattern.endsWith('$')) suffix.set(pattern.slice(0, -1), weight);
    else infix.push([pattern, weight]);
  }
  const longest = (keys: Iterable<string>): number => Math.max(0, ...[...keys].map((k) => k.length));
  return { prefix, suffix, infix, maxPrefix: longest(prefix.keys()), maxSuffix: longest(suffix.keys()) };
}

/** Add-α smoothing: an n-gram seen once in one list and never in the other is mild evidence. */
const NGRAM_SMOOTHING = 0.5;
/** Bigrams to 4-grams of the padded word: endings, beginnings and letter clusters. */
const NGRAM_SIZES = [2, 3, 4] as const;

export function letterNgrams(word: string): string[] {
  const padded = `^${word}$`;
  const out: string[] = [];
  for (const n of NGRAM_SIZES) for (let i = 0; i + n <= padded.length; i++) out.push(padded.slice(i, i + n));
  return out;
}

/** Counts into `counts[side]`; one map for both languages keeps the first call short. */
function countNgrams(words: Iterable<string>, counts: Map<string, [number, number]>, side: 0 | 1): number {
  let total = 0;
  for (const word of words) {
    const padded = `^${word}$`;
    for (const n of NGRAM_SIZES) {
      for (let i = 0; i + n <= padded.length; i++) {
        const gram = padded.slice(i, i + n);
        let pair = counts.get(gram);
        if (pair === undefined) counts.set(gram, (pair = [0, 0]));
        pair[side]++;
        total++;
      }
    }
  }
  return total;
}

/**
 * A naive-Bayes n-gram table over the words of each list: it generalises the lists'
 * spelling habits (`-eux`, `-ght`, `oi`) to words neither list holds.
 */
export function ngramTable(frWords: Iterable<string>, enWords: Iterable<string>): Map<string, number> {
  const counts = new Map<string, [number, number]>();
  const frTotal = countNgrams(frWords, counts, 0);
  const enTotal = countNgrams(enWords, counts, 1);
  const frDenominator = frTotal + NGRAM_SMOOTHING * counts.size;
  const enDenominator = enTotal + NGRAM_SMOOTHING * counts.size;
  const logRatio = Math.log(enDenominator / frDenominator);
  const table = new Map<string, number>();
  for (const [gram, [fr, en]] of counts) {
    table.set(gram, Math.log((fr + NGRAM_SMOOTHING) / (en + NGRAM_SMOOTHING)) + logRatio);
  }
  return table;
}

/**
 * Single words of a list, minus the shared ones: a word both languages spell alike
 * would teach the table a difference that is not there.
 */
function plainWords(list: Map<string, number>, neutral: Set<string>): string[] {
  return [...list.keys()].filter((w) => !neutral.has(w) && !/['\-]/.test(w));
}

function wordsOf(text: string): Set<string> {
  return new Set(parseWeighted([text, 0]).keys());
}

/** Unaccented spellings that no list already claims, e.g. `etait`, `deja`, `ecole`. */
function strippedFrench(fr: Map<string, number>, taken: (w: string) => boolean): Map<string, number> {
  const out = new Map<string, number>();
  for (const [word, weight] of fr) {
    const plain = stripAccents(word);
    if (plain === word || taken(plain)) continue;
    const scaled = weight * STRIPPED_FACTOR;
    if ((out.get(plain) ?? -Infinity) < scaled) out.set(plain, scaled);
  }
  return out;
}

export function buildLexicon(): Lexicon {
  const en = parseWeighted([EN_FUNCTION, FUNCTION_WEIGHT], [EN_COMMON, COMMON_WEIGHT]);
  const fr = parseWeighted([FR_FUNCTION, FUNCTION_WEIGHT], [FR_COMMON, COMMON_WEIGHT]);
  const neutral = wordsOf(NEUTRAL);
  // A zero weight in either list means "do not let this word vote".
  for (const map of [en, fr]) for (const [w, v] of map) if (v === 0) neutral.add(w);
  const frStripped = strippedFrench(fr, (w) => en.has(w) || fr.has(w) || neutral.has(w));
  return {
    en,
    fr,
    functionWords: new Set([...wordsOf(EN_FUNCTION), ...wordsOf(FR_FUNCTION)]),
    frStripped,
    neutral,
    foreign: wordsOf(FOREIGN),
    foreignLetters: new RegExp(`[${FOREIGN_LETTERS}]`, 'u'),
    enClitics: parseWeighted([EN_CLITICS, 2]),
    frElisions: parseWeighted([FR_ELISIONS, 3]),
    enPatterns: parsePatterns(EN_PATTERNS),
    frPatterns: parsePatterns(FR_PATTERNS),
    ngrams: ngramTable(plainWords(fr, neutral), plainWords(en, neutral)),
  };
}
