import { describe, expect, it } from 'vitest';
import { afterMarker, cuesOf, splitBadges } from '../src/lexicon/index.js';
import { labelsOfBadges } from '../src/assemble/badges.js';

describe('cues', () => {
  it.each([
    ['Articles connexes', 'related-header'],
    ['À lire aussi :', 'related-header'],
    ['Sur le même sujet', 'related-header'],
    ['More on this story', 'related-header'],
    ['Related stories', 'related-header'],
    ['Les plus lus', 'most-read'],
    ['Most read', 'most-read'],
    ['Partager Facebook X Copier le lien', 'share'],
    ['Share | Save | Print', 'share'],
    ['Publicité', 'ad'],
    ['Story continues below advertisement', 'ad'],
    ['Ce site utilise des cookies', 'cookie'],
    ['Inscrivez-vous à notre infolettre quotidienne', 'newsletter'],
    ['Cet article est réservé aux abonnés', 'paywall'],
    ['Lecture : 4 min', 'reading-time'],
    ['12 commentaires', 'comments-header'],
    ['Mots-clés :', 'tags-header'],
    ['Archivé dans :', 'tags-header'],
    ['© 2025 Le Quotidien. Tous droits réservés.', 'footer'],
    ['Par Jeanne Martin', 'byline'],
    ['MAJ: 12/01/2026, lundi', 'updated-marker'],
    ['Crédit Photo : @SputnikMundo / X', 'credit'],
  ])('%s → %s', (line, cue) => {
    expect(cuesOf(line).has(cue as never)).toBe(true);
  });

  it('does not take a sentence starting with "By" or "Par" for a share bar', () => {
    expect(cuesOf('By the end of the week, the council had voted.').has('share')).toBe(false);
  });
});

describe('inline related marker', () => {
  it('cuts "Lire aussi : <headline>"', () => {
    expect(afterMarker('Lire aussi : Le Sénat adopte la réforme', 'inline-related')).toEqual({
      marker: 'Lire aussi :',
      rest: 'Le Sénat adopte la réforme',
    });
    expect(afterMarker('READ MORE: Council approves budget', 'inline-related')?.rest).toBe('Council approves budget');
  });
});

describe('badges', () => {
  it('splits glued badges and normalizes them', () => {
    const parts = splitBadges("Rapporté par l'IA Image générée par IA Vérifié par des faits");
    expect(parts?.map((p) => p.text)).toEqual(["Rapporté par l'IA", 'Image générée par IA', 'Vérifié par des faits']);
    expect(labelsOfBadges(parts!.map((p) => p.text))).toEqual(['ai-reported', 'ai-generated-image', 'fact-checked']);
    expect(labelsOfBadges(['3 hours ago', 'Il y a 2 heures', 'En français'])).toEqual(['time-ago', 'lang-fr']);
  });
  it('refuses a line that is more than badges', () => {
    expect(splitBadges('Vidéo : le maire répond aux questions')).toBeNull();
  });
});

describe('the cheap tests before the phrase patterns', () => {
  it('never turn away a line that a rule matches (every fixture line, every rule)', async () => {
    const { readFileSync } = await import('node:fs');
    const { compileRules, matchForm } = await import('../src/lexicon/index.js');
    const { PHRASES } = await import('../src/lexicon/phrases.js');
    const { loadCases } = await import('../src/eval/corpus.js');
    const { ROOT } = await import('./helpers.js');
    const lines = loadCases(ROOT)
      .filter((c) => !c.path.endsWith('.html'))
      .flatMap((c) => readFileSync(c.path, 'utf8').split(/\r?\n/u))
      .map((l) => matchForm(l))
      .filter((l) => l.length > 0);
    const missed: string[] = [];
    let checked = 0;
    for (const rule of compileRules(PHRASES)) {
      if (!rule.re || !rule.literals) continue;
      for (const form of lines) {
        if (!rule.re.test(form)) continue;
        checked++;
        if (!rule.literals.some((l) => form.includes(l))) missed.push(`${rule.cue}: ${form}`);
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(missed).toEqual([]);
  });
  it('find what each alternative needs, and give up where one needs nothing', async () => {
    const { requiredLiterals } = await import('../src/lexicon/literals.js');
    expect(requiredLiterals('newsletters?|sign up|in your inbox')).toEqual(['newsletter', 'sign up', 'in your inbox']);
    expect(requiredLiterals('(journaliste|correspondante?) (à|au)')).toEqual(['journaliste', 'correspondant']);
    expect(requiredLiterals('\\d+ ?min(utes?)? de lecture')).toEqual(['de lecture']);
    expect(requiredLiterals('(©|\\(c\\)|copyright) ?(\\d{4}|\\p{L}+)')).toEqual(['©', '(c)', 'copyright']);
    expect(requiredLiterals('\\d+ ?(min|h)\\b')).toBeNull();
    expect(requiredLiterals('(senior |chief )?(editor|reporter)s?')).toEqual(['editor', 'reporter']);
  });
});
