/**
 * `npm run eval`: scores every gold fixture and prints a per-file table and totals per set.
 * `npm run eval -- --set holdout` limits the sets; `--json` prints the scores as JSON.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { ingest } from '../ingest.js';
import { GOLD_SETS, loadCases } from './corpus.js';
import { scoreRecord, totals, type FileScore } from './score.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const setArg = args.indexOf('--set');
const sets = setArg >= 0 ? (args[setArg + 1] ?? '').split(',') : [...GOLD_SETS];
const root = process.cwd();
const cases = loadCases(root, sets);
const bySet = new Map<string, FileScore[]>();
for (const c of cases) {
  const record = ingest(readFileSync(c.path), { path: relative(root, c.path) });
  const score = scoreRecord(record, c.gold);
  if (!bySet.has(c.set)) bySet.set(c.set, []);
  bySet.get(c.set)!.push(score);
}

if (json) {
  console.log(JSON.stringify(Object.fromEntries([...bySet].map(([k, v]) => [k, { files: v, totals: totals(v) }])), null, 2));
} else {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  for (const [set, scores] of bySet) {
    console.log(`\n== ${set} (${scores.length} files)`);
    console.log('file'.padEnd(44), 'bodyF1  P      R      title lang related  stubLang leaks');
    for (const s of scores) {
      console.log(
        s.file.slice(0, 43).padEnd(44),
        s.bodyF1.toFixed(3).padEnd(7),
        s.bodyPrecision.toFixed(3).padEnd(6),
        s.bodyRecall.toFixed(3).padEnd(6),
        (s.titleOk ? 'ok' : 'NO').padEnd(5),
        (s.langOk ? 'ok' : 'NO').padEnd(4),
        `${s.relatedFound}/${s.relatedGold}${s.relatedExtra ? `+${s.relatedExtra}` : ''}`.padEnd(8),
        `${s.relatedLangOk}/${s.relatedFound}`.padEnd(8),
        s.leaks.length ? `${s.leaks.length}: ${s.leaks.map((l) => JSON.stringify(l.slice(0, 30))).join(' ')}` : '0',
      );
    }
  }
  console.log('\nTotals');
  for (const [set, scores] of bySet) {
    const t = totals(scores);
    console.log(
      `${set.padEnd(8)} files ${t.files}  body F1 mean ${t.meanBodyF1.toFixed(4)} (min ${t.minBodyF1.toFixed(3)})  titles ${pct(t.titles)}  lang ${pct(t.langs)}  ` +
        `related found ${t.relatedFound}/${t.relatedGold} (${pct(t.relatedGold ? t.relatedFound / t.relatedGold : 1)}), right lang ${t.relatedLangOk}/${t.relatedFound}  leaks ${t.leaks}/${t.absentTotal}`,
    );
  }
}
