/**
 * Page-furniture phrases, as data. Each rule names a cue, the language it belongs to, how it
 * matches and the pattern (a RegExp source, matched case-insensitively on the line with its
 * apostrophes straightened and spaces folded):
 * - `line`: the whole line is the phrase (trailing ":", ">", "»", "|" and the like allowed);
 * - `start`: the line starts with the phrase (a word boundary follows);
 * - `contains`: the phrase occurs anywhere, and the line has at most `maxWords` words, so a
 *   story paragraph that mentions "cookies" or "newsletter" is not taken for furniture;
 * - `words`: `pattern` is a space-separated vocabulary; every word of the line (split on
 *   spaces and separators such as | · • / ,) is in it, numbers allowed, at most `maxWords`.
 * - `regex`: a user's own regular expression (`--rules`), tested as written, case-insensitively.
 * The classifier combines these cues with position and shape; no cue decides alone where the
 * story is. Patterns avoid nested quantifiers so that no line can make them backtrack.
 */

export type Cue =
  | 'cookie'
  | 'consent-button'
  | 'related-header'
  | 'related-header-weak'
  | 'inline-related'
  | 'most-read'
  | 'video'
  | 'share'
  | 'newsletter'
  | 'subscribe'
  | 'paywall'
  | 'login'
  | 'ad'
  | 'reading-time'
  | 'comments-header'
  | 'comment-action'
  | 'footer'
  | 'nav'
  | 'tags-header'
  | 'bio'
  | 'byline'
  | 'agency'
  | 'date-marker'
  /** "Publié le", "Updated" anywhere in a line: with a date and no sentence, a row of metadata. */
  | 'date-row'
  /** A line that is only an e-mail address (a reporter's, a desk's). */
  | 'email-line'
  | 'updated-marker'
  | 'credit'
  | 'promo'
  | 'press-contact'
  | 'ticker'
  | 'badge'
  | 'image-badge';

export type MatchMode = 'line' | 'start' | 'contains' | 'words' | 'regex';

export interface PhraseRule {
  cue: Cue;
  lang: 'en' | 'fr' | 'any';
  mode: MatchMode;
  pattern: string;
  maxWords?: number;
}

const r = (cue: Cue, lang: PhraseRule['lang'], mode: MatchMode, pattern: string, maxWords?: number): PhraseRule =>
  maxWords === undefined ? { cue, lang, mode, pattern } : { cue, lang, mode, pattern, maxWords };

