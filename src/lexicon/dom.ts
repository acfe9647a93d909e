/**
 * What a page's markup says about its boxes, as data: tags that never carry visible text,
 * block-level tags, ARIA roles, and the words of class and id attributes that CMSs use for
 * furniture. The HTML front end reads these; the text cues stay in phrases.ts.
 *
 * Class/id words are matched on the attribute split at every non-letter ("c-share-bar__item"
 * gives c, share, bar, item) and on camel-case seams ("shareBar" gives share, bar), so a rule
 * names words, never whole class strings: generated names ("css-1x2y3z") simply match nothing.
 */
import type { FurnitureKind } from '../types.js';

/** Elements whose content is never rendered as text. */
export const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'video', 'audio', 'select', 'option', 'input', 'textarea', 'head', 'title', 'meta', 'link', 'img',
  'picture', 'source', 'map', 'area', 'amp-analytics', 'amp-state', 'amp-ad',
  'amp-embed', 'amp-sticky-ad', 'amp-auto-ads', 'amp-pixel', 'amp-list', 'amp-script', 'param', 'track',
]);

/** Elements that start a new box of text where a browser renders them. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'ul', 'button', 'amp-img',
  'amp-carousel', 'amp-sidebar', 'amp-accordion', 'amp-consent', 'noindex',
]);

/** A box's kind, as its tag, role or class words tell it. */
export type DomKind =
  | FurnitureKind
  | 'related'
  | 'article'
  | 'caption'
  | 'credit'
  | 'byline'
  | 'date'
  | 'tags'
  | 'embed'
  | 'aside'
  | 'figure';

export const TAG_KIND: Record<string, DomKind> = {
  nav: 'nav',
  footer: 'footer',
  form: 'login',
  aside: 'aside',
  figcaption: 'caption',
  figure: 'figure',
  article: 'article',
  main: 'article',
  'amp-consent': 'cookie-banner',
  'amp-sidebar': 'nav',
  time: 'date',
  address: 'byline',
};

export const ROLE_KIND: Record<string, DomKind> = {
  navigation: 'nav',
  banner: 'header',
  contentinfo: 'footer',
  complementary: 'aside',
  search: 'nav',
  dialog: 'promo',
  alertdialog: 'cookie-banner',
  menu: 'nav',
  menubar: 'nav',
  toolbar: 'share',
  main: 'article',
  article: 'article',
};

/**
 * Class/id words, first match wins, in this order (a "related-share" box is share furniture
 * inside a related list; the more specific kinds come first). Each entry: the kind and the
 * words (lower case) that name it. Words are whole tokens of the attribute.
 */
