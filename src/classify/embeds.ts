/**
 * Embedded social posts in a dump. Three shapes are read:
 * - X/Twitter: the post's text, then "— Name (@handle) March 3, 2025" (or the date below);
 * - Instagram/Facebook: "A post shared by Name (@handle)" beside the post's text;
 * - Facebook pages: the page's name, "March 14 at 3:52 PM · 🌐", then the text;
 * - LinkedIn and the like: a profile box (name, title line, age "2 j"), the text, then the
 *   platform's link ("Voir la publication sur LinkedIn", "View post on Threads").
 * A line belongs to one post at most, and a line that something else already claimed (a
 * cookie banner, a caption) is never taken: every line lands in exactly one field.
 */
import type { Features } from './features.js';
import type { Label, Unit } from '../types.js';
import { narrow } from '../text/letters.js';

export interface EmbedSpan {
  text: number[];
  attribution: number;
  date: number | null;
  author: string | null;
  handle: string | null;
  dateText: string | null;
  /** Words of the attribution that are neither name, handle nor date ("A post shared by"). */
  marker: string | null;
  /** Other lines of the post's frame: the author's title line, the platform's link. */
  frame: number[];
}

/** Attribution lines are short; longer lines are not tried (and cannot make a pattern slow). */
const MAX_ATTRIBUTION = 240;
// The name starts on a non-space so that the spaces around it have one way to match.
const ATTRIBUTION = narrow(/^(?:> ?)?[—–-] ?(\S[^()@\n]{0,79}?) ?\((@[\p{L}\p{N}_.]{1,40})\) ?(.*)$/u);
const BARE_HANDLE = narrow(/^(?:> ?)?[—–-] ?(@[\p{L}\p{N}_.]{1,40}) ?(.*)$/u);
/** The dateline of an embedded post ends on the audience mark: "· 🌐", or a bare "·". */
const POST_DATELINE = /· ?(?:[🌐🌍🌎🌏👥🔒] ?)?$/u;
/** The platform's link that closes an embedded post. */
const VIEW_ON = /^(?:voir|afficher|view|see) (?:(?:la|cette) publication |(?:this |the )?post )?(?:sur|on) (?:linkedin|instagram|facebook|threads|bluesky|mastodon|tiktok)\s*[.›>→]?$/iu;
/** The age of a post in a profile box: "1 j", "3 h", "2 sem.", "5d", "1 mo". */
const POST_AGE = /^\d{1,2} ?(?:min|h|j|d|sem\.?|w|mo|mois|an|y)\b\.?(?:\s*[•·].*)?$/iu;
const SHARED_BY = narrow(/^(a post shared by|une publication partagée par) (\S[^()@\n]{0,79}?) ?\((@[\p{L}\p{N}_.]{1,40})\) ?(.*)$/iu);

export function findEmbeds(units: Unit[], feats: Features[], labels: ReadonlyArray<Label | null>): EmbedSpan[] {
  const spans: EmbedSpan[] = [];
  const taken = new Set<number>();
  const free = (j: number) => j >= 0 && j < units.length && !taken.has(j) && !labels[j];
  const add = (span: EmbedSpan) => {
    for (const j of [...span.text, span.attribution, ...(span.date === null ? [] : [span.date]), ...span.frame]) taken.add(j);
    spans.push(span);
  };
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (!free(i) || u.text.length > MAX_ATTRIBUTION) continue;
    // A Facebook page's post: name, "March 14 at 3:52 PM · 🌐", text.
    if (POST_DATELINE.test(u.text) && feats[i]!.date && free(i - 1) && free(i + 1)) {
      const body = units[i + 1]!;
      if (feats[i - 1]!.words <= 10 && !feats[i - 1]!.prose && body.gapBefore === 0) {
        add({ text: [i + 1], attribution: i - 1, date: i, author: units[i - 1]!.text, handle: null, dateText: u.text, marker: null, frame: [] });
        continue;
      }
    }
    if (VIEW_ON.test(u.text.trim())) {
      const span = profilePost(units, feats, i, free);
      if (span) add(span);
      continue;
    }
    const shared = SHARED_BY.exec(u.text);
    if (shared) {
      // The post's text stands after the attribution, or before it when the dump kept that order.
      const after = free(i + 1) && units[i + 1]!.gapBefore === 0 && !feats[i + 1]!.cues.has('video');
      const textAt = after ? i + 1 : i - 1;
      if (free(textAt)) {
        add({ text: [textAt], attribution: i, date: null, author: shared[2]!.trim(), handle: shared[3]!, dateText: shared[4]!.trim() || null, marker: shared[1]!, frame: [] });
      }
      continue;
    }
    const m = ATTRIBUTION.exec(u.text) ?? BARE_HANDLE.exec(u.text);
    if (!m) continue;
    const author = m.length === 4 ? m[1]!.trim() : null;
    const handle = m.length === 4 ? m[2]! : m[1]!;
    const trailing = (m.length === 4 ? m[3] : m[2])!.trim();
    // After the handle comes a date or nothing: "- Emmanuel Macron (@EmmanuelMacron) a salué…"
    // is a sentence of the story that names an account.
    if (trailing.length > 0 && !feats[i]!.date) continue;
    // The post: the line above, and short lines of its block above that (a post the dump
    // broke), never the story's paragraphs.
    const text: number[] = [];
    for (let j = i - 1; free(j) && text.length < 4; j--) {
      if (text.length > 0 && (units[j + 1]!.gapBefore > 0 || feats[j]!.prose || feats[j]!.words > 25)) break;
      text.unshift(j);
    }
    if (text.length === 0) continue;
    let date: number | null = null;
    let dateText: string | null = trailing.length > 0 ? trailing : null;
    const next = feats[i + 1];
    if (!dateText && free(i + 1) && next?.date && next.date.wholeLine && units[i + 1]!.gapBefore === 0) {
      date = i + 1;
      dateText = units[i + 1]!.text;
    }
    add({ text, attribution: i, date, author, handle, dateText, marker: null, frame: [] });
  }
  return spans;
}

/**
 * A post closed by its platform's link: the text right above the link, and above the text,
 * set off from the story by a gap, a profile box of short lines (name, title, age). Without
 * that box the post is the one line above the link.
 */
function profilePost(units: Unit[], feats: Features[], link: number, free: (j: number) => boolean): EmbedSpan | null {
  const at = link - 1;
  if (!free(at) || units[link]!.gapBefore > 0 || feats[at]!.words < 3) return null;
  const box: number[] = [];
  for (let j = at - 1; j >= 0 && box.length < 3 && units[j + 1]!.gapBefore === 0 && free(j); j--) {
    if (feats[j]!.prose || feats[j]!.words > 10) break;
    box.unshift(j);
  }
  // The box stands apart from what is above it; otherwise these short lines are not its.
  if (box.length > 0 && box[0]! > 0 && units[box[0]!]!.gapBefore === 0) box.length = 0;
  const age = box.findIndex((j) => POST_AGE.test(units[j]!.text.trim()));
  const date = age >= 0 ? box[age]! : null;
  const people = box.filter((j) => j !== date);
  if (people.length === 0) {
    return { text: [at], attribution: link, date: null, author: null, handle: null, dateText: null, marker: units[link]!.text.trim(), frame: [] };
  }
  return {
    text: [at],
    attribution: people[0]!,
    date,
    author: units[people[0]!]!.text.trim(),
    handle: null,
    dateText: date === null ? null : units[date]!.text.trim(),
    marker: null,
    frame: [...people.slice(1), link],
  };
}
