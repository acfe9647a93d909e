/** The CLI's pure parts: file names, sizes, lists, NDJSON documents, progress and summary lines. */
import { describe, expect, it } from 'vitest';
import { FileNamer, safeStem } from '../src/cli/filenames.js';
import { parseSize, usageProblem, DEFAULT_MAX_BYTES, type RunOptions } from '../src/cli/options.js';
import { parseList } from '../src/cli/inputs.js';
import { parseDocumentLine } from '../src/cli/ndjson.js';
import { Progress, duration, progressLine } from '../src/cli/progress.js';
import { countRecord, newStats, renderSummary } from '../src/cli/summary.js';
import { relatedRecords, RELATED_RECORD_SCHEMA } from '../src/cli/related.js';
import { ingest } from '../src/ingest.js';
import { ajv, readFixture } from './helpers.js';

describe('output file names', () => {
  it('cannot leave the directory, hide or carry NUL and separators', () => {
    for (const id of ['../../etc/passwd', '..', '.', '.hidden', 'a/b\\c', 'nul\u0000byte', 'x:y*z?"<>|', ' ', '']) {
      const stem = safeStem(id);
      expect(stem).not.toMatch(/[/\\\u0000:*?"<>|]/);
      expect(stem).not.toContain('..');
      expect(stem.startsWith('.')).toBe(false);
      expect(stem.length).toBeGreaterThan(0);
    }
    expect(safeStem('CON')).toBe('_CON');
    expect(safeStem('article-3f0c9a1e')).toBe('article-3f0c9a1e');
  });
  it('caps the length in bytes, between code points', () => {
    const stem = safeStem('é'.repeat(500));
    expect(Buffer.byteLength(stem)).toBeLessThanOrEqual(200);
    expect(stem).toBe('é'.repeat(100));
  });
  it('gives ids that differ only by case or by unsafe characters names of their own, the same each time', () => {
    const names = new FileNamer();
    expect(names.nameFor('Story')).toBe('Story.json');
    expect(names.nameFor('story')).toBe('story-2.json');
    expect(names.nameFor('a/b')).toBe('a_b.json');
    expect(names.nameFor('a_b')).toBe('a_b-2.json');
    expect(names.nameFor('Story')).toBe('Story.json');
  });
});

describe('options', () => {
  it('reads sizes with units', () => {
    expect(parseSize('20MB')).toBe(20 * 1024 * 1024);
    expect(parseSize('500k')).toBe(500 * 1024);
    expect(parseSize('1.5M')).toBe(1.5 * 1024 * 1024);
    expect(parseSize('1048576')).toBe(1048576);
    expect(DEFAULT_MAX_BYTES).toBe(parseSize('20MB'));
    for (const bad of ['', 'MB', '-1', '1q', '0', '1 2']) expect(() => parseSize(bad)).toThrow(/size/);
  });
  it('refuses options that make no sense together', () => {
    const o: RunOptions = { ext: 'txt', related: 'inline', maxBytes: 1 };
    expect(usageProblem(['a'], o)).toBeNull();
    expect(usageProblem(['a'], { ...o, resume: true })).toMatch(/--resume needs --out/);
    expect(usageProblem(['a'], { ...o, stdinNdjson: true })).toMatch(/stdin only/);
    expect(usageProblem([], { ...o, stdinNdjson: true, out: 'd', resume: true })).toMatch(/--resume/);
    expect(usageProblem(['-'], { ...o, filesFrom: '-' })).toMatch(/stdin/);
  });
});

describe('--files-from lists', () => {
  it('takes one path a line, without blank lines, comments or CRs', () => {
    expect(parseList('\ufeffa.txt\r\n\n# a comment\n  b c.txt  \n#x\n')).toEqual(['a.txt', 'b c.txt']);
  });
});

describe('--stdin-ndjson documents', () => {
  it('reads {id, text} and {id, html}', () => {
    expect(parseDocumentLine('{"id":"a","text":"T"}')).toEqual({ id: 'a', content: 'T', format: 'text' });
    expect(parseDocumentLine('{"id":"b","html":"<p>x</p>"}')).toEqual({ id: 'b', content: '<p>x</p>', format: 'html' });
  });
  it('says what is wrong with any other line', () => {
    expect(parseDocumentLine('{"id":"a","text":')).toEqual({ error: expect.stringMatching(/^not JSON/) });
    expect(parseDocumentLine('[1]')).toEqual({ error: expect.stringMatching(/expected/) });
    expect(parseDocumentLine('{"text":"x"}')).toEqual({ error: expect.stringMatching(/no "id"/) });
    expect(parseDocumentLine('{"id":"a"}')).toEqual({ error: expect.stringMatching(/no "text" or "html"/) });
    expect(parseDocumentLine('{"id":"a","text":"x","html":"y"}')).toEqual({ error: expect.stringMatching(/both/) });
  });
});

describe('progress line', () => {
  it('says done/total, rate and time left', () => {
    expect(progressLine(50, 200, 10_000)).toBe('ingest [####............] 50/200 (25 %), 5.0 files/s, 30 s left');
    expect(progressLine(200, 200, 10_000)).not.toMatch(/left/);
    expect(duration(59.2)).toBe('1 min 0 s');
    expect(duration(3700)).toBe('1 h 1 min');
  });
  it('draws only on a terminal, only after a second, in place, and clears itself', () => {
    let t = 0;
    const tty = { isTTY: true, columns: 120, out: '', write(s: string) { this.out += s; return true; } };
    const p = new Progress(tty, 10, () => t);
    p.update(1);
    expect(tty.out).toBe('');
    t = 1500;
    p.update(2);
    expect(tty.out).toMatch(/^\r.*2\/10.*\x1b\[K$/);
    p.clear();
    expect(tty.out.endsWith('\r\x1b[K')).toBe(true);
    const pipe = { isTTY: false, out: '', write(s: string) { this.out += s; return true; } };
    const q = new Progress(pipe, 10, () => t);
    t = 5000;
    q.update(5);
    q.clear();
    expect(pipe.out).toBe('');
  });
});

describe('summary', () => {
  it('counts records by language, stubs, removed blocks by kind, failures and filtered records', () => {
    const s = newStats();
    s.inputs = 4;
    const record = ingest(readFixture('seeds', '000_f856abccfeb214b4.txt'), { path: 'a.txt' });
    countRecord(s, record);
    countRecord(s, record);
    s.failed = 1;
    s.filtered = 1;
    const text = renderSummary(s, false, 'en');
    expect(text).toContain('4 inputs, 2 records (en 2), 14 related stubs, 1 failed, 1 not in en (filtered out)');
    expect(text).toMatch(/removed blocks: cookie-banner 2/);
    expect(renderSummary(s, true)).toContain('\x1b[');
  });
});

describe('--related separate', () => {
  it('gives each stub a record of its own that validates against its schema', () => {
    const record = ingest(readFixture('seeds', '000_f856abccfeb214b4.txt'), { path: 'a.txt' });
    const stubs = relatedRecords(record);
    expect(stubs).toHaveLength(record.related.length);
    const validate = ajv().compile(RELATED_RECORD_SCHEMA);
    for (const [i, stub] of stubs.entries()) {
      expect(validate(stub), JSON.stringify(validate.errors)).toBe(true);
      expect(stub).toMatchObject({ kind: 'related', id: `${record.id}#r${i + 1}`, parent: record.id, title: record.related[i]!.title });
    }
    expect(validate({ ...stubs[0], parent: undefined })).toBe(false);
  });
});
