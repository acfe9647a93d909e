import { describe, expect, it } from 'vitest';
import { detectLanguage, explainLanguage } from '../src/lang/index.js';

// Every sentence below was written for these tests; none comes from a benchmark.

const EN_HEADLINES = [
  'Storm knocks out power along the coast',
  'Council votes to close two branch libraries',
  'Rail strike called off after late-night talks',
  'Why the housing market is finally cooling',
  'Heatwave warning issued for the long weekend',
  'Police search for missing hiker in the hills',
  'Shares slide as investors weigh rate fears',
  'School meals to be free for every pupil',
  'Hospital waiting lists hit a new record',
  'Farmers fear losses after a wet spring',
  'What we know about the bridge collapse',
  'Teenager jailed for string of car thefts',
];

const EN_SUMMARIES = [
  'The minister said the money would be spent on roads and bridges over the next three years.',
  'Residents were told to stay indoors while firefighters worked through the night.',
  "It's the third time this month that the airline has cancelled flights at short notice.",
  'Analysts expect prices to keep rising until the end of the year, which worries young buyers.',
  "The club's new manager has promised a younger, faster team by the start of next season.",
  'Officials have not said how many people were hurt, but several ambulances were seen at the scene.',
  "She didn't expect to win, and she still can't quite believe it happened.",
  'Few voters knew who their local candidates were, according to a survey published on Friday.',
];

/** English text that carries French names, places and the odd loanword. */
const EN_WITH_FRENCH_NAMES = [
  'Prime minister François Bayrou faced a difficult vote in the National Assembly on Monday.',
  'The chef Hélène Darroze has opened a second restaurant near the river.',
  'Fans gathered outside the Stade de France hours before kick-off.',
  'Renault and Peugeot both reported weaker sales in the first quarter.',
  'President Emmanuel Macron met union leaders at the Élysée Palace on Tuesday evening.',
  'A café in Montréal has become the unlikely centre of the protest movement.',
];

const FR_HEADLINES = [
  'La grève des contrôleurs perturbe le trafic ce week-end',
  'Le gouvernement promet un plan pour l’hôpital public',
  'Incendie dans un entrepôt à Lyon : les pompiers toujours mobilisés',
  'Pourquoi les loyers continuent de grimper en ville',
  'Canicule : les écoles fermeront plus tôt jeudi',
  'Le maire défend son projet de piste cyclable',
  'Les agriculteurs inquiets après un printemps pluvieux',
  'Ce que l’on sait de l’effondrement du pont',
  'Un adolescent condamné pour une série de vols',
  'La Bourse recule, les investisseurs craignent une hausse des taux',
  'Élections municipales : la gauche part divisée',
  'Vingt ans après, le village se souvient de la crue',
];

const FR_SUMMARIES = [
  'Le ministre a précisé que les fonds serviraient à rénover les routes et les ponts d’ici trois ans.',
  'Les habitants ont reçu la consigne de rester chez eux pendant que les secours travaillaient toute la nuit.',
  'Selon les analystes, les prix devraient encore augmenter jusqu’à la fin de l’année.',
  'Le nouvel entraîneur promet une équipe plus jeune et plus rapide dès la rentrée.',
  'Aucun bilan n’a été communiqué, mais plusieurs ambulances ont été aperçues sur place.',
  'Peu d’électeurs connaissaient leurs candidats, d’après une enquête publiée vendredi.',
];

/** French with its accents lost, as some dumps and badges have it. */
const FR_WITHOUT_ACCENTS = [
  'Le maire a annonce la fermeture de la piscine pour travaux',
  'Les eleves pourront rentrer chez eux plus tot demain',
  'Il faut que le gouvernement reponde tres vite a cette crise',
  'Une enquete a ete ouverte apres la mort du jeune homme',
];

