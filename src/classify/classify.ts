/**
 * The two-pass classifier (jusText's idea, adapted to page dumps). The first pass gives each
 * unit context-free facts (features.ts). This pass reads them in context:
 *   1. furniture that announces itself wherever it stands: cookie banners, embedded posts,
 *      captions beside their credits, related-article regions after their headers;
 *   2. the story: the run of prose that carries the most words, between hard boundaries
 *      (related lists, comments, tag lists, footers, bios);
 *   3. the head before it (title, byline, dates, dek) and the tail after it (stubs, tags,
 *      comments, bio, footer), each unit labelled with the rule that decided.
 * Every unit gets exactly one label: nothing is dropped without a reason.
 */
import { BULLET, featuresOf, type Features } from './features.js';
import { findEmbeds, type EmbedSpan } from './embeds.js';
import { afterMarker, splitBadges, type Cue } from '../lexicon/index.js';
import type { FurnitureKind, Label, LabeledUnit, Unit } from '../types.js';

export interface Classification {
  units: LabeledUnit[];
  features: Features[];
  embeds: EmbedSpan[];
  /** Inline "Lire aussi : X" units: the marker text and the headline after it. */
  inline: Map<number, { marker: string; rest: string }>;
  story: { start: number; end: number } | null;
}

/** Cues that end a story and start a page's tail. */
const HARD_BOUNDARY: Cue[] = ['comments-header', 'most-read', 'tags-header', 'footer', 'bio', 'press-contact'];
/** Cues after which the page is no longer the story, used to weight candidate segments. */
const TAIL_START: Cue[] = ['comments-header', 'footer', 'bio', 'most-read'];
/** What ends a related list. */
const REGION_STOP: Cue[] = [
  'related-header',
  'comments-header',
  'most-read',
  'tags-header',
  'footer',
  'cookie',
  'newsletter',
  'share',
  'bio',
  'login',
  'subscribe',
  'paywall',
  'promo',
  'press-contact',
];

/** Cue to furniture kind, for units that are removed on their cue alone. */
const CUE_KIND: Partial<Record<Cue, FurnitureKind>> = {
  cookie: 'cookie-banner',
  'consent-button': 'cookie-banner',
  'related-header': 'related-header',
  'most-read': 'most-read',
  video: 'video',
  share: 'share',
  newsletter: 'newsletter',
  subscribe: 'subscribe',
  paywall: 'paywall',
  login: 'login',
  ad: 'ad',
  'reading-time': 'reading-time',
  'comments-header': 'comments',
  'comment-action': 'comments',
  footer: 'footer',
  nav: 'nav',
  'tags-header': 'tags-header',
  bio: 'bio',
  promo: 'promo',
  'press-contact': 'promo',
};

/** Cues whose furniture reading wins inside the story too (they never are story text). */
const STORY_FURNITURE: Cue[] = ['ad', 'share', 'newsletter', 'subscribe', 'paywall', 'video', 'reading-time', 'login', 'promo', 'press-contact'];

type Draft = Array<Label | null>;


const SPONSORED = /sponsor|paid|promoted|partner|commandit|partenaire|publireportage/iu;

/** A copyright notice: furniture even when it is written as sentences. */
const COPYRIGHT = /©|\bcopyright\b|all rights reserved|tous droits réservés/iu;

export function classify(units: Unit[], hasBlankLines: boolean): Classification {
  const feats = units.map(featuresOf);
  const labels: Draft = units.map(() => null);
  const inline = new Map<number, { marker: string; rest: string }>();

  markCookieBanners(units, feats, labels);
  const embeds = findEmbeds(units, feats);
  for (const e of embeds) {
    for (const i of [...e.text, e.attribution, ...(e.date === null ? [] : [e.date])]) {
      labels[i] ??= { role: 'meta', kind: 'embed', rule: 'embed:attribution' };
    }
  }
  markCaptions(units, feats, labels);
  const regions = markRelatedRegions(units, feats, labels);
  markFurnitureBoxes(units, feats, labels);
  const story = findStory(units, feats, labels, regions);

  if (story) {
    rereadTailRegions(units, feats, labels, regions, story.end);
    labelStory(units, feats, labels, story, hasBlankLines, inline);
    labelHead(units, feats, labels, story.start);
    labelTail(units, feats, labels, story.end);
  } else {
    labelHead(units, feats, labels, units.length);
  }
  return {
    units: units.map((u, i) => ({ ...u, label: labels[i] ?? { role: 'furniture', kind: 'boilerplate', rule: 'fallback' } })),
    features: feats,
    embeds,
    inline,
    story,
  };
}

