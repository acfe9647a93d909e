/**
 * Related-article boxes on an HTML page, labelled from their markup. Three kinds of box:
 *   - boxes the markup names ("related", "connexes", "recommended", "read-next"...);
 *   - boxes a related header announces ("À lire aussi", "More on this story"), bounded where
 *     the box around the header closes (regions.ts);
 *   - runs of two or more linked headlines with no header and no telling class.
 * In all, each link is a stub's headline, prose beside it its summary, short labels its
 * badges, and the box's own heading its header. A box with no link is not a related list,
 * whatever its class says (and one that holds most of the page's prose has had its class cue
 * dropped by the front end).
 */
import type { Element } from 'domhandler';
import type { HtmlBlock } from './blocks.js';
import { relatedScope } from './regions.js';
import { SOFT_FURNITURE } from '../lexicon/dom.js';
import { LINK_LABEL, MARKUP_REGIONS } from '../classify/context.js';
import { cuesOf, splitBadges, type Cue } from '../lexicon/index.js';
import { parseDateText } from '../assemble/dates.js';
import type { Label, Unit } from '../types.js';

const NEUTRAL = new Set(['article', 'figure', 'aside', 'date', 'byline', 'caption', 'credit']);

export function markDomRelated(units: Unit[], blocks: HtmlBlock[], preset: Array<Label | null>, storyMask: readonly boolean[]): void {
  let region = MARKUP_REGIONS;
  // Boxes named by their class: the innermost related cue, if no furniture cue is nearer.
  const boxOf = units.map((_, i) => {
    const cues = blocks[i]!.cues;
    const inRelated = cues.some((c) => c.kind === 'related');
    for (const c of cues) {
      if (c.kind === 'related') return c.el;
      if (!NEUTRAL.has(c.kind) && !(inRelated && SOFT_FURNITURE.has(c.kind))) return null;
    }
    return null;
  });
  const members = new Map<Element, number[]>();
  boxOf.forEach((box, i) => {
    if (!box || preset[i]) return;
    const list = members.get(box);
    if (list) list.push(i);
    else members.set(box, [i]);
  });
  for (const idx of members.values()) if (labelBox(units, blocks, preset, idx, region)) region++;
  // Boxes announced by a header line. A header inside a box the markup called a menu or a
  // rail ("Dans la même rubrique" in a SPIP sidebar) still announces its list; one inside a
  // card's link ("À lire aussi" above the headline, all one <a>) too, when it is short.
  for (let h = 0; h < units.length; h++) {
    if ((preset[h] && !overridable(preset[h]!)) || units[h]!.text.length > 80) continue;
    const cues = cuesOf(units[h]!.text);
    if (isLink(units[h]!, blocks[h]!) && !(cues.has('related-header') && wordsOf(units[h]!.text) <= 5)) continue;
    // "Read more: <headline>" inside the story is one inline stub, for the text classifier.
    if (cues.has('inline-related') && wordsOf(units[h]!.text) > 4) continue;
    if (!cues.has('related-header') && !cues.has('related-header-weak')) continue;
    if (preset[h] && !cues.has('related-header')) continue;
    const end = relatedScope(units, blocks, h);
    const idx: number[] = [];
    for (let i = h; i <= end; i++) if (!preset[i] || overridable(preset[i]!)) idx.push(i);
    if (idx.length > 1 && labelBox(units, blocks, preset, idx, region)) {
      region++;
      h = end;
    }
  }
  region = markLinkRuns(units, blocks, preset, region, storyMask);
  markLinkCards(units, blocks, preset, region);
}

/**
 * A link card: one link around a headline and its summary ("bookmark" and embed cards of
 * blogging CMSs, a teaser dropped into the story). Its lines share one href and are all link
 * text; the first reads as a headline and the second as prose. A class the markup guessed
 * (share, promo) gives way: a share button holds no headline and summary.
 */
function markLinkCards(units: Unit[], blocks: HtmlBlock[], preset: Array<Label | null>, region: number): number {
  const free = (i: number) => {
    const l = preset[i];
    return !l || overridable(l) || (l.role === 'furniture' && l.kind === 'share' && l.rule.startsWith('dom:class:'));
  };
  for (let i = 0; i + 1 < units.length; i++) {
    const href = blocks[i]!.href;
    if (!href || !isArticleHref(href) || !free(i) || !isWholeLink(units[i]!, blocks[i]!)) continue;
    const card = [i];
    while (card.length < 6) {
      const j = card[card.length - 1]! + 1;
      if (j >= units.length || blocks[j]!.href !== href || !free(j) || !isWholeLink(units[j]!, blocks[j]!)) break;
      card.push(j);
    }
    const second = card.length > 1 ? units[card[1]!]! : null;
    if (second && isHeadlineLink(units[i]!, blocks[i]!) && wordsOf(second.text) >= 6 && labelBox(units, blocks, preset, card, region)) region++;
    i = card[card.length - 1]!;
  }
  return region;
}

