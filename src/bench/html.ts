/**
 * `npm run bench:html`: ingest and Mozilla Readability (+ linkedom) over the same public
 * benchmark pages in one run, each scored with the benchmark's own metric, with pages per
 * second. Reads ../shared/bench (never copied into the repository); skips when it is absent.
 *
 *   aeb   (Zyte's article-extraction benchmark): 4-token shingles of \p{L}\p{N}_ runs; per
 *         page TP/FP/FN over the multisets, each / (TP+FP+FN); precision is the mean over pages
 *         with a prediction, recall over pages with gold; F1 of the two means.
 *   teval (trafilatura's evaluation set): `with` snippets found = TP, not found = FN,
 *         `without` snippets found = FP, summed over pages; F1 = 2TP / (2TP + FP + FN).
 *
 * aeb is timed twice for each extractor: the first pass includes the JIT's warm-up, the second
 * is the rate a long batch settles at.
 *
 * Options: --set aeb|teval (default both), --only ingest (skip Readability), --limit N,
 * --json (figures as JSON), --worst N (the N worst aeb pages for ingest, for debugging).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH, ingestExtractor, loadAeb, readabilityExtractor, readPages, timeAll } from './shared-bench.js';

// ---------------------------------------------------------------- aeb

const TOKEN = /[\p{L}\p{N}_]+/gu;

function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  for (let i = 0; i + 4 <= tokens.length; i++) {
    const key = tokens.slice(i, i + 4).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

interface PageScore {
  id: string;
  tp: number;
  fp: number;
  fn: number;
}

function aebScore(pred: string, gold: string, id: string): PageScore {
  const p = shingles(pred);
  const g = shingles(gold);
  let tp = 0;
  let pTotal = 0;
  let gTotal = 0;
  for (const n of p.values()) pTotal += n;
  for (const n of g.values()) gTotal += n;
  for (const [k, n] of p) tp += Math.min(n, g.get(k) ?? 0);
  return { id, tp, fp: pTotal - tp, fn: gTotal - tp };
}

function aebAggregate(scores: PageScore[]): { f1: number; precision: number; recall: number } {
  // The benchmark divides each count by TP+FP+FN and computes precision and recall from
  // those fractions: P = tp/(tp+fp), R = tp/(tp+fn) of the normalized counts.
  const pr = scores
    .map((s) => {
      const all = s.tp + s.fp + s.fn;
      return all === 0 ? null : { tp: s.tp / all, fp: s.fp / all, fn: s.fn / all };
    })
    .filter((x): x is { tp: number; fp: number; fn: number } => x !== null);
  const pList = pr.filter((x) => x.tp + x.fp > 0).map((x) => x.tp / (x.tp + x.fp));
  const rList = pr.filter((x) => x.tp + x.fn > 0).map((x) => x.tp / (x.tp + x.fn));
  const precision = mean(pList);
  const recall = mean(rList);
  return { f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), precision, recall };
}

function mean(xs: number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
}

// ---------------------------------------------------------------- teval

interface TevalPage {
  id: string;
  lang: 'en' | 'fr';
  with: string[];
  without: string[];
}

function loadTeval(limit: number): TevalPage[] {
  const pages: TevalPage[] = [];
  for (const lang of ['en', 'fr'] as const) {
    const ids = readFileSync(join(BENCH, 'teval', `${lang}.ids`), 'utf8').split('\n').map((s) => s.trim()).filter(Boolean);
    for (const id of ids.slice(0, limit)) {
      const gold = JSON.parse(readFileSync(join(BENCH, 'teval', 'gold', `${id}.json`), 'utf8')) as { with?: string[]; without?: string[] };
      pages.push({ id, lang, with: gold.with ?? [], without: gold.without ?? [] });
    }
  }
  return pages;
}

const fold = (s: string) => s.replace(/\s+/gu, ' ').trim();

function tevalCounts(body: string, page: TevalPage): { tp: number; fn: number; fp: number } {
  const text = fold(body);
  let tp = 0;
  let fn = 0;
  let fp = 0;
  for (const w of page.with) if (text.includes(fold(w))) tp++;
  else fn++;
  for (const w of page.without) if (text.includes(fold(w))) fp++;
  return { tp, fn, fp };
}

// ---------------------------------------------------------------- run

interface Row {
  extractor: string;
  set: string;
  pages: number;
  f1: number;
  precision: number;
  recall: number;
  pagesPerSecond: number;
  /** aeb only: a second pass over the same pages, once the code is compiled and optimized. */
  warmPagesPerSecond?: number;
}

