// Evidence carried by one lower-case word, independent of where it stands. Positive
// values favour French, negative English, in rough log-odds units.

import { letterNgrams, type Lexicon, type PatternSet } from './lexicon.js';

export type WordSource = 'lexicon' | 'inflection' | 'pattern' | 'neutral' | 'foreign' | 'none';

export interface WordEvidence {
  /** Vote of the word lists (listed word or a recognised inflection). */
  listed: number;
  /** Vote of the hand-written spelling patterns. */
  spelling: number;
  /** Vote of the letter n-gram table learnt from the lists. */
  ngram: number;
  source: WordSource;
}

/** A word recognised through a stem is likelier to be a false friend than a listed form. */
const INFLECTION_FACTOR = 0.7;
/** Spelling cues overlap (`ée$` and `é` in one word): their sum is capped. */
const PATTERN_CAP = 3.5;
const MIN_STEM = 3;
const NGRAM_CAP = 12;

export function lexiconNet(lex: Lexicon, word: string): number | undefined {
  if (lex.neutral.has(word)) return 0;
  const en = lex.en.get(word);
  const fr = lex.fr.get(word);
  if (en !== undefined || fr !== undefined) return (fr ?? 0) - (en ?? 0);
  return lex.frStripped.get(word);
}

type StemAdder = (stem: string, ...tails: string[]) => void;

/** Collects `stem + tail` candidates, skipping stems too short to mean anything. */
function collector(out: string[]): StemAdder {
  return (stem, ...tails) => {
    if (stem.length < MIN_STEM) return;
    for (const tail of tails) out.push(stem + tail);
  };
}

/** `stopp` → `stop`: English doubles a final consonant before -ed and -ing. */
function undouble(stem: string): string {
  return /([bdfglmnprtz])\1$/.test(stem) ? stem.slice(0, -1) : stem;
}

/** Candidate dictionary forms of an English inflected or derived word. */
export function englishBases(w: string): string[] {
  const out: string[] = [];
  const add = collector(out);
  const cut = (n: number): string => w.slice(0, -n);
  if (w.endsWith('ies')) add(cut(3), 'y');
  if (w.endsWith('es')) add(cut(2), '');
  if (w.endsWith('s') && !w.endsWith('ss')) add(cut(1), '');
  if (w.endsWith('ied')) add(cut(3), 'y');
  if (w.endsWith('ed')) {
    add(cut(2), '', 'e');
    add(undouble(cut(2)), '');
  }
  if (w.endsWith('ing')) {
    add(cut(3), '', 'e');
    add(undouble(cut(3)), '');
  }
  if (w.endsWith('ily')) add(cut(3), 'y');
  if (w.endsWith('ly')) add(cut(2), '', 'e');
  if (w.endsWith('er')) add(cut(2), '', 'e');
  if (w.endsWith('est')) add(cut(3), '', 'e');
  if (w.endsWith('ness')) add(cut(4), '');
  return out;
}

const FR_IMPERFECT_PRESENT = ['aient', 'ait', 'ais', 'ant', 'ons', 'ez'];
const FR_FUTURE_ER = ['eraient', 'erait', 'eront', 'erons', 'erez', 'era'];
const FR_IR_FORMS = ['iraient', 'irait', 'iront', 'ira', 'issent', 'issait', 'issant', 'it', 'is'];
const FR_PARTICIPLES = ['ées', 'ée', 'és', 'é'];

/** Candidate dictionary forms of a French inflected word (plural, feminine, verb forms). */
export function frenchBases(w: string): string[] {
  const out: string[] = [];
  const add = collector(out);
  const cut = (n: number): string => w.slice(0, -n);
  if (/[sx]$/.test(w)) add(cut(1), '');
  // Present tense of -er verbs (`sauve`, `sauves`, `sauvent`) and feminine/plural forms.
  if (w.endsWith('es')) add(cut(2), '', 'er');
  if (w.endsWith('e')) add(cut(1), '', 'er');
  if (w.endsWith('ent')) {
    add(cut(3), 'er');
    add(cut(2), '');
  }
  for (const ending of FR_PARTICIPLES) if (w.endsWith(ending)) add(cut(ending.length), 'er', 'e');
  for (const ending of FR_IMPERFECT_PRESENT) if (w.endsWith(ending)) add(cut(ending.length), 'er', 're', 'ir');
  for (const ending of FR_FUTURE_ER) if (w.endsWith(ending)) add(cut(ending.length), 'er');
  for (const ending of FR_IR_FORMS) if (w.endsWith(ending)) add(cut(ending.length), 'ir');
  if (w.endsWith('ement')) add(cut(5), 'e', '');
  if (w.endsWith('ment')) add(cut(4), '');
  return out;
}

