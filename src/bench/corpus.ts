/**
 * The benchmark corpus, written to a fresh folder under the system's temp folder and removed
 * by the caller at the end: N text dumps of about 5 KB and M web pages, all made from the
 * repository's fixtures with a seeded generator (same seed, same bytes; no network).
 *
 *   <root>/text/00 … text/09   the text dumps, a tenth in each folder: text/00 alone is the
 *                              subset whose peak memory is compared with the whole corpus,
 *                              and the folders in two halves are the shards of a two-process run
 *   <root>/html                the web pages
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Rng } from './prng.js';
import { loadFixtures, type FixtureSource } from './fixtures.js';
import { textPages, textPools, textVariant } from './text-variants.js';
import { htmlPools, htmlVariant } from './html-variants.js';

export interface CorpusRequest {
  fixturesDir: string;
  textPages: number;
  htmlPages: number;
  seed: number;
}

export interface CorpusPart {
  dir: string;
  files: number;
  bytes: number;
  /** One file of the part, for the cold-start runs. */
  sample: string;
}

export interface Corpus {
  root: string;
  text: CorpusPart;
  /** text/00, text/01…: a tenth of the text dumps each. */
  textFolders: CorpusPart[];
  html: CorpusPart;
  fixtures: number;
  seed: number;
  seconds: number;
}

/** The text dumps' sizes are drawn around 5 KB. */
const TEXT_BYTES = { min: 4300, max: 5900 };
const SUBSETS = 10;

export function generateCorpus(req: CorpusRequest): Corpus {
  const t0 = performance.now();
  const sources = loadFixtures(req.fixturesDir);
  const root = mkdtempSync(join(tmpdir(), 'ingest-bench-'));
  try {
    const rng = new Rng(req.seed);
    const text = writeTextPages(join(root, 'text'), sources, req.textPages, rng);
    const html = writeHtmlPages(join(root, 'html'), sources, req.htmlPages, rng);
    return { root, ...text, html, fixtures: sources.length, seed: req.seed, seconds: (performance.now() - t0) / 1000 };
  } catch (e) {
    removeCorpus(root);
    throw e;
  }
}

export function removeCorpus(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

const numbered = (i: number, stem: string, ext: string) => `${String(i).padStart(5, '0')}-${stem}${ext}`;

function writeTextPages(dir: string, sources: readonly FixtureSource[], count: number, rng: Rng): { text: CorpusPart; textFolders: CorpusPart[] } {
  const pages = textPages(sources);
  if (pages.length === 0 && count > 0) throw new Error('no text fixtures to make the corpus from');
  const pools = textPools(pages);
  const perFolder = Math.max(1, Math.ceil(count / SUBSETS));
  const text: CorpusPart = { dir, files: 0, bytes: 0, sample: '' };
  const textFolders: CorpusPart[] = [];
  for (let i = 0; i < count; i++) {
    // Every fixture in turn, so that each layout is as frequent as the others.
    const at = i % pages.length;
    if (i % perFolder === 0) {
      textFolders.push({ dir: join(dir, String(textFolders.length).padStart(2, '0')), files: 0, bytes: 0, sample: '' });
      mkdirSync(textFolders.at(-1)!.dir, { recursive: true });
    }
    const file = join(textFolders.at(-1)!.dir, numbered(i, pages[at]!.stem, '.txt'));
    const bytes = Buffer.from(textVariant(pages[at]!, pools, rng, rng.between(TEXT_BYTES.min, TEXT_BYTES.max)), 'utf8');
    writeFileSync(file, bytes);
    add(text, file, bytes.length);
    add(textFolders.at(-1)!, file, bytes.length);
  }
  return { text, textFolders };
}

function writeHtmlPages(dir: string, sources: readonly FixtureSource[], count: number, rng: Rng): CorpusPart {
  const bases = sources.filter((s) => s.format === 'html');
  if (bases.length === 0 && count > 0) throw new Error('no HTML fixtures to make the corpus from');
  const pools = htmlPools(sources);
  const part: CorpusPart = { dir, files: 0, bytes: 0, sample: '' };
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const base = bases[i % bases.length]!;
    const file = join(dir, numbered(i, base.stem, '.html'));
    const bytes = Buffer.from(htmlVariant(base, pools, rng), base.encoding);
    writeFileSync(file, bytes);
    add(part, file, bytes.length);
  }
  return part;
}

function add(part: CorpusPart, file: string, bytes: number): void {
  if (part.files === 0) part.sample = file;
  part.files++;
  part.bytes += bytes;
}
