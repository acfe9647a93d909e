// `npm run bench:lang`: accuracy, abstention and calibration of detectLanguage on the
// shared English/French language-identification benchmark (../shared/bench/langid).
// The benchmark stays outside the repository; without it this script skips.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { detectLanguage, type Lang, type LangGuess } from '../lang/index.js';

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

export function findBenchDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.INGEST_BENCH_DIR) return resolve(env.INGEST_BENCH_DIR);
  const here = dirname(fileURLToPath(import.meta.url));
  const roots = [projectRoot(here), process.cwd()].filter((r): r is string => r !== undefined);
  const candidates = roots.map((root) => resolve(root, '..', BENCH_SUBDIR));
  return candidates.find((dir) => existsSync(dir) && statSync(dir).isDirectory());
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

function main(): void {
  const dir = findBenchDir();
  if (dir === undefined) {
    console.log('bench:lang skipped: ../shared/bench/langid not found (set INGEST_BENCH_DIR to point at it)');
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

  console.log(`bench:lang on ${dir}\n`);
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