function bestBase(lex: Lexicon, bases: string[], table: 'en' | 'fr'): number {
  let best = 0;
  for (const base of bases) {
    if (lex.neutral.has(base)) continue;
    const direct = table === 'en' ? lex.en.get(base) : lex.fr.get(base) ?? lex.frStripped.get(base);
    const other = table === 'en' ? lex.fr.get(base) : lex.en.get(base);
    // A base both languages list (e.g. `son`, `car`) says little about its inflections.
    const weight = (direct ?? 0) - (other ?? 0) / 2;
    if (weight > best) best = weight;
  }
  return best;
}

/** A word the lists vote on, directly or through one of its inflections. */
export function isKnownWord(lex: Lexicon, word: string): boolean {
  return Boolean(lexiconNet(lex, word)) || inflectionNet(lex, word) !== undefined;
}

export function inflectionNet(lex: Lexicon, word: string): number | undefined {
  const en = bestBase(lex, englishBases(word), 'en');
  const fr = bestBase(lex, frenchBases(word), 'fr');
  if (en === 0 && fr === 0) return undefined;
  return INFLECTION_FACTOR * (fr - en);
}

/** Longest matching prefix and suffix plus every matching infix, capped. */
export function patternScore(set: PatternSet, word: string): number {
  let total = 0;
  for (let n = Math.min(set.maxSuffix, word.length - 1); n >= 1; n--) {
    const weight = set.suffix.get(word.slice(-n));
    if (weight !== undefined) {
      total += weight;
      break;
    }
  }
  for (let n = Math.min(set.maxPrefix, word.length - 1); n >= 1; n--) {
    const weight = set.prefix.get(word.slice(0, n));
    if (weight !== undefined) {
      total += weight;
      break;
    }
  }
  for (const [infix, weight] of set.infix) if (word.includes(infix)) total += weight;
  return Math.min(total, PATTERN_CAP);
}

/** Naive-Bayes sum over the word's letter n-grams, capped: long words are not surer. */
export function ngramScore(table: Map<string, number>, word: string): number {
  let sum = 0;
  for (const gram of letterNgrams(word)) sum += table.get(gram) ?? 0;
  return Math.max(-NGRAM_CAP, Math.min(NGRAM_CAP, sum));
}

const NOTHING = { listed: 0, spelling: 0, ngram: 0 };

function computeEvidence(lex: Lexicon, word: string): WordEvidence {
  const listed = lexiconNet(lex, word);
  if (listed !== undefined) return { ...NOTHING, listed, source: listed === 0 ? 'neutral' : 'lexicon' };
  if (lex.foreign.has(word) || lex.foreignLetters.test(word)) return { ...NOTHING, source: 'foreign' };
  if (word.length < 2) return { ...NOTHING, source: 'none' };
  const spelling = patternScore(lex.frPatterns, word) - patternScore(lex.enPatterns, word);
  const ngram = ngramScore(lex.ngrams, word);
  const inflected = inflectionNet(lex, word);
  if (inflected !== undefined) return { listed: inflected, spelling, ngram, source: 'inflection' };
  return { listed: 0, spelling, ngram, source: 'pattern' };
}

/** Long stories repeat their words; past this many the memo starts over (memory bound). */
const MEMO_LIMIT = 50_000;
const memos = new WeakMap<Lexicon, Map<string, WordEvidence>>();

export function wordEvidence(lex: Lexicon, word: string): WordEvidence {
  let memo = memos.get(lex);
  if (memo === undefined) memos.set(lex, (memo = new Map()));
  let evidence = memo.get(word);
  if (evidence === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    evidence = computeEvidence(lex, word);
    memo.set(word, evidence);
  }
  return evidence;
}
