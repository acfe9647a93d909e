// `npm run bench:lang`: accuracy, abstention and calibration of detectLanguage on the
// shared English/French language-identification benchmark (../shared/bench/langid).
// The benchmark stays outside the repository; without it this script skips.
//
// `node dist/bench/lang.js --fit DIR` refits the confidence model instead: DIR holds
// held-out lines in `en-*.txt` and `fr-*.txt` (never the benchmark, never the source of
// the word lists), and the script prints the weights to paste into lang/calibrate.ts.
// The shipped weights came from French/English gettext catalogues (msgid/msgstr pairs
// of /usr/share/locale/fr/LC_MESSAGES/*.mo, ISO-code catalogues left out) and manual-page
// sentences (/usr/share/man/fr versus the English pages), 1 to 40 words a line, with
// the untranslated English paragraphs of the French pages dropped.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { FEATURES, featureVector, hasLanguage, type Feature } from '../lang/calibrate.js';
import { francAvailable } from '../lang/franc.js';
import { detectLanguage, explainLanguage, type Lang, type LangGuess } from '../lang/index.js';

interface Item {
  text: string;
  gold: Exclude<Lang, 'und'>;
}

interface Outcome {
  gold: Exclude<Lang, 'und'>;
  guess: LangGuess;
}

const LANGS = ['en', 'fr'] as const;
const BENCH_SUBDIR = join('shared', 'bench', 'langid');
const BUCKETS = [0.5, 0.6, 0.7, 0.8, 0.9] as const;

/** The project root: the nearest folder above this script that holds package.json. */
function projectRoot(from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

function isDirectory(dir: string): boolean {
  return existsSync(dir) && statSync(dir).isDirectory();
}

/** INGEST_BENCH_DIR if set, else ../shared/bench/langid beside the project root or the cwd. */
function findBenchDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.INGEST_BENCH_DIR) {
    const dir = resolve(env.INGEST_BENCH_DIR);
    return isDirectory(dir) ? dir : undefined;
  }
  // Works from dist/bench/ and from any other build folder inside the project.
  const here = dirname(fileURLToPath(import.meta.url));
  const roots = [projectRoot(here), process.cwd()].filter((r): r is string => r !== undefined);
  return roots.map((root) => resolve(root, '..', BENCH_SUBDIR)).find(isDirectory);
}

