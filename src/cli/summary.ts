/**
 * What a run did, counted as it goes and told at the end on stderr: inputs, records by
 * language, related stubs, removed blocks by kind, failures, what `--lang` filtered out and
 * what `--resume` found already done.
 */
import { Chalk } from 'chalk';
import type { IngestRecord } from '../types.js';

export interface RunStats {
  inputs: number;
  records: number;
  byLang: Map<string, number>;
  related: number;
  removedByKind: Map<string, number>;
  failed: number;
  filtered: number;
  resumed: number;
  interrupted: boolean;
}

export function newStats(): RunStats {
  return { inputs: 0, records: 0, byLang: new Map(), related: 0, removedByKind: new Map(), failed: 0, filtered: 0, resumed: 0, interrupted: false };
}

export function countRecord(stats: RunStats, record: IngestRecord): void {
  stats.records++;
  bump(stats.byLang, record.lang);
  stats.related += record.related.length;
  for (const r of record.removed) bump(stats.removedByKind, r.kind);
}

const bump = (m: Map<string, number>, key: string): void => {
  m.set(key, (m.get(key) ?? 0) + 1);
};

/** How many removed kinds are named; the rest are counted together. */
const TOP_KINDS = 6;

export function renderSummary(s: RunStats, colour: boolean, lang?: string): string {
  const c = new Chalk({ level: colour ? 1 : 0 });
  const n = (x: number): string => c.bold(x.toLocaleString('en-US'));
  const count = (x: number, one: string, many = `${one}s`): string => `${n(x)} ${x === 1 ? one : many}`;
  const langs = byCount(s.byLang).map(([l, k]) => `${l} ${n(k)}`);
  const parts = [count(s.inputs, 'input'), `${count(s.records, 'record')}${langs.length > 0 ? ` (${langs.join(', ')})` : ''}`, count(s.related, 'related stub')];
  parts.push(s.failed > 0 ? c.red(`${n(s.failed)} failed`) : `${n(0)} failed`);
  if (s.filtered > 0) parts.push(`${n(s.filtered)} not in ${lang ?? 'the --lang language'} (filtered out)`);
  if (s.resumed > 0) parts.push(`${n(s.resumed)} already done (--resume)`);
  const head = `${c.cyan('ingest:')} ${parts.join(', ')}${s.interrupted ? c.yellow(', interrupted') : ''}`;
  const kinds = byCount(s.removedByKind);
  const total = kinds.reduce((sum, [, k]) => sum + k, 0);
  const shown = kinds.slice(0, TOP_KINDS).map(([kind, k]) => `${kind} ${n(k)}`);
  if (kinds.length > TOP_KINDS) shown.push(c.dim(`${count(kinds.length - TOP_KINDS, 'more kind')}`));
  const removed = `${c.cyan('ingest:')} ${count(total, 'removed block')}${shown.length > 0 ? `: ${shown.join(', ')}` : ''}`;
  return `${head}\n${removed}\n`;
}

/** Most first, then by name, so that two runs print the same line. */
function byCount(m: Map<string, number>): Array<[string, number]> {
  return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
