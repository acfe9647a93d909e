/** Related-article regions: what follows a related header, stub by stub. */
import { BULLET, isShortQuestion, type Features } from './features.js';
import type { Label, Unit } from '../types.js';
import { LINK_LABEL, REGION_STOP, SPONSORED, cueFurniture, furniture, has, type Draft } from './context.js';
import { splitBadges } from '../lexicon/index.js';
import { isByline, isPersonName } from './people.js';

export interface Region {
  header: number;
  end: number; // exclusive
  mode: 'summary' | 'title';
  /** The mode was a guess between a box inside the story and a list with summaries. */
  ambiguous: boolean;
  /** The units the region labelled, so that it can be read again. */
  claimed: number[];
  /** The list ended because the story went on under it: a box inside the story. */
  resumed?: boolean;
}

/**
 * After a related header, units are stubs until something else begins. Whether prose belongs
 * to the list depends on what the list looks like: when its first stub carries a summary,
 * later prose paragraphs are summaries; when it is a list of bare titles, prose means the
 * story has resumed (an "À lire aussi" box in the middle of an article).
 */

/**
 * `regionEnd[h]`: the last unit a list headed at h may take (an HTML page's markup says where
 * the box around a header closes); without it, only the text decides.
 */
export function markRelatedRegions(units: Unit[], feats: Features[], labels: Draft, regionEnd?: readonly number[]): Region[] {
  const regions: Region[] = [];
  for (let h = 0; h < units.length; h++) {
    if (labels[h] || feats[h]!.prose) continue;
    const strong = feats[h]!.cues.has('related-header');
    if (!strong && !(feats[h]!.cues.has('related-header-weak') && headlinesFollow(units, feats, labels, h))) continue;
    const region = markRegion(units, feats, labels, h, regions.length, 'title', regionEnd?.[h]);
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
export function rereadTailRegions(units: Unit[], feats: Features[], labels: Draft, regions: Region[], storyEnd: number, regionEnd?: readonly number[]): void {
  regions.forEach((r, idx) => {
    if (!r.ambiguous || r.header <= storyEnd) return;
    for (const i of r.claimed) labels[i] = null;
    regions[idx] = markRegion(units, feats, labels, r.header, idx, 'summary', regionEnd?.[r.header]);
  });
}

function markRegion(units: Unit[], feats: Features[], labels: Draft, h: number, region: number, ambiguousAs: Region['mode'], limit?: number): Region {
  labels[h] = furniture('related-header', 'cue:related-header');
  const claimed: number[] = [];
  const claim = (i: number, label: Label) => {
    labels[i] = label;
    claimed.push(i);
  };
  let mode: Region['mode'] | null = null;
  let ambiguous = false;
  let current = null as { title: boolean; summary: boolean } | null;
  // Headline-and-summary pairs so far: the summary on the headline's next line, or apart.
  const pairs = { same: 0, apart: 0 };
  let resumed = false;
  let i = h + 1;
  for (; i < units.length; i++) {
    if (limit !== undefined && i > limit) break;
    const f = feats[i]!;
    const prior = labels[i];
    if (prior) {
      if (prior.role === 'furniture' && prior.kind === 'cookie-banner') break;
      // Inside a list, a picture's alt text or credit belongs to the stub under it, and a line
      // taken as its caption is the stub's own text: read them again as parts of the list.
      if (prior.role === 'meta' && prior.kind === 'credit') {
        claim(i, { role: 'related-caption', rule: 'related:picture-line', region });
        continue;
      }
      if (!(prior.role === 'meta' && prior.kind === 'caption' && prior.rule.startsWith('caption:'))) continue;
      labels[i] = null;
    }
    // "Lire la suite", "Read more" under a stub: a link, not a new list.
    if (LINK_LABEL.test(units[i]!.text.trim())) {
      claim(i, { role: 'related-badge', rule: 'related:link-label', region });
      continue;
    }
    if (has(f, ...REGION_STOP) && !f.badges && !(has(f, 'paywall', 'subscribe') && f.words <= 6)) break;
    // A page's own links end a list ("Voir la version complète", "Back to top"); a section's
    // name alone ("Politique") may be a stub's kicker.
    if (f.cues.has('nav') && f.words >= 3 && !f.badges && PAGE_LINK.test(units[i]!.text)) break;
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
    const awaitingSummary = current?.title === true && !current.summary;
    if (!awaitingSummary && nextF && units[i + 1]!.gapBefore === 0 && (nextF.badges?.some((b) => b.cue === 'image-badge') || nextF.cues.has('credit'))) {
      claim(i, { role: 'related-caption', rule: 'related:caption-before-image-badge', region });
      continue;
    }
    const question = isQuestionHeadline(units[i]!.text, f);
    // A summary with something glued after its last sentence ("… answer. By Ama Boateng").
    const summaryShaped =
      !f.prose &&
      f.words >= 8 &&
      labels[i - 1]?.role === 'related-title' &&
      !BULLET.test(units[i]!.text) &&
      current?.title === true &&
      !current.summary &&
      units[i]!.gapBefore === 0 &&
      /[.!?…]\s+\p{Lu}/u.test(units[i]!.text);
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
        // Headline, paragraph, headline, paragraph… to the end of the list is a list of stubs
        // with summaries; two paragraphs in a row mean the story has resumed.
        // Prose after a blank line, with or without a badge between, may be the story going on.
        const apart = evidence === 'across-blank' || evidence === 'after-badge';
        ambiguous = apart && !alternates(units, feats, labels, i);
        mode = evidence === 'same-block' || (apart && !ambiguous) ? 'summary' : ambiguous ? ambiguousAs : 'title';
      }
    }
    // A headline after a blank line with prose under it, below a box of bare headlines packed
    // line after line: a subheading of the story, which has resumed ("Routes coupées et…").
    if (mode === 'title' && f.headlineLike && units[i]!.gapBefore > 0 && feats[i + 1]?.prose && !labels[i + 1] && packedTitles(units, labels, claimed)) break;
    // The page's own headline after a sidebar list: it has a byline and a dateline under it.
    if (isTitle && isPageHeadline(units, feats, labels, i)) break;
    if (isTitle) {
      claim(i, { role: 'related-title', rule: `related:title(${mode})`, region });
      current = { title: true, summary: false };
      continue;
    }
    if (f.prose) {
      const sameBlockAsTitle = current?.title && !current.summary && units[i]!.gapBefore === 0;
      // Every stub so far printed its summary right under its headline: a paragraph after a
      // blank line is the story going on, and the short line over it its subheading.
      if (mode === 'summary' && !sameBlockAsTitle && units[i]!.gapBefore > 0 && pairs.same >= 2 && pairs.apart === 0) {
        while (claimed.length > 0 && labels[claimed[claimed.length - 1]!]?.rule === 'related:short') labels[claimed.pop()!] = null;
        i = claimed.length > 0 ? claimed[claimed.length - 1]! + 1 : h + 1;
        resumed = true;
        break;
      }
      // In a box of bare headlines, a line of prose right under one is its summary if short;
      // a paragraph is the story going on.
      // After two or more bare headlines packed line after line, a paragraph of several
      // sentences is the story too (a stub's summary is one sentence, two at most short ones).
      const storyShaped = () => f.words > SUMMARY_WORDS || (f.words >= 25 && SENTENCE_SEAM.test(units[i]!.text) && packedTitles(units, labels, claimed));
      if (mode === 'title' && (!sameBlockAsTitle || storyShaped())) break;
      claim(i, { role: 'related-summary', rule: `related:summary(${mode})`, region });
      if (current?.title && !current.summary) pairs[units[i]!.gapBefore === 0 ? 'same' : 'apart']++;
      current = current?.title && !current.summary ? { title: true, summary: true } : { title: false, summary: true };
      continue;
    }
    // The same with nothing claimed yet (a heading of a word or two right under the header).
    if (mode === 'title' && f.headlineLike && units[i]!.gapBefore > 0 && feats[i + 1]?.prose) break;
    // A word or two with no cue inside a list: a label of the stub ("Vidéo", "3 min").
    claim(i, { role: 'related-badge', rule: 'related:short', region });
  }
  relabelAltTexts(labels, feats, claimed, region);
  return { header: h, end: i, mode: mode ?? 'title', ambiguous, claimed, resumed };
}

