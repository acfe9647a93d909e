// franc, loaded on first use. Its module builds trigram tables for ~400 languages when
// imported (about 25 ms), which the CLI's cold start should not pay before it needs a
// language; `require` of an ES module (Node >= 20.19) gives a synchronous lazy load.

import { createRequire } from 'node:module';

type FrancAll = typeof import('franc').francAll;

/** franc only ever reads this many characters. */
export const FRANC_WINDOW = 2048;

let francAll: FrancAll | null | undefined;

function loadFranc(): FrancAll | null {
  if (francAll === undefined) {
    try {
      const require = createRequire(import.meta.url);
      francAll = (require('franc') as typeof import('franc')).francAll;
    } catch {
      // Node without require(esm): detection goes on with the lexical evidence alone.
      francAll = null;
    }
  }
  return francAll;
}

export function francAvailable(): boolean {
  return loadFranc() !== null;
}

/**
 * franc's trigram verdict as a signed amount (positive for French). Its scores are
 * relative, so the gap to the runner-up is scaled by the sample length, giving roughly
 * "how many trigrams' worth" one language beats the other by.
 */
export function francMargin(sample: string): number {
  const run = loadFranc();
  if (run === null || sample.trim() === '') return 0;
  const ranked = run(sample, { only: ['eng', 'fra'], minLength: 1 });
  const [best, second] = ranked;
  if (best === undefined || second === undefined || best[0] === 'und') return 0;
  const gap = (1 - second[1]) * Math.min(sample.length, FRANC_WINDOW);
  return best[0] === 'fra' ? gap : -gap;
}
