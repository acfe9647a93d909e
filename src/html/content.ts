/**
 * Where the story lives in the DOM: Readability's content scoring, on our boxes. Each box of
 * prose gives points (one, plus its commas, plus one per 100 characters up to three) to the
 * element above it, half to the next, less further up; elements start with a weight from
 * their tag and class words (an "article-body" is likelier than a "sidebar"); a score is
 * discounted by the element's link density. The best element, with the siblings that score
 * near it, is the content root: boxes outside it cannot be story.
 */
import type { Element } from 'domhandler';
import type { HtmlBlock } from './blocks.js';
import { cueOf } from './blocks.js';
import { isInside, parentElement } from './tree.js';

const LEVELS = 5;
/** Class cues that say nothing against a box holding the story. */
const NEUTRAL_KINDS = new Set(['figure', 'caption', 'credit', 'date', 'embed']);

interface Score {
  score: number;
  /** What the paragraphs gave, without the tag and class weight. */
  points: number;
  chars: number;
  linkChars: number;
}

/** `excluded`: boxes that cannot be story whatever their text (furniture and related boxes). */
export function findContentRoots(
  blocks: HtmlBlock[],
  excluded: (b: HtmlBlock) => boolean,
): Set<Element> | null {
  const scores = new Map<Element, Score>();
  const entry = (el: Element): Score => {
    let s = scores.get(el);
    if (!s) {
      s = { score: 0, points: 0, chars: 0, linkChars: 0 };
      scores.set(el, s);
    }
    return s;
  };
  // Only elements above a paragraph are candidates; their tag and class weigh in once.
  const candidates = new Set<Element>();
  for (const b of blocks) {
    // Link density needs every box under an element, prose or not.
    let el: Element | null = b.owner;
    for (let d = 0; el && d < LEVELS + 3; d++, el = parentElement(el)) {
      const s = entry(el);
      s.chars += b.text.length;
      s.linkChars += b.linkChars;
    }
  }
  let any = false;
  for (const b of blocks) {
    if (b.heading > 0 || b.text.length < 25 || b.linkChars > b.text.length * 0.5) continue;
    if (excluded(b)) continue;
    any = true;
    const points = 1 + (b.text.match(/[,，]/gu)?.length ?? 0) + Math.min(Math.floor(b.text.length / 100), 3);
    // A paragraph's own element takes the points when it is the text's container (a div of
    // text), its parent when it is a <p> among others.
    let el: Element | null = /^(p|pre|blockquote|li|dd|td|h[1-6])$/u.test(b.tag) ? parentElement(b.owner) : b.owner;
    for (let level = 0; el && level < LEVELS; level++, el = parentElement(el)) {
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      const s = entry(el);
      if (!candidates.has(el)) {
        candidates.add(el);
        s.score += initialScore(el);
      }
      s.score += points / divider;
      s.points += points / divider;
    }
  }
  if (!any) return null;
  // A class name alone ("content-wrapper") must not outweigh the paragraphs: an element
  // whose paragraphs gave little next to the best one is no candidate.
  let most = 0;
  for (const el of candidates) most = Math.max(most, scores.get(el)!.points);
  const ranked = [...scores]
    .filter(([el, s]) => candidates.has(el) && el.name !== 'body' && el.name !== 'html' && s.points >= 0.25 * most)
    .map(([el, s]) => ({ el, final: s.score * (1 - (s.chars > 0 ? s.linkChars / s.chars : 0)) }))
    .sort((a, b) => b.final - a.final);
  if (ranked.length === 0 || ranked[0]!.final <= 0) return null;
  let top = ranked[0]!.el;
  const topScore = ranked[0]!.final;
  // An article cut into chunks (a grid per chunk, an ad rail between): other candidates that
  // score near the best one and are not inside it mean the story is their common ancestor.
  for (const alt of ranked.slice(1, 8)) {
    // A chunk with the same class as the best one ("post__content" twice) is the same
    // article even when it scores lower.
    const twin = alt.el.name === ranked[0]!.el.name && !!alt.el.attribs.class && alt.el.attribs.class === ranked[0]!.el.attribs.class;
    if (alt.final < (twin ? 0.2 : 0.75) * topScore || isInside(alt.el, top) || isInside(top, alt.el)) continue;
    const common = commonAncestor(top, alt.el);
    if (common && common.name !== 'body' && common.name !== 'html') top = common;
  }
  const roots = new Set<Element>([top]);
  const parent = parentElement(top);
  if (parent) {
    const threshold = Math.max(10, topScore * 0.2);
    for (const sib of parent.children) {
      if (sib === top || sib.type !== 'tag') continue;
      const s = scores.get(sib as Element);
      if (!s || !candidates.has(sib as Element)) continue;
      const final = s.score * (1 - (s.chars > 0 ? s.linkChars / s.chars : 0));
      if (final >= threshold) roots.add(sib as Element);
    }
  }
  return roots;
}

function commonAncestor(a: Element, b: Element): Element | null {
  const seen = new Set<Element>();
  for (let el: Element | null = a; el; el = parentElement(el)) seen.add(el);
  for (let el: Element | null = b; el; el = parentElement(el)) if (seen.has(el)) return el;
  return null;
}

function initialScore(el: Element): number {
  let score = 0;
  switch (el.name) {
    case 'div':
    case 'article':
    case 'main':
    case 'section':
      score += 5;
      break;
    case 'pre':
    case 'td':
    case 'blockquote':
      score += 3;
      break;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      score -= 3;
      break;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      score -= 5;
      break;
  }
  // The class and id words, read with the same vocabulary as the furniture cues.
  const cue = cueOf(el);
  if (cue?.rule.startsWith('class:')) score += cue.kind === 'article' ? 25 : NEUTRAL_KINDS.has(cue.kind) ? 0 : -25;
  if (el.attribs.itemprop === 'articleBody') score += 25;
  return score;
}
