/**
 * Frequent French words that are capitalised only because they open a
 * sentence, a headline or a button ("Déjà abonné ?", "OFFRE SPÉCIALE",
 * "Cependant", "Quoi"). An unknown capitalised word found here never starts
 * a name on its own.
 *
 * Source: closed classes from Grevisse, Le Bon Usage (determiners, pronouns,
 * prepositions, conjunctions, adverbs), completed with the most frequent
 * forms of the Lexique 3.83 frequency base (New & Pallier, lexique.org,
 * films + books counts) and frequent web-page furniture words seen in
 * scraped French news. Lower-case keys, accented.
 */
const FUNCTION_WORDS = `
a à au aux avec ce ces cet cette ceci cela ça celui celle ceux celles chaque comme dans de des du d' en entre et
il ils elle elles je j' tu nous vous on le la les l' leur leurs lui me m' mes mon ma moi ne n' ni non oui ou où par
pas pour que qu' quand quel quelle quels quelles qui quoi sa se s' ses si son sur ta te t' tes ton toi un une unes uns
vos votre y après avant chez contre depuis derrière devant durant envers hormis hors jusque jusqu' malgré outre parmi
pendant sans selon sous suivant vers via voici voilà afin ainsi alors aussi aussitôt autant autrefois autrement
beaucoup bien bientôt cependant certes certainement d'abord davantage dedans dehors déjà demain désormais donc dont
encore enfin ensemble ensuite environ guère hier ici jamais là loin longtemps lors lorsque lorsqu' maintenant mais
mal même mêmes moins naguère néanmoins notamment notre nos nul nulle parce parfois partout peu peut-être plus plutôt
pourquoi pourtant presque puis puisque puisqu' quelque quelques quelqu'un quiconque quoique rien sinon souvent surtout
tant tantôt tard tel telle tels telles tôt toujours tout toute toutes tous très trop vite voire vraiment aucun aucune
autre autres certain certaine certains certaines divers diverses plusieurs tandis toutefois pourvu soit aujourd'hui
d'ailleurs ailleurs auparavant aussitôt actuellement également finalement seulement simplement notamment récemment
probablement évidemment visiblement clairement directement immédiatement rapidement largement totalement
particulièrement principalement officiellement essentiellement apparemment heureusement malheureusement
justement désormais dorénavant entre-temps cependant quant concernant moyennant excepté sauf lequel laquelle
lesquels lesquelles auquel auxquels duquel desquels celui-ci celle-ci ceux-ci celles-ci celui-là là-bas
ceci-dit voilà voici oh ah eh bon bref hélas ok non-seulement au-delà en-deçà outre-mer
`;

