// French evidence, written by hand; same syntax as en.ts (`word` or `word:weight`,
// weight ≈ log-odds in favour of French). Accented words are also looked up with their
// accents stripped (text that lost its diacritics), at a lower weight.

/** Closed-class words, auxiliaries and the most frequent verb forms. */
export const FR_FUNCTION = `
le:4 la:3.5 les:4 un:3 une:4 des:4 du:4 de:4 au:3.5 aux:4 ce:3.5 cet cette:4 ces:4
mon ma:2 mes ton:1.5 ta tes son:2 sa:2.5 ses:3.5 notre nos votre vos leur:3.5 leurs:3.5
je:3.5 tu:2.5 il:3.5 elle:3.5 on:1 nous:3.5 vous:3.5 ils:3.5 elles:3.5 me:1 te:1.5 se:3 moi toi lui:3.5
eux soi y:2 en:3 qui:3.5 que:3.5 quoi dont:3.5 où:3.5 lequel laquelle lesquels lesquelles
auquel auxquels auxquelles duquel desquels desquelles celui celle ceux celles ceci cela ça
et:4 ou:3 mais:3.5 donc:3.5 or:0.5 ni:2 car:1.5 si:2 comme:3.5 quand:3.5 lorsque puisque
parce quoique pourquoi comment:2 combien bien:2.5 à:4 dans:4 par:3.5 pour:3.5 sur:3.5
sous avec:4 sans:3 chez entre:3 vers:2.5 contre:3 depuis:3.5 pendant:3 avant:3 après:3.5
devant derrière selon:3 malgré parmi durant envers hors outre dès jusque voici voilà
ne:3.5 pas:3.5 plus:2 jamais rien personne aucun aucune nul nulle guère
très:3.5 trop peu beaucoup assez aussi:3.5 autant tant tellement moins encore:3.5 déjà:3.5
toujours souvent parfois ici là ailleurs partout aujourd'hui hier demain maintenant
alors:3.5 puis ensuite enfin ainsi pourtant cependant toutefois néanmoins désormais
quel quelle quels quelles tout:3 toute toutes tous:3.5 chaque plusieurs quelques quelque
certains certaines autre:3 autres:3 même:3 mêmes tel telle tels telles
est:4 sont:4 était:3.5 étaient été:3.5 être:3.5 sera seront serait seraient soit soient fut
suis es:1 sommes êtes ai:3 as:0.5 a:1 avons avez ont:3.5 avait:3.5 avaient avoir:3.5 aura
auront aurait auraient eu:1.5 ait aient fait:3.5 faire:3.5 font:2 faisait faites fais
peut:3.5 peuvent pouvait pourrait pourraient pouvoir doit:3.5 doivent devait devrait
devraient devoir va:2 vont allait ira iront aller veut:3 veulent voulait vouloir faut:3.5
fallait faudra faudrait dit:3 dire:2.5 disait disent dis sait savoir savait vient
viennent venir venu venue prend prendre pris prise met:1 mettre mis mise voit voir vu vue
oui:3 non:2.5 afin lors sinon tandis quant environ presque surtout notamment seulement
vraiment plutôt mieux pire vite lorsqu puisqu jusqu quelqu presqu
deux:3.5 trois:3.5 quatre:3.5 cinq:3.5 six:0 sept:3 huit:3.5 neuf:2.5 dix:3 onze douze
treize quatorze quinze seize vingt:3.5 trente:3.5 quarante cinquante soixante cent:1 mille:2
million:0.5 millions:1 milliard milliards premier première premiers premières dernier:3
dernière derniers dernières deuxième troisième
c'est:4 n'est:4 qu'il:4 qu'elle:4 qu'on:4 d'un:4 d'une:4 l'on:4 s'il:4 j'ai:4 c'était:4
aujourd'hui:4 jusqu'à:4 jusqu'au:4 d'abord:4 d'ailleurs:4 d'accord:4 peut-être:4
c'est-à-dire:4 est-ce:4 qu'est-ce:4 vis-à-vis:3 au-delà:4 au-dessus:4 au-dessous:4
là-bas:4 celui-ci:4 celle-ci:4 ceux-ci:4 celui-là:4 grand-chose:3
`;

