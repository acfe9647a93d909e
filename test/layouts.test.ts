/**
 * Page layouts met on unseen sites, each built here from original text in both languages:
 * an alert line above the headline, a box of packed headlines inside the story, a wire's
 * sign-off and an author box after it, multi-paragraph quotes in a dump without blank lines.
 */
import { describe, expect, it } from 'vitest';
import { ingest } from '../src/ingest.js';

const EN = [
  'The county board voted on Monday to close two rural branch libraries by the end of the year, citing a shortfall of $1.8 million.',
  'Library director Ruth Okafor said the decision was painful but that the remaining branches would extend their opening hours.',
  'Residents who packed the meeting room urged the board to wait until a survey of reading habits is finished next spring.',
  'The board will hold a second hearing on the plan in early December before a final vote.',
];
const FR = [
  "Le conseil communautaire a voté lundi la fermeture de deux bibliothèques rurales d'ici la fin de l'année, faute de 1,8 million d'euros.",
  "La directrice du réseau, Ruth Okafor, a parlé d'une décision douloureuse, promettant des horaires élargis dans les autres sites.",
  "Les habitants venus nombreux ont demandé au conseil d'attendre les résultats d'une enquête sur les pratiques de lecture.",
  'Une seconde réunion publique se tiendra début décembre, avant le vote définitif.',
];
const lines = (...parts: Array<string | string[]>) => parts.flat().join('\n');

describe('a line of prose above the headline is not the story', () => {
  it.each([
    [
      'en',
      ['Flood Watch in effect until 8 PM for Harlan and Perry counties. Tap for details.', '', 'Board votes to close two rural libraries', '', 'Two branches will shut by December as the county faces a budget shortfall of nearly two million dollars.', '', 'By Dana Whitlock', 'Published: Nov. 3, 2025 at 5:10 PM EST', ''],
      EN,
    ],
    [
      'fr',
      ["Vigilance orange aux orages jusqu'à 20 heures dans trois départements. Consultez la carte.", '', 'Deux bibliothèques rurales vont fermer', '', "Les deux sites fermeront d'ici décembre, alors que la communauté doit combler un manque de près de deux millions d'euros.", '', 'Par Claire Vasseur', 'Publié le 3 novembre 2025 à 17h10', ''],
      FR,
    ],
  ])('%s', (_lang, head, story) => {
    const r = ingest(lines(['Accueil', 'Info', 'Sport'], head as string[], (story as string[]).flatMap((p) => [p, ''])));
    expect(r.title).toBe((head as string[])[2]);
    // The standfirst under the headline opens the body, then the story.
    expect(r.body.startsWith(`${(head as string[])[4]}\n\n${(story as string[])[0]}`)).toBe(true);
    expect(r.body).not.toContain((head as string[])[0]);
    expect(r.removed.map((x) => x.text).join('\n')).toContain((head as string[])[0]);
  });
});

describe('a box of headlines packed line after line ends where the story resumes', () => {
  it.each([
    ['en', 'Read also', ['Storm damage closes county road for a week', 'How the library budget grew over a decade'], 'Hours to be extended', EN],
    ['fr', 'Lire aussi', ["Une tempête coupe la route départementale pendant une semaine", 'Comment le budget des bibliothèques a grandi en dix ans'], 'Des horaires élargis', FR],
  ])('%s', (_lang, header, stubs, subheading, story) => {
    const s = story as string[];
    const text = lines('Libraries to close in rural county', '', s[0]!, '', s[1]!, '', header as string, stubs as string[], '', subheading as string, '', s[2]!, '', s[3]!);
    const r = ingest(text);
    expect(r.related.map((x) => x.title)).toEqual(stubs);
    expect(r.paragraphs.some((p) => p.type === 'heading' && p.text === subheading)).toBe(true);
    expect(r.body).toContain(s[3]!);
  });
});

describe("a wire's sign-off and the author box after the story", () => {
  it('English', () => {
    const text = lines(
      'Libraries to close in rural county',
      'By Dana Whitlock',
      ...EN,
      'Reporting by Dana Whitlock in Hazard and Omar Reyes in Lexington; Editing by Joan Park',
      'Suggested Topics:',
      'Libraries',
      'Kentucky',
      'Dana Whitlock',
      'Dana Whitlock covers local government and education from Hazard. She joined the newsroom in 2019.',
    );
    const r = ingest(text);
    expect(r.body).toContain(EN[3]!);
    expect(r.body).not.toContain('Reporting by');
    expect(r.body).not.toContain('covers local government');
    expect(r.byline ?? '').toContain('Dana Whitlock');
    expect(r.tags).toEqual(['Libraries', 'Kentucky']);
  });

  it('French', () => {
    const text = lines('Deux bibliothèques rurales vont fermer', 'Par Claire Vasseur', ...FR, 'Édité par Marc Olivier', 'Sujets suggérés', 'Bibliothèques', 'Claire Vasseur', 'Claire Vasseur est journaliste au service Régions depuis 2017.');
    const r = ingest(text);
    expect(r.body).toContain(FR[3]!);
    expect(r.body).not.toContain('Édité par');
    expect(r.body).not.toContain('est journaliste');
    expect(r.tags).toEqual(['Bibliothèques']);
  });
});

describe('a headline list announced as more of a section', () => {
  it('"More Local News" over headlines with times is a related list', () => {
    const text = lines('Libraries to close in rural county', '', ...EN.flatMap((p) => [p, '']), 'More Local News', 'Bridge repairs to begin on Route 15 next month', '3 hours ago', 'High school band heads to state finals', 'Updated 5 hours ago');
    const r = ingest(text);
    expect(r.related.map((x) => x.title)).toEqual(['Bridge repairs to begin on Route 15 next month', 'High school band heads to state finals']);
  });
});

describe('quotes over several paragraphs in a dump without blank lines', () => {
  it('a closing straight quote ends the paragraph', () => {
    const quoteA = 'She said: "We were told the branch would stay open as long as people used it.';
    const quoteB = '"Now they are closing it anyway, and nobody asked the people who use it every week."';
    const next = 'The board said the survey would still go ahead in the spring.';
    const r = ingest(lines('Libraries to close in rural county', EN[0]!, quoteA, quoteB, next, EN[3]!));
    const paras = r.paragraphs.map((p) => p.text);
    expect(paras).toContain(quoteB);
    expect(paras).toContain(next);
  });
});

