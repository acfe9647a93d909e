// Turns the evidence into one log-odds score and a calibrated confidence.

import type { Evidence } from './evidence.js';
import { FRANC_WINDOW } from './franc.js';
import type { LangGuess } from './types.js';

/**
 * Weights of a logistic model p(fr) = σ(w · features). Fitted by maximum likelihood
 * (`node dist/bench/lang.js --fit DIR`) on held-out English/French text that is neither
 * the benchmark nor the source of the word lists: software message catalogues and
 * manual pages, 1 to 40 words a line. Refit whenever the word lists change much.
 */
export const WEIGHTS: Readonly<Record<Feature, number>> = {
  lexical: 1.289,
  spelling: 0.596,
  ngram: 0.108,
  franc: 0.082,
  typography: 0.908,
};

export const FEATURES = ['lexical', 'spelling', 'ngram', 'franc', 'typography'] as const;
export type Feature = (typeof FEATURES)[number];

/** Below this probability for the better language, the honest answer is "undecided". */
export const UND_BELOW = 0.55;
/** Confidence never reaches 1: the data behind it is finite. */
const MAX_CONFIDENCE = 0.9999;

/**
 * franc's margin grows with the length of what it read, but its errors on mid-length
 * text are as large as its successes: a logarithm keeps it a voice among others.
 */
function squash(margin: number): number {
  return Math.sign(margin) * Math.log1p(Math.abs(margin));
}

/** The model's inputs, in FEATURES order. */
export function featureVector(evidence: Evidence): number[] {
  return [evidence.lexical, evidence.spelling, evidence.ngram, squash(evidence.franc), evidence.typography];
}

/**
 * The most franc's term can add to the log-odds: its margin is at most the length it
 * reads (FRANC_WINDOW), squashed, and scaled by the share of trusted letters (≤ 1).
 */
export const FRANC_MAX_SWAY = Math.abs(WEIGHTS.franc) * Math.log1p(FRANC_WINDOW);
/** Log-odds past which the confidence is at its cap whatever franc says (σ(12) > 0.99999). */
const SETTLED = 12;

/**
 * Whether franc could still move the answer or its confidence (by more than 1e-5): no
 * when the word votes alone are past the cap by more than franc could ever take back.
 */
export function francCanMatter(withoutFranc: Evidence): boolean {
  return Math.abs(combine(withoutFranc)) < SETTLED + FRANC_MAX_SWAY;
}

/** Log-odds that the text is French rather than English. */
export function combine(evidence: Evidence, weights: Readonly<Record<Feature, number>> = WEIGHTS): number {
  const x = featureVector(evidence);
  return FEATURES.reduce((sum, name, i) => sum + weights[name] * (x[i] ?? 0), 0);
}

/** Whether the text holds anything but names, codes and shared words. */
export function hasLanguage(evidence: Evidence): boolean {
  return evidence.informative > 0 || evidence.typography > 0;
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** A third language among the words pulls the confidence back towards a coin flip. */
function foreignShrink(evidence: Evidence): number {
  const counted = evidence.informative + evidence.foreign;
  if (evidence.foreign === 0 || counted === 0) return 1;
  return (1 - evidence.foreign / counted) ** 2;
}

export function decide(evidence: Evidence, score: number): LangGuess {
  // Names, codes and shared words alone: whatever leaning they have is not language.
  if (!hasLanguage(evidence)) return { lang: 'und', confidence: 0 };
  const p = sigmoid(Math.abs(score));
  const confidence = Math.min(MAX_CONFIDENCE, 0.5 + (p - 0.5) * foreignShrink(evidence));
  if (confidence < UND_BELOW || score === 0) return { lang: 'und', confidence: round(confidence) };
  return { lang: score > 0 ? 'fr' : 'en', confidence: round(confidence) };
}

function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
