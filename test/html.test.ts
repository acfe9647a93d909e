/**
 * The HTML front end: decoding, what a browser would show, what the markup says, and the
 * gold pages (our own templates, and a held-out set written apart and first run blind).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest, ingestWithTrace } from '../src/ingest.js';
import { detectFormat } from '../src/io/format.js';
import { loadCases } from '../src/eval/corpus.js';
import { scoreRecord, totals, type FileScore } from '../src/eval/score.js';
import { ROOT } from './helpers.js';

const page = (body: string, head = '') =>
  `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const story = [
  'Le conseil municipal a adopté lundi soir le budget de la ville pour l’année prochaine, après trois heures de débat.',
  'La maire a défendu une hausse limitée des impôts locaux, qu’elle juge indispensable pour financer la rénovation des écoles.',
  'L’opposition a voté contre le texte, estimant que les économies promises ne sont pas au rendez-vous.',
];
const html = (s: string) => ingest(new TextEncoder().encode(s), { path: 'page.html' });

describe('decoding', () => {
  it('reads windows-1252 bytes declared by a meta tag, 0x80-0x9F included', () => {
    const text = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><h1>Titre</h1><p>';
    const bytes = Buffer.concat([Buffer.from(text, 'latin1'), Buffer.from([0x4c, 0x92, 0xe9, 0x74, 0xe9, 0x20, 0x80, 0x20, 0x9c, 0x75, 0x76, 0x72, 0x65, 0x85]), Buffer.from('</p></body></html>', 'latin1')]);
    const r = ingestWithTrace(bytes, { path: 'x.html' });
    expect(r.record.source.encoding).toBe('windows-1252');
    expect(r.classification.units.map((u) => u.text)).toContain('L’été € œuvre…');
  });
  it('trusts the bytes when a page says Latin-1 but is UTF-8', () => {
    const r = html('<html><head><meta charset="iso-8859-1"></head><body><p>Été à Genève</p></body></html>');
    expect(r.source.encoding).toBe('utf-8');
  });
  it('decodes entities and folds white space as a browser does', () => {
    const r = ingestWithTrace(page(`<h1>Un &laquo;&nbsp;titre&nbsp;&raquo;</h1><p>L&#8217;&eacute;t&eacute;   &amp;\n  l&#x2019;hiver</p>`), { path: 'x.html' });
    const texts = r.classification.units.map((u) => u.text);
    expect(texts).toContain('Un «\u00a0titre\u00a0»');
    expect(texts).toContain('L’été & l’hiver');
  });
  it('sniffs HTML that arrives without a file name', () => {
    expect(detectFormat('-', new TextEncoder().encode('  <!DOCTYPE html><html><body>x</body></html>'))).toBe('html');
    expect(detectFormat('-', new TextEncoder().encode('<!-- saved --><div>x</div>'))).toBe('html');
    expect(detectFormat('-', new TextEncoder().encode('A title\n\nA paragraph < 3 lines.'))).toBe('text');
  });
});

describe('what the page shows', () => {
  it('never lets scripts, styles, templates, JSON blobs or hidden elements into the record', () => {
    const r = html(
      page(
        `<script>var secret = "SCRIPT-TEXT";</script><style>.x{content:"STYLE-TEXT"}</style>` +
          `<script id="__NEXT_DATA__" type="application/json">{"note":"JSON-TEXT"}</script>` +
          `<template><p>TEMPLATE-TEXT</p></template><noscript>NOSCRIPT-TEXT</noscript>` +
          `<h1>Le budget adopté</h1><div hidden>HIDDEN-TEXT</div><div style="display: none">NONE-TEXT</div>` +
          `<span class="sr-only">SR-TEXT</span>${story.map((p) => `<p>${p}</p>`).join('')}`,
      ),
    );
    const all = JSON.stringify(r);
    for (const marker of ['SCRIPT-TEXT', 'STYLE-TEXT', 'JSON-TEXT', 'TEMPLATE-TEXT', 'NOSCRIPT-TEXT', 'HIDDEN-TEXT', 'NONE-TEXT', 'SR-TEXT']) {
      expect(all).not.toContain(marker);
    }
    expect(r.paragraphs.map((p) => p.text)).toEqual(story);
  });
  it("reads a <noscript> twin of a script template when it is all its parent's text (Blogger)", () => {
    const paras = story.map((p) => `<p>${p}</p>`).join('');
    const r = html(page(`<h1>Le budget adopté</h1><div class="post-body"><script type="text/template">${paras}</script><noscript>${paras}</noscript></div>`));
    expect(r.paragraphs.map((p) => p.text)).toEqual(story);
    // Beside visible text, or holding no paragraph of prose, a <noscript> stays unread.
    const beside = html(page(`<h1>Le budget adopté</h1><div>${paras}<noscript><p>${story[0]!.replace('budget', 'NOSCRIPT')}</p></noscript></div>`));
    expect(beside.body).not.toContain('NOSCRIPT');
    const warning = html(page(`<noscript><p>Please enable JavaScript to read NOSCRIPT-WARNING.</p></noscript><div id="app"></div><h1>Le budget adopté</h1>${paras}`));
    expect(JSON.stringify(warning)).not.toContain('NOSCRIPT-WARNING');
  });
  it('splits <br><br> and div-only pages into paragraphs, and joins a single <br>', () => {
    const r = html(page(`<h1>Le budget adopté</h1><div class="txt">${story[0]}<br><br>${story[1]}<br/><br/>${story[2].replace('texte, ', 'texte,<br>')}</div>`));
    expect(r.paragraphs.map((p) => p.text)).toEqual(story);
    const divs = html(page(`<h1>Le budget adopté</h1>${story.map((p) => `<div>${p}</div>`).join('')}`));
    expect(divs.paragraphs.map((p) => p.text)).toEqual(story);
  });
  it('leaves a table of figures out of the body, in removed as a table, its caption a caption', () => {
    const table = '<table><caption>Résultats par quartier</caption><tr><th>Quartier</th><th>Oui</th></tr><tr><td>Centre</td><td>54 %</td></tr><tr><td>Nord</td><td>47 %</td></tr></table>';
    const r = html(page(`<article><h1>Le budget adopté</h1><p>${story[0]}</p>${table}<p>${story[1]}</p><p>${story[2]}</p></article>`));
    expect(r.body).not.toContain('Centre');
    expect(r.removed.filter((x) => x.kind === 'table').map((x) => x.text).join(' ')).toContain('54 %');
    expect(r.captions).toContain('Résultats par quartier');
  });
  it('reads a layout table as the page, not as data', () => {
    const r = html(page(`<table><tr><td><a href="/">Accueil</a></td></tr><tr><td><h1>Le budget adopté</h1>${story.map((p) => `<p>${p}</p>`).join('')}</td></tr></table>`));
    expect(r.paragraphs.map((p) => p.text)).toEqual(story);
  });
});

describe('what the markup says', () => {
  it('takes the headline from the h1 that matches og:title, and metadata from the head', () => {
    const head =
      '<meta property="og:title" content="Le budget adopté | La Gazette"><meta property="og:site_name" content="La Gazette">' +
      '<link rel="canonical" href="https://gazette.example/ville/budget"><meta property="article:published_time" content="2025-03-04T18:30:00+01:00">' +
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Le budget adopté","author":{"@type":"Person","name":"Claire Martin"}}</script>';
    const r = html(page(`<h1>À la une</h1><article><h1>Le budget adopté</h1>${story.map((p) => `<p>${p}</p>`).join('')}</article>`, head).replace('<html>', '<html lang="en">'));
    expect(r.title).toBe('Le budget adopté');
    expect(r.site).toBe('La Gazette');
    expect(r.url).toBe('https://gazette.example/ville/budget');
    expect(r.published).toBe('2025-03-04T18:30');
    expect(r.byline).toBe('Claire Martin');
    // The page says English; the text is French, and the text wins.
    expect(r.declaredLang).toBe('en');
    expect(r.lang).toBe('fr');
  });
  it('falls back on og:title, then on <title> without its site suffix, when no heading carries the headline', () => {
    const body = story.map((p) => `<p>${p}</p>`).join('');
    expect(html(page(body, '<meta property="og:title" content="Budget : la ville adopte son plan"><title>x</title>')).title).toBe('Budget : la ville adopte son plan');
    expect(html(page(body, '<title>Budget : la ville adopte son plan | La Gazette</title>')).title).toBe('Budget : la ville adopte son plan');
  });
  it('removes consent dialogs, menus, share bars and comments by their markup', () => {
    const r = html(
      page(
        `<div id="onetrust-banner-sdk"><p>Nous utilisons des traceurs pour mesurer l’audience.</p><button>Tout accepter</button></div>` +
          `<nav><a href="/">Accueil</a><a href="/monde">Monde</a></nav><h1>Le budget adopté</h1>` +
          `<div class="share-bar"><a href="#">Facebook</a><a href="#">Copier le lien</a></div>` +
          `${story.map((p) => `<p>${p}</p>`).join('')}` +
          `<section id="comments"><p>Jean a écrit : une honte, ce budget, il faudrait tout recommencer depuis le début.</p></section>`,
      ),
    );
    expect(r.paragraphs.map((p) => p.text)).toEqual(story);
    const kinds = new Set(r.removed.map((x) => x.kind));
    for (const k of ['cookie-banner', 'nav', 'share', 'comments']) expect(kinds).toContain(k);
  });
  it('splits a related list into stubs with their url, language and badges', () => {
    const r = html(
      page(
        `<article><h1>Le budget adopté</h1>${story.map((p) => `<p>${p}</p>`).join('')}</article>` +
          `<aside class="related"><h2>À lire aussi</h2><ul>` +
          `<li><a href="/ville/ecoles"><span class="label">Abonnés</span><span class="title">Écoles : le plan de rénovation chiffré à 40 millions</span></a></li>` +
          `<li><a href="https://other.example/en/budget">City council passes its budget after a long night</a></li></ul></aside>`,
        '<link rel="canonical" href="https://gazette.example/ville/budget">',
      ),
    );
    expect(r.related.map((s) => [s.title, s.lang, s.url])).toEqual([
      ['Écoles : le plan de rénovation chiffré à 40 millions', 'fr', 'https://gazette.example/ville/ecoles'],
      ['City council passes its budget after a long night', 'en', 'https://other.example/en/budget'],
    ]);
    expect(r.related[0]!.badges).toEqual(['Abonnés']);
  });
});

describe('pages that could break it', () => {
  it('10,000 nested elements, an unclosed and truncated page, a 20 MB page: a record each, in bounded time', () => {
    const nested = '<div>'.repeat(10_000) + story[0] + '</div>'.repeat(10_000);
    expect(html(page(nested)).body).toContain('Le conseil municipal');
    const truncated = page(`<h1>Le budget adopté</h1><p>${story[0]}</p><p>${story[1]}<div><span><a href="`).slice(0, -20);
    expect(html(truncated).title).toBe('Le budget adopté');
    const big = page(`<h1>Le budget adopté</h1>${`<p>${story.join(' ')}</p>`.repeat(60_000)}`);
    expect(big.length).toBeGreaterThan(20_000_000);
    expect(html(big).paragraphs.length).toBeGreaterThan(1000);
  }, 120_000);
});

function scoresOf(set: string): FileScore[] {
  return loadCases(ROOT, [set]).map((c) => scoreRecord(ingest(readFileSync(c.path), { path: c.path }), c.gold));
}

interface Bars {
  bodyF1: number;
  titles: number;
  related: number;
  /** Share of the furniture strings that may leak; 0: none. */
  leaks: number;
}