describe('prompts after the story, and the same words inside it', () => {
  it('a subscription prompt with a monthly price is furniture', () => {
    const r = ingest(lines('Deux bibliothèques rurales vont fermer', '', ...FR.flatMap((p) => [p, '']), "Cet article vous a plu ? Découvrez nos offres d'abonnement dès 9 € par mois."));
    expect(r.body).not.toContain('abonnement');
  });

  it('a newsletter disclaimer is furniture', () => {
    const r = ingest(
      lines('Libraries to close in rural county', '', ...EN.flatMap((p) => [p, '']), 'Get the top local stories in your inbox', 'Sign up', "We use your sign-up to send you the newsletter you asked for. You can unsubscribe at any time."),
    );
    expect(r.body).not.toContain('sign-up');
  });

  it('a price per month inside a story sentence stays', () => {
    const line = "La plateforme sera proposée dès 9 euros par mois aux abonnés du réseau, a précisé la directrice.";
    const r = ingest(lines('Deux bibliothèques rurales vont fermer', '', FR[0]!, '', line, '', FR[1]!, '', FR[2]!));
    expect(r.body).toContain(line);
  });

  it('"she joined … in 2019" inside a story stays', () => {
    const line = 'Okafor joined the library system in 2019 after a decade in Cincinnati, where she covered budgets for the county.';
    const r = ingest(lines('Libraries to close in rural county', '', EN[0]!, '', line, '', EN[1]!, '', EN[2]!));
    expect(r.body).toContain(line);
  });
});

describe('a weak header over headlines with one-line summaries', () => {
  const storyEn = ['Libraries to close in rural county', '', ...EN.flatMap((p) => [p, ''])];
  it('"From our regional partners" with a French stub and its summary', () => {
    const r = ingest(
      lines(
        ...storyEn,
        'From our regional partners',
        '',
        'Bibliothèques : la région promet un fonds de secours',
        "Le conseil régional débloquera 3 millions d'euros pour les communes rurales.",
        '',
        'Opinion: Rural libraries are worth every cent',
        'Closing branches saves little and costs a great deal.',
      ),
    );
    expect(r.related.map((x) => [x.title, x.lang])).toEqual([
      ['Bibliothèques : la région promet un fonds de secours', 'fr'],
      // "Opinion:" is the headline's genre, as the paper wrote it.
      ['Opinion: Rural libraries are worth every cent', 'en'],
    ]);
    expect(r.body).not.toContain('Closing branches');
  });

  it('"More on the budget" over sections of the story stays a subheading', () => {
    const long = `${EN[1]} ${EN[2]}`;
    const r = ingest(lines('Libraries to close in rural county', '', EN[0]!, '', 'More on the budget', '', long, '', 'What residents want', '', long.replace('Library', 'The')));
    expect(r.related).toEqual([]);
    expect(r.paragraphs.filter((p) => p.type === 'heading').map((p) => p.text)).toEqual(['More on the budget', 'What residents want']);
  });
});

describe('the furniture around the end of a story', () => {
  it("a bio that names the outlet's reporter with a possessive", () => {
    const bio = "Dana Whitlock is the Courier's rural affairs reporter, based in Hazard. She has covered the county since 2018.";
    const r = ingest(lines('Libraries to close in rural county', '', ...EN.flatMap((p) => [p, '']), bio));
    expect(r.body).not.toContain('rural affairs reporter');
  });

  it('a newsletter box with its privacy line', () => {
    const r = ingest(
      lines('Libraries to close in rural county', '', ...EN.flatMap((p) => [p, '']), 'Get our local newsletter, free every Friday', 'Your email address will be used in accordance with our privacy policy.'),
    );
    expect(r.body).not.toContain('privacy policy');
  });

  it("the line under a video player in the player's box", () => {
    const r = ingest(lines('Libraries to close in rural county', '', EN[0]!, '', EN[1]!, '', 'WATCH | Readers react to the closures:', 'Duration 1:48', 'Regulars at the Hazard branch say the bookmobile is no substitute.', '', EN[2]!, '', EN[3]!));
    expect(r.body).not.toContain('bookmobile');
    expect(r.body).toContain(EN[3]!);
  });

  it('"Cet article vous a été utile ?" prompts are furniture', () => {
    const r = ingest(lines('Deux bibliothèques rurales vont fermer', '', ...FR.flatMap((p) => [p, '']), 'Cet article vous a été utile ? Abonnez-vous à notre lettre du matin.'));
    expect(r.body).not.toContain('utile');
  });
});

describe('more layouts from unseen sites', () => {
  const body = (paras: string[]) => paras.flatMap((p) => [p, '']);

  it('"Image source, …" / "Image caption, …" above the story are not the headline', () => {
    const r = ingest(
      lines('Board votes to close two rural libraries', '', 'By Dana Whitlock', '14 March 2025, 09:41 GMT', '', 'Image source, County Archives', 'Image caption, The Hazard branch has served the valley since 1962', '', ...body(EN)),
    );
    expect(r.title).toBe('Board votes to close two rural libraries');
    expect(r.body).not.toContain('Image caption');
    expect(r.credits.join(' ')).toContain('County Archives');
  });

  it('a question among the headlines of a box does not make the story its summaries', () => {
    const r = ingest(
      lines('Libraries to close in rural county', '', ...body(EN.slice(0, 2)), 'Related stories', 'Bookmobile to cover three more villages', 'What went wrong with the county budget?', '', 'Hours to be extended', '', ...body(EN.slice(2))),
    );
    expect(r.related.map((x) => x.title)).toEqual(['Bookmobile to cover three more villages', 'What went wrong with the county budget?']);
    expect(r.body).toContain(EN[2]!);
  });

  it('in a dump without blank lines, a paragraph under a box of headlines is the story going on', () => {
    const para = `${FR[2]} Plusieurs élus ont promis de relayer cette demande lors du prochain conseil, prévu au début du mois prochain.`;
    const r = ingest(lines('Deux bibliothèques rurales vont fermer', FR[0]!, FR[1]!, 'Lire aussi', 'Le bibliobus desservira trois villages de plus', 'Le budget des bibliothèques en hausse de 4 %', para, FR[3]!));
    expect(r.related.map((x) => [x.title, x.summary])).toEqual([
      ['Le bibliobus desservira trois villages de plus', null],
      ['Le budget des bibliothèques en hausse de 4 %', null],
    ]);
    expect(r.body).toContain(para);
  });

  it('a badge of several capitals glued to a stub headline ("EN DIRECTGrève…")', () => {
    const r = ingest(lines('Deux bibliothèques rurales vont fermer', '', ...body(FR), 'Sur le même sujet', 'EN DIRECTConseil communautaire : suivez le vote', 'Le bibliobus desservira trois villages de plus'));
    expect(r.related[0]!.title).toBe('Conseil communautaire : suivez le vote');
    expect(r.related[0]!.badges).toContain('EN DIRECT');
  });

  it('"Vos réactions (23)" opens the comments, not a stub', () => {
    const r = ingest(lines('Deux bibliothèques rurales vont fermer', '', ...body(FR), 'Vos réactions (23)', 'Pour réagir, vous devez être abonné.', 'Marc_1040 · il y a 2 h', 'Encore une fermeture. Quelle surprise.'));
    expect(r.related).toEqual([]);
    expect(r.body).not.toContain('Quelle surprise');
  });

  it('a headerless list after the tags, each headline under its section kicker', () => {
    const r = ingest(
      lines(
        'Deux bibliothèques rurales vont fermer',
        ...FR,
        'Bibliothèques  Budget  Communauté',
        'Partager cet article  WhatsApp  E-mail',
        'Culture',
        'Le festival du livre jeunesse change de dates cette année',
        '10.06.2025',
        'Éducation',
        'Les écoles rurales gagnent deux classes à la rentrée prochaine',
        '08.06.2025',
      ),
    );
    expect(r.related.map((x) => x.title)).toEqual(['Le festival du livre jeunesse change de dates cette année', 'Les écoles rurales gagnent deux classes à la rentrée prochaine']);
    expect(r.related[1]!.badges).toContain('Éducation');
  });

  it("a printed page's running head and foot at its page break", () => {
    const url = 'https://www.example-hebdo.cm/culture/2025/05/13/bibliotheques-rurales?print=1';
    const r = ingest(
      lines('14/05/2025 10:22    ' + url, '', 'Deux bibliothèques rurales vont fermer dans la communauté', '', 'Par Claire Vasseur', '', ...body(FR.slice(0, 2)), `${url}    1/2`, '', '14/05/2025 10:22    Deux bibliothèques rurales vont fermer dans la communauté', '', ...body(FR.slice(2))),
    );
    expect(r.body).not.toContain('print=1');
    expect(r.body).not.toContain('10:22');
    expect(r.body).toContain(FR[3]!);
  });
});

