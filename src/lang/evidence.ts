// Gathers the evidence of a whole text: per-token votes weighted by how much a token
// can be trusted (names, acronyms), franc's trigram margin, and French typography.

import { francMargin, FRANC_WINDOW } from './franc.js';
import type { Lexicon } from './lexicon.js';
import { normalizeText, removeNoise, shapeOf, tokenize, type Shape, type Token } from './tokenize.js';
import { isKnownWord, lexiconNet, wordEvidence } from './words.js';

export interface Evidence {
  /** Word-list votes (listed words, inflections, elisions, clitics), positive for French. */
  lexical: number;
  /** Spelling-pattern votes of unlisted words. */
  spelling: number;
  /** Letter-ngram votes of unlisted words. */
  ngram: number;
  /** franc's margin (see francMargin), positive for French. */
  franc: number;
  /** French spacing before `!?;:` and guillemets, positive for French. */
  typography: number;
  /** Tokens that voted and are not names, acronyms or shared words. */
  informative: number;
  /** Word tokens seen (names included). */
  words: number;
  /** Tokens that look like a third language. */
  foreign: number;
}

/** How far a vote is trusted given the token's casing. */
interface Trust {
  listed: number;
  spelling: number;
}

const FULL: Trust = { listed: 1, spelling: 1 };
/** Mid-sentence capitals are mostly names: `Pierre`, `Will`, `Nice`. */
const NAME: Trust = { listed: 0.5, spelling: 0.15 };
const SENTENCE_START: Trust = { listed: 1, spelling: 0.6 };
const TITLE_CASE: Trust = { listed: 0.8, spelling: 0.5 };
const ACRONYM: Trust = { listed: 0.2, spelling: 0 };
const IGNORED: Trust = { listed: 0, spelling: 0 };

/** Prefixes written with a hyphen in both languages (`non-`, `anti-`, `ex-`). */
const NEUTRAL_PREFIXES = new Set(['non', 'anti', 'ex', 'pro', 'post', 'co', 'semi', 'multi', 'mini', 'micro', 'vice', 'néo', 'neo']);
/** The euphonic `t` of French inversions: `a-t-il`, `va-t-on`. */
const INVERSION_T = 3;
/** `I` is always capitalised yet is a function word, not a name. */
const PRONOUN_I = -3;

/** Past this size, a few windows stand for the whole text: enough evidence, bounded cost. */
const FULL_SCAN_LIMIT = 1_500;
const SAMPLE_WINDOW = 500;

interface Context {
  titleCase: boolean;
  shouting: boolean;
}

interface Vote {
  listed: number;
  spelling: number;
  ngram: number;
  /** Some evidence from a word that is not a name, an acronym or a shared word. */
  informative: boolean;
  foreign: boolean;
}

const NO_VOTE: Vote = { listed: 0, spelling: 0, ngram: 0, informative: false, foreign: false };
/** Votes below this size do not make a text decidable on their own. */
const INFORMATIVE = 0.5;
/** The n-gram vote is on a larger scale (a sum over a word's n-grams). */
const INFORMATIVE_NGRAM = 1;

function listedVote(listed: number): Vote {
  return { ...NO_VOTE, listed, informative: Math.abs(listed) >= INFORMATIVE };
}

function sum(a: Vote, b: Vote): Vote {
  return {
    listed: a.listed + b.listed,
    spelling: a.spelling + b.spelling,
    ngram: a.ngram + b.ngram,
    informative: a.informative || b.informative,
    foreign: a.foreign || b.foreign,
  };
}

export function sampleText(text: string): string {
  if (text.length <= FULL_SCAN_LIMIT) return text;
  const middle = Math.floor((text.length - SAMPLE_WINDOW) / 2);
  return [text.slice(0, SAMPLE_WINDOW), text.slice(middle, middle + SAMPLE_WINDOW), text.slice(-SAMPLE_WINDOW)].join('\n');
}