/** Frequent French content words (news, everyday speech). Default weight 2. */
export const FR_COMMON = `
an:0.5 ans:3 année années jour jours journée semaine semaines mois:3 heure heures temps fois
gens homme hommes femme femmes enfant enfants famille familles ami amis amie amies vie
monde pays:3 état états ville villes village maison maisons école écoles université
travail travaux emploi emplois entreprise entreprises société sociétés gouvernement
argent marché marchés prix:3 coût coûts payer payé impôt impôts banque banques
parti partis élection élections vote voter électeurs dirigeant dirigeants
président présidente ministre ministres premier chef chefs responsable responsables
tribunal juge juges loi lois droit droits guerre guerres paix armée militaire militaires
soldat soldats attaque attaques attentat attentats tué tués morts mort décès blessés
santé hôpital hôpitaux médecin médecins malade malades maladie soins eau nourriture
feu incendie incendies temps pluie neige tempête vent chaleur climat énergie pétrole
essence voiture voitures route routes rue rues avion avions vol vols aéroport bateau
voyage voyages rapport rapports annonce annoncé déclaration déclarations
groupe groupes équipe équipes jeu jeux joueur joueurs joueuse saison championnat coupe
victoire victoires défaite gagné perdu perdre gagner but:0.5 buts entraîneur supporters
nombre chiffre chiffres taux données étude études recherche chercheurs scientifiques
technologie téléphone ordinateur logiciel réseau réseaux vidéo musique chanson chansons
livre livres émission série séries histoire éducation élève élèves étudiant étudiants
enseignant enseignants professeur professeurs question:0 problème problèmes projet
projets politique politiques décision décisions accord accords réunion réunions soutien
lutte crise changement changements croissance économie économique économiques
travailleurs salariés syndicat syndicats grève grèves industrie commerce échanges
ventes achat achats acheter vendre vendu dépenses dépenser dette déficit bénéfice
bénéfices chiffre investisseurs investissement actions bourse euro:1 euros:2 dollars:0.5
logement loyer loyers terre terres agriculteurs agriculture paysans
national:0 nationale nationales nationaux international:0 internationale internationales
internationaux étranger étrangère étrangers public:0 publique publiques publics privé privée
fédéral nouveau:3.5 nouvelle:3.5 nouveaux nouvelles vieux vieille jeune jeunes bon bonne bons
bonnes meilleur meilleure meilleurs mauvais mauvaise grand:3 grande:3 grands grandes petit:3
petite petits petites gros grosse haut haute hauts bas basse long:0.5 longue longues court
courte fort:1.5 forte forts fortes faible faibles vrai vraie faux fausse clair claire ouvert
ouverte fermé fermée entier entière large:1 lourd lourde léger légère noir noire noirs blanc
blanche blancs rouge rouges bleu bleue vert verte jaune heureux heureuse triste sûr sûre
probable difficile facile différent différente différents différentes récent récente
ancien ancienne anciens anciennes actuel actuelle prochain prochaine chaud chaude froid
froide prêt prête seul seule seuls seules pauvre pauvres riche riches cher chère
dangereux dangereuse sérieux sérieuse simple:0 commun commune certain:1 certaine propre
propres énorme beau belle beaux belles joli jolie gentil gentille drôle fatigué fatiguée
malade rapide lent lente calme vide plein pleine sale:1 juste faux
nord sud est:0 ouest:3 central:0 centrale
matin matinée après-midi soir soirée nuit nuits minuit midi
lundi mardi mercredi jeudi vendredi samedi dimanche week-end
janvier février mars avril mai juin juillet août septembre octobre novembre décembre
printemps été:0 automne hiver anniversaire vacances noël pâques
tête visage œil yeux oreille oreilles bouche main mains bras jambe jambes pied pieds cœur
sang corps cheveux peau os esprit voix nom noms mot mots langue lettre lettres courriel
porte fenêtre chambre chambres pièce sol mur murs plafond table:0 chaise lit cuisine jardin
toit bureau bureaux bâtiment bâtiments magasin magasins boutique restaurant:0 hôtel
bibliothèque église églises mairie champ champs forêt arbre arbres rivière fleuve lac mer
océan île îles montagne montagnes colline plage ciel soleil lune étoile étoiles terre
animal:0 animaux chien chiens chat:1 chats cheval chevaux oiseau oiseaux poisson poissons
vache cochon mouton poulet pain viande œuf œufs lait fromage café thé bière vin boisson
dîner déjeuner petit-déjeuner repas gâteau sucre sel pomme pommes fruit:0 fruits légumes
chose choses façon manière endroit côté fin point:0 fait:3.5 cas:2.5 genre sorte niveau
niveaux ligne lignes forme formes comportement action:0 effort:0 raison raisons résultat
résultats idée idées rôle règle règles ordre contrôle système systèmes pouvoir force forces
service:0 services:0 programme:0 programmes:0 processus qualité risque risques menace
menaces besoin aide aider aidé espoir espère espérer souhaite souhaité peur crainte
craint croire croit cru aimer aime aimé aiment adore déteste regarder regarde regardé
écouter écoute lire lit lu écrire écrit écrite parler parle parlé répondre répond répondu
expliquer explique expliqué décrire décrit accepter accepté permettre permet permis
offrir offert fournir comprendre comprend compris inclure inclus continuer continue
rester reste resté vivre vit vécu mourir meurt mourir né née naître commencer commence
commencé arrêter arrête arrêté finir fini terminé ouvrir ouvre fermer ferme bouger
tourner courir court couru marcher marche conduire voler assis debout attendre attend
attendu arriver arrive arrivé arrivée passer passe passé porter porte porté tenir tient
tenu sortir sort sorti entrer entre entré rentrer monter descendre tomber tombé
apprendre appris enseigner oublier oublié manger mange mangé boire bu dormir dort
réveiller trouver trouve trouvé chercher cherche cherché donner donne donné recevoir
reçu envoyer envoyé jouer joue joué gagner perdre devenir devient devenu sembler semble
laisser laisse laissé mettre rendre rend rendu suivre suit suivi penser pense pensé
demander demande demandé appeler appelle appelé montrer montre montré connaître connaît
connu rencontrer rencontré retrouver retrouvé revenir revient revenu partir part parti
partie:1 considérer estimer estime estimé indiquer indique indiqué affirmer affirme affirmé
souligner souligne souligné préciser précise précisé ajouter ajoute ajouté annoncer
annonce déclarer déclare déclaré confirmer confirme confirmé dénoncer dénonce dénoncé
accuser accuse accusé arrêté interpellé enquête enquêtes plainte procès avocat avocats
preuve preuves coupable condamné condamnée prison:0 peine victime victimes suspect:0
selon porte-parole directeur directrice patron patrons salarié employés membres
conseil comité commission:0 agence ministère parlement assemblée sénat sénateur députés
député députée maire campagne candidat candidats candidate:0 sondage sondages
frontière frontières migrants immigration réfugiés asile sécurité sûreté délinquance
fusillade arme armes bombe explosion policiers gendarmes gendarmerie police:0
rapidement lentement récemment finalement actuellement probablement notamment
certainement simplement clairement totalement largement principalement particulièrement
exactement directement facilement également seulement réellement vraiment presque
ensemble autour devant derrière loin près dehors dedans dessus dessous
monsieur madame mademoiselle homme garçon garçons fille filles bébé mère père parents
frère frères sœur sœurs fils épouse mari femme oncle tante cousin cousine grand-père
grand-mère voisin voisins voisine merci bonjour bonsoir salut revoir bienvenue pardon
désolé désolée excusez s'il plaît d'accord bravo
roi reine prince princesse seigneur dieu
personnes quelqu'un
maintenant tard tôt bientôt longtemps autrefois jadis
hausse baisse hausses baisses recul progression augmentation réforme réformes retraite
retraites chômage inflation:0 salaire salaires allocations prestations
manifestation manifestations manifestants mobilisation colère polémique scandale
affaire affaires justice:0 procureur parquet instruction
gouvernementale gouvernementaux opposition:0 majorité gauche droite centre extrême
macron:0 élysée matignon hexagone française français françaises européen européenne
européens européennes mondial mondiale mondiaux régional régionale région régions
département départements commune communes territoire territoires quartier quartiers
habitants population citoyens citoyen citoyenne jeunesse vieillesse santé publique
hôpitaux soignants infirmier infirmière infirmières urgences vaccin vaccins vaccination
épidémie pandémie confinement masque masques chaleur canicule sécheresse inondations
incendie pompiers secours accident accidents blessé blessée bilan drame tragédie
trafic:1 circulation autoroute train:0 trains:0 gare gares grève sncf métro tramway
vélo vélos piéton piétons stationnement voirie
numérique réseaux sociaux plateforme plateformes entreprise start-up salarié patronat
syndicats négociations négociation accord-cadre convention dialogue:0 concertation
budget:0 budgétaire dépense recettes fiscalité fiscal fiscale taxe taxes impôt
milliards euro zone croissance récession conjoncture consommation ménages épargne
logements immobilier loyer propriétaires locataires construction chantier chantiers
culture:0 culturel culturelle spectacle spectacles théâtre cinéma concert concerts
festival:0 exposition musée musées artiste artistes œuvre œuvres roman écrivain auteur
auteure chanteur chanteuse acteur actrice réalisateur film:0 films:0 tournage
sport:0 sportif sportive football:0 rugby:0 tennis:0 cyclisme course match:0 matchs
championnat ligue coupe finale:1 victoire score:0 entraîneur sélection sélectionneur
équipe joueurs stade supporters
école collège lycée lycéens collégiens enseignement professeurs rentrée classe classes
examen examens baccalauréat diplôme diplômes formation apprentissage
avons avez
pu:2 dû:2 su:1 vu:2 lu:1 eu:1.5 fallu
actif active actifs actives positif positive positifs négatif négative négatifs définitif
définitive définitivement exclusif exclusive sportif sportive sportifs massif massive
décisif décisive excessif excessive agressif agressive collectif collective relatif
relative créatif créative attentif attentive effectif effective effectifs progressif
représentatif administratif administrative législatif législative législatives éducatif
associatif associative informatif significatif productif constructif défensif intensif
explosif expressif impulsif narratif nocif tardif naïf naïve bref brève sportives
nombreux heureux sérieux dangereux curieux généreux précieux délicieux paresseux
ennuyeux joyeux nerveux silencieux mystérieux religieux ambitieux courageux malheureux
merveilleux rigoureux soigneux douloureux honteux affreux fameux luxueux vertueux
capable capables possible possibles responsable responsables probable agréable
favorable vulnérable remarquable considérable raisonnable inévitable incroyable
véritable valable durable stable fiable coupable aimable confortable
public publique publics publiques politique politiques économique économiques
pratique pratiques technique techniques scientifique historique historiques
électrique électroniques numérique numériques démocratique démocratiques diplomatique
stratégique stratégiques géographique médiatique médiatiques climatique climatiques
énergétique pacifique atlantique britannique islamique catholique magnifique
spécifique unique uniques classique classiques logique physique chimique critique
national nationale nationaux nationales régional régionale régionaux régionales
social sociale sociaux sociales local locale locaux locales général générale généraux
générales principal principale principaux principales mondial mondiale mondiaux
mondiales médical médicale médicaux médicales fiscal fiscale fiscaux fiscales légal
légale légaux légales égal égale égaux égales normal normale normaux normales final
finale finaux finales total totale totaux totales idéal idéale idéaux spécial spéciale
spéciaux spéciales municipal municipale municipales électoral électorale électoraux
électorales fédéral fédérale fédéraux culturels culturelles naturelle naturelles
nouvel officiel officielle officiels officielles industriel industrielle industriels
professionnels professionnelles personnel personnelle personnels exceptionnel
exceptionnelle traditionnel traditionnelle traditionnels essentiel essentielle
essentiels potentiel potentielle potentiels actuels actuelles annuel annuelle
parlons parlez parlaient parlera parlerait parleront parlé parlée parlés parlées
mangeons mangez mangeait mangera mangerait donnons donnez donnait donnaient donnera
donnerait donneront trouvons trouvez trouvait trouvaient trouvera trouverait pensons
pensez pensait pensaient pensera penserait restons restez restait restaient restera
resterait passons passez passait passaient passera passerait passeront arrivons
arrivez arrivait arrivaient arrivera arriverait arriveront commençons commencez
commençait commençaient commencera aimons aimez aimait aimaient aimerait aimeraient
travaillons travaillez travaillait travaillaient travaillera voulons voulez voulaient
voudra voudrait voudraient pouvons pouvez pouvaient pourra pourront devons devez
devaient devra devront savons savez savaient saura saurait sauront allons allez
allaient irons iriez irait iraient venons venez venaient viendra viendrait viendront
tenons tenez tenaient tiendra tiendrait prenons prenez prenaient prendra prendrait
prendront mettons mettez mettaient mettra mettrait disons dites disaient dira dirait
diront faisons faisaient fera ferait feront ferons verrons verra verrait voyons voyez
voyaient croyons croyez croyaient croira croirait finissons finissez finissait
finissaient finira choisissons choisissez choisissait choisira réussissons réussissez
réussissait réussira partons partez partait partaient partira partirait sortons sortez
sortait sortaient sortira lisons lisez lisait lisaient lira écrivons écrivez écrivait
écrivaient écrira vivons vivez vivait vivaient vivra connaissons connaissez
connaissait connaissaient connaîtra fûmes furent eurent firent dirent prirent mirent
vinrent purent voulurent allèrent arrivèrent donnèrent trouvèrent restèrent
passèrent décidèrent annoncèrent déclarèrent obtenu obtenue obtenus soutenu soutenue
maintenu maintenue retenu retenue devenue devenus revenue revenus parvenu intervenu
découvert découverte ouvertes offerte offerts souffert couvert couverte produit produite
produits conduit conduite construit construite détruit détruite réduit réduite traduit
traduite introduit inscrit inscrite inscrits décrit décrite prescrit permis promise
admis compris comprise surpris surprise repris reprise appris apprise atteint atteinte
craint crainte peint peinte joint jointe éteint éteinte plaint plainte rejoint
fournit fournissent choisit choisissent réussit réussissent finit finissent agit
agissent réagit réagissent grandit établit établissent garantit garantissent
saisit saisissent investit investissent remplit remplissent définit définissent
réfléchit réunit réunissent accueille accueillent cueille ouvre ouvrent offre offrent
souffre souffrent découvre découvrent couvre couvrent
alors qu'ainsi tandis lorsqu'il lorsqu'elle puisqu'il
chaque fois parfois autrefois toutefois quelquefois
beaucoup davantage plusieurs quelques-uns quelques-unes certains autrui chacun
notamment également particulièrement principalement essentiellement directement
évidemment forcément justement précisément totalement complètement entièrement
absolument parfaitement profondément rapidement lentement récemment prochainement
régulièrement immédiatement aussitôt autrement vachement carrément franchement
sûrement heureusement malheureusement simplement seulement normalement finalement
dessus dessous au-dessus auprès autour dedans dehors ensuite puis désormais dorénavant
aujourd'hui naguère lendemain veille avant-hier après-demain
abandonner abandonné abord accueil accueillir accès accompagner accompagné achat acteurs
activité activités actualité actuellement adresse adulte adultes affaire afficher âge âgé
âgée agir agit aide aides ailleurs aimerait ainsi air ajout alerte aliments allemand
allemande amélioration améliorer amour amoureux analyse ancien animaux annuel annuelle
appartement appel appeler application apprendre appui après-guerre arbre argent arrêt
arrivée article articles artisan aspect assez assurance atelier attente attention
attendre auteur automobile autorités autoroute avance avancée avantage avantages avenir
avenue avis avocat bâtiment bataille beaucoup besoin bien-être bijoux billet billets blessé
blessure bois boîte bord bouteille branche bref brûler bruit budget bureau cadre calcul
caméra campagne canal candidat capitale caractère carte cartes cause cadeau celle-ci
centaine centaines centre cercle certes cesse chacun chacune chaîne chaînes chambre
chance changer chanter chantier chapitre charge chargé chaussures chemin chemins chômeurs
choisir choisi choix chute ciel citoyens clairement classement client clientèle climat
cœur colère collègue collègues combat commerce commerçants commissaire communauté
compagnie comparaison compétition complet complètement comporte comprendre compte
comptes concerne concernant concours conditions conférence confiance conflit connaissance
conseil conseiller conséquence conséquences considéré construire contenu contexte
contrat contrats contre-attaque contribution conversation copain copine corps côte
couleur couleurs coup coups couple courant courrier cours courses coûte créer création
crédit crise critique croissance cuisine culturel dame danger date débat début décembre
décidé décider découverte découvrir défense défendre dégâts degré demande demandes
démarche démocratie départ dépendance déplacement député derrière descendre désir
dessin détail détails développement développer devenir devient difficulté difficultés
dimension directeur direction dirigeants discours discussion disparition disposition
dispositif distance district document domaine domicile dommage données dossier dossiers
douleur doute droite durée eau échec échelle éclairage économique écran écrivain édition
effet effets efficace égalité électrique électricité élément éléments élevé élevée
élevage éleveurs emploi employé enceinte endroit énergie enfance enfin engagement
ennemi ennuyeux énorme enquête enseignement ensemble entendre entendu entier entourage
entraînement entrée entretien envie environ environnement envoyer épaule époque
équilibre équipement erreur erreurs escalier espace espèce espèces esprit essai essayer
établissement étage étape état-major étranger être étude événement événements évidemment
évident éviter évolution examen exemple exercice exigence existence expérience explication
exploitation expression extérieur fabrication fabriquer face facilement facture faible
faiblesse faillite fait faits familial familiale fatigue faveur fenêtre fer ferme fermeture
fête feuille fichier fidèle fierté fille film financement financier financière fleur
fleurs foi foire fonctionnaire fonctionnaires fonctionnement fonctionner fond fondation
fonds football forêt forme formidable fortement fou folle foule fournisseur fraîche frais
franchement frontière fumée futur gagnant garde garder gauche gaz général généralement
genou gens geste gestion glace gouvernement goût grâce gratuit gratuite grave grève
guerre guide habitude habitudes handicap hasard haute hauteur hélas herbe héritage
heureusement histoire homme honneur honte horaire horaires humain humaine humains
humanitaire humeur humour hypothèse idéal identité île illégal image imaginer immédiatement
immeuble immeubles impact importance important importante impossible impression incendie
inconnu indépendance indépendant indice industriel inégalités information informations
infrastructure inquiet inquiète inquiétude installation instant institution intention
interdiction interdit intérêt intérieur interview invité jardin jeter jeunesse joie jolie
journal journaliste journalistes journée juge jugement jusque justement lancement lancer
langue largement lecteur lecteurs lecture légende lendemain lettre libération liberté
libre lien liens lieu lieux ligne limite liste littérature livraison livre local locaux
logement loin loisirs longtemps longueur lourd lumière lutte lycée machine magasin
maintien majeur majeure malheureusement manque manquer marchandises marché marcher mari
mariage marque matériel matière matières mauvais mécanisme médecine médias médicament
médicaments meilleur membre mémoire menace mener mensonge mentalité mesure mesures métier
métiers mètre mètres meuble mieux milieu militant militants mille ministère minorité
mission mode modèle moindre moitié moment monde montagne montant montrer morceau mort
mot moteur mouvement moyen moyenne moyens musée musique naissance natation naturel
naturellement navire nécessaire négatif négociations nettoyage neuf nez niveau nombreux
nombreuses note nourrir nouveauté nuage numéro objectif objectifs objet obligation
obligatoire obtenir obtenu occasion occupé occuper œuvre offre oiseau ombre opération
opérations opinion opposition ordinateur ordre oreille organisation organiser
orientation origine ouvrage ouvrier ouvriers ouverture page paiement paix palais panne
papier paquet parc parcours pareil parole paroles participation participer partenaire
partenaires partout passage passager passagers passion patrimoine pauvreté payant pays
paysage peine peintre peinture pensée pente perte pertes petit-fils peuple peur pharmacie
phase photo photos phrase physique pièce pierre piste place plaisir planète plat plein
pluie plupart poche poids point pointe police politique pollution pompier pont porte
portable portrait position possibilité poste pouvoir pratique précis précisément
préfecture premier prendre présence présent présentation présenter présidence pression
prêt prévention prévu prévoir principe printemps priorité prise privé problème procédure
prochain production produit produits professionnel professionnelle profit profondément
progrès projet promesse promenade propos proposer proposition propriétaire protection
protéger province prudence public publication puissance puissant qualité quantité
quartier quatrième quelqu'un question queue quitter quotidien quotidienne raconter
raison rapide rappel rappeler rapport réaction réalité récemment recherche récit
recommandation reconnaissance reconnaître recours réduire réduction réel réelle
réfléchir réflexion refus refuser regard région règlement relation relations relativement
remarquer remboursement remplacer rencontre rendez-vous renforcer rentrer réparation
repas répondre réponse reportage repos reprendre reprise réseau réserve résidence
résistance respect respecter responsabilité ressources restaurant résultat retard
retour retraité retraités réunion réussir réussite rêve réveil revenu revenus revue
richesse risque rivière robe roman rôle route royaume rue ruisseau rupture rural rurale
saison salaire salle salon sang santé satisfaction sauf sauver savoir scène scolaire
séance secours secret secteur secteurs sécurité séjour semaine sens sentiment sentir
service seuil siècle siège signal signature signe silence situation soirée solde solidarité
solution sommet somme sondage sorte sortie souci soudain souffle souffrance souvenir
spécial spécialiste spectateurs stade stratégie structure succès suite sujet supérieur
supermarché suppression surface surpris surprise surveillance symbole système tableau
tâche taille talent tarif tarifs taux technique télévision témoin témoignage témoins
température tendance tenir tension tentative terrain terrasse territoire tête texte
théâtre thème tissu titre tomber tort total toucher tour tourisme touristes tournée
tradition traitement trajet tranquille transport transports travailler traverser trésor
tribunal troisième trou troupe trouver tuer type unique usage usager usagers usine
utile utilisateur utilisateurs utiliser vacances valeur valeurs variété vaste veille
vendeur vente ventes vérité verre victime vide vidéo vieillesse vif vigueur ville vin
violence violent virage visage visite visiteurs vitesse vitrine vivant voie voile voisin
voiture voix volonté vol volume vote voyageur voyageurs vue zone
abri absence absolument accord accorder accusation achever acier admettre adopter
adversaire affirmer affronter agent agréable aigu aile aimable ajouter aliment allumer
amener amical ampleur angoisse anglais anglaise annuler apercevoir apparaître appartenir
applaudir apporter apprécier approcher appuyer arracher arranger arrière arrivage arroser
assister assurer atteindre attirer augmenter autant autoriser avaler avancer avertir
aveugle avouer baisser balle banlieue barque bas bassin bataillon battre bavarder bête
bêtise beurre bibliothèque bientôt bijou bilan blague blé bleu blesser boire bonheur
bouger bouquet bourse bousculer boutique bouton briller brosse brouillard bruyant
cacher cahier caisse calme camion canapé capable car carnet carré casser célèbre
cérémonie chaise chaleureux champion chanteur chapeau chasser chaud chaussette
chercheur cheveu chiffre chocolat chose chuchoter cible cinéma citer citron clé coiffeur
coin colline combattre commander commencement compagnon compléter compliqué comporter
compter conclure conduite confier confondre confortable congé connaître conserver
consommer construit contenir contenter content contraire contrôler convaincre copier
corriger coucher couloir coupe couper courageux couteau couverture couvrir craindre
cravate crier croiser cueillir cuillère cuir curieux danser débarrasser debout décevoir
déchirer découper défaut dehors déjà délicieux demeurer démolir dépasser déposer déranger
désormais dessiner détester détruire deviner devoir dinde disparaître disputer distinguer
distribuer divers diviser doigt dommage doucement douter drapeau droitier durer échapper
éclater écouter écraser effacer effrayer égal église élargir élever embrasser emmener
empêcher emporter emprunter encourager endormir enfermer enlever ennui enregistrer
enseigne entourer entraîner envahir envoler épais épicerie éplucher épreuve escargot
espérer essuyer étendre éteindre étoile étonner étrange étroit évier exiger expliquer
fâché fabriquer facteur faim falloir farine fatiguer fauteuil fermer fêter feuilleton
ficelle fier figure fixer flamme flèche fleuve foncé forcer fourchette fournir frapper
frein frites froid fromage fuir fusée gâcher gagner gant gare gâteau geler gêner genoux
glisser gomme gorge goûter grandir gratter grenier grimper grincer gronder grossir guérir
habiller habiter haricot hésiter heurter hibou hurler ignorer immobile imprimer
inquiéter inscrire insister installer interdire inventer inviter jaloux jeter joindre
jouet jupe jurer lâcher laine laisser lampe lancer lapin laver leçon lécher lever lèvre
libérer lier linge livrer loger louer loup lunettes maigre maillot maîtresse malin
manquer manteau marchand marier marteau matelas mélanger mensonge menton mentir merveille
mesurer meubler miel mignon miroir moineau moisson monnaie montrer moquer mordre
moucher mouiller moustique mouton mûr nager naître neige nettoyer nid noircir nouer
noyer nuage obéir obliger observer occuper odeur offrir oignon ombre ongle oreiller
orteil oser oublier outil ouvrir paille panier pansement pantalon papillon paquet
paraître parapluie pardonner paresseux parfum partager parvenir patienter pâtes patte
paupière pauvre pêcher peigne peler pencher pendre pénétrer percer perdre permettre
persuader peser piéger pinceau piquer placard plafond plaindre plaire planche plancher
pleurer plier plonger pluie poêle poignet poil poisson poitrine poli pomme poser
potager poubelle poule poupée pourrir poursuivre pousser poussière prairie préférer
prénom prêter prévenir prier produire profiter promener promettre prononcer protéger
prouver puiser punir quai quitter raconter ramasser ramener ranger rappeler raser rater
rayon recevoir réchauffer récolter reconnaître recouvrir reculer redescendre réfléchir
regretter rejoindre relever remercier remplir remuer rencontrer rendre renverser
réparer repasser répéter réveiller revoir rire rivière robinet rocher rond ronger rougir
rouler ruban sable sac sage saisir salir sauter sauvage sauver savon secouer sécher
semer sentier serrer serviette siffler signer soigner sommeil sonner souffler soulever
souligner soupe sourire souris soutenir souvenir sucer suffire supporter supprimer
surveiller tablier tache taper tapis tarder tasse tempête tendre terminer tiroir tirer
tomate tonnerre tordre tortue tousser trahir traîner tranquille transporter travers
trembler tremper tricher tromper troupeau trottoir tuyau usé vache vague vaisselle
valise vaincre vendre venger verser veste vêtement vider vieillir visiter vivre voler
vomir voyager
`;

