/**
 * The DOM to the visible boxes of text a browser would render, in document order. Each box
 * keeps what the markup says about it: its tag, the kind its ancestors' tags, roles and class
 * words give it, its link density and first link, and the element that holds it (for the
 * content-root scoring). Invisible things (scripts, styles, templates, hidden elements,
 * JSON blobs) never become text.
 *
 * The walk is iterative (an explicit stack), so 10,000 nested elements cannot overflow the
 * call stack, and linear: every node is entered once and left once.
 */
import type { AnyNode, Element } from 'domhandler';
import { BLOCK_TAGS, CLASS_WORDS, CONSENT_VENDOR, HIDDEN_CLASSES, HIDDEN_STYLE, LINK_MARKER, ROLE_KIND, SKIPPED_TAGS, TAG_KIND, type DomKind } from '../lexicon/dom.js';

export interface DomCue {
  kind: DomKind;
  /** Which markup said so, e.g. "tag:nav", "class:share", "role:navigation". */
  rule: string;
  /** The element that carries the cue. */
  el: Element;
}

export interface HtmlBlock {
  /** The box's lines: a single `<br>` starts a new line, as it does on screen. */
  lines: string[];
  /** Per line: characters inside links, and the first link. */
  lineLinks: Array<{ linkChars: number; href: string | null; boldChars: number }>;
  text: string;
  /** The block element that holds the text (p, li, h2, td, div...). */
  tag: string;
  owner: Element;
  /** 1–6 for h1–h6, else 0. */
  heading: number;
  /** Characters of the text inside links. */
  linkChars: number;
  /** The first link with text in the box, as written (resolved later against the page's URL). */
  href: string | null;
  /** Markup cues from the innermost ancestor outwards (at most a few). */
  cues: DomCue[];
  /** Inside `<pre>`: line breaks are the author's. */
  pre: boolean;
}

const MAX_CUES = 6;

/** The characters of a box that reads as prose (long, few links), 0 for any other box. */
export function proseChars(b: HtmlBlock): number {
  return b.text.length >= 80 && b.linkChars < 0.3 * b.text.length ? b.text.length : 0;
}