const FR_ELISIONS = [
  "J'ai dit qu'il n'y avait qu'une seule issue : l'unité.",
  "C'est l'idée qu'on s'en fait, jusqu'à ce qu'elle s'effondre.",
  "L'État s'engage à ce qu'aujourd'hui l'école n'y perde rien.",
  "Qu'est-ce qu'il t'a répondu ?",
  "D'après l'AFP, l'enquête n'a pas abouti.",
];

/** French text with English names, brands and loanwords. */
const FR_WITH_ENGLISH = [
  'Elon Musk a racheté Twitter, rebaptisé X, pour quarante-quatre milliards de dollars.',
  'La start-up parisienne lève des fonds auprès d’investisseurs de la Silicon Valley.',
  'Les fans de Taylor Swift patientent devant le stade avant le concert du week-end.',
  'Le patron de Google a présenté le nouveau smartphone lors d’un keynote à San Francisco.',
  'Le parking du centre commercial sera fermé pendant le meeting de dimanche.',
  'Netflix a dévoilé la bande-annonce de sa nouvelle série, tournée à Marseille.',
];

function expectLang(texts: readonly string[], lang: 'en' | 'fr'): void {
  for (const text of texts) {
    const guess = detectLanguage(text);
    expect({ text, lang: guess.lang }).toEqual({ text, lang });
    expect(guess.confidence).toBeGreaterThan(0.6);
  }
}

describe('detectLanguage: English', () => {
  it('recognises short headlines', () => expectLang(EN_HEADLINES, 'en'));
  it('recognises one-line summaries', () => expectLang(EN_SUMMARIES, 'en'));
  it('is not swayed by French names and diacritics', () => expectLang(EN_WITH_FRENCH_NAMES, 'en'));
  it('reads Title Case and shouted headlines', () => {
    expectLang(['Macron Meets Scholz in Berlin as Europe Weighs New Aid', 'TRUMP SIGNS ORDER ON TARIFFS'], 'en');
  });
  it('reads short badges', () => expectLang(['Read more', 'Breaking news', 'Most watched', 'Sign up'], 'en'));
  it('reads names at the start of a sentence', () => {
    expectLang(['Pierre Poilievre says he will scrap the tax', 'Jean Dujardin wins best actor'], 'en');
  });
});

describe('detectLanguage: French', () => {
  it('recognises short headlines', () => expectLang(FR_HEADLINES, 'fr'));
  it('recognises one-line summaries', () => expectLang(FR_SUMMARIES, 'fr'));
  it('recognises French without diacritics', () => expectLang(FR_WITHOUT_ACCENTS, 'fr'));
  it('recognises elision-heavy French', () => expectLang(FR_ELISIONS, 'fr'));
  it('is not swayed by English names and loanwords', () => expectLang(FR_WITH_ENGLISH, 'fr'));
  it('reads shouted headlines', () => expectLang(['MACRON ANNONCE UN REMANIEMENT'], 'fr'));
  it('does not take a first name that is also a word for English', () => {
    expectLang(['Mark Carney promet des baisses d’impôts', 'Will Smith revient au cinéma cet été', 'L’iPhone d’Apple coûtera plus cher'], 'fr');
  });
  it('reads short badges', () => expectLang(['Lire la suite', 'En direct', 'Les plus lus', 'Abonnez-vous'], 'fr'));
});