/** All letters upper-case: lower-case it and trust capitals no more than anything else. */
export function isShouting(tokens: readonly Token[]): boolean {
  let letters = 0;
  let shouted = 0;
  for (const token of tokens) {
    letters += token.raw.length;
    if (token.allCaps) shouted += token.raw.length;
  }
  return letters >= 2 && shouted / letters >= 0.9;
}

/** English headline style (`Trump Signs Order On Fentanyl`): capitals stop meaning names. */
export function isTitleCase(tokens: readonly Token[]): boolean {
  const inner = tokens.filter((t) => !t.sentenceStart && t.raw.length >= 4 && !t.allCaps);
  if (inner.length < 3) return false;
  return inner.filter((t) => t.capitalized).length / inner.length >= 0.8;
}

function trustOf(shape: Shape, sentenceStart: boolean, ctx: Context): Trust {
  if (shape.mixedCase) return IGNORED;
  if (ctx.shouting) return FULL;
  if (shape.allCaps) return ACRONYM;
  if (!shape.capitalized) return FULL;
  if (sentenceStart) return SENTENCE_START;
  return ctx.titleCase ? TITLE_CASE : NAME;
}

function voteWord(lex: Lexicon, raw: string, sentenceStart: boolean, ctx: Context): Vote {
  const trust = trustOf(shapeOf(raw), sentenceStart, ctx);
  const evidence = wordEvidence(lex, raw.toLowerCase());
  const listed = evidence.listed * trust.listed;
  const spelling = evidence.spelling * trust.spelling;
  const ngram = evidence.ngram * trust.spelling;
  const byList = trust.listed >= 0.5 && Math.abs(listed) >= INFORMATIVE;
  const bySpelling = trust.spelling >= 0.5 && (Math.abs(spelling) >= INFORMATIVE || Math.abs(ngram) >= INFORMATIVE_NGRAM);
  return {
    listed,
    spelling,
    ngram,
    informative: byList || bySpelling,
    foreign: evidence.source === 'foreign' && trust.spelling >= 0.5,
  };
}

/** `l'économie`, `qu'il`, `Trump's`, `don't`: the clitic votes, the host word votes too. */
function voteApostrophe(lex: Lexicon, token: Token, ctx: Context): Vote {
  const cut = token.raw.indexOf("'");
  const head = token.raw.slice(0, cut);
  const tail = token.raw.slice(cut + 1);
  const elision = lex.frElisions.get(head.toLowerCase());
  if (elision !== undefined && tail !== '') {
    const trust = shapeOf(head).allCaps && !ctx.shouting ? ACRONYM.listed : 1;
    return sum(listedVote(elision * trust), voteWord(lex, tail, false, ctx));
  }
  const clitic = lex.enClitics.get(tail.toLowerCase());
  if (clitic !== undefined && head !== '') {
    return sum(listedVote(-clitic), voteWord(lex, head, token.sentenceStart, ctx));
  }
  return sum(voteWord(lex, head, token.sentenceStart, ctx), voteWord(lex, tail, false, ctx));
}

function voteHyphenated(lex: Lexicon, token: Token, ctx: Context): Vote {
  const parts = token.raw.split('-');
  let total = NO_VOTE;
  parts.forEach((part, i) => {
    const lower = part.toLowerCase();
    if (i === 0 && parts.length > 1 && NEUTRAL_PREFIXES.has(lower)) return;
    if (lower === 't' && i > 0 && i < parts.length - 1) {
      total = sum(total, listedVote(INVERSION_T));
      return;
    }
    const start = token.sentenceStart && i === 0;
    const vote = part.includes("'")
      ? voteApostrophe(lex, { raw: part, lower, ...shapeOf(part), sentenceStart: start }, ctx)
      : voteWord(lex, part, start, ctx);
    total = sum(total, vote);
  });
  return total;
}

export function voteToken(lex: Lexicon, token: Token, ctx: Context): Vote {
  if (token.raw === 'I') return listedVote(PRONOUN_I);
  const whole = token.raw.includes("'") || token.raw.includes('-') ? lexiconNet(lex, token.lower) : undefined;
  if (whole !== undefined) {
    const trust = trustOf(token, token.sentenceStart, ctx);
    return listedVote(whole * trust.listed);
  }
  if (token.raw.includes('-')) return voteHyphenated(lex, token, ctx);
  if (token.raw.includes("'")) return voteApostrophe(lex, token, ctx);
  return voteWord(lex, token.raw, token.sentenceStart, ctx);
}

