// Splits text into the word tokens the detector weighs, after removing what carries no
// language (URLs, e-mail addresses, handles, hashtags, numbers).

export interface Token {
  /** The token as written (NFC, apostrophes unified). */
  raw: string;
  lower: string;
  /** First letter upper-case, at least one lower-case letter after it. */
  capitalized: boolean;
  /** Two or more letters, all upper-case: an acronym unless the whole text shouts. */
  allCaps: boolean;
  /** `iPhone`, `camelCase`: a brand or code, never evidence. */
  mixedCase: boolean;
  /** First word of the text or of a sentence, where capitals say nothing about names. */
  sentenceStart: boolean;
}

const APOSTROPHES = /[\u2019\u2018\u02BC\u00B4\u0060\u2032]/g;
const URL = /\b(?:https?:\/\/|ftp:\/\/|www\.)\S+/giu;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
const HANDLE_OR_TAG = /(?:^|(?<=[\s(]))[@#][\p{L}\p{N}_]+/gu;
const BARE_DOMAIN = /\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|fr|uk|io|gov|edu|info|be|ch|ca|eu|co)\b(?:\/\S*)?/giu;
const HAS_DOMAIN_END = /\.(?:com|org|net|fr|uk|io|gov|edu|info|be|ch|ca|eu|co)\b/i;
/** Letters with inner apostrophes or hyphens, so that `l'économie` and `peut-être` stay whole. */
const WORD = /\p{L}[\p{L}\p{M}]*(?:['\-][\p{L}][\p{L}\p{M}]*)*'?/gu;

export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(APOSTROPHES, "'");
}

/** 40+ characters without a blank and with digits or `/+=_`: a data URI, a hash, a path. */
const BLOB = /\S{40,}/g;
const BLOB_SIGN = /[\d/+=_]/;

/** The cheap tests first: most texts hold no `@`, `#` or `://` at all. */
export function removeNoise(text: string): string {
  let out = text.replace(BLOB, (run) => (BLOB_SIGN.test(run) ? ' ' : run));
  if (out.includes('://') || out.includes('www.')) out = out.replace(URL, ' ');
  if (out.includes('@')) out = out.replace(EMAIL, ' ');
  if (out.includes('@') || out.includes('#')) out = out.replace(HANDLE_OR_TAG, ' ');
  if (HAS_DOMAIN_END.test(out)) out = out.replace(BARE_DOMAIN, ' ');
  return out;
}

export interface Shape {
  capitalized: boolean;
  allCaps: boolean;
  /** A capital after a small letter: `iPhone`, `camelCase`, a blob of code, not prose. */
  mixedCase: boolean;
}

export function shapeOf(raw: string): Shape {
  let letters = 0;
  let upper = 0;
  let firstUpper: boolean | undefined;
  let innerCapital = false;
  let prevLower = false;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    let isUp: boolean;
    if (code < 0x80) {
      // ASCII, most of what is read: no string is built to learn the case.
      if (code >= 0x41 && code <= 0x5a) isUp = true;
      else if (code >= 0x61 && code <= 0x7a) isUp = false;
      else {
        prevLower = false;
        continue;
      }
    } else {
      const ch = raw[i]!;
      const lower = ch.toLowerCase();
      const up = ch.toUpperCase();
      if (lower === up) {
        prevLower = false;
        continue; // not a cased letter (apostrophe, hyphen, mark)
      }
      isUp = ch === up;
    }
    letters++;
    if (isUp) {
      upper++;
      if (prevLower) innerCapital = true;
    }
    firstUpper ??= isUp;
    prevLower = !isUp;
  }
  return {
    capitalized: firstUpper === true && upper < letters,
    allCaps: letters >= 2 && upper === letters,
    mixedCase: innerCapital,
  };
}

const BOUNDARY_CHARS = new Set([...'.!?…:;«"“„([•|–—-\'']);

/** Looks back past blanks: a line break, the start, or a closing mark opens a sentence. */
function isSentenceStart(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const ch = text[i] ?? '';
    if (ch === '\n' || ch === '\r') return true;
    if (ch === ' ' || ch === '\t' || ch === '\u00A0' || ch === '\u202F') continue;
    return BOUNDARY_CHARS.has(ch);
  }
  return true;
}

/** Numbers glued to letters (`2mg`, `COVID-19`, `15h30`) are codes, not words. */
function touchesDigit(text: string, start: number, end: number): boolean {
  const prev = text[start - 1] ?? '';
  const next = text[end] ?? '';
  const afterHyphen = next === '-' ? (text[end + 1] ?? '') : '';
  return /\d/.test(prev) || /\d/.test(next) || /\d/.test(afterHyphen);
}

/** Longer than any word worth weighing (`anticonstitutionnellement` is 25). */
const MAX_WORD = 30;

function isCode(text: string, start: number, raw: string): boolean {
  return raw.length > MAX_WORD || touchesDigit(text, start, start + raw.length);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index ?? 0;
    let raw = match[0];
    if (isCode(text, start, raw)) continue;
    if (raw.endsWith("'")) raw = raw.slice(0, -1);
    tokens.push({ raw, lower: raw.toLowerCase(), ...shapeOf(raw), sentenceStart: isSentenceStart(text, start) });
  }
  return tokens;
}