describe('detectLanguage: undecidable input', () => {
  const nothing = [
    '',
    '   \n\t ',
    '12 345',
    '2024-12-15 14:30',
    '+33 1 23 45 67 89',
    'https://www.example.org/news/2024/12/15/story.html',
    'www.example.fr',
    'contact@example.fr',
    'marie.lefebvre@redaction-exemple.fr',
    'john.smith@newsroom.example.com',
    '@newsdesk #breaking',
    'OK',
    'Emmanuel Macron',
    'Donald Trump',
    'Paris',
    '!!! ??? ...',
  ];
  for (const text of nothing) {
    it(`gives und with low confidence for ${JSON.stringify(text)}`, () => {
      const guess = detectLanguage(text);
      expect(guess.lang).toBe('und');
      expect(guess.confidence).toBeLessThan(0.6);
    });
  }

  it('does not let URLs, handles and numbers decide a sentence', () => {
    expect(detectLanguage('Voir https://www.example.com/the-best-of-the-week et @theguardian pour la suite').lang).toBe('fr');
    expect(detectLanguage('See https://www.lemonde.fr/les-dernieres-nouvelles/ and #EnDirect for more').lang).toBe('en');
  });

  it('ignores code, blobs and other scripts', () => {
    const blob = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
    for (const text of [blob, `data:image/png;base64,${blob}`, 'camelCaseIdentifier someOtherThing', 'Привет, как дела?', '東京の天気']) {
      expect(detectLanguage(text).lang).toBe('und');
    }
  });

  it('does not tie a third language to high confidence', () => {
    for (const text of ['El presidente habló con los periodistas en Madrid', 'Der Bundeskanzler hat heute in Berlin gesprochen']) {
      const guess = detectLanguage(text);
      expect(guess.lang === 'und' || guess.confidence < 0.9).toBe(true);
    }
  });
});

describe('detectLanguage: confidence', () => {
  const longEnglish = [...EN_SUMMARIES, ...EN_HEADLINES].join(' ');
  const longFrench = [...FR_SUMMARIES, ...FR_HEADLINES].join(' ');

  it('stays within 0..1', () => {
    for (const text of [...EN_HEADLINES, ...FR_HEADLINES, longEnglish, longFrench, '', 'OK', 'water', 'eau']) {
      const { confidence } = detectLanguage(text);
      expect(confidence).toBeGreaterThanOrEqual(0);
      expect(confidence).toBeLessThanOrEqual(1);
    }
  });

  it('is higher for long clear text than for two words', () => {
    expect(detectLanguage(longEnglish).confidence).toBeGreaterThan(detectLanguage('water parks').confidence);
    expect(detectLanguage(longFrench).confidence).toBeGreaterThan(detectLanguage('parcs aquatiques').confidence);
    expect(detectLanguage(longEnglish).confidence).toBeGreaterThan(0.99);
    expect(detectLanguage(longFrench).confidence).toBeGreaterThan(0.99);
  });

  it('grows as evidence accumulates', () => {
    const one = detectLanguage('Le gouvernement').confidence;
    const three = detectLanguage('Le gouvernement promet un plan').confidence;
    const many = detectLanguage(FR_SUMMARIES[0] ?? '').confidence;
    expect(three).toBeGreaterThanOrEqual(one);
    expect(many).toBeGreaterThanOrEqual(three);
  });

  it('reads past the 2,048 characters franc sees', () => {
    const opening = 'Breaking news from the wire, more to follow. ';
    const body = longFrench.repeat(3);
    expect(body.length).toBeGreaterThan(2048);
    expect(detectLanguage(opening + body).lang).toBe('fr');
  });

  it('handles a very long story in a sane way', () => {
    const story = longEnglish.repeat(80);
    expect(story.length).toBeGreaterThan(50_000);
    expect(detectLanguage(story)).toEqual({ lang: 'en', confidence: expect.any(Number) });
  });
});

describe('detectLanguage: determinism and shape', () => {
  it('returns the same answer for the same text, whatever came before', () => {
    const texts = [...EN_HEADLINES, ...FR_HEADLINES, 'water parks', 'OK'];
    const first = texts.map((t) => detectLanguage(t));
    const again = [...texts].reverse().map((t) => detectLanguage(t)).reverse();
    expect(again).toEqual(first);
  });

  it('returns only lang and confidence', () => {
    expect(Object.keys(detectLanguage('Hello there')).sort()).toEqual(['confidence', 'lang']);
  });

  it('explains its guess with the evidence it used', () => {
    const explained = explainLanguage("Le Premier ministre s'est exprimé ce matin.");
    expect(explained.lang).toBe('fr');
    expect(explained.score).toBeGreaterThan(0);
    expect(explained.evidence.lexical).toBeGreaterThan(0);
    expect(explained.evidence.informative).toBeGreaterThan(2);
  });
});
