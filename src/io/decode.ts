/**
 * Bytes to text. Never assume UTF-8 blindly: a crawl holds Latin-1 and Windows-1252 French
 * pages, UTF-16 exports (some without a BOM) and binaries with a .txt name. The order is BOM,
 * then UTF-16 told by its NUL pattern, then strict UTF-8, then a legacy single-byte encoding:
 * Windows-1252 (a superset of ISO-8859-1's printable range, and what browsers use for pages
 * labelled Latin-1), or ISO-8859-15 when the bytes only make sense as French in it.
 */
import { isUtf8 } from 'node:buffer';
import { InputError } from '../errors.js';

export interface Decoded {
  text: string;
  encoding: string;
}

/** How many bytes of the head are inspected to call a file binary. */
const SNIFF_BYTES = 8192;

export function decodeBytes(path: string, bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new InputError(path, 'empty file (0 bytes)');
  const bom = detectBom(bytes);
  let decoded: Decoded;
  if (bom) {
    decoded = { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)), encoding: bom.encoding };
  } else {
    const utf16 = sniffUtf16(bytes);
    if (utf16) {
      decoded = { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
    } else {
      if (looksBinary(bytes)) throw new InputError(path, 'binary file (NUL or control bytes), skipped');
      decoded = decodeWithoutBom(bytes);
    }
  }
  if (decoded.text.trim().length === 0) throw new InputError(path, 'empty file (only white space)');
  if (controlRatio(decoded.text) > 0.05) {
    throw new InputError(path, `undecodable: too many control characters once decoded as ${decoded.encoding}`);
  }
  return decoded;
}

function detectBom(b: Uint8Array): { encoding: string; length: number } | null {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** Strict UTF-8, or null. Buffer's validator and decoder are several times faster than a fatal TextDecoder. */
export function strictUtf8(bytes: Uint8Array): string | null {
  if (!isUtf8(bytes)) return null;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

function decodeWithoutBom(bytes: Uint8Array): Decoded {
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  // Invalid UTF-8 in a news dump is almost always a legacy Western encoding.
  return looksIso885915(bytes)
    ? { text: decodeIso885915(bytes), encoding: 'iso-8859-15' }
    : { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

/**
 * UTF-16 without a BOM: text in the Latin scripts has a NUL in every other byte, on the odd
 * positions for little-endian and the even ones for big-endian, and almost none on the other
 * side. A binary has NULs too, but not in that regular pattern.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul / pairs >= 0.4 && evenNul / pairs <= 0.02) return 'utf-16le';
  if (evenNul / pairs >= 0.4 && oddNul / pairs <= 0.02) return 'utf-16be';
  return null;
}

/**
 * ISO-8859-15 rather than Windows-1252: the file has none of the bytes 0x80–0x9F (curly
 * quotes, dashes and œ in Windows-1252, controls in ISO-8859-15), and it has bytes that only
 * read as French in ISO-8859-15: 0xBD (œ) or 0xBC (Œ) next to a letter ("c½ur" is "cœur"),
 * 0xA4 (€) next to a number or a space ("10 ¤" is "10 €").
 */
function looksIso885915(bytes: Uint8Array): boolean {
  let evidence = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0x80 && b < 0xa0) return false;
    if (b !== 0xbd && b !== 0xbc && b !== 0xa4) continue;
    const before = i > 0 ? bytes[i - 1]! : 0x20;
    const after = i + 1 < bytes.length ? bytes[i + 1]! : 0x20;
    if (b === 0xa4 ? isDigitOrSpace(before) || isDigitOrSpace(after) : isLetter(before) || isLetter(after)) evidence++;
  }
  return evidence > 0;
}

const isDigitOrSpace = (b: number): boolean => (b >= 0x30 && b <= 0x39) || b === 0x20 || b === 0xa0;
/** ASCII letters and the Latin-1 letters (0xC0–0xFF but × and ÷). */
const isLetter = (b: number): boolean => ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a) || (b >= 0xc0 && b !== 0xd7 && b !== 0xf7);

/**
 * Windows-1252 by hand: Node 20's TextDecoder('windows-1252') decodes 0x80–0x9F as C1
 * controls (ISO-8859-1), losing the curly quotes, dashes, œ and € that French pages use.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  return decodeSingleByte(bytes, (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b));
}

/** ISO-8859-15: Latin-1 with eight letters and € in place of ¤ ½ ¼ ¾ and the accents. */
const ISO885915: Record<number, number> = { 0xa4: 0x20ac, 0xa6: 0x160, 0xa8: 0x161, 0xb4: 0x17d, 0xb8: 0x17e, 0xbc: 0x152, 0xbd: 0x153, 0xbe: 0x178 };

export function decodeIso885915(bytes: Uint8Array): string {
  return decodeSingleByte(bytes, (b) => ISO885915[b] ?? b);
}

/** A byte-to-code-point table applied in chunks (String.fromCharCode takes a bounded number of arguments). */
function decodeSingleByte(bytes: Uint8Array, codeOf: (b: number) => number): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) codes[i - start] = codeOf(bytes[i]!);
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** NUL bytes, or many C0 controls other than tab/CR/LF/FF, in the head of the file. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = bytes[i]!;
    if (c === 0) return true;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) controls++;
  }
  return controls / n > 0.02;
}

function controlRatio(text: string): number {
  const n = Math.min(text.length, SNIFF_BYTES);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x7f && c < 0xa0) || c === 0xfffd) bad++;
  }
  return bad / n;
}
