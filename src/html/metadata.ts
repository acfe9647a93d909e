/**
 * What a page says about itself outside its visible text: meta tags (Open Graph, article:*,
 * Dublin Core, name=author), JSON-LD (schema.org NewsArticle and kin, inside @graph too),
 * `<link rel=canonical>`, `<title>`, `<html lang>`. Read once, in one pass over the head and
 * the JSON-LD scripts; never trusted over the text where the two can be compared (language).
 */
import type { AnyNode, Element } from 'domhandler';

export interface PageMeta {
  /** Headline candidates, best first: JSON-LD headline, og:title, twitter:title, <title>. */
  titles: string[];
  /** The `<title>` element's text, kept apart: it carries the " | Site" suffix. */
  documentTitle: string | null;
  url: string | null;
  site: string | null;
  declaredLang: string | null;
  authors: string[];
  published: string | null;
  updated: string | null;
  description: string | null;
}

const ARTICLE_TYPES = /^(NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|LiveBlogPosting|WebPage|Report|ScholarlyArticle|TechArticle|BackgroundNewsArticle|Posting|SocialMediaPosting)$/u;

export function readMeta(root: AnyNode): PageMeta {
  const metas = new Map<string, string>();
  let canonical: string | null = null;
  let documentTitle: string | null = null;
  let htmlLang: string | null = null;
  const ld: unknown[] = [];
  // The walk skips the body's text (the blocks walk reads it) but must find JSON-LD and
  // <meta> wherever templates put them.
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'script') {
      const el = node as Element;
      if ((el.attribs.type ?? '').toLowerCase().includes('ld+json')) {
        const text = textOf(el);
        try {
          ld.push(JSON.parse(text));
        } catch {
          // A broken JSON-LD blob is the page's problem; the visible text still decides.
        }
      }
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'root') continue;
    const el = node as Element;
    if (node.type === 'tag') {
      const name = el.name;
      if (name === 'html' && el.attribs.lang) htmlLang = el.attribs.lang.trim() || null;
      else if (name === 'meta') {
        const key = (el.attribs.property ?? el.attribs.name ?? el.attribs.itemprop ?? el.attribs['http-equiv'] ?? '').toLowerCase();
        const content = el.attribs.content;
        if (key && content !== undefined && !metas.has(key)) metas.set(key, fold(content));
      } else if (name === 'link' && /\bcanonical\b/iu.test(el.attribs.rel ?? '') && el.attribs.href) canonical ??= el.attribs.href.trim();
      else if (name === 'title' && documentTitle === null && !isInside(el, 'svg')) documentTitle = fold(textOf(el)) || null;
      else if (name === 'style' || name === 'template' || name === 'noscript') continue;
    }
    const children = el.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }

  const article = findArticle(ld);
  const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? fold(v) : null);
  const titles = [str(article?.headline), str(article?.name), metas.get('og:title'), metas.get('twitter:title'), metas.get('dc.title')]
    .filter((t): t is string => !!t);
  const authors = namesOf(article?.author);
  if (authors.length === 0) {
    const a = metas.get('author') ?? metas.get('article:author') ?? metas.get('dc.creator') ?? metas.get('sailthru.author');
    if (a && !/^https?:/iu.test(a)) authors.push(a);
  }
  const publisher = article?.publisher as { name?: unknown } | undefined;
  return {
    titles: [...new Set(titles)],
    documentTitle,
    url: canonical ?? metas.get('og:url') ?? str(article?.url) ?? null,
    site: metas.get('og:site_name') ?? str(publisher?.name) ?? metas.get('application-name') ?? null,
    declaredLang: htmlLang ?? metas.get('content-language') ?? metas.get('og:locale') ?? null,
    authors,
    published: str(article?.datePublished) ?? metas.get('article:published_time') ?? metas.get('datepublished') ?? metas.get('pubdate') ?? metas.get('date') ?? metas.get('dc.date') ?? null,
    updated: str(article?.dateModified) ?? metas.get('article:modified_time') ?? metas.get('og:updated_time') ?? null,
    description: metas.get('og:description') ?? metas.get('description') ?? null,
  };
}

type LdObject = Record<string, unknown>;

/** The article object of a page's JSON-LD: the first whose @type is an article type. */
function findArticle(ld: unknown[]): LdObject | null {
  const queue: unknown[] = [...ld];
  let fallback: LdObject | null = null;
  for (let seen = 0; queue.length > 0 && seen < 500; seen++) {
    const item = queue.shift();
    if (Array.isArray(item)) {
      queue.push(...item);
      continue;
    }
    if (!item || typeof item !== 'object') continue;
    const obj = item as LdObject;
    const types = ([] as unknown[]).concat(obj['@type'] ?? []).filter((t): t is string => typeof t === 'string');
    if (types.some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage')) return obj;
    if (types.includes('WebPage') && !fallback && obj.headline) fallback = obj;
    if (obj['@graph']) queue.push(obj['@graph']);
    if (obj.mainEntity) queue.push(obj.mainEntity);
  }
  return fallback;
}

function namesOf(v: unknown): string[] {
  const out: string[] = [];
  for (const a of ([] as unknown[]).concat(v ?? [])) {
    if (typeof a === 'string' && a.trim() && !/^https?:/iu.test(a)) out.push(fold(a));
    else if (a && typeof a === 'object' && typeof (a as LdObject).name === 'string') out.push(fold((a as LdObject).name as string));
  }
  return out.filter((n) => n.length > 0 && n.length < 120);
}

export function textOf(el: Element): string {
  let out = '';
  const stack: AnyNode[] = [...el.children].reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text' || n.type === 'cdata') out += (n as unknown as { data: string }).data ?? '';
    const children = (n as Element).children;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out;
}

function isInside(el: Element, name: string): boolean {
  for (let p = el.parent; p; p = p.parent) if ((p as Element).name === name) return true;
  return false;
}

function fold(s: string): string {
  return s.replace(/[\s\u00a0]+/gu, ' ').trim();
}