/** Orthographic cues for words absent from both lexicons (syntax as in en.ts). */
export const FR_PATTERNS = `
eau$:3 eaux$:3.5 aux$:2.5 eux$:3 euse$:3 euses$:3 oux$:2 x$:1 z$:1 ez$:2.5
é$:2.5 és$:2.5 ée$:3 ées$:3 ère$:2.5 ères$:2.5 ès$:2.5 ière$:2.5 ières$:2.5 ier$:0.8 iers$:1
ique$:1.5 iques$:2 isme$:2 ismes$:2.5 iste$:1.2 istes$:1.5 ité$:2.5 ités$:3
eur$:1.5 eurs$:1.8 teur$:1.5 teurs$:2 trice$:3 trices$:3 euil$:3 ueil$:3
oire$:2 oires$:2.5 oir$:2 oirs$:2.5 aire$:1.5 aires$:2 ette$:1.5 ettes$:2 elle$:1.2 elles$:2
ienne$:3 iennes$:3 ien$:1 iens$:1.5 aine$:1.5 aines$:2 ains$:1 gne$:1.5 gnes$:2 gn:1
ille$:1.5 illes$:1.8 aille$:2.5 eille$:3 ouille$:3 ail$:0.5
ait$:1.5 aient$:3 ais$:1.5 erait$:3 eraient$:3 erons$:3 erez$:3 iez$:2.5 ions$:0.6
ons$:0.6 ont$:1 ant$:0.2 ants$:0.5 ante$:1.2 antes$:2 ent$:0.3 ement$:0.8 ements$:0.8
emment$:3 amment$:3 ssement$:2.5 isation$:0.8 isations$:1.2
tre$:1.2 tres$:1.5 bre$:1.2 bres$:1.5 dre$:1.5 dres$:1.5 vre$:1.5 vres$:1.5 pre$:1
que$:1.2 ques$:1.2 quer$:2 qué$:3 quée$:3 gue$:0.5 gues$:0.8 esse$:1 esses$:1.2
if$:1.2 ifs$:2 ive$:0 ives$:0 oise$:2 oises$:2.5 ois$:1.5 oit$:1.5 oient$:3 oix$:2
ie$:0.5 ale$:0.6 ales$:1 entes$:2 er$:0.2 ir$:1 ire$:0.8 ires$:1 ure$:0 ée:1 eu:1.2 oi:0.6 ou:0.3 ai:0.2 qu:0.3
^dé:1 ^ré:1 ^pré:1 ç:3 œ:3 é:2.5 è:2.5 ê:2.5 à:2.5 ù:2.5 î:2.5 ô:2.5 û:2.5 ë:2 ï:2 â:2.5
`;

/** Elided forms before an apostrophe: `l'`, `d'`, `qu'` ... */
export const FR_ELISIONS = `
l:3 d:3 qu:3.5 n:3 c:3 j:3 s:2.5 m:2.5 t:2.5 jusqu:4 lorsqu:4 puisqu:4 quoiqu:4 quelqu:4
presqu:4
`;