function main(): void {
  const args = process.argv.slice(2);
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  if (!existsSync(BENCH)) {
    console.log(`bench:html: skipped, no benchmark data at ${BENCH} (../shared/bench is not part of the repository)`);
    return;
  }
  const sets = (opt('--set') ?? 'aeb,teval').split(',');
  const limit = Number(opt('--limit') ?? Infinity);
  const worst = Number(opt('--worst') ?? 0);
  const extractors = [ingestExtractor()];
  if (opt('--only') !== 'ingest') {
    const r = readabilityExtractor();
    if (r) extractors.push(r);
    else console.log('bench:html: @mozilla/readability or linkedom not installed; ingest only');
  }
  const rows: Row[] = [];
  if (sets.includes('aeb')) {
    const pages = loadAeb(limit);
    const inputs = readPages('aeb', pages);
    for (const ex of extractors) {
      const { outputs, seconds } = timeAll(inputs, (x) => ex.extract(x.html, x.bytes, x.page.id));
      // The first pass includes the JIT's warm-up (a one-off run of 181 pages pays it); the
      // second is the rate a long batch settles at. Both extractors get the same two passes.
      const warm = timeAll(inputs, (x) => ex.extract(x.html, x.bytes, x.page.id));
      const scores = outputs.map((o, i) => aebScore(o, inputs[i]!.page.gold, inputs[i]!.page.id));
      rows.push({ extractor: ex.name, set: 'aeb', pages: pages.length, ...aebAggregate(scores), pagesPerSecond: pages.length / seconds, warmPagesPerSecond: pages.length / warm.seconds });
      if (worst > 0 && ex.name === 'ingest') {
        const ranked = scores
          .map((s) => ({ id: s.id, p: s.tp / Math.max(1, s.tp + s.fp), r: s.tp / Math.max(1, s.tp + s.fn) }))
          .sort((a, b) => a.p + a.r - (b.p + b.r));
        for (const w of ranked.slice(0, worst)) console.log(`worst ${w.id} P=${w.p.toFixed(2)} R=${w.r.toFixed(2)}`);
      }
    }
  }
  if (sets.includes('teval')) {
    const pages = loadTeval(limit);
    const inputs = readPages('teval', pages);
    for (const ex of extractors) {
      const { outputs, seconds } = timeAll(inputs, (x) => ex.extract(x.html, x.bytes, x.page.id));
      for (const lang of ['fr', 'en'] as const) {
        const sum = { tp: 0, fn: 0, fp: 0 };
        let n = 0;
        outputs.forEach((o, i) => {
          const page = inputs[i]!.page;
          if (page.lang !== lang) return;
          n++;
          const c = tevalCounts(o, page);
          sum.tp += c.tp;
          sum.fn += c.fn;
          sum.fp += c.fp;
          if (worst > 0 && ex.name === 'ingest' && (c.fn > 0 || c.fp > 0)) console.log(`teval ${lang} ${page.id} fn=${c.fn} fp=${c.fp}`);
        });
        const precision = sum.tp / Math.max(1, sum.tp + sum.fp);
        const recall = sum.tp / Math.max(1, sum.tp + sum.fn);
        rows.push({
          extractor: ex.name,
          set: `teval-${lang}`,
          pages: n,
          f1: (2 * sum.tp) / Math.max(1, 2 * sum.tp + sum.fp + sum.fn),
          precision,
          recall,
          pagesPerSecond: inputs.length / seconds,
        });
      }
    }
  }
  if (args.includes('--json')) {
    console.log(JSON.stringify(rows, null, 2));
    return;
  }
  console.log('| extractor | set | pages | F1 | precision | recall | pages/s | pages/s, 2nd pass |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const warm = r.warmPagesPerSecond === undefined ? '' : r.warmPagesPerSecond.toFixed(1);
    console.log(`| ${r.extractor} | ${r.set} | ${r.pages} | ${r.f1.toFixed(3)} | ${r.precision.toFixed(3)} | ${r.recall.toFixed(3)} | ${r.pagesPerSecond.toFixed(1)} | ${warm} |`);
  }
  const ours = rows.find((r) => r.extractor === 'ingest' && r.set === 'aeb');
  const theirs = rows.find((r) => r.extractor !== 'ingest' && r.set === 'aeb');
  if (ours && theirs) {
    const cold = (ours.pagesPerSecond / theirs.pagesPerSecond).toFixed(2);
    const warm = ((ours.warmPagesPerSecond ?? 0) / (theirs.warmPagesPerSecond ?? 1)).toFixed(2);
    console.log(`\naeb speed: ingest ${cold}x Readability + linkedom on the first pass, ${warm}x on the second (one process, same pages, same run)`);
  }
}

main();
