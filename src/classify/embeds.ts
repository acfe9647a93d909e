/**
 * Embedded social posts in a dump. Three shapes are read:
 * - X/Twitter: the post's text, then "— Name (@handle) March 3, 2025" (or the date below);
 * - Instagram/Facebook: "A post shared by Name (@handle)" beside the post's text;
 * - Facebook pages: the page's name, "March 14 at 3:52 PM · 🌐", then the text.
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
}

/** Attribution lines are short; longer lines are not tried (and cannot make a pattern slow). */
const MAX_ATTRIBUTION = 240;
// The name starts on a non-space so that the spaces around it have one way to match.
const ATTRIBUTION = narrow(/^(?:> ?)?[—–-] ?(\S[^()@\n]{0,79}?) ?\((@[\p{L}\p{N}_.]{1,40})\) ?(.*)$/u);
const BARE_HANDLE = narrow(/^(?:> ?)?[—–-] ?(@[\p{L}\p{N}_.]{1,40}) ?(.*)$/u);
/** The dateline of an embedded post ends on the audience mark: "· 🌐", or a bare "·". */
const POST_DATELINE = /· ?(?:[🌐🌍🌎🌏👥🔒] ?)?$/u;
const SHARED_BY = narrow(/^(a post shared by|une publication partagée par) (\S[^()@\n]{0,79}?) ?\((@[\p{L}\p{N}_.]{1,40})\) ?(.*)$/iu);

export function findEmbeds(units: Unit[], feats: Features[], labels: ReadonlyArray<Label | null>): EmbedSpan[] {
  const spans: EmbedSpan[] = [];
  const taken = new Set<number>();
  const free = (j: number) => j >= 0 && j < units.length && !taken.has(j) && !labels[j];
  const add = (span: EmbedSpan) => {
    for (const j of [...span.text, span.attribution, ...(span.date === null ? [] : [span.date])]) taken.add(j);
    spans.push(span);
  };
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (!free(i) || u.text.length > MAX_ATTRIBUTION) continue;
    // A Facebook page's post: name, "March 14 at 3:52 PM · 🌐", text.
    if (POST_DATELINE.test(u.text) && feats[i]!.date && free(i - 1) && free(i + 1)) {
      const body = units[i + 1]!;
      if (feats[i - 1]!.words <= 10 && !feats[i - 1]!.prose && body.gapBefore === 0) {
        add({ text: [i + 1], attribution: i - 1, date: i, author: units[i - 1]!.text, handle: null, dateText: u.text, marker: null });
        continue;
      }
    }
    const shared = SHARED_BY.exec(u.text);
    if (shared) {
      // The post's text stands after the attribution, or before it when the dump kept that order.
      const after = free(i + 1) && units[i + 1]!.gapBefore === 0 && !feats[i + 1]!.cues.has('video');
      const textAt = after ? i + 1 : i - 1;
      if (free(textAt)) {
        add({ text: [textAt], attribution: i, date: null, author: shared[2]!.trim(), handle: shared[3]!, dateText: shared[4]!.trim() || null, marker: shared[1]! });
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
    add({ text, attribution: i, date, author, handle, dateText, marker: null });
  }
  return spans;
}
