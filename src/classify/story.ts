/** The story: found as the heaviest run of prose, then labelled unit by unit. */
import type { Features } from './features.js';
import type { Cue } from '../lexicon/index.js';
import type { Label, Unit } from '../types.js';
import { cueFurniture, furniture, has, type Draft } from './context.js';
import { afterMarker } from '../lexicon/index.js';
import { BULLET, isShortQuestion } from './features.js';
import { COPYRIGHT, HARD_BOUNDARY, STORY_FURNITURE, TAIL_START, addressesReader } from './context.js';
import { isBioParagraph, isByline, isSignatureName, isSignOff } from './people.js';
import type { Region } from './regions.js';
import { narrow } from '../text/letters.js';
import { PRINT_FOOT, isPrintMargin } from '../text/print.js';

/**
 * Candidate story units are the prose units nobody claimed. They are cut into segments at
 * hard boundaries; the segment with the most words (discounted once the page's tail has
 * begun) is the story, from its first prose unit to its last.
 */
/** What an advert says: a price, a discount, an order to buy. */
const ADVERT =
  /[€$£%]|\b(commandez|profitez|achetez|découvrez|réservez|inscrivez-vous|téléchargez|offre|promo|soldes|livraison|buy|shop|order|save|deal|offer|discount|book now|register now|free shipping)\b/iu;