function readLines(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Headline-length items that still hold function words. */
function firstWords(sentence: string, count = 3): string {
  return sentence.split(/\s+/).slice(0, count).join(' ');
}

function loadSets(dir: string): Map<string, Item[]> {
  const sets = new Map<string, Item[]>();
  const add = (name: string, gold: Item['gold'], texts: string[]): void => {
    const items = sets.get(name) ?? [];
    for (const text of texts) items.push({ text, gold });
    sets.set(name, items);
  };
  for (const gold of LANGS) {
    for (const kind of ['single-words', 'word-pairs', 'sentences']) {
      const file = join(dir, `${gold}-${kind}.txt`);
      if (existsSync(file)) add(kind, gold, readLines(file));
    }
    const sentences = join(dir, `${gold}-sentences.txt`);
    if (existsSync(sentences)) add('first-3-words', gold, readLines(sentences).map((s) => firstWords(s)));
    const tatoeba = join(dir, `tatoeba-short-${gold}.txt`);
    if (existsSync(tatoeba)) add('tatoeba-short', gold, readLines(tatoeba));
  }
  return sets;
}

function pct(part: number, whole: number): string {
  return whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)} %`;
}

function pad(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
}

function accuracyRows(name: string, outcomes: readonly Outcome[]): string[][] {
  const row = (label: string, subset: readonly Outcome[]): string[] => [
    label,
    String(subset.length),
    pct(subset.filter((o) => o.guess.lang === o.gold).length, subset.length),
    pct(subset.filter((o) => o.guess.lang === 'und').length, subset.length),
  ];
  return [row(name, outcomes), ...LANGS.map((l) => row(`  ${l}`, outcomes.filter((o) => o.gold === l)))];
}

function calibrationRows(outcomes: readonly Outcome[]): string[][] {
  const decided = outcomes.filter((o) => o.guess.lang !== 'und');
  return BUCKETS.map((low, i) => {
    const high = BUCKETS[i + 1] ?? 1.0001;
    const inBucket = decided.filter((o) => o.guess.confidence >= low && o.guess.confidence < high);
    const right = inBucket.filter((o) => o.guess.lang === o.gold).length;
    const mean = inBucket.reduce((s, o) => s + o.guess.confidence, 0) / (inBucket.length || 1);
    const label = `${low.toFixed(1)}-${Math.min(high, 1).toFixed(1)}`;
    return [label, String(inBucket.length), inBucket.length ? mean.toFixed(3) : '-', pct(right, inBucket.length)];
  });
}

/** Expected calibration error over the decided items, in the same buckets. */
function calibrationError(outcomes: readonly Outcome[]): number {
  const decided = outcomes.filter((o) => o.guess.lang !== 'und');
  let error = 0;
  BUCKETS.forEach((low, i) => {
    const high = BUCKETS[i + 1] ?? 1.0001;
    const bucket = decided.filter((o) => o.guess.confidence >= low && o.guess.confidence < high);
    if (bucket.length === 0) return;
    const acc = bucket.filter((o) => o.guess.lang === o.gold).length / bucket.length;
    const conf = bucket.reduce((s, o) => s + o.guess.confidence, 0) / bucket.length;
    error += (bucket.length / decided.length) * Math.abs(acc - conf);
  });
  return error;
}

interface Sample {
  x: number[];
  /** +1 for French, -1 for English. */
  y: number;
}

/** Solves a small dense system by Gaussian elimination with partial pivoting. */
function solve(matrix: number[][], rhs: number[]): number[] {
  const n = rhs.length;
  const a = matrix.map((row, i) => [...row, rhs[i] ?? 0]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r]?.[col] ?? 0) > Math.abs(a[pivot]?.[col] ?? 0)) pivot = r;
    [a[col], a[pivot]] = [a[pivot] ?? [], a[col] ?? []];
    const top = a[col] ?? [];
    for (let r = 0; r < n; r++) {
      const row = a[r] ?? [];
      if (r === col || (top[col] ?? 0) === 0) continue;
      const factor = (row[col] ?? 0) / (top[col] ?? 1);
      for (let c = col; c <= n; c++) row[c] = (row[c] ?? 0) - factor * (top[c] ?? 0);
    }
  }
  return a.map((row, i) => (row[n] ?? 0) / (row[i] || 1));
}

/** Logistic regression without intercept (no prior for either language), by Newton steps. */
function fitLogistic(samples: readonly Sample[], l2 = 1e-3): number[] {
  const d = FEATURES.length;
  let w = new Array<number>(d).fill(0.1);
  for (let step = 0; step < 100; step++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const { x, y } of samples) {
      const z = y * x.reduce((s, xi, i) => s + xi * (w[i] ?? 0), 0);
      const s = 1 / (1 + Math.exp(z));
      const h = s * (1 - s);
      for (let i = 0; i < d; i++) {
        grad[i] = (grad[i] ?? 0) - (y * (x[i] ?? 0) * s) / samples.length;
        const row = hess[i] ?? [];
        for (let j = 0; j < d; j++) row[j] = (row[j] ?? 0) + (h * (x[i] ?? 0) * (x[j] ?? 0)) / samples.length;
      }
    }
    for (let i = 0; i < d; i++) {
      grad[i] = (grad[i] ?? 0) + 2 * l2 * (w[i] ?? 0);
      const row = hess[i] ?? [];
      row[i] = (row[i] ?? 0) + 2 * l2;
    }
    const delta = solve(hess, grad);
    w = w.map((wi, i) => wi - (delta[i] ?? 0));
    if (Math.max(...delta.map(Math.abs)) < 1e-9) break;
  }
  return w;
}

/** Lines of the dev files, plus the first three words of the longer ones (headline length). */
function loadDevItems(dir: string): Item[] {
  const items: Item[] = [];
  for (const file of readdirSync(dir).sort()) {
    const gold = file.startsWith('en-') ? 'en' : file.startsWith('fr-') ? 'fr' : undefined;
    if (gold === undefined || !file.endsWith('.txt')) continue;
    for (const text of readLines(join(dir, file))) {
      items.push({ text, gold });
      if (text.split(/\s+/).length >= 6) items.push({ text: firstWords(text), gold });
    }
  }
  return items;
}

function fit(dir: string): void {
  const samples: Sample[] = [];
  for (const item of loadDevItems(dir)) {
    const { evidence } = explainLanguage(item.text, { full: true });
    if (hasLanguage(evidence)) samples.push({ x: featureVector(evidence), y: item.gold === 'fr' ? 1 : -1 });
  }
  if (samples.length === 0) {
    console.log(`bench:lang --fit: no en-*.txt / fr-*.txt lines in ${dir}`);
    return;
  }
  const weights = fitLogistic(samples);
  console.log(`fitted on ${samples.length} lines of ${dir}; paste into src/lang/calibrate.ts:\n`);
  console.log('export const WEIGHTS: Readonly<Record<Feature, number>> = {');
  FEATURES.forEach((name: Feature, i) => console.log(`  ${name}: ${(weights[i] ?? 0).toFixed(3)},`));
  console.log('};');
}

function main(): void {
  const fitAt = process.argv.indexOf('--fit');
  if (fitAt >= 0) {
    fit(resolve(process.argv[fitAt + 1] ?? '.'));
    return;
  }
  const dir = findBenchDir();
  if (dir === undefined) {
    const where = process.env.INGEST_BENCH_DIR ? `INGEST_BENCH_DIR=${process.env.INGEST_BENCH_DIR}` : '../shared/bench/langid';
    console.log(`bench:lang skipped: ${where} not found (set INGEST_BENCH_DIR to the langid folder)`);
    return;
  }
  const coldStart = performance.now();
  detectLanguage('warm up');
  const firstCall = performance.now() - coldStart;

  const sets = loadSets(dir);
  const results = new Map<string, Outcome[]>();
  let calls = 0;
  let shortCalls = 0;
  let shortTime = 0;
  const started = performance.now();
  for (const [name, items] of sets) {
    const outcomes: Outcome[] = [];
    for (const item of items) {
      const t0 = performance.now();
      const guess = detectLanguage(item.text);
      if (item.text.length <= 40) {
        shortTime += performance.now() - t0;
        shortCalls++;
      }
      calls++;
      outcomes.push({ gold: item.gold, guess });
    }
    results.set(name, outcomes);
  }
  const elapsed = (performance.now() - started) / 1000;

  console.log(`bench:lang on ${dir} (franc ${francAvailable() ? 'loaded' : 'UNAVAILABLE: lexical evidence only'})\n`);
  const widths = [16, 6, 9, 9];
  console.log(pad(['set', 'n', 'accuracy', 'und'], widths));
  for (const [name, outcomes] of results) for (const row of accuracyRows(name, outcomes)) console.log(pad(row, widths));

  const all = [...results.values()].flat();
  console.log(`\ncalibration (all sets, decided items; ECE ${calibrationError(all).toFixed(3)})`);
  const calWidths = [9, 7, 10, 9];
  console.log(pad(['conf', 'n', 'mean conf', 'accuracy'], calWidths));
  for (const row of calibrationRows(all)) console.log(pad(row, calWidths));
  for (const name of ['sentences', 'first-3-words', 'word-pairs']) {
    const outcomes = results.get(name);
    if (outcomes) console.log(`  ECE ${name}: ${calibrationError(outcomes).toFixed(3)}`);
  }

  console.log(`\nspeed: ${calls} items in ${elapsed.toFixed(2)} s = ${Math.round(calls / elapsed)} items/s`);
  if (shortCalls > 0) console.log(`       items <= 40 chars: ${Math.round(shortCalls / (shortTime / 1000))} items/s`);
  console.log(`       first call (loads franc and the word lists): ${firstCall.toFixed(1)} ms`);
}

main();