describe('layouts of holdout13', () => {
  const body = (paras: string[]) => paras.flatMap((p) => [p, '']);

  it('a genre before a colon stays in the stub headline; a promotion is a badge', () => {
    const r = ingest(lines('Libraries to close in rural county', '', ...body(EN), 'Related stories', 'Editorial: Keep the branches open', 'EXCLUSIVE: Board members split on library vote'));
    expect(r.related.map((x) => x.title)).toEqual(['Editorial: Keep the branches open', 'Board members split on library vote']);
    expect(r.related[1]!.badges).toContain('EXCLUSIVE');
  });

  it("a picture's box of alt text, caption and credit", () => {
    const alt = 'Une salle de lecture vide, chaises retournées sur les tables.';
    const r = ingest(lines('Deux bibliothèques rurales vont fermer', '', FR[0]!, '', alt, 'La bibliothèque de Saint-Aubin fermera ses portes le 31 décembre.', 'Photo : Claire Vasseur', '', ...body(FR.slice(1))));
    expect(r.body).not.toContain('chaises retournées');
    expect(r.captions.join(' ')).toContain('chaises retournées');
  });

  it("a text-to-speech player and its note; a reporting credit", () => {
    const r = ingest(
      lines(
        'Deux bibliothèques rurales vont fermer',
        '',
        'Par Claire Vasseur',
        'Publié le 3 novembre 2025 à 17h10',
        "Écouter l'article | 4 minutes",
        "La synthèse vocale, basée sur l'intelligence artificielle, lit ce texte à voix haute.",
        '',
        ...body(FR),
        'Avec les informations de Marc Olivier',
      ),
    );
    expect(r.body).not.toContain('synthèse vocale');
    expect(r.body).not.toContain('Avec les informations');
    expect(r.body).toContain(FR[3]!);
  });

  it('a stub list after a newsletter whose small print reads as a footer', () => {
    const r = ingest(
      lines(
        'Libraries to close in rural county',
        ...EN,
        'Get the biggest local stories in your inbox. Sign up to our free daily newsletter.',
        'Sign up',
        'This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.',
        'County approves new road maintenance contract worth $4m',
        '2 hours ago',
        'High school band heads to state finals for first time',
        'Yesterday',
      ),
    );
    expect(r.body).not.toContain('reCAPTCHA');
    expect(r.related.map((x) => x.title)).toEqual(['County approves new road maintenance contract worth $4m', 'High school band heads to state finals for first time']);
  });
});

describe('layouts of holdout14', () => {
  const body = (paras: string[]) => paras.flatMap((p) => [p, '']);

  it("a blog's comment form ends the story, and its related posts carry their category", () => {
    const r = ingest(
      lines(
        'Deux bibliothèques rurales vont fermer',
        ...FR,
        'Partager :',
        'Facebook',
        'Le bibliobus desservira trois villages de plus',
        '12 février 2025',
        'Dans « Culture »',
        'Le budget des bibliothèques en hausse de 4 % cette année',
        '10 février 2025',
        'Dans « Société »',
        'Laisser un commentaire Annuler la réponse',
        'Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *',
        'Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.',
      ),
    );
    expect(r.body).not.toContain('Enregistrer mon nom');
    expect(r.related.map((x) => x.title)).toEqual(['Le bibliobus desservira trois villages de plus', 'Le budget des bibliothèques en hausse de 4 % cette année']);
    expect(r.related[0]!.badges).toContain('Dans « Culture »');
  });

  it('a gallery line whose credit follows "Picture:"', () => {
    const slide = '2 of 8\tShelves emptied before the last day at the Hazard branch.\tPicture: Dana Whitlock';
    const r = ingest(lines('Libraries to close in rural county', '', EN[0]!, '', slide, '', ...body(EN.slice(1))));
    expect(r.body).not.toContain('Shelves emptied');
  });

  it('a paragraph of several sentences under a box of bare headlines, in one block, is the story', () => {
    const para = 'Les travaux seront menés en trois phases successives. La première, qui débutera en octobre, concernera le tronçon le plus fragile, en aval du pont de la rue Neuve.';
    const r = ingest(lines('Deux bibliothèques rurales vont fermer', '', FR[0]!, '', 'Lire aussi', 'Le bibliobus desservira trois villages de plus', 'Le budget des bibliothèques en hausse de 4 %', para, '', FR[1]!));
    expect(r.related.map((x) => x.summary)).toEqual([null, null]);
    expect(r.body).toContain(para);
  });

  it("a printed page's dated header repeated at the page break, a republishing notice, a chart's source", () => {
    const head = '03/10/2025, 09:14        Libraries to close in rural county as budget shortfall…';
    const r = ingest(
      lines(
        head,
        '',
        'Libraries to close in rural county as budget shortfall deepens',
        'By Dana Whitlock',
        '',
        ...body(EN.slice(0, 2)),
        head,
        '',
        'Spending on the county library system since 2019, in dollars. Source: county budget books',
        '',
        ...body(EN.slice(2)),
        'Our stories may be republished online or in print under a Creative Commons license.',
      ),
    );
    expect(r.body).not.toContain('09:14');
    expect(r.body).not.toContain('Creative Commons');
    expect(r.body).not.toContain('budget books');
    expect(r.body).toContain(EN[3]!);
  });
});