export const CLASS_WORDS: Array<[DomKind, string[]]> = [
  ['cookie-banner', ['cookie', 'cookies', 'consent', 'gdpr', 'cookiebar', 'cookiebanner', 'cookienotice', 'truste']],
  ['ad', ['ad', 'ads', 'advert', 'advertisement', 'adslot', 'adunit', 'advertising', 'dfp', 'gpt', 'pub', 'publicite', 'sponsor', 'sponsored', 'taboola', 'outbrain', 'teads', 'adsense', 'billboard', 'skyscraper', 'leaderboard', 'mpu']],
  ['share', ['share', 'sharing', 'social', 'sharebar', 'sharetools', 'socials', 'partage', 'partager', 'addthis', 'sociallinks', 'print', 'bookmark']],
  ['newsletter', ['newsletter', 'newsletters', 'infolettre', 'signup', 'optin', 'subscribe-form']],
  ['paywall', ['paywall', 'regwall', 'piano']],
  ['subscribe', ['subscribe', 'subscription', 'abonnement', 'abonnez', 'offer', 'offre']],
  ['comments', ['comment', 'comments', 'commentaires', 'disqus', 'reactions', 'discussion', 'respond', 'replies', 'coral']],
  ['related', ['related', 'relatedposts', 'connexes', 'associes', 'recommended', 'recommendations', 'recirculation', 'recirc', 'more', 'morestories', 'readmore', 'read-next', 'readnext', 'suggestions', 'similar', 'also', 'lireaussi', 'memesujet', 'onward', 'jp-relatedposts', 'yarpp', 'crp']],
  ['most-read', ['popular', 'mostread', 'trending', 'pluslus', 'ranking', 'tendances']],
  ['bio', ['bio', 'biography', 'authorbox', 'authorbio']],
  ['tags', ['tags', 'tag', 'tagcloud', 'keywords', 'topics', 'motscles', 'subjects', 'categories', 'post-categories', 'entry-tags']],
  ['byline', ['byline', 'author', 'authors', 'auteur', 'auteurs', 'signature', 'writer', 'contributor', 'meta']],
  ['date', ['date', 'dateline', 'timestamp', 'published', 'updated', 'time', 'datetime', 'pubdate', 'posted-on']],
  ['credit', ['credit', 'credits', 'copyright', 'photographer', 'source-image', 'caption-credit']],
  ['caption', ['caption', 'legende', 'legend', 'figcaption', 'wp-caption-text', 'image-caption', 'photo-caption']],
  ['embed', ['tweet', 'instagram', 'tiktok', 'embed']],
  ['nav', ['nav', 'navbar', 'navigation', 'menu', 'menus', 'megamenu', 'skip', 'skiplink', 'pagination', 'pager', 'subnav', 'toolbar', 'breadcrumb', 'breadcrumbs', 'ariane', 'filariane', 'crumbs']],
  ['footer', ['footer', 'colophon', 'pied']],
  ['header', ['masthead', 'topbar', 'logo', 'entete']],
  ['aside', ['sidebar', 'rail', 'widget', 'widgets', 'aside', 'complementary', 'secondary']],
  ['promo', ['promo', 'modal', 'popup', 'overlay', 'interstitial', 'toast', 'alert', 'app-banner', 'smartbanner', 'push', 'notification', 'donate', 'donation', 'cta']],
  ['login', ['login', 'signin', 'account', 'connexion', 'register']],
  ['video', ['video', 'player', 'jwplayer', 'brightcove']],
  ['article', ['article', 'story', 'content', 'entry', 'post', 'body', 'text', 'main', 'articlebody', 'story-body', 'article-body', 'entry-content', 'post-content', 'contenu', 'texte', 'corps', 'prose', 'rich-text', 'richtext']],
];

/** Kinds whose boxes are removed whole, wherever they stand, with no text reading needed. */
export const FURNITURE_BOX: ReadonlySet<DomKind> = new Set<DomKind>([
  'cookie-banner', 'ad', 'share', 'newsletter', 'paywall', 'subscribe', 'comments', 'most-read', 'nav',
  'footer', 'promo', 'login', 'video', 'header',
]);

/**
 * Furniture words that CMSs also use for the cards of a related list ("PromoB", "video-card"):
 * inside a box named related, they do not make its cards furniture.
 */
export const SOFT_FURNITURE: ReadonlySet<DomKind> = new Set<DomKind>(['promo', 'video', 'header', 'subscribe']);

/**
 * Consent tools by the vendor names in their ids and classes (OneTrust, Didomi, Quantcast,
 * Sourcepoint, tarteaucitron, Axeptio, Usercentrics, Cookiebot): matched as substrings of
 * the attribute, since vendors glue them to other words ("qc-cmp2-container").
 */
export const CONSENT_VENDOR = /onetrust|didomi|qc-cmp|sp_message|tarteaucitron|axeptio|usercentrics|cookiebot|cybot|cmpbox|consent|cookie|gdpr|truste-/i;

/** Classes that hide an element from sighted readers whatever the stylesheet says. */
export const HIDDEN_CLASSES = new Set(['hidden', 'is-hidden', 'u-hidden', 'sr-only', 'visually-hidden', 'visuallyhidden', 'screen-reader-text', 'screen-reader-only', 'a11y-hidden', 'element-invisible', 'offscreen']);
/** Inline styles that hide an element. */
export const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/**
 * A marker printed before a link in the same line ("Read more <a>Garda pursuit…</a>",
 * "À lire aussi <a>…</a>"): on screen it is a label over the headline, so it is a line of its
 * own and the link the stub's headline.
 */
export const LINK_MARKER = /^(?:read more|read also|also read|see also|related|more on this|lire aussi|à lire aussi|a lire aussi|à lire également|lire également|voir aussi|à voir aussi|lisez aussi|sur le même sujet)\s*[:»›>|-]?$/iu;

