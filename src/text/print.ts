/**
 * The margins a browser prints on each page of a saved article ("Print to PDF", then copied
 * as text): a head with the date, the time and the page's title, a foot with the page's
 * address and a page number. The text front end, the classifier and the headline finder
 * all need to know them; they are defined once here.
 */

/** "7/2/25, 6:14 PM ", "05/03/2025, 14:22 ": the date and time before a printed page's title. */
export const PRINT_STAMP = /^\d{1,2}\/\d{1,2}\/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s?[AP]M)?\b\s*/iu;

/** "https://…?print=1   1/2", "… Page 1 sur 2": a printed page's foot, its address and perhaps its page number. */
export const PRINT_FOOT = /^((?:https?:\/\/|www\.)\S+)(\s+(?:(?:page|p\.)\s?)?\d{1,3}\s*(?:\/|sur|of|de)\s*\d{1,3})?$/iu;

/** A line that is one of a printed page's margins, head or foot. */
export function isPrintMargin(text: string): boolean {
  const t = text.trim();
  return PRINT_FOOT.test(t) || PRINT_STAMP.test(t);
}
