// English/French language detection: franc's trigram verdict (restricted to eng/fra)
// combined with hand-written lexical evidence that franc lacks on short text.

import { combine, decide, francCanMatter } from './calibrate.js';
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

/**
 * The evidence behind a guess, for debugging and for the benchmark. franc is only run
 * where it could change the answer, unless `full` (fitting the weights needs it always).
 */
export function explainLanguage(text: string, options: { full?: boolean } = {}): LangExplanation {
  const needed = options.full ? () => true : francCanMatter;
  const evidence = gatherEvidence(getLexicon(), typeof text === 'string' ? text : '', needed);
  const score = combine(evidence);
  return { ...decide(evidence, score), evidence, score };
}

export function detectLanguage(text: string): LangGuess {
  const { lang, confidence } = explainLanguage(text);
  return { lang, confidence };
}
