/** The page's head: the title, the byline and dates, the standfirst, and the menus before them. */
import type { Features } from './features.js';
import type { Unit } from '../types.js';
import { addressesReader, cueFurniture, furniture, has, type Draft } from './context.js';
import { isByline, isPersonName } from './people.js';
import { parseDateText } from '../assemble/dates.js';
import { cuesOf } from '../lexicon/index.js';
import { PRINT_STAMP } from '../text/print.js';

export function labelHead(units: Unit[], feats: Features[], labels: Draft, start: number, mask?: readonly boolean[]): void {
  // The title: the best headline-shaped unit before the story that nothing else claimed. A
  // headline is long enough to say something, is followed by a standfirst, a byline or a
  // date, and stands near the story; section labels and widgets are short.
  let title = labels.findIndex((l) => l?.role === 'title');
  const preset = title >= 0;
  let best = Number.NEGATIVE_INFINITY;
  const below = preset ? null : headFacts(units, feats, labels, start);
  for (let i = start - 1; !preset && i >= 0; i--) {
    if (labels[i]) continue;
    const f = feats[i]!;
    if (!isTitleCandidate(f, units[i]!.text) || isByline(units[i]!.text, f)) continue;
    const score = titleScore(units, feats, labels, i, start, below!);
    if (score > best) {
      best = score;
      title = i;
    }
  }
  // A headline of two words ("Budget adopté") is no candidate above; failing better, the
  // nearest short headline-shaped line before the story is taken.
  for (let i = start - 1; title < 0 && i >= 0; i--) {
    const f = feats[i]!;
    if (!labels[i] && f.headlineLike && f.words >= 2 && !cueFurniture(f) && !isByline(units[i]!.text, f)) title = i;
  }
  // Two headline-shaped lines in a row: the headline, then a standfirst written without a stop.
  if (
    !preset &&
    title > 0 &&
    !labels[title - 1] &&
    feats[title]!.words >= 8 &&
    !feats[title]!.date &&
    !has(feats[title]!, 'date-marker', 'byline', 'updated-marker') &&
    isTitleCandidate(feats[title - 1]!, units[title - 1]!.text) &&
    feats[title - 1]!.words >= 5 &&
    feats[title]!.words >= 0.8 * feats[title - 1]!.words &&
    // (The browser's page title above the headline it repeats: see below.)
    stripSiteName(units[title - 1]!.text) !== units[title]!.text.trim()
  ) {
    labels[title] = { role: 'body', rule: 'head:dek-without-stop' };
    title--;
  }
  // The browser's page title ("Headline - Site Name") printed above the page: when the headline
  // without the site's name stands again below it, that line is the headline.
  if (title >= 0 && !preset) {
    const bare = stripSiteName(units[title]!.text);
    if (bare !== null) {
      for (let j = title + 1; j < start; j++) {
        if (!labels[j] && units[j]!.text.trim() === bare) {
          labels[title] = furniture('nav', 'head:page-title');
          title = j;
          break;
        }
      }
    }
  }
  if (title >= 0 && !preset) labels[title] = { role: 'title', rule: 'head:best-headline' };
  let bylineOpen = false;
  let deked = title >= 0 && labels[title + 1]?.role === 'body';
  for (let i = 0; i < start; i++) {
    if (labels[i]) continue;
    const u = units[i]!;
    const f = feats[i]!;
    const afterTitle = title >= 0 && i > title;
    if (f.cues.has('ticker') && /\s{2}|^\p{Lu}{3,}/u.test(u.text)) {
      labels[i] = furniture('nav', 'head:ticker');
      continue;
    }
    if (has(f, 'share', 'comments-header', 'paywall', 'subscribe', 'login', 'reading-time', 'video', 'ad', 'bio') || (has(f, 'promo', 'newsletter') && addressesReader(u.text, f))) {
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
    if (afterTitle && isPersonName(u.text) && !f.cues.has('nav')) {
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
    if (afterTitle && f.headlineLike && f.words >= 8 && i === title + 1 && !f.date && !has(f, 'date-marker', 'byline', 'updated-marker')) {
      labels[i] = { role: 'body', rule: 'head:dek-without-stop' };
      continue;
    }
    if (f.hashtags) {
      labels[i] = { role: 'meta', kind: 'tag', rule: 'head:hashtags' };
      continue;
    }
    // "Rédaction X avec Belga Publié le 11 mars 2025 à 06:55 · Mis à jour le …": a row of
    // byline and dates under the headline, too long to be a dateline but no sentence.
    if (afterTitle && f.date && has(f, 'date-marker', 'updated-marker', 'date-row') && !f.prose && !f.endsSentence) {
      labels[i] = { role: 'meta', kind: 'date', rule: 'head:meta-row' };
      continue;
    }
    // On an HTML page, text inside the article box after the headline is the story's opening
    // (an abstract, a lead the prose reader missed), not the page's header.
    if (afterTitle && mask !== undefined && (mask[i] === true ? f.prose || f.words >= 4 : f.prose) && !cueFurniture(f)) {
      labels[i] = { role: 'body', rule: 'head:inside-article' };
      continue;
    }
    labels[i] = furniture(afterTitle ? 'header' : 'nav', afterTitle ? 'head:between-title-and-story' : 'head:before-title');
  }
}


/**
 * Facts about the head, gathered in one backward pass so that scoring a candidate costs the
 * same whatever the length of the head: whether a byline or dateline stands below each unit,
 * how many unexplained units stand between it and the story, and where each text first
 * appears on the page.
 */
interface HeadFacts {
  metaBelow: boolean[];
  unexplainedBelow: number[];
  firstAt: Map<string, number>;
}

function headFacts(units: Unit[], feats: Features[], labels: Draft, start: number): HeadFacts {
  const metaBelow = new Array<boolean>(start).fill(false);
  const unexplainedBelow = new Array<number>(start).fill(0);
  let meta = false;
  let unexplained = 0;
  for (let i = start - 1; i >= 0; i--) {
    metaBelow[i] = meta;
    unexplainedBelow[i] = unexplained;
    const g = feats[i]!;
    if ((g.date && g.date.wholeLine && (g.date.iso || has(g, 'date-marker', 'updated-marker'))) || isByline(units[i]!.text, g)) meta = true;
    if (!labels[i] && !cueFurniture(g)) unexplained++;
  }
  const firstAt = new Map<string, number>();
  for (let i = 0; i < start; i++) if (!firstAt.has(units[i]!.text)) firstAt.set(units[i]!.text, i);
  return { metaBelow, unexplainedBelow, firstAt };
}

function titleScore(units: Unit[], feats: Features[], labels: Draft, i: number, start: number, facts: HeadFacts): number {
  const f = feats[i]!;
  let score = Math.min(f.words, 14) / 14;
  if (f.words < 5) score -= 0.6;
  // What comes next: a standfirst, a byline (or a bare name) or a dateline says "this was the
  // headline".
  for (let j = i + 1; j < start + 1 && j <= i + 3; j++) {
    const g = feats[j];
    if (!g) break;
    const l = labels[j];
    if (l?.role === 'furniture' && (l.kind === 'nav' || l.kind === 'cookie-banner')) break;
    // Prose inside a widget the markup or a cue already removed (a live box's entries) says
    // nothing of the line above it.
    const widgetProse = g.prose && l?.role === 'furniture';
    // A dateline has a day or says how long ago; a bare time ("12:04") heads a live box's entry.
    const dateline = g.date !== null && g.date.wholeLine && (g.date.relative || /\d{4}-\d{2}-\d{2}/u.test(g.date.iso ?? ''));
    if ((g.prose && !widgetProse) || has(g, 'byline') || isPersonName(units[j]!.text) || dateline || (l?.role === 'meta' && l.kind !== 'tag')) {
      score += 0.5;
      break;
    }
    if (!l) break;
  }
  // The page's byline and datelines stand under its headline, not above it.
  if (facts.metaBelow[i]) score += 0.3;
  // The site's name, printed again near the byline, is not a headline.
  if (facts.firstAt.get(units[i]!.text)! < i) score -= 1;
  // Distance to the story, in units that nothing else explains.
  return score - 0.03 * Math.min(facts.unexplainedBelow[i]!, 12);
}

/** Ends on a word that cannot end a headline ("News provided by", "Un article de"). */
const DANGLING = /\b(by|par|de|du|des|of|with|avec|the|le|la|les|and|et|to|à|for|pour|from)\s*$/iu;

function isTitleCandidate(f: Features, text = ''): boolean {
  // "BREAKING NEWS  Boil water advisory…  Tap for latest": an alert bar, not the headline.
  if (f.cues.has('ticker') && /\s{2}/u.test(text)) return false;
  if (cueFurniture(f) || (f.date && f.date.wholeLine) || f.badges || f.cues.has('agency') || isPersonName(text)) return false;
  // A dateline with words around it ("Posté le 14 janvier 2025 par Camille R."), not a headline
  // that names a date ("Ce qui change au 1er janvier 2026").
  if (DANGLING.test(text) || /:\s*$/u.test(text) || (has(f, 'date-marker', 'updated-marker') && f.date?.iso)) return false;
  // "Economie | Publié le mardi 4 mars 2025 | Lu 3 412 fois": a meta row, one of its parts a dateline.
  if (/\s[|·•]\s/u.test(text) && text.split(/\s[|·•]\s/u).some((part) => parseDateText(part.trim(), 'und')?.wholeLine === true || cuesOf(part).has('date-marker'))) return false;
  return (f.headlineLike && f.words >= 3) || (!f.prose && f.words >= 4 && !f.endsWithPeriod);
}

/** "Headline - Site Name", "Headline | Site": the headline, or null without such a suffix. */
const SITE_SUFFIX = /^(.{12,}?)\s+[-–—|·]\s+[^-–—|·]{2,50}$/u;

/** ("7/2/25, 6:14 PM Headline - Site": a printed page's stamp goes too.) */
function stripSiteName(text: string): string | null {
  const m = SITE_SUFFIX.exec(text.trim().replace(PRINT_STAMP, ''));
  return m ? m[1]!.trim() : null;
}
