/**
 * The contracts between the pipeline's stages. Each stage is a pure function from one of
 * these shapes to the next, so a second front end (HTML) only has to produce `Unit[]`.
 */
/** Same union as src/lang's: kept here too so the contracts do not depend on the detector. */
export type Lang = 'en' | 'fr' | 'und';

/** One physical line of the input, normalized, with its 1-based line number. */
export interface SourceLine {
  no: number;
  /** Trimmed of layout spaces; '' for a blank line. */
  text: string;
  /** The line held only layout characters (NBSP, zero-width...): blank, but worth auditing. */
  spacer: boolean;
}

/**
 * The unit every later stage works on: one non-blank line of a text dump (or one visible
 * block of an HTML page). `block` groups units that the page showed together (lines with no
 * blank line between them); `gapBefore` is how many blank lines preceded it.
 */
export interface Unit {
  index: number;
  text: string;
  lines: [number, number];
  block: number;
  gapBefore: number;
}

/** What a front end hands to the classifier. */
export interface FrontEndOutput {
  units: Unit[];
  /** Line spans that held only layout characters (NBSP spacers), for the audit. */
  spacers: Array<[number, number]>;
  /** Whether the dump separates paragraphs with blank lines at all. */
  hasBlankLines: boolean;
}

export type FurnitureKind =
  | 'cookie-banner'
  | 'nav'
  | 'header'
  | 'related-header'
  | 'share'
  | 'newsletter'
  | 'subscribe'
  | 'paywall'
  | 'ad'
  | 'video'
  | 'comments'
  | 'bio'
  | 'footer'
  | 'most-read'
  | 'spacer'
  | 'marker'
  | 'login'
  | 'reading-time'
  | 'tags-header'
  | 'promo'
  | 'table'
  | 'boilerplate';

export type MetaKind = 'byline' | 'date' | 'caption' | 'credit' | 'tag' | 'embed';

/** What the classifier decided about one unit. `rule` says which rule decided it. */
export type Label =
  | { role: 'title'; rule: string }
  | { role: 'body'; rule: string }
  | { role: 'heading'; rule: string }
  | { role: 'related-title'; rule: string; region: number }
  | { role: 'related-summary'; rule: string; region: number }
  | { role: 'related-badge'; rule: string; region: number }
  | { role: 'related-caption'; rule: string; region: number }
  | { role: 'meta'; kind: MetaKind; rule: string }
  | { role: 'furniture'; kind: FurnitureKind; rule: string };

export interface LabeledUnit extends Unit {
  label: Label;
}

export interface Paragraph {
  type: 'paragraph' | 'heading';
  text: string;
  lines: [number, number];
}

export interface RelatedStub {
  title: string | null;
  summary: string | null;
  lang: Lang;
  langConfidence: number;
  /** Normalized badge ids, e.g. "ai-generated-image", "time-ago", "video". */
  labels: string[];
  /** The badges as the page wrote them. */
  badges: string[];
  /** The caption of the stub's picture, when the dump kept it. */
  caption: string | null;
  url: string | null;
  lines: [number, number];
}

export interface DateMention {
  kind: 'published' | 'updated';
  text: string;
  iso: string | null;
  lines: [number, number];
}

export interface Embed {
  type: 'tweet' | 'post';
  text: string;
  author: string | null;
  handle: string | null;
  date: string | null;
  dateText: string | null;
  url: string | null;
  lines: [number, number];
}

export interface Removed {
  kind: FurnitureKind;
  text: string;
  lines: [number, number];
  rule: string;
}

export interface SourceInfo {
  path: string;
  bytes: number;
  sha256: string;
  format: 'text' | 'html';
  encoding: string;
}

export interface IngestRecord {
  version: 1;
  id: string;
  source: SourceInfo;
  lang: Lang;
  langConfidence: number;
  title: string | null;
  /** The page's canonical URL (HTML: link rel=canonical, og:url); null for text dumps. */
  url: string | null;
  /** The publication's name (HTML: og:site_name, JSON-LD publisher); null when unknown. */
  site: string | null;
  /** What the page declared (`<html lang>`, content-language), as written; never trusted over the text. */
  declaredLang: string | null;
  body: string;
  paragraphs: Paragraph[];
  related: RelatedStub[];
  byline: string | null;
  published: string | null;
  updated: string | null;
  dates: DateMention[];
  captions: string[];
  credits: string[];
  tags: string[];
  embeds: Embed[];
  removed: Removed[];
}
