/**
 * Photo credits, as patterns: where a credit sits on a line and how to cut it from the caption
 * glued before it. Patterns anchored at the end of the line are run on its last characters
 * only, and every repeated group needs a space between its pieces, so no line can make them
 * backtrack.
 */
import { narrow } from '../text/letters.js';

/** Credits are short: the end-anchored patterns look at this many characters. */
const TAIL = 160;
const tail = (text: string) => (text.length > TAIL ? text.slice(-TAIL) : text);
const offset = (text: string) => Math.max(0, text.length - TAIL);

/** "…of cod and chipsCredit: Kennedy News", "(Image de Référence)Photo © Facebook/…". */
const GLUED_MARKER = narrow(/[\p{Ll}.)!?»”"](?:Credits?|Crédits?|Photos?|PHOTOS?|Images?|Illustration) ?(?:[:©]|\.\.\.|…)/u);
/** "…on March 11.Fred Lum/The National Ledger": the credit starts at the glued capital. */
const GLUED_NAME = narrow(/[\p{Ll}\d]\.\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3} ?\/ ?\p{Lu}/u);
/** "…since Feb. 21. (Jenna Kavanagh/CBN)", "(Kirsten Dahl for The Meridian)". */
const TRAILING_PAREN = narrow(/\(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}(?: ?\/ ?| for | pour )\p{Lu}[^()]{0,40}\)\s*$/u);
const DASHED_END = narrow(/(?<=[.!?»)])\s+[-–—]\s+(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3})$/u);
/** "… pour cinq ans. (Archives La Voix de l'Estrie, Jessica Garneau)", "(Courtesy of the family)". */
const SOURCE_PAREN = /\((?:archives?|photothèque|courtoisie|courtesy|file photo|photo d'archives)\b[^()]{2,80}\)\s*$/iu;
/** "… samedi matin. Photo Le RSE/Thomas Bérard", "… in 2025. PHOTO | FILE | NATION": a sentence, then "Photo" and a name. */
const INLINE = narrow(/(?<=[.!?»”)]\s{0,3})(?:Photos?|PHOTOS?|Crédits?|CRÉDITS?|Credits?|Images?|Illustration)(?:\s*©|\s\|)?\s+(?=\p{Lu}|@)/u);
/** "Keystone/Sylvain Métraux", "Reuters / John Doe", "Renée Thibodeaux / KAPR": a photographer and an agency, alone. */
const SLASH_LINE = narrow(/^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3} ?\/ ?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}$|^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3} \/ \p{Lu}{2,}[\p{Lu}\d-]*$/u);
/** "DALE WHITT | Cumberland Ridge Courier", "ANA REYES | AP": a photographer in capitals, a bar, the outlet. */
const BAR_LINE = narrow(/^\p{Lu}{2,}(?: \p{Lu}\.?)?(?: \p{Lu}[\p{Lu}'’-]+){1,2} \| (?:\p{Lu}[\p{L}.'’&-]*(?: \p{Lu}[\p{L}.'’&-]*){1,3}|\p{Lu}{2,5})$/u);
/** "… on Thursday morning. KEYSTONE/Anne Favre": the same after the caption's last sentence. */
const END_SLASH = narrow(/(?<=[.!?»”] ?)\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3} ?\/ ?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}$/u);
/** "… on March 11, 2025. / Rémy Thibodeaux / KCJN": a public-radio style credit at the end. */
const SLASHED_END = narrow(/(?:^|\s)\/ ?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3} ?\/ ?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}$/u);
/** "… accueillera deux stations. | OUEST-RÉGIONS / ARCHIVES Thomas Brun": a credit after a bar. */
const BAR_CREDIT = narrow(/ \| (?=(?:PHOTO|©|\p{Lu}{2,}[\p{Lu}\p{Ll} .'’-]{0,40}\/))/u);
/** Marker words before a credit ("Crédit Photo :", "Photo ©", "(Photo:", "Photographs by"). */
const MARKER =
  /(^sources? ?:|(?:image|photo|picture|media) copyright|credit\.\.\.|crédit\.\.\.|with files from|photographs? by|photos? by|illustrations? by|cr[ée]dits?(?: photos?| images?)? ?:|\(? ?photos? ?:|\(? ?image ?:|\(? ?illustration ?:|\(? ?photo ?©|©|photograph ?:|picture ?:|\( ?credit ?:)/iu;

/** The inline marker counts only when the credit after it is short and ends the line. */
function inlineAt(text: string): RegExpExecArray | null {
  const m = INLINE.exec(text);
  if (!m) return null;
  const rest = text.slice(m.index + m[0].length);
  return rest.split(/\s+/u).length <= 8 ? m : null;
}

const NOT_LETTER = narrow(/[^\p{L}]/gu);
const NOT_UPPER = narrow(/[^\p{Lu}]/gu);

/** "JULIEN MARQUET / HANS LUCAS POUR « LA GAZETTE »": an agency credit in capitals. */
function capsCredit(text: string): boolean {
  const letters = text.replace(NOT_LETTER, '');
  if (letters.length < 6 || text.split(/\s+/u).length > 16) return false;
  const upper = letters.replace(NOT_UPPER, '').length;
  return upper / letters.length > 0.85 && /\/|©|\bPHOTOS?\b|\bARCHIVES?\b/u.test(text);
}

/** The line has a credit in one of the shapes above (the phrase cues are in phrases.ts). */
export function hasCreditShape(text: string): boolean {
  const end = tail(text);
  return (
    GLUED_MARKER.test(text) ||
    GLUED_NAME.test(text) ||
    TRAILING_PAREN.test(end) ||
    SOURCE_PAREN.test(end) ||
    inlineAt(text) !== null ||
    capsCredit(text) ||
    (text.length <= 120 && (SLASH_LINE.test(text) || BAR_LINE.test(text))) ||
    END_SLASH.test(end) ||
    SLASHED_END.test(end) ||
    BAR_CREDIT.test(text)
  );
}

export interface CreditParts {
  caption: string | null;
  marker: string | null;
  credit: string | null;
}

const orNull = (s: string): string | null => (s.length > 0 ? s : null);

/**
 * A credit line cut into the caption glued before it, the marker words and the credit
 * itself, each of which lands in a field of its own.
 */
export function splitCredit(text: string): CreditParts {
  const found = inlineAt(text) ?? MARKER.exec(text);
  if (found) {
    const after = text
      .slice(found.index + found[0].length)
      .trim()
      .replace(/^[:\s]+/u, '')
      .replace(/\)\s*$/u, '')
      .trim();
    return { caption: orNull(text.slice(0, found.index).trim()), marker: found[0].trim(), credit: orNull(after) };
  }
  const end = tail(text);
  const trailing = TRAILING_PAREN.exec(end) ?? SOURCE_PAREN.exec(end) ?? END_SLASH.exec(end) ?? SLASHED_END.exec(end);
  if (trailing) {
    const at = offset(text) + trailing.index;
    if (at > 0) return { caption: orNull(text.slice(0, at).trim()), marker: null, credit: orNull(trailing[0].trim().replace(/^\(|\)$|^\/ ?/gu, '')) };
  }
  const bar = BAR_CREDIT.exec(text);
  if (bar && bar.index > 0) {
    return { caption: text.slice(0, bar.index).trim(), marker: null, credit: text.slice(bar.index + bar[0].length).trim() };
  }
  // "Le palais de justice. - Belga": a wire's name after a dash, past the caption's last stop.
  const dashed = DASHED_END.exec(end);
  if (dashed) {
    const at = offset(text) + dashed.index;
    return { caption: orNull(text.slice(0, at).trim()), marker: null, credit: dashed[1]!.trim() };
  }
  const glued = GLUED_NAME.exec(text);
  if (glued) {
    return { caption: text.slice(0, glued.index + 2).trim(), marker: null, credit: text.slice(glued.index + 2).trim() };
  }
  return { caption: null, marker: null, credit: text.trim() };
}
