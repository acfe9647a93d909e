/**
 * The HTML front end: a page to the same units the text front end gives, plus what only
 * markup can say. Its output feeds the same classifier and assembler as a text dump:
 *   - units: one per line of each visible box (a `<br>` is a line break), numbered in
 *     document order; a unit's `lines` are the box numbers [n, n], so the audit still says
 *     where each piece of text was;
 *   - preset labels from the markup, for boxes that announce themselves (consent dialogs,
 *     nav, share bars, comments, ads, related lists, captions, the headline);
 *   - the story mask: only boxes inside the content root may be story;
 *   - the page's metadata (title candidates, canonical URL, site, dates, authors, lang).
 */
import { createRequire } from 'node:module';
import type { Element } from 'domhandler';
import { collectBlocks, proseChars, type DomCue, type HtmlBlock } from './blocks.js';
import { findContentRoots } from './content.js';
import { readMeta, type PageMeta } from './metadata.js';
import { markDomRelated } from './related.js';
import { relatedRegionEnds } from './regions.js';
import { tableReader } from './tables.js';
import { parentElement } from './tree.js';
import { hasCreditShape } from '../lexicon/credits.js';
import { FURNITURE_BOX, SOFT_FURNITURE } from '../lexicon/dom.js';
import type { FrontEndOutput, FurnitureKind, Label, Unit } from '../types.js';

export interface HtmlFrontEnd extends FrontEndOutput {
  /** Labels the markup decided, by unit index (null: the classifier decides). */
  preset: Array<Label | null>;
  /** Units that may be story. */
  storyMask: boolean[];
  /** Units marked up as headings (h2–h6, role=heading, all in bold). */
  headingOk: boolean[];
  /** Units shaped like paragraphs whatever their language (see FrontEndHints). */
  proseHint: boolean[];
  /** For a related header, the last unit of the box around it. */
  regionEnd: number[];
  /** Each unit's link, resolved against the page's URL. */
  hrefs: Array<string | null>;
  meta: PageMeta;
}

type Load = typeof import('cheerio/slim').load;
let cheerioLoad: Load | undefined;

/** cheerio is loaded on the first page, not at import: a run of text dumps never pays for it. */
function parseHtml(html: string): ReturnType<Load> {
  cheerioLoad ??= (createRequire(import.meta.url)('cheerio/slim') as { load: Load }).load;
  return cheerioLoad(html);
}

