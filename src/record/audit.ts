/**
 * Every text a record holds that came from the input, field by field. The audit test checks
 * that these account for every word of every non-blank input line exactly once: nothing is
 * dropped silently and nothing lands in two fields.
 */
import type { IngestRecord } from '../types.js';

export function accountedTexts(r: IngestRecord): Array<{ field: string; text: string }> {
  const out: Array<{ field: string; text: string }> = [];
  const add = (field: string, text: string | null | undefined) => {
    if (text) out.push({ field, text });
  };
  add('title', r.title);
  r.paragraphs.forEach((p, i) => add(`paragraphs[${i}]`, p.text));
  r.related.forEach((s, i) => {
    add(`related[${i}].title`, s.title);
    add(`related[${i}].summary`, s.summary);
    add(`related[${i}].caption`, s.caption);
    s.badges.forEach((b) => add(`related[${i}].badges`, b));
  });
  add('byline', r.byline);
  r.dates.forEach((d, i) => add(`dates[${i}]`, d.text));
  r.captions.forEach((c, i) => add(`captions[${i}]`, c));
  r.credits.forEach((c, i) => add(`credits[${i}]`, c));
  r.tags.forEach((t, i) => add(`tags[${i}]`, t));
  r.embeds.forEach((e, i) => {
    add(`embeds[${i}].text`, e.text);
    add(`embeds[${i}].author`, e.author);
    add(`embeds[${i}].handle`, e.handle);
    add(`embeds[${i}].dateText`, e.dateText);
  });
  r.removed.forEach((x, i) => add(`removed[${i}]:${x.kind}`, x.text));
  return out;
}

const SEAM = /([\p{Ll}\p{N}])(\p{Lu})/gu;
const CAPS_SEAM = /(\p{Lu}{2})(\p{Lu}\p{Ll})/gu;

/**
 * Lower-cased runs of letters and digits: the unit the audit counts. A run is also cut where
 * a lower-case letter or a digit meets an upper-case letter, because the pipeline may cut a
 * line at such a seam ("chipsCredit: …" is a caption and a credit glued together, "à 10h15Mis à
 * jour" two datelines), and where a run of capitals meets a capitalised word ("ANALYSEPourquoi…":
 * a badge glued to a headline).
 */
export function wordTokens(text: string): string[] {
  return (text.replace(SEAM, '$1 $2').replace(CAPS_SEAM, '$1 $2').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) as string[];
}
