/** The gold corpora in fixtures/: each input file beside its gold JSON in fixtures/gold/. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { Gold } from './score.js';

export interface GoldCase {
  set: string;
  path: string;
  gold: Gold;
}

export const GOLD_SETS = ['seeds', 'text', 'html', 'html-holdout', 'html-holdout2', 'html-holdout3', 'html-holdout4', 'html-holdout5', 'holdout', 'holdout2', 'holdout3', 'holdout4', 'holdout5', 'holdout6', 'holdout7', 'holdout8', 'holdout9', 'holdout10', 'holdout11', 'holdout12', 'holdout13', 'holdout14', 'holdout15', 'holdout16', 'holdout17', 'holdout18', 'holdout19', 'holdout20', 'holdout21', 'holdout22', 'holdout23', 'holdout24'] as const;

export function loadCases(root: string, sets: readonly string[] = GOLD_SETS): GoldCase[] {
  const cases: GoldCase[] = [];
  for (const set of sets) {
    const dir = join(root, 'fixtures', set);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!/\.(txt|html?)$/i.test(name)) continue;
      const goldPath = join(root, 'fixtures', 'gold', `${basename(name, extname(name))}.json`);
      if (!existsSync(goldPath)) continue;
      cases.push({ set, path: join(dir, name), gold: JSON.parse(readFileSync(goldPath, 'utf8')) as Gold });
    }
  }
  return cases;
}