/** French sets `!`, `?`, `;`, `:` and `»` off with a space; English does not. */
export function typographyScore(text: string): number {
  const spaced = (text.match(/[\p{L}\p{N}][ \u00A0\u202F][!?;:»](?=\s|$)/gu) ?? []).length;
  const guillemets = (text.match(/«/g) ?? []).length;
  return Math.min(2, 0.7 * spaced + 1 * guillemets);
}

/**
 * What franc reads: words that are not names or codes, so they do not sway it. A
 * sentence-initial capital may still be a name, so franc's margin is scaled by how far
 * the letters it read can be trusted.
 */
function francEvidence(tokens: readonly Token[], votes: readonly Vote[], ctx: Context): number {
  const words: string[] = [];
  let length = 0;
  let trusted = 0;
  tokens.forEach((token, i) => {
    if (length > FRANC_WINDOW) return;
    const trust = trustOf(token, token.sentenceStart, ctx);
    if (trust.spelling < 0.5 || votes[i]?.foreign) return;
    words.push(token.lower);
    length += token.lower.length + 1;
    trusted += token.lower.length * trust.spelling;
  });
  const read = length - words.length;
  return read > 0 ? francMargin(words.join(' ')) * (trusted / read) : 0;
}

/** Capitalised, not a word the lists know (`Paris` is neutral), nor a foreign function word. */
function unlistedCapital(lex: Lexicon, token: Token | undefined): boolean {
  return token !== undefined && token.capitalized && !isKnownWord(lex, token.lower) && !lex.foreign.has(token.lower);
}

/**
 * `Donald Trump`, `Bill Clinton`, `Sundar Pichai`: a capitalised word that opens a
 * sentence and is followed by an unlisted capital is most likely a first name, even if
 * it is also a common word. Function words (`The Guardian`, `Le Monde`) are exempt.
 */
export function markNameRuns(lex: Lexicon, tokens: readonly Token[]): Token[] {
  return tokens.map((token, i) => {
    const next = tokens[i + 1];
    const opensName =
      token.sentenceStart &&
      token.capitalized &&
      !lex.functionWords.has(token.lower) &&
      !lex.foreign.has(token.lower) &&
      next !== undefined &&
      !next.sentenceStart &&
      unlistedCapital(lex, next);
    return opensName ? { ...token, sentenceStart: false } : token;
  });
}

/**
 * Whether franc's margin could still change the verdict, given the rest of the evidence.
 * franc costs more than everything else together (it builds a trigram table of the
 * text), and on a story of a few hundred words the word votes have long decided.
 */
export type FrancNeeded = (withoutFranc: Evidence) => boolean;

export function gatherEvidence(lex: Lexicon, text: string, francNeeded: FrancNeeded = () => true): Evidence {
  const cleaned = removeNoise(normalizeText(sampleText(text)));
  const tokens = markNameRuns(lex, tokenize(cleaned));
  const ctx: Context = { shouting: isShouting(tokens), titleCase: false };
  ctx.titleCase = !ctx.shouting && isTitleCase(tokens);
  const votes = tokens.map((token) => voteToken(lex, token, ctx));
  const evidence: Evidence = {
    lexical: 0,
    spelling: 0,
    ngram: 0,
    franc: 0,
    typography: typographyScore(cleaned),
    informative: 0,
    words: tokens.length,
    foreign: 0,
  };
  for (const vote of votes) {
    evidence.lexical += vote.listed;
    evidence.spelling += vote.spelling;
    evidence.ngram += vote.ngram;
    if (vote.informative) evidence.informative++;
    if (vote.foreign) evidence.foreign++;
  }
  if (francNeeded(evidence)) evidence.franc = francEvidence(tokens, votes, ctx);
  return evidence;
}
