/**
 * Badges a page printed inside a stub's headline, cut off it: before it ("Chronique | …",
 * "En français Crabe des neiges…"), or after it ("… [Vidéo]", "… Feb 17, 2026", "… du sucreIl
 * y a 3 heures"). What is cut goes to the stub's badges, so no word is lost.
 */
import { parseDateText } from './dates.js';
import { splitBadges } from '../lexicon/index.js';
import { narrow } from '../text/letters.js';

/** A recent time, glued to the headline or not: "Il y a 3 heures", "2 hours ago". */
const RECENT_AFTER = narrow(/^(.*?[\p{L}\d.!?»”)])\s?((?:il y a \d+ ?(?:min|minutes?|h|heures?|jours?)|\d+ ?(?:min|mins|minutes?|h|hours?|days?) ago))$/iu);
/** A last field set off by a tab or two spaces or more. */
const SPACED_AFTER = /^(.+?\S)(?:\t|\s{2,})(\S.{2,40})$/u;
/** "… [Vidéo]", "… (Live)": a bracketed badge after the headline. */
const BRACKETED_AFTER = /^(.+?)\s+(\[[^\]]{2,20}\]|\([^)]{2,20}\))$/u;

/**
 * Where a badge before the headline may end: "Chronique | Et si…", "EXCLUSIVE: Council…",
 * "ExclusifLe maire…" (a lower-case letter against a capital), "ANALYSEPourquoi…", "EN
 * DIRECTGrève…" (capitals against a capitalised word). The head is cut only when it reads as badges.
 */
/** "EXCLUSIVE: Council…", where a genre ("Opinion: …") is the headline's own (GENRE below). */
const COLON_SEAM = /^(.{2,30}?)\s?:\s+(.+)$/u;
const LEADING_BADGE = [
  /^(.{2,30}?)\s+[|·•]\s+(.+)$/u,
  COLON_SEAM,
  narrow(/^(.{2,30}?\p{Ll})(\p{Lu}.+)$/u),
  narrow(/^(\p{Lu}[\p{Lu} ]{2,29}?)(\p{Lu}\p{Ll}.+)$/u),
];

/**
 * A genre before a colon is the headline's own first words ("Opinion: Why…", "Editorial:
 * Karachi's water politics"), the way the paper titles it; a promotion ("EXCLUSIVE:",
 * "WATCH:") is a badge.
 */
const GENRE = /^(opinion|editorial|éditorial|column|chronique|tribune|analysis|analyse|review|critique|interview|entretien|explainer|décryptage|obituary|nécrologie)$/iu;

export function peelTitleBadges(title: string, badges: string[]): string {
  for (const seam of LEADING_BADGE) {
    const m = seam.exec(title);
    if (m && seam === COLON_SEAM && GENRE.test(m[1]!.trim())) continue;
    if (m && splitBadges(m[1]!)) {
      badges.unshift(m[1]!);
      return m[2]!;
    }
  }
  const recent = RECENT_AFTER.exec(title);
  if (recent && recent[1]!.split(' ').length >= 3) {
    badges.push(recent[2]!);
    title = recent[1]!;
  }
  // "… par les sargasses⇥14/11/2025": a date set off by a tab or a run of spaces.
  const spaced = SPACED_AFTER.exec(title);
  if (spaced && parseDateText(spaced[2]!, 'und')?.wholeLine) {
    badges.push(spaced[2]!);
    title = spaced[1]!;
  }
  // "… replace aging water mains Feb 17, 2026": a dated stub, its date a new word with a year.
  const words = title.split(' ');
  for (let k = Math.min(4, words.length - 3); k >= 2; k--) {
    const tail = words.slice(-k).join(' ');
    if (/^[\p{Lu}\d]/u.test(tail) && /\b\d{4}\b/u.test(tail) && parseDateText(tail, 'und')?.wholeLine) {
      badges.push(tail);
      title = words.slice(0, -k).join(' ');
      break;
    }
  }
  const bracketed = BRACKETED_AFTER.exec(title);
  const inner = bracketed?.[2]!.slice(1, -1) ?? '';
  // "… (Live)", "… (07/05/2025)": a badge or the stub's date in brackets.
  if (bracketed && (splitBadges(inner) || parseDateText(inner, 'und')?.wholeLine)) {
    badges.push(bracketed[2]!);
    title = bracketed[1]!;
  }
  // "En français Crabe des neiges : …", "Live Extreme heat warning…": a badge inside the
  // headline's link, with only a space between.
  const lead = title.split(' ');
  for (let k = Math.min(3, lead.length - 3); k >= 1; k--) {
    const head = lead.slice(0, k).join(' ');
    if (!splitBadges(head) || !/^[\p{Lu}\d«"“‘']/u.test(lead[k]!)) continue;
    badges.unshift(head);
    return lead.slice(k).join(' ');
  }
  return title;
}
