/**
 * Lines that ordinary news pages contain and that a furniture rule could take for furniture:
 * each must stay where it belongs. Written after a review of the rules, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { ingest } from '../src/ingest.js';

const EN = [
  'The city council voted on Tuesday night to approve a budget of $412 million, an increase of 4 per cent over last year.',
  'The mayor defended a tax increase that she called reasonable given inflation and the state of the roads and water mains.',
  'Opposition councillors voted against it, saying that residents would pay for projects that could have waited a few more years.',
];
const FR = [
  "Le conseil municipal de Trois-Rivières a adopté mardi soir un budget de 412 millions de dollars, en hausse de 4 % par rapport à l'an dernier.",
  "La mairesse a défendu une hausse de taxes qu'elle juge « raisonnable » compte tenu de l'inflation et des besoins en infrastructures.",
  "L'opposition a voté contre, estimant que les citoyens paieront pour des projets qui auraient pu attendre encore quelques années.",
];
const page = (title: string, paras: string[]) => [title, '', ...paras.flatMap((p) => [p, ''])].join('\n');

describe('story sentences that use furniture words stay in the story', () => {
  it.each([
    'Residents can sign up for the program at city hall starting next week.',
    'Officials urged drivers to stay informed about road closures this weekend.',
    'Netflix raised the price of its basic subscription by two dollars a month in Canada.',
    'Health officials urged residents to donate blood at local clinics this month.',
    'The program is funded by the federal government and runs until 2027.',
    'The suspect, pictured, was arrested on Friday after a three-day search.',
    'The bakery now sells more than 2,000 cookies every weekend, the owner said.',
  ])('%s', (line) => {
    const r = ingest(page('Council passes budget after long debate', [EN[0]!, line, EN[1]!, EN[2]!]));
    expect(r.body).toContain(line);
  });

  it.each([
    'Le ministère a répondu par courriel à nos questions lundi.',
    "Les utilisateurs peuvent télécharger l'application gratuitement dès lundi.",
    'Les patients auront un accès illimité aux consultations dès le mois prochain.',
    'Le groupe a publié ses comptes jeudi. Crédit Agricole affiche un bénéfice net en hausse de 6 %.',
    'La CNIL rappelle que les données personnelles des patients doivent être protégées.',
  ])('%s', (line) => {
    const r = ingest(page('Le budget adopté après un long débat', [FR[0]!, line, FR[1]!, FR[2]!]));
    expect(r.body).toContain(line);
  });

  it('keeps a short closing paragraph', () => {
    const r = ingest(page('Council passes budget after long debate', [...EN, 'No one was injured.']));
    expect(r.paragraphs.at(-1)?.text).toBe('No one was injured.');
  });

  it('keeps the paragraph under an advertisement label', () => {
    const para = 'Council members debated the plan for more than six hours before the final vote, which passed by a single ballot.';
    const r = ingest(['Council passes budget after long debate', '', EN[0], '', 'Advertisement', para, '', EN[1]].join('\n'));
    expect(r.body).toContain(para);
    expect(r.removed.find((x) => x.kind === 'ad')?.text).toBe('Advertisement');
  });
});

describe('subheadings that look like furniture headers do not end the story', () => {
  it.each([
    ['Réactions', FR],
    ["Plus de moyens pour l'hôpital", FR],
    ['More on the economy', EN],
  ])('%s', (heading, paras) => {
    const r = ingest(page('A headline for this page about the budget', [paras[0]!, heading, paras[1]!, paras[2]!]));
    expect(r.body).toContain(paras[2]!);
    expect(r.related).toEqual([]);
  });
});

describe('headlines that look like bylines or datelines are still headlines', () => {
  it.each([
    'Journalist detained at border crossing in Belarus',
    'Revised budget plan wins approval in Senate vote',
    'Ce qui change au 1er janvier 2026 pour les automobilistes',
  ])('%s', (title) => {
    const r = ingest(page(title, EN));
    expect(r.title).toBe(title);
  });
});

describe('embedded posts', () => {
  it('does not take a story line that names an account for a post', () => {
    const intro = 'Plusieurs responsables politiques ont réagi sur les réseaux sociaux dans la soirée, saluant un accord longtemps attendu.';
    const bullet = '- Emmanuel Macron (@EmmanuelMacron) a salué « une avancée majeure pour les familles ».';
    const r = ingest(page('Le budget adopté après un long débat', [FR[0]!, intro, bullet, FR[1]!]));
    expect(r.embeds).toEqual([]);
    expect(r.body).toContain(intro);
  });
});