describe("the page's headline after a related box before it", () => {
  const headline = 'Deux bibliothèques rurales vont fermer à la fin de l’année';
  it.each([
    [
      'its dateline before its byline',
      ['Le bibliobus desservira trois villages de plus', 'Le réseau ajoute trois arrêts à sa tournée du mardi.', 'Le budget culturel de la communauté en hausse de 4 %', 'Les élus ont voté une enveloppe de 2,1 millions pour 2026.'],
      ['Publié le 15/07/2025 06:45', 'Par Claire Vasseur', 'Partager : Facebook X WhatsApp'],
    ],
    [
      'the outlet under its byline',
      ['Le bibliobus desservira trois villages de plus', 'Il y a 2 jours', 'Le budget des bibliothèques en hausse de 4 % cette année', 'Il y a 5 jours'],
      ["Les deux sites fermeront d'ici décembre, alors que la communauté doit combler un manque de deux millions d'euros.", 'Claire Vasseur', 'Le Courrier des Vallées', '9 avril 2025 à 5 h 00'],
    ],
  ])('%s', (_case, box, under) => {
    const r = ingest(lines('Sur le même sujet', box, '', headline, under, '', ...FR.flatMap((p) => [p, ''])));
    expect(r.title).toBe(headline);
    expect(r.related).toHaveLength(2);
  });
});

describe("an author's other stories", () => {
  it('"See stories by X" over headlines with their section and "Name, date" lines', () => {
    const r = ingest(
      lines(
        'Libraries to close in rural county',
        ...EN,
        'Dana Whitlock',
        'Dana Whitlock covers local government for the Courier. She joined the paper in 2019.',
        'See stories by Dana Whitlock',
        'Education',
        'County school board approves later start times for high schools',
        'Dana Whitlock, March 3, 2025',
        'En français',
        'Le comté ferme deux bibliothèques rurales',
      ),
    );
    expect(r.related.map((x) => [x.title, x.lang])).toEqual([
      ['County school board approves later start times for high schools', 'en'],
      ['Le comté ferme deux bibliothèques rurales', 'fr'],
    ]);
    expect(r.body).not.toContain('covers local government');
  });
});

describe('layouts of holdout15', () => {
  const body = (paras: string[]) => paras.flatMap((p) => [p, '']);

  it("the browser's page title with the site's name above the headline", () => {
    const r = ingest(lines('Libraries to close in rural county - The Hazard Courier', 'The Hazard Courier', 'News  Sports  Opinion', 'Libraries to close in rural county', 'By Dana Whitlock | Published: Tue, 21 Oct 2025', ...EN));
    expect(r.title).toBe('Libraries to close in rural county');
  });

  it('a caption ending on an agency credit ("Icon Sport - Name") is not the headline', () => {
    const r = ingest(
      lines('Top 14 : Bayonne renverse Pau dans les arrêts de jeu', 'Par Julien Darrigade', 'Le 29/11/2025 à 19:48', '4 min de lecture', "Léo Ferrand, auteur de l'essai de la victoire. Icon Sport - Marc Castan", ...FR),
    );
    expect(r.title).toBe('Top 14 : Bayonne renverse Pau dans les arrêts de jeu');
    expect(r.body).not.toContain('Icon Sport');
  });

  it('a cookie notice at the end of the page, before its copyright line, and a link to the full site', () => {
    const r = ingest(
      lines(
        'Libraries to close in rural county',
        '',
        ...body(EN),
        'This website uses cookies to personalize your content and to analyze our traffic. By continuing to use our site, you agree to our Terms of Service.',
        'Close',
        'View the non-AMP version',
        '© 2025 The Hazard Courier, a division of Valley Newsgroup. All rights reserved.',
      ),
    );
    expect(r.body).not.toContain('cookies');
    expect(r.body).not.toContain('non-AMP');
  });

  it('"Pour continuer à nous lire, profitez de notre offre" is furniture', () => {
    const r = ingest(lines('Deux bibliothèques rurales vont fermer', '', ...body(FR), 'Vous avez lu 2 articles gratuits ce mois-ci.', 'Pour continuer à nous lire, profitez de notre offre : 1 € le premier mois, sans engagement.', "Je m'abonne"));
    expect(r.body).not.toContain('notre offre');
  });
});

describe('layouts of holdout16', () => {
  const body = (paras: string[]) => paras.flatMap((p) => [p, '']);

  it("a gallery slide's caption and credit, the story's last paragraph under them, then headerless stubs", () => {
    const r = ingest(
      lines(
        'Libraries to close in rural county',
        '',
        ...EN.slice(0, 3),
        '3 / 3',
        'Readers queue for the last time at the Hazard branch.',
        'Picture: Dana Whitlock/Hazard Courier',
        EN[3]!,
        '',
        'Gallery',
        'Pictures: Crowds turn out for the county book fair',
        'Valley road repairs delayed again as costs rise to $11m',
        'Video',
        'Watch: Volunteers rebuild the flood-damaged reading room',
      ),
    );
    expect(r.body).toContain(EN[3]!);
    expect(r.related).toHaveLength(3);
    expect(r.related[0]!.badges).toContain('Gallery');
  });

  it('"Articles récents" is a site-wide list; a date after a tab is a badge of the stub', () => {
    const r = ingest(
      lines(
        'Deux bibliothèques rurales vont fermer',
        ...FR,
        'À lire aussi',
        'Le bibliobus desservira trois villages de plus\t14/11/2025',
        'Le budget des bibliothèques en hausse de 4 %\t05/11/2025',
        'Articles récents',
        'Basket : le club local enchaîne une quatrième victoire',
        'Carnaval 2026 : les groupes dévoilent leurs thèmes',
      ),
    );
    expect(r.related.map((x) => x.title)).toEqual(['Le bibliobus desservira trois villages de plus', 'Le budget des bibliothèques en hausse de 4 %']);
    expect(r.related[0]!.badges).toContain('14/11/2025');
  });

  it('a subheading in a story whose paragraphs have no blank lines between them, though its ad boxes do', () => {
    const more = ['Volunteers have offered to run a reading room in the old school until a decision is made on the buildings.', 'The library board will meet again in January to hear from the volunteers and the county.'];
    const r = ingest(lines('Libraries to close in rural county', '', EN[0]!, EN[1]!, EN[2]!, '', 'Advertisement', '', EN[3]!, "'A hard winter' for readers", ...more));
    expect(r.paragraphs.filter((p) => p.type === 'heading').map((p) => p.text)).toEqual(["'A hard winter' for readers"]);
  });

  it('small print and links under a story: a bio that covers a town since a year, a new-window label, a newsletter line, a funding note', () => {
    const fr = ingest(
      lines('Deux bibliothèques rurales vont fermer', '', ...body(FR), 'Nouvelle fenêtre', 'Newsletter Lecture : chaque lundi, le meilleur des bibliothèques de la région.', "Claire Vasseur couvre l'actualité de la vallée depuis 2019."),
    );
    expect(fr.body).not.toContain('Nouvelle fenêtre');
    expect(fr.body).not.toContain('chaque lundi');
    expect(fr.body).not.toContain('couvre');
    const en = ingest(lines('Libraries to close in rural county', '', ...body(EN), 'Local Democracy Reporting is public interest journalism funded through the county trust.'));
    expect(en.body).not.toContain('public interest journalism');
  });
});