export function collectBlocks(root: AnyNode): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  // The inline text gathered since the last box boundary, line by line.
  let lines: string[] = [''];
  let lineLinks: Array<{ linkChars: number; href: string | null; boldChars: number }> = [{ linkChars: 0, href: null, boldChars: 0 }];
  let boldDepth = 0;
  const newLine = (): void => {
    lines.push('');
    lineLinks.push({ linkChars: 0, href: linkDepth > 0 ? currentLink() : null, boldChars: 0 });
  };
  const currentLink = (): string | null => linkStack.findLast((h) => h !== '') ?? null;
  let linkDepth = 0;
  // The links around the current point: a card is often one <a> around several boxes
  // (badge, headline, summary), each of which is then inside that link.
  const linkStack: string[] = [];
  let preDepth = 0;
  const cueStack: DomCue[] = [];
  const ownerStack: Element[] = [];

  const flush = (): void => {
    const owner = ownerStack[ownerStack.length - 1];
    const cleaned = lines.map((l) => (preDepth > 0 ? l.replace(/[ \t]+$/u, '') : foldSpace(l)));
    const cleanedLinks = lineLinks;
    lines = [''];
    lineLinks = [{ linkChars: 0, href: linkDepth > 0 ? currentLink() : null, boldChars: 0 }];
    if (!owner) return;
    // Two <br> in a row (an empty line between texts) separate paragraphs: one box each.
    let group: number[] = [];
    const emit = (): void => {
      const keptIdx = group.filter((k) => cleaned[k]!.length > 0);
      group = [];
      if (keptIdx.length === 0) return;
      const kept = keptIdx.map((k) => cleaned[k]!);
      const text = kept.join(' ');
      const links = keptIdx.map((k) => ({
        linkChars: Math.min(cleanedLinks[k]!.linkChars, cleaned[k]!.length),
        href: cleanedLinks[k]!.href,
        boldChars: Math.min(cleanedLinks[k]!.boldChars, cleaned[k]!.length),
      }));
      blocks.push({
        lines: kept,
        lineLinks: links,
        text,
        tag: owner.name,
        owner,
        heading: /^h[1-6]$/.test(owner.name) ? Number(owner.name[1]) : owner.attribs.role === 'heading' ? Number(owner.attribs['aria-level'] ?? 2) || 2 : 0,
        linkChars: Math.min(links.reduce((a, l) => a + l.linkChars, 0), text.length),
        href: links.find((l) => l.href !== null)?.href ?? null,
        cues: cueStack.slice(-MAX_CUES).reverse(),
        pre: preDepth > 0,
      });
    };
    let blankRun = 0;
    cleaned.forEach((l, k) => {
      if (l.length === 0) {
        blankRun++;
        return;
      }
      if (blankRun > 0 && group.length > 0) emit();
      blankRun = 0;
      group.push(k);
    });
    emit();
  };

  type Frame = { node: AnyNode; exit: boolean; pushedCue: boolean; block: boolean; breakAfter?: boolean };
  const stack: Frame[] = [{ node: root, exit: false, pushedCue: false, block: false }];
  const breakLine = (): void => {
    if (lines[lines.length - 1]!.trim() !== '') newLine();
  };
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const node = frame.node;
    if (frame.exit) {
      const el = node as Element;
      if (frame.block) {
        flush();
        ownerStack.pop();
      }
      if (el.name === 'a') {
        linkDepth--;
        linkStack.pop();
      }
      if (el.name === 'pre') preDepth--;
      if (el.name === 'strong' || el.name === 'b') boldDepth--;
      if (frame.pushedCue) cueStack.pop();
      if (frame.breakAfter) breakLine();
      continue;
    }
    if (node.type === 'text') {
      const data = (node as unknown as { data: string }).data;
      if (preDepth > 0) {
        const parts = data.split(/\r\n|\r|\n/u);
        parts.forEach((part, k) => {
          if (k > 0) newLine();
          lines[lines.length - 1] += part;
        });
      } else {
        lines[lines.length - 1] += data;
      }
      if (linkDepth > 0 || boldDepth > 0) {
        const n = foldSpace(data).length;
        const line = lineLinks[lineLinks.length - 1]!;
        if (linkDepth > 0) line.linkChars += n;
        if (boldDepth > 0) line.boldChars += n;
      }
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'root') continue;
    if (node.type === 'root') {
      pushChildren(stack, node);
      continue;
    }
    const el = node as Element;
    const name = el.name;
    if ((SKIPPED_TAGS.has(name) && !readableNoscript(el)) || isHidden(el)) continue;
    if (name === 'br') {
      newLine();
      continue;
    }
    let altLink = false;
    if (name === 'a') {
      // "Read more<a>Garda pursuit…</a>": a link glued to the word before it is still a word
      // of its own on screen (the stylesheet spaces them).
      const before = lines[lines.length - 1]!;
      const folded = foldSpace(before);
      // Links side by side with nothing between them are a list of links, a line each.
      const allLink = folded.length > 0 && lineLinks[lineLinks.length - 1]!.linkChars >= 0.9 * folded.length && folded.split(' ').length >= 4;
      if (LINK_MARKER.test(folded) || allLink) newLine();
      else if (/[\p{L}\p{N}]$/u.test(before)) lines[lines.length - 1] = `${before} `;
      linkDepth++;
      const h = el.attribs.href;
      const usable = h && !h.startsWith('#') && !/^javascript:/iu.test(h) ? h : '';
      linkStack.push(usable);
      const line = lineLinks[lineLinks.length - 1]!;
      if (line.href === null && usable) line.href = usable;
      // A card that is only a picture: its link's text is the image's alt, the headline a
      // screen reader announces. Read as link text, so the card is a stub like the others.
      const alt = usable ? headlineAlt(el, usable) : null;
      if (alt) {
        breakLine();
        lines[lines.length - 1] += alt;
        lineLinks[lineLinks.length - 1]!.linkChars += alt.length;
        if (lineLinks[lineLinks.length - 1]!.href === null) lineLinks[lineLinks.length - 1]!.href = usable;
        altLink = true;
      }
    }
    if (name === 'pre') preDepth++;
    if (name === 'strong' || name === 'b') boldDepth++;
    const block = BLOCK_TAGS.has(name);
    if (block) {
      flush();
      ownerStack.push(el);
    }
    const cue = cueOf(el);
    if (cue) cueStack.push(cue);
    // A teaser's parts are inline elements that the stylesheet stacks: label, headline,
    // summary, date. They are lines of their own, as on screen.
    const part = !block && el.attribs.class !== undefined && TEASER_PART.test(el.attribs.class);
    if (part) breakLine();
    stack.push({ node: el, exit: true, pushedCue: cue !== null, block, breakAfter: part || altLink });
    pushChildren(stack, el);
  }
  flush();
  return blocks;
}

