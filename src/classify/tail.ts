/** The page's tail, after the story: tags, comments, site-wide lists, bios, footers. */
import { isShortQuestion, type Features } from './features.js';
import type { Unit } from '../types.js';
import { HEADERLESS_REGION, cueFurniture, furniture, has, type Draft } from './context.js';
import { afterMarker } from '../lexicon/index.js';
import { isBioParagraph, isPersonName, isSignOff } from './people.js';

export function labelTail(units: Unit[], feats: Features[], labels: Draft, end: number, inline: Map<number, { marker: string; rest: string }>): void {
  let zone: 'none' | 'comments' | 'most-read' | 'tags' | 'bio' = 'none';
  let lastStory = end;
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
      // "View comments", "Voir les 54 commentaires": a button that opens the thread elsewhere,
      // not the thread's header; what follows is not comments.
      const button = /^(view|show|see|load|read|open|voir|afficher|lire|ouvrir)\b/iu.test(u.text.trim());
      if (!button) zone = 'comments';
      labels[i] = furniture('comments', button ? 'tail:comments-button' : 'tail:comments-header');
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
    // "Read more: <headline>" just after the story's last paragraph.
    const cut = f.cues.has('inline-related') && !f.prose ? afterMarker(u.text, 'inline-related') : null;
    if (cut && cut.rest.length > 0 && /\p{L}{2}/u.test(cut.rest) && zone === 'none') {
      inline.set(i, cut);
      labels[i] = { role: 'related-title', rule: 'related:inline', region: -1 };
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
    if (zone === 'tags') {
      // Tags are short lines right under their header; anything else closes the list (a
      // name over the author's bio too).
      const bioName = opensBio(units, feats, i + 1) && f.words <= 4;
      if (!f.prose && f.words <= 5 && !bioName && !cueFurniture(f) && !f.date && !f.badges && (u.gapBefore === 0 || labels[i - 1]?.role === 'meta')) {
        labels[i] = { role: 'meta', kind: 'tag', rule: 'tail:tag' };
        continue;
      }
      zone = 'none';
    }
    // "jfraser@courier.ca" alone under the story: how to reach the reporter.
    if (zone === 'none' && f.cues.has('email-line') && f.words <= 8) {
      labels[i] = furniture('promo', 'tail:contact-line');
      continue;
    }
    if (f.date && f.date.wholeLine && f.words <= 14) {
      labels[i] = { role: 'meta', kind: 'date', rule: 'tail:dateline' };
      continue;
    }
    // The reporter's name right under the last paragraph ("Rodrigue Nzé Mba"): the signature.
    if (zone === 'none' && i === lastStory + 1 && !f.prose && isPersonName(u.text)) {
      labels[i] = { role: 'meta', kind: 'byline', rule: 'tail:signature' };
      continue;
    }
    if (!f.prose && f.words <= 45 && isSignOff(u.text)) {
      labels[i] = { role: 'meta', kind: 'byline', rule: 'tail:sign-off' };
      continue;
    }
    if (opensBio(units, feats, i)) {
      zone = 'bio';
      labels[i] = furniture('bio', 'tail:bio');
      continue;
    }
    const furn = cueFurniture(f);
    if (furn) {
      labels[i] = furn;
      // An author box ends where the page's own furniture (a share bar) takes over.
      if (zone === 'bio') zone = 'none';
      continue;
    }
    // A name line right before a bio paragraph belongs to the author box.
    if (opensBio(units, feats, i + 1) && f.words <= 6) {
      labels[i] = furniture('bio', 'tail:bio-name');
      continue;
    }
    // A short closing paragraph ("No one was injured.") right after the story's last prose line.
    if (zone === 'none' && i === lastStory + 1 && f.endsSentence && f.words >= 3 && !f.headlineLike && f.stopRatio > 0) {
      labels[i] = { role: 'body', rule: 'tail:short-closing-sentence' };
      lastStory = i;
      continue;
    }
    // A headline with its date under it ends an author box: the stubs of a list with no
    // header begin there.
    if (zone === 'bio' && isListHeadline(u.text, f) && feats[i + 1]?.date?.wholeLine) zone = 'none';
    labels[i] = furniture(zone === 'bio' ? 'bio' : 'boilerplate', zone === 'bio' ? 'tail:in-bio' : 'tail:after-story');
  }
}

/**
 * A list of other articles right after the story with no header over it: two or more
 * headlines (with their dates, badges and one-line summaries) before anything else begins.
 * Read only where the tail pass found nothing to call them, so headed lists, site-wide lists
 * and comment threads keep their labels.
 */
export function labelHeaderlessList(units: Unit[], feats: Features[], labels: Draft, end: number, passOver = true): void {
  // The list may come after the story's own furniture: a bio, a share bar, a comments button.
  // (A newsletter's small print may read as a footer: "protected by reCAPTCHA… Terms of Service".)
  // An ad's label among them ("Article content" above a share bar) too, but not one that
  // announces what follows it ("Contenu commandité" over a sponsor's teaser).
  const skippable = (i: number): boolean =>
    SKIPPABLE.has(skipKind(labels[i])) ||
    (skipKind(labels[i]) === 'footer' && feats[i]!.cues.has('newsletter')) ||
    (skipKind(labels[i]) === 'ad' && i + 1 < units.length && SKIPPABLE.has(skipKind(labels[i + 1])));
  let first = end + 1;
  // Topic words with no header over them ("Valais", "Immobilier") may stand between the story
  // and the list: a few short lines are passed over when no list starts on them.
  for (let passed = 0; passed <= (passOver ? MAX_PASSED : 0); passed++) {
    while (first < units.length && skippable(first)) first++;
    const list = scanHeaderlessList(units, feats, labels, first);
    if (list.headlines >= 2) {
      labelList(units, feats, labels, end, list);
      return;
    }
    const f = feats[first];
    if (list.run.length > 0 || !f || f.prose || f.words > 3 || !looseLine(units, feats, labels, first)) return;
    first++;
  }
}