describe('layouts of holdout17', () => {
  const body = (paras: string[]) => paras.flatMap((p) => [p, '']);

  it('captions with "Ph:" or "Name/e-mail" credits, and a breadcrumb with slashes, are not the headline', () => {
    const fr = ingest(lines('Économie', 'Deux bibliothèques rurales vont fermer dans la vallée', 'Publié le 01 avril 2025 à 18:20 | Par Claire Vasseur', "Un lecteur devant les rayonnages vides à Saint-Aubin. Ph: Archives L'Éveil", ...FR));
    expect(fr.title).toBe('Deux bibliothèques rurales vont fermer dans la vallée');
    const en = ingest(
      lines('Home / News / Local News', 'Libraries to close in rural county', 'By Dana Whitlock', 'Readers queue at the Hazard branch on Monday, June 2, 2025. Dana Whitlock/dwhitlock@example.com', '', ...body(EN)),
    );
    expect(en.title).toBe('Libraries to close in rural county');
    expect(en.body).not.toContain('dwhitlock');
  });

  it('a box of headlines after the story, one of them a question', () => {
    const r = ingest(
      lines(
        'Libraries to close in rural county',
        '',
        ...body(EN),
        'PremiumWhy the county keeps cutting its library budget',
        'Bridge repairs to begin on Route 15 next month',
        'Can the valley keep its last bookmobile on the road?',
        'High school band heads to state finals for first time',
      ),
    );
    expect(r.related.map((x) => x.title)).toEqual([
      'Why the county keeps cutting its library budget',
      'Bridge repairs to begin on Route 15 next month',
      'Can the valley keep its last bookmobile on the road?',
      'High school band heads to state finals for first time',
    ]);
  });

  it("a paragraph cut by a printed page's break is one paragraph; a wire's editing credit and a reprint notice are not story", () => {
    const url = 'https://www.example-legal.com/articles/1893402/libraries?print=1';
    const r = ingest(
      lines(
        '11/18/2025, 9:02 AM        Libraries to close in rural county',
        '',
        'Libraries to close in rural county',
        '',
        EN[0]!,
        'The board said the closures were needed to balance the budget, and it',
        `${url}    1/2`,
        '11/18/2025, 9:02 AM        Libraries to close in rural county',
        'expects to revisit the decision once the survey of reading habits is done.',
        EN[3]!,
        '--Editing by Joan Park.',
        'For a reprint of this article, please contact reprints@example-legal.com.',
      ),
    );
    expect(r.paragraphs.map((p) => p.text)).toContain(
      'The board said the closures were needed to balance the budget, and it expects to revisit the decision once the survey of reading habits is done.',
    );
    expect(r.body).not.toContain('Editing by');
    expect(r.body).not.toContain('reprint');
  });

  it('"Voir la version complète de l\'article" ends a list, and the copyright line ends the story', () => {
    const r = ingest(
      lines('Deux bibliothèques rurales vont fermer', '', ...body(FR), 'Articles similaires', 'Le bibliobus desservira trois villages de plus', 'Le budget des bibliothèques en hausse de 4 %', '', "Voir la version complète de l'article", 'Retour en haut', '© 2025 Le Courrier des Vallées. Tous droits réservés.'),
    );
    expect(r.related).toHaveLength(2);
    expect(r.body).not.toContain('Retour en haut');
  });
});

describe('layouts of holdout18', () => {
  it("the reporter's name under the story, its tags and share links, then headerless stubs", () => {
    const r = ingest(
      lines(
        'Deux bibliothèques rurales vont fermer',
        ...FR,
        'Claire Vasseur',
        'Mots clés : Bibliothèques, Budget',
        'Partager sur Facebook',
        'Le bibliobus desservira trois villages de plus dès janvier',
        'Le budget des bibliothèques en hausse de 4 % cette année',
        'Les plus lus',
        'Basket : le club local enchaîne une quatrième victoire',
      ),
    );
    expect(r.byline ?? '').toContain('Claire Vasseur');
    expect(r.related.map((x) => x.title)).toEqual(['Le bibliobus desservira trois villages de plus dès janvier', 'Le budget des bibliothèques en hausse de 4 % cette année']);
  });

  it('a sentence cut after a small word around a link is one paragraph', () => {
    const r = ingest(
      lines('Deux bibliothèques rurales vont fermer', '', FR[0]!, '', '« On nous demande de fermer sans étude », a lancé le maire de', 'Saint-Aubin', ', Paul Girard, qui réclame un vote des habitants.', '', FR[1]!),
    );
    expect(r.paragraphs.map((p) => p.text)).toContain('« On nous demande de fermer sans étude », a lancé le maire de Saint-Aubin, Paul Girard, qui réclame un vote des habitants.');
  });

  it('"Most Read Local Stories" is a site-wide list; "Medically reviewed by" is no story', () => {
    const r = ingest(
      lines('Libraries to close in rural county', 'By Dana Whitlock', 'Medically reviewed by Anita Rao, MD', '', ...EN.flatMap((p) => [p, '']), 'Most Read Local Stories', 'Bridge repairs to begin on Route 15 next month', 'High school band heads to state finals for first time'),
    );
    expect(r.body).not.toContain('Medically reviewed');
    expect(r.related).toEqual([]);
  });
});