/** Frequent verbs, nouns and adjectives seen capitalised at a sentence or headline start. */
const FREQUENT_WORDS = `
est sont était étaient sera seront serait seraient été être avoir ai as avons avez ont avait avaient aura auront
aurait auraient eu fait faire font faisait dit dire disent va vont allait aller vient viennent venir peut peuvent
pouvait pourrait doit doivent devait devrait faut fallait semble semblent reste restent voir voit savoir sait
prendre prend mettre met passer passe donner donne trouver trouve parler parle demander demande laisser laisse
tenir tient croire croit rendre rend penser pense vouloir veut veulent regarder suivre suit sortir sort lire lis
découvrir découvrez souscrivez abonnez-vous abonnez connectez-vous connectez inscrivez-vous inscrivez cliquez
partagez partager commenter commentez lire télécharger téléchargez voir écouter écoutez regarder regardez
retrouvez retrouver accéder accédez consulter consultez profitez profiter choisissez choisir essayez essayer
désactivez activez s'abonner abonné abonnée abonnés abonnement renouvellement offre offres spéciale spécial
meilleure meilleur annuel annuelle mensuel mensuelle gratuit gratuite maintenant accès illimité newsletter
newsletters podcast podcasts article articles actualité actualités information informations infos info direct
vidéo vidéos photo photos galerie publicité publié publiée publication mis à jour mise lecture commentaires
commentaire partage menu accueil recherche rechercher connexion compte aide contact mentions légales cookies
politique confidentialité droits réservés tous toutes édition éditions rubrique rubriques sommaire suite
précédent précédente suivant suivante prev next top home plus lire aussi également sur le même sujet
descriptive text here live alerte urgent exclusif exclusive breaking news sport sports économie culture monde
international internationale france société politique opinion opinions débat débats analyse analyses éditorial
tribune entretien interview reportage enquête portrait chronique décryptage dossier dossiers vidéo podcast
nouveau nouvelle nouveaux nouvelles grand grande grands grandes petit petite premier première premiers premières
dernier dernière derniers dernières deux trois quatre cinq six sept huit neuf dix cent mille million millions
milliard milliards second seconde deuxième troisième moitié quart
homme hommes femme femmes enfant enfants gens personne personnes peuple pays état états gouvernement président
ministre ministres guerre paix attaque attaques armes arme missile missiles sanctions sanction accord accords
relation relations coopération sécurité défense question questions problème problèmes situation crise
conflit conflits visite voyage sommet rencontre réunion discussions entretiens négociations élection élections
jour jours semaine semaines mois année années an ans heure heures temps moment fois fin début milieu
lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août septembre
octobre novembre décembre hier aujourd'hui demain matin soir nuit
bonjour merci attention important importante importants nombreux nombreuses certains selon face
la stratégie relation liens lien axe essentiellement cela ceci celle voici comment pourquoi combien quand quel
quelle quels quelles quoi qui que où donc alors ainsi puis enfin toutefois néanmoins pourtant cependant déjà
encore aussi surtout notamment même tout toute tous toutes chaque aucun aucune autre autres plusieurs quelques
attaque envoi échange échanges cadeau mission raison raisons fait faits cas lieu place part côté suite cause
effet besoin objectif objectifs but projet projets plan plans programme programmes rapport rapports source sources
selon citant cité citée expliquant ajoutant affirmant soulignant indiquant précisant rappelant estimant
déclaration déclarations communiqué communiqués annonce annonces décision décisions réaction réactions
loi lois texte textes réforme réformes budget vote votes campagne campagnes marché marchés prix entreprise
entreprises banque banques économie croissance emploi emplois travail chômage inflation dette impôts santé
hôpital école écoles université police justice tribunal procès prison armée armées soldats troupes forces
militaire militaires nucléaire nucléaires balistique balistiques renseignement renseignements services service
dirigeant dirigeants leader leaders responsable responsables experts expert analyste analystes chercheurs
ministère agence agences bureau conseil comité commission parti partis mouvement opposition majorité
frontière frontières région régions ville villes capitale village territoire territoires zone zones
nord sud est ouest centre intérieur extérieur côte mer océan île îles montagne fleuve
bien mal mieux pire vrai faux possible impossible nécessaire seul seule seuls seules propre propres
haut haute hauts hautes bas basse long longue court courte fort forte forts fortes faible faibles
tel telle tels telles dont lequel laquelle chez vers envers contre malgré sans sous sur dans par pour
ici là-bas partout ailleurs oui non peut-être si comme quand lorsque puisque
quoi pourquoi combien comment où
lorsqu'il lorsqu'elle c'est c'était il y a
plein pleine éloges soutien soutiens aide aides
renouvellement automatique
attaque échec ce cette ces cet internet web site
noël pâques toussaint ramadan aïd hanoukka pentecôte ascension carême nouvel an réveillon
tabaski korité maouloud achoura
`;


