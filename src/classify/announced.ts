/**
 * Furniture that announces itself wherever it stands, marked before the story is sought:
 * cookie banners at the page's ends, captions beside their credits, newsletter and video boxes.
 */
import type { Features } from './features.js';
import { isByline } from './people.js';
import type { Unit } from '../types.js';
import { COPYRIGHT, CUE_KIND, addressesReader, cueFurniture, furniture, has, type Draft } from './context.js';
import { wordCount, type Cue } from '../lexicon/index.js';
import { splitCredit } from '../lexicon/credits.js';

/**
 * A cookie banner sits first or last on the page: a unit with a cookie cue near either end,
 * or one that says outright that the site uses cookies, and its buttons around it.
 */
export function markCookieBanners(units: Unit[], feats: Features[], labels: Draft): void {
  const n = units.length;
  // The page's prose zone, cookie text aside: a banner stands outside it, or is too short
  // to be a paragraph of the story.
  const furnitureProse = (f: Features, i: number) =>
    f.words <= 45 &&
    ((has(f, 'cookie', 'footer', 'newsletter', 'subscribe', 'paywall', 'promo') && addressesReader(units[i]!.text, f)) ||
      (f.cues.has('footer') && COPYRIGHT.test(units[i]!.text)));
  const proseAt = feats.map((f, i) => (f.prose && !furnitureProse(f, i) ? i : -1)).filter((i) => i >= 0);
  const firstProse = proseAt[0] ?? n;
  const lastProse = proseAt[proseAt.length - 1] ?? -1;
  for (let i = 0; i < n; i++) {
    const f = feats[i]!;
    // A line that an earlier banner already took has grown its banner: growing again from each
    // of its lines would take time in the square of the banner's length.
    if (!f.cues.has('cookie') || labels[i]) continue;
    const outright = /cookie|traceur|témoin/iu.test(units[i]!.text);
    // A paragraph outside the story's prose that mentions cookies is a banner only when it
    // speaks as the site ("we use cookies", "ce site utilise des cookies").
    if (f.prose && !addressesReader(units[i]!.text, f)) continue;
    if (!(i < firstProse || i > lastProse || (outright && !f.prose))) continue;
    labels[i] = furniture('cookie-banner', 'cue:cookie');
    // Grow over the banner's other lines: its buttons, privacy links and short lines.
    for (const dir of [-1, 1]) {
      for (let j = i + dir; j >= 0 && j < n; j += dir) {
        const g = feats[j]!;
        const sameBlock = units[j]!.block === units[i]!.block;
        const near = Math.abs(units[j]!.block - units[i]!.block) <= 1;
        const buttonish = has(g, 'consent-button', 'cookie') || (g.cues.has('footer') && g.words <= 6);
        if (labels[j] && labels[j]!.role !== 'furniture') break;
        if ((buttonish && near) || (sameBlock && g.words <= 4 && !g.prose && !g.headlineLike)) {
          labels[j] = furniture('cookie-banner', 'cookie:neighbour');
        } else {
          break;
        }
      }
    }
  }
}

/**
 * Captions sit beside their credit line: the unit before a credit (same block), and the one
 * after when it repeats a caption or closes the block in a dump with blank lines.
 */