/** A gold set's totals held to bars (the issue's figures for our pages and for unseen ones). */
function holdsBars(set: string, bars: Bars, minFiles = 10): void {
  const scores = scoresOf(set);
  const t = totals(scores);
  it(`has at least ${minFiles} pages`, () => expect(scores.length).toBeGreaterThanOrEqual(minFiles));
  it(`mean body F1 >= ${bars.bodyF1}, titles >= ${bars.titles * 100} %, languages all right`, () => {
    expect(t.meanBodyF1).toBeGreaterThanOrEqual(bars.bodyF1);
    expect(t.titles).toBeGreaterThanOrEqual(bars.titles);
    expect(t.langs).toBe(1);
  });
  it(`related stubs found >= ${bars.related * 100} %, each with the right language`, () => {
    expect(t.relatedFound / t.relatedGold).toBeGreaterThanOrEqual(bars.related);
    expect(t.relatedLangOk).toBe(t.relatedFound);
  });
  it(bars.leaks === 0 ? 'no furniture leaks' : `fewer than ${bars.leaks * 100} % of the furniture strings leak`, () => {
    if (bars.leaks === 0) expect(scores.flatMap((s) => s.leaks.map((l) => `${s.file}: ${l}`))).toEqual([]);
    else expect(t.leaks / t.absentTotal).toBeLessThan(bars.leaks);
  });
}

describe("own HTML pages (14 templates, French in the majority): the text fixtures' bars", () => {
  holdsBars('html', { bodyF1: 0.98, titles: 1, related: 0.95, leaks: 0 }, 12);
});

// Written apart by people who had not seen the code, each set first run once, blind.
for (const set of ['html-holdout', 'html-holdout2', 'html-holdout3']) {
  describe(`held-out HTML pages: ${set}`, () => holdsBars(set, { bodyF1: 0.975, titles: 0.9, related: 0.85, leaks: 0.03 }));
}
