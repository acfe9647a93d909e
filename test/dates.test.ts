import { describe, expect, it } from 'vitest';
import { parseDateText } from '../src/assemble/dates.js';

describe('parseDateText', () => {
  it.each([
    ['09:5712/01/2026, lundi', 'fr', '2026-01-12T09:57'],
    ['MAJ: 12/01/2026, lundi', 'fr', '2026-01-12'],
    ['Publié le 3 mars 2025 à 14h05', 'fr', '2025-03-03T14:05'],
    ['Mis à jour le 1er avril 2024 à 8 h 30', 'fr', '2024-04-01T08:30'],
    ['14 March 2025, 09:41 GMT', 'en', '2025-03-14T09:41'],
    ['December 15, 2025', 'en', '2025-12-15'],
    ['Updated Sept. 4, 2025 at 3:15 p.m.', 'en', '2025-09-04T15:15'],
    ['2025-06-30T18:00', 'en', '2025-06-30T18:00'],
    ['03/14/2025', 'en', '2025-03-14'],
    ['14/03/2025', 'en', '2025-03-14'],
    ['03/04/2025', 'fr', '2025-04-03'],
  ] as const)('%s (%s) → %s', (text, lang, iso) => {
    const d = parseDateText(text, lang);
    expect(d?.iso).toBe(iso);
    expect(d?.wholeLine).toBe(true);
  });
  it('gives no ISO date for relative times or a time alone', () => {
    expect(parseDateText('Updated 3 hours ago', 'en')).toMatchObject({ iso: null, relative: true, wholeLine: true });
    expect(parseDateText('Publié à 6 h 12 HNE', 'fr')).toMatchObject({ iso: null, wholeLine: true });
  });
  it('does not take a sentence with a date for a dateline', () => {
    expect(parseDateText('Le conseil se réunira le 3 mars 2025 pour voter le budget annuel.', 'fr')?.wholeLine).toBe(false);
    expect(parseDateText('Le conseil a voté.', 'fr')).toBeNull();
  });
  it('leaves an English day/month that could be read both ways unread rather than guess', () => {
    expect(parseDateText('Published 03/04/2025', 'en')).toMatchObject({ iso: null, wholeLine: true });
  });
  it('rejects impossible dates', () => {
    expect(parseDateText('31/02/2025', 'fr')?.iso).toBeNull();
  });
});
