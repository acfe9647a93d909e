import { BADGE_LABELS } from '../lexicon/badges.js';

/** Each badge's normalized id, in order, without repeats; unknown badges become "other". */
export function labelsOfBadges(badges: string[]): string[] {
  const out: string[] = [];
  for (const b of badges) {
    const text = b.replace(/[’‘]/g, "'");
    const hit = BADGE_LABELS.find(([, re]) => re.test(text));
    const id = hit ? hit[0] : 'other';
    if (!out.includes(id)) out.push(id);
  }
  return out;
}
