/**
 * Labelled units to the record's fields. Every unit lands in exactly one field; where a line
 * carries two things (a caption glued to its credit, "Lire aussi : <headline>"), it is cut and
 * each piece lands in one field, the marker words in `removed`.
 */
import { detectLanguage } from '../lang/index.js';
import { parseDateText } from './dates.js';
import { labelsOfBadges } from './badges.js';
import { peelTitleBadges } from './stub-title.js';
import { cuesOf, splitBadges } from '../lexicon/index.js';
import { BULLET } from '../classify/features.js';
import { MARKUP_REGIONS } from '../classify/context.js';
import { splitCredit } from '../lexicon/credits.js';
import type { Classification } from '../classify/classify.js';
import type { DateMention, Embed, FurnitureKind, IngestRecord, Lang, LabeledUnit, Paragraph, RelatedStub, Removed } from '../types.js';

/** Everything of the record but what the caller knows (version, id, source). */
export type Assembled = Omit<IngestRecord, 'version' | 'id' | 'source' | 'url' | 'site' | 'declaredLang'>;

/** `hrefs`: each unit's link (HTML pages), which becomes the url of the stub it heads. */
export function assemble(c: Classification, spacers: Array<[number, number]>, hrefs: ReadonlyArray<string | null> = []): Assembled {
  const removed: Removed[] = [];
  const units = c.units;
  const titleUnit = units.find((u) => u.label.role === 'title');
  const paragraphs = buildParagraphs(units, c);
  const body = paragraphs.map((p) => p.text).join('\n\n');
  const docLang = detectLanguage(body.length > 0 ? body : (titleUnit?.text ?? ''));
  const langForDates = docLang.lang;

  const related = buildRelated(units, c, removed, hrefs);
  const meta = buildMeta(units, c, removed, langForDates);

  for (const u of units) {
    if (u.label.role !== 'furniture') continue;
    pushRemoved(removed, u.label.kind, u.text, u.lines, u.label.rule, u.index);
  }
  for (const span of spacers) removed.push({ kind: 'spacer', text: '', lines: span, rule: 'spacer:layout-only-line' });
  removed.sort((a, b) => a.lines[0] - b.lines[0]);

  return {
    lang: docLang.lang,
    langConfidence: docLang.confidence,
    title: titleUnit ? titleUnit.text : null,
    body,
    paragraphs,
    related,
    ...meta,
    removed: removed.map(({ kind, text, lines, rule }) => ({ kind, text, lines, rule })),
  };
}

// ---------------------------------------------------------------------------------------

