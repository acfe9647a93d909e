/**
 * Dates on a page's datelines, to ISO 8601 as far as the page says: a date alone gives
 * "2026-01-12", a date and a time "2026-01-12T09:57". Relative times ("3 hours ago") and
 * times without a date give null: inventing the day would be a guess.
 */
import { DATE_FILLER, MONTHS, TIMEZONES, WEEKDAYS } from '../lexicon/calendar.js';
import { narrowSource } from '../text/letters.js';

export interface ParsedDate {
  iso: string | null;
  /** The line is only a date (markers, weekday, time zone around it). */
  wholeLine: boolean;
  relative: boolean;
}

const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

// Each pattern is linear: bounded digit runs and a fixed alternation, no nested repetition.
const GLUED_TIME_DATE = /(\d{1,2})[:h](\d{2})(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/u;
const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?![\d/.-])/u;
const ISO_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/u;
const DAY_MONTH_YEAR = new RegExp(narrowSource(`(?<![\\p{L}\\d])(\\d{1,2})(?:er|st|nd|rd|th)?\\.? (${MONTH_ALT})\\.?,? (\\d{4})(?!\\d)`), 'iu');
const MONTH_DAY_YEAR = new RegExp(narrowSource(`(?<!\\p{L})(${MONTH_ALT})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})(?!\\d)`), 'iu');
const DAY_MONTH = new RegExp(narrowSource(`(?<![\\p{L}\\d])(\\d{1,2})(?:er)? (${MONTH_ALT})(?!\\p{L})|(?<!\\p{L})(${MONTH_ALT})\\.? (\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])`), 'iu');
const TIME =
  /(?<!\d)(\d{1,2}) ?(?:[:h]|h |\.(?=\d{2} ?(?:a\.?m|p\.?m|gmt|bst|utc|cet|cest|hne|hae|et|pt))) ?(\d{2})(?: ?(a\.?m\.?|p\.?m\.?))?(?!\d)|(?<!\d)(\d{1,2}) ?(a\.?m\.?|p\.?m\.?)(?!\p{L})/iu;
const RELATIVE = /(il y a|depuis) \d+|\d+ ?(seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|weeks?|months?) ago|\b(hier|yesterday|aujourd'hui|today|just now|à l'instant)\b/iu;

export function parseDateText(text: string, lang: 'en' | 'fr' | 'und'): ParsedDate | null {
  const t = text.replace(/[’‘]/g, "'").replace(/[\s\u00a0\u202f]+/gu, ' ');
  let y = 0;
  let mo = 0;
  let d = 0;
  let hh = -1;
  let mm = -1;
  let rest = t;
  let m: RegExpExecArray | null;
  if ((m = GLUED_TIME_DATE.exec(t))) {
    hh = +m[1]!;
    mm = +m[2]!;
    [d, mo] = dayMonth(+m[3]!, +m[4]!, lang);
    y = +m[5]!;
    rest = t.replace(m[0], ' ');
  } else if ((m = ISO_DATE.exec(t))) {
    y = +m[1]!;
    mo = +m[2]!;
    d = +m[3]!;
    if (m[4]) {
      hh = +m[4];
      mm = +m[5]!;
    }
    rest = t.replace(m[0], ' ');
  } else if ((m = DAY_MONTH_YEAR.exec(t))) {
    d = +m[1]!;
    mo = MONTHS[m[2]!.toLowerCase()] ?? 0;
    y = +m[3]!;
    rest = t.replace(m[0], ' ');
  } else if ((m = MONTH_DAY_YEAR.exec(t))) {
    mo = MONTHS[m[1]!.toLowerCase()] ?? 0;
    d = +m[2]!;
    y = +m[3]!;
    rest = t.replace(m[0], ' ');
  } else if ((m = NUMERIC_DATE.exec(t))) {
    [d, mo] = dayMonth(+m[1]!, +m[2]!, lang);
    y = +m[3]!;
    if (y < 100) y += 2000;
    rest = t.replace(m[0], ' ');
  } else if ((m = DAY_MONTH.exec(t))) {
    // A day and month without a year: a date, but not one we can write in full.
    rest = t.replace(m[0], ' ');
  }
  const hadDate = rest !== t;
  if (hh < 0 && (m = TIME.exec(rest))) {
    if (m[1] !== undefined) {
      hh = +m[1];
      mm = +m[2]!;
      if (m[3] && /p/i.test(m[3]) && hh < 12) hh += 12;
      if (m[3] && /a/i.test(m[3]) && hh === 12) hh = 0;
    } else {
      hh = +m[4]!;
      mm = 0;
      if (/p/i.test(m[5]!) && hh < 12) hh += 12;
    }
    rest = rest.replace(m[0], ' ');
  }
  const relative = RELATIVE.test(t);
  if (!hadDate && hh < 0 && !relative) return null;
  const wholeLine = leftoverWords(rest) <= 1;
  const valid = y >= 1990 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo);
  let iso: string | null = null;
  if (valid) {
    iso = `${y}-${pad(mo)}-${pad(d)}`;
    if (hh >= 0 && hh < 24 && mm >= 0 && mm < 60) iso += `T${pad(hh)}:${pad(mm)}`;
  }
  return { iso, wholeLine, relative };
}

/**
 * Day and month of a numeric date. French pages, and British ones, write the day first;
 * American ones the month. When both readings fit and the page is English, nothing says which
 * English it is: the date is left unread (0) rather than guessed.
 */
function dayMonth(a: number, b: number, lang: 'en' | 'fr' | 'und'): [number, number] {
  if (a > 12) return [a, b];
  if (b > 12) return [b, a];
  if (a === b) return [a, b];
  return lang === 'en' ? [0, 0] : [a, b];
}

function leftoverWords(rest: string): number {
  let n = 0;
  for (const m of rest.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    const w = m[0];
    if (DATE_FILLER.has(w) || WEEKDAYS.has(w) || TIMEZONES.has(w) || Object.hasOwn(MONTHS, w)) continue;
    if (/^\d+$/.test(w)) continue;
    n++;
  }
  return n;
}

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