/** A link to another article: a path beyond the home page, not a share or mail link. */
function isArticleHref(href: string): boolean {
  if (/^(mailto|tel|javascript):/iu.test(href) || /share|sharer|intent\/tweet|whatsapp:/iu.test(href)) return false;
  const path = href.replace(/^[a-z]+:\/\/[^/]+/iu, '').replace(/[?#].*$/u, '');
  return path.replace(/\/+$/u, '').length > 1;
}

function isWholeLink(u: Unit, b: HtmlBlock): boolean {
  return b.href !== null && b.linkChars >= 0.9 * u.text.length;
}

/**
 * A list with no header and no telling class: two or more headlines in a row that are each a
 * whole link (with their dates, badges or one-line summaries between them). In a story,
 * paragraphs are not links; a run of linked headlines is a list of other articles.
 */
function markLinkRuns(units: Unit[], blocks: HtmlBlock[], preset: Array<Label | null>, region: number, storyMask: readonly boolean[]): number {
  // Prose of the article box: a run of links that is all the box holds is the page's content
  // (a calendar, a list of resources), not a list of other articles.
  const articleProse = units.filter((u, k) => storyMask[k] && !isLink(u, blocks[k]!) && u.text.length >= 80).length;
  let i = 0;
  while (i < units.length) {
    if (preset[i] || !isHeadlineLink(units[i]!, blocks[i]!)) {
      i++;
      continue;
    }
    const run: number[] = [i];
    let links = 1;
    let headHref = blocks[i]!.href;
    let j = i + 1;
    for (; j < units.length && !preset[j]; j++) {
      const u = units[j]!;
      if (isHeadlineLink(u, blocks[j]!)) {
        links++;
        headHref = blocks[j]!.href;
      }
      // A link to the headline's own page is the card's summary, and a badge in the next card's
      // link ("Premium") is a label; any other link ends the run.
      else if ((isLink(u, blocks[j]!) && blocks[j]!.href !== headHref && splitBadges(u.text) === null) || wordsOf(u.text) > 40 || blocks[j]!.heading > 0) break;
      // A summary or a label belongs to the headline above it, not to a second one below.
      else if (run.length > 0 && !isHeadlineLink(units[run[run.length - 1]!]!, blocks[run[run.length - 1]!]!) && wordsOf(u.text) > 8) break;
      run.push(j);
    }
    // Under "Most read", "Les plus consultés", "Top stories": a site-wide list, not related.
    const siteWide = [i - 1, i - 2].some((k) => k >= 0 && units[k]!.text.length <= 60 && cuesOf(units[k]!.text).has('most-read'));
    const inArticle = run.some((k) => storyMask[k]);
    const proseOutside = articleProse - run.filter((k) => storyMask[k] && units[k]!.text.length >= 80 && !isLink(units[k]!, blocks[k]!)).length;
    if (links >= 2 && !siteWide && !(inArticle && proseOutside < 2) && labelBox(units, blocks, preset, run, region)) region++;
    i = j;
  }
  return region;
}

function isHeadlineLink(u: Unit, b: HtmlBlock): boolean {
  const words = wordsOf(u.text);
  // "Download the app |", "Send us a news tip |": a bar of house links, not headlines.
  if (/[|·•]\s*$/u.test(u.text) || cueFurnitureWords(u.text)) return false;
  return isWholeLink(u, b) && words >= 4 && words <= 30 && !/[.!?]["”»]?$/u.test(u.text.trim());
}

const HOUSE_CUES: Cue[] = ['promo', 'newsletter', 'subscribe', 'login', 'share', 'nav', 'footer', 'most-read', 'ad'];

/** Whether a line carries a cue of the site's own furniture (app, tips, newsletter...). */
function cueFurnitureWords(text: string): boolean {
  const cues = cuesOf(text);
  return HOUSE_CUES.some((c) => cues.has(c));
}

/** Furniture the markup guessed from a class name that a related header can overrule. */
function overridable(l: Label): boolean {
  return l.role === 'furniture' && l.rule.startsWith('dom:class:') && OVERRULED.has(l.kind);
}
const OVERRULED = new Set(['nav', 'promo', 'header', 'video']);

/** Labels the units of one box as a related list; false (and nothing labelled) when it has no link. */
function labelBox(units: Unit[], blocks: HtmlBlock[], preset: Array<Label | null>, idx: number[], region: number): boolean {
  // A list of stubs has linked headlines, or headings (cards whose link is an empty overlay).
  const linked = idx.filter((i) => isLink(units[i]!, blocks[i]!) && wordsOf(units[i]!.text) >= 3).length;
  const headed = idx.filter((i) => blocks[i]!.heading > 1 && wordsOf(units[i]!.text) >= 3).length;
  if (linked === 0 && headed < 2) return false;
  let first = true;
  // The link of the stub being read: a card is one link around headline and summary, so a
  // second text under the same link is the summary, not a new stub.
  let stubHref: string | null = null;
  let stubHasSummary = false;
  for (const i of idx) {
    const u = units[i]!;
    const b = blocks[i]!;
    const words = wordsOf(u.text);
    const link = isLink(u, b);
    const cues = cuesOf(u.text);
    // "Les plus lus", "Most read", "Réactions (3)" inside the same box: a site-wide list or the
    // comments begin, the stubs end.
    if (!first && !link && (cues.has('most-read') || cues.has('comments-header'))) break;
    // "Also read: <headline>" is one inline stub: the text classifier cuts its marker.
    if (cues.has('inline-related') && words > 4) continue;
    const isBadge = splitBadges(u.text) !== null;
    const badge = isBadge || parseDateText(u.text, 'und')?.wholeLine === true;
    if (LINK_LABEL.test(u.text)) preset[i] = { role: 'furniture', kind: 'marker', rule: 'dom:related-link-label' };
    else if (badge && words <= 6) preset[i] = { role: 'related-badge', rule: 'dom:related-badge', region };
    else if (first && ((!link && (b.heading > 0 || words <= 6)) || (cues.has('related-header') && words <= 5)))
      preset[i] = { role: 'furniture', kind: 'related-header', rule: 'dom:related-header' };
    else if (link && b.href === stubHref && !stubHasSummary && words >= 6 && !isBadge) {
      preset[i] = { role: 'related-summary', rule: 'dom:related-card-summary', region };
      stubHasSummary = true;
    } else if (link && words <= 5 && (cues.has('related-header') || cues.has('related-header-weak'))) {
      // "Plus de ce sujet" above the headline inside the card's link: the card's kicker.
      preset[i] = { role: 'related-badge', rule: 'dom:related-kicker', region };
    } else if (link && b.href === stubHref && stubHasSummary) {
      // A third text under the stub's link, after its headline and summary: its source or author.
      preset[i] = { role: 'related-badge', rule: 'dom:related-card-meta', region };
    } else if (link && words >= 3 && withoutBadges(u.text) >= 3 && !(b.href === stubHref && isBadge)) {
      preset[i] = { role: 'related-title', rule: 'dom:related-link', region };
      stubHref = b.href;
      stubHasSummary = false;
    }
    else if (badge || words <= 3 || withoutBadges(u.text) <= 2 || (words <= 8 && hasBadgeSegment(u.text)))
      preset[i] = { role: 'related-badge', rule: 'dom:related-badge', region };
    else if (b.heading > 0) preset[i] = { role: 'related-title', rule: 'dom:related-heading', region };
    else {
      preset[i] = { role: 'related-summary', rule: 'dom:related-summary', region };
      stubHasSummary = true;
    }
    first = false;
  }
  return true;
}

/** Words left once a badge at either end is taken off ("Field Notes Members only" → 2). */
function withoutBadges(text: string): number {
  const words = text.split(/\s+/u).filter(Boolean);
  for (let k = Math.min(3, words.length - 1); k >= 1; k--) {
    if (splitBadges(words.slice(-k).join(' '))) return words.length - k;
    if (splitBadges(words.slice(0, k).join(' '))) return words.length - k;
  }
  return words.length;
}

/** "The Capital Chronicle · In English": a source and a badge under a stub. */
function hasBadgeSegment(text: string): boolean {
  const parts = text.split(/\s[·|•]\s/u);
  return parts.length > 1 && parts.some((p) => splitBadges(p.trim()) !== null);
}

function wordsOf(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

function isLink(u: Unit, b: HtmlBlock): boolean {
  return b.href !== null && b.linkChars >= 0.6 * u.text.length;
}
