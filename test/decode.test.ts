import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../src/io/decode.js';
import { toLines } from '../src/io/normalize.js';
import { InputError } from '../src/errors.js';

const bytes = (...xs: number[]) => new Uint8Array(xs);

describe('decodeBytes', () => {
  it('reads UTF-8 and says so', () => {
    const d = decodeBytes('a.txt', new TextEncoder().encode('Été à Québec'));
    expect(d).toEqual({ text: 'Été à Québec', encoding: 'utf-8' });
  });
  it('drops a UTF-8 BOM', () => {
    expect(decodeBytes('a.txt', bytes(0xef, 0xbb, 0xbf, 0x48, 0x69)).text).toBe('Hi');
  });
  it('reads UTF-16 with either BOM', () => {
    expect(decodeBytes('a', bytes(0xff, 0xfe, 0xe9, 0x00, 0x74, 0x00))).toEqual({ text: 'ét', encoding: 'utf-16le' });
    expect(decodeBytes('a', bytes(0xfe, 0xff, 0x00, 0xe9, 0x00, 0x74))).toEqual({ text: 'ét', encoding: 'utf-16be' });
  });
  it('falls back to windows-1252 for invalid UTF-8, curly quotes and œ included', () => {
    // "L’été cœur…" in windows-1252
    const d = decodeBytes('a', bytes(0x4c, 0x92, 0xe9, 0x74, 0xe9, 0x20, 0x63, 0x9c, 0x75, 0x72, 0x85));
    expect(d).toEqual({ text: 'L’été cœur…', encoding: 'windows-1252' });
  });
  it('reads UTF-16 without a BOM by where its NULs are', () => {
    const text = 'Le maire a annoncé mardi que les travaux du pont commenceront bientôt.';
    expect(decodeBytes('a', Buffer.from(text, 'utf16le'))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeBytes('a', Buffer.from(text, 'utf16le').swap16())).toEqual({ text, encoding: 'utf-16be' });
  });
  it('still calls a file with NULs in no regular pattern binary', () => {
    const noise = Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0 : 0x41 + (i % 26)));
    expect(() => decodeBytes('b.bin', noise)).toThrow(/binary/);
  });
  it('says iso-8859-15 when € and œ only make sense in it', () => {
    // "Le cœur coûte 10 €." in ISO-8859-15: œ is 0xBD and € is 0xA4 (½ and ¤ in Windows-1252).
    const latin9 = Buffer.from('Le c\xbdur co\xfbte 10 \xa4.', 'latin1');
    expect(decodeBytes('a', latin9)).toEqual({ text: 'Le cœur coûte 10 €.', encoding: 'iso-8859-15' });
  });
  it('keeps windows-1252 when the file has its 0x80–0x9F punctuation, or ½ between numbers', () => {
    // "L’été, 1½ heure" : the curly apostrophe (0x92) only exists in Windows-1252.
    const cp1252 = Buffer.from('L\x92\xe9t\xe9 : c\xbdur', 'latin1');
    expect(decodeBytes('a', cp1252)).toEqual({ text: 'L’été : c½ur', encoding: 'windows-1252' });
    const half = Buffer.from('Il a couru 1\xbd heure \xe0 Qu\xe9bec.', 'latin1');
    expect(decodeBytes('a', half)).toEqual({ text: 'Il a couru 1½ heure à Québec.', encoding: 'windows-1252' });
  });
  it('rejects empty, blank and binary files with a reason', () => {
    expect(() => decodeBytes('e.txt', bytes())).toThrow(/empty/);
    expect(() => decodeBytes('e.txt', new TextEncoder().encode(' \n\n '))).toThrow(/empty/);
    expect(() => decodeBytes('b.txt', bytes(0x89, 0x50, 0x4e, 0x47, 0x00, 0x01))).toThrow(/binary/);
    try {
      decodeBytes('b.txt', bytes(0, 0, 0));
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).path).toBe('b.txt');
    }
  });
});

describe('toLines', () => {
  it('numbers lines across CRLF, CR and LF, trims layout spaces and marks NBSP spacers', () => {
    const lines = toLines('Titre\r\n\u00a0\r\nUn\u00a0 \rDeux\t\n\tTrois');
    expect(lines.map((l) => l.text)).toEqual(['Titre', '', 'Un', 'Deux', 'Trois']);
    expect(lines.map((l) => l.spacer)).toEqual([false, true, false, false, false]);
    expect(lines[4]!.no).toBe(5);
  });
  it('composes decomposed accents (NFC)', () => {
    expect(toLines('e\u0301te\u0301')[0]!.text).toBe('été');
  });
});
