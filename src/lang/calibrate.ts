// Turns the evidence into one log-odds score and a calibrated confidence.

import type { Evidence } from './evidence.js';
import type { LangGuess } from './types.js';

/**
 * Weights of a logistic model p(fr) = σ(score). Fitted (maximum likelihood) on held-out
 * English/French text that is neither the benchmark nor the word lists' source: software
 * message catalogues and manual pages of this machine, 1 to 40 words long. See
 * `npm run bench:lang` for how they hold on the benchmark.
 */
export const WEIGHTS = {
  lexical: 1.262,
  spelling: 0.605,
  ngram: 0.108,
  franc: 0.104,
  typography: 0.728,
};

/** Below this probability for the better language, the honest answer is "undecided". */
export const UND_BELOW = 0.55;
/** Confidence never reaches 1: the data behind it is finite. */
const MAX_CONFIDENCE = 0.9999;

export function combine(evidence: Evidence): number {
  return (
    WEIGHTS.lexical * evidence.lexical +
    WEIGHTS.spelling * evidence.spelling +
    WEIGHTS.ngram * evidence.ngram +
    WEIGHTS.franc * squash(evidence.franc) +
    WEIGHTS.typography * evidence.typography
  );
}

/**
 * franc's margin grows with the length of what it read, but its errors on mid-length
 * text are as large as its successes: a logarithm keeps it a voice among others.
 */
function squash(margin: number): number {
  return Math.sign(margin) * Math.log1p(Math.abs(margin));
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
  if (evidence.informative === 0 && evidence.typography === 0) return { lang: 'und', confidence: 0 };
  const p = sigmoid(Math.abs(score));
  const confidence = Math.min(MAX_CONFIDENCE, 0.5 + (p - 0.5) * foreignShrink(evidence));
  if (confidence < UND_BELOW || score === 0) return { lang: 'und', confidence: round(confidence) };
  return { lang: score > 0 ? 'fr' : 'en', confidence: round(confidence) };
}

function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
