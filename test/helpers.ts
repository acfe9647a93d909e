import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { accountedTexts, wordTokens } from '../src/record/audit.js';
import { RECORD_SCHEMA } from '../src/record/schema.js';
import type { IngestRecord } from '../src/types.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const fixture = (...p: string[]) => join(ROOT, 'fixtures', ...p);
export const readFixture = (...p: string[]) => readFileSync(fixture(...p));

/** The built CLI (`npm test` builds first). */
export const BIN = join(ROOT, 'bin', 'ingest.js');

export const runCli = (args: string[], input?: string | Buffer, cwd?: string) =>
  spawnSync(process.execPath, [BIN, ...args], { input, cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 256 * 1024 * 1024 });

/** The same as runCli without blocking, so that several CLI processes can run at once. */
export const runCliAsync = (args: string[], input: string, cwd?: string): Promise<{ status: number | null; stdout: string; stderr: string }> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(input);
  });

export const parseNdjson = (out: string) =>
  out
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

export const ajv = () => new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
export const validateRecord = ajv().compile(RECORD_SCHEMA);

function multiset(tokens: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/**
 * "Nothing is lost": the words of the input against the words the record's fields hold, as a
 * list of differences (empty when every word of every line landed in exactly one field).
 */
export function tokenDiff(input: string, record: IngestRecord): string[] {
  const a = multiset(wordTokens(input));
  const b = multiset(accountedTexts(record).flatMap((x) => wordTokens(x.text)));
  const out: string[] = [];
  for (const [k, n] of a) if ((b.get(k) ?? 0) !== n) out.push(`${k}: input ${n}, record ${b.get(k) ?? 0}`);
  for (const [k, n] of b) if (!a.has(k)) out.push(`${k}: input 0, record ${n}`);
  return out;
}