describe('layouts of holdout19', () => {
  it('a related box before the headline whose stubs carry language and section labels, not dates', () => {
    const r = ingest(
      lines(
        'Sur le même sujet',
        'Bibliobus : la communauté confirme une aide de 38 000 euros',
        'En anglais',
        'County library cuts face new delays, councillors told',
        'Le budget culturel de la communauté en hausse de 4 % cette année',
        '',
        'Actualités / Culture',
        'Deux bibliothèques rurales vont fermer à la fin de l’année',
        'Par Claire Vasseur',
        'Publié le 9 octobre 2024 à 16 h 05',
        '',
        ...FR.flatMap((p) => [p, '']),
      ),
    );
    expect(r.title).toBe('Deux bibliothèques rurales vont fermer à la fin de l’année');
    expect(r.related.map((x) => [x.title, x.lang])).toEqual([
      ['Bibliobus : la communauté confirme une aide de 38 000 euros', 'fr'],
      ['County library cuts face new delays, councillors told', 'en'],
      ['Le budget culturel de la communauté en hausse de 4 % cette année', 'fr'],
    ]);
  });

  it("a live box's headline over its entries' times is not the page's headline", () => {
    const r = ingest(
      lines(
        'EN DIRECT',
        "Bibliothèques, infos du jour : suivez l'actualité de la vallée minute par minute",
        '12:04',
        'Le bibliobus passera mardi à Saint-Aubin, annonce la communauté.',
        '11:41',
        'La médiathèque centrale ouvrira le dimanche dès janvier.',
        'Voir tout le direct',
        'Publicité',
        'Accueil › Vallée › Culture',
        'Deux bibliothèques rurales vont fermer',
        'Par Claire Vasseur',
        'Publié le 21/02/2025 à 12h17',
        ...FR,
      ),
    );
    expect(r.title).toBe('Deux bibliothèques rurales vont fermer');
    expect(r.body.startsWith(FR[0]!)).toBe(true);
  });

  it('"Tap to unmute" under a video player is the player\'s', () => {
    const r = ingest(lines('Libraries to close in rural county', '', EN[0]!, '', 'Watch: The Hazard branch from above', '01:32', 'Tap to unmute', '', ...EN.slice(1).flatMap((p) => [p, ''])));
    expect(r.body).not.toContain('unmute');
    expect(r.paragraphs.filter((p) => p.type === 'heading')).toEqual([]);
  });
});

describe('layouts of holdout20', () => {
  it('a hard-wrapped printed page keeps its width when a few longer lines (its header, a caption) stand out', () => {
    const wrap = (p: string) => p.replace(/(.{1,70})(\s|$)/gu, '$1\n').trim();
    const header = '7/2/25, 6:14 PM Libraries to close in rural county as the county budget falls short - Hazard Courier';
    const text = [header, 'Libraries to close in rural county', '', ...[...EN, ...EN.map((p) => p.replace('board', 'council'))].flatMap((p) => [wrap(p), ''])].join('\n');
    const r = ingest(text);
    expect(r.paragraphs.map((p) => p.text)).toContain(EN[0]);
  });

  it('a story paragraph before an embedded post is no standfirst', () => {
    const r = ingest(
      lines(
        'Deux bibliothèques rurales vont fermer',
        '',
        'Par Claire Vasseur',
        'Le 4 juin 2025 à 10h30',
        '',
        FR[0]!,
        '',
        'Voir cette publication sur Instagram',
        'Dernier jour à la bibliothèque de Saint-Aubin. Merci à tous nos lecteurs.',
        'Une publication partagée par Bibliothèque Saint-Aubin (@biblio_staubin)',
        '',
        ...FR.slice(1).flatMap((p) => [p, '']),
      ),
    );
    expect(r.body.startsWith(FR[0]!)).toBe(true);
  });
});

describe('layouts of holdout21', () => {
  it('a gallery link, then headerless stubs each under a section name, one of them a menu word', () => {
    const r = ingest(
      lines(
        'Libraries to close in rural county',
        '',
        ...EN.flatMap((p) => [p, '']),
        'View all 12 photos',
        'Share',
        '',
        'Local News',
        'County approves new road maintenance contract worth $4m',
        'Sport',
        'High school band heads to state finals for the first time',
        'Things To Do',
        'Eight ways to enjoy the valley before the first snow',
      ),
    );
    expect(r.related.map((x) => x.title)).toEqual([
      'County approves new road maintenance contract worth $4m',
      'High school band heads to state finals for the first time',
      'Eight ways to enjoy the valley before the first snow',
    ]);
  });

  it("a printed page's margins are not joined into the hard-wrapped paragraph around them; a photo's 'Buy Now' is no story", () => {
    const wrap = (p: string) => p.replace(/(.{1,70})(\s|$)/gu, '$1\n').trim();
    const stamp = '05/03/2025, 14:22    Libraries to close in rural county | The Hazard Courier';
    const url = 'https://www.example-courier.com/news/libraries-to-close    1/2';
    const paras = [...EN, ...EN.map((p) => p.replace('board', 'council')), ...EN.map((p) => p.replace('library', 'county'))];
    const text = [stamp, '', 'Libraries to close in rural county', 'Buy Now', '', ...paras.slice(0, 6).flatMap((p) => [wrap(p), '']), url, stamp, '', ...paras.slice(6).flatMap((p) => [wrap(p), ''])].join('\n');
    const r = ingest(text);
    expect(r.body).not.toContain('example-courier');
    expect(r.body).not.toContain('14:22');
    expect(r.body).not.toContain('Buy Now');
  });
});

