/**
 * Embedded social posts in a dump: the post's text, then an attribution line
 * ("— Name (@handle) March 3, 2025" or "— Name (@handle)" with the date on the next line).
 */
import type { Features } from './features.js';
import type { Unit } from '../types.js';

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

const ATTRIBUTION = /^[—–-]\s*([^()@\n]{1,80}?)\s*\((@[\p{L}\p{N}_.]{1,40})\)\s*(.*)$/u;
const BARE_HANDLE = /^[—–-]\s*(@[\p{L}\p{N}_.]{1,40})\s*(.*)$/u;
/** The dateline of an embedded post ends on the audience mark: "· 🌐", or a bare "·". */
const POST_DATELINE = /·\s*(?:[🌐🌍🌎🌏👥🔒]\s*)?$/u;
/** Instagram and Facebook embeds: "A post shared by Name (@handle)". */
const SHARED_BY = /^(a post shared by|une publication partagée par)\s+([^()@\n]{1,80}?)\s*\((@[\p{L}\p{N}_.]{1,40})\)\s*(.*)$/iu;

export function findEmbeds(units: Unit[], feats: Features[]): EmbedSpan[] {
  const spans: EmbedSpan[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    // A Facebook-style post: the page's name, then "March 14 at 3:52 PM · 🌐", then the text.
    if (POST_DATELINE.test(u.text) && feats[i]!.date && i > 0 && i + 1 < units.length) {
      const author = units[i - 1]!;
      const body = units[i + 1]!;
      if (feats[i - 1]!.words <= 10 && !feats[i - 1]!.prose && body.gapBefore === 0 && !spans.some((s) => s.text.includes(i - 1))) {
        spans.push({ text: [i + 1], attribution: i - 1, date: i, author: author.text, handle: null, dateText: u.text, marker: null });
        continue;
      }
    }
    const shared = SHARED_BY.exec(u.text);
    if (shared) {
      // The post's text stands after the attribution, or before it when the dump kept that order.
      const next = units[i + 1];
      const textAt = next && next.gapBefore === 0 && !feats[i + 1]!.cues.has('video') ? i + 1 : i - 1;
      if (textAt >= 0 && !spans.some((s) => s.text.includes(textAt) || s.attribution === textAt)) {
        spans.push({ text: [textAt], attribution: i, date: null, author: shared[2]!.trim(), handle: shared[3]!, dateText: shared[4]!.trim() || null, marker: shared[1]! });
      }
      continue;
    }
    const m = ATTRIBUTION.exec(u.text) ?? BARE_HANDLE.exec(u.text);
    if (!m) continue;
    const author = m.length === 4 ? m[1]!.trim() : null;
    const handle = m.length === 4 ? m[2]! : m[1]!;
    const trailing = (m.length === 4 ? m[3] : m[2])!.trim();
    const text: number[] = [];
    const used = (j: number) => spans.some((s) => s.attribution === j || s.date === j || s.text.includes(j));
    // The post's text: the line before, and earlier lines of the same block when the dump
    // separates paragraphs with blank lines (a no-blank dump gives one line a post).
    // A post is a line or a few short ones: the line above the attribution, and short lines
    // of the same block above it (a post the dump broke), never the story's paragraphs.
    for (let j = i - 1; j >= 0 && !used(j) && text.length < 4; j--) {
      if (text.length > 0 && (units[j + 1]!.gapBefore > 0 || feats[j]!.prose || feats[j]!.words > 25)) break;
      text.unshift(j);
    }
    let date: number | null = null;
    let dateText: string | null = trailing.length > 0 ? trailing : null;
    const next = feats[i + 1];
    if (!dateText && next?.date && next.date.wholeLine && units[i + 1]!.gapBefore === 0) {
      date = i + 1;
      dateText = units[i + 1]!.text;
    }
    if (text.length === 0) continue;
    spans.push({ text, attribution: i, date, author, handle, dateText, marker: null });
  }
  return spans;
}
