/** `--rules`: a user's own furniture phrases, checked before the run and then used like the built-in ones. */
import { afterEach, describe, expect, it } from 'vitest';
import { foldedPattern, nestedQuantifier, parseRules } from '../src/cli/rules.js';
import { cuesOf, setUserRules } from '../src/lexicon/index.js';
import { ingest } from '../src/ingest.js';

const page = (line: string) =>
  [
    'Le conseil municipal adopte son budget',
    '',
    'Le conseil municipal de Gatineau a adopté mardi soir un budget de 800 millions de dollars pour la prochaine année.',
    '',
    line,
    '',
    'La mairesse a défendu une hausse de taxes de 2,9 pour cent, la plus faible de la région depuis cinq ans.',
    '',
    "Les élus de l'opposition ont voté contre le budget, jugeant les dépenses trop élevées pour les familles.",
  ].join('\n');

describe('--rules files', () => {
  afterEach(() => setUserRules([]));

  it('turns phrases and patterns into lexicon rules of the kind they are listed under', () => {
    const { rules, errors } = parseRules({ fr: { newsletter: ['Recevez notre infolettre'], share: [{ pattern: '^Partager sur' }] }, en: { ad: ['Sponsored by'] } });
    expect(errors).toEqual([]);
    expect(rules.map((r) => [r.lang, r.cue, r.mode])).toEqual([
      ['fr', 'newsletter', 'line'],
      ['fr', 'newsletter', 'start'],
      ['fr', 'share', 'regex'],
      ['en', 'ad', 'line'],
      ['en', 'ad', 'start'],
    ]);
  });

  it('names the key path of every problem and what is wrong with it', () => {
    const { rules, errors } = parseRules({
      fr: { newsletter: ['ok', 42, { pattern: '(a+)+' }, { pattern: '(' }, { pattern: 'x*' }, '  ', { regex: 'x' }], newslettre: ['x'] },
      de: {},
      en: ['x'],
    });
    expect(rules).toEqual([]);
    expect(errors).toEqual([
      'fr.newsletter[1]: expected a phrase (a string) or {"pattern": "a regular expression"}',
      expect.stringMatching(/^fr\.newsletter\[2\]: pattern has a nested quantifier \(\(a\+\)\+\)/),
      expect.stringMatching(/^fr\.newsletter\[3\]: pattern does not compile: /),
      'fr.newsletter[4]: pattern matches an empty line, so it would match every line',
      'fr.newsletter[5]: a phrase needs at least one letter or digit',
      'fr.newsletter[6]: expected a phrase (a string) or {"pattern": "a regular expression"}',
      expect.stringMatching(/^fr\.newslettre: unknown furniture kind \(use ad, bio, /),
      'de: unknown language (use en, fr, any)',
      expect.stringMatching(/^en: expected an object keyed by furniture kind/),
    ]);
    expect(parseRules([1]).errors).toEqual(['(top level): expected an object keyed by language (en, fr, any)']);
    expect(parseRules({ any: { spacer: ['x'] } }).errors[0]).toMatch(/^any\.spacer: unknown furniture kind/);
  });

  it('refuses patterns with nested quantifiers, and only those', () => {
    for (const bad of ['(a+)+', '(a*)*', '(?:\\w+\\s?)*$', '((ab)+)+', '(x{2,})+', '(a|b+){2,}']) expect(nestedQuantifier(bad), bad).not.toBeNull();
    for (const ok of ['^partager sur', '(a|b)+', '[(+]+', '\\(a+\\)+', '(ab)?c+', '(a+)?', 'sponsor(ed|isé) par .+', '(ab){1}c+']) expect(nestedQuantifier(ok), ok).toBeNull();
  });

  it('folds case, accents, apostrophes and spaces in phrases', () => {
    const re = new RegExp(`^(?:${foldedPattern('À lire  sur l’appli')})$`, 'u');
    for (const form of ["à lire sur l'appli", "a lire sur l'appli", "à lire   sur l'appli"]) expect(re.test(form), form).toBe(true);
    expect(foldedPattern('1+1 (x)')).toBe('1\\+1 +\\(x\\)');
  });

  it('removes a line the story otherwise keeps', () => {
    const line = 'Une présentation de Desjardins Caisse populaire';
    expect(ingest(page(line)).paragraphs.map((p) => p.text)).toContain(line);
    const { rules, errors } = parseRules({ fr: { ad: ['Une presentation de'] } });
    expect(errors).toEqual([]);
    setUserRules(rules);
    const record = ingest(page(line));
    expect(record.paragraphs.map((p) => p.text)).not.toContain(line);
    expect(record.removed).toContainEqual(expect.objectContaining({ kind: 'ad', text: line }));
    setUserRules([]);
    expect(ingest(page(line)).paragraphs.map((p) => p.text)).toContain(line);
  });

  it('matches a pattern case-insensitively, anchored as the user wrote it', () => {
    setUserRules(parseRules({ any: { share: [{ pattern: '^Partager sur' }] } }).rules);
    expect(cuesOf('PARTAGER SUR Mastodon').has('share')).toBe(true);
    expect(cuesOf('Vous pouvez partager sur Mastodon').has('share')).toBe(false);
  });
});
