/**
 * New web pages made from the HTML fixtures: a page keeps its template (head, metadata,
 * scripts, the markup around its story) and gets other story paragraphs of the same
 * language, in another order, a nav, aside or footer box dropped or taken from another page,
 * and other numbers and names in its visible text.
 *
 * Regular expressions, not a parser, cut the pieces out: the corpus must not depend on the
 * HTML front end it measures. Only elements with no element of their own kind inside are
 * moved, so that the pages stay as well nested as the fixtures were.
 */
import { rotate, type Rng } from './prng.js';
import { namePool, pageRewriter, type NamePool } from './vary-words.js';
import { visibleText, type FixtureSource, type PerLang } from './fixtures.js';

export interface HtmlPools {
  paragraphs: PerLang<string[]>;
  boxes: PerLang<string[]>;
  names: PerLang<NamePool>;
}

const PARAGRAPH = /<p(?:\s[^>]*)?>[\s\S]*?<\/p>/gi;
const BOX = /<(nav|aside|footer)\b[^>]*>[\s\S]*?<\/\1>/gi;
/** What is not visible text: scripts, styles, comments, tags and entities (their digits are code points). */
const NOT_TEXT = /(<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>|<!--[\s\S]*?-->|<[^>]*>|&#?\w+;)/i;

const isStoryParagraph = (p: string) => !/<p\b/i.test(p.slice(2)) && visibleText(p).length >= 120;
const isMovableBox = (box: string, tag: string) => box.toLowerCase().indexOf(`<${tag.toLowerCase()}`, 1) < 0;

export function htmlPools(sources: readonly FixtureSource[]): HtmlPools {
  const pools: HtmlPools = { paragraphs: { en: [], fr: [] }, boxes: { en: [], fr: [] }, names: { en: namePool([]), fr: namePool([]) } };
  for (const lang of ['en', 'fr'] as const) {
    // Only UTF-8 pages give: a part moved into a Windows-1252 page would be mojibake.
    const mine = sources.filter((s) => s.format === 'html' && s.lang === lang && s.encoding === 'utf-8');
    pools.paragraphs[lang] = mine.flatMap((s) => [...s.content.matchAll(PARAGRAPH)].map((m) => m[0]).filter(isStoryParagraph));
    pools.boxes[lang] = mine.flatMap((s) => [...s.content.matchAll(BOX)].filter((m) => isMovableBox(m[0], m[1]!)).map((m) => m[0]));
    pools.names[lang] = namePool(pools.paragraphs[lang].map(visibleText));
  }
  return pools;
}

/** One new page from `base`, as the file's text (to be written in base.encoding). */
export function htmlVariant(base: FixtureSource, pools: HtmlPools, rng: Rng): string {
  // A Windows-1252 page keeps its own words: it only has its paragraphs turned and its numbers changed.
  const donate = base.encoding === 'utf-8';
  const paragraphs = donate ? pools.paragraphs[base.lang] : [];
  const boxes = donate ? pools.boxes[base.lang] : [];
  const story = [...base.content.matchAll(PARAGRAPH)].map((m) => m[0]).filter(isStoryParagraph);
  const swapped = story.map((p) => (paragraphs.length > 0 && rng.chance(0.35) ? rng.pick(paragraphs) : p));
  const turned = rotate(swapped, rng.int(Math.max(1, swapped.length)));
  const growAt = paragraphs.length > 0 && rng.chance(0.5) ? rng.int(turned.length) : -1;
  let k = 0;
  let html = base.content.replace(PARAGRAPH, (p: string) => {
    if (!isStoryParagraph(p)) return p;
    const at = k++;
    const extra = at === growAt ? Array.from({ length: rng.between(1, 2) }, () => rng.pick(paragraphs)) : [];
    return [turned[at]!, ...extra].join('\n');
  });
  html = html.replace(BOX, (box: string, tag: string) => (isMovableBox(box, tag) && rng.chance(0.15) ? '' : box));
  const end = html.toLowerCase().lastIndexOf('</body>');
  if (boxes.length > 0 && end >= 0 && rng.chance(0.5)) html = `${html.slice(0, end)}${rng.pick(boxes)}\n${html.slice(end)}`;
  // Names from UTF-8 pages could hold letters Windows-1252 has not: such a page gets numbers only.
  const rewrite = pageRewriter(donate ? pools.names[base.lang] : null, rng);
  // split() with a capturing group puts the text at even places and the rest at odd ones.
  return html
    .split(NOT_TEXT)
    .map((piece, i) => (i % 2 === 1 ? piece : rewrite(piece)))
    .join('');
}
