/**
 * HTML bytes to text, as a browser decides: a BOM first, then the charset the page declares
 * in its first 2,048 bytes (`<meta charset>` or http-equiv Content-Type), then strict UTF-8,
 * then Windows-1252. Labels are read per the WHATWG Encoding standard, which maps
 * "iso-8859-1", "latin1" and "us-ascii" to windows-1252 (pages that say Latin-1 use the
 * 0x80–0x9F quotes and dashes anyway).
 */
import { InputError } from '../errors.js';
import { decodeBytes, decodeWindows1252, strictUtf8, type Decoded } from '../io/decode.js';

const WINDOWS_1252_LABELS = new Set([
  'windows-1252', 'cp1252', 'x-cp1252', 'iso-8859-1', 'iso8859-1', 'iso_8859-1', 'latin1', 'l1', 'ascii', 'us-ascii',
  'iso-ir-100', 'csisolatin1', 'ibm819', 'cp819', 'iso_8859-1:1987', 'ansi_x3.4-1968',
]);

export function decodeHtml(path: string, bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new InputError(path, 'empty file (0 bytes)');
  const hasBom = (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (hasBom) return decodeBytes(path, bytes);
  const declared = declaredCharset(bytes);
  if (declared) {
    const label = declared.toLowerCase();
    if (WINDOWS_1252_LABELS.has(label)) {
      // A page that says Latin-1 but is UTF-8 (a CMS migrated without its template): trust the bytes.
      const utf8 = strictUtf8(bytes);
      if (utf8 !== null && /[\u0080-\uffff]/u.test(utf8)) return checked(path, { text: utf8, encoding: 'utf-8' });
      return checked(path, { text: decodeWindows1252(bytes), encoding: 'windows-1252' });
    }
    if (label !== 'utf-8' && label !== 'utf8') {
      try {
        const decoder = new TextDecoder(label);
        return checked(path, { text: decoder.decode(bytes), encoding: decoder.encoding });
      } catch {
        // An unknown label: fall through to sniffing, as browsers do.
      }
    }
  }
  return decodeBytes(path, bytes);
}

function checked(path: string, d: Decoded): Decoded {
  if (d.text.trim().length === 0) throw new InputError(path, 'empty file (only white space)');
  return d;
}

/** The prescan of the HTML standard, simplified: the first charset= in a meta tag of the head. */
export function declaredCharset(bytes: Uint8Array): string | null {
  let head = '';
  const end = Math.min(bytes.length, 2048);
  for (let i = 0; i < end; i++) head += String.fromCharCode(bytes[i]!);
  const meta = /<meta\b[^>]{0,400}?charset\s*=\s*["']?\s*([a-z0-9_:.-]{1,40})/iu.exec(head);
  return meta ? meta[1]! : null;
}
