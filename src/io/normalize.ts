/**
 * Text to numbered lines. Line numbers are those of the original file (CRLF, CR and LF all
 * end a line), so every later stage can point back at the input.
 */
import type { SourceLine } from '../types.js';

/** Spaces that a page uses for layout and that carry no words (NBSP, narrow NBSP, zero-width...). */
const INVISIBLE = /[\s\u00a0\u1680\u2000-\u200b\u202f\u205f\u2060\u3000\ufeff]/gu;

export function toLines(text: string): SourceLine[] {
  const normalized = text.replace(/^\ufeff/, '').normalize('NFC');
  // U+2028/U+2029 and NEL end lines too: some copy and export tools write them.
  const raw = normalized.split(/\r\n|\r|\n|\u2028|\u2029|\u0085/);
  return raw.map((line, i) => {
    // A rule drawn with punctuation ("------", "~~~~~~", "* * *") separates like a blank line.
    const text = isBlank(line) || isRule(line) ? '' : cleanLine(line);
    return { no: i + 1, text, spacer: text === "" && /[^ \t]/.test(line) };
  });
}

/** Trailing and leading layout spaces go; a tab inside a line becomes two spaces, which keeps
 * the columns of a menu or a button row apart ("Accept all\tReject"). */
function cleanLine(line: string): string {
  // String.prototype.trim removes NBSP, narrow NBSP, figure space and BOM too, in linear time.
  return line.replace(/\t+/g, '  ').trim();
}

/** A line with no visible character at all. */
export function isBlank(line: string): boolean {
  return line.replace(INVISIBLE, '').length === 0;
}

/** A line of three or more punctuation marks and nothing else: a drawn separator. */
function isRule(line: string): boolean {
  const t = line.trim();
  return t.length >= 3 && !/[\p{L}\p{N}]/u.test(t) && /^[-=~_*#·•.\s]+$/u.test(t);
}
