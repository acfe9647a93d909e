/**
 * Hard-wrapped dumps (lines cut at a fixed width inside paragraphs, as e-mail and some
 * crawlers' text exports do) are put back together before classification: otherwise every
 * piece of a paragraph looks like a short line. A dump counts as wrapped when most lines that
 * continue a block end near one width; lines are then joined while the line before is "full".
 */
import type { SourceLine } from '../types.js';
import { isPrintMargin, PRINT_STAMP } from './print.js';

export interface WrapInfo {
  wrapped: boolean;
  width: number;
}

export function detectWrap(lines: SourceLine[]): WrapInfo {
  // Short lines (menus, labels, a dump with no blank lines at all) say nothing about a wrap
  // width: only the lines long enough to have been cut are counted.
  const continuing: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    // (A printed page's margins are never cut at the width: they say nothing of it either.)
    if (lines[i]!.text.length >= 30 && lines[i + 1]!.text !== '' && !isPrintMargin(lines[i]!.text)) continuing.push(lines[i]!.text.length);
  }
  if (continuing.length < 4) return { wrapped: false, width: 0 };
  const sorted = [...continuing].sort((a, b) => a - b);
  // The width is read off the bulk of the lines: a few longer ones (a printed page's header, a
  // caption, a URL) must not set it.
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const bulk = sorted.filter((n) => n <= median * 1.25);
  // (With few lines the bulk says little: then every line counts.)
  const pool = continuing.length >= 12 ? bulk : sorted;
  const width = pool[Math.floor(pool.length * 0.95)]!;
  if (width < 40 || width > 110) return { wrapped: false, width: 0 };
  const near = continuing.filter((n) => n >= width * 0.75 && n <= width + 2).length;
  // A wrapping crawler leaves no line much longer than its width. Where paragraphs run long on
  // one line each, the lines "near a width" are headlines above their summaries, not cuts.
  const longer = lines.filter((line) => line.text.length > width + 10).length;
  return { wrapped: near / continuing.length >= 0.6 && longer * 4 <= near, width };
}

/** Groups of line numbers to read as one unit: each group is one wrapped paragraph. */
export function wrapGroups(lines: SourceLine[], info: WrapInfo): number[][] {
  const groups: number[][] = [];
  let current: number[] = [];
  const printed = printTitles(lines);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.text === '') {
      if (current.length) groups.push(current);
      current = [];
      continue;
    }
    const prev = current.length ? lines[current[current.length - 1]!]! : null;
    // The line before was cut because this line's first word did not fit on it: the two are
    // one paragraph. A short line followed by a word that would have fitted ended on purpose
    // (a headline above its summary, the last line of a paragraph).
    const firstWord = /^\S+/u.exec(line.text)?.[0].length ?? 0;
    const joins =
      info.wrapped &&
      prev !== null &&
      prev.text.length + 1 + firstWord > info.width - 2 &&
      !/^[-•*–—]\s/u.test(line.text) &&
      // A printed page's foot (its address, "1/2") and head (a date and time, the title) are
      // lines of their own, in the middle of a paragraph too.
      !isPrintMargin(line.text) &&
      !isPrintMargin(prev.text) &&
      // The headline under a printed page's head repeats the title the head carries: the dek
      // below it fills the line after, but is not its continuation.
      !printed.has(titleKey(prev.text)) &&
      !(current.length === 1 && isTitleCase(prev.text));
    if (!joins && current.length) {
      groups.push(current);
      current = [];
    }
    current.push(i);
  }
  if (current.length) groups.push(current);
  return groups;
}

/** The titles a printed page's heads carry ("7/2/25, 6:14 PM Headline - Site"), as keys. */
function printTitles(lines: SourceLine[]): Set<string> {
  const out = new Set<string>();
  for (const line of lines) {
    const m = PRINT_STAMP.exec(line.text);
    if (!m) continue;
    const title = line.text.slice(m[0].length);
    out.add(titleKey(title));
    // Without the site's name after its last separator ("… - Central Plains Ledger").
    const cut = title.search(/\s[-–—|]\s[^-–—|]*$/u);
    if (cut > 0) out.add(titleKey(title.slice(0, cut)));
  }
  return out;
}

const titleKey = (text: string): string => text.trim().replace(/\s+/gu, ' ').toLowerCase();

/** "Islanders Demand Answers as Oban-Mull Ferry Cancelled": a headline, which nothing wraps into. */
function isTitleCase(text: string): boolean {
  const long = text.split(/\s+/u).filter((w) => /^\p{L}{4,}/u.test(w));
  if (long.length < 4) return false;
  return long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length >= 0.8;
}
