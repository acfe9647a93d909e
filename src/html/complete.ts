/**
 * The page's metadata fills what its visible text did not say: the headline when no heading
 * carried it (og:title / JSON-LD, or `<title>` without its " | Site" suffix), the byline and
 * the dates from JSON-LD or article:* tags. What the text said wins: it is what the reader saw.
 */
import type { Assembled } from '../assemble/assemble.js';
import type { PageMeta } from './metadata.js';

/** The completed fields, and the names of those the metadata filled (the rest is visible text). */
export function completeFromMeta(fields: Assembled, meta: PageMeta): { fields: Assembled; filled: string[] } {
  const filled: string[] = [];
  const fill = <T>(name: string, own: T | null, fromMeta: T | null): T | null => {
    if (own !== null) return own;
    if (fromMeta !== null) filled.push(name);
    return fromMeta;
  };
  return {
    fields: {
      ...fields,
      title: fill('title', fields.title, meta.titles[0] ?? stripSiteSuffix(meta.documentTitle)),
      byline: fill('byline', fields.byline, meta.authors.length > 0 ? meta.authors.join(', ') : null),
      published: fill('published', fields.published, isoOrNull(meta.published)),
      updated: fill('updated', fields.updated, isoOrNull(meta.updated)),
    },
    filled,
  };
}

/** "Budget adopté | Le Quotidien" → "Budget adopté"; the longest part is the headline. */
export function stripSiteSuffix(title: string | null): string | null {
  if (!title) return null;
  // Only the separators sites put before their name: a colon belongs to the headline.
  const parts = title.split(/\s+[|–—·•-]\s+/u);
  if (parts.length === 1) return title;
  return parts.reduce((a, b) => (b.length > a.length ? b : a));
}

/** ISO 8601 dates as the page wrote them, normalized to what `published` holds elsewhere. */
function isoOrNull(s: string | null): string | null {
  if (!s) return null;
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2})?)?/u.exec(s.trim());
  if (!m) return null;
  return m[2] ? `${m[1]}T${m[2]}` : m[1]!;
}
