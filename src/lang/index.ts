// PLACEHOLDER written by the pipeline engineer so the rest compiles; the language helper replaces this file.
import { francAll } from 'franc';
export type Lang = 'en' | 'fr' | 'und';
export interface LangGuess { lang: Lang; confidence: number }
export function detectLanguage(text: string): LangGuess {
  if (!/\p{L}{2}/u.test(text)) return { lang: 'und', confidence: 0 };
  const [best, second] = francAll(text, { only: ['eng', 'fra'], minLength: 1 });
  if (!best || best[0] === 'und') return { lang: 'und', confidence: 0 };
  const gap = 1 - (second?.[1] ?? 0);
  return { lang: best[0] === 'eng' ? 'en' : 'fr', confidence: Math.min(0.99, 0.5 + gap) };
}
