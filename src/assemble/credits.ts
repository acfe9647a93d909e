/**
 * A credit line cut into the caption glued before it, the marker words ("Photo :",
 * "Crédit Photo :", "©") and the credit itself. Each piece lands in a field of its own.
 */
import { END_SLASH_CREDIT, INLINE_CREDIT, TRAILING_CREDIT } from '../classify/features.js';

export interface CreditParts {
  caption: string | null;
  marker: string | null;
  credit: string | null;
}

const CREDIT_MARKER =
  /(with files from|photographs? by|photos? by|illustrations? by|cr[ée]dits?(?: photos?| images?)?\s*:|\(?\s*photos?\s*:|\(?\s*image\s*:|\(?\s*illustration\s*:|\(?\s*photo\s*©|©|photo by|photograph\s*:|picture\s*:|\(\s*credit\s*:)/iu;

/** "…on March 11.Fred Lum/The National Ledger": the credit starts at the glued capital. */
const GLUED_NAME_CREDIT = /[\p{Ll}\d]\.\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3} ?\/ ?\p{Lu}/u;

const orNull = (s: string): string | null => (s.length > 0 ? s : null);

export function splitCredit(text: string): CreditParts {
  const found = INLINE_CREDIT.exec(text) ?? CREDIT_MARKER.exec(text);
  if (found) {
    const after = text
      .slice(found.index + found[0].length)
      .trim()
      .replace(/^[:\s]+/u, '')
      .replace(/\)\s*$/u, '')
      .trim();
    return { caption: orNull(text.slice(0, found.index).trim()), marker: found[0].trim(), credit: orNull(after) };
  }
  const trailing = TRAILING_CREDIT.exec(text) ?? END_SLASH_CREDIT.exec(text);
  if (trailing && trailing.index > 0) {
    return { caption: orNull(text.slice(0, trailing.index).trim()), marker: null, credit: orNull(trailing[0].trim().replace(/^\(|\)$/gu, '')) };
  }
  const glued = GLUED_NAME_CREDIT.exec(text);
  if (glued) {
    return { caption: text.slice(0, glued.index + 2).trim(), marker: null, credit: text.slice(glued.index + 2).trim() };
  }
  return { caption: null, marker: null, credit: text.trim() };
}
