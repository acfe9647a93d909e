/**
 * The library API: bytes or text in, one record out. The CLI is a thin layer over this.
 *
 *   import { ingest } from 'ingest';
 *   const record = ingest(fs.readFileSync('page.txt'), { path: 'page.txt' });
 *
 * One pipeline, two front ends: a text dump becomes lines, an HTML page its visible boxes;
 * both become the same units, read by the same classifier and assembler.
 */
import { decodeBytes } from './io/decode.js';
import { toLines } from './io/normalize.js';
import { detectFormat, type InputFormat } from './io/format.js';
import { linesToUnits } from './text/frontend.js';
import { classify, type Classification } from './classify/classify.js';
import { assemble, type Assembled } from './assemble/assemble.js';
import { recordId, sha256Hex } from './record/id.js';
import { htmlFrontEnd } from './html/index.js';
import type { IngestRecord } from './types.js';

export interface IngestOptions {
  /** Where the input came from, for `source.path` and the id ("-" for stdin). */
  path?: string;
  /** 'text' or 'html'; by default the path's extension decides, else the content is sniffed. */
  format?: InputFormat;
}

export interface IngestTrace {
  record: IngestRecord;
  classification: Classification;
  /** Fields a web page's metadata filled where its visible text said nothing (title, byline, dates). */
  filledFromMetadata: string[];
}

/** One document to one record. Throws InputError for input that is empty, binary or undecodable. */
export function ingest(input: Uint8Array | string, options: IngestOptions = {}): IngestRecord {
  return ingestWithTrace(input, options).record;
}

/** The record and the labels behind it (for `ingest explain` and the audit tests). */
export function ingestWithTrace(input: Uint8Array | string, options: IngestOptions = {}): IngestTrace {
  const path = options.path ?? '-';
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const sha256 = sha256Hex(bytes);
  const format = options.format ?? detectFormat(path, bytes);
  let classification: Classification;
  let fields: Assembled;
  let page: { url: string | null; site: string | null; declaredLang: string | null } = { url: null, site: null, declaredLang: null };
  let encoding: string;
  let filledFromMetadata: string[] = [];
  if (format === 'html') {
    const html = htmlFrontEnd(path, bytes);
    encoding = html.encoding;
    classification = classify(html.units, true, html);
    const completed = html.complete(assemble(classification, [], html.hrefs));
    fields = completed.fields;
    filledFromMetadata = completed.filled;
    page = { url: html.meta.url, site: html.meta.site, declaredLang: html.meta.declaredLang };
  } else {
    const decoded = decodeBytes(path, bytes);
    encoding = decoded.encoding;
    const { units, spacers, hasBlankLines } = linesToUnits(toLines(decoded.text));
    classification = classify(units, hasBlankLines);
    fields = assemble(classification, spacers);
  }
  const record: IngestRecord = {
    version: 1,
    id: recordId(path, sha256),
    source: { path, bytes: bytes.length, sha256, format, encoding },
    // Key order is the reading order of `--pretty` output: who, what language, which page.
    ...{ lang: fields.lang, langConfidence: fields.langConfidence, title: fields.title, ...page },
    ...fields,
  };
  return { record, classification, filledFromMetadata };
}
