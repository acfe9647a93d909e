/**
 * `--rules FILE`: a user's own furniture phrases and patterns, per language and kind:
 *
 *   { "fr": { "newsletter": ["Recevez notre infolettre"], "share": [{ "pattern": "^Partager sur" }] },
 *     "en": { "ad": ["Sponsored by"] } }
 *
 * The file is checked whole before any input is read, and every problem is reported with the
 * key path that holds it (`fr.newsletter[1]`), so that a typo costs one run, not a batch. The
 * result is lexicon rules of the built-in kinds' cues: the classifier treats a user's line like
 * a built-in cue of that kind (removed inside the story for ads, share bars, newsletter boxes…,
 * ending the story for footers, comment headers, most-read lists).
 */
import { CUE_KIND } from '../classify/context.js';
import type { Cue, PhraseRule } from '../lexicon/phrases.js';
import type { FurnitureKind } from '../types.js';

export interface ParsedRules {
  rules: PhraseRule[];
  /** `key.path: what is wrong`, in file order; empty when the file is good. */
  errors: string[];
}

const LANGS = ['en', 'fr', 'any'] as const;

/** Each furniture kind's cue, the first one the classifier maps to it (cookie-banner: cookie). */
const KIND_CUE: ReadonlyMap<FurnitureKind, Cue> = (() => {
  const m = new Map<FurnitureKind, Cue>();
  for (const [cue, kind] of Object.entries(CUE_KIND) as Array<[Cue, FurnitureKind]>) if (!m.has(kind)) m.set(kind, cue);
  return m;
})();

export const RULE_KINDS: readonly FurnitureKind[] = [...KIND_CUE.keys()].sort();

const MAX_PHRASE = 200;
const MAX_PATTERN = 500;

export function parseRules(json: unknown): ParsedRules {
  const rules: PhraseRule[] = [];
  const errors: string[] = [];
  if (!isPlainObject(json)) return { rules, errors: ['(top level): expected an object keyed by language (en, fr, any)'] };
  for (const [lang, kinds] of Object.entries(json)) {
    if (!(LANGS as readonly string[]).includes(lang)) {
      errors.push(`${lang}: unknown language (use ${LANGS.join(', ')})`);
      continue;
    }
    if (!isPlainObject(kinds)) {
      errors.push(`${lang}: expected an object keyed by furniture kind (${RULE_KINDS.join(', ')})`);
      continue;
    }
    for (const [kind, entries] of Object.entries(kinds)) {
      const cue = KIND_CUE.get(kind as FurnitureKind);
      const at = `${lang}.${kind}`;
      if (!cue) {
        errors.push(`${at}: unknown furniture kind (use ${RULE_KINDS.join(', ')})`);
        continue;
      }
      if (!Array.isArray(entries)) {
        errors.push(`${at}: expected a list of phrases and {"pattern": …} objects`);
        continue;
      }
      entries.forEach((entry: unknown, i) => {
        const where = `${at}[${i}]`;
        const result = typeof entry === 'string' ? phraseRules(entry) : patternRule(entry);
        if (typeof result === 'string') errors.push(`${where}: ${result}`);
        else for (const r of result) rules.push({ ...r, cue, lang: lang as PhraseRule['lang'] });
      });
    }
  }
  return { rules: errors.length > 0 ? [] : rules, errors };
}

type RuleShape = Pick<PhraseRule, 'mode' | 'pattern'>;

/** A phrase matches a whole line (decorations such as "»" and ":" allowed) or a line's start. */
function phraseRules(phrase: string): RuleShape[] | string {
  const p = phrase.trim();
  if (!/[\p{L}\p{N}]/u.test(p)) return 'a phrase needs at least one letter or digit';
  if (p.length > MAX_PHRASE) return `phrase longer than ${MAX_PHRASE} characters`;
  const pattern = foldedPattern(p);
  return [
    { mode: 'line', pattern },
    { mode: 'start', pattern },
  ];
}