/** More frequent forms that open news sentences: participles, connectors, nouns of reporting. */
const SENTENCE_OPENERS = `
interrogé interrogée interrogés interrogées rappelons rappelant notons soulignons précisons ajoutons dès lors outre
parmi faute grâce afin lorsque tandis certes côté objectif résultat problème bilan conséquence preuve signe
cependant toutefois néanmoins pourtant désormais auparavant ensuite enfin puis alors ainsi aussi donc or car
mais et ou ni soit d'abord ensuite finalement bref bien entendu évidemment naturellement sûrement assurément
autrement dit en effet par ailleurs de plus en outre en revanche au contraire en fait de même à l'inverse
sans doute peut-être probablement heureusement malheureusement curieusement étrangement paradoxalement
selon d'après pour contre sur sous dans avec sans chez vers entre depuis pendant avant après devant derrière
voilà voici jusqu'ici jusque-là aujourd'hui hier demain maintenant actuellement récemment bientôt longtemps
arrivé arrivée arrivés arrivées parti partie partis parties venu venue venus venues né née nés nées mort morte
morts mortes élu élue élus élues nommé nommée nommés nommées condamné condamnée accusé accusée accusés
soupçonné soupçonnée visé visée visés touché touchée touchés blessé blessée blessés tué tuée tués
confronté confrontée confrontés face sous pression critiqué critiquée attendu attendue prévu prévue
annoncé annoncée publié publiée adopté adoptée signé signée lancé lancée ouvert ouverte fermé fermée
organisé organisée réuni réunie réunis réunies installé installée créé créée fondé fondée basé basée
situé située placé placée mené menée dirigé dirigée soutenu soutenue financé financée
questionné questionnée sollicité sollicitée contacté contactée joint jointe cité citée citant
invité invitée invités invitées reçu reçue reçus reçues présent présente présents présentes
ancien ancienne anciens anciennes nouveau nouvel nouvelle nouveaux nouvelles jeune jeunes vieux vieille
autre autres même mêmes seul seule seuls seules tout toute tous toutes plusieurs certains certaines
chaque aucun aucune nul nulle quelque quelques divers diverses différents différentes nombreux nombreuses
plus moins très trop assez peu beaucoup bien mieux mal pire tant autant
lundi mardi mercredi jeudi vendredi samedi dimanche
quelle quel quels quelles qui que quoi où quand comment pourquoi combien lequel laquelle
cela ceci ça celui celle ceux celles c'est ce sont il elle ils elles on nous vous je tu
mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs
un une des du de la le les l' au aux ce cet cette ces
photo photos crédit crédits légende légendes source sources image images capture vidéo vidéos
dessin illustration graphique carte tableau infographie extrait extraits lien liens
voir lire écouter regarder suivre partager envoyer imprimer copier fermer ouvrir retour haut bas
page pages précédente suivante accueil menu rechercher recherche connexion inscription déconnexion
abonnez-vous inscrivez-vous connectez-vous identifiez-vous téléchargez installez essayez découvrez
newsletter alertes alerte notifications paramètres préférences confidentialité cookies publicité
exclusif exclusive premium gratuit gratuite offert offerte payant payante
gouvernement présidence ministère armée police justice parlement assemblée sénat opposition majorité
guerre conflit attaque offensive frappe frappes bombardement bombardements combats combat front
sommet réunion rencontre visite voyage entretien entretiens discussion discussions négociations pourparlers
accord traité alliance partenariat coopération soutien aide aides livraison livraisons envoi envois
sanctions sanction embargo blocus menace menaces risque risques danger crise tensions tension
élection élections scrutin vote référendum campagne candidat candidate candidats résultats sondage
économie croissance inflation chômage emploi salaires prix taux budget dette déficit impôts taxes
santé épidémie pandémie virus vaccin vaccins hôpital hôpitaux médecins patients malades
climat réchauffement environnement énergie pétrole gaz électricité nucléaire charbon renouvelables
migrants réfugiés immigration frontière frontières asile expulsion expulsions
procès enquête enquêtes juge juges tribunal cour peine prison condamnation arrestation garde à vue
manifestation manifestations grève grèves mobilisation protestation colère violences émeutes
victimes victime morts blessés disparus otages prisonniers civils soldats militaires combattants
président présidente premier ministre ministres chef chefs dirigeant dirigeants responsable responsables
porte-parole secrétaire directeur directrice conseiller conseillère ambassadeur ambassadrice général
monde pays état états etat etats nation nations peuple population habitants citoyens société entreprise entreprises
ville villes capitale région régions province provinces territoire territoires zone zones quartier
village villages frontière côte mer ciel terre eau feu
début fin milieu moitié partie reste ensemble totalité majorité minorité nombre série liste
semaine semaines mois année années an ans jour jours nuit nuits matin soir heure heures minute minutes
temps moment période époque siècle décennie saison printemps été automne hiver
question questions réponse réponses problème problèmes solution solutions raison raisons cause causes
idée idées projet projets plan plans programme programmes politique politiques stratégie stratégies
`;

/** Every key of the lists. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `${FUNCTION_WORDS} ${FREQUENT_WORDS} ${SENTENCE_OPENERS}`.split(/\s+/u).filter((w) => w !== ''),
);

/**
 * Capitalised words that end a run of capitalised words: interrogatives,
 * relatives, conjunctions, clause adverbs and subject pronouns open a new
 * clause and are not found inside names ("BloombergActualités Quoi Séoul a
 * identifié": the run stops before "Quoi"). Name particles ("Le" in "Marine
 * Le Pen", "De", "La") and prepositions found in names ("Sans" in "Médecins
 * Sans Frontières", "En") are left out. Lower-case keys.
 */
export const RUN_BREAKERS: ReadonlySet<string> = new Set(
  `
quoi que qui quand quel quelle quels quelles pourquoi comment combien où dont lorsque puisque
parce mais donc alors ainsi puis ensuite enfin cependant pourtant toutefois néanmoins désormais aussi également
notamment surtout déjà encore maintenant aujourd'hui hier demain selon il ils elle elles je nous vous
tu ceci cela ça ne oui non voici voilà afin tandis
`
    .split(/\s+/u)
    .filter((w) => w !== ''),
);