function pushChildren(stack: Array<{ node: AnyNode; exit: boolean; pushedCue: boolean; block: boolean }>, node: AnyNode): void {
  const children = (node as Element).children;
  for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, exit: false, pushedCue: false, block: false });
}

const TEASER_PART = /(?:^|[\s_-])(?:title|headline|heading|hed|dek|lead|summary|excerpt|description|standfirst|label|badge|kicker|flag|category|eyebrow|overline|timestamp|time|date)(?:$|[\s_-])/iu;

/** HTML's white space (not NBSP, which is a character of the text) folded to one space. */
export function foldSpace(s: string): string {
  return s.replace(/[ \t\n\r\f]+/gu, ' ').trim();
}

function isHidden(el: Element): boolean {
  const a = el.attribs;
  if (a.hidden !== undefined) return true;
  if (a['aria-hidden'] === 'true' && !hasText(el, 2)) return true;
  if (a.style && HIDDEN_STYLE.test(a.style)) return true;
  if (a.class) {
    for (const c of a.class.split(/\s+/u)) if (HIDDEN_CLASSES.has(c.toLowerCase())) return true;
  }
  return false;
}

/**
 * aria-hidden="true" hides an element from screen readers, not from the eye: icons and
 * decorative duplicates carry it, but so do some visible headings. Only short texts are
 * taken as hidden; `depth` bounds the look-ahead, and `more` is how many characters count as text.
 */
function hasText(el: Element, depth: number, more = 40): boolean {
  let n = 0;
  const visit = (node: AnyNode, d: number): void => {
    if (n > more) return;
    if (node.type === 'text') n += (node as unknown as { data: string }).data.trim().length;
    else if (d > 0 && (node as Element).children) for (const c of (node as Element).children) visit(c, d - 1);
  };
  visit(el, depth);
  return n > more;
}

/**
 * The alt text of a link that holds an image and no text, when it reads as a headline (four
 * words or more) and the link goes to a page rather than to the picture itself; else null.
 */
/**
 * Blogger and a few CMSs ship the article twice: in a script template that JavaScript
 * renders, and in a <noscript> twin for readers without it. That twin is read when it is all
 * the text its parent holds and it carries paragraphs of prose (a "please enable JavaScript"
 * line or a lazy image's fallback is neither).
 */
const NOSCRIPT_MIN_WORDS = 40;

