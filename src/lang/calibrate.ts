// Turns the evidence into one log-odds score and a calibrated confidence.

import type { Evidence } from './evidence.js';
import type { LangGuess } from './types.js';

/**
 * Weights of a logistic model p(fr) = σ(score), fitted on held-out English/French text
 * that is not the benchmark (see the report in bench/lang.ts for how it holds there).
 */
export const WEIGHTS = {
  lexical: 1.47,
  spelling: 0.5,
  ngram: 0.2,
  franc: 0.039,
  typography: 0.92,
};

/** Below this probability for the better language, the honest answer is "undecided". */
export const UND_BELOW = 0.6;
/** Confidence never reaches 1: the data behind it is finite. */
const MAX_CONFIDENCE = 0.999;

export function combine(evidence: Evidence): number {
  return (
    WEIGHTS.lexical * evidence.lexical +
    WEIGHTS.spelling * evidence.spelling +
    WEIGHTS.ngram * evidence.ngram +
    WEIGHTS.franc * evidence.franc +
    WEIGHTS.typography * evidence.typography
  );
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
  if (evidence.informative === 0 && Math.abs(evidence.franc) < 1e-9) return { lang: 'und', confidence: 0 };
  const p = sigmoid(Math.abs(score));
  const confidence = Math.min(MAX_CONFIDENCE, 0.5 + (p - 0.5) * foreignShrink(evidence));
  if (confidence < UND_BELOW || score === 0) return { lang: 'und', confidence: round(confidence) };
  return { lang: score > 0 ? 'fr' : 'en', confidence: round(confidence) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