const SIGNATURE = narrow(/^\p{Lu}\p{Ll}?\.(?:-\p{Lu}\p{Ll}?\.)?(?: ?\p{Lu}\p{Ll}?\.(?:-\p{Lu}\.)?){1,2}$|^\(\p{Lu}[\p{L} .'’-]{1,40}\/\p{L}{1,4}\)$/u);

/** A run of prose between hard boundaries: a candidate story. */
interface Segment {
  start: number;
  end: number;
  words: number;
  weight: number;
}

const ARTICLE_BOUNDARY = ['comments-header', 'bio', 'press-contact'] as const;
const TAIL_CUES: Cue[] = ['comments-header', 'bio', 'press-contact', 'tags-header', 'most-read', 'related-header', 'footer', 'newsletter', 'share', 'subscribe'];

export function findStory(units: Unit[], feats: Features[], labels: Draft, regions: Region[], mask?: readonly boolean[]): { start: number; end: number } | null {
  const segments: Segment[] = [];
  let current: Segment | null = null;
  let tail = false;
  let seenProse = false;
  // (A list under which the story went on is a box inside it, and ends nothing.)
  const summaryRegionAt = new Map(regions.filter((r) => r.mode === 'summary' && !r.resumed).map((r) => [r.header, r]));
  const blockProse = proseBlocks(units, feats, labels);
  const listBlocks = headlineBlocks(units, feats);
  for (let i = 0; i < units.length; i++) {
    const f = feats[i]!;
    // "38 comments" is a counter (share bars, embedded posts); a comments section has a header.
    // …unless comments follow it (a username, a time, "Répondre"): then the thread begins.
    const counter =
      f.cues.has('comments-header') &&
      /^\s*\d[\d\s,.]*\s+\p{L}+\s*$/u.test(units[i]!.text) &&
      !feats.slice(i + 1, i + 6).some((g) => g.cues.has('comment-action'));
    const l = labels[i];
    // On an HTML page the markup has already bounded the article: inside it, only a comments
    // section, a bio or a press contact ends the story (a copyright line is a picture's, a
    // "Don't miss" list sits between two parts of the story).
    const inArticle = mask !== undefined && mask[i] === true;
    // The page's copyright line ends the article, even written as a sentence.
    const copyright = !l && f.cues.has('footer') && f.words <= 45 && COPYRIGHT.test(units[i]!.text) && !inArticle;
    const boundary =
      copyright ||
      summaryRegionAt.has(i) ||
      (!l && has(f, ...(inArticle ? ARTICLE_BOUNDARY : HARD_BOUNDARY)) && !f.prose && !counter) ||
      (l?.role === 'furniture' && l.kind === 'cookie-banner' && seenProse && !inArticle) ||
      (l?.role === 'furniture' && l.rule === 'list:site-wide-header' && !inArticle);
    if (boundary) {
      current = null;
      if (seenProse && has(f, ...TAIL_START)) tail = true;
      continue;
    }
    if (labels[i] || !(f.prose || blockProse.has(units[i]!.block))) continue;
    // A question among a box of headlines ("…win the race against Norway?") is a headline.
    if (listBlocks.has(units[i]!.block) && isShortQuestion(units[i]!.text, f)) continue;
    if (mask && !mask[i]) continue;
    if (has(f, 'cookie', 'paywall', 'subscribe', 'newsletter', 'promo') && f.words <= 45 && addressesReader(units[i]!.text, f)) continue;
    if (isBioParagraph(units[i]!.text, f, units[i - 1]?.text)) continue;
    seenProse = true;
    if (!current) {
      current = { start: i, end: i, words: 0, weight: tail ? 0.3 : 1 };
      segments.push(current);
    }
    current.end = i;
    current.words += f.words;
  }
  if (segments.length === 0) return null;
  let best = segments[0]!;
  for (const s of segments) if (s.words * s.weight > best.words * best.weight) best = s;
  if (mask) best = widenInArticle(units, feats, labels, segments, best, mask);
  // A standfirst followed by the byline, dates, credits or share bar: the story proper
  // starts after them, and the standfirst is read with the head.
  let start = best.start;
  // One line of prose above the headline (a weather alert, a promoted teaser) starts no
  // story: when the unit after it reads as a headline with a byline or a dateline under
  // it, the story begins below that headline.
  // (Menus, an ad label or a breadcrumb may stand between that line and the headline.)
  for (let j = start + 1; j < best.end && j <= start + 6; j++) {
    const g = feats[j]!;
    if (!labels[j] && isHeadlineWithByline(units, feats, labels, j)) {
      start = j + 1;
      break;
    }
    if (g.prose && !labels[j]) break;
    if (!(labels[j] || cueFurniture(g) || g.words <= 4)) break;
  }
  for (let j = start + 1, metaish = 0; j <= best.end; j++) {
    const g = feats[j]!;
    if (!labels[j] && g.prose) {
      if (metaish >= 2) start = j;
      break;
    }
    const l = labels[j];
    const related = l && l.role.startsWith('related');
    // (An embedded post and its player line stand inside the story, not in its head.)
    const embedded = (l?.role === 'meta' && l.kind === 'embed') || (!l && g.cues.has('video'));
    if (!related && !embedded && ((l && (l.role === 'meta' || l.role === 'furniture')) || cueFurniture(g) || has(g, 'byline', 'credit', 'agency') || (g.date && g.date.wholeLine))) metaish++;
    if (related) break;
  }
  return { start, end: best.end };
}

/** A line that stops on a small word cannot end its sentence there. */
const DANGLING_END = /(?:^|\s)(?:de|du|des|la|le|les|à|au|aux|en|et|ou|pour|par|sur|avec|dans|un|une|que|qui|of|the|to|in|a|an|and|or|for|with|on|at|by|from|that)$/iu;

/** How far above the story its running head is looked for. */
const HEAD_LINES = 40;

/**
 * A printed page's foot: only its web address, with a page number ("…?print=1   1/2") or
 * printed in the head too. (A bare address in a story is a source it cites.)
 */
function isPrintFoot(text: string, heads: readonly string[]): boolean {
  const m = PRINT_FOOT.exec(text.trim());
  return m !== null && (m[2] !== undefined || heads.some((h) => h.includes(m[1]!)));
}

/**
 * The line is the first part of a paragraph that a printed page's break cut: under it, past
 * the page's foot and head, the sentence goes on in lower case.
 */
function cutByPageBreak(units: Unit[], i: number, heads: readonly string[]): boolean {
  let j = i + 1;
  const margin = (t: string) => isPrintFoot(t, heads) || isPrintMargin(t) || heads.some((h) => t.includes(h));
  while (j < units.length && j <= i + 4 && margin(units[j]!.text)) j++;
  return j > i + 1 && j < units.length && /^\p{Ll}/u.test(units[j]!.text.trim());
}

/** The unit is the last of its block (a blank line or the end of the page follows). */
function closesBlock(units: Unit[], i: number): boolean {
  return i + 1 >= units.length || units[i + 1]!.gapBefore > 0;
}

/** Everything above the unit in its block is a video widget's (its title, its duration). */
function underVideoOnly(units: Unit[], labels: Draft, i: number): boolean {
  let j = i - 1;
  for (; j >= 0; j--) {
    const l = labels[j];
    if (!(l?.role === 'furniture' && l.kind === 'video')) return false;
    if (units[j]!.gapBefore > 0) break;
  }
  return j >= 0 && j < i;
}

/**
 * Blocks of three lines or more that are all headlines (or short questions): a list of
 * stubs printed as a box, whose questions are not paragraphs of the story.
 */
function headlineBlocks(units: Unit[], feats: Features[]): Set<number> {
  const out = new Set<number>();
  let start = 0;
  for (let i = 1; i <= units.length; i++) {
    if (i < units.length && units[i]!.block === units[start]!.block) continue;
    const size = i - start;
    if (size >= 3 && size <= 12 && units[start]!.gapBefore > 0) {
      let headlines = 0;
      let all = true;
      for (let k = start; k < i && all; k++) {
        const f = feats[k]!;
        if (f.headlineLike && f.words >= 4) headlines++;
        else if (!(f.prose && isShortQuestion(units[k]!.text, f))) all = false;
      }
      if (all && headlines >= 2) out.add(units[start]!.block);
    }
    start = i;
  }
  return out;
}

/** A headline-shaped unit with a byline or a dateline among the few units under it. */
function isHeadlineWithByline(units: Unit[], feats: Features[], labels: Draft, at: number): boolean {
  const f = feats[at]!;
  if (!f.headlineLike || f.words < 4 || cueFurniture(f) || f.date || has(f, 'byline', 'agency', 'credit') || isByline(units[at]!.text, f)) return false;
  for (let j = at + 1; j <= at + 4 && j < units.length; j++) {
    const g = feats[j]!;
    if (labels[j]?.role === 'meta') return true;
    if (g.startsContinuation && j === at + 1) return false;
    if (isByline(units[j]!.text, g) || (g.date && g.date.wholeLine) || (g.date && has(g, 'date-marker'))) return true;
  }
  return false;
}

/**
 * On an HTML page, the other prose segments inside the article box belong to the story too
 * (an abstract before the full text, a part after a "Don't miss" box), as long as no
 * headline stands between them and the best one.
 */
function widenInArticle(
  units: Unit[],
  feats: Features[],
  labels: Draft,
  segments: Segment[],
  best: Segment,
  mask: readonly boolean[],
): Segment {
  let { start, end } = best;
  const inArticle = (s: { start: number; end: number }) => mask[s.start] === true && mask[s.end] === true;
  // The markup's headline, if it gave one; nothing else is a title yet at this stage.
  const titleAt = labels.findIndex((l) => l?.role === 'title');
  const titleBetween = (a: number, b: number) => titleAt >= a && titleAt <= b;
  for (const s of segments) {
    if (s === best || !inArticle(s) || s.weight < 1) continue;
    if (s.end < start && !titleBetween(s.end, start)) start = Math.min(start, s.start);
    if (s.start > end && !titleBetween(end, s.start)) end = Math.max(end, s.end);
  }
  // What follows the last paragraph inside the article box (a list of dates, a closing
  // line) is the story's too, up to the first sign of the page's tail.
  for (let j = end + 1; j < units.length; j++) {
    const l = labels[j];
    if (!mask[j]) {
      if (l) continue;
      break;
    }
    if (l && l.role !== 'furniture') break;
    if (l) continue;
    if (has(feats[j]!, ...TAIL_CUES) || feats[j]!.hashtags) break;
    end = j;
  }
  return { ...best, start, end };
}

/**
 * Blocks of a few lines that read as one paragraph once joined: a sentence the dump broke
 * around a quote ("La préfète a indiqué qu'une demande" / "« dès la semaine prochaine »" /
 * "pour les communes concernées."). Their lines count as prose when the story is sought.
 */
function proseBlocks(units: Unit[], feats: Features[], labels: Draft): Set<number> {
  const out = new Set<number>();
  let start = 0;
  for (let i = 1; i <= units.length; i++) {
    if (i < units.length && units[i]!.block === units[start]!.block) continue;
    const size = i - start;
    if (size >= 2 && size <= 6) {
      const members = units.slice(start, i);
      const clean = members.every((m) => !labels[m.index] && !cueFurniture(feats[m.index]!));
      const text = members.map((m) => m.text).join(' ');
      const words = members.reduce((a, m) => a + feats[m.index]!.words, 0);
      const joinedProse = words >= 12 && /[.!?…]["'”’»)\]]*$/u.test(text) && members.slice(1).some((m) => feats[m.index]!.startsContinuation);
      if (clean && joinedProse) out.add(units[start]!.block);
    }
    start = i;
  }
  return out;
}

export function labelStory(
  units: Unit[],
  feats: Features[],
  labels: Draft,
  story: { start: number; end: number },
  hasBlankLines: boolean,
  inline: Map<number, { marker: string; rest: string }>,
  mask?: readonly boolean[],
  headingOk?: readonly boolean[],
): void {
  // A story printed without blank lines between its paragraphs, whatever the rest of the page
  // does: there a short headline-shaped line over prose is a subheading.
  // (Paragraphs that follow paragraphs: most of them without a blank line between.)
  let joined = 0;
  let spaced = 0;
  for (let i = story.start + 1; i <= story.end; i++) {
    if (!feats[i]!.prose || !feats[i - 1]!.prose) continue;
    if (units[i]!.gapBefore > 0) spaced++;
    else joined++;
  }
  const storyHasGaps = hasBlankLines && !(joined >= 3 && joined >= 3 * spaced);
  // Headline-sized lines just above the story, which a printed page repeats as its running head.
  const heads = units
    .slice(Math.max(0, story.start - HEAD_LINES), story.start)
    .map((u) => u.text.trim())
    .filter((t) => t.length >= 30);
  for (let i = story.start; i <= story.end; i++) {
    if (labels[i]) continue;
    if (mask && !mask[i]) {
      // A box the markup places outside the article (a sidebar between two of its parts).
      labels[i] = furniture('boilerplate', 'dom:outside-content');
      continue;
    }
    const u = units[i]!;
    const f = feats[i]!;
    const prevStory = i > story.start && isStoryLabel(labels[i - 1]);
    // "À lire aussi » <headline>": a stub even when its headline reads like a sentence.
    if (f.cues.has('inline-related') && (!f.prose || f.words <= 25)) {
      const cut = afterMarker(u.text, 'inline-related');
      if (cut && cut.rest.length > 0 && /\p{L}{2}/u.test(cut.rest)) {
        inline.set(i, cut);
        labels[i] = { role: 'related-title', rule: 'related:inline', region: -1 };
        continue;
      }
    }
    if (has(f, 'newsletter', 'subscribe', 'paywall', 'promo') && f.words <= 45 && addressesReader(u.text, f)) {
      labels[i] = cueFurniture(f, ['newsletter', 'subscribe', 'paywall', 'promo'])!;
      continue;
    }
    if (f.cues.has('footer') && f.words <= 60 && COPYRIGHT.test(u.text)) {
      labels[i] = furniture('footer', 'story:copyright');
      continue;
    }
    // The advert under its label ("Publicité" / "Semences fourragères : commandez avant…").
    // Only in a dump whose blank lines show the boxes: the label and one line closing its box.
    const prevLabel = labels[i - 1];
    const closesBox = closesBlock(units, i) && labels[i - 1] !== undefined && units[i - 1]!.gapBefore > 0;
    if (hasBlankLines && u.gapBefore === 0 && closesBox && prevLabel?.role === 'furniture' && prevLabel.kind === 'ad' && prevLabel.rule.startsWith('cue:') && f.words <= 40 && ADVERT.test(u.text)) {
      labels[i] = furniture('ad', 'story:under-ad-label');
      continue;
    }
    // A printed page's running head and foot, repeated at each page break: the page's URL
    // (with "1/2"), or the date and the headline again.
    // (The same line again counts when it carries a full date: "03/10/2025, 09:14   Cocoa…".)
    const printDated = f.date?.iso != null && /^\d{4}-\d{2}-\d{2}/u.test(f.date.iso);
    const repeatsHead = heads.some((h) => (h !== u.text.trim() || printDated) && u.text.includes(h));
    if (isPrintFoot(u.text, heads) || (repeatsHead && (!f.prose || printDated))) {
      labels[i] = furniture('header', 'story:running-head');
      continue;
    }
    // What a player says of itself under its button ("Écouter l'article" / "La synthèse
    // vocale… permet de…"): a cued line right under the player's line.
    const above = labels[i - 1];
    const playerAbove = (above?.role === 'furniture' && above.kind === 'video') || (!above && i > 0 && feats[i - 1]!.cues.has('video'));
    if (u.gapBefore === 0 && playerAbove && has(f, 'promo', 'video') && f.words <= 40) {
      labels[i] = furniture('video', 'story:player-note');
      continue;
    }
    // One line closing a video player's box ("WATCH | Riders react…" / "Duration 2:03" /
    // what the clip shows): the widget's description, not the story's.
    if (hasBlankLines && u.gapBefore === 0 && closesBlock(units, i) && f.words <= 30 && underVideoOnly(units, labels, i)) {
      labels[i] = furniture('video', 'story:video-description');
      continue;
    }
    if (isBioParagraph(u.text, f, units[i - 1]?.text)) {
      labels[i] = furniture('bio', 'story:author-bio');
      continue;
    }
    // What an ad slot says under its label while it loads ("This advertisement has not loaded
    // yet, but your article continues below."): a sentence, but the ad's.
    const adAbove = labels[i - 1] ? labels[i - 1]!.role === 'furniture' && (labels[i - 1] as { kind: string }).kind === 'ad' : i > 0 && feats[i - 1]!.cues.has('ad') && !feats[i - 1]!.prose;
    if (f.cues.has('ad') && f.words <= 20 && u.gapBefore === 0 && adAbove) {
      labels[i] = furniture('ad', 'story:ad-slot');
      continue;
    }
    if (f.prose) {
      labels[i] = { role: 'body', rule: 'story:prose' };
      continue;
    }
    const furn = cueFurniture(f, STORY_FURNITURE);
    if (furn && f.words <= 20) {
      labels[i] = furn;
      continue;
    }
    if (f.date && f.date.wholeLine && f.words <= 12) {
      labels[i] = { role: 'meta', kind: 'date', rule: 'story:dateline' };
      continue;
    }
    if (isByline(u.text, f)) {
      labels[i] = { role: 'meta', kind: 'byline', rule: 'story:byline' };
      continue;
    }
    // "jfraser@courier.ca" in a paragraph of its own under the last one: how to reach the
    // reporter. (After "write to:", or with the story going on below, it is the story's.)
    const closesStory = !(i + 1 < units.length && feats[i + 1]!.prose);
    if (f.cues.has('email-line') && u.gapBefore > 0 && closesStory && !/:\s*$/u.test(units[i - 1]?.text ?? '')) {
      labels[i] = furniture('promo', 'story:contact-line');
      continue;
    }
    // The line goes on from the one before: a quote's closing words, ", a-t-il déclaré.".
    const continues =
      f.startsContinuation ||
      (prevStory && u.gapBefore === 0 && !feats[i - 1]!.endsSentence && labels[i - 1]!.role === 'body');
    if (continues) {
      labels[i] = { role: 'body', rule: 'story:continuation' };
      continue;
    }
    // A list inside the story: "• a free water test…", "- Approximately 420 jobs…", "2. conditionner…".
    if (BULLET.test(u.text) && f.words >= 3) {
      labels[i] = { role: 'body', rule: 'story:list-item' };
      continue;
    }
    // A line cut after a small word ("…, a lancé le maire de" / "Corenc" / ", Alain…"): the
    // sentence goes on below, whatever the next line looks like (a link's text, a name).
    const nextUnit = units[i + 1];
    if (nextUnit && nextUnit.gapBefore === 0 && i + 1 <= story.end && !f.endsSentence && f.words >= 3 && DANGLING_END.test(u.text.trim())) {
      labels[i] = { role: 'body', rule: 'story:broken-line' };
      continue;
    }
    const afterBroken = labels[i - 1]?.rule === 'story:broken-line' && u.gapBefore === 0;
    // A quote whose attribution follows on the next line (", raconte Sylvie Arnaud.").
    if (nextUnit && nextUnit.gapBefore === 0 && feats[i + 1]!.startsContinuation && !f.endsSentence && (f.words >= 2 || afterBroken)) {
      labels[i] = { role: 'body', rule: 'story:before-continuation' };
      continue;
    }
    const alone = u.gapBefore > 0 && (i + 1 >= units.length || units[i + 1]!.gapBefore > 0);
    const beforeProse =
      i + 1 < units.length && (feats[i + 1]!.prose || BULLET.test(units[i + 1]!.text) || (/:\s*$/u.test(units[i + 1]!.text) && feats[i + 1]!.words >= 6));
    // "J.-L. P.", "(Lux Matin/jw)": a reporter's initials under the story.
    if (SIGNATURE.test(u.text.trim())) {
      labels[i] = { role: 'meta', kind: 'byline', rule: 'story:initials' };
      continue;
    }
    // "Aliou DIOP" under the last paragraph: the reporter signing the story, surname in capitals.
    if (isSignatureName(u.text) && closesStory) {
      labels[i] = { role: 'meta', kind: 'byline', rule: 'story:signature' };
      continue;
    }
    // "Reporting by … ; Editing by …": a wire's sign-off. In a dump, only when it names the
    // work ("By the numbers" is a subheading there; markup says which is which on a page).
    if (!f.prose && f.words >= 3 && ((f.cues.has('byline') && mask !== undefined) || isSignOff(u.text))) {
      labels[i] = { role: 'meta', kind: 'byline', rule: 'story:sign-off' };
      continue;
    }
    // On an HTML page a subheading is marked up as one (a heading, or a paragraph all in bold).
    const mayHead = !headingOk || headingOk[i] === true;
    if (!f.endsSentence && cutByPageBreak(units, i, heads)) {
      labels[i] = { role: 'body', rule: 'story:cut-by-page-break' };
      continue;
    }
    if (f.headlineLike && f.words <= 20 && (alone || (!storyHasGaps && beforeProse) || (u.gapBefore > 0 && beforeProse))) {
      // Not marked up as a heading: a short paragraph of its own box ("1 545 500 euros").
      if (!mayHead && f.words >= 3 && !cueFurniture(f) && !has(f, 'byline', 'credit', 'nav')) labels[i] = { role: 'body', rule: 'story:short-paragraph' };
      else if (mayHead) labels[i] = { role: 'heading', rule: 'story:subheading' };
      if (labels[i]) continue;
    }
    // The next line continues this one: a sentence that the dump broke before a quote.
    const next = feats[i + 1];
    if (next && i + 1 <= story.end && units[i + 1]!.gapBefore === 0 && !f.endsSentence && f.words >= 2 && (next.startsContinuation || next.prose || /^["“«]/u.test(units[i + 1]!.text))) {
      labels[i] = { role: 'body', rule: 'story:broken-line' };
      continue;
    }
    if (f.endsSentence && f.words >= 3) {
      labels[i] = { role: 'body', rule: 'story:short-sentence' };
      continue;
    }
    // The sentence that introduces a list or a quote ("The program includes:").
    if (/:\s*$/u.test(u.text) && f.words >= 6 && !f.headlineLike) {
      labels[i] = { role: 'body', rule: 'story:introduces-list' };
      continue;
    }
    if (/^["“«].*["”»]$/u.test(u.text) && f.words >= 2) {
      labels[i] = { role: alone ? 'heading' : 'body', rule: 'story:quote-line' };
      continue;
    }
    // On an HTML page a short line with a box of its own inside the article ("Primary funding
    // source:", "Developer Paintbucket Games") is the author's; in a dump it is stray furniture.
    const own = cueFurniture(f);
    if (!own && mask?.[i] === true && u.gapBefore > 0 && f.words >= 2 && !isByline(u.text, f) && !f.date && !f.badges && !f.cues.has('credit')) {
      labels[i] = { role: 'body', rule: 'story:short-line-in-article' };
      continue;
    }
    labels[i] = own ?? furniture('boilerplate', 'story:stray-short-line');
  }
}

function isStoryLabel(l: Label | null | undefined): boolean {
  return !!l && (l.role === 'body' || l.role === 'heading');
}