/** How many short lines may be passed over before a list with no header. */
const MAX_PASSED = 6;

interface HeaderlessList {
  run: number[];
  kickers: Set<number>;
  badges: Set<number>;
  headlines: number;
}

function scanHeaderlessList(units: Unit[], feats: Features[], labels: Draft, first: number): HeaderlessList {
  const run: number[] = [];
  const kickers = new Set<number>();
  const badges = new Set<number>();
  let headlines = 0;
  for (let i = first; i < units.length; i++) {
    const l = labels[i];
    const f = feats[i]!;
    const loose = looseLine(units, feats, labels, i);
    const dated = l?.role === 'meta' && l.kind === 'date' && l.rule === 'tail:dateline';
    const badge = (l?.role === 'furniture' && (l.kind === 'video' || l.kind === 'subscribe') && f.words <= 3) || dated;
    // A section's name over the next headline may read as a menu word ("Sport").
    const navKicker = l?.role === 'furniture' && l.rule === 'cue:nav' && f.words <= 2 && run.length > 0;
    if (!loose && !badge && !navKicker) break;
    // A section kicker over the next headline ("Climat" / "Le glacier du Rhône a reculé…").
    const next = i + 1 < units.length ? feats[i + 1]! : null;
    if ((loose || navKicker) && f.words <= 3 && !f.prose && (f.badges === null || run.length === 0) && next !== null && labels[i + 1]?.rule === 'tail:after-story' && isListHeadline(units[i + 1]!.text, next)) {
      kickers.add(i);
      run.push(i);
      continue;
    }
    if (loose && isListHeadline(units[i]!.text, f)) headlines++;
    // A label under a stub: its section ("Dans « Économie »"), a badge.
    else if (loose && f.badges !== null && run.length > 0) badges.add(i);
    else if (loose && !(f.prose && f.words <= 40 && run.length > 0)) break;
    run.push(i);
  }
  return { run, kickers, badges, headlines };
}

function labelList(units: Unit[], feats: Features[], labels: Draft, end: number, list: HeaderlessList): void {
  const region = HEADERLESS_REGION;
  const { run, kickers, badges } = list;
  // The list's first stub may have been read as the story's last subheading and paragraph
  // ("Premium What the new ferries will cost" / one sentence): a story does not end on them.
  const last = labels[end];
  const teaser = (i: number) => labels[i]?.role === 'heading' && isListHeadline(units[i]!.text, feats[i]!);
  if (end > 0 && teaser(end - 1) && last?.role === 'body' && feats[end]!.words <= 40) run.unshift(end - 1, end);
  else if (teaser(end)) run.unshift(end);
  let titled = false;
  for (const i of run) {
    const f = feats[i]!;
    const loose = labels[i]?.role === 'heading' || looseLine(units, feats, labels, i);
    if (kickers.has(i)) labels[i] = { role: 'related-badge', rule: 'related:headerless-kicker', region };
    else if (badges.has(i)) labels[i] = { role: 'related-badge', rule: 'related:headerless-list', region };
    else if (loose && isListHeadline(units[i]!.text, f)) {
      labels[i] = { role: 'related-title', rule: 'related:headerless-list', region };
      titled = true;
    } else if ((labels[i]?.rule === 'tail:after-story' || labels[i]?.role === 'body') && titled) labels[i] = { role: 'related-summary', rule: 'related:headerless-list', region };
    else labels[i] = { role: 'related-badge', rule: 'related:headerless-list', region };
  }
}

const SKIPPABLE = new Set(['share', 'bio', 'comments-button', 'subscribe', 'newsletter', 'promo', 'byline', 'tag', 'tags-header', 'nav', 'video']);

function skipKind(l: Draft[number] | undefined): string {
  if (!l) return '';
  if (l.role === 'furniture') return l.rule === 'tail:comments-button' ? 'comments-button' : l.kind;
  if (l.role === 'meta') return l.kind;
  return '';
}

/**
 * A line after the story that nothing claimed: boilerplate, or a video stub ("Watch:
 * Lifeboat crew pluck…") that its cue alone took for a video widget.
 */
function looseLine(units: Unit[], feats: Features[], labels: Draft, i: number): boolean {
  const l = labels[i];
  if (l?.role !== 'furniture') return false;
  return l.rule === 'tail:after-story' || (l.rule === 'cue:video' && feats[i]!.words >= 5 && isListHeadline(units[i]!.text, feats[i]!));
}

/** The unit opens an author's bio: a bio cue, or a name that "covers" a beat. */
function opensBio(units: Unit[], feats: Features[], i: number): boolean {
  const f = feats[i];
  return f !== undefined && (f.cues.has('bio') || isBioParagraph(units[i]!.text, f, units[i - 1]?.text));
}

function isListHeadline(text: string, f: Features): boolean {
  if (f.prose) return isShortQuestion(text, f) && f.words >= 5;
  return f.headlineLike && f.words >= 5 && f.words <= 25 && !f.date && !/:\s*$/u.test(text);
}

