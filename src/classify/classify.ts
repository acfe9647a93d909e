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
import { labelTail } from './tail.js';
import type { Draft } from './context.js';
import type { LabeledUnit, Unit } from '../types.js';

export interface Classification {
  units: LabeledUnit[];
  features: Features[];
  embeds: EmbedSpan[];
  /** Inline "Lire aussi : X" units: the marker text and the headline after it. */
  inline: Map<number, { marker: string; rest: string }>;
  story: { start: number; end: number } | null;
}


export function classify(units: Unit[], hasBlankLines: boolean): Classification {
  const feats = units.map(featuresOf);
  const labels: Draft = units.map(() => null);
  const inline = new Map<number, { marker: string; rest: string }>();

  markCookieBanners(units, feats, labels);
  const embeds = findEmbeds(units, feats, labels);
  for (const e of embeds) {
    for (const i of [...e.text, e.attribution, ...(e.date === null ? [] : [e.date])]) {
      labels[i] = { role: 'meta', kind: 'embed', rule: 'embed:attribution' };
    }
  }
  markCaptions(units, feats, labels);
  const regions = markRelatedRegions(units, feats, labels);
  markSiteLists(units, feats, labels);
  markFurnitureBoxes(units, feats, labels);
  const story = findStory(units, feats, labels, regions);

  if (story) {
    rereadTailRegions(units, feats, labels, regions, story.end);
    labelStory(units, feats, labels, story, hasBlankLines, inline);
    labelHead(units, feats, labels, story.start);
    labelTail(units, feats, labels, story.end, inline);
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

