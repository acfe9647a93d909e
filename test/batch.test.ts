/** Batch runs and pipes as scripts use them: inputs, --out/--resume, signals, exit codes, the stdin mapper. */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECORD_SCHEMA } from '../src/record/schema.js';
import { RELATED_RECORD_SCHEMA } from '../src/cli/related.js';
import { loadCases } from '../src/eval/corpus.js';
import { BIN, ROOT, ajv, fixture, parseNdjson, runCli, validateRecord } from './helpers.js';

const STORY = (title: string) => `${title}\n\nLe conseil municipal a adopté mardi un budget en hausse, malgré les critiques de l'opposition sur les dépenses.\n`;
const SEED0 = fixture('seeds', '000_f856abccfeb214b4.txt');

const start = (args: string[]): ChildProcessWithoutNullStreams =>
  spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '1' } });

function finished(child: ChildProcessWithoutNullStreams): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** Resolves once `test` holds, checking every 20 ms. */
async function until(test: () => boolean, what: string, ms = 20_000): Promise<void> {
  const t0 = Date.now();
  while (!test()) {
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** How many entries a directory has, 0 until it exists. */
const entries = (dir: string) => {
  try {
    return readdirSync(dir).length;
  } catch {
    return 0;
  }
};

/** Every file of a directory, hidden ones included, with its content. */
const snapshot = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((n) => [n, readFileSync(join(dir, n), 'utf8')]));

let tmp: string;
/** A few hundred dumps: long enough a run to interrupt. */
let big: string;
let bigCount = 0;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'ingest-batch-'));
  big = join(tmp, 'big');
  mkdirSync(big);
  const texts = loadCases(ROOT).map((c) => readFileSync(c.path));
  for (let round = 0; round < 1; round++) {
    texts.forEach((t, i) => writeFileSync(join(big, `${round}-${String(i).padStart(3, '0')}.txt`), t));
    bigCount += texts.length;
  }
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('exit codes', () => {
  it('0 when every input gives a record, 1 when some fail', () => {
    expect(runCli(['-q', fixture('seeds')]).status).toBe(0);
    const r = runCli(['-q', SEED0, join(tmp, 'missing.txt')]);
    expect(r.status).toBe(1);
    expect(parseNdjson(r.stdout)).toHaveLength(1);
  });

  it('2 on a usage error, with a message and nothing on stdout', () => {
    writeFileSync(join(tmp, 'bad-rules.json'), '{"fr": {"ad": [{"pattern": "(a+)+"}]}}');
    const cases: Array<[string[], RegExp]> = [
      [['--no-such-option', SEED0], /unknown option/],
      [['--resume', SEED0], /--resume needs --out/],
      [['--lang', 'de', SEED0], /Allowed choices are en, fr, und/],
      [['--related', 'nested', SEED0], /Allowed choices are inline, separate/],
      [['--max-bytes', '12q', SEED0], /expected a size/],
      [['--rules', join(tmp, 'bad-rules.json'), SEED0], /fr\.ad\[0\]: pattern has a nested quantifier/],
      [['--rules', join(tmp, 'no-rules.json'), SEED0], /no such file/],
      [['--files-from', join(tmp, 'no-list.txt')], /--files-from .*no such file/],
      [['--stdin-ndjson', SEED0], /stdin only/],
      [['--out', SEED0, SEED0], /--out .*(not a directory|file already exists|EEXIST)/],
    ];
    for (const [args, message] of cases) {
      const r = runCli(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(message);
      expect(r.stdout, args.join(' ')).toBe('');
    }
  });

  it('130 on Ctrl-C: the input in hand is finished, no new one is started, the summary is printed', async () => {
    const child = start([big]);
    const done = finished(child);
    let sent = false;
    child.stdout.on('data', () => {
      if (!sent) child.kill('SIGINT');
      sent = true;
    });
    const r = await done;
    expect(r.code).toBe(130);
    const records = parseNdjson(r.stdout);
    expect(records.length).toBeGreaterThan(0);
    expect(records.length).toBeLessThan(bigCount);
    expect(r.stderr).toMatch(new RegExp(`${bigCount} inputs, ${records.length} records? .*, interrupted`));
  });

  it('130 on Ctrl-C with --out, and no half-written or temp file left', async () => {
    const out = join(tmp, 'out-sigint');
    const child = start(['--out', out, big]);
    const done = finished(child);
    await until(() => entries(out) >= 3, 'the first files');
    child.kill('SIGINT');
    const r = await done;
    expect(r.code).toBe(130);
    const names = readdirSync(out);
    expect(names.length).toBeLessThan(bigCount);
    expect(names.filter((n) => n.startsWith('.'))).toEqual([]);
    for (const n of names) expect(validateRecord(JSON.parse(readFileSync(join(out, n), 'utf8'))), n).toBe(true);
  });
});

describe('stopping early', () => {
  it('--fail-fast stops at the first input that fails', () => {
    const dir = join(tmp, 'fail-fast');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.txt'), STORY('Titre A du jour'));
    writeFileSync(join(dir, 'b.txt'), '');
    writeFileSync(join(dir, 'c.txt'), '');
    writeFileSync(join(dir, 'd.txt'), STORY('Titre D du jour'));
    const r = runCli(['--fail-fast', dir]);
    expect(r.status).toBe(1);
    expect(parseNdjson(r.stdout).map((x) => x.title)).toEqual(['Titre A du jour']);
    expect(r.stderr.split('\n').filter((l) => l.includes('empty file'))).toEqual([`ingest: ${join(dir, 'b.txt')}: empty file (0 bytes)`]);
  });

  it('Ctrl-C while --stdin-ndjson waits for the next line: 130, with the records made so far', async () => {
    const child = start(['--stdin-ndjson']);
    const done = finished(child);
    let out = '';
    child.stdout.on('data', (d: string) => (out += d));
    child.stdin.write(`${JSON.stringify({ id: 'a1', text: STORY('Premier titre du jour') })}\n`);
    await until(() => out.includes('\n'), 'the first record');
    child.kill('SIGINT');
    const r = await done;
    expect(r.code).toBe(130);
    expect(parseNdjson(r.stdout)).toHaveLength(1);
    expect(r.stderr).toMatch(/1 input, 1 record .*, interrupted/);
  });
});

describe('--out and --resume', () => {
  it('writes one <id>.json per input and nothing on stdout', () => {
    const out = join(tmp, 'out-seeds');
    const r = runCli(['--out', out, fixture('seeds')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/5 records/);
    const names = readdirSync(out).sort();
    expect(names).toHaveLength(5);
    for (const n of names) {
      const text = readFileSync(join(out, n), 'utf8');
      expect(text.split('\n')).toHaveLength(2);
      const record = JSON.parse(text) as { id: string };
      expect(n).toBe(`${record.id}.json`);
      expect(validateRecord(record)).toBe(true);
    }
    // A second run with --resume rewrites nothing.
    const before = names.map((n) => statSync(join(out, n)).mtimeMs);
    const again = runCli(['--out', out, '--resume', fixture('seeds')]);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/5 already done \(--resume\)/);
    expect(names.map((n) => statSync(join(out, n)).mtimeMs)).toEqual(before);
    // --pretty files are indented.
    const pretty = join(tmp, 'out-pretty');
    runCli(['-q', '--pretty', '--out', pretty, SEED0]);
    expect(readFileSync(join(pretty, readdirSync(pretty)[0]!), 'utf8')).toMatch(/^\{\n {2}"version": 1,/);
  });

  it('--resume redoes an input whose bytes changed', () => {
    const src = join(tmp, 'changing');
    const out = join(tmp, 'out-changing');
    mkdirSync(src);
    writeFileSync(join(src, 'a.txt'), STORY('Premier titre du jour'));
    writeFileSync(join(src, 'b.txt'), STORY('Deuxième titre du jour'));
    runCli(['-q', '--out', out, src]);
    writeFileSync(join(src, 'b.txt'), STORY('Deuxième titre, corrigé'));
    const r = runCli(['--out', out, '--resume', src]);
    expect(r.stderr).toMatch(/1 record .*1 already done/);
    // The new version has a new id, so a file of its own beside the old one.
    const titles = readdirSync(out).map((n) => (JSON.parse(readFileSync(join(out, n), 'utf8')) as { title: string }).title);
    expect(titles.sort()).toEqual(['Deuxième titre du jour', 'Deuxième titre, corrigé', 'Premier titre du jour']);
  });

  it('a run killed mid-way (SIGKILL) and resumed leaves the same files as an uninterrupted run', async () => {
    const whole = join(tmp, 'out-whole');
    expect(runCli(['-q', '--related', 'separate', '--out', whole, big]).status).toBe(0);
    const killed = join(tmp, 'out-killed');
    const child = start(['-q', '--related', 'separate', '--out', killed, big]);
    const done = finished(child);
    await until(() => entries(killed) >= 20, 'some files');
    child.kill('SIGKILL');
    await done;
    const partial = readdirSync(killed).filter((n) => !n.startsWith('.')).length;
    expect(partial).toBeLessThan(readdirSync(whole).length);
    const r = runCli(['--related', 'separate', '--out', killed, '--resume', big]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/already done \(--resume\)/);
    expect(snapshot(killed)).toEqual(snapshot(whole));
  });
});

describe('pipes', () => {
  it('ends quietly when the reader goes away (| head -1)', () => {
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" --pretty "${big}" | head -1`], { encoding: 'utf8' });
    expect(r.stdout).toBe('{\n');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('--stdin-ndjson answers each line before the next is sent, in order', async () => {
    const child = start(['--stdin-ndjson', '--errors-json']);
    const done = finished(child);
    let out = '';
    child.stdout.on('data', (d: string) => (out += d));
    const lines = () => out.split('\n').filter((l) => l.length > 0);
    child.stdin.write(`${JSON.stringify({ id: 'a1', text: STORY('Premier titre du jour') })}\n`);
    await until(() => lines().length === 1, 'the first record');
    expect(JSON.parse(lines()[0]!)).toMatchObject({ title: 'Premier titre du jour', source: { path: 'a1' } });
    child.stdin.write('{"id": "a2", "text": \n');
    await until(() => lines().length === 2, 'the error line');
    expect(JSON.parse(lines()[1]!)).toEqual({ error: { path: 'stdin:2', reason: expect.stringMatching(/^not JSON/) } });
    child.stdin.write(`${JSON.stringify({ id: 'a3', html: '<html><body><h1>Un titre</h1><p>Un paragraphe.</p></body></html>' })}\n`);
    await until(() => lines().length === 3, 'the html record');
    expect(JSON.parse(lines()[2]!)).toMatchObject({ source: { path: 'a3' } });
    child.stdin.end(`${JSON.stringify({ id: 'a4', text: '   ' })}\n`);
    const r = await done;
    expect(r.code).toBe(1);
    expect(JSON.parse(lines()[3]!)).toEqual({ error: { path: 'stdin:4', reason: 'empty file (only white space)', id: 'a4' } });
    expect(r.stderr).toContain('ingest: stdin:2: not JSON');
  });

  it('--stdin-ndjson keeps the order of many documents', () => {
    const docs = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `doc-${i}`, text: STORY(`Titre numéro ${i} du jour`) }));
    const r = runCli(['-q', '--stdin-ndjson'], `${docs.join('\n')}\n`);
    expect(r.status).toBe(0);
    expect(parseNdjson(r.stdout).map((x) => (x.source as { path: string }).path)).toEqual(docs.map((_, i) => `doc-${i}`));
  });
});

describe('inputs', () => {
  let dir: string;
  beforeAll(() => {
    dir = join(tmp, 'inputs');
    mkdirSync(join(dir, 'sub1'), { recursive: true });
    mkdirSync(join(dir, 'sub2'));
    writeFileSync(join(dir, 'sub1', 'a.txt'), STORY('Titre A du jour'));
    writeFileSync(join(dir, 'sub2', 'b.txt'), STORY('Titre B du jour'));
    writeFileSync(join(dir, 'sub2', 'c.md'), STORY('Titre C du jour'));
    writeFileSync(join(dir, '[1].txt'), STORY('Un nom avec des crochets'));
    writeFileSync(join(dir, '1.txt'), STORY('Le fichier que le motif lirait'));
  });
  const titles = (r: ReturnType<typeof runCli>) => parseNdjson(r.stdout).map((x) => x.title);

  it('expands quoted glob patterns itself', () => {
    expect(titles(runCli(['-q', join(dir, 'sub*/*.txt')]))).toEqual(['Titre A du jour', 'Titre B du jour']);
    expect(titles(runCli(['-q', `${dir}/**/*.{txt,md}`]))).toEqual(['Le fichier que le motif lirait', 'Un nom avec des crochets', 'Titre A du jour', 'Titre B du jour', 'Titre C du jour']);
    // Relative patterns are read from the working directory.
    expect(titles(runCli(['-q', 'sub2/*'], undefined, dir))).toEqual(['Titre B du jour', 'Titre C du jour']);
  });

  it('takes a path that exists as it is, even when it reads as a pattern', () => {
    expect(titles(runCli(['-q', join(dir, '[1].txt')]))).toEqual(['Un nom avec des crochets']);
  });

  it('names a pattern that matches nothing, and exits 1', () => {
    const r = runCli(['-q', join(dir, 'nothing*/*.txt'), join(dir, 'sub1')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`ingest: ${join(dir, 'nothing*/*.txt')}: no file matches this pattern\n`);
    expect(titles(r)).toEqual(['Titre A du jour']);
  });

  it('reads --files-from a file or stdin, skipping blank lines and comments', () => {
    const list = `# today's files\n${join(dir, 'sub2', 'b.txt')}\n\n  sub1/a.txt\n`;
    writeFileSync(join(dir, 'list.txt'), list);
    // Relative paths are read from the working directory; all are taken in path order.
    const fromFile = runCli(['-q', '--files-from', 'list.txt'], undefined, dir);
    expect(fromFile.status).toBe(0);
    expect(titles(fromFile)).toEqual(['Titre B du jour', 'Titre A du jour']);
    const fromStdin = runCli(['-q', '--files-from', '-'], list, dir);
    expect(fromStdin.status).toBe(0);
    expect(titles(fromStdin)).toEqual(titles(fromFile));
  });

  it('picks .txt, .html and .htm files in directories by default', () => {
    const web = join(tmp, 'web');
    mkdirSync(web);
    writeFileSync(join(web, 'a.html'), '<html><body><h1>Titre</h1><p>Un paragraphe assez long pour être lu comme de la prose.</p></body></html>');
    writeFileSync(join(web, 'b.htm'), '<html><body><h1>Titre</h1><p>Un paragraphe assez long pour être lu comme de la prose.</p></body></html>');
    writeFileSync(join(web, 'c.txt'), STORY('Titre texte'));
    writeFileSync(join(web, 'd.json'), '{}');
    const paths = parseNdjson(runCli(['-q', web]).stdout).map((x) => (x.source as { path: string }).path.slice(web.length + 1));
    expect(paths).toEqual(['a.html', 'b.htm', 'c.txt']);
  });

  it('refuses a document on stdin over --max-bytes', () => {
    const r = runCli(['--max-bytes', '100', '-'], STORY('Un titre assez long pour dépasser la limite'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^ingest: -: too large \(over the limit of 100 bytes, see --max-bytes\), skipped\n/);
  });
});

describe('outputs', () => {
  it('--lang keeps the records in one language and counts the others', () => {
    const r = runCli(['--lang', 'fr', fixture('seeds')]);
    expect(r.status).toBe(0);
    expect(parseNdjson(r.stdout).map((x) => x.lang)).toEqual(['fr', 'fr', 'fr']);
    expect(r.stderr).toMatch(/3 records \(fr 3\).*2 not in fr \(filtered out\)/);
  });

  it('--related separate writes each stub after its record, valid against the stub schema', () => {
    const r = runCli(['-q', '--related', 'separate', SEED0, fixture('seeds', '001_d36b9caa60e84e2a.txt')]);
    const docs = parseNdjson(r.stdout);
    const validateStub = ajv().compile(RELATED_RECORD_SCHEMA);
    const [first] = docs;
    expect(validateRecord(first)).toBe(true);
    const related = (first!.related as unknown[]).length;
    expect(related).toBeGreaterThan(0);
    const stubs = docs.slice(1, 1 + related);
    stubs.forEach((s, i) => {
      expect(validateStub(s), JSON.stringify(validateStub.errors)).toBe(true);
      expect(s).toMatchObject({ kind: 'related', parent: first!.id, id: `${first!.id as string}#r${i + 1}` });
    });
    expect(validateRecord(docs[1 + related])).toBe(true);
  });

  it('--errors-json puts error lines among the records, in input order', () => {
    const dir = join(tmp, 'errors-json');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.txt'), STORY('Titre A du jour'));
    writeFileSync(join(dir, 'b.txt'), '');
    writeFileSync(join(dir, 'c.txt'), STORY('Titre C du jour'));
    const r = runCli(['-q', '--errors-json', dir, join(dir, 'b0-missing.txt')]);
    expect(r.status).toBe(1);
    expect(parseNdjson(r.stdout).map((x) => x.title ?? x.error)).toEqual([
      'Titre A du jour',
      { path: join(dir, 'b.txt'), reason: 'empty file (0 bytes)' },
      { path: join(dir, 'b0-missing.txt'), reason: 'no such file or directory' },
      'Titre C du jour',
    ]);
  });

  it('--rules removes the user\'s phrases', () => {
    const page = join(tmp, 'rules-page.txt');
    writeFileSync(page, `${STORY('Le budget de la ville')}\nBrought to you by Acme Corporation\n\nLa mairesse a défendu une hausse de taxes de 2,9 pour cent, la plus faible de la région depuis cinq ans.\n`);
    const rules = join(tmp, 'rules.json');
    writeFileSync(rules, JSON.stringify({ en: { ad: ['Brought to you by'] } }));
    const bodyOf = (args: string[]) => parseNdjson(runCli(['-q', ...args, page]).stdout)[0]!.body as string;
    expect(bodyOf([])).toContain('Brought to you by Acme');
    expect(bodyOf(['--rules', rules])).not.toContain('Brought to you by Acme');
  });

  it('checks --rules before reading any input', () => {
    const rules = join(tmp, 'rules-bad.json');
    writeFileSync(rules, '{"fr": {"newsletter": ["ok", {"pattern": "["}]}}');
    const r = runCli(['--rules', rules, join(tmp, 'never-read.txt')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^ingest: --rules .*: fr\.newsletter\[1\]: pattern does not compile/);
    expect(r.stderr).not.toContain('never-read');
  });

  it('prints the JSON Schemas', () => {
    expect(JSON.parse(runCli(['schema']).stdout)).toEqual(RECORD_SCHEMA);
    expect(JSON.parse(runCli(['schema', '--related']).stdout)).toEqual(RELATED_RECORD_SCHEMA);
  });

  it('documents every option in --help, with examples', () => {
    const help = runCli(['--help']).stdout;
    for (const opt of ['--files-from', '--stdin-ndjson', '--out', '--resume', '--related', '--lang', '--errors-json', '--max-bytes', '--rules', 'schema', '130']) {
      expect(help, opt).toContain(opt);
      if (opt.startsWith('--')) expect(help.slice(help.indexOf('Examples:')), opt).toContain(opt);
    }
  });
});
