/** The CLI as a process: what scripts rely on (stdout NDJSON, stderr messages, exit codes). */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, parseNdjson, runCli as run } from './helpers.js';

describe('ingest CLI', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'b.txt'), 'Second headline here\n\nThe second story has a sentence that is long enough to be read as a paragraph of prose.\n');
    writeFileSync(join(dir, 'sub', 'a.txt'), 'First headline here\n\nThe first story has a sentence that is long enough to be read as a paragraph of prose.\n');
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    writeFileSync(join(dir, 'notes.md'), '# not picked: wrong extension');
  });

  it('prints one record per seed, sorted by path, as NDJSON', () => {
    const r = run([fixture('seeds')]);
    expect(r.status).toBe(0);
    const records = parseNdjson(r.stdout);
    expect(records).toHaveLength(5);
    const paths = records.map((x) => (x.source as { path: string }).path);
    expect(paths).toEqual([...paths].sort());
    expect(records.map((x) => x.lang)).toEqual(['en', 'en', 'fr', 'fr', 'fr']);
    expect(r.stderr).toMatch(/5 records/);
  });

  it('names each bad file on stderr, goes on with the others, and exits 1', () => {
    const r = run([dir]);
    expect(r.status).toBe(1);
    const records = parseNdjson(r.stdout);
    expect(records.map((x) => x.title)).toEqual(['Second headline here', 'First headline here']);
    expect(r.stderr).toContain(`${join(dir, 'binary.txt')}: binary file`);
    expect(r.stderr).toContain(`${join(dir, 'empty.txt')}: empty file`);
    expect(r.stderr).not.toContain('notes.md');
  });

  it('names a missing path and exits 1', () => {
    const r = run([join(dir, 'nope.txt')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('nope.txt: no such file or directory');
  });

  it('reads stdin for -', () => {
    const r = run(['-'], 'Un titre en français\n\nLe maire de la ville a annoncé mardi que les travaux du pont commenceront dès le mois prochain.\n');
    expect(r.status).toBe(0);
    const [rec] = parseNdjson(r.stdout);
    expect(rec).toMatchObject({ title: 'Un titre en français', lang: 'fr', source: { path: '-', format: 'text' } });
  });

  it('exits 2 on an unknown option', () => {
    const r = run(['--no-such-option']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
  });

  it('documents its options with examples', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    for (const opt of ['--ext', '--pretty', '--quiet', '--fail-fast', 'explain', 'Examples:']) expect(r.stdout).toContain(opt);
  });

  it('gives the same ids on two runs', () => {
    const a = parseNdjson(run([fixture('seeds')]).stdout).map((x) => x.id);
    const b = parseNdjson(run([fixture('seeds')]).stdout).map((x) => x.id);
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(a.length);
  });

  it('explains a file line by line', () => {
    const r = run(['explain', fixture('seeds', '000_f856abccfeb214b4.txt')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/removed:cookie-banner/);
    expect(r.stdout).toMatch(/related-summary/);
  });
});
