/** What the context pass's modules share: the cue groups, the draft labels, and the cue-to-furniture reading. */
import type { Features } from './features.js';
import type { Cue } from '../lexicon/index.js';
import type { FurnitureKind, Label } from '../types.js';

/** Cues that end a story and start a page's tail. */
export const HARD_BOUNDARY: Cue[] = ['comments-header', 'most-read', 'tags-header', 'footer', 'bio', 'press-contact'];
/** Cues after which the page is no longer the story, used to weight candidate segments. */
export const TAIL_START: Cue[] = ['comments-header', 'footer', 'bio', 'most-read'];
/** What ends a related list. */
export const REGION_STOP: Cue[] = [
  'related-header',
  'comments-header',
  'most-read',
  'tags-header',
  'footer',
  'cookie',
  'newsletter',
  'share',
  'bio',
  'login',
  'subscribe',
  'paywall',
  'promo',
  'press-contact',
];

/** Cue to furniture kind, for units that are removed on their cue alone. */
export const CUE_KIND: Partial<Record<Cue, FurnitureKind>> = {
  cookie: 'cookie-banner',
  'consent-button': 'cookie-banner',
  'related-header': 'related-header',
  'most-read': 'most-read',
  video: 'video',
  share: 'share',
  newsletter: 'newsletter',
  subscribe: 'subscribe',
  paywall: 'paywall',
  login: 'login',
  ad: 'ad',
  'reading-time': 'reading-time',
  'comments-header': 'comments',
  'comment-action': 'comments',
  footer: 'footer',
  nav: 'nav',
  'tags-header': 'tags-header',
  bio: 'bio',
  promo: 'promo',
  'press-contact': 'promo',
  ticker: 'nav',
};

/** Cues whose furniture reading wins inside the story too (they never are story text). */
export const STORY_FURNITURE: Cue[] = ['ad', 'share', 'newsletter', 'subscribe', 'paywall', 'video', 'reading-time', 'login', 'promo', 'press-contact'];

export type Draft = Array<Label | null>;

/**
 * Region numbers of related lists, by who found them: the text classifier numbers its lists
 * from 0, a headerless list after the story is HEADERLESS_REGION, and the lists the HTML
 * front end reads from markup start at MARKUP_REGIONS (inline stubs are -1).
 */
export const HEADERLESS_REGION = 900;

/** "Lire la suite", "Read more", "View all" under a stub or a list: a link, not a headline. */
export const LINK_LABEL =
  /^(lire la suite|lire plus|en savoir plus|read more|continue reading|keep reading|more|voir plus|see more|view all|tout voir|voir tout)\s*(»|›|→|>|\.{3}|…)?$/iu;
export const MARKUP_REGIONS = 1000;


export const SPONSORED = /sponsor|paid|promoted|partner|commandit|partenaire|publireportage/iu;

/**
 * A copyright notice as a page prints it (©, "(c) 2025", "Copyright 2025", "all rights
 * reserved"): furniture even when written as a sentence. A story's "copyright protection" is not one.
 */
export const COPYRIGHT = /©|\(c\)\s*\d{4}|\bcopyright\s*(?:©\s*)?\d{4}|all rights reserved|tous droits réservés/iu;

export function has(f: Features, ...cues: Cue[]): boolean {
  return cues.some((c) => f.cues.has(c));
}

export function furniture(kind: FurnitureKind, rule: string): Label {
  return { role: 'furniture', kind, rule };
}

/** The furniture reading of a unit's cues, if any, in order of how sure a cue is. */
export function cueFurniture(f: Features, allowed?: Cue[]): Label | null {
  const order: Cue[] = [
    'cookie',
    'related-header',
    'comments-header',
    'most-read',
    'paywall',
    'subscribe',
    'newsletter',
    'promo',
    'press-contact',
    'ad',
    'share',
    'video',
    'reading-time',
    'login',
    'tags-header',
    'footer',
    'bio',
    'nav',
    'consent-button',
    'comment-action',
  ];
  for (const cue of order) {
    if (allowed && !allowed.includes(cue)) continue;
    if (!f.cues.has(cue)) continue;
    // A story-length paragraph is furniture only on its strongest cues.
    if (f.prose && f.words > 30 && !['cookie', 'paywall', 'subscribe', 'newsletter', 'bio'].includes(cue)) continue;
    return furniture(CUE_KIND[cue]!, `cue:${cue}`);
  }
  return null;
}


/**
 * Whether a line with a furniture cue (newsletter, subscription, paywall, promo, cookies) is the
 * site talking to its reader, not a sentence of the story that happens to use the words. A short
 * line is; a sentence must address the reader ("vous", "your"), open with an order ("Sign up",
 * "Abonnez-vous") or speak as the site ("this article", "notre site", "we use cookies").
 */
export function addressesReader(text: string, f: Features): boolean {
  if (!f.prose) return true;
  // What someone is quoted saying ("« Notre offre reste la moins chère », a dit…") is the
  // story's, not the site speaking.
  const own = text.replace(QUOTED, ' ');
  return READER.test(own) || ORDER_FIRST.test(own) || SITE_VOICE.test(own) || NAMED_LETTER.test(own);
}

const QUOTED = /«[^»]*»|“[^”]*”|"[^"]*"/gu;
/** "Newsletter Échappée : chaque lundi…": a newsletter's name and what it brings. */
const NAMED_LETTER = /^\W*(newsletter|infolettre)\b[^.:]{1,40}:/iu;


const READER = /\b(vous|votre|vos|you|your|yours)\b/iu;
const ORDER_FIRST =
  /(?:^|[.!?]\s)\W*(give us|help us|never miss|don't miss|sign up|subscribe|join|download|get|support|donate|follow|become a|abonnez|inscrivez|téléchargez|rejoignez|soutenez|recevez|suivez|découvrez|devenez|faites un don)\b/iu;
const SITE_VOICE =
  /\b(ce site|this site|our (site|website|newsroom|journalism|readers|subscribers|members|partners|stories|articles|reporting)|notre (site|rédaction|journalisme|offre)|nos offres|nous lire|journalism funded (by|through)|la rédaction|the newsroom|our editors|article (rédigé|écrit|produit)|nos (lecteurs|lectrices|abonnés|membres|partenaires)|(cet|this) (article|texte|text|story)|ce texte|we use|nous utilisons|nos partenaires et nous|we and our|our (standards|newsletters?|advertisers|affiliates|partners)|we (may|might) (receive|earn|get)|(affiliate|sponsored) links?|this (post|page) contains|click here|join our|we'd (like|love) to hear|for as little as)\b/iu;