export function markCaptions(units: Unit[], feats: Features[], labels: Draft): void {
  const captionTexts = new Set<string>();
  for (let i = 0; i < units.length; i++) {
    const f = feats[i]!;
    // ("Home / News / Local News" has a credit's slashes but is a breadcrumb.)
    if (labels[i] || !f.cues.has('credit') || f.cues.has('nav') || f.words > 40 || f.prose && f.words > 30) continue;
    if (f.cues.has('footer') && /\d{4}/.test(units[i]!.text) && !/photo|crédit|credit|image/iu.test(units[i]!.text)) continue;
    labels[i] = { role: 'meta', kind: 'credit', rule: 'cue:credit' };
    const prev = i - 1;
    // A credit glued to its own caption ("… could look(Image: Harwick Homes)") takes another
    // line above only when that line is short: alt text, not a paragraph of the story.
    const own = splitCredit(units[i]!.text).caption;
    const hasOwn = own !== null && wordCount(own) >= 3;
    const prevOk = prev >= 0 && (!hasOwn || (feats[prev]!.words <= 15 && feats[prev]!.endsWithPeriod));
    if (prevOk && !labels[prev] && units[i]!.gapBefore === 0 && feats[prev]!.words <= 45 && isCaptionShaped(feats[prev]!)) {
      labels[prev] = { role: 'meta', kind: 'caption', rule: 'caption:before-credit' };
      captionTexts.add(units[prev]!.text);
      // A picture's box of three lines between blank lines: alt text, caption, credit.
      const alt = prev - 1;
      const boxed = alt >= 0 && units[prev]!.gapBefore === 0 && units[alt]!.gapBefore > 0 && (i + 1 >= units.length || units[i + 1]!.gapBefore > 0);
      // (Alt text is a sentence; a line without a full stop there is the story's subheading.)
      if (boxed && !labels[alt] && feats[alt]!.words <= 30 && feats[alt]!.endsWithPeriod && isCaptionShaped(feats[alt]!)) {
        labels[alt] = { role: 'meta', kind: 'caption', rule: 'caption:picture-box' };
      }
    }
    const next = i + 1;
    // A credit has one caption: with one above it, the line under it is the page's again.
    const captionAbove = prev >= 0 && labels[prev]?.role === 'meta' && (labels[prev] as { kind?: string }).kind === 'caption';
    if (next < units.length && !labels[next] && units[next]!.gapBefore === 0 && !(captionAbove && feats[next]!.prose && !captionTexts.has(units[next]!.text))) {
      const closesBlock = next + 1 >= units.length || units[next + 1]!.gapBefore > 0;
      const repeats = captionTexts.has(units[next]!.text) || similar(units[next]!.text, units[prev]?.text ?? '');
      if (repeats || (closesBlock && feats[next]!.words <= 30 && isCaptionShaped(feats[next]!) && !feats[next]!.startsContinuation)) {
        labels[next] = { role: 'meta', kind: 'caption', rule: 'caption:after-credit' };
      }
    }
  }
  // The same caption repeated elsewhere (dumps often print it twice).
  for (let i = 0; i < units.length; i++) {
    if (!labels[i] && captionTexts.has(units[i]!.text)) labels[i] = { role: 'meta', kind: 'caption', rule: 'caption:repeat' };
  }
}

function isCaptionShaped(f: Features): boolean {
  return f.words >= 3 && !cueFurniture(f) && !f.cues.has('byline') && !f.badges && !(f.date && f.date.wholeLine);
}

function similar(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return a.length > 20 && norm(a) === norm(b);
}

/**
 * A newsletter or subscription box prints its pitch between its header and its button
 * ("Sign up for X" / "Get the week's top stories, delivered Thursdays." / "Sign up"): short
 * lines between two lines of the same box, in one block, belong to the box.
 */
export function markFurnitureBoxes(units: Unit[], feats: Features[], labels: Draft): void {
  const BOX: Cue[] = ['newsletter', 'subscribe', 'paywall', 'promo', 'video'];
  for (let i = 0; i < units.length; i++) {
    const cue = BOX.find((c) => feats[i]!.cues.has(c));
    if (!cue || feats[i]!.words > 45) continue;
    // The box runs to the last line of the same kind a few lines on, in the same block.
    let last = -1;
    for (let j = i + 1; j < units.length && j <= i + 4 && units[j]!.gapBefore === 0; j++) {
      if (feats[j]!.cues.has(cue)) last = j;
    }
    for (let k = i + 1; k < last; k++) {
      if (!labels[k] && feats[k]!.words <= 60 && !feats[k]!.cues.has('related-header')) {
        labels[k] = furniture(CUE_KIND[cue]!, 'box:between-furniture-lines');
      }
    }
  }
}


/**
 * A site-wide list ("Most read", "Les plus lus") can stand anywhere, even between the headline
 * and the story: the header and the lines of its block, or of the next block when the header
 * stands alone, are the list's.
 */
export function markSiteLists(units: Unit[], feats: Features[], labels: Draft): void {
  for (let i = 0; i < units.length; i++) {
    const f = feats[i]!;
    if (labels[i] || !f.cues.has('most-read') || f.prose) continue;
    labels[i] = furniture('most-read', 'list:site-wide-header');
    const alone = i + 1 < units.length && units[i + 1]!.gapBefore > 0;
    for (let j = i + 1; j < units.length; j++) {
      if (units[j]!.gapBefore > 0 && !(alone && j === i + 1)) break;
      if (labels[j] || feats[j]!.prose || cueFurniture(feats[j]!)) break;
      // The page's headline right after the list: a byline or a dateline follows it.
      if (j > i + 1 && bylineOrDateFollows(units, feats, j)) break;
      labels[j] = furniture('most-read', 'list:site-wide-item');
    }
  }
}

/** The next line is a byline ("By Callum Rennie") or a whole-line dateline. */
function bylineOrDateFollows(units: Unit[], feats: Features[], j: number): boolean {
  const k = j + 1;
  if (k >= units.length) return false;
  const g = feats[k]!;
  return isByline(units[k]!.text, g) || (g.date?.wholeLine === true && !g.date.relative);
}

