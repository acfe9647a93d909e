/**
 * Text dump or HTML page? The file name decides when it says (.html/.htm, .txt); otherwise
 * (stdin, other extensions) the head of the content is sniffed the way browsers do: a
 * doctype, or one of the elements that only an HTML document starts with.
 */
import { extname } from 'node:path';

export type InputFormat = 'text' | 'html';

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml']);
const TEXT_EXTENSIONS = new Set(['.txt', '.text']);
/** After an optional BOM, comments and white space, one of these opens an HTML document. */
const HTML_START = /^(?:\s|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html|head|body|meta|title|script|style|div|article|p|table|link)[\s/>]/i;

export function detectFormat(path: string, bytes: Uint8Array): InputFormat {
  const ext = path === '-' ? '' : extname(path).toLowerCase();
  if (HTML_EXTENSIONS.has(ext)) return 'html';
  if (TEXT_EXTENSIONS.has(ext)) return 'text';
  return sniffHtml(bytes) ? 'html' : 'text';
}

/** Reads the first 1,024 bytes as Latin-1 (enough for markup, whatever the real encoding). */
export function sniffHtml(bytes: Uint8Array): boolean {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  let head = '';
  const end = Math.min(bytes.length, start + 1024);
  for (let i = start; i < end; i++) head += String.fromCharCode(bytes[i]!);
  return HTML_START.test(head);
}
