/**
 * Related-article boxes that the markup names ("related", "connexes", "recommended",
 * "read-next"...): each link is a stub's headline, the prose beside it its summary, short
 * labels its badges, and the box's own heading is its header. A box with no link, or one that
 * holds most of the page's prose, is not a related list, whatever its class says (the front end drops such oversized cues).
 */
import type { Element } from 'domhandler';
import type { HtmlBlock } from './blocks.js';
import { cuesOf, splitBadges } from '../lexicon/index.js';
import { parseDateText } from '../assemble/dates.js';
import type { Label, Unit } from '../types.js';

/** Region numbers of markup boxes start here, apart from the text classifier's. */
const REGION_BASE = 1000;
const LINK_LABEL = /^(lire la suite|lire plus|en savoir plus|read more|continue reading|keep reading|more|voir plus|see more|view all|tout voir|voir tout)\s*(»|›|→|>|\.{3}|…)?$/iu;

export function markDomRelated(units: Unit[], blocks: HtmlBlock[], preset: Array<Label | null>): void {
  // The related box each unit belongs to: its innermost related cue, if no furniture cue is nearer.
  const boxOf = units.map((_, i) => {
    for (const c of blocks[i]!.cues) {
      if (c.kind === 'related') return c.el;
      if (c.kind !== 'article' && c.kind !== 'figure' && c.kind !== 'aside' && c.kind !== 'date' && c.kind !== 'byline' && c.kind !== 'caption' && c.kind !== 'credit') return null;
    }
    return null;
  });
  const linked = new Map<Element, number>();
  units.forEach((u, i) => {
    const b = blocks[i]!;
    const box = boxOf[i];
    if (!box) return;
    if (isLink(u, b)) linked.set(box, (linked.get(box) ?? 0) + 1);
  });
  const regionOf = new Map<Element, number>();
  for (let i = 0; i < units.length; i++) {
    const box = boxOf[i];
    if (!box || preset[i]) continue;
    if (!linked.get(box)) continue;
    let region = regionOf.get(box);
    const first = region === undefined;
    if (region === undefined) {
      region = REGION_BASE + regionOf.size;
      regionOf.set(box, region);
    }
    const u = units[i]!;
    const b = blocks[i]!;
    const words = u.text.split(/\s+/u).length;
    if (LINK_LABEL.test(u.text)) preset[i] = { role: 'furniture', kind: 'marker', rule: 'dom:related-link-label' };
    else if ((first || b.heading > 0) && !isLink(u, b) && (cuesOf(u.text).has('related-header') || cuesOf(u.text).has('related-header-weak') || b.heading > 0 || words <= 6))
      preset[i] = { role: 'furniture', kind: 'related-header', rule: 'dom:related-header' };
    else if (isLink(u, b) && words >= 3) preset[i] = { role: 'related-title', rule: 'dom:related-link', region };
    else if (splitBadges(u.text) || parseDateText(u.text, 'und')?.wholeLine || words <= 3) preset[i] = { role: 'related-badge', rule: 'dom:related-badge', region };
    else if (b.heading > 0) preset[i] = { role: 'related-title', rule: 'dom:related-heading', region };
    else preset[i] = { role: 'related-summary', rule: 'dom:related-summary', region };
  }
}

function isLink(u: Unit, b: HtmlBlock): boolean {
  return b.href !== null && b.linkChars >= 0.6 * u.text.length;
}