describe('layouts met again in holdout10, 20 and 21 (session 5)', () => {
  const wrap = (p: string) => p.replace(/(.{1,70})(\s|$)/gu, '$1\n').trim();

  it.each([
    ['en', '7/2/25, 6:14 PM Libraries to close in rural county as budget falls short - Hazard Courier', 'Libraries to close in rural county as budget falls short', 'Two branches will shut by December as the county faces a shortfall of nearly two million dollars in its budget.', EN],
    ['fr', '04/11/2025, 09:12 Deux bibliothèques rurales vont fermer faute de budget | Le Courrier', 'Deux bibliothèques rurales vont fermer faute de budget', "Les deux sites fermeront d'ici décembre, alors que la communauté doit combler un manque de près de deux millions d'euros.", FR],
  ])("%s: a printed page's headline, the title of its head, is not joined to the dek wrapped under it", (_lang, head, headline, dek, story) => {
    const paras = [...(story as string[]), ...(story as string[]).map((p) => p.replace(/\b(board|conseil)\b/u, '$1 entier'))];
    const text = [head, headline, wrap(dek), '', ...paras.flatMap((p) => [wrap(p), ''])].join('\n');
    const r = ingest(text);
    expect(r.title).toBe(headline);
    expect(r.body.startsWith(dek)).toBe(true);
  });

  it.each([
    ['en', 'Contact Dana Whitlock at dwhitlock@hazardcourier.com or 606-555-0142.', EN],
    ['fr', 'Joindre Claire Vasseur à cvasseur@lecourrier.fr pour toute information.', FR],
  ])("%s: how to reach the reporter, under the story, is the author's box", (_lang, contact, story) => {
    const r = ingest(lines('Libraries to close', '', ...(story as string[]).flatMap((p) => [p, '']), contact as string));
    expect(r.body).not.toContain('@');
    expect(r.removed.some((x) => x.kind === 'bio' && x.text === contact)).toBe(true);
  });

  it('a line of the story that tells readers to write to an office stays', () => {
    const ask = 'Residents can contact the county clerk at clerk@hazardcounty.gov before the December hearing.';
    const r = ingest(lines('Libraries to close', '', ...EN.slice(0, 3).flatMap((p) => [p, '']), ask, '', EN[3]!));
    expect(r.body).toContain(ask);
  });

  it('the headerless stubs under a reporter\'s contact line, each with its date, are related stubs', () => {
    const r = ingest(
      lines('Libraries to close', '', ...EN.flatMap((p) => [p, '']), 'Reach Dana Whitlock at dwhitlock@hazardcourier.com.', 'County approves new road maintenance contract worth $4m', 'Feb. 18, 2025', 'High school band heads to state finals for the first time', 'Feb. 11, 2025'),
    );
    expect(r.related.map((x) => x.title)).toEqual(['County approves new road maintenance contract worth $4m', 'High school band heads to state finals for the first time']);
  });

  it.each([
    ['fr', 'Voir la publication sur LinkedIn', 'Ruth Okafor', 'Directrice du réseau des bibliothèques', '2 j', "Fière de notre équipe qui a tenu bon cette année. Merci aux lecteurs qui nous ont soutenus ! #lecture", FR],
    ['en', 'View post on Threads', 'Ruth Okafor', 'Library director, Hazard County', '3d', 'Proud of a team that kept every branch open this year. Thank you, readers! #libraries', EN],
  ])('%s: a post closed by its platform link, under a profile box, is an embed', (_lang, link, name, role, age, post, story) => {
    const s = story as string[];
    const r = ingest(lines('Libraries to close', '', s[0]!, '', s[1]!, '', name as string, role as string, age as string, post as string, link as string, '', s[2]!, '', s[3]!));
    expect(r.body).not.toContain(post as string);
    expect(r.body).not.toContain(role as string);
    expect(r.body).toContain(s[2]!);
    expect(r.embeds).toHaveLength(1);
    expect(r.embeds[0]).toMatchObject({ text: post, author: name, handle: null, date: null });
    expect(r.removed.map((x) => x.text)).toEqual(expect.arrayContaining([role, link]));
  });

  it('a photo credit in capitals with its outlet after a bar is a credit, and a caption above it is a caption', () => {
    const caption = 'Readers wait outside the Hazard branch on its last Saturday, a day before the vote.';
    const r = ingest(lines('Libraries to close in rural county', 'By DANA WHITLOCK Staff Writer', 'Jun 3, 2025', caption, 'DANA WHITLOCK | Hazard Courier', 'Buy Now', ...EN.flatMap((p) => [p, ''])));
    expect(r.body.startsWith(EN[0]!)).toBe(true);
    expect(r.captions).toContain(caption);
    expect(r.credits).toContain('DANA WHITLOCK | Hazard Courier');
    expect(r.byline ?? '').not.toContain('Buy Now');
  });

  it('a menu row of two sections in capitals is no credit', () => {
    const r = ingest(lines('LOCAL NEWS | Sports', 'Libraries to close in rural county', '', ...EN.flatMap((p) => [p, ''])));
    expect(r.credits).toEqual([]);
  });

  it('"UPDATE:" before a stub\'s headline is a badge', () => {
    const r = ingest(lines('Libraries to close', '', ...EN.flatMap((p) => [p, '']), 'Related stories', 'UPDATE: Hazard branch to stay open on Saturdays until March', 'County approves new road maintenance contract worth $4m'));
    expect(r.related[0]).toMatchObject({ title: 'Hazard branch to stay open on Saturdays until March' });
    expect(r.related[0]!.badges).toContain('UPDATE');
  });
});

