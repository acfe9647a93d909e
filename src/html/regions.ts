/**
 * Where a related list that the text announces ("Related", "À lire aussi") must end on an
 * HTML page: at the close of the box around its header. A list after a header that stands
 * among the story's paragraphs is the one element that follows the header (the `<ul>` under
 * an `<h2>`), so the story's next paragraphs are never read as the list's summaries.
 */
import type { Element } from 'domhandler';
import { isInside, parentElement } from './tree.js';
import { proseChars, type HtmlBlock } from './blocks.js';
import { cuesOf } from '../lexicon/index.js';
import type { Unit } from '../types.js';

const MAX_DEPTH = 40;

export function relatedRegionEnds(units: Unit[], blocks: HtmlBlock[], skip: ReadonlyArray<unknown>): number[] {
  return units.map((u, h) => {
    // Boxes the markup already labelled are not read as headers again.
    if (u.text.length > 80 || skip[h]) return units.length - 1;
    const cues = cuesOf(u.text);
    if (!cues.has('related-header') && !cues.has('related-header-weak')) return units.length - 1;
    return relatedScope(units, blocks, h);
  });
}

const proseCache = new WeakMap<HtmlBlock[], { prose: Map<Element, number>; total: number }>();

/** The last unit of the list a related header at h announces. */
export function relatedScope(units: Unit[], blocks: HtmlBlock[], h: number): number {
  if (h + 1 >= units.length) return h;
  let cached = proseCache.get(blocks);
  if (!cached) {
    cached = { prose: proseByElement(blocks), total: [...new Set(blocks)].reduce((a, b) => a + proseChars(b), 0) };
    proseCache.set(blocks, cached);
  }
  const { prose, total } = cached;
  const next = blocks[h + 1]!.owner;
  // A header that is a line of a box ("À lire aussi" above its headline in one inline card):
  // the list is that box's other lines.
  if (next === blocks[h]!.owner) {
    let end = h;
    while (end + 1 < units.length && blocks[end + 1]!.owner === next) end++;
    return end;
  }
  // The first box around the header that also holds what follows it.
  let box: Element | null = blocks[h]!.owner;
  let child: Element | null = null;
  for (let d = 0; box && d < MAX_DEPTH && !isInside(next, box, MAX_DEPTH); d++) {
    child = box;
    box = parentElement(box);
  }
  if (!box) return h;
  let scope: Element | null = box;
  if (total > 0 && (prose.get(box) ?? 0) > 0.4 * total) {
    // The header stands in the story's own box: the list is the element right after it.
    scope = child ? nextElement(child) : null;
    if (!scope || !isInside(next, scope, MAX_DEPTH)) scope = null;
  }
  let end = h;
  if (scope) while (end + 1 < units.length && isInside(blocks[end + 1]!.owner, scope, MAX_DEPTH)) end++;
  // A list's stubs are links; a paragraph with no link before any stub means the header
  // was a link label ("Read more") and the story goes on.
  for (let i = h + 1, sawLink = false; i <= end; i++) {
    const b = blocks[i]!;
    if (b.href !== null && b.linkChars >= 0.5 * b.text.length) sawLink = true;
    else if (!sawLink && units[i]!.text.length >= 80) return i - 1;
  }
  return end;
}

function proseByElement(blocks: HtmlBlock[]): Map<Element, number> {
  const out = new Map<Element, number>();
  for (const b of new Set(blocks)) {
    const w = proseChars(b);
    if (w === 0) continue;
    let el: Element | null = b.owner;
    for (let d = 0; el && d < MAX_DEPTH; d++, el = parentElement(el)) out.set(el, (out.get(el) ?? 0) + w);
  }
  return out;
}


function nextElement(el: Element): Element | null {
  for (let n = el.next; n; n = n.next) if (n.type === 'tag') return n as Element;
  return null;
}
