/**
 * New text dumps made from the fixtures: a page keeps the layout of the fixture it is made
 * from (its header, its story's place, its footer), and gets other paragraphs of the same
 * language, in another order, more or fewer of them to reach its size, furniture lines added
 * or removed around the story, other numbers and other names.
 *
 * The parts are told apart by shape only (a long line ending a sentence is prose, a short
 * line of a few words without a full stop is furniture), never by `ingest`: see fixtures.ts.
 */
import { rotate, type Rng } from './prng.js';
import { namePool, pageRewriter, type NamePool } from './vary-words.js';
import type { FixtureSource, PageLang, PerLang } from './fixtures.js';

export interface TextPools {
  prose: PerLang<string[]>;
  furniture: PerLang<string[]>;
  names: PerLang<NamePool>;
}

export interface TextPage {
  /** The fixture's file name without its extension, to name the pages made from it. */
  stem: string;
  lang: PageLang;
  lines: string[];
}

function isProse(line: string): boolean {
  const t = line.trim();
  return t.length >= 140 && t.split(/\s+/).length >= 20 && /[.!?…»”"')]$/u.test(t);
}

function isFurniture(line: string): boolean {
  const t = line.trim();
  return t.length >= 3 && t.length <= 40 && t.split(/\s+/).length <= 5 && !/[.!?:]$/.test(t) && !/\d/.test(t);
}

/** A page as head (before the story), story (first to last prose line) and tail. */
function split(lines: readonly string[]): { head: string[]; story: string[]; tail: string[] } {
  const first = lines.findIndex(isProse);
  if (first < 0) return { head: [...lines], story: [], tail: [] };
  const last = lines.findLastIndex(isProse);
  return { head: lines.slice(0, first), story: lines.slice(first, last + 1), tail: lines.slice(last + 1) };
}

export function textPages(sources: readonly FixtureSource[]): TextPage[] {
  return sources
    .filter((s) => s.format === 'text')
    .map((s) => {
      const lines = s.content.split(/\r?\n/);
      while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop();
      return { stem: s.stem, lang: s.lang, lines };
    });
}

export function textPools(pages: readonly TextPage[]): TextPools {
  const pools: TextPools = {
    prose: { en: [], fr: [] },
    furniture: { en: [], fr: [] },
    names: { en: namePool([]), fr: namePool([]) },
  };
  for (const lang of ['en', 'fr'] as const) {
    const mine = pages.filter((p) => p.lang === lang);
    pools.prose[lang] = mine.flatMap((p) => p.lines.filter(isProse));
    // Furniture is looked for around the story only: a short line inside it may be a subheading.
    pools.furniture[lang] = [...new Set(mine.flatMap((p) => {
      const { head, tail } = split(p.lines);
      return [...head, ...tail].filter(isFurniture).map((l) => l.trim());
    }))].sort();
    pools.names[lang] = namePool(pools.prose[lang]);
  }
  return pools;
}

/** One new page from `base`, about `targetBytes` long, as the file's text. */
export function textVariant(base: TextPage, pools: TextPools, rng: Rng, targetBytes: number): string {
  const { head, story, tail } = split(base.lines);
  const donors = pools.prose[base.lang];
  const blankSeparated = base.lines.some((l) => l.trim() === '');
  // Paragraphs drawn from all the pages of the language, then all of them turned among their places.
  const places = story.flatMap((l, i) => (isProse(l) ? [i] : []));
  const swapped = places.map((i) => (donors.length > 0 && rng.chance(0.35) ? rng.pick(donors) : story[i]!));
  rotate(swapped, rng.int(Math.max(1, swapped.length))).forEach((l, k) => (story[places[k]!] = l));
  fitStory(story, bytesOf(head) + bytesOf(tail), blankSeparated, donors, rng, targetBytes);
  const furniture = pools.furniture[base.lang];
  const page = [...reFurnish(head, furniture, rng, 'top'), ...story, ...reFurnish(tail, furniture, rng, 'bottom')];
  return `${pageRewriter(pools.names[base.lang], rng)(page.join('\n'))}\n`;
}

const bytesOf = (lines: readonly string[]) => lines.reduce((n, l) => n + Buffer.byteLength(l) + 1, 0);

/** Paragraphs added to the story, or taken out of it, until the page is about the size wanted. */
function fitStory(story: string[], aroundBytes: number, blankSeparated: boolean, donors: readonly string[], rng: Rng, targetBytes: number): void {
  const paragraph = (line: string) => (blankSeparated ? ['', line] : [line]);
  let size = aroundBytes + bytesOf(story);
  while (size < targetBytes && donors.length > 0) {
    const added = paragraph(rng.pick(donors));
    const proseAt = story.flatMap((l, i) => (isProse(l) ? [i + 1] : []));
    story.splice(proseAt.length > 0 ? rng.pick(proseAt) : story.length, 0, ...added);
    size += bytesOf(added);
  }
  for (;;) {
    const proseAt = story.flatMap((l, i) => (i > 0 && isProse(l) ? [i] : []));
    if (size <= targetBytes + 800 || proseAt.length < 3) break;
    const at = rng.pick(proseAt);
    const from = blankSeparated && story[at - 1]?.trim() === '' ? at - 1 : at;
    size -= bytesOf(story.splice(from, at - from + 1));
  }
}

/** Furniture lines dropped (one in seven) and up to two taken from other pages put in. */
function reFurnish(lines: readonly string[], furniture: readonly string[], rng: Rng, end: 'top' | 'bottom'): string[] {
  const kept = lines.filter((l) => !(isFurniture(l) && rng.chance(0.15)));
  const count = furniture.length > 0 ? rng.int(3) : 0;
  for (let i = 0; i < count; i++) {
    // At the top, anywhere in the header; at the bottom, after the story's last line.
    const at = end === 'top' ? rng.int(kept.length + 1) : rng.between(Math.min(1, kept.length), kept.length);
    kept.splice(at, 0, rng.pick(furniture));
  }
  return kept;
}