/** A short question reads as prose but is shaped like a headline. */
function isQuestionHeadline(text: string, f: Features): boolean {
  return f.prose && isShortQuestion(text, f);
}

/** A link of the page itself, not a label of a stub ("Version française seulement"). */
const PAGE_LINK = /^\W*(voir|lire|afficher|view|see|go to|back to|retour|haut de|skip|aller)\b/iu;

/** Two or more stub headlines claimed, each on the line right under the one before. */
function packedTitles(units: Unit[], labels: Draft, claimed: readonly number[]): boolean {
  const titles = claimed.filter((c) => labels[c]?.role === 'related-title');
  return titles.length >= 2 && titles.every((c, k) => k === 0 || (c === titles[k - 1]! + 1 && units[c]!.gapBefore === 0));
}

/**
 * Lists whose every stub is "picture alt text, headline, date": two headline-shaped lines then
 * a badge, over and over. The first line of each pair describes the picture.
 */
function relabelAltTexts(labels: Draft, feats: Features[], claimed: number[], region: number): void {
  // The badge under each pair is its date ("2 hours ago", "12 mars 2025"); a language or a
  // section label between headlines ("En anglais") says nothing of pictures.
  const seq = claimed
    .map((i) => (labels[i]?.role === 'related-title' ? 'T' : labels[i]?.role === 'related-badge' ? (feats[i]!.date ? 'D' : 'B') : 'x'))
    .join('');
  if (!/^(TTD[DB]*){2,}$/u.test(seq)) return;
  let k = 0;
  while (k < seq.length) {
    labels[claimed[k]!] = { role: 'related-caption', rule: 'related:alt-text-before-headline', region };
    k += 2;
    while (seq[k] === 'B' || seq[k] === 'D') k++;
  }
}

