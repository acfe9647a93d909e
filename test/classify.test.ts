/**
 * The classifier on small pages written for these tests: each checks one behaviour that
 * must hold on any site, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { ingest } from '../src/ingest.js';

const page = (...lines: string[]) => lines.join('\n');

const STORY_FR = [
  "Le conseil municipal de Trois-Rivières a adopté mardi soir un budget de 412 millions de dollars, en hausse de 4 % par rapport à l'an dernier.",
  "La mairesse a défendu une hausse de taxes qu'elle juge « raisonnable » compte tenu de l'inflation et des besoins en infrastructures.",
  "L'opposition a voté contre, estimant que les citoyens paieront pour des projets qui auraient pu attendre encore quelques années.",
];
const STORY_EN = [
  'The city council voted on Tuesday night to approve a budget of $412 million, an increase of 4 per cent over last year.',
  'The mayor defended a tax increase that she called reasonable given inflation and the state of the roads and water mains.',
  'Opposition councillors voted against it, saying that residents would pay for projects that could have waited a few more years.',
];

describe('classify', () => {
  it('keeps a story paragraph that mentions cookies in the middle of the story', () => {
    const cookiePara =
      "La CNIL a infligé une amende à la plateforme, accusée de déposer des cookies publicitaires sans le consentement des internautes, une pratique que le régulateur dénonce depuis des années.";
    const r = ingest(page('Amende record pour une plateforme', '', STORY_FR[0]!, '', cookiePara, '', STORY_FR[1]!, '', STORY_FR[2]!));
    expect(r.body).toContain('cookies publicitaires');
    expect(r.removed.filter((x) => x.kind === 'cookie-banner')).toEqual([]);
  });

  it('removes a cookie banner at the bottom, its buttons included', () => {
    const r = ingest(page('Budget adopté', '', ...STORY_FR.flatMap((p) => [p, '']), 'Nous utilisons des cookies pour mesurer l’audience.', 'Tout accepter', 'Paramétrer'));
    expect(r.body).not.toMatch(/cookies|accepter|Paramétrer/);
    expect(r.removed.find((x) => x.kind === 'cookie-banner')?.text).toContain('Paramétrer');
  });

  it('splits a related list with summaries into stubs, each with its own language', () => {
    const r = ingest(
      page(
        'Council passes budget',
        '',
        ...STORY_EN.flatMap((p) => [p, '']),
        'Related stories',
        '',
        'Le budget de Québec en hausse',
        "La capitale a présenté mardi un budget de 1,9 milliard de dollars, marqué par une hausse des dépenses de transport collectif.",
        '',
        'Transit fares frozen for a second year',
        'The transit authority will keep fares at their current level until next summer, its board decided on Monday.',
        '2 hours ago',
      ),
    );
    expect(r.related.map((s) => [s.title, s.lang])).toEqual([
      ['Le budget de Québec en hausse', 'fr'],
      ['Transit fares frozen for a second year', 'en'],
    ]);
    expect(r.related[1]!.labels).toEqual(['time-ago']);
    expect(r.body).not.toContain('Related stories');
    expect(r.body).not.toContain('Transit fares');
  });

  it('lets the story resume after an "À lire aussi" box of titles', () => {
    const r = ingest(page('Budget adopté', '', STORY_FR[0]!, '', 'À lire aussi', 'Québec dévoile son budget', 'Les taxes foncières en hausse à Lévis', '', STORY_FR[1]!, '', STORY_FR[2]!));
    expect(r.related.map((s) => s.title)).toEqual(['Québec dévoile son budget', 'Les taxes foncières en hausse à Lévis']);
    expect(r.paragraphs.map((p) => p.text)).toEqual(STORY_FR);
  });

  it('takes an inline "Read more:" line out of the story as a stub with a title only', () => {
    const r = ingest(page('Council passes budget', '', STORY_EN[0]!, '', 'Read more: Transit fares frozen for a second year', '', STORY_EN[1]!, '', STORY_EN[2]!));
    expect(r.related).toMatchObject([{ title: 'Transit fares frozen for a second year', summary: null }]);
    expect(r.removed.some((x) => x.kind === 'marker' && x.text === 'Read more:')).toBe(true);
    expect(r.paragraphs).toHaveLength(3);
  });

  it('re-joins a quote broken over lines, and keeps subheadings as headings', () => {
    const r = ingest(
      page(
        'Budget adopté',
        '',
        STORY_FR[0]!,
        '',
        'La mairesse a déclaré que',
        '"la ville ne pouvait plus reporter ces travaux"',
        ', a-t-elle ajouté.',
        '',
        'Une opposition divisée',
        '',
        STORY_FR[2]!,
      ),
    );
    expect(r.paragraphs).toEqual([
      { type: 'paragraph', text: STORY_FR[0], lines: [3, 3] },
      { type: 'paragraph', text: 'La mairesse a déclaré que "la ville ne pouvait plus reporter ces travaux", a-t-elle ajouté.', lines: [5, 7] },
      { type: 'heading', text: 'Une opposition divisée', lines: [9, 9] },
      { type: 'paragraph', text: STORY_FR[2], lines: [11, 11] },
    ]);
  });

  it('puts byline, dates, caption and credit in their own fields', () => {
    const r = ingest(
      page(
        'Budget adopté à Trois-Rivières',
        '',
        'Par Julie Gagnon',
        'Publié le 3 mars 2025 à 14 h 05',
        'Mis à jour le 4 mars 2025',
        'La mairesse lors de la séance du conseil, mardi.',
        'Photo : Marc Tremblay / Le Nouvelliste',
        '',
        ...STORY_FR.flatMap((p) => [p, '']),
        'Mots-clés : Budget, Trois-Rivières, Taxes',
      ),
    );
    expect(r.byline).toBe('Par Julie Gagnon');
    expect(r.published).toBe('2025-03-03T14:05');
    expect(r.updated).toBe('2025-03-04');
    expect(r.captions).toEqual(['La mairesse lors de la séance du conseil, mardi.']);
    expect(r.credits).toEqual(['Marc Tremblay / Le Nouvelliste']);
    expect(r.tags).toEqual(['Budget', 'Trois-Rivières', 'Taxes']);
    expect(r.paragraphs.map((p) => p.text)).toEqual(STORY_FR);
  });

  it('reads a dump with no blank lines one paragraph a line', () => {
    const r = ingest(page('Council passes budget', ...STORY_EN));
    expect(r.title).toBe('Council passes budget');
    expect(r.paragraphs.map((p) => p.text)).toEqual(STORY_EN);
  });

  it('says und when there is no story text to tell the language from', () => {
    const r = ingest(page('12345', '', '67 890'));
    expect(r.lang).toBe('und');
  });

  it('reads a related list after the story as stubs with summaries, even across blank lines', () => {
    const r = ingest(
      page(
        'Council passes budget',
        '',
        ...STORY_EN.flatMap((p) => [p, '']),
        'More stories',
        '',
        'Transit fares frozen for a second year',
        '',
        'The transit authority will keep fares at their current level until next summer, its board decided on Monday.',
        '',
        'Le budget de Québec en hausse',
        '',
        'La capitale a présenté mardi un budget de 1,9 milliard de dollars, marqué par une hausse des dépenses de transport.',
      ),
    );
    expect(r.related.map((s) => [s.title, s.summary !== null, s.lang])).toEqual([
      ['Transit fares frozen for a second year', true, 'en'],
      ['Le budget de Québec en hausse', true, 'fr'],
    ]);
    expect(r.paragraphs.map((p) => p.text)).toEqual(STORY_EN);
  });

  it('finds the headline below a sidebar list of related titles', () => {
    const r = ingest(
      page(
        'Related Stories',
        'Bridge inspection finds corrosion on main span',
        '3 days ago',
        'Mayor promises faster pothole repairs',
        '1 week ago',
        '',
        'Council passes budget after marathon meeting',
        '',
        'By Jordan Ellis',
        'Posted: 03/14/2025 5:47 PM EDT',
        '',
        ...STORY_EN.flatMap((p) => [p, '']),
      ),
    );
    expect(r.title).toBe('Council passes budget after marathon meeting');
    expect(r.related.map((s) => s.title)).toEqual(['Bridge inspection finds corrosion on main span', 'Mayor promises faster pothole repairs']);
    expect(r.byline).toBe('By Jordan Ellis');
    expect(r.published).toBe('2025-03-14T17:47');
  });

  it('keeps the items of a list in the story as paragraphs of their own', () => {
    const r = ingest(
      page(
        'Council passes budget',
        '',
        STORY_EN[0]!,
        '',
        'The plan includes three measures for residents:',
        '• a freeze on parking fees in the downtown core',
        '• longer opening hours at the four public libraries',
        '• a new grant for small repairs to older homes',
        '',
        STORY_EN[1]!,
      ),
    );
    expect(r.paragraphs.map((p) => p.text)).toEqual([
      STORY_EN[0],
      'The plan includes three measures for residents:',
      '• a freeze on parking fees in the downtown core',
      '• longer opening hours at the four public libraries',
      '• a new grant for small repairs to older homes',
      STORY_EN[1],
    ]);
  });

  it('takes neither an alert bar for the headline nor a comment counter for the end of the story', () => {
    const r = ingest(
      page(
        'BREAKING NEWS  Storm warning for the coast  Tap for latest',
        'Council passes budget',
        '',
        STORY_EN[0]!,
        '',
        '12 comments',
        '',
        STORY_EN[1]!,
        '',
        STORY_EN[2]!,
      ),
    );
    expect(r.title).toBe('Council passes budget');
    expect(r.paragraphs.map((p) => p.text)).toEqual(STORY_EN);
  });

  it('leaves the contacts and boilerplate of a press release out of the story', () => {
    const r = ingest(
      page(
        'Communiqué de presse',
        '',
        'La Ville lance un budget participatif de 2 millions',
        '',
        ...STORY_FR.flatMap((p) => [p, '']),
        '-30-',
        '',
        'Renseignements :',
        'Service des communications',
        '819 555-0142',
        '',
        'À propos de la Ville',
        'La Ville compte 140 000 habitants et offre plus de 300 services à sa population.',
      ),
    );
    expect(r.title).toBe('La Ville lance un budget participatif de 2 millions');
    expect(r.paragraphs.map((p) => p.text)).toEqual(STORY_FR);
  });
});