/** Story units to paragraphs, re-joining the lines that the dump broke. */
function buildParagraphs(units: LabeledUnit[], c: Classification): Paragraph[] {
  const out: Paragraph[] = [];
  // Does the story set its paragraphs apart with blank lines? Then the lines of one block are
  // one paragraph more often than not.
  let apart = 0;
  let packed = 0;
  for (let k = 1; k < units.length; k++) {
    if (units[k]!.label.role !== 'body' || units[k - 1]!.label.role !== 'body') continue;
    if (units[k]!.gapBefore > 0) apart++;
    else if (c.features[units[k - 1]!.index]!.endsSentence) packed++;
  }
  const blocksAreParagraphs = apart >= 3 && apart >= 3 * packed;
  let open: Paragraph | null = null;
  let lastIndex = -2;
  for (const u of units) {
    const role = u.label.role;
    if (role !== 'body' && role !== 'heading') continue;
    const f = c.features[u.index]!;
    if (role === 'heading') {
      out.push({ type: 'heading', text: u.text, lines: [...u.lines] });
      open = null;
      lastIndex = u.index;
      continue;
    }
    // A printed page's running head and foot between two lines do not part them.
    let between = Math.max(0, lastIndex + 1);
    while (open !== null && between < u.index && units[between]?.label.rule === 'story:running-head') between++;
    const adjacent = open !== null && (lastIndex === u.index - 1 || (between === u.index && u.index - lastIndex <= 6));
    const prevF = open ? c.features[lastIndex] : undefined;
    const sameBlock = adjacent && u.gapBefore === 0;
    // A line ending on ":" or an opening mark runs on; a straight quote after a stop closes.
    const prevOpen = prevF ? !prevF.endsSentence || /(?:[:(«“—–]|(?:^|[\s:])")$/u.test(open!.text) : false;
    // A quote on its own line in the paragraph's block, its attribution on the next line
    // (« … » / ", a-t-elle tranché."): the three lines are one paragraph.
    const next = units[u.index + 1];
    const attributedQuote = blocksAreParagraphs && sameBlock && /^[«“"]/u.test(u.text) && !f.endsSentence && next !== undefined && next.gapBefore === 0 && c.features[next.index]!.startsContinuation && next.label.role === 'body';
    const join =
      open !== null &&
      !BULLET.test(u.text) &&
      ((f.startsContinuation && (adjacent || u.index - lastIndex <= 2)) || (sameBlock && (prevOpen || attributedQuote)) || (adjacent && prevOpen && /^[,.;:)»”"]/u.test(u.text)));
    if (join && open) {
      open.text = joinLines(open.text, u.text);
      open.lines[1] = u.lines[1];
    } else {
      open = { type: 'paragraph', text: u.text, lines: [...u.lines] };
      out.push(open);
    }
    lastIndex = u.index;
  }
  return out;
}

/** One space between two broken lines, none before closing punctuation. */
export function joinLines(a: string, b: string): string {
  if (/^[,.;:!?)\]…]/u.test(b)) return a + b;
  return `${a} ${b}`;
}

// ---------------------------------------------------------------------------------------

function buildRelated(units: LabeledUnit[], c: Classification, removed: Removed[], hrefs: ReadonlyArray<string | null>): RelatedStub[] {
  interface Draft {
    url?: string | null;
    region: number;
    title: string | null;
    summary: string | null;
    badges: string[];
    caption: string | null;
    lines: [number, number];
  }
  const drafts: Draft[] = [];
  let current: Draft | null = null;
  let pendingBadges: string[] = [];
  let pendingLines: Array<[number, number]> = [];
  let pendingCaption: string | null = null;
  let pendingStart = -1;
  let lastStubUnit = -2;
  const open = (region: number, line: number): Draft => {
    const d: Draft = {
      region,
      title: null,
      summary: null,
      badges: pendingBadges,
      caption: pendingCaption,
      lines: [pendingStart >= 0 ? pendingStart : line, line],
    };
    pendingBadges = [];
    pendingLines = [];
    pendingCaption = null;
    pendingStart = -1;
    drafts.push(d);
    return d;
  };
  for (const u of units) {
    const l = u.label;
    if (l.role === 'related-title' && l.region === -1) {
      const cut = c.inline.get(u.index)!;
      pushRemoved(removed, 'marker', cut.marker, u.lines, 'related:inline-marker', u.index);
      // « Transport scolaire : … »: the headline without the quotes the page put around it.
      const title = cut.rest.replace(/^[«“"]\s*/u, '').replace(/\s*[»”"]$/u, '');
      drafts.push({ region: -1, title, summary: null, badges: [], caption: null, lines: [...u.lines], url: hrefs[u.index] ?? null });
      current = null;
      continue;
    }
    if (l.role !== 'related-title' && l.role !== 'related-summary' && l.role !== 'related-badge' && l.role !== 'related-caption') continue;
    // A list the markup and the text read together (titles from its links, summaries from
    // its prose) may carry two region numbers; a summary right under a title is still its.
    const underTitle =
      l.role === 'related-summary' &&
      current !== null &&
      (current.region >= MARKUP_REGIONS) !== (l.region >= MARKUP_REGIONS) &&
      current.title !== null &&
      current.summary === null &&
      lastStubUnit === u.index - 1;
    if (current && current.region !== l.region && !underTitle) current = null;
    lastStubUnit = u.index;
    if (l.role === 'related-caption') {
      pendingCaption = pendingCaption ? `${pendingCaption} ${u.text}` : u.text;
      pendingLines.push([...u.lines]);
      if (pendingStart < 0) pendingStart = u.lines[0];
      current = null;
      continue;
    }
    if (l.role === 'related-badge') {
      // A kicker stands over the headline it labels: it waits for the next stub.
      const kicker = l.rule === 'related:headerless-kicker';
      if (current && pendingCaption === null && !kicker) {
        current.badges.push(u.text);
        current.lines[1] = u.lines[1];
      } else {
        pendingBadges.push(u.text);
        pendingLines.push([...u.lines]);
        if (pendingStart < 0) pendingStart = u.lines[0];
      }
      continue;
    }
    if (l.role === 'related-title') {
      current = open(l.region, u.lines[0]);
      current.title = u.text;
      current.url = hrefs[u.index] ?? null;
      current.lines[1] = u.lines[1];
      continue;
    }
    // A summary: of the open stub when it has a title and no summary yet, else a stub of its own.
    if (!current || current.summary !== null || current.title === null || pendingCaption !== null) current = open(l.region, u.lines[0]);
    current.summary = u.text;
    current.lines[1] = u.lines[1];
  }
  if (pendingBadges.length > 0 || pendingCaption !== null) {
    // Badges after the last stub belong to it.
    const last = drafts[drafts.length - 1];
    if (last) {
      last.badges.push(...pendingBadges);
      if (pendingCaption) last.caption = last.caption ? `${last.caption} ${pendingCaption}` : pendingCaption;
    } else {
      // A list with badges and no stub: the badges are furniture of the empty list.
      pendingBadges.forEach((b, k) => removed.push({ kind: 'marker', text: b, lines: pendingLines[k] ?? [pendingStart, pendingStart], rule: 'related:orphan-badge' }));
      if (pendingCaption) {
        const span = pendingLines[pendingLines.length - 1] ?? [pendingStart, pendingStart];
        removed.push({ kind: 'marker', text: pendingCaption, lines: [pendingStart, span[1]], rule: 'related:orphan-caption' });
      }
    }
  }
  return drafts.map((d) => {
    // A stub is a headline first: a lone line the classifier read as a summary (two short
    // sentences, "Snowbirds skip Florida. Vermont feels it, too.") is the stub's headline.
    if (d.title === null && d.summary !== null && d.summary.split(/\s+/u).length <= LONE_HEADLINE_WORDS) {
      d.title = d.summary;
      d.summary = null;
    }
    // "1. Cyclone Garance : …": the number of a numbered list is not the headline's.
    if (d.title) {
      // "1. …", "» …": a list's number or bullet is not the headline's.
      const n = /^(\d{1,2}[.)]|[»›•·▶►■●◆→>])\s+(?=\S)/u.exec(d.title);
      if (n) {
        pushRemoved(removed, 'marker', n[1]!, d.lines, 'related:list-number', -1);
        d.title = d.title.slice(n[0].length);
      }
    }
    // "Mar. 1, 2025 — A bloom covering…": the stub's date printed before its summary.
    if (d.summary) {
      const m = /^(.{4,32}?) [—–-] (?=\S)/u.exec(d.summary);
      if (m && parseDateText(m[1]!, 'und')?.wholeLine) {
        d.badges.push(m[1]!);
        d.summary = d.summary.slice(m[0].length);
      }
    }
    if (d.title) d.title = peelTitleBadges(d.title, d.badges);
    const text = [d.title, d.summary].filter((x): x is string => !!x).join('. ');
    const guess = detectLanguage(text);
    const badges = d.badges.flatMap((b) => splitBadgeLine(b));
    return {
      title: d.title,
      summary: d.summary,
      lang: guess.lang,
      langConfidence: guess.confidence,
      labels: labelsOfBadges(badges),
      badges,
      caption: d.caption,
      url: d.url ?? null,
      lines: d.lines,
    };
  });
}


function splitBadgeLine(line: string): string[] {
  const parts = splitBadges(line);
  return parts ? parts.map((p) => p.text) : [line];
}

// ---------------------------------------------------------------------------------------


/**
 * Cuts a byline or dateline into its pieces: at " - ", " | ", " · ", and before a second
 * date marker ("Publié le …, modifié le …").
 */
export function splitMetaLine(text: string): string[] {
  // "10:42, 14 MAR 2025Updated11:17, 14 MAR 2025": the dump glued the two datelines.
  const unglued = text.replace(/(?<=\d)(?=(Updated|Mis à jour|MAJ|Modifié)\b)/u, ' - ').replace(/(?<=\b(Updated|Mis à jour|MAJ|Modifié))(?=\d)/u, ' ');
  const pieces = unglued.split(/\s+[-|·•—–]\s+/u);
  const out: string[] = [];
  for (const piece of pieces) {
    const m = /[,;]\s*(?=(mis à jour|mise à jour|maj|modifié|actualisé|updated|last updated|modified)\b)/iu.exec(piece);
    if (m && m.index > 0) {
      out.push(piece.slice(0, m.index).trim(), piece.slice(m.index + m[0].length).trim());
    } else {
      out.push(piece.trim());
    }
  }
  return out.filter((p) => p.length > 0);
}


function buildMeta(units: LabeledUnit[], c: Classification, removed: Removed[], lang: Lang) {
  const bylineParts: string[] = [];
  const dates: DateMention[] = [];
  const captions: string[] = [];
  const credits: string[] = [];
  const tags: string[] = [];
  const embeds: Embed[] = [];
  for (const u of units) {
    const l = u.label;
    if (l.role !== 'meta') continue;
    switch (l.kind) {
      case 'byline':
      case 'date': {
        // "Par Julien Faure - 18 oct. 2025 à 07:45 - Mis à jour le 18 oct. 2025 à 12:10":
        // a byline and datelines on one line, cut at their separators.
        for (const piece of splitMetaLine(u.text)) {
          const parsed = parseDateText(piece, lang);
          if (parsed && parsed.wholeLine && (l.kind === 'date' || !/^(par|by)\b/iu.test(piece))) {
            // The lexicon's date markers say which dateline this piece is (a line already cut
            // at its second marker has one marker a piece).
            const cues = cuesOf(piece);
            const updated = cues.has('updated-marker') && !cues.has('date-marker');
            dates.push({ kind: updated ? 'updated' : 'published', text: piece, iso: parsed.iso, lines: [...u.lines] });
          } else if (cuesOf(piece).has('reading-time')) {
            // "… • Last updated 3 hours ago • 4 minute read": the reading time is furniture.
            pushRemoved(removed, 'reading-time', piece, u.lines, 'meta:reading-time', u.index);
          } else {
            bylineParts.push(piece);
          }
        }
        break;
      }
      case 'caption':
        captions.push(u.text);
        break;
      case 'credit': {
        const cut = splitCredit(u.text);
        if (cut.caption) captions.push(cut.caption);
        if (cut.marker) pushRemoved(removed, 'marker', cut.marker, u.lines, 'credit:marker', u.index);
        if (cut.credit) credits.push(cut.credit);
        break;
      }
      case 'tag':
        tags.push(...splitTags(u, removed));
        break;
      case 'embed':
        break;
    }
  }
  for (const e of c.embeds) {
    const textUnits = e.text.map((i) => units[i]!);
    const text = textUnits.map((t) => t.text).join('\n');
    const url = /https?:\/\/\S+|pic\.twitter\.com\/\S+/u.exec(text)?.[0] ?? null;
    const attr = units[e.attribution]!;
    if (e.marker) pushRemoved(removed, 'marker', e.marker, attr.lines, 'embed:attribution-marker', attr.index);
    for (const j of e.frame) pushRemoved(removed, 'marker', units[j]!.text, units[j]!.lines, 'embed:frame', units[j]!.index);
    // A post's age ("2 j") is relative to a day the dump does not give: kept as text only.
    const parsed = e.dateText && !/^\d{1,2} ?\p{L}{1,4}\.?$/u.test(e.dateText) ? parseDateText(e.dateText, 'en') : null;
    // The attribution's dash is decoration; author, handle and date keep all its words.
    embeds.push({
      type: /twitter|t\.co\/|x\.com/iu.test(text) || e.handle ? 'tweet' : 'post',
      text,
      author: e.author,
      handle: e.handle,
      date: parsed?.iso ?? null,
      dateText: e.dateText,
      url,
      lines: spanLines([...e.text, e.attribution, ...(e.date === null ? [] : [e.date])].map((j) => units[j]!)),
    });
  }
  const published = dates.find((d) => d.kind === 'published' && d.iso)?.iso ?? null;
  const updated = dates.find((d) => d.kind === 'updated' && d.iso)?.iso ?? null;
  return {
    byline: bylineParts.length > 0 ? bylineParts.join(' ') : null,
    published,
    updated,
    dates,
    captions,
    credits,
    tags,
    embeds,
  };
}

/** The first and last line of the units of an embedded post. */
function spanLines(parts: LabeledUnit[]): [number, number] {
  return [Math.min(...parts.map((p) => p.lines[0])), Math.max(...parts.map((p) => p.lines[1]))];
}

/** The longest line that still reads as a stub's headline rather than its summary. */
const LONE_HEADLINE_WORDS = 22;

const TAG_MARKER = /^([^:]{2,30}):\s*/u;

function splitTags(u: LabeledUnit, removed: Removed[]): string[] {
  let text = u.text;
  if (u.label.rule === 'tail:tags-inline') {
    const m = TAG_MARKER.exec(text);
    if (m) {
      pushRemoved(removed, 'marker', m[0].trim(), u.lines, 'tags:marker', u.index);
      text = text.slice(m[0].length);
    }
  }
  const parts = /#/.test(text) ? text.split(/\s+/u) : text.split(/\s*[,;|·•]\s*/u);
  return parts.map((t) => t.replace(/^#/, '').trim()).filter((t) => t.length > 0);
}

/** Consecutive units of the same kind make one `removed` entry. */
function pushRemoved(removed: Removed[], kind: FurnitureKind, text: string, lines: [number, number], rule: string, index: number): void {
  const last = removed[removed.length - 1] as (Removed & { lastIndex?: number }) | undefined;
  if (last && last.kind === kind && kind !== 'marker' && last.lastIndex === index - 1) {
    last.text += `\n${text}`;
    last.lines = [last.lines[0], lines[1]];
    last.lastIndex = index;
    return;
  }
  const entry: Removed & { lastIndex?: number } = { kind, text, lines: [...lines], rule, lastIndex: index };
  removed.push(entry);
}