function isPageHeadline(units: Unit[], feats: Features[], labels: Draft, i: number): boolean {
  // Under the page's headline: maybe its standfirst, then a byline (or a bare name) and a
  // dateline, in either order.
  let byline = false;
  let dated = false;
  let dek = false;
  for (let j = i + 1; j < units.length && j <= i + 6; j++) {
    if (labels[j]) continue;
    const g = feats[j]!;
    const text = units[j]!.text;
    if (isByline(text, g) || isPersonName(text)) {
      byline = true;
      // A dateline then a byline is also how a list prints each stub: the page's headline
      // has its story (or the story's share bar) right under them.
      if (dated) return storyFollows(units, feats, labels, j);
    } else if (g.date && g.date.wholeLine && g.date.iso) {
      if (byline) return true;
      dated = true;
    } else if (g.prose && !dek && !byline && !dated) dek = true;
    // The outlet under the byline ("Marie-Ève Tremblay" / "Le Courrier de la Capitale").
    else if (byline && !g.prose && g.words <= 5 && units[j]!.gapBefore === 0) continue;
    else if (!(g.badges || g.date)) return false;
  }
  return false;
}

/** After unit j, the story begins: prose, perhaps under a share bar or a reading time. */
function storyFollows(units: Unit[], feats: Features[], labels: Draft, j: number): boolean {
  for (let k = j + 1; k < units.length && k <= j + 4; k++) {
    const g = feats[k]!;
    if (labels[k] || has(g, 'share', 'reading-time')) continue;
    return g.prose && g.words >= 12;
  }
  return false;
}

/**
 * Headlines under a weak header: two of them, each with at most one short summary under it
 * ("From our partners" / headline / one sentence / headline). A subheading of the story is
 * followed by paragraphs, longer or more than one.
 */
const SUMMARY_WORDS = 35;
/** A label, a colon and a figure, or a line ending on a figure: a fact box, not a headline. */
const FACT_LINE = /:\s*[\d$€£]|\d[\d.,\s]*(?:%|per cent|pour cent)?\s*$/u;
/** A second sentence: a stub's summary is one. */
const SENTENCE_SEAM = /[.!?…]["'”’»)]*\s+\p{Lu}/u;

function headlinesFollow(units: Unit[], feats: Features[], labels: Draft, h: number): boolean {
  let titles = 0;
  let summarized = false;
  for (let j = h + 1; j < units.length && titles < 2; j++) {
    const g = feats[j]!;
    // Badges, dates and "Name, March 3, 2025" lines under a stub say nothing either way.
    if (labels[j] || g.badges || (g.date && (g.date.wholeLine || g.words <= 4)) || g.words <= 2) continue;
    if (g.prose) {
      if (titles === 0 || summarized || g.words > SUMMARY_WORDS || SENTENCE_SEAM.test(units[j]!.text)) return false;
      summarized = true;
      continue;
    }
    if (g.words < 4) return false;
    // "Unemployment rate in May: 6.8 per cent": a fact box's line, not a headline.
    if (FACT_LINE.test(units[j]!.text)) return false;
    titles++;
    summarized = false;
  }
  return titles >= 2;
}

function alternates(units: Unit[], feats: Features[], labels: Draft, i: number): boolean {
  let seq = '';
  for (let j = i; j < units.length; j++) {
    const g = feats[j]!;
    if (labels[j] || g.badges || (g.date && g.date.wholeLine)) continue;
    if (has(g, ...REGION_STOP) || g.hashtags) break;
    if (g.prose) seq += 'P';
    else if (g.words >= 4) seq += 'T';
  }
  return seq.length >= 4 && /^(TP)+T?$/u.test(seq);
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
    // A question is a headline ("What went wrong with the ferries?"), not a summary.
    if (!f.prose || isQuestionHeadline(units[j]!.text, f)) return 'none';
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