export function htmlToUnits(html: string): HtmlFrontEnd {
  const $ = parseHtml(html);
  const root = $.root()[0]!;
  const meta = readMeta(root);
  const blocks = collectBlocks(root);
  dropOversizedCues(blocks);
  const furnitureOf = boxFurniture(blocks);
  const roots = findContentRoots(blocks, (b) => furnitureOf.has(b) || nearestKind(b) === 'related');
  const inContent = containment(roots);

  const units: Unit[] = [];
  const preset: Array<Label | null> = [];
  const storyMask: boolean[] = [];
  const hrefs: Array<string | null> = [];
  const proseHint: boolean[] = [];
  const headingOk: boolean[] = [];
  const unitBlocks: HtmlBlock[] = [];
  const tablePart = tableReader();
  let blockNo = -1;
  let lastGroup: Element | null = null;
  blocks.forEach((b, n) => {
    // Boxes of one list item, quote or figure read as one block, as a dump shows them.
    const group = groupOf(b);
    const sameGroup = group !== null && group === lastGroup;
    if (!sameGroup) blockNo++;
    lastGroup = group;
    // What the markup says of the box holds for each of its lines.
    const f = furnitureOf.get(b) ?? null;
    const table = f ? null : tablePart(b.owner);
    const near = f || table ? null : nearestKind(b);
    const inRoot = roots === null || inContent(b.owner);
    b.lines.forEach((line, k) => {
      // Each line is read with its own links: a box of <br>-separated headlines has one link each.
      const own = b.lines.length === 1 ? b : { ...b, lines: [line], text: line, linkChars: b.lineLinks[k]!.linkChars, href: b.lineLinks[k]!.href };
      const href = resolve(own.href, meta.url);
      units.push({ index: units.length, text: line, lines: [n + 1, n + 1], block: blockNo, gapBefore: units.length > 0 && k === 0 && !sameGroup ? 1 : 0 });
      preset.push(
        f
          ? { role: 'furniture', kind: f.kind as FurnitureKind, rule: `dom:${f.rule}` }
          : table === 'cell'
            ? { role: 'furniture', kind: 'table', rule: 'dom:data-table' }
            : table === 'caption'
              ? { role: 'meta', kind: 'caption', rule: 'dom:table-caption' }
              : near === 'caption' && !b.heading
                ? { role: 'meta', kind: hasCreditShape(line) && line.length < 80 ? 'credit' : 'caption', rule: 'dom:caption' }
                : near === 'credit'
                  ? { role: 'meta', kind: 'credit', rule: 'dom:credit' }
                  : null,
      );
      storyMask.push(inRoot);
      hrefs.push(href);
      const bold = b.lineLinks[k]?.boldChars ?? 0;
      headingOk.push(own.heading > 0 || (line.length > 0 && bold >= 0.9 * line.length));
      proseHint.push(b.heading === 0 && line.length >= 60 && own.linkChars < 0.3 * line.length && (line.length >= 150 || /[.!?。！？…]["'”’»)\]]*$/u.test(line)));
      unitBlocks.push(own);
    });
  });
  markDomRelated(units, unitBlocks, preset, storyMask);
  markHeadline(units, unitBlocks, preset, meta);
  const regionEnd = relatedRegionEnds(units, unitBlocks, preset);
  return { units, spacers: [], hasBlankLines: true, preset, storyMask, proseHint, headingOk, regionEnd, hrefs, meta };
}

/**
 * A box's cue applies unless the box holds most of the page's prose: a wrapper named
 * "l-sidebar-fixed", "video-page" or "entry-content-read-more" around the whole article is
 * not a sidebar, a video or a related list. Comments and consent dialogs are what they say
 * whatever their size. The cues that do not apply are dropped from every block.
 */
function dropOversizedCues(blocks: HtmlBlock[]): void {
  const prose = new Map<Element, number>();
  let total = 0;
  for (const b of blocks) {
    const w = proseChars(b);
    if (w === 0) continue;
    total += w;
    for (const c of b.cues) prose.set(c.el, (prose.get(c.el) ?? 0) + w);
  }
  if (total === 0) return;
  const oversized = new Set<Element>();
  for (const [el, w] of prose) if (w > 0.4 * total) oversized.add(el);
  // A menu, a share bar or a site header never holds several paragraphs of prose: a box
  // so named that does is a wrapper with an unlucky class ("nav-open", "has-share").
  const paragraphs = new Map<Element, number>();
  for (const b of blocks) {
    if (b.text.length < 150 || b.linkChars > 0.3 * b.text.length) continue;
    for (const c of b.cues) if (STRUCTURAL.has(c.kind)) paragraphs.set(c.el, (paragraphs.get(c.el) ?? 0) + 1);
  }
  for (const [el, n] of paragraphs) if (n >= 3) oversized.add(el);
  if (oversized.size === 0) return;
  for (const b of blocks) {
    b.cues = b.cues.filter((c) => c.kind === 'comments' || c.kind === 'cookie-banner' || c.kind === 'article' || !oversized.has(c.el));
  }
}

const STRUCTURAL = new Set<string>(['nav', 'header', 'share', 'login', 'video', 'promo', 'most-read', 'ad', 'aside', 'related']);

/** The furniture box around each block, if any: the nearest cue that says furniture. */
function boxFurniture(blocks: HtmlBlock[]): Map<HtmlBlock, DomCue> {
  const out = new Map<HtmlBlock, DomCue>();
  for (const b of blocks) {
    const inRelated = b.cues.some((c) => c.kind === 'related');
    // A box named as the article ("article-body", "story-content") inside a box named as a
    // menu or a rail is the article: the page's layout put it there. Comments and consent
    // dialogs stay furniture whatever their inner boxes are called.
    let inArticle = false;
    for (const c of b.cues) {
      if (c.kind === 'related') break;
      if (c.kind === 'article') inArticle = true;
      if (!FURNITURE_BOX.has(c.kind) || (inRelated && SOFT_FURNITURE.has(c.kind))) continue;
      if (inArticle && STRUCTURAL.has(c.kind)) continue;
      out.set(b, c);
      break;
    }
  }
  return out;
}

/** The kind of the nearest box around a block that says what it is ('article' says nothing). */
function nearestKind(b: HtmlBlock): string | null {
  for (const c of b.cues) if (c.kind !== 'article' && c.kind !== 'figure') return c.kind;
  return null;
}

function groupOf(b: HtmlBlock): Element | null {
  for (let el: Element | null = b.owner, d = 0; el && d < 4; el = parentElement(el), d++) {
    if (el.name === 'li' || el.name === 'blockquote' || el.name === 'figure' || el.name === 'dd') return el;
    if (el.name === 'article' || el.name === 'main' || el.name === 'section' || el.name === 'body') return null;
  }
  return null;
}

/** Whether an element is inside one of the content roots, memoized along the way up. */
function containment(roots: Set<Element> | null): (el: Element) => boolean {
  const memo = new Map<Element, boolean>();
  return (start: Element) => {
    if (!roots) return true;
    const path: Element[] = [];
    let answer = false;
    for (let el: Element | null = start; el; el = parentElement(el)) {
      const known = memo.get(el);
      if (known !== undefined) {
        answer = known;
        break;
      }
      path.push(el);
      if (roots.has(el)) {
        answer = true;
        break;
      }
    }
    for (const el of path) memo.set(el, answer);
    return answer;
  };
}

/**
 * The headline: the `<h1>` (or a heading) whose text matches the page's declared titles;
 * failing that, the first `<h1>` of the page when there is exactly one. The classifier's
 * head pass takes over when the markup cannot tell.
 */
function markHeadline(units: Unit[], blocks: HtmlBlock[], preset: Array<Label | null>, meta: PageMeta): void {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const declared = [...meta.titles, ...(meta.documentTitle ? [meta.documentTitle] : [])].map(norm).filter(Boolean);
  let best = -1;
  let bestScore = 0;
  const h1s: number[] = [];
  units.forEach((u, i) => {
    const b = blocks[i]!;
    if (b.heading === 0 || preset[i]) return;
    if (b.heading === 1) h1s.push(i);
    const t = norm(u.text);
    if (t.length < 3) return;
    let score = 0;
    for (const d of declared) {
      if (d === t) score = Math.max(score, 3);
      else if (d.includes(t)) score = Math.max(score, t.length / d.length >= 0.5 ? 2 : 0);
    }
    if (score > 0 && b.heading === 1) score += 0.5;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  if (best < 0 && h1s.length === 1) best = h1s[0]!;
  if (best >= 0) preset[best] = { role: 'title', rule: bestScore > 0 ? 'dom:headline-matches-meta' : 'dom:single-h1' };
}

export function resolve(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return /^https?:\/\//iu.test(href) ? href : null;
  }
}
