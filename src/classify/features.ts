/**
 * Context-free facts about one unit: shape (length, punctuation, case), function-word
 * density, and the lexicon cues it carries. Computed once per unit; every rule reads these.
 */
import { cuesOf, splitBadges, type Cue } from '../lexicon/index.js';
import { STOPWORDS_EN, STOPWORDS_FR } from '../lexicon/stopwords.js';
import { parseDateText, type ParsedDate } from '../assemble/dates.js';
import type { Unit } from '../types.js';
import { narrow } from '../text/letters.js';

export interface Features {
  words: number;
  chars: number;
  /** Share of function words, the higher of the English and French counts. */
  stopRatio: number;
  /** Ends like a sentence: . ! ? … possibly followed by closing quotes or brackets. */
  endsSentence: boolean;
  /** Ends with a full stop (headlines rarely do). */
  endsWithPeriod: boolean;
  /** Starts like the continuation of the line before: lower case or , ; : ) . */
  startsContinuation: boolean;
  startsUpper: boolean;
  cues: ReadonlySet<Cue>;
  badges: Array<{ text: string; cue: 'badge' | 'image-badge' }> | null;
  date: ParsedDate | null;
  /** Reads like a paragraph of a story. */
  prose: boolean;
  /** Could be a headline or a subheading: a handful of words, no closing full stop. */
  headlineLike: boolean;
  hashtags: boolean;
  url: boolean;
}




/** A question short enough to be a headline: "Can the north-east win the race?". */
export function isShortQuestion(text: string, f: Pick<Features, 'words' | 'startsUpper'>): boolean {
  return f.words <= 16 && /\?["”»’]?$/u.test(text.trim()) && f.startsUpper;
}

/** An item of a list: "• a free water test", "- 420 jobs", "2. conditionner…". */
export const BULLET = /^(?:[•·▪◦●■*–—-]|\d{1,2}[.)])\s+\S/u;

const TOKEN_RE = narrow(/[\p{L}\p{N}]+['’]?/gu);
const HAS_LETTER = narrow(/\p{L}/u);
/** A bare domain ("lesoleil.com"); ASCII only, so no case-folding of Unicode is needed. */
const DOMAIN = /[a-z0-9]\.(?:com|fr|ca|be|ch|org|net|co)\b/i;

/** Most tokens start with an ASCII or Latin-1 letter: no regex needed to know they are words. */
function startsWithLetter(token: string): boolean {
  const c = token.charCodeAt(0);
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}
const CLOSERS = `"'”’»)\\]\\u00a0\\u202f `;
const ENDS_SENTENCE = new RegExp(`[.!?…][${CLOSERS}]*$`, 'u');
const ENDS_PERIOD = new RegExp(`[.…][${CLOSERS}]*$`, 'u');

export function featuresOf(unit: Unit): Features {
  const text = unit.text;
  // One pass over the tokens: count the words (tokens with a letter) and the function words.
  let words = 0;
  let en = 0;
  let fr = 0;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const raw = m[0];
    if (!startsWithLetter(raw) && !HAS_LETTER.test(raw)) continue;
    words++;
    const t = raw.toLowerCase().replace('’', "'");
    if (STOPWORDS_EN.has(t)) en++;
    if (STOPWORDS_FR.has(t)) fr++;
  }
  const stopRatio = words === 0 ? 0 : Math.max(en, fr) / words;
  const endsSentence = ENDS_SENTENCE.test(text);
  const endsWithPeriod = ENDS_PERIOD.test(text) && !/\b[A-Z]\.$/u.test(text);
  const first = text.replace(/^[\s"'“”«»‘’(\[—–-]+/u, '');
  const startsContinuation = /^[,;:)\].…]/u.test(text) || /^\p{Ll}/u.test(text);
  const startsUpper = /^[\p{Lu}\p{N}]/u.test(first);
  const cues = cuesOf(text);
  const badges = words <= 14 ? splitBadges(text) : null;
  const date = words <= 20 ? parseDateText(text, 'und') : null;
  const hashtags = /^(#[\p{L}\p{N}_-]+[\s,]*)+$/u.test(text.trim());
  const url = text.includes('://') || text.includes('www.') || DOMAIN.test(text);
  const prose = isProse(words, stopRatio, endsSentence, text);
  const headlineLike =
    !prose && words >= 2 && words <= 30 && !endsWithPeriod && !/:\s*$/u.test(text) && (startsUpper || /^["“«‘']/u.test(text)) && !url;
  return {
    words,
    chars: text.length,
    stopRatio,
    endsSentence,
    endsWithPeriod,
    startsContinuation,
    startsUpper,
    cues,
    badges,
    date,
    prose,
    headlineLike,
    hashtags,
    url,
  };
}

/**
 * jusText's test, tuned for dumps: enough words and enough function words, or a shorter
 * complete sentence. A headline has few function words and no full stop.
 */
function isProse(words: number, stopRatio: number, endsSentence: boolean, text: string): boolean {
  if (words >= 25) return stopRatio >= 0.12;
  // Below that, a paragraph ends like a sentence; a headline does not.
  if (words >= 10) return endsSentence && stopRatio >= 0.1;
  if (words >= 6) return endsSentence && stopRatio >= 0.2 && !/^[\p{Lu}\s\p{P}]+$/u.test(text);
  return false;
}