describe('layouts of holdout22 and holdout23', () => {
  const story = (paras: string[]) => paras.flatMap((p) => [p, '']);

  it("an AMP page's ad slots and 'Article content' labels are not story; the stubs under the reporter's address and the share bar are found", () => {
    const r = ingest(
      lines(
        'Libraries to close in rural county',
        '',
        EN[0]!,
        '',
        'Advertisement 2',
        'Story continues below',
        'This advertisement has not loaded yet, but your article continues below.',
        'Article content',
        EN[1]!,
        '',
        ...story(EN.slice(2)),
        'dwhitlock@hazardcourier.com',
        'Article content',
        'Share this article in your social network',
        'Facebook',
        '',
        'County approves new road maintenance contract worth $4m',
        'En français',
        'Deux bibliothèques rurales vont fermer faute de budget',
        'High school band heads to state finals for the first time',
      ),
    );
    expect(r.body).not.toContain('advertisement');
    expect(r.body).not.toContain('Article content');
    expect(r.related.map((x) => [x.title, x.lang])).toEqual([
      ['County approves new road maintenance contract worth $4m', 'en'],
      ['Deux bibliothèques rurales vont fermer faute de budget', 'fr'],
      ['High school band heads to state finals for the first time', 'en'],
    ]);
  });

  it('a sponsor\'s teaser under its ad label is not a related stub', () => {
    const r = ingest(lines('Deux bibliothèques rurales vont fermer', '', ...story(FR), 'Contenu commandité', 'Rénovation : cinq conseils pour bien isoler son sous-sol', 'Présenté par Isolation Estrie'));
    expect(r.related).toEqual([]);
  });

  it.each([
    ['fr', 'https://www.lecourrier.fr/region/2025/02/27/bibliotheques-rurales          Page 1 sur 2', FR],
    ['en', 'https://www.hazardcourier.com/news/2025/02/27/libraries-to-close    Page 1 of 2', EN],
  ])("%s: a printed page's foot with 'Page 1 of 2' is no story, and the paragraph it cut is one again", (_lang, foot, paras) => {
    const p = paras as string[];
    const cut = p[1]!.indexOf(' ', 60);
    const r = ingest(lines('Libraries', '', p[0]!, '', p[1]!.slice(0, cut), '', foot as string, '', p[1]!.slice(cut + 1), '', ...story(p.slice(2))));
    expect(r.body).not.toContain('Page 1');
    expect(r.paragraphs.map((x) => x.text)).toContain(p[1]);
  });

  it("a reader view's page: its reading time, and a caption ending 'PHOTO | FILE | OUTLET' under the headline", () => {
    const caption = 'Readers wait outside the Hazard branch on its last Saturday, March 20, 2025.';
    const r = ingest(lines('hazardcourier.com', 'Libraries to close in rural county', 'By Dana Whitlock', '4–5 minutes', '', `${caption} PHOTO | FILE | HAZARD COURIER`, '', ...story(EN)));
    expect(r.title).toBe('Libraries to close in rural county');
    expect(r.captions).toContain(caption);
    expect(r.credits).toContain('FILE | HAZARD COURIER');
    expect(r.byline).toBe('By Dana Whitlock');
  });

  it('"Le plus lu" is a site-wide list, and a caption ending on a wire\'s name after a dash is a caption and its credit', () => {
    const r = ingest(
      lines('Deux bibliothèques rurales vont fermer', '', "La bibliothèque de Saint-Aubin, place du Marché. - Belga", '', ...story(FR), 'Le plus lu', 'Un motard de 24 ans perd la vie à Seraing', 'Le marché de la Batte déménage temporairement'),
    );
    expect(r.related).toEqual([]);
    expect(r.credits).toEqual(['Belga']);
    expect(r.body).not.toContain('Belga');
  });

  it('topic words with no header, a share bar, then stubs each with a badge under it', () => {
    const r = ingest(
      lines(
        'Deux bibliothèques rurales vont fermer',
        ...FR,
        'Culture',
        'Lecture publique',
        'Partager cet article',
        'Les médiathèques du Haut-Doubs élargissent leurs horaires',
        'Il y a 3 jours',
        'Le prix des livres scolaires grimpe encore cette rentrée',
        'Abo',
        'Rural libraries across Europe face the same squeeze',
        'In English',
      ),
    );
    expect(r.related.map((x) => [x.title, x.lang])).toEqual([
      ['Les médiathèques du Haut-Doubs élargissent leurs horaires', 'fr'],
      ['Le prix des livres scolaires grimpe encore cette rentrée', 'fr'],
      ['Rural libraries across Europe face the same squeeze', 'en'],
    ]);
    expect(r.related[1]!.badges).toEqual(['Abo']);
  });

  it("a bio that opens on the reporter's role under the name is the author's box; the same opening inside the story stays", () => {
    const bio = 'Journaliste au service Région du Courrier, elle suit les collectivités et la culture.';
    const r = ingest(lines('Deux bibliothèques rurales vont fermer', '', ...story(FR), 'Claire Vasseur', bio));
    expect(r.body).not.toContain('elle suit');
    const inStory = 'Journaliste pendant vingt ans au Courrier, elle a fondé la première bibliothèque itinérante du canton.';
    const s = ingest(lines('Deux bibliothèques rurales vont fermer', '', ...story([FR[0]!, FR[1]!, inStory, FR[2]!, FR[3]!])));
    expect(s.body).toContain(inStory);
  });

  it('"Dossier" and "Aperçu" glued to a stub\'s headline are badges', () => {
    const r = ingest(lines('Deux bibliothèques rurales vont fermer', '', ...story(FR), 'Sur le même sujet', 'DossierComment les petites communes financent leurs médiathèques', 'AperçuLe futur pôle culturel de Saint-Aubin en images'));
    expect(r.related.map((x) => x.title)).toEqual(['Comment les petites communes financent leurs médiathèques', 'Le futur pôle culturel de Saint-Aubin en images']);
  });
});

describe('layouts of holdout24', () => {
  const story = (paras: string[]) => paras.flatMap((p) => [p, '']);

  it.each([
    ['en', 'Related Articles', ['Hazard branch to open on Sundays this winter', 'The change follows a petition signed by more than 900 residents last month.', 'Bookmobile route extended to three more villages', 'The county will add weekly stops in Elk Creek, Vicco and Dwarf from March.'], "'A painful decision'", EN, ['The library director said the savings would be reinvested in digital lending.', 'Two more hearings are planned before the budget is adopted in the spring.']],
    ['fr', 'Articles connexes', ["La médiathèque de Saint-Aubin ouvrira le dimanche cet hiver", "Le changement fait suite à une pétition signée par plus de 900 habitants le mois dernier.", 'Le bibliobus desservira trois nouveaux villages', "La communauté ajoutera des arrêts hebdomadaires à Vernay, Cordon et Mézy dès mars."], '« Une décision douloureuse »', FR, ["La directrice a assuré que les économies seraient réinvesties dans le prêt numérique.", 'Deux autres réunions sont prévues avant le vote du budget au printemps.']],
  ])('%s: a list of stubs with summaries in mid-story, then a subheading and the story going on', (_lang, header, stubs, subhead, paras, more) => {
    const s = stubs as string[];
    const p = paras as string[];
    const m = more as string[];
    const r = ingest(lines('Libraries to close', '', ...story(p.slice(0, 2)), header as string, '', s[0]!, s[1]!, '', s[2]!, s[3]!, '', subhead as string, '', ...story([...p.slice(2), ...m])));
    expect(r.related.map((x) => [x.title, x.summary])).toEqual([
      [s[0], s[1]],
      [s[2], s[3]],
    ]);
    expect(r.paragraphs.map((x) => x.text)).toEqual([...p.slice(0, 2), subhead, ...p.slice(2), ...m]);
    expect(r.paragraphs.find((x) => x.text === subhead)?.type).toBe('heading');
  });

  it('a quote on its own line in its paragraph\'s block, with its attribution under it, is one paragraph', () => {
    const r = ingest(lines('Deux bibliothèques rurales vont fermer', '', FR[0]!, '', FR[1]!, '« Nous n’avons pas le choix »', ', a-t-elle tranché.', '', ...story(FR.slice(2))));
    expect(r.paragraphs.map((x) => x.text)).toContain(`${FR[1]} « Nous n’avons pas le choix », a-t-elle tranché.`);
  });

  it("a caption ending on '(Archives Outlet, Name)' is a caption and its credit", () => {
    const caption = 'La bibliothèque de Saint-Aubin fermera ses portes à la fin de l’année.';
    const r = ingest(lines('Deux bibliothèques rurales vont fermer', 'Par Claire Vasseur', '', `${caption} (Archives Le Courrier, Jean Roy)`, '', ...story(FR)));
    expect(r.captions).toEqual([caption]);
    expect(r.credits).toEqual(['Archives Le Courrier, Jean Roy']);
    expect(r.body.startsWith(FR[0]!)).toBe(true);
  });
});