export const PHRASES: PhraseRule[] = [
  // Cookie and consent banners.
  r('cookie', 'any', 'contains', 'cookies?|traceurs|témoins de connexion', 90),
  r('cookie', 'fr', 'contains', 'votre consentement|vos choix (de|en matière de) confidentialité|gérer (mes|vos) (choix|préférences)|données personnelles|vie privée|nos partenaires', 90),
  r('cookie', 'en', 'contains', 'your consent|consent preferences|privacy (choices|settings|preferences)|personal data|our partners|we value your privacy', 90),
  r('consent-button', 'fr', 'line', "(tout )?(accepter|refuser)( (et|&) (fermer|continuer)| tout| les cookies)?|(continuer )?sans accepter|paramétrer|personnaliser|paramètres|gérer les (cookies|paramètres|préférences)|en savoir plus|j'accepte|je refuse|ok|d'accord|fermer|voir (les finalités|nos partenaires|les partenaires)|enregistrer (mes|les) (choix|préférences)|politique de (confidentialité|cookies)"),
  r('consent-button', 'en', 'line', '(accept|reject|decline|allow)( all| cookies| all cookies)?|(manage|customi[sz]e|cookie) (settings|preferences|options)|more options|learn more|i agree|i accept|(show|see|view) (purposes|vendors|partners)|purposes|vendors|got it|ok|close|agree|dismiss|save (my )?(choices|preferences)|privacy policy|cookie policy'),

  // Related-article headers, alone on their line.
  r('related-header', 'fr', 'line', "(à|a) lire (aussi|également|egalement|en complément)|lire (aussi|également|egalement)|(à|a) voir (aussi|également)|voir aussi|sur le même (sujet|thème)|sur ce (sujet|thème)|dans la même rubrique|articles? (connexes|associés|liés|similaires|recommandés|en relation|en lien|en rapport)|(contenus?|sujets?|dossiers?) en (lien|rapport)|lectures? (associées?|complémentaires?|recommandées?)|dans le même dossier|(nos )?articles liés|en relation|sur le même thème|du même auteur|de la même source|(à|a) lire (du|de la) même (auteur|source)|(nos )?articles sur le même (sujet|thème)|contenus? (associés?|liés?|similaires)|pour aller plus loin|(à|a) découvrir (aussi|également)|vous aimerez aussi|vous pourriez aussi aimer|ces articles (pourraient|peuvent) (aussi )?vous intéresser|(d'autres|autres) articles|plus de nouvelles|dossiers? (liés|associés)|en lien avec cet article|(nos|les) (dernières )?(actualités|articles) (liées|liés|associées)|(à|a) lire sur le même sujet|lire la suite|également (à lire|sur ce sujet)|la suite de notre couverture|ne manquez pas|(à|a) ne pas manquer|dans l'actualité|nos suggestions|suggestions de lecture|(à|a) lire ensuite|nous vous suggérons|vous avez peut-être manqué|sur le même sujet (à|a) lire"),
  r('related-header', 'fr', 'line', "(plus|encore) (sur|à propos de) (le|ce) (sujet|thème)|(nos |d'autres )?articles sur le (même )?sujet"),
  r('related-header', 'en', 'line', 'explore further|further reading|read next|up next|keep reading|more (from|on) (this|the) (topic|subject)'),
  r('related-header', 'en', 'line', 'related( (stories|articles|story|article|content|coverage|news|reading|links|posts|issues|episodes|videos|items))?|more on this( (story|topic|subject))?|recommended (from|by) [^|:]{2,30}|more (stories|coverage) (on|about) this|you (may|might) also like|you may be interested in|(see|read) also|also read|also on [a-z ]{2,20}|further reading|recommended( for you| stories| reading)?|more from [^|:]{2,30}|more (stories|news|reading|coverage)( on [a-z ]{2,30})?|read more|read next|up next|what to read next|you (might|may) have missed|in case you missed it|keep reading|go deeper|we recommend|recommended reading|also from this (source|author)|more (news )?from this (source|author)|other (news|releases) from [^|:]{2,30}|top stories in [a-z ]{2,20}|keep reading|dig deeper|in other news|elsewhere on [a-z ]{2,20}'),
  // Generic headers that are also ordinary subheadings ("More on the economy"): a related list
  // only when headlines, not prose, follow them.
  r('related-header-weak', 'en', 'line', '(see|read|more) (all )?(stories|articles|posts) (by|from) [^|:]{2,40}|more by [^|:]{2,40}|more (on|in|from) [^|:]{2,30}|more [a-z]+( [a-z]+)? (news|stories|headlines)|from our ([a-z]+ )?(partners|sister (sites|titles|publications)|network)'),
  r('related-header-weak', 'fr', 'line', "(voir|lire) (tous )?les articles (de|d') [^|:]{2,40}|plus (de |d')(?!infos?\\b|options|détails|informations)[\\p{L}'’ -]{2,30}|(d'autres|autres) (articles|nouvelles|actualités) [^|:]{2,30}"),

  // "Lire aussi : headline" inline in the story.
  r('inline-related', 'fr', 'start', "((à|a) lire (aussi|également|egalement)|lire (aussi|également|egalement)|lisez (aussi|également)|(à|a) voir (aussi|également)|voir aussi|sur le même sujet|(à|a) découvrir) ?[:|«»›>—-]"),
  r('inline-related', 'en', 'start', '(read more|read also|also read|see also|related|read next|more on this|recommended|more|go deeper) ?[:|«»›>—-]|read ?\\|'),

  // Site-wide lists: not related to the story.
  r('most-read', 'fr', 'line', "(les )?(articles|publications) récent(e)?s|(les )?derniers articles|(les? )?(articles? )?(plus|les plus|le plus) (lus?|populaires?|partagés?|commentés?|consultés?|vus?|écoutés?|regardés?)( (en|dans|de la rubrique) [a-zéè' ]{2,20})?|(le )?top (lecture|des articles)|populaires?|tendances?|en (ce moment|vedette)|(à|a) la une|dernières (nouvelles|actualités|infos)|fil (info|d'actualité|d'information|rouge)|en continu|l'info en continu|derni(è|e)re heure|les incontournables|les immanquables"),
  r('most-read', 'en', 'line', 'most (read|popular|viewed)( [a-z]+){1,2} (stories|articles|news)|recent (posts|articles|stories)|key events|(show )?key events only|(the )?most (read|popular|shared|viewed|commented|emailed|watched|listened)( (stories|articles|today|now|this week))?( in [a-z ]{2,20})?|trending( now| stories| today| news)?|popular( now| today| stories)?|top stories( this week| today| of the (day|week))?|latest( [a-z]+)?|just in|breaking news|editors?.? picks|don.?t miss|what.?s hot|more top stories|the latest'),

  // Tickers and alerts above the page: "BREAKING NEWS  Boil water advisory…".
  r('ticker', 'any', 'start', "breaking( news)?|weather alert|traffic alert|news alert|alerte( info| météo)?|flash( info| spécial)?|dernière minute|developing( story)?|just in|live( now| updates)?|en direct|direct", 20),

  // Video widgets.
  r('video', 'fr', 'line', "vidéos? (associées?|liées?|similaires|recommandées?|à la une)|nos vidéos|(à|a) voir en vidéo|la vidéo( du jour)?|regarder( la vidéo)?|lire la vidéo|en images"),
  r('video', 'en', 'line', '(related|featured|latest|more|top) videos?|watch( now| the video| live| video)?|video|play video|now playing|up next'),
  r('video', 'fr', 'start', '(vidéo|regarder|(à|a) voir|en vidéo)( ?:| \\|)', 25),
  r('video', 'en', 'start', '(watch|video)( ?:| \\|)', 25),
  // "Écouter l'article | 4 minutes", "Listen to this article 5 min": a text-to-speech player.
  r('video', 'any', 'start', "(écouter|écoutez) (l'article|cet article)|listen to (this|the) (article|story)", 10),
  r('promo', 'any', 'contains', "synthèse vocale|voix de synthèse|text-to-speech|(ai|computer)[- ]generated (voice|audio)|(voice|audio) generated by (ai|artificial intelligence)", 40),
  r('video', 'en', 'line', '(view|see) all \\d+ (photos|pictures|images)|(tap|click) (to|for) (unmute|sound|play)|(show|hide) caption|(watch|see) (the|our) (report|video|segment)|listen (to|live)( the| this)?( article| story| podcast| now)?|(view|see|open) (image|images|photo|photos|picture|pictures|gallery)( in gallery)?|enlarge (this )?(image|photo)|expand (image|photo)|play|pause|mute|unmute|full ?screen'),
  r('video', 'fr', 'line', "voir les \\d+ (photos|images)|(appuyez|cliquez|touchez) pour (activer le son|lancer la vidéo|lire)|(afficher|masquer) la légende|(regarder|voir|revoir) (le reportage|la vidéo|l'émission|le replay|notre reportage)|écouter (l'article|l'émission|le podcast|le direct)|voir (l'image|la photo|les photos|la galerie|le diaporama)|agrandir (l'image|la photo)|ouvrir (la galerie|le diaporama)|lecture|plein écran"),
  r('video', 'any', 'contains', "video (loading|unavailable|is loading|will start)|the video will start|click to play|tap to play|play now|la vidéo (va commencer|est en cours de chargement|n'est pas disponible|est indisponible)|chargement de la vidéo|vidéo indisponible|(watch|regarder|voir|view) (on|sur) (youtube|facebook|instagram|x|twitter|tiktok|dailymotion|vimeo)|view this post on (instagram|facebook)|voir cette publication sur (instagram|facebook)|a post shared by|une publication partagée par", 14),
  r('video', 'any', 'line', '\\d{1,2}:\\d{2}( min)?|(durée|duration|length)\\b.{0,40}\\d{1,2}:\\d{2}|\\d+ (vues|views)'),

  // Share, save, print bars: every word of the line is one of these (see `words` mode).
  r('share', 'any', 'words', "partager partagez partage share shares sharing facebook twitter x linkedin whatsapp e-mail email mail courriel imprimer print copier copy lien link sauvegarder enregistrer save saved pinterest reddit messenger bluesky threads flipboard telegram instagram envoyer send sms tweet tweeter copié copied gift offrir social sociaux réseaux j'aime ça chargement… chargement loading… loading favoris bookmark écouter ecouter listen commenter comment comments commentaires", 12),
  r('share', 'fr', 'start', "ajouter (à|a) (vos|mes) (sélections|favoris|articles|lectures)|sauvegarder (cet |l')article|partager (cet article|sur|la page|l'article)|partagez (cet article|sur)|suivez-nous sur|abonnez-vous à notre (page|chaîne|compte)", 16),
  r('share', 'en', 'start', 'add to (my |your )?(list|reading list|favou?rites|saved( articles)?|bookmarks)|save (for later|this (article|story))|click to (share|email|print|copy)|share (this|on|via)|follow us on|follow [a-z ]{2,20} on (twitter|x|facebook|instagram)', 16),

  // Newsletter, subscription, paywall, log-in.
  r('newsletter', 'fr', 'contains', "restez informée?s?|en vous (inscrivant|abonnant)|newsletters?|infolettres?|recevez[\\p{L} ]{0,40} par (e-?mail|courriel)|directement dans votre (boîte|boite|téléphone)|lettre d'information|inscrivez-vous|s'inscrire (à|a) |recevez (gratuitement|chaque|notre|nos|l'essentiel|l'actualité|les nouvelles|les infos)|dans votre (boîte|boite) (mail|courriel|de réception)|vos données (personnelles )?(sont|seront) (traitées|utilisées) conformément|vous pouvez vous désinscrire (à tout moment|en tout temps)", 45),
  r('newsletter', 'en', 'contains', '^stay (up to date|informed|in the know|in touch)$|by subscribing|newsletters?|sign[ -]?up|in your inbox|(you can )?unsubscribe at any time|protected by recaptcha|your (information|data|details|e-?mail( address)?) (is|are|will be) (being )?(handled|used|processed|stored) (in accordance with|according to|under)|(privacy )?collection (statement|notice)|(daily |top |biggest |latest )?(stories|news|headlines) by e-?mail|straight to your (inbox|phone)|subscribe to (our|the)|get (our|the) [a-z ]{2,30} (delivered|straight|in your)|enter your e-?mail', 45),
  r('subscribe', 'fr', 'contains', "devenez membre|soutenez (notre|le|la presse|l'information)|devenir membre|je deviens membre|deviens membre|vous avez aimé cet article|soutenez[- ]nous|faites un don|je fais un don|votre abonnement|offrir cet article|abonnez-vous|s'abonner|je m'abonne|déjà abonné|offres? (d'abonnement|spéciales?|découverte)|pour continuer (à|a) (nous )?lire|profitez de (notre|cette) offre|\\d+ ?€ le premier mois|(cet article|ce contenu|cette lecture) vous a (plu|été utile|intéressée?)|soutenez (notre|le) journalisme|faites un don|€ ?/ ?mois|par mois seulement|1 ?€ le premier mois|abonnement numérique", 45),
  r('subscribe', 'en', 'contains', 'support (our|independent|local|nonprofit|public)( [a-z]+){0,2} (journalism|reporting|news)|become a (member|supporter|subscriber)|(did you )?(enjoy|like)(d)? (this|the) (article|story)|donate( now| today)?|make a donation|your subscription|gift this article|subscribe( now| today)?|already a subscriber|subscription|support (our|independent) journalism|make a (donation|contribution)|per (month|week) for|\\$\\d+(\\.\\d\\d)? ?(/|a|per) (month|week)|become a member|unlimited (digital )?access', 45),
  r('paywall', 'fr', 'contains', "réservé aux abonnés|réservée aux abonnés|article (réservé|premium)|pour lire la suite|la suite est réservée|il vous reste \\d+ articles?|contenu exclusif abonnés|vous avez lu \\d+ (articles?|(de vos|des|sur) \\d+ articles)", 45),
  r('paywall', 'en', 'contains', 'subscribers only|for subscribers|to continue reading|continue reading (with|for)|you have (read )?\\d+ free articles?|you(.ve| have) read \\d+ (of|out of) (your )?\\d+ (free )?(articles|stories)|free articles? (left|remaining)|this article is (for|exclusive to)|unlock (this|full) (article|story|access)|premium (article|content)|register to read', 45),
  r('newsletter', 'any', 'line', "je m'inscris|je m'abonne|inscrivez-moi|sign me up|sign up( now| today| free)?|subscribe( now| free)?|s'inscrire"),
  r('login', 'fr', 'line', "se connecter|connexion|me connecter|mon compte|créer (un|mon) compte|s'inscrire|inscription|déconnexion|mon espace|espace abonnés?"),
  r('login', 'en', 'line', 'sign in|log ?in|login|register|my account|create (an|your) account|sign out|log out|account'),

  // Advertising.
  r('ad', 'fr', 'line', "publicité|pub|annonce|annonces|contenu (commandité|sponsorisé|partenaire|de marque)|sponsorisé|partenaire|en partenariat avec [a-zé ]{2,30}|la suite (de l'article )?après (cette )?(publicité|la publicité|l'annonce)|article (sponsorisé|commandité)|publireportage|information publicitaire|espace publicitaire|publicité \\d{1,2}|présenté par [\\p{L}\x27 .-]{2,40}"),
  r('ad', 'any', 'contains', "18\\+|t&cs apply|gamble responsibly|begambleaware|jouez (de manière )?responsable|jeu responsable|paris sportifs?", 20),
  r('ad', 'any', 'start', '(sponsor|sponsored|sponsorisé|partner content|advertisement|publicité|annonce|contenu commandité|publireportage) ?[·:|—]', 80),
  r('ad', 'en', 'line', 'advertisement|advertising|ad|ads|sponsored( content| by [a-z ]{2,30})?|promoted( content| by [a-z ]{2,30})?|paid (post|content|partnership)|partner content|(story|article) continues below( this)?( ad| advertisement)?|article continues (below|after (this )?advertisement)|continue reading below|scroll to continue( with content)?|skip advert|advertisement feature|presented by [a-z ]{2,30}|advertisement \\d{1,2}|article content'),
  // What an ad slot says while it loads ("This advertisement has not loaded yet, but your article continues below.").
  r('ad', 'en', 'contains', 'this (advertisement|ad) has not loaded yet|your article continues below', 20),
  r('ad', 'fr', 'contains', "cette publicité n.a pas encore été chargée|(votre|l.)article se poursuit (ci-dessous|plus bas)", 20),

  r('reading-time', 'fr', 'contains', '(temps de )?lecture ?:? ?\\d+ ?min(utes?)?|\\d+ ?min(utes?)? de lecture', 10),
  // A reader view's estimate on a line of its own: "4–5 minutes", "2 à 3 minutes".
  r('reading-time', 'any', 'line', '\\d{1,2} ?(–|-|à|to) ?\\d{1,2} ?minutes?'),
  r('reading-time', 'en', 'contains', '\\d+ ?(min|mins|minute|minutes) (to )?read|reading time ?:? ?\\d+|\\d+ ?min(ute)? listen|listen to (this|the) article', 10),

  // "Got a story? Email us", house rules for comments, republication notes.
  r('promo', 'any', 'contains', "(this|the) (article|story|text) (was|has been) (machine[- ])?translated|translated (from|by) [\\p{L} ]{2,40}|(cet article|ce texte|cet article a été) (a été )?traduit|traduit (de l'anglais|du français|par)|article traduit|prenez note que (cet|cette)|cet article (a été )?publié (en|il y a) \\d|this (article|story) (is more than|was published) \\d|this (article|story) is (more than|over) \\d+ (years?|months?) old|consultez (la|notre|nos) (carte|liste|dossier|page)|téléchargez (le|la|notre|nos|l')|download our|\\((pdf|docx?|xlsx?)[,)]|cet article vous est offert|offert gratuitement|this (article|story) is free|financé par (ses|nos) (membres|lecteurs|lectrices)|(funded|supported|paid for) by (our |its )?(readers|members|subscribers)|made possible by (readers|members|our)|cliquez ici|see (our|the) (interactive |live )?(map|tracker|coverage)|explore (our|the) (interactive )?(map|data)", 25),
  r('promo', 'any', 'contains', "join (our|the) [\\p{L}'’ -]{2,40} (community|channel|group|whatsapp)|rejoignez (notre|la) (communauté|chaîne|groupe)|story saved|article (sauvegardé|enregistré)|you can find this story in|vous (retrouverez|pouvez retrouver) cet article", 30),
  r('promo', 'any', 'contains', "(is|are) (funded|supported) by the (government|federal government)|(est|sont) financée?s? par le gouvernement|local journalism initiative|initiative de journalisme local", 30),
  r('promo', 'any', 'contains', 'republish (this|our) (story|article|stories)|republishing guidelines|republier (cet|nos) article|reply to this (issue|newsletter|email)', 45),
  r('promo', 'en', 'contains', 'this (story|article|report) (was|is|has been) (originally |first )?(published|republished|reprinted|produced|syndicated)|republished (with permission|from|under)|reprinted with permission|originally appeared (in|on)|this article appears in|a version of this (article|story) (appeared|appears|was published)|narrated by|feedback\\? tell us', 45),
  r('promo', 'fr', 'contains', "(ce|cet) (texte|article|contenu) (de [\\p{L} ]{2,40} )?(a été|est) (publié|republié|initialement publié|produit|diffusé)|publié (avec l'autorisation|en vertu d'une entente)|(initialement|d'abord) paru (dans|sur)|(cet article|une version de cet article) (est paru|a paru|a été publié) dans|lu par une voix", 45),
  r('promo', 'en', 'contains', 'do you have a story|got a (story|tip|news tip)|send (us )?your (story|stories|story ideas|tips)|(email|contact) (us|the newsroom|our newsroom) (at|on)|community guidelines|house rules|report an (error|editorial error)|corrections? and clarifications|read our (editorial|comment) (policy|guidelines)', 45),
  r('promo', 'fr', 'contains', "vous avez (une|un) (information|témoignage|scoop)|écrivez-nous|contactez (notre|la) rédaction|signalez une erreur|signaler une erreur|(une )?information vous semble (inexacte|erronée|incomplète)|signalez-la|signalez-le|vous avez (trouvé|repéré) une (erreur|faute)|charte (de modération|des commentaires)|règles de (la )?communauté|nous joindre", 45),

  // Press-release and institutional furniture: contacts, end marks, "about us" headers.
  r('email-line', 'any', 'line', '(e-?mail|courriel|contact)? ?:? ?[a-z0-9._%+-]+@[a-z0-9-]+(\\.[a-z0-9-]+)+'),
  r('press-contact', 'any', 'line', "(media|press) (contacts?|enquiries|inquiries|office|relations)|contacts? (médias?|presse)|relations? (avec les )?médias|service de presse|renseignements|information|for (more|further) information|pour (plus d'|de plus amples )informations?|personne-ressource|-30-|###|- 30 -|(à|a) propos de [\\p{L}'’ -]{2,40}|about [\\p{L}'’ -]{2,40}|notes? (aux|to) (rédactions|editors)|(pour|for) diffusion immédiate|for immediate release|communiqué de presse|news release|press release|media release|was this page helpful\\??|cette page (vous )?a-t-elle été utile\\s?\\?"),
  r('press-contact', 'any', 'start', "for further information ?:|pour (plus d'|de plus amples )informations? ?:|renseignements ?:|view original content|voir le contenu original|contact ?:", 20),

  // Reader comments.
  r('comments-header', 'any', 'start', "\\d+ (réponses?|responses?|replies|thoughts?|commentaires?|comments?) (à|to|on|sur)", 30),
  // A comment form (WordPress and kin): what it asks is no story.
  r('comments-header', 'any', 'start', "laisser un commentaire|laissez un commentaire|annuler la réponse|leave a (reply|comment)|cancel reply", 10),
  r('comments-header', 'any', 'contains', "votre adresse (e-?mail|de messagerie|courriel) ne sera pas publiée|your email address will not be published|enregistrer mon nom, mon (e-?mail|courriel)|save my name, email", 40),
  r('comments-header', 'fr', 'line', "\\d+ (commentaires?|réactions?)|(vos |les )?(commentaires|réactions) \\(\\d+\\)|commentaires?( \\(\\d+\\))?|réactions? \\(\\d+\\)|réagir( (à|a) (cet article|l'article))?|réagissez|(voir|afficher|lire) les (\\d+ )?(commentaires|réactions)|(ajouter|laisser|écrire) un commentaire|les commentaires sont fermés|commenter cet article|vos (commentaires|réactions)|participer au débat|connectez-vous pour (commenter|réagir)"),
  r('comments-header', 'en', 'line', '\\d+ (comments?|replies)|comments?( \\(\\d+\\))?|(view|show|read|see|load) (all )?(\\d+ )?(comments|replies)|(leave|post|add|write) a (comment|reply)|comments are closed|join the (conversation|discussion|debate)|have your say|sign in to comment|log in to comment|reader comments'),
  r('comment-action', 'any', 'line', "[\\p{L}\\d .'’_-]{1,40} (dit|says|a dit|said|wrote|a écrit) ?:"),
  r('comment-action', 'any', 'words', "répondre reply replies réponse réponses signaler report like likes j'aime aimer upvote downvote ↑ ↓ ▲ ▼ 👍 👎 partager share voir afficher view show more plus", 10),
  r('comment-action', 'any', 'line', '(il y a|il y a environ) \\d+ (secondes?|minutes?|min|heures?|h|jours?|j|semaines?|mois|ans?)|\\d+ (seconds?|minutes?|mins?|hours?|hrs?|h|days?|weeks?|months?|years?) ago|(voir|afficher) (les )?\\d* ?réponses?|(view|show|load) (\\d+ )?(more )?repl(y|ies)|(load|show|voir|charger) (more|plus)( comments| de commentaires)?'),

  // Footers.
  r('footer', 'any', 'contains', '(©|\\(c\\)|copyright) ?(\\d{4}|\\p{L}+)', 30),
  r('footer', 'fr', 'contains', "tous droits (réservés|de reproduction)|mentions légales|politique de confidentialité|conditions (générales )?d'utilisation|cgu|cgv|plan du site|nous contacter|contactez-nous|qui sommes-nous|charte (de confidentialité|éditoriale)|gestion des cookies|annoncez avec nous|nous joindre|(à|a) propos de nous", 30),
  r('footer', 'any', 'line', "accessibilité|accessibility|emplois|carrières|careers|jobs|données personnelles|contact"),
  r('footer', 'any', 'contains', "\\b\\d{1,4},? (rue|avenue|av\\.|boulevard|bd|chemin|place|quai|route|street|st\\.|road|rd\\.|ave\\.|lane|drive)\\b.{0,60}\\b\\d{4,5}\\b|p\\.?o\\.? box \\d|b\\.p\\. \\d|case postale \\d", 18),
  r('footer', 'any', 'contains', "charitable body|registered (charity|in (england|scotland|wales))|(registration|company|charity) (number|no)|numéro d'entreprise|siège social|capital (social )?de \\d|iban", 40),
  r('footer', 'en', 'contains', 'all rights reserved|privacy (policy|notice)|terms (of (use|service)|and conditions)|cookie (policy|settings)|site ?map|contact us|about us|advertise with us|do not sell my|code of conduct|editorial (standards|guidelines)|corrections policy|help centre|help center', 30),

  // Navigation.
  r('nav', 'fr', 'line', "accueil|menu|rechercher|recherche|(aller|passer) (au|directement au) (contenu|menu|texte)|retour( (à|a) l'accueil| en haut)?|haut de (la )?page|fermer|ouvrir le menu|rubriques|toutes les rubriques|édition|éditions|services|(le )?direct|en direct|météo|jeux|podcasts?|vidéos|international|monde|france|politique|économie|société|culture|sports?|sciences?|santé|planète|régions?|opinions?|idées|débats|faits divers|justice|local|national|actualités?|infos?|à la une|l'essentiel|suivre|plus"),
  r('nav', 'en', 'line', 'home|menu|search|skip to (main )?(content|navigation)|skip navigation|back to top|top of page|close|open menu|sections|all sections|edition|editions|news|world|us|uk|politics|business|economy|tech|technology|science|health|culture|arts|sport|sports|opinion|lifestyle|travel|entertainment|weather|local|national|international|live|more|video|audio|podcasts?|latest|the latest|follow|subscribe|newsletters?'),

  // Tag lists.
  r('tags-header', 'fr', 'line', "mots[- ]clés?|mots[- ]clefs?|tags?|étiquettes?|sujets?( associés| liés| suggérés)?|thèmes?( associés| liés| suggérés)?|thématiques?|archivé dans|classé (dans|sous)|catégories?|rubriques?|en lien avec|plus sur (ce|le) sujet|publié dans|(sur|à) propos de|dossiers?"),
  r('tags-header', 'en', 'line', 'tags?|tagged( with| in)?|topics?|(related|suggested|more|popular) topics|filed under|posted in|categories|category|more about|more on|subjects?|keywords?|explore (more )?(on )?(these |this |related )?(topics?|subjects?)|see more on|read more about|more about these topics'),

  // "Mots-clés : a, b, c" on one line.
  r('tags-header', 'fr', 'start', "(mots[- ]clés?|mots[- ]clefs?|tags?|étiquettes?|sujets?|thèmes?|archivé dans|classé (dans|sous)|catégories?) ?:", 40),
  r('tags-header', 'en', 'start', '(tags?|tagged|topics?|filed under|posted in|categories|keywords|more about|subjects?) ?:', 40),

  // Author bios.
  r('bio', 'fr', 'contains', "(est|était) (journaliste|reporter|rédact(eur|rice)|correspondante?|chroniqueu(r|se)|photographe|éditeur|éditrice|pigiste|collaborat(eur|rice))|(à|a) propos de l'auteu?re?|équipe (éditoriale|de rédaction)|suivre (cet|l')auteu?re?|(on peut (la|le) joindre|(la|le) joindre|écrivez-lui|joignez-(la|le)) (à|au|par)|voir (tous )?les articles de|(ses|tous ses) articles|journaliste (à|au|pour|chez)|une équipe de journalistes", 90),
  r('bio', 'any', 'contains', "(is|are) (written|edited) by|written and edited by|est (écrite?|rédigée?|éditée?) par", 60),
  r('bio', 'fr', 'contains', "couvre [\\p{L} ,'’-]{2,70} (pour|au|à|chez) ", 60),
  r('credit', 'en', 'start', 'picture ?:', 20),
  // "…, en euros. Source : relevés X": a chart's caption ending on its source.
  r('credit', 'any', 'contains', '(?<=[.)] ?)sources? ?: [^.]{2,80}$', 40),
  // "… season. Hannah Bell/hbell@example.com": a photographer and an e-mail after a caption.
  r('credit', 'any', 'contains', '(?<=[.!?] )[\\p{L}.-]+ [\\p{L}.-]+ ?/ ?[a-z0-9._-]+@[a-z0-9.-]+$', 40),
  // "… à Soubré. Ph: Archives L'Éveil": the abbreviated photo credit after a caption.
  r('credit', 'any', 'contains', '(?<=[.!?»)] ?)ph ?: [^.]{2,60}$', 40),
  // Republishing notices of nonprofit newsrooms.
  r('promo', 'any', 'contains', 'for (a |any )?reprints?( of this (article|story))?|reprints? (and|&) permissions|pour (toute )?(reproduction|réimpression)|journalism funded (by|through)|(may|can) be republished|republish (this|our) (story|article|stories)|under a creative commons licen[cs]e|sous licence creative commons|peu(t|vent) être republié', 40),
  // "Image source, Getty Images": how screen-reader text of a picture's credit reads in a dump.
  r('credit', 'any', 'start', '(image|picture|photo|video|media) source ?[,:]|source (de l.image|de la photo|image) ?[,:]', 14),
  r('credit', 'any', 'start', 'sources? ?:', 20),
  r('bio', 'en', 'contains', "(is|was) (a|an) ([a-z-]+ ){0,3}(expert|specialist|analyst|author|blogger|freelancer) (who|with|based)|who (has )?(covered|written about|reported on) ", 70),
  r('promo', 'en', 'contains', "read the rest of|(read|see) (our|the) full (guide|review|story)", 40),
  r('ad', 'any', 'contains', "add (the )?(ingredients|items?|products?) to (your )?(basket|cart)|add to (basket|cart)|ajouter au panier", 25),
  r('subscribe', 'en', 'contains', "your (gift|donation|support|contribution) (keeps|makes|helps|allows|ensures)|(make|give) a (gift|donation) (today|now)|give now", 40),
  r('subscribe', 'fr', 'contains', "votre (don|soutien|contribution) (permet|nous permet|garantit|aide)|faites un don (aujourd'hui|maintenant)", 40),
  r('ad', 'any', 'start', "advertise (with|on|in)|annoncez (avec|sur|dans)|faites de la publicité", 8),
  // Disclosures and house prompts that sites print inside the article box.
  r('promo', 'en', 'contains', "this (post|article|page|story) (contains|may contain|includes) (affiliate|references|links|sponsored)|we (may|might) (receive|earn|get) (a )?(small )?(compensation|commission|share)|advertisers (do not|don't) influence|affiliate (links?|commission)|give us feedback|help us (continue|keep|spread)|instant access to|sign in to", 60),
  r('promo', 'fr', 'contains', "(cet|ce) (article|contenu) (contient|peut contenir) des liens (affiliés|sponsorisés)|liens? affiliés?|nous (pouvons|pourrions) percevoir une commission|aidez-nous à (continuer|poursuivre)|donnez-nous votre avis", 60),
  r('share', 'any', 'words', 'jump to recipe print pin rate save', 8),
  r('related-header', 'fr', 'line', "(audios?|vidéos?|podcasts?)( et (audios?|vidéos?))? sur (le|ce) (même )?sujet"),
  r('video', 'fr', 'start', "réécouter|écouter (l'émission|le podcast|l'épisode)|revoir (l'émission|le reportage)", 20),
  r('subscribe', 'any', 'contains', "(from|for) (just|only) [£$€]?\\d+([.,]\\d+)? ?[£$€]? (a|per|par) (month|week|year|mois|semaine|an)|(offres?|abonnements?|abonnez-vous)[^.]{0,60}(dès|à partir de|pour seulement) \\d+([.,]\\d+)? ?([€$]|fr\\.?|francs?|euros?|dollars?)? (par|/) ?(mois|semaine|an)|(a|one) (small|quick) favou?r to ask|une petite faveur", 40),
  r('promo', 'en', 'contains', "click here|join (our|the) [\\p{L}'’ -]{2,30} forums?|delivered (to|through) your (letterbox|door|doorstep|inbox)|for as little as|get access to|we'd (like|love) to hear|tell us what you think|listen (back|live)", 40),
  r('byline', 'en', 'contains', '(contributed|contributed reporting|contributed to this (report|story))\\.?$', 40),
  r('byline', 'fr', 'contains', '(a|ont) contribué à (cet article|ce reportage)\\.?$', 40),
  r('byline', 'fr', 'start', "avec (les )?(informations|la collaboration|la contribution) de", 14),
  // Language switchers ("Disponible en : DE IT EN", "Also available in Français").
  r('nav', 'any', 'start', "(aussi |également )?(disponible|available) (en|in) \\d+ (autres |other )?(langues|languages)", 14),
  // A breadcrumb: "Home / News / Local News", "Accueil > Monde".
  r('nav', 'any', 'start', '(home|accueil|startseite|inicio) ?[/>›»|]', 12),
  r('nav', 'any', 'line', "buy now|buy (this )?(photo|print)|purchase (this )?photo|acheter (cette|la) photo|(s'ouvre dans une |ouvrir dans une )?nouvelle fenêtre|(opens|open) in a new (window|tab)|lien externe|external link"),
  r('nav', 'any', 'line', "(view|see|go to) (the )?(non-amp|full|desktop|classic|mobile|standard) (version|site)|((voir|lire|afficher) )?(la )?version (classique|complète|intégrale|non amp|ordinateur|mobile)( du site| de l.article)?|view (the )?full (article|story|version)"),
  r('nav', 'any', 'start', "(aussi |également )?disponible en|(also )?available in|lire en|read (this )?in|auch (auf|in)|version (anglaise|française|allemande)|(english|french|german) version", 8),
  r('promo', 'any', 'contains', "follow [\\p{L}'’ .&-]{2,40} on (whatsapp|telegram|google news|twitter|x|facebook|instagram|threads|bluesky)|suivez[\\p{L}'’ .&-]{0,40} sur (whatsapp|telegram|google (news|actualités)|twitter|x|facebook|instagram|threads|bluesky)", 20),
  r('bio', 'en', 'contains', '(is|was) (a|an|the) ([a-z\\x27-]+ ){0,3}(reporter|journalist|correspondent|writer|editor|columnist|photographer|freelancer|contributor|producer)|about the author|follow (him|her|them) on|(reach|email|e-mail|contact|write to) (him|her|them) at|(contact|reach|email|e-mail) [\\p{L} .-]{2,40} at [a-z0-9._-]+@|more (articles|stories) by|view (all )?(articles|stories|posts) (by|from)|editorial team|staff writer|covers [a-z ,]{2,70} for ', 90),

  // Bylines and agencies.
  r('byline', 'fr', 'start', "(article |texte |un article )?(rédigé|écrit|signé|proposé) par|un article de|texte de|par|de notre (correspondante?|envoyée? spéciale?|bureau)|propos recueillis par|texte ?:|avec (afp|ap|reuters|belga|ats|la presse canadienne)|la rédaction|rédaction|auteure? ?:|signé", 14),
  r('byline', 'en', 'start', '(medically|clinically) reviewed by|fact[- ]checked by|by|written by|reporting by|words by|story by|from (our|the) [a-z ]{2,20} (correspondent|bureau|desk)|author ?:|the [a-z ]{2,20} staff|staff report', 14),
  // A name and a role, with no "By": "Eleanor Hartley Health editor", "Marc Roy, correspondant à Bruxelles".
  // Wire sign-offs: "Reporting by A in X and B in Y; Editing by C". Long, so a rule of their own.
  r('byline', 'en', 'start', '\\(?(additional )?(reporting|writing|editing|compiled|produced|edited) by [^;]{2,160}(; ?(additional reporting|writing|editing|edited|graphics|production) by .{2,160})?', 45),
  r('promo', 'en', 'contains', 'our standards ?:|editorial (standards|principles|guidelines)|(purchase )?licensing rights|reprint rights|opens new tab', 14),
  r('promo', 'any', 'contains', "(article |texte )?rédigé avec l'aide de|relu et vérifié par|(written|produced) with (the help of|assistance from)|(reviewed|checked|edited) (and (checked|edited) )?by (our|the) (editors|newsroom|news desk)", 30),
  r('promo', 'fr', 'contains', 'nos (standards|principes) (éditoriaux|de rédaction)|charte (éditoriale|de déontologie)|droits de reproduction', 14),
  r('byline', 'en', 'contains', '(senior |chief |deputy |political |health |science |business |economics |foreign |staff |sports |court |crime |education |environment |technology |tech |transport |home affairs |washington |europe |security |local democracy )?(editor|correspondent|reporter|writer|columnist|journalist|contributor|analyst|bureau chief)', 8),
  r('byline', 'fr', 'contains', '(journaliste|correspondante?|envoyée? spéciale?|rédact(eur|rice)( en chef)?|chroniqueu(r|se)|reporter|pigiste|cheffe? de (bureau|rubrique|service))', 8),
  r('agency', 'any', 'line', "(afp|ap|aa|apa|reuters|belga|ats|keystone-ats|sda|dpa|efe|ansa|pa|upi|cp|pc|qmi|bloomberg|the canadian press|la presse canadienne|agence france-presse|associated press|agence qmi|presse canadienne|press association|anadolu|xinhua|relaxnews|afp / reuters)(( |/|,|-|et|and|avec|with)+(afp|ap|aa|apa|reuters|belga|ats|keystone-ats|sda|dpa|efe|ansa|pa|upi|cp|pc|qmi|bloomberg))*"),

  // Dates.
  r('date-marker', 'fr', 'start', "publié( le| à| aujourd'hui| hier| il y a)?|posté le|diffusé le|daté du|le \\d{1,2} (janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)", 20),
  r('date-row', 'any', 'contains', "publié (le|à)|mis à jour (le|à)|modifié le|(published|updated|posted) (on|at)?", 30),
  r('date-marker', 'en', 'start', 'published( on| at)?|posted( on| at)?|first published|originally published|dated?', 20),
  r('updated-marker', 'fr', 'start', "mis à jour( le| à| il y a)?|mise à jour( le| à| :)?|maj|m\\.à\\.j\\.?|modifié( le| à)?|actualisé( le| à)?|dernière (mise à jour|modification)", 20),
  r('updated-marker', 'en', 'start', '(last )?updated( on| at)?|last modified|modified|revised', 20),

  // Photo credits.
  r('credit', 'fr', 'contains', "cr[ée]dits?( photos?| images?)? ?:|photo ?:|photos ?:|image ?:|illustration ?:|photo ?©|©|\\(photo|photo archives|photo d'archives|(agence|afp|reuters|ap) photo", 40),
  r('credit', 'en', 'contains', 'credits? ?:|photo ?:|picture ?:|photograph ?:|image ?:|illustration ?:|photo ?©|©|\\(photo|\\(image|\\(picture|\\(credit|photo by|getty images|shutterstock|istock|ap photo|reuters/|afp via getty|file photo|\\([\\p{L} .-]{0,30}\\b(photo|photograph|image|pic)\\)|with files from|photographs? by|photos? by|pictures? by|illustrations? by|photo ?/|/ ?photo|\\(file\\)|, file\\)', 40),

  // Badges on related stubs (also glued several on one line).
  r('credit', 'any', 'line', "\\p{L}+(?: \\p{L}+){0,2} (photo|photos|photograph)"),
  // Photo agencies credited "Agency - Photographer" (sports and celebrity agencies, mostly).
  // "Le palais de justice de Liège. - Belga": a wire's name after a dash ends a caption.
  r('credit', 'any', 'contains', '(?<=[.!?»)] )(-|–|—) (belga|afp|reuters|ap|keystone(-ats)?|epa|dpa|anp|ansa|efe|photonews|isopix|maxppp|sipa|getty images|pa|the canadian press|la presse canadienne)$', 40),
  r('credit', 'any', 'contains', '(?<=^|[.!?] )(icon ?sport|presse ?sports|dppi|panoramic|maxppp|abaca ?press|sipa|imago|alamy|hans lucas|starface|bestimage|pa (images|wire)|sportsfile|inpho|action images) (-|–|/|\\|) ', 40),
  r('image-badge', 'fr', 'line', "image générée par (l')?ia|illustration générée par (l')?ia|image d'illustration|photo d'illustration|image d'archives?|photo|image|illustration|galerie|diaporama|en images"),
  r('image-badge', 'en', 'line', '(ai-generated|ai generated) image|image generated by ai|illustrative image|file photo|photo|image|illustration|gallery|in pictures'),
  // "Dans « Économie »", "In "Business"": the category line a blog's related posts print.
  r('badge', 'any', 'line', 'dans « ?[^»]{2,40}? ?»|in "[^"]{2,40}"|in “[^”]{2,40}”'),
  r('badge', 'fr', 'line', "pour les abonnés|réservé aux abonnés|contenu abonné|rapporté par (l')?ia|résumé par (l')?ia|vérifié par des faits|vérifié|en français|en anglais|in english|english|français|deutsch|italiano|abonnés?|abo\\+?|réservé aux abonnés|premium|exclusif|exclusivité|vidéo|vidéos|en direct|direct|live|analyse|décryptage|opinion|chronique|éditorial|tribune|entretien|entrevue|reportage|enquête|podcast|audio|nouveau|mise à jour|actualisé|récit|portrait|dossier|aperçu|bon plan|astuce|témoignage|infographie|carte|tribune libre|billet|critique|(il y a|depuis) \\d+ ?(s|sec|secondes?|min|minutes?|h|heures?|j|jours?|semaines?|mois|ans?)|hier|aujourd'hui|ce (matin|soir)|\\d+ (min|minutes?) de lecture|lecture \\d+ min"),
  r('badge', 'en', 'line', "for subscribers|subscriber exclusive|members only|ai[- ]reported|ai[- ]summari[sz]ed|fact[- ]checked|verified|in french|in english|subscribers?( only)?|premium|exclusive|video|watch|live|analysis|opinion|comment|column|editorial|explainer|interview|feature|investigation|podcast|audio|listen|new|breaking|update|updated|review|preview|long read|the big read|\\d+ ?(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|weeks?|months?|years?) ago|yesterday|today|just now|\\d+ ?min(ute)? (read|listen)"),
];
