export type Lang = 'en' | 'fr' | 'und';

export interface LangGuess {
  lang: Lang;
  /**
   * 0..1. For `en`/`fr`, the estimated probability that the guess is right. For `und`,
   * the same estimate for the better of the two (so at most UND_BELOW), or 0 when the
   * text holds no usable word at all.
   */
  confidence: number;
}
