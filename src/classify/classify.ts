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
import { featuresOf, type Features } from './features.js';
import { findEmbeds, type EmbedSpan } from './embeds.js';
import { markCaptions, markCookieBanners, markFurnitureBoxes, markSiteLists } from './announced.js';
import { markRelatedRegions, rereadTailRegions } from './regions.js';
import { findStory, labelStory } from './story.js';
import { labelHead } from './head.js';
import { labelHeaderlessList, labelTail } from './tail.js';
import type { Draft } from './context.js';
import type { Label, LabeledUnit, Unit } from '../types.js';

export interface Classification {
  units: LabeledUnit[];
  features: Features[];
  embeds: EmbedSpan[];
  /** Inline "Lire aussi : X" units: the marker text and the headline after it. */
  inline: Map<number, { marker: string; rest: string }>;
  story: { start: number; end: number } | null;
}


/** What a front end knows before the text is read (the HTML front end's markup cues). */
export interface FrontEndHints {
  /** Labels decided by the markup, by unit index; null where the text decides. */
  preset?: ReadonlyArray<Label | null>;
  /** Units that may be story (inside the page's content root); all when absent. */
  storyMask?: readonly boolean[];
  /**
   * Units that look like paragraphs by shape alone (long, few links, end like a sentence).
   * Prose is otherwise told by English and French function words; on a page in another
   * language (a crawl holds some) nothing would be prose, and the shape has to do.
   */
  proseHint?: readonly boolean[];
  /** Units the markup lets be subheadings (h2–h6, role=heading, a paragraph all in bold). */
  headingOk?: readonly boolean[];
  /** For a related header at h, the last unit its list may take (where its box closes). */
  regionEnd?: readonly number[];
}

const BLANK_FEATURES: Features = Object.freeze({
  words: 0,
  chars: 0,
  stopRatio: 0,
  endsSentence: false,
  endsWithPeriod: false,
  startsContinuation: false,
  startsUpper: false,
  cues: new Set(),
  badges: null,
  date: null,
  prose: false,
  headlineLike: false,
  hashtags: false,
  url: false,
}) as Features;

/** On a page where few paragraph-shaped units read as English or French, shape decides prose. */
function borrowProse(feats: Features[], hint: readonly boolean[]): void {
  let shaped = 0;
  let read = 0;
  hint.forEach((h, i) => {
    if (!h) return;
    shaped++;
    if (feats[i]!.prose) read++;
  });
  if (shaped < 2 || read >= 0.3 * shaped) return;
  hint.forEach((h, i) => {
    if (h) feats[i] = { ...feats[i]!, prose: true, headlineLike: false };
  });
}

export function classify(units: Unit[], hasBlankLines: boolean, hints: FrontEndHints = {}): Classification {
  // Boxes the markup already removed (nav, footers, consent dialogs) are never read again:
  // they get the facts of an empty line instead of a full reading.
  const feats = units.map((u, i) => (hints.preset?.[i]?.role === 'furniture' ? BLANK_FEATURES : featuresOf(u)));
  if (hints.proseHint) borrowProse(feats, hints.proseHint);
  const labels: Draft = units.map((_, i) => hints.preset?.[i] ?? null);

  const inline = new Map<number, { marker: string; rest: string }>();

  markCookieBanners(units, feats, labels);
  const embeds = findEmbeds(units, feats, labels);
  for (const e of embeds) {
    for (const i of [...e.text, e.attribution, ...(e.date === null ? [] : [e.date]), ...e.frame]) {
      labels[i] = { role: 'meta', kind: 'embed', rule: 'embed:attribution' };
    }
  }
  markCaptions(units, feats, labels);
  const regions = markRelatedRegions(units, feats, labels, hints.regionEnd);
  markSiteLists(units, feats, labels);
  markFurnitureBoxes(units, feats, labels);
  // A content root that holds no prose was a wrong guess: the text alone decides then.
  let mask = hints.storyMask;
  let story = findStory(units, feats, labels, regions, mask);
  if (!story && mask) {
    mask = undefined;
    story = findStory(units, feats, labels, regions);
  }

  if (story) {
    rereadTailRegions(units, feats, labels, regions, story.end, hints.regionEnd);
    labelStory(units, feats, labels, story, hasBlankLines, inline, mask, hints.headingOk);
    labelHead(units, feats, labels, story.start, mask);
    labelTail(units, feats, labels, story.end, inline);
    // (In a web page the markup bounds the lists: no lines are passed over to find one.)
    labelHeaderlessList(units, feats, labels, story.end, hints.storyMask === undefined && hints.preset === undefined);
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

