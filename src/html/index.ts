/**
 * The HTML front end's entry: bytes to units and hints for the shared stages, and the last
 * step that completes the assembled record with what only the page's metadata knows.
 */
import { decodeHtml } from './charset.js';
import { htmlToUnits, type HtmlFrontEnd } from './frontend.js';
import { completeFromMeta } from './complete.js';
import type { Assembled } from '../assemble/assemble.js';

export interface HtmlInput extends HtmlFrontEnd {
  encoding: string;
  complete: (fields: Assembled) => { fields: Assembled; filled: string[] };
}

export function htmlFrontEnd(path: string, bytes: Uint8Array): HtmlInput {
  const decoded = decodeHtml(path, bytes);
  const front = htmlToUnits(decoded.text);
  return { ...front, encoding: decoded.encoding, complete: (fields) => completeFromMeta(fields, front.meta) };
}