function has(f: Features, ...cues: Cue[]): boolean {
  return cues.some((c) => f.cues.has(c));
}

function furniture(kind: FurnitureKind, rule: string): Label {
  return { role: 'furniture', kind, rule };
}

/** The furniture reading of a unit's cues, if any, in order of how sure a cue is. */
function cueFurniture(f: Features, allowed?: Cue[]): Label | null {
  const order: Cue[] = [
    'cookie',
    'related-header',
    'comments-header',
    'most-read',
    'paywall',
    'subscribe',
    'newsletter',
    'promo',
    'press-contact',
    'ad',
    'share',
    'video',
    'reading-time',
    'login',
    'tags-header',
    'footer',
    'bio',
    'nav',
    'consent-button',
    'comment-action',
  ];
  for (const cue of order) {
    if (allowed && !allowed.includes(cue)) continue;
    if (!f.cues.has(cue)) continue;
    // A story-length paragraph is furniture only on its strongest cues.
    if (f.prose && f.words > 30 && !['cookie', 'paywall', 'subscribe', 'newsletter', 'bio'].includes(cue)) continue;
    return furniture(CUE_KIND[cue]!, `cue:${cue}`);
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// 1. Furniture that announces itself.

/**
 * A cookie banner sits first or last on the page: a unit with a cookie cue near either end,
 * or one that says outright that the site uses cookies, and its buttons around it.
 */
function markCookieBanners(units: Unit[], feats: Features[], labels: Draft): void {
  const n = units.length;
  // The page's prose zone, cookie text aside: a banner stands outside it, or is too short
  // to be a paragraph of the story.
  const furnitureProse = (f: Features) => f.words <= 45 && has(f, 'cookie', 'footer', 'newsletter', 'subscribe', 'paywall', 'promo');
  const proseAt = feats.map((f, i) => (f.prose && !furnitureProse(f) ? i : -1)).filter((i) => i >= 0);
  const firstProse = proseAt[0] ?? n;
  const lastProse = proseAt[proseAt.length - 1] ?? -1;
  for (let i = 0; i < n; i++) {
    const f = feats[i]!;
    if (!f.cues.has('cookie')) continue;
    const outright = /cookie|traceur|témoin/iu.test(units[i]!.text);
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
function markCaptions(units: Unit[], feats: Features[], labels: Draft): void {
  const captionTexts = new Set<string>();
  for (let i = 0; i < units.length; i++) {
    const f = feats[i]!;
    if (labels[i] || !f.cues.has('credit') || f.words > 40 || f.prose && f.words > 30) continue;
    if (f.cues.has('footer') && /\d{4}/.test(units[i]!.text) && !/photo|crédit|credit|image/iu.test(units[i]!.text)) continue;
    labels[i] = { role: 'meta', kind: 'credit', rule: 'cue:credit' };
    const prev = i - 1;
    if (prev >= 0 && !labels[prev] && units[i]!.gapBefore === 0 && feats[prev]!.words <= 45 && isCaptionShaped(feats[prev]!)) {
      labels[prev] = { role: 'meta', kind: 'caption', rule: 'caption:before-credit' };
      captionTexts.add(units[prev]!.text);
    }
    const next = i + 1;
    if (next < units.length && !labels[next] && units[next]!.gapBefore === 0) {
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
function markFurnitureBoxes(units: Unit[], feats: Features[], labels: Draft): void {
  const BOX: Cue[] = ['newsletter', 'subscribe', 'paywall', 'promo', 'video'];
  for (let i = 0; i < units.length; i++) {
    const cue = BOX.find((c) => feats[i]!.cues.has(c));
    if (!cue || feats[i]!.words > 45) continue;
    for (let j = i + 1; j < units.length && j <= i + 4 && units[j]!.gapBefore === 0; j++) {
      if (!feats[j]!.cues.has(cue)) continue;
      for (let k = i + 1; k < j; k++) {
        if (!labels[k] && feats[k]!.words <= 30 && !feats[k]!.cues.has('related-header')) {
          labels[k] = furniture(CUE_KIND[cue]!, 'box:between-furniture-lines');
        }
      }
      break;
    }
  }
}

// ---------------------------------------------------------------------------------------
// Related-article regions.

export interface Region {
  header: number;
  end: number; // exclusive
  mode: 'summary' | 'title';
  /** The mode was a guess between a box inside the story and a list with summaries. */
  ambiguous: boolean;
  /** The units the region labelled, so that it can be read again. */
  claimed: number[];
}

/**
 * After a related header, units are stubs until something else begins. Whether prose belongs
 * to the list depends on what the list looks like: when its first stub carries a summary,
 * later prose paragraphs are summaries; when it is a list of bare titles, prose means the
 * story has resumed (an "À lire aussi" box in the middle of an article).
 */
function markRelatedRegions(units: Unit[], feats: Features[], labels: Draft): Region[] {
  const regions: Region[] = [];
  for (let h = 0; h < units.length; h++) {
    if (labels[h] || !feats[h]!.cues.has('related-header') || feats[h]!.prose) continue;
    const region = markRegion(units, feats, labels, h, regions.length, 'title');
    regions.push(region);
    h = region.end - 1;
  }
  return regions;
}

/**
 * A list whose first stub is a bare headline with prose after a blank line is ambiguous: an
 * "À lire aussi" box inside the story, or a list of stubs with summaries. It is first read as
 * a box (the story resumes); once the story is known, a list that stands after it is read
 * again with summaries.
 */
function rereadTailRegions(units: Unit[], feats: Features[], labels: Draft, regions: Region[], storyEnd: number): void {
  regions.forEach((r, idx) => {
    if (!r.ambiguous || r.header <= storyEnd) return;
    for (const i of r.claimed) labels[i] = null;
    regions[idx] = markRegion(units, feats, labels, r.header, idx, 'summary');
  });
}

function markRegion(units: Unit[], feats: Features[], labels: Draft, h: number, region: number, ambiguousAs: Region['mode']): Region {
  labels[h] = furniture('related-header', 'cue:related-header');
  const claimed: number[] = [];
  const claim = (i: number, label: Label) => {
    labels[i] = label;
    claimed.push(i);
  };
  let mode: Region['mode'] | null = null;
  let ambiguous = false;
  let current = null as { title: boolean; summary: boolean } | null;
  let i = h + 1;
  for (; i < units.length; i++) {
    const f = feats[i]!;
    if (labels[i]) {
      if (labels[i]!.role === 'furniture' && (labels[i] as { kind: string }).kind === 'cookie-banner') break;
      continue;
    }
    if (has(f, ...REGION_STOP) && !f.badges && !(has(f, 'paywall', 'subscribe') && f.words <= 6)) break;
    if (f.hashtags) break;
    if (f.badges || (f.date && f.date.wholeLine && f.words <= 8) || (has(f, 'paywall', 'subscribe') && f.words <= 6) || isSourceAndTime(units[i]!.text, f)) {
      claim(i, { role: 'related-badge', rule: 'related:badge', region });
      continue;
    }
    if (has(f, 'ad', 'video', 'reading-time') && f.words <= 4) {
      claim(i, cueFurniture(f)!);
      // "Sponsored", "Paid content", "Contenu commandité": what follows is advertising.
      if (f.cues.has('ad') && SPONSORED.test(units[i]!.text)) {
        i++;
        break;
      }
      continue;
    }
    // A picture's caption: followed in its block by an image badge or a credit.
    const nextF = feats[i + 1];
    if (nextF && units[i + 1]!.gapBefore === 0 && (nextF.badges?.some((b) => b.cue === 'image-badge') || nextF.cues.has('credit'))) {
      claim(i, { role: 'related-caption', rule: 'related:caption-before-image-badge', region });
      continue;
    }
    const question = f.prose && f.words <= 16 && /\?["”»]?$/u.test(units[i]!.text);
    // A summary with something glued after its last sentence ("… answer. By Ama Boateng").
    const summaryShaped =
      !f.prose && f.words >= 8 && current?.title === true && !current.summary && units[i]!.gapBefore === 0 && /[.!?…]\s+\p{Lu}/u.test(units[i]!.text);
    if (summaryShaped) {
      claim(i, { role: 'related-summary', rule: 'related:summary-with-tail', region });
      current = { title: true, summary: true };
      continue;
    }
    // A stub's headline has a few words; one or two words are a source or a label.
    const isTitle = (!f.prose || question) && f.words >= 4;
    if (mode === null) {
      if ((f.prose && !isTitle) || claimed.some((c) => labels[c]?.role === 'related-caption')) {
        mode = 'summary';
      } else {
        const evidence = summaryEvidence(units, feats, labels, i);
        ambiguous = evidence === 'across-blank';
        mode = evidence === 'same-block' || evidence === 'after-badge' ? 'summary' : ambiguous ? ambiguousAs : 'title';
      }
    }
    if (isTitle) {
      claim(i, { role: 'related-title', rule: `related:title(${mode})`, region });
      current = { title: true, summary: false };
      continue;
    }
    if (f.prose) {
      const sameBlockAsTitle = current?.title && !current.summary && units[i]!.gapBefore === 0;
      if (mode === 'title' && !sameBlockAsTitle) break;
      claim(i, { role: 'related-summary', rule: `related:summary(${mode})`, region });
      current = current?.title && !current.summary ? { title: true, summary: true } : { title: false, summary: true };
      continue;
    }
    // A word or two with no cue inside a list: a label of the stub ("Vidéo", "3 min").
    claim(i, { role: 'related-badge', rule: 'related:short', region });
  }
  return { header: h, end: i, mode: mode ?? 'title', ambiguous, claimed };
}

/** What follows a stub's headline: prose in its block, prose after badges, prose after a blank. */
function summaryEvidence(units: Unit[], feats: Features[], labels: Draft, i: number): 'same-block' | 'after-badge' | 'across-blank' | 'none' {
  let sawBadge = false;
  for (let j = i + 1; j < units.length && j <= i + 5; j++) {
    if (labels[j]) continue;
    const f = feats[j]!;
    if (f.badges || (f.date && f.date.wholeLine) || isSourceAndTime(units[j]!.text, f)) {
      sawBadge = true;
      continue;
    }
    if (!f.prose) return 'none';
    if (units[j]!.block === units[i]!.block) return 'same-block';
    return sawBadge ? 'after-badge' : 'across-blank';
  }
  return 'none';
}

/** "Capital Wire · 3 hours ago", "Le Devoir | 12 mars": a stub's source and time, a badge. */
function isSourceAndTime(text: string, f: Features): boolean {
  if (f.words > 9 || f.prose) return false;
  const parts = text.split(/\s+[·|•–—-]\s+/u);
  return parts.length >= 2 && (f.date !== null || parts.some((p) => splitBadges(p) !== null));
}


// ---------------------------------------------------------------------------------------
// 2. The story.

/**
 * Candidate story units are the prose units nobody claimed. They are cut into segments at
 * hard boundaries; the segment with the most words (discounted once the page's tail has
 * begun) is the story, from its first prose unit to its last.
 */
function findStory(units: Unit[], feats: Features[], labels: Draft, regions: Region[]): { start: number; end: number } | null {
  interface Segment {
    start: number;
    end: number;
    words: number;
    weight: number;
  }
  const segments: Segment[] = [];
  let current: Segment | null = null;
  let tail = false;
  let seenProse = false;
  const summaryRegionAt = new Map(regions.filter((r) => r.mode === 'summary').map((r) => [r.header, r]));
  const blockProse = proseBlocks(units, feats, labels);
  for (let i = 0; i < units.length; i++) {
    const f = feats[i]!;
    const boundary =
      summaryRegionAt.has(i) || (!labels[i] && has(f, ...HARD_BOUNDARY) && !f.prose) || (labels[i]?.role === 'furniture' && (labels[i] as { kind: string }).kind === 'cookie-banner' && seenProse);
    if (boundary) {
      current = null;
      if (seenProse && has(f, ...TAIL_START)) tail = true;
      continue;
    }
    if (labels[i] || !(f.prose || blockProse.has(units[i]!.block))) continue;
    if (has(f, 'cookie', 'paywall', 'subscribe', 'newsletter', 'promo') && f.words <= 45) continue;
    if (isBioParagraph(units[i]!.text, f)) continue;
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
  // A standfirst followed by the byline, dates, credits or share bar: the story proper
  // starts after them, and the standfirst is read with the head.
  let start = best.start;
  for (let j = start + 1, metaish = 0; j <= best.end; j++) {
    const g = feats[j]!;
    if (!labels[j] && g.prose) {
      if (metaish >= 2) start = j;
      break;
    }
    if (labels[j] || cueFurniture(g) || has(g, 'byline', 'credit', 'agency') || (g.date && g.date.wholeLine)) metaish++;
  }
  return { start, end: best.end };
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

function labelStory(
  units: Unit[],
  feats: Features[],
  labels: Draft,
  story: { start: number; end: number },
  hasBlankLines: boolean,
  inline: Map<number, { marker: string; rest: string }>,
): void {
  for (let i = story.start; i <= story.end; i++) {
    if (labels[i]) continue;
    const u = units[i]!;
    const f = feats[i]!;
    const prevStory = i > story.start && isStoryLabel(labels[i - 1]);
    if (f.cues.has('inline-related') && !f.prose) {
      const cut = afterMarker(u.text, 'inline-related');
      if (cut && cut.rest.length > 0 && /\p{L}{2}/u.test(cut.rest)) {
        inline.set(i, cut);
        labels[i] = { role: 'related-title', rule: 'related:inline', region: -1 };
        continue;
      }
    }
    if (has(f, 'newsletter', 'subscribe', 'paywall', 'promo') && f.words <= 45) {
      labels[i] = cueFurniture(f, ['newsletter', 'subscribe', 'paywall', 'promo'])!;
      continue;
    }
    if (f.cues.has('footer') && f.words <= 60 && COPYRIGHT.test(u.text)) {
      labels[i] = furniture('footer', 'story:copyright');
      continue;
    }
    if (isBioParagraph(u.text, f)) {
      labels[i] = furniture('bio', 'story:author-bio');
      continue;
    }
    if (f.prose) {
      labels[i] = { role: 'body', rule: 'story:prose' };
      continue;
    }
    const furn = cueFurniture(f, STORY_FURNITURE);
    if (furn && f.words <= 12) {
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
    // The line goes on from the one before: a quote's closing words, ", a-t-il déclaré.".
    const continues =
      f.startsContinuation ||
      (prevStory && u.gapBefore === 0 && !feats[i - 1]!.endsSentence && labels[i - 1]!.role === 'body');
    if (continues && f.words + (f.chars > 0 ? 1 : 0) > 0) {
      labels[i] = { role: 'body', rule: 'story:continuation' };
      continue;
    }
    // A list inside the story: "• a free water test…", "- Approximately 420 jobs…", "2. conditionner…".
    if (BULLET.test(u.text) && f.words >= 3) {
      labels[i] = { role: 'body', rule: 'story:list-item' };
      continue;
    }
    // A quote whose attribution follows on the next line (", raconte Sylvie Arnaud.").
    const nextUnit = units[i + 1];
    if (nextUnit && nextUnit.gapBefore === 0 && feats[i + 1]!.startsContinuation && !f.endsSentence && f.words >= 2) {
      labels[i] = { role: 'body', rule: 'story:before-continuation' };
      continue;
    }
    const alone = u.gapBefore > 0 && (i + 1 >= units.length || units[i + 1]!.gapBefore > 0);
    const beforeProse = i + 1 < units.length && (feats[i + 1]!.prose || BULLET.test(units[i + 1]!.text));
    if (f.headlineLike && f.words <= 20 && (alone || (!hasBlankLines && beforeProse) || (u.gapBefore > 0 && beforeProse))) {
      labels[i] = { role: 'heading', rule: 'story:subheading' };
      continue;
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
    labels[i] = cueFurniture(f) ?? furniture('boilerplate', 'story:stray-short-line');
  }
}

function isStoryLabel(l: Label | null | undefined): boolean {
  return !!l && (l.role === 'body' || l.role === 'heading');
}

const ROLE_FIRST =
  /^(?:[\p{L}-]+ )?(?:editor|correspondent|reporter|writer|journalist|columnist|journaliste|correspondante?|rédact(?:eur|rice)|chroniqueu(?:r|se)|envoyée? spéciale?)\b/iu;

function isByline(text: string, f: Features): boolean {
  if (f.prose || f.words > 14) return false;
  // "Football reporter at Riverside Park", "Correspondante à Bruxelles": a role, first.
  if (f.cues.has('byline') && f.words <= 8 && ROLE_FIRST.test(text)) return true;
  // "Jenna Kavanagh · CBN News": a name, then the outlet or the role, between separators.
  const parts = text.split(/\s*[·|•,]\s*/u).filter((p) => p.length > 0);
  if (parts.length >= 2 && f.words <= 10 && isPersonName(parts[0]!)) return true;
  const after = afterMarker(text, 'byline');
  // "Eleanor Hartley Health editor": a capitalised name before the role word.
  if (!after) return f.cues.has('byline') && f.words <= 8 && /^\p{Lu}\p{Ll}+[\s-]+\p{Lu}/u.test(text);
  if (after.rest === '') return true;
  return /^[\p{Lu}"«“]/u.test(after.rest) || /^(avec|with|and|et|de|du|des|the|staff|afp|ap|reuters)\b/iu.test(after.rest);
}

// ---------------------------------------------------------------------------------------
// 3. Head and tail.

function labelHead(units: Unit[], feats: Features[], labels: Draft, start: number): void {
  // The title: the best headline-shaped unit before the story that nothing else claimed. A
  // headline is long enough to say something, is followed by a standfirst, a byline or a
  // date, and stands near the story; section labels and widgets are short.
  let title = -1;
  let best = Number.NEGATIVE_INFINITY;
  for (let i = start - 1; i >= 0; i--) {
    if (labels[i]) continue;
    const f = feats[i]!;
    if (!isTitleCandidate(f, units[i]!.text) || isByline(units[i]!.text, f)) continue;
    const score = titleScore(units, feats, labels, i, start);
    if (score > best) {
      best = score;
      title = i;
    }
  }
  // Two headline-shaped lines in a row: the headline, then a standfirst written without a stop.
  if (
    title > 0 &&
    !labels[title - 1] &&
    feats[title]!.words >= 8 &&
    isTitleCandidate(feats[title - 1]!) &&
    feats[title - 1]!.words >= 5 &&
    feats[title]!.words >= 0.8 * feats[title - 1]!.words
  ) {
    labels[title] = { role: 'body', rule: 'head:dek-without-stop' };
    title--;
  }
  if (title >= 0) labels[title] = { role: 'title', rule: 'head:nearest-headline' };
  let bylineOpen = false;
  let deked = title >= 0 && labels[title + 1]?.role === 'body';
  for (let i = 0; i < start; i++) {
    if (labels[i]) {
      bylineOpen = labels[i]!.role === 'meta' && (labels[i] as { kind: string }).kind === 'byline' ? bylineOpen : bylineOpen;
      continue;
    }
    const u = units[i]!;
    const f = feats[i]!;
    const afterTitle = i > title;
    if (has(f, 'share', 'comments-header', 'paywall', 'subscribe', 'login', 'reading-time', 'video', 'ad')) {
      labels[i] = cueFurniture(f) ?? furniture('header', 'head:furniture');
      continue;
    }
    if (afterTitle && isByline(u.text, f)) {
      labels[i] = { role: 'meta', kind: 'byline', rule: 'head:byline' };
      bylineOpen = true;
      continue;
    }
    // A name on its own line between the headline and the story ("Priya Raman" above
    // "Real Estate Reporter"), and the outlet right under it ("Le Métropolitain").
    if (afterTitle && isPersonName(u.text)) {
      labels[i] = { role: 'meta', kind: 'byline', rule: 'head:byline-name' };
      bylineOpen = true;
      continue;
    }

    if (afterTitle && f.cues.has('agency') && f.words <= 6) {
      labels[i] = { role: 'meta', kind: 'byline', rule: bylineOpen ? 'head:byline-agency' : 'head:agency' };
      continue;
    }
    if (f.date && f.date.wholeLine && f.words <= 14) {
      labels[i] = { role: 'meta', kind: 'date', rule: 'head:dateline' };
      continue;
    }
    if (afterTitle && bylineOpen && !f.date && labels[i - 1]?.role === 'meta' && f.words <= 4 && f.startsUpper && !f.prose && units[i]!.gapBefore === 0) {
      labels[i] = { role: 'meta', kind: 'byline', rule: 'head:byline-outlet' };
      continue;
    }
    const furn = cueFurniture(f);
    if (furn) {
      labels[i] = furn;
      continue;
    }
    if (afterTitle && f.prose && !deked) {
      labels[i] = { role: 'body', rule: 'head:dek' };
      deked = true;
      continue;
    }
    if (afterTitle && f.headlineLike && f.words >= 8 && i === title + 1) {
      labels[i] = { role: 'body', rule: 'head:dek-without-stop' };
      continue;
    }
    if (f.hashtags) {
      labels[i] = { role: 'meta', kind: 'tag', rule: 'head:hashtags' };
      continue;
    }
    labels[i] = furniture(afterTitle ? 'header' : 'nav', afterTitle ? 'head:between-title-and-story' : 'head:before-title');
  }
}

/** Two to four capitalised words, nothing else: a person's name on a line of its own. */
function isPersonName(text: string): boolean {
  const t = text.trim();
  if (/^(the|le|la|les|un|une|a|an|l['’]|des|du|de)\s/iu.test(t)) return false;
  return /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?:[ -]\p{Lu}[\p{Ll}'’.-]*){1,2}$/u.test(t);
}

const NAME_PART = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}'’]+)?";
/** "Nora Lindqvist is …", "Marie-Ève Tremblay est …", "Whitfield covers …": how a bio opens. */
const BIO_OPENING = new RegExp(
  `^${NAME_PART}(?: (?:${NAME_PART}|\\p{Lu}\\.)){0,3},? (?:is|was|est|était|a été|has been|covers|couvre|writes|écrit|reports|joined|a rejoint)\\b`,
  'u',
);

/** "Nora Lindqvist is a staff writer at …": a name, "is", and a bio cue, in a short paragraph. */
function isBioParagraph(text: string, f: Features): boolean {
  if (!f.cues.has('bio') || f.words > 70) return false;
  return !f.prose || BIO_OPENING.test(text);
}

function titleScore(units: Unit[], feats: Features[], labels: Draft, i: number, start: number): number {
  const f = feats[i]!;
  let score = Math.min(f.words, 14) / 14;
  if (f.words < 5) score -= 0.6;
  // What comes next: a standfirst, a byline or a dateline says "this was the headline".
  for (let j = i + 1; j < start + 1 && j <= i + 3; j++) {
    const g = feats[j];
    if (!g) break;
    const l = labels[j];
    if (l?.role === 'furniture' && (l.kind === 'nav' || l.kind === 'cookie-banner')) break;
    if (g.prose || has(g, 'byline') || (g.date && g.date.wholeLine) || (l?.role === 'meta' && l.kind !== 'tag')) {
      score += 0.5;
      break;
    }
    if (!l) break;
  }
  // Distance to the story, in units that nothing else explains.
  let between = 0;
  for (let j = i + 1; j < start; j++) if (!labels[j] && !cueFurniture(feats[j]!)) between++;
  return score - 0.05 * between;
}

/** Ends on a word that cannot end a headline ("News provided by", "Un article de"). */
const DANGLING = /\b(by|par|de|du|des|of|with|avec|the|le|la|les|and|et|to|à|for|pour|from)\s*$/iu;

function isTitleCandidate(f: Features, text = ''): boolean {
  if (cueFurniture(f) || (f.date && f.date.wholeLine) || f.badges || f.cues.has('agency') || isPersonName(text)) return false;
  if (DANGLING.test(text) || has(f, 'date-marker', 'updated-marker') || f.date?.iso) return false;
  return (f.headlineLike && f.words >= 3) || (!f.prose && f.words >= 4 && !f.endsWithPeriod);
}

function labelTail(units: Unit[], feats: Features[], labels: Draft, end: number): void {
  let zone: 'none' | 'comments' | 'most-read' | 'tags' | 'bio' = 'none';
  for (let i = end + 1; i < units.length; i++) {
    if (labels[i]) {
      if (labels[i]!.role !== 'furniture' || (labels[i] as { kind: string }).kind !== 'comments') zone = zone === 'tags' ? 'none' : zone;
      continue;
    }
    const u = units[i]!;
    const f = feats[i]!;
    if (has(f, 'footer', 'cookie')) {
      zone = 'none';
      labels[i] = cueFurniture(f, ['footer', 'cookie'])!;
      continue;
    }
    if (f.cues.has('comments-header') && !f.prose) {
      zone = 'comments';
      labels[i] = furniture('comments', 'tail:comments-header');
      continue;
    }
    if (f.cues.has('most-read') && !f.prose) {
      zone = 'most-read';
      labels[i] = furniture('most-read', 'tail:most-read-header');
      continue;
    }
    if (f.cues.has('tags-header') && !f.prose) {
      zone = 'tags';
      const cut = afterMarker(u.text, 'tags-header');
      labels[i] = cut && cut.rest ? { role: 'meta', kind: 'tag', rule: 'tail:tags-inline' } : furniture('tags-header', 'tail:tags-header');
      continue;
    }
    if (f.hashtags) {
      labels[i] = { role: 'meta', kind: 'tag', rule: 'tail:hashtags' };
      continue;
    }
    if (zone === 'comments') {
      labels[i] = furniture('comments', 'tail:in-comments');
      continue;
    }
    if (zone === 'most-read') {
      if (f.prose && f.words > 25) zone = 'none';
      else {
        labels[i] = furniture('most-read', 'tail:in-most-read');
        continue;
      }
    }
    if (zone === 'tags' && !f.prose && f.words <= 5 && !cueFurniture(f)) {
      labels[i] = { role: 'meta', kind: 'tag', rule: 'tail:tag' };
      continue;
    }
    if (f.date && f.date.wholeLine && f.words <= 14) {
      labels[i] = { role: 'meta', kind: 'date', rule: 'tail:dateline' };
      continue;
    }
    if (f.cues.has('bio')) {
      zone = 'bio';
      labels[i] = furniture('bio', 'tail:bio');
      continue;
    }
    const furn = cueFurniture(f);
    if (furn) {
      labels[i] = furn;
      continue;
    }
    // A name line right before a bio paragraph belongs to the author box.
    const next = feats[i + 1];
    if (next?.cues.has('bio') && f.words <= 6) {
      labels[i] = furniture('bio', 'tail:bio-name');
      continue;
    }
    labels[i] = furniture(zone === 'bio' ? 'bio' : 'boilerplate', zone === 'bio' ? 'tail:in-bio' : 'tail:after-story');
  }
}
