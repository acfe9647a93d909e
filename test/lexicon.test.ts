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