function readableNoscript(el: Element): boolean {
  if (el.name !== 'noscript' || !el.parent) return false;
  // The cheap test first: most <noscript>s (a lazy image's fallback) hold no paragraph.
  if (paragraphWords(el, NOSCRIPT_MIN_WORDS) < NOSCRIPT_MIN_WORDS) return false;
  for (const sibling of (el.parent as Element).children) if (sibling !== el && hasVisibleText(sibling)) return false;
  // A page that shows its article already carries the twin for nothing: read it only when the
  // visible page has much less prose than the twin holds.
  return visibleProse(el) < 0.5 * paragraphWords(el, NOSCRIPT_WORDS_CAP);
}

/** Enough of the twin's words to compare with the visible page's. */
const NOSCRIPT_WORDS_CAP = 5_000;
const visibleProseOf = new WeakMap<AnyNode, number>();

/** Words in the page's visible <p> elements (outside scripts and <noscript>s), once per page. */
function visibleProse(el: Element): number {
  let root: AnyNode = el;
  while (root.parent) root = root.parent;
  let words = visibleProseOf.get(root);
  if (words === undefined) {
    words = paragraphWords(root, Number.POSITIVE_INFINITY);
    visibleProseOf.set(root, words);
  }
  return words;
}

/** Words inside <p> elements under node, skipping what is never shown, counted up to cap. */
function paragraphWords(node: AnyNode, cap: number): number {
  let words = 0;
  // An explicit stack: the markup may nest deeply.
  const stack: Array<[AnyNode, boolean]> = [[node, false]];
  while (stack.length > 0 && words < cap) {
    const [n, inP] = stack.pop()!;
    if (n.type === 'text') {
      if (inP) words += (n as unknown as { data: string }).data.split(/\s+/u).filter(Boolean).length;
      continue;
    }
    if (n.type !== 'tag' && n.type !== 'root') continue;
    const e = n as Element;
    if (n !== node && n.type === 'tag' && SKIPPED_TAGS.has(e.name)) continue;
    for (const c of e.children) stack.push([c, inP || e.name === 'p']);
  }
  return words;
}

function hasVisibleText(root: AnyNode): boolean {
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      if ((node as unknown as { data: string }).data.trim() !== '') return true;
      continue;
    }
    const e = node as Element;
    if (e.type !== 'tag' || SKIPPED_TAGS.has(e.name)) continue;
    for (const c of e.children) stack.push(c);
  }
  return false;
}

function headlineAlt(a: Element, href: string): string | null {
  let alt: string | null = null;
  let text = false;
  const visit = (node: AnyNode, depth: number): void => {
    if (text || depth > 6) return;
    if (node.type === 'text') {
      if ((node as unknown as { data: string }).data.trim() !== '') text = true;
      return;
    }
    const el = node as Element;
    if (el.type !== 'tag') return;
    if ((el.name === 'img' || el.name === 'amp-img') && alt === null && el.attribs.alt) alt = foldSpace(el.attribs.alt);
    if (SKIPPED_TAGS.has(el.name)) return;
    for (const c of el.children) visit(c, depth + 1);
  };
  for (const c of a.children) visit(c, 0);
  // A headline: four to twenty words and no full stop. A photo's description ("In this photo
  // issued by…", "FILE - …") is a caption, not the title of the page it links to.
  const words = alt === null ? 0 : (alt as string).split(' ').length;
  if (text || alt === null || words < 4 || words > 20 || (alt as string).endsWith('.') || /\b(photo|file|image|picture)\b/iu.test(alt)) return null;
  // Every link of a page comes here, and almost all hold text: the walks up the tree are left
  // for the few that hold only a picture. A thumbnail beside its card's linked headline repeats
  // the headline (the card has its text); one inside a paragraph illustrates it.
  if (IMAGE_FILE.test(href) || inParagraph(a) || twinLinkWithText(a, href)) return null;
  return alt;
}

