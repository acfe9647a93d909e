// English/French language detection: franc's trigram verdict (restricted to eng/fra)
// combined with hand-written lexical evidence that franc lacks on short text.

import { combine, decide } from './calibrate.js';
import { gatherEvidence, type Evidence } from './evidence.js';
import { buildLexicon, type Lexicon } from './lexicon.js';
import type { LangGuess } from './types.js';

export type { Lang, LangGuess } from './types.js';
export type { Evidence } from './evidence.js';

export interface LangExplanation extends LangGuess {
  evidence: Evidence;
  /** Combined log-odds, positive for French. */
  score: number;
}

let lexicon: Lexicon | undefined;

/** Built on the first call, not at import: the CLI's cold start does not pay for it. */
function getLexicon(): Lexicon {
  lexicon ??= buildLexicon();
  return lexicon;
}

/** The evidence behind a guess, for debugging and for the benchmark. */
export function explainLanguage(text: string): LangExplanation {
  const evidence = gatherEvidence(getLexicon(), typeof text === 'string' ? text : '');
  const score = combine(evidence);
  return { ...decide(evidence, score), evidence, score };
}

export function detectLanguage(text: string): LangGuess {
  const { lang, confidence } = explainLanguage(text);
  return { lang, confidence };
}