function patternRule(entry: unknown): RuleShape[] | string {
  if (!isPlainObject(entry) || typeof entry.pattern !== 'string' || Object.keys(entry).length !== 1) {
    return 'expected a phrase (a string) or {"pattern": "a regular expression"}';
  }
  const pattern = entry.pattern;
  if (pattern.length > MAX_PATTERN) return `pattern longer than ${MAX_PATTERN} characters`;
  let re: RegExp;
  try {
    re = new RegExp(pattern, 'iu');
  } catch (e) {
    return `pattern does not compile: ${(e as Error).message}`;
  }
  const nested = nestedQuantifier(pattern);
  if (nested) return `pattern has a nested quantifier (${nested}), which can take exponential time on some lines; rewrite it without a repeated group that itself repeats`;
  if (re.test('')) return 'pattern matches an empty line, so it would match every line';
  return [{ mode: 'regex', pattern }];
}

/**
 * The first quantified group that holds a quantifier itself — `(a+)+`, `(\w*\s?)*`, `(x{2,})+` —
 * the shape behind catastrophic backtracking. A heuristic: it reads escapes and character
 * classes, not every corner of the syntax, and it rejects some safe patterns rather than let
 * one dangerous pattern through.
 */
export function nestedQuantifier(pattern: string): string | null {
  const groups: Array<{ start: number; quantified: boolean }> = [];
  let lastGroup: { start: number; quantified: boolean } | null = null;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '[') {
      // Skip the class: "]" right after "[" or "[^" is a literal.
      let j = i + 1;
      if (pattern[j] === '^') j++;
      if (pattern[j] === ']') j++;
      while (j < pattern.length && pattern[j] !== ']') j += pattern[j] === '\\' ? 2 : 1;
      i = j;
      lastGroup = null;
      continue;
    }
    if (ch === '(') {
      groups.push({ start: i, quantified: false });
      lastGroup = null;
      continue;
    }
    if (ch === ')') {
      lastGroup = groups.pop() ?? null;
      if (lastGroup && groups.length > 0 && lastGroup.quantified) groups[groups.length - 1]!.quantified = true;
      const q = quantifierAt(pattern, i + 1);
      if (q && lastGroup?.quantified) return pattern.slice(lastGroup.start, i + 1 + q);
      if (q && groups.length > 0) groups[groups.length - 1]!.quantified = true;
      if (q) i += q;
      continue;
    }
    const q = quantifierAt(pattern, i);
    if (q && groups.length > 0) groups[groups.length - 1]!.quantified = true;
    if (q) i += q - 1;
    lastGroup = null;
  }
  return null;
}

/** Length of a repeating quantifier (`*`, `+`, `{n,}`, `{n,m}` with m > 1, lazy or not) at i, else 0. */
function quantifierAt(s: string, i: number): number {
  const ch = s[i];
  let n = 0;
  if (ch === '*' || ch === '+') n = 1;
  else if (ch === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(i, i + 24));
    if (!m || (m[2] === undefined && Number(m[1]) <= 1) || (m[3] !== undefined && m[3] !== '' && Number(m[3]) <= 1)) return 0;
    n = m[0].length;
  } else return 0;
  return s[i + n] === '?' ? n + 1 : n;
}

/**
 * A phrase as a pattern for the lexicon's matcher, which sees the line lower-cased with its
 * apostrophes straightened and its spaces folded: here the phrase is brought to that form,
 * and each letter also accepts its accented forms ("Integration" matches "Intégration",
 * "À lire" matches "A lire").
 */
export function foldedPattern(phrase: string): string {
  const base = phrase.toLowerCase().replace(/[’‘`´]/g, "'").normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  let out = '';
  for (const ch of base) {
    if (/\s/u.test(ch)) {
      if (!out.endsWith(' +')) out += ' +';
      continue;
    }
    const variants = ACCENTED.get(ch);
    out += variants ? `[${ch}${variants}]` : ch.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
  }
  return out;
}

/** Lower-case Latin letters with diacritics, by their base letter (e: éèêëēĕėęě). */
const ACCENTED: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (let cp = 0xc0; cp <= 0x24f; cp++) {
    const ch = String.fromCodePoint(cp).toLowerCase();
    const bare = ch.normalize('NFD').replace(/\p{M}/gu, '');
    if (bare !== ch && /^[a-z]$/.test(bare) && !(m.get(bare) ?? '').includes(ch)) m.set(bare, (m.get(bare) ?? '') + ch);
  }
  return m;
})();

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