/** Whether the box around a link (two levels up) holds another link to the same page, with text. */
function twinLinkWithText(a: Element, href: string): boolean {
  let box: Element | null = a;
  for (let up = 0; up < 2 && box.parent && (box.parent as Element).type === 'tag'; up++) box = box.parent as Element;
  let seen = 0;
  const visit = (node: AnyNode): boolean => {
    if (++seen > 400 || node.type !== 'tag') return false;
    const el = node as Element;
    if (el !== a && el.name === 'a' && el.attribs.href === href && hasText(el, 4, 0)) return true;
    return el.children.some(visit);
  };
  return visit(box);
}

/** Whether the element sits in a paragraph of text (its nearest box is a `<p>`). */
function inParagraph(el: Element): boolean {
  for (let p = el.parent as Element | null; p && p.type === 'tag'; p = p.parent as Element | null) {
    if (BLOCK_TAGS.has(p.name)) return p.name === 'p';
  }
  return false;
}

const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/iu;

/** The kind an element's tag, role or class/id words give it, or null. */
export function cueOf(el: Element): DomCue | null {
  // The body's and html's classes describe the page ("single-post has-sidebar"), not a box.
  if (el.name === 'body' || el.name === 'html') return null;
  const tagKind = TAG_KIND[el.name];
  const role = el.attribs.role?.toLowerCase();
  const attr = `${el.attribs.id ?? ''} ${el.attribs.class ?? ''}`;
  if (attr.length > 1) {
    const byClass = classCue(attr);
    if (byClass) return { ...byClass, el };
  }
  if (role && ROLE_KIND[role]) return { kind: ROLE_KIND[role]!, rule: `role:${role}`, el };
  if (tagKind) return { kind: tagKind, rule: `tag:${el.name}`, el };
  return null;
}

/** Class and id strings repeat across a page's elements: each is read once. */
const CLASS_CUES = new Map<string, { kind: DomKind; rule: string } | null>();

function classCue(attr: string): { kind: DomKind; rule: string } | null {
  const known = CLASS_CUES.get(attr);
  if (known !== undefined) return known;
  let found: { kind: DomKind; rule: string } | null = null;
  if (CONSENT_VENDOR.test(attr)) found = { kind: 'cookie-banner', rule: 'class:consent' };
  else {
    const words = classWords(attr);
    outer: for (const [kind, names] of CLASS_WORDS) {
      for (const w of names) {
        if (words.has(w)) {
          found = { kind, rule: `class:${w}` };
          break outer;
        }
      }
    }
  }
  if (CLASS_CUES.size > 50_000) CLASS_CUES.clear();
  CLASS_CUES.set(attr, found);
  return found;
}

/**
 * CMSs stamp an article's box with the post's taxonomy: "tag-elections", "category-sport",
 * "author-jdoe", "post-2551586", "format-standard". Those name the content, not the box, and
 * would make an article look like a tag list; a structural suffix ("tag-list", "author-bio")
 * keeps the class.
 */
const TAXONOMY_CLASS = /^(?:tag|tags|category|categories|format|type|status|postid|post|author|term|taxonomy|node|page|section|topic)-(?!(?:list|cloud|links|box|bio|info|name|byline|wrapper|container|area|block|meta|date|share|related|footer|header|nav|comments?)\b)[\w-]+$/iu;

/** "c-share-bar__item shareBar" → c, share, bar, item, sharebar, share-bar: the words a rule may name. */
function classWords(attr: string): Set<string> {
  const out = new Set<string>();
  for (const raw of attr.split(/\s+/u)) {
    if (!raw || TAXONOMY_CLASS.test(raw)) continue;
    const lower = raw.toLowerCase();
    out.add(lower);
    for (const w of raw.replace(/([a-z])([A-Z])/gu, '$1 $2').toLowerCase().split(/[^a-z0-9]+/u)) if (w) out.add(w);
    // "article-body", "entry-content": two-word names as one.
    const parts = lower.split(/[-_]+/u).filter(Boolean);
    for (let i = 0; i + 1 < parts.length; i++) out.add(`${parts[i]}-${parts[i + 1]}`);
  }
  return out;
}
