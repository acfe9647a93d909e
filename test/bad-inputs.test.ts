/**
 * What a real crawl holds, built here in a temp dir: good files in every encoding a crawl
 * brings (they must all give records, with the encoding named) and bad ones (each must get
 * exactly one stderr line naming it, and the run must go on and exit 1).
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseNdjson, runCli, validateRecord } from './helpers.js';

const FR = 'Le budget de la ville\n\nLe conseil municipal a adopté mardi un budget en hausse, malgré les critiques de l’opposition sur les dépenses.\n';
const FR_LATIN1 = 'Été à Québec\n\nLe maire a annoncé mercredi que la fête de la rentrée aura lieu près du fleuve, à côté du marché.\n';
const isRoot = process.getuid?.() === 0;

describe('a corpus of bad inputs', () => {
  let dir: string;
  const good: Record<string, string> = {};
  const bad: Record<string, RegExp> = {};

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ingest-bad-'));
    const put = (name: string, bytes: Buffer | string) => writeFileSync(join(dir, name), bytes);
    // Good: every one decodes, and says how.
    put('utf8.txt', FR);
    good['utf8.txt'] = 'utf-8';
    put('latin1-french.txt', Buffer.from(FR_LATIN1, 'latin1'));
    good['latin1-french.txt'] = 'windows-1252';
    // Invalid UTF-8 (a lone 0x92, the Windows-1252 apostrophe): a legacy file, not garbage.
    put('invalid-utf8.txt', Buffer.from(FR.replace('’', '\x92'), 'latin1'));
    good['invalid-utf8.txt'] = 'windows-1252';
    put('latin9-french.txt', Buffer.from('Le cœur du budget\n\nLa ville consacre 12 € par habitant à l’œuvre du festival.\n'.replace(/’/g, "'").replace(/œ/g, '\xbd').replace('€', '\xa4'), 'latin1'));
    good['latin9-french.txt'] = 'iso-8859-15';
    put('utf16le-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FR, 'utf16le')]));
    good['utf16le-bom.txt'] = 'utf-16le';
    put('utf16be-bom.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(FR, 'utf16le').swap16()]));
    good['utf16be-bom.txt'] = 'utf-16be';
    put('utf16le-nobom.txt', Buffer.from(FR, 'utf16le'));
    good['utf16le-nobom.txt'] = 'utf-16le';
    put('utf16be-nobom.txt', Buffer.from(FR, 'utf16le').swap16());
    good['utf16be-nobom.txt'] = 'utf-16be';
    // Bad: each for its own reason.
    put('zero.txt', '');
    bad['zero.txt'] = /empty file \(0 bytes\)/;
    put('blank.txt', ' \n\t\n\u00a0\n');
    bad['blank.txt'] = /empty file \(only white space\)/;
    put('binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01, 0xff, 0x07]));
    bad['binary.txt'] = /binary file/;
    put('huge.txt', `A headline\n\n${'Une phrase assez longue pour la taille du fichier. '.repeat(200)}\n`);
    bad['huge.txt'] = /too large \(10,\d{3} bytes; the limit is 4,096, see --max-bytes\)/;
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'broken-link.txt'));
    bad['broken-link.txt'] = /broken symbolic link/;
    put('unreadable.txt', FR);
    chmodSync(join(dir, 'unreadable.txt'), 0o000);
    // Root reads anything: then it is a good file.
    if (isRoot) good['unreadable.txt'] = 'utf-8';
    else bad['unreadable.txt'] = /permission denied/;
    // A directory named like a file, with a dump inside.
    mkdirSync(join(dir, 'x.txt'));
    writeFileSync(join(dir, 'x.txt', 'inside.txt'), FR);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const check = (r: ReturnType<typeof runCli>, goodNames: string[], badNames: string[]) => {
    expect(r.status).toBe(1);
    const records = parseNdjson(r.stdout);
    for (const rec of records) expect(validateRecord(rec)).toBe(true);
    const byName = new Map(records.map((rec) => [(rec.source as { path: string }).path.slice(dir.length + 1), rec]));
    expect([...byName.keys()].sort()).toEqual([...goodNames].sort());
    for (const name of goodNames) if (good[name]) expect((byName.get(name)!.source as { encoding: string }).encoding, name).toBe(good[name]);
    // -q: stderr holds the error lines and nothing else, one per bad input.
    const lines = r.stderr.split('\n').filter((l) => l.length > 0);
    expect(lines).toHaveLength(badNames.length);
    for (const name of badNames) {
      const mine = lines.filter((l) => l.startsWith(`ingest: ${join(dir, name)}: `));
      expect(mine, name).toHaveLength(1);
      if (bad[name]) expect(mine[0], name).toMatch(bad[name]!);
    }
  };

  it('walking the directory: a record for every good file, one stderr line for every bad one, exit 1', () => {
    const r = runCli(['-q', '--max-bytes', '4k', dir]);
    // The directory named x.txt is walked like any directory.
    check(r, [...Object.keys(good), 'x.txt/inside.txt'], Object.keys(bad));
  });

  it('from a list of paths: the same, and a directory in the list is a bad input', () => {
    const listed = [...Object.keys(good), ...Object.keys(bad), 'x.txt'].map((n) => join(dir, n));
    const r = runCli(['-q', '--max-bytes', '4k', '--files-from', '-'], `${listed.join('\n')}\n`);
    check(r, Object.keys(good), [...Object.keys(bad), 'x.txt']);
    expect(r.stderr).toContain(`ingest: ${join(dir, 'x.txt')}: is a directory`);
  });

  it('decodes the legacy and UTF-16 files to the same text as the UTF-8 one', () => {
    const r = runCli(['-q', ...['utf8.txt', 'invalid-utf8.txt', 'utf16le-bom.txt', 'utf16be-bom.txt', 'utf16le-nobom.txt', 'utf16be-nobom.txt'].map((n) => join(dir, n))]);
    const records = parseNdjson(r.stdout);
    expect(records).toHaveLength(6);
    for (const rec of records) expect([rec.title, rec.body]).toEqual([records[0]!.title, records[0]!.body]);
    const latin9 = parseNdjson(runCli(['-q', join(dir, 'latin9-french.txt')]).stdout)[0]!;
    expect(latin9.body).toContain('12 € par habitant à l\'œuvre');
  });
});
