/**
 * Compiles the phrase data once and answers "which cues does this line carry?".
 * Matching is language-agnostic on purpose: an English page often wears a French cookie
 * banner, and the classifier, not the lexicon, decides what a cue means in context.
 */
import { PHRASES, type Cue, type PhraseRule } from './phrases.js';
import { LiteralIndex, requiredLiterals } from './literals.js';
import { hasCreditShape } from './credits.js';
import { narrow, narrowSource } from '../text/letters.js';

export type { Cue } from './phrases.js';

interface CompiledRule {
  cue: Cue;
  mode: PhraseRule['mode'];
  re: RegExp | null;
  vocab: Set<string> | null;
  maxWords: number;
  /** Texts one of which the line must contain for `re` to have a chance (literals.ts). */
  literals: string[] | null;
}

const WORD_RE = narrow(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu);

/** Apostrophes straightened, spaces folded, lower case: the form patterns are written for. */
export function matchForm(text: string): string {
  return text
    .replace(/[’‘`´]/g, "'")
    .replace(/[\u00a0\u202f]+/gu, ' ')
    .replace(/ {3,}/g, '  ')
    .trim()
    .toLowerCase();
}

/** Decorations around a line that do not change what it says ("À lire aussi :", "> Related"). */
function stripDecorations(form: string): string {
  // The lookbehind starts the trailing run at its first character only: without it, a long
  // run of dots would be retried from each of its positions.
  return form.replace(/^[\s\-–—•·*>»›|#▶►■●◆✓→]+/u, '').replace(/(?<![\s:.\-–—>»›|•·…!▼▶►→])[\s:.\-–—>»›|•·…!▼▶►→]+$/u, '');
}

export function wordCount(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD_RE)) n++;
  return n;
}

let compiled: CompiledRule[] | null = null;

export function compileRules(rules: readonly PhraseRule[]): CompiledRule[] {
  return rules.map((rule) => {
    const maxWords = rule.maxWords ?? Number.POSITIVE_INFINITY;
    if (rule.mode === 'words') {
      return { cue: rule.cue, mode: rule.mode, re: null, vocab: new Set(rule.pattern.split(' ')), maxWords, literals: null };
    }
    if (rule.mode === 'regex') return { cue: rule.cue, mode: rule.mode, re: new RegExp(narrowSource(rule.pattern), 'iu'), vocab: null, maxWords, literals: null };
    const src =
      rule.mode === 'line'
        ? `^(?:${rule.pattern})$`
        : rule.mode === 'start'
          ? `^(?:${rule.pattern})(?=[\\s:,.;\\-–—|»>(]|$)|^(?:${rule.pattern})(?<=[:|«»›>—-])`
          : // A word boundary after the phrase, unless the phrase itself ends on punctuation ("photo/").
            `(?:^|[^\\p{L}\\p{N}])(?:${rule.pattern})(?:(?<=[^\\p{L}\\p{N}])|(?=[^\\p{L}\\p{N}]|$))`;
    return { cue: rule.cue, mode: rule.mode, re: new RegExp(narrowSource(src), 'u'), vocab: null, maxWords, literals: requiredLiterals(rule.pattern) };
  });
}

let userRules: readonly PhraseRule[] = [];

/** The user's phrases installed now (handed to worker threads, which install them too). */
export function getUserRules(): readonly PhraseRule[] {
  return userRules;
}

/** A user's own phrases (the CLI's `--rules`), matched after the built-in ones; [] removes them. */
export function setUserRules(rules: readonly PhraseRule[]): void {
  userRules = rules;
  compiled = null;
  byCue = null;
  gates = null;
  CACHE.clear();
}

function rules(): CompiledRule[] {
  compiled ??= compileRules([...PHRASES, ...userRules]);
  return compiled;
}

const SEPARATORS = /[\s,|·•/:;()[\]]+|\s[-–—]\s/u;

/** Small words that may sit between the vocabulary words of a bar ("Copier le lien"). */
const GLUE = new Set(['le', 'la', 'les', "l'", 'the', 'this', 'cet', 'cette', 'ce', 'article', 'story', 'page', 'sur', 'on', 'via', 'à', 'to', 'my', 'mes', 'par', 'by', 'de', 'du', 'in', 'en', 'et', 'and', 'or', 'ou']);

function matchesWords(form: string, vocab: Set<string>, maxWords: number): boolean {
  const parts = form.split(SEPARATORS).filter((p) => p.length > 0);
  if (parts.length === 0 || parts.length > maxWords) return false;
  let strong = 0;
  for (const part of parts) {
    if (/^\d+$/.test(part) || GLUE.has(part)) continue;
    if (!vocab.has(part)) return false;
    strong++;
  }
  return strong > 0 && strong * 3 >= parts.length;
}

/**
 * Every cue the line carries. Words a dump glued together ("BookmarkShare", "Click to
 * playTap to play") are read both as they stand and parted at the case change, so that
 * brand names ("YouTube", "WhatsApp") still match as written.
 */
export function cuesOf(text: string): ReadonlySet<Cue> {
  // Several stages ask about the same line, and menus repeat from page to page in a batch:
  // answers are kept (a bounded cache) and shared, read-only.
  const known = CACHE.get(text);
  if (known) return known;
  const found = computeCues(text);
  if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
  CACHE.set(text, found);
  return found;
}

const CACHE = new Map<string, ReadonlySet<Cue>>();
const CACHE_LIMIT = 20_000;

const CASE_SEAM = narrow(/\p{Ll}\p{Lu}/u);
const CASE_SEAMS = narrow(/(\p{Ll})(\p{Lu})/gu);

function computeCues(text: string): Set<Cue> {
  const found = cuesOfForm(matchForm(text));
  // A credit glued to its caption ("…of cod and chipsCredit: Kennedy News"): only the case
  // change shows the seam, so this is read on the original text.
  if (hasCreditShape(text)) found.add('credit');
  if (CASE_SEAM.test(text)) {
    for (const cue of cuesOfForm(matchForm(text.replace(CASE_SEAMS, '$1 $2')))) found.add(cue);
  }
  return found;
}

interface Gates {
  line: RegExp | null;
  start: RegExp | null;
  /** Which rules have one of their literals in a line, by rule index (literals.ts). */
  literals: LiteralIndex;
}

let gates: Gates | null = null;

/**
 * One pattern per anchored match mode, the union of that mode's rules: most lines match no
 * line or start rule, and one test of the union tells so where a test per rule would cost
 * dozens of calls. (An unanchored union of the contains rules is slower than the rules one by
 * one behind their literal prefilter, so contains rules have no gate.)
 */
function gatesOf(compiledRules: CompiledRule[]): Gates {
  const union = (mode: PhraseRule['mode']): RegExp | null => {
    const sources = compiledRules.filter((r) => r.mode === mode && r.re).map((r) => `(?:${r.re!.source})`);
    return sources.length > 0 ? new RegExp(sources.join('|'), 'u') : null;
  };
  const entries = compiledRules.flatMap((r, id) => (r.literals ?? []).map((literal) => ({ literal, id })));
  return { line: union('line'), start: union('start'), literals: new LiteralIndex(entries) };
}

/** The longest line that whole-line phrases are tried on. */
const MAX_LINE_PHRASE = 200;

function cuesOfForm(form: string): Set<Cue> {
  const bare = stripDecorations(form);
  const words = wordCount(form);
  const found = new Set<Cue>();
  gates ??= gatesOf(rules());
  const open = {
    // Whole-line phrases are short (the longest in the fixtures has 39 characters); a longer
    // line is not tried against their union, whose backtracking a huge line could overflow.
    line: gates.line !== null && bare.length <= MAX_LINE_PHRASE && gates.line.test(bare),
    start: gates.start !== null && gates.start.test(form),
  };
  // A bilingual or combined line ("Accepter / Accept", "À lire aussi / Related"): a line
  // rule matches when every segment matches it.
  const segments = bare.split(SEGMENT_SEPARATOR).map(stripDecorations).filter((x) => x.length > 0);
  const present = gates.literals.idsIn(form);
  const all = rules();
  for (let r = 0; r < all.length; r++) {
    const rule = all[r]!;
    if (found.has(rule.cue) || words > rule.maxWords) continue;
    if ((rule.mode === 'line' || rule.mode === 'start') && !open[rule.mode]) continue;
    if (rule.literals && !present.has(r)) continue;
    if (rule.vocab) {
      if (matchesWords(bare, rule.vocab, rule.maxWords)) found.add(rule.cue);
    } else if (rule.mode === 'line') {
      if (rule.re!.test(bare)) found.add(rule.cue);
    } else if (rule.re!.test(form)) {
      found.add(rule.cue);
    }
  }
  if (segments.length > 1) {
    for (const [cue, lineRules] of lineRulesByCue()) {
      if (!found.has(cue) && segments.every((seg) => lineRules.some((r) => r.re!.test(seg)))) found.add(cue);
    }
  }
  if (!found.has('nav') && isMenuLine(bare, segments)) found.add('nav');
  // "Trending⇥Senators trade deadline: …⇥Freezing rain warning…": a site list flattened onto
  // one row, its header first. The header's cue is the row's, unless the row has one already
  // ("BREAKING NEWS  Storm warning…  Tap for latest" is a ticker).
  if (segments.length >= 3 && found.size === 0) {
    for (const cue of ROW_HEADERS) {
      if (!found.has(cue) && (lineRulesByCue().get(cue) ?? []).some((r) => r.re!.test(segments[0]!))) found.add(cue);
    }
  }
  return found;
}

/** Headers that may open a row of their own items. */
const ROW_HEADERS: readonly Cue[] = ['most-read', 'tags-header'];

let byCue: Map<Cue, CompiledRule[]> | null = null;

function lineRulesByCue(): Map<Cue, CompiledRule[]> {
  if (!byCue) {
    byCue = new Map();
    for (const rule of rules()) {
      if (rule.mode !== 'line') continue;
      if (!byCue.has(rule.cue)) byCue.set(rule.cue, []);
      byCue.get(rule.cue)!.push(rule);
    }
  }
  return byCue;
}

const SEGMENT_SEPARATOR = /\s+[/|·•]\s+|\s*[>›»]\s+|\s{2,}/u;

/**
 * A breadcrumb or a menu row: three or more short segments between separators
 * ("Accueil > Actualités > Gatineau", "News | Sport | Weather"), or two with ">" between.
 */
function isMenuLine(bare: string, segments: string[]): boolean {
  if (segments.length < 2 || segments.some((s) => wordCount(s) > 4)) return false;
  return segments.length >= 3 || /\s[>›]\s/u.test(bare);
}

/** Where a `start` rule of this cue matches, the text after the marker (for "Lire aussi : X"). */
export function afterMarker(text: string, cue: Cue): { marker: string; rest: string } | null {
  const form = matchForm(text);
  for (const rule of rules()) {
    if (rule.cue !== cue || rule.mode !== 'start' || !rule.re) continue;
    const m = rule.re.exec(form);
    if (!m) continue;
    // The form has the same length as the text up to space folding; find the cut on the original.
    const cut = originalOffset(text, m[0].length);
    const sep = /^[\s:,.;\-–—|»>]*/u.exec(text.slice(cut))![0];
    return { marker: text.slice(0, cut + sep.length).trim(), rest: text.slice(cut + sep.length).trim() };
  }
  return null;
}

/** Maps an offset in matchForm(text) back to text, whose runs of spaces may be longer. */
function originalOffset(text: string, formOffset: number): number {
  const lead = text.length - text.trimStart().length;
  let i = lead;
  let f = 0;
  while (i < text.length && f < formOffset) {
    if (/\s/u.test(text[i]!)) {
      while (i < text.length && /\s/u.test(text[i]!)) i++;
    } else {
      i++;
    }
    f++;
  }
  return i;
}

/**
 * Splits a line made of badges only ("Rapporté par l'IA Image générée par IA Vérifié par des
 * faits") into its badges; null when anything else is on the line.
 */
export function splitBadges(text: string): Array<{ text: string; cue: 'badge' | 'image-badge' }> | null {
  const out: Array<{ text: string; cue: 'badge' | 'image-badge' }> = [];
  let rest = text.trim();
  let guard = 0;
  while (rest.length > 0 && guard++ < 12) {
    const hit = badgeAtStart(rest);
    if (!hit) return null;
    out.push({ text: rest.slice(0, hit.length).trim(), cue: hit.cue });
    rest = rest.slice(hit.length).replace(/^[\s|·•,/\-–—]+/u, '');
  }
  return rest.length === 0 && out.length > 0 ? out : null;
}

let badgeStarts: Array<{ cue: 'badge' | 'image-badge'; re: RegExp }> | null = null;

function badgeAtStart(text: string): { length: number; cue: 'badge' | 'image-badge' } | null {
  badgeStarts ??= PHRASES.filter((p) => p.cue === 'badge' || p.cue === 'image-badge').map((p) => ({
    cue: p.cue as 'badge' | 'image-badge',
    re: new RegExp(`^(?:${p.pattern})(?=[\\s|·•,/\\-–—]|$)`, 'iu'),
  }));
  const form = text.replace(/[’‘]/g, "'");
  let best: { length: number; cue: 'badge' | 'image-badge' } | null = null;
  for (const { cue, re } of badgeStarts) {
    const m = re.exec(form);
    if (m && (!best || m[0].length > best.length)) best = { length: m[0].length, cue };
  }
  return best;
}
