/**
 * Scoring a record against a gold file, as ../shared/gold/README.md defines it: body token F1
 * (lower-cased runs of letters and digits, as multisets), exact title after folding spaces,
 * document and stub languages, stubs paired in order (found when their title + summary reach
 * token F1 0.9), and leaks of the gold's `absent` strings into title, body or stub text.
 */
import type { IngestRecord } from '../types.js';

export interface GoldStub {
  title: string | null;
  summary: string | null;
  lang: string;
}

export interface Gold {
  file: string;
  lang: string;
  title: string | null;
  body: string[];
  related: GoldStub[];
  absent: string[];
}

export interface FileScore {
  file: string;
  bodyF1: number;
  bodyPrecision: number;
  bodyRecall: number;
  titleOk: boolean;
  langOk: boolean;
  relatedGold: number;
  relatedFound: number;
  relatedLangOk: number;
  relatedExtra: number;
  leaks: string[];
  absentTotal: number;
}

export function tokens(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) as string[];
}

export function tokenPRF(gold: string, got: string): { p: number; r: number; f1: number } {
  const g = tokens(gold);
  const s = tokens(got);
  if (g.length === 0 && s.length === 0) return { p: 1, r: 1, f1: 1 };
  if (g.length === 0 || s.length === 0) return { p: 0, r: 0, f1: 0 };
  const counts = new Map<string, number>();
  for (const t of g) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of s) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      common++;
      counts.set(t, c - 1);
    }
  }
  const p = common / s.length;
  const r = common / g.length;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

const fold = (s: string | null) => (s === null ? null : s.replace(/\s+/gu, ' ').trim());

export function scoreRecord(record: IngestRecord, gold: Gold): FileScore {
  const body = tokenPRF(gold.body.join('\n'), record.body);
  let found = 0;
  let langOk = 0;
  gold.related.forEach((g, i) => {
    const got = record.related[i];
    if (!got) return;
    const f = tokenPRF([g.title, g.summary].filter(Boolean).join(' '), [got.title, got.summary].filter(Boolean).join(' ')).f1;
    if (f >= 0.9) {
      found++;
      if (got.lang === g.lang) langOk++;
    }
  });
  const visible = [record.title ?? '', record.body, ...record.related.flatMap((s) => [s.title ?? '', s.summary ?? ''])].join('\n');
  const leaks = gold.absent.filter((a) => visible.includes(a));
  return {
    file: gold.file,
    bodyF1: body.f1,
    bodyPrecision: body.p,
    bodyRecall: body.r,
    titleOk: fold(record.title) === fold(gold.title),
    langOk: record.lang === gold.lang,
    relatedGold: gold.related.length,
    relatedFound: found,
    relatedLangOk: langOk,
    relatedExtra: Math.max(0, record.related.length - gold.related.length),
    leaks,
    absentTotal: gold.absent.length,
  };
}

export interface Totals {
  files: number;
  meanBodyF1: number;
  minBodyF1: number;
  titles: number;
  langs: number;
  relatedGold: number;
  relatedFound: number;
  relatedLangOk: number;
  leaks: number;
  absentTotal: number;
}

export function totals(scores: FileScore[]): Totals {
  const n = scores.length || 1;
  return {
    files: scores.length,
    meanBodyF1: scores.reduce((a, s) => a + s.bodyF1, 0) / n,
    minBodyF1: scores.reduce((a, s) => Math.min(a, s.bodyF1), 1),
    titles: scores.filter((s) => s.titleOk).length / n,
    langs: scores.filter((s) => s.langOk).length / n,
    relatedGold: scores.reduce((a, s) => a + s.relatedGold, 0),
    relatedFound: scores.reduce((a, s) => a + s.relatedFound, 0),
    relatedLangOk: scores.reduce((a, s) => a + s.relatedLangOk, 0),
    leaks: scores.reduce((a, s) => a + s.leaks.length, 0),
    absentTotal: scores.reduce((a, s) => a + s.absentTotal, 0),
  };
}
