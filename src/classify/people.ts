/** Bylines, names and author bios: who wrote the page, told apart from what it says. */
import type { Features } from './features.js';
import { afterMarker } from '../lexicon/index.js';
import { parseDateText } from '../assemble/dates.js';
import { narrow, narrowSource } from '../text/letters.js';

const ROLE_FIRST =
  /^(?:[\p{L}-]+ )?(?:editor|correspondent|reporter|writer|journalist|columnist|journaliste|correspondante?|rédact(?:eur|rice)|chroniqueu(?:r|se)|envoyée? spéciale?)\b/iu;

export function isByline(text: string, f: Features): boolean {
  if (f.prose || f.words > 14) return false;
  // "Football reporter at Riverside Park", "Correspondante à Bruxelles": a role, first.
  // ("Journalist detained at border crossing" is a headline: a role line is short.)
  if (f.cues.has('byline') && f.words <= 6 && ROLE_FIRST.test(text)) return true;
  // "Jenna Kavanagh · CBN News": a name, then the outlet or the role, between separators.
  const parts = text.split(/\s*[·|•,]\s*/u).filter((p) => p.length > 0);
  // ("Taylor Swift, Travis Kelce announce engagement" is a headline: the parts are short.)
  // A dateline may follow ("Kelsey Arnaud · CBC News · Posted: Nov 04, 2025 5:00 AM CST").
  if (parts.length >= 2 && isPersonName(parts[0]!) && parts.slice(1).every((p) => p.split(/\s+/u).length <= 4 || parseDateText(p, 'und') !== null)) {
    return parts.slice(1).filter((p) => parseDateText(p, 'und') === null).every((p) => p.split(/\s+/u).length <= 4);
  }
  const after = afterMarker(text, 'byline');
  // "Eleanor Hartley Health editor": a capitalised name before the role word.
  if (!after) return f.cues.has('byline') && f.words <= 8 && /^\p{Lu}\p{Ll}+[\s-]+\p{Lu}/u.test(text);
  if (after.rest === '') return true;
  return /^[\p{Lu}"«“]/u.test(after.rest) || /^(avec|with|and|et|de|du|des|staff|afp|ap|reuters)\b/iu.test(after.rest);
}


/** "Aliou DIOP", "Jean-Marc LEROY": a first name and a surname in capitals, as papers sign. */
const CAPS_SURNAME = narrow(/^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?: \p{Lu}\.)? \p{Lu}{2,}(?:[- ]\p{Lu}{2,})?$/u);

/**
 * A name as papers sign a story, surname in capitals. (A plain "Barbara Stiegler" under an
 * essay is read as the story's, as the benchmarks' gold does.)
 */
export function isSignatureName(text: string): boolean {
  return CAPS_SURNAME.test(text.trim());
}

/** Two to four capitalised words, nothing else: a person's name on a line of its own. */
export function isPersonName(text: string): boolean {
  const t = text.trim();
  if (/^(the|le|la|les|un|une|a|an|l['’]|des|du|de)\s/iu.test(t)) return false;
  return /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?:[ -]\p{Lu}[\p{Ll}'’.-]*){1,2}$/u.test(t);
}

const NAME_PART = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}'’]+)?";
/** "Nora Lindqvist is …", "Marie-Ève Tremblay est …", "Whitfield covers …": how a bio opens. */
const BIO_OPENING = new RegExp(
  narrowSource(`^${NAME_PART}(?: (?:${NAME_PART}|\\p{Lu}\\.)){0,3},? (?:is|was|est|était|a été|has been|covers|couvre|writes|écrit|reports|joined|a rejoint)\\b`),
  'u',
);

/** A wire's sign-off names the work done: "Reporting by …; Editing by …", "Édité par …". */
const SIGN_OFF = /^[-–—(\s]*(?:additional |with additional )?(?:reporting|writing|editing|edited|compiled|produced|rédigé|édité|édition|traduit|traduction) (?:by|par)\b/iu;

export function isSignOff(text: string): boolean {
  return SIGN_OFF.test(text.trim());
}

/** "Nora Lindqvist is a staff writer at …": a name, "is", and a bio cue, in a short paragraph. */
export function isBioParagraph(text: string, f: Features, above?: string): boolean {
  if (f.words > 70) return false;
  // Under the author's name, "Journaliste au service Besançon…, elle suit…": a role, then who.
  if (above !== undefined && ROLE_OPENING.test(text) && isPersonName(above)) return true;
  // "Ingrid Solberg covers shipping … from Oslo": a name that covers a beat opens a bio.
  if (!f.cues.has('bio')) return COVERS_OPENING.test(text) || CONTACT_OPENING.test(text);
  return !f.prose || BIO_OPENING.test(text) || CONTACT_OPENING.test(text);
}

/** "Contact Dale Moss at dmoss@…", "Joindre Léa Roy à lroy@…": how to reach the reporter. */
const CONTACT_OPENING = new RegExp(
  narrowSource(`^(?:Contact|Reach|Email|E-mail|Write to|Joindre|Contacter|Écrire à) ${NAME_PART}(?: (?:${NAME_PART}|\\p{Lu}\\.)){0,3},? (?:at|by e-?mail at|on|à|au|par courriel à|:) ?[\\w.+-]+@`),
  'u',
);

/** A bio that opens on the role, then says who ("Reporter at the Ledger, she covers…"). */
const ROLE_OPENING =
  /^(?:journaliste|reporter|rédact(?:eur|rice)|correspondante?|chroniqueu(?:r|se)|photographe|pigiste|journalist|correspondent|columnist|photographer|editor|staff writer|writer)\b[^.!?]{2,100}?(?:,| and| et) (?:elle|il|iel|she|he|they) /iu;

const COVERS_OPENING = new RegExp(narrowSource(`^${NAME_PART}(?: (?:${NAME_PART}|\\p{Lu}\\.)){1,3} (?:covers|couvre)\\b`), 'u');

