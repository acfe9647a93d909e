/**
 * What the benchmarks that read ../shared/bench have in common: where that folder is, the
 * extractors compared on its pages (ingest, and Mozilla Readability on linkedom as the peer),
 * loading the pages, and timing one extractor over them in this process. `bench:html` scores
 * the outputs; `bench` (throughput) only times them. The pages are never copied into the
 * repository: they are read where they are, and a benchmark skips when the folder is absent.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { ingest } from '../ingest.js';

/** INGEST_BENCH_DIR if set, else ../shared/bench beside the folder the benchmark is run from. */
export const BENCH = resolve(process.env.INGEST_BENCH_DIR ?? join(process.cwd(), '..', 'shared', 'bench'));

export interface Extractor {
  name: string;
  extract: (html: string, bytes: Buffer, id: string) => string;
}

export function ingestExtractor(): Extractor {
  return { name: 'ingest', extract: (_html, bytes, id) => ingest(bytes, { path: `${id}.html`, format: 'html' }).body };
}

/** Readability + linkedom, or null when those dev dependencies are not installed. */
export function readabilityExtractor(): Extractor | null {
  const require = createRequire(import.meta.url);
  try {
    const { Readability } = require('@mozilla/readability') as { Readability: new (doc: unknown) => { parse(): { textContent?: string } | null } };
    const { parseHTML } = require('linkedom') as { parseHTML: (html: string) => { document: unknown } };
    return {
      name: 'Readability 0.6 + linkedom',
      extract: (html) => {
        const { document } = parseHTML(html);
        return new Readability(document).parse()?.textContent ?? '';
      },
    };
  } catch {
    return null;
  }
}

export interface AebPage {
  id: string;
  gold: string;
}

/** aeb's pages in id order, with their gold story text. */
export function loadAeb(limit = Infinity): AebPage[] {
  const truth = JSON.parse(readFileSync(join(BENCH, 'aeb', 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  return Object.keys(truth)
    .sort()
    .slice(0, limit)
    .map((id) => ({ id, gold: truth[id]!.articleBody ?? '' }));
}

/** The pages' bytes, read before any timing starts (ingest takes bytes, Readability a string). */
export function readPages<P extends { id: string }>(set: string, pages: P[]): Array<{ page: P; bytes: Buffer; html: string }> {
  return pages.map((page) => {
    const bytes = readFileSync(join(BENCH, set, 'html', `${page.id}.html`));
    return { page, bytes, html: bytes.toString('utf8') };
  });
}

/** Runs fn over every item in this thread; a throw counts as an empty output, not a stop. */
export function timeAll<T>(items: T[], fn: (item: T) => string): { outputs: string[]; seconds: number } {
  const outputs: string[] = [];
  const t0 = process.hrtime.bigint();
  for (const item of items) {
    try {
      outputs.push(fn(item));
    } catch {
      outputs.push('');
    }
  }
  return { outputs, seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
}
