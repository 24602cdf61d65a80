/**
 * Small closed lists that shape and type unknown capitalised names.
 *
 * Source: French and foreign onomastic particles (Grevisse §1052; Arabic,
 * Dutch, German, Portuguese naming conventions), French locative
 * prepositions (Grevisse §1050), and press nouns that announce an
 * organisation's name ("l'agence Yonhap", "le journal tchèque Denik N").
 */

/** Lower-case words that may sit inside a name between two capitalised words: "Charles de Gaulle", "Abou Bakr al-Baghdadi". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'du', "d'", 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'ten', 'da', 'das', 'do', 'dos', 'di', 'del',
  'della', 'degli', 'y', 'al', 'el', 'ben', 'bin', 'ibn', 'bint', 'abou', 'abu', 'ould', 'ag', 'mac', 'zu', 'af',
  // Mauritanian "daughter of", the feminine of "Ould": "Fatimetou Mint Abdel Malick"
  'mint',
]);

/**
 * Capitalised elided prefixes of West African surnames, glued to the rest
 * of the name: "Koffi N'Guessan", "Moussa N'Diaye", "Ibrahima M'Baye". Keys.
 */
export const ELIDED_SURNAME_PREFIXES: ReadonlySet<string> = new Set(["n'", "m'"]);

/** Abbreviated generation suffixes closing a person's name with their dot: "Ferdinand Marcos Jr.", "Martin Luther King Sr.". */
export const GENERATION_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr']);

/** Particles that may only join a person's name, never a place ("du", "de la" open place complements). */
export const PERSON_ONLY_PARTICLES: ReadonlySet<string> = new Set(['van', 'von', 'der', 'den', 'ter', 'ten', 'ben', 'bin', 'ibn', 'bint', 'ould', 'mint', 'al', 'el']);

/** Articles after "de" inside a Spanish or Portuguese name opened by a first name: "Juan de la Cruz", "Vicente de la O Levy". */
export const ARTICLE_PARTICLES: ReadonlySet<string> = new Set(['la', 'las', 'los']);

/** Prepositions after which an unknown capitalised word is a place: "à Kherson", "en Crimée", "vers Bakhmout". */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'à', 'en', 'au', 'aux', 'vers', 'depuis', 'via',
]);

/**
 * Lower-case nouns after which a capitalised name is an organisation:
 * "l'agence Yonhap", "le journal tchèque Denik N", "le groupe Wagner",
 * "l'agence de presse russe Tass".
 */
export const ORG_ANNOUNCERS: ReadonlySet<string> = new Set([
  'agence', 'agences', 'journal', 'quotidien', 'hebdomadaire', 'magazine', 'chaîne', 'télévision', 'radio', 'site',
  'média', 'groupe', 'société', 'entreprise', 'firme', 'constructeur', 'compagnie', 'banque', 'fabricant', 'géant',
  'parti', 'mouvement', 'organisation', 'ong', 'association', 'fondation', 'institut', "think-tank", 'cabinet',
  'club', 'équipe', 'syndicat', 'réseau', 'plateforme', 'opérateur', 'milice', 'milices', 'katiba', 'katibas', 'brigade', 'start-up', 'laboratoire',
  'journaux', 'titre', 'tabloïd', 'revue', 'mensuel', 'blog', 'studio', 'label', 'consortium', 'holding', 'filiale',
  'observatoire', 'coalition', 'alliance', 'formation', 'maison', 'enseigne', 'marque', 'union', 'collectif',
  // a listed share, an app, a store: "l'action Altherm a chuté", "l'application Gojek", "le grand magasin Mitsukoshi"
  'action', 'application', 'magasin', 'magasins',
  // a poll by its institute: "un sondage Elabe" ("l'enquête Epstein" is a case)
  'sondage',
  // firms by their trade: "le distributeur en ligne Modalia", "l'assureur Generali", "l'équipementier Valeo"
  'distributeur', 'détaillant', 'assureur', 'transporteur', 'éditeur', 'hébergeur', 'prestataire', 'sous-traitant',
  'équipementier', 'énergéticien', 'armateur', 'voyagiste', 'chimiste', 'sidérurgiste', 'cimentier', 'brasseur',
  // public utilities and member-owned firms: "la régie municipale Termoenergetica", "la coopérative Sodiaal"
  'régie', 'coopérative', 'mutuelle', 'conglomérat', 'fournisseur', 'raffineur',
  // a plant by its firm's name: "l'usine Vosgeplast va fermer" ("l'usine de Flins" is the town's)
  'usine', 'usines',
]);

/**
 * Nouns after which a capitalised name is a stock index or a benchmark, no
 * body: "l'indice Nikkei" (not the newspaper), "l'indice boursier Kospi",
 * "l'indice Hang Seng". Keys.
 */
export const INDEX_NOUNS: ReadonlySet<string> = new Set(['indice', 'indices']);

/** Words allowed between such a noun and the index: "l'indice boursier Kospi", "l'indice vedette Nikkei". */
export const INDEX_FILLERS: ReadonlySet<string> = new Set(['boursier', 'phare', 'vedette', 'élargi', 'technologique', 'composite']);

/**
 * Accent-folded endings of survey series named like a body: "un sondage
 * Eurobaromètre", "l'Afrobarometer", "le Latinobarómetro" (a poll, not an
 * organisation).
 */
export const SURVEY_SERIES_ENDINGS: readonly string[] = ['barometre', 'barometer', 'barometro'];

/** Announcers written as acronyms in capitals, which a name run swallows: "l'ONG Foro Penal". Keys. */
export const ACRONYM_ANNOUNCERS: ReadonlySet<string> = new Set(['ong']);

/**
 * Announcers that name a firm or a title only right before it: "la maison
 * Hermès", "le site Mediapart", "l'action Altherm", "le magasin Ikea"; "sa
 * maison de Jonquières", "le site de Lacq", "la formation de Lyon", "le
 * magasin de Kradovo", "l'usine de Flins" are a house, a place, a course, a shop, a plant's town.
 */
export const DIRECT_ANNOUNCERS: ReadonlySet<string> = new Set(['maison', 'site', 'action', 'formation', 'titre', 'application', 'sondage', 'magasin', 'magasins', 'usine', 'usines']);

/**
 * Words of offshore sailing: in a text that holds one, the name in brackets after a skipper is the boat's
 * ("Charlie Dalin (Macif Santé Prévoyance)", "Yoann Richomme (Paprec Arkéa)"), no entity, where after a cyclist it is
 * the team's (benchmark convention, dev20). Keys.
 */
export const SAILING_WORDS: ReadonlySet<string> = new Set([
  'skipper', 'skippers', 'skippeur', 'skippeurs', 'skippeuse', 'skippeuses', 'navigateur', 'navigateurs',
  'navigatrice', 'navigatrices', 'voilier', 'voiliers', 'monocoque', 'monocoques', 'multicoque', 'multicoques',
  'trimaran', 'trimarans', 'imoca', 'régate', 'régates', 'foiler', 'foilers',
]);

/**
 * Press nouns whose name may follow between commas, in apposition: "diffusé par sa radio, Andalus, …", "son agence
 * de propagande, Amaq, …". Keys.
 */
export const APPOSED_PRESS_ANNOUNCERS: ReadonlySet<string> = new Set([
  'radio', 'agence', 'chaîne', 'télévision', 'journal', 'quotidien', 'hebdomadaire', 'magazine', 'propagande',
]);

/** Words allowed between an announcer and the name: "l'agence de presse russe Tass", "le journal en ligne X". */
export const ANNOUNCER_FILLERS: ReadonlySet<string> = new Set([
  'de', "d'", 'presse', 'officielle', 'officiel', 'étatique', 'état', 'public', 'publique', 'privé', 'privée',
  'en', 'ligne', 'paramilitaire', 'pétrolier', 'pétrolière', 'national', 'nationale', 'social',
  'sociaux',
  // parties: "le parti libéral X", "le parti de gauche X", "la formation d'extrême droite X"
  'libéral', 'libérale', 'nationaliste', 'conservateur', 'conservatrice', 'socialiste', 'communiste', 'écologiste',
  'centriste', 'populiste', 'islamiste', 'séparatiste', 'indépendantiste', 'souverainiste', 'gauche', 'droite', 'centre',
  'extrême', 'radical', 'radicale', 'opposition', 'au', 'pouvoir', 'présidentiel', 'majoritaire', 'unioniste',
  'minier', 'minière', 'chimique', 'pharmaceutique', 'automobile', 'aéronautique', 'technologique', 'numérique',
  'bancaire', 'agroalimentaire', 'énergétique', 'ferroviaire', 'maritime', 'indépendant', 'indépendante',
  // "le groupe hôtelier X", "le promoteur immobilier X", "le géant sidérurgique X"
  'hôtelier', 'hôtelière', 'industriel', 'industrielle', 'sidérurgique', 'textile', 'informatique', 'immobilier',
  'immobilière', 'gazier', 'gazière', 'électrique', 'logistique', 'cosmétique', 'audiovisuel', 'audiovisuelle',
  'publicitaire', 'financier', 'financière', 'portuaire', 'laitier', 'laitière', 'sucrier', 'viticole', 'touristique',
  'familial', 'familiale', 'coopératif', 'mutualiste', 'agricole', 'alimentaire', 'semencier', 'nucléaire',
  // unions and associations: "l'union commerciale X", "l'union locale X", "le collectif citoyen X"
  'commerciale', 'commercial', 'locale', 'local', 'syndicale', 'patronale', 'citoyen', 'citoyenne', 'professionnelle',
  // firms by their trade: "le cabinet de conseil X", "l'agence de notation X", "le cabinet d'avocats X"
  'conseil', 'audit', 'avocats', 'lobbying', 'notation', 'études', 'analyse', 'recrutement', 'communication', 'sondages',
]);

/**
 * Accent-folded words that put a text in a Korean context, where "le Nord"
 * and "le Sud" name the two Koreas: "Corée", "nord-coréen", "Séoul", "Pyongyang".
 */
export const KOREA_CUES: readonly string[] = ['coree', 'coreen', 'seoul', 'pyongyang', 'pyeongyang', 'panmunjom'];

/** Definite articles (and their contractions) before a short mention of a named body: "l'Union", "la Commission", "du Conseil". */
export const DEFINITE_ARTICLES: ReadonlySet<string> = new Set(['le', 'la', "l'", 'les', 'du', 'au', 'aux', 'des']);

/**
 * Contracted articles and the article a name loses in them: "au Caire" and
 * "du Caire" write "Le Caire", "aux Pays-Bas" "Les Pays-Bas", "du Figaro"
 * "Le Figaro".
 */
export const CONTRACTED_ARTICLES: ReadonlyMap<string, string> = new Map([
  ['au', 'Le'], ['du', 'Le'], ['aux', 'Les'], ['des', 'Les'],
]);

/**
 * Combining forms of demonyms in compounds ("franco-algérien", "sino-américain",
 * "israélo-palestinien"): the first parts of a compound demonym. Keys.
 */
export const COMBINING_DEMONYMS: ReadonlySet<string> = new Set([
  'franco', 'germano', 'anglo', 'italo', 'hispano', 'luso', 'sino', 'russo', 'américano', 'israélo', 'arabo', 'afro',
  'nippo', 'turco', 'gréco', 'belgo', 'helvéto', 'austro', 'polono', 'indo', 'irano', 'irako', 'syro', 'libano',
  'saoudo', 'qataro', 'égypto', 'algéro', 'maroco', 'tuniso', 'libyo', 'soudano', 'éthiopo', 'somalo', 'kényano',
  'congolo', 'rwando', 'coréano', 'vietnamo', 'khméro', 'pakistano', 'afghano', 'arméno', 'azerbaïdjano', 'géorgio',
  'ukraino', 'biélorusso', 'serbo', 'croato', 'bosno', 'slovéno', 'hungaro', 'roumano', 'bulgaro', 'greco', 'cubano',
  'mexicano', 'canado', 'brésilo', 'argentino', 'chiléno', 'vénézuélo', 'colombo', 'palestino', 'kurdo', 'judéo', 'euro',
  // "britanno-iranien", "australo-britannique", "néerlando-belge", "ivoiro-burkinabè", "malo-algérien".
  'britanno', 'australo', 'néerlando', 'suédo', 'dano', 'finno', 'ivoiro', 'sénégalo', 'malo', 'nigéro', 'tchado',
]);

/**
 * Masculine determiners before a capitalised word that is both a country
 * and a demonym noun: "aucun Suisse", "le Suisse Marco Odermatt" name a
 * person of that nationality ("la Suisse" is the country).
 */
export const DEMONYM_NOUN_DETERMINERS: ReadonlySet<string> = new Set(['le', 'un', 'aucun', 'chaque', 'ce', 'cet', 'du', 'au', 'quel', 'nul']);

/**
 * Function words ending like a plural noun ("les", "dans", "plusieurs"): a
 * lower-case group name after one is a noun ("des talibans"); after a
 * plural noun it qualifies it ("200 combattants talibans"). Keys.
 */
export const PLURAL_LOOKING_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'les', 'des', 'ces', 'mes', 'tes', 'ses', 'nos', 'vos', 'leurs', 'aux', 'plusieurs', 'quelques', 'certains', 'certaines',
  'tous', 'toutes', 'dans', 'sans', 'sous', 'vers', 'après', 'depuis', 'hors', 'dès', 'lors', 'chez', 'entre', 'moins', 'plus',
  'mais', 'puis', 'alors', 'jamais', 'toujours', 'encore', 'sont', 'ont', 'étaient', 'avaient', 'seront', 'auront', 'deux', 'trois', 'six', 'dix',
]);

/** Nouns a given name may follow without naming a person: "la tempête Ingrid", "l'opération Barkhane", "le navire Marie". */
export const NAMED_THINGS: ReadonlySet<string> = new Set([
  'tempête', 'tempêtes', 'cyclone', 'ouragan', 'typhon', 'dépression', 'opération', 'plan', 'projet', 'programme', 'navire',
  'bateau', 'frégate', 'porte-avions', 'sous-marin', 'satellite', 'mission', 'loi', 'rue', 'avenue', 'boulevard', 'place',
]);

/**
 * Ships and boats named after their type noun ("le porte-avions Charles-de-Gaulle", "le pétrolier Eagle S") or a
 * navy's prefix ("USS Gerald Ford", "HMS Prince of Wales"): a vessel is none of the entity types, and the person or
 * place it is named after is not mentioned. Sailing race boats are left out (named after sponsors). Keys.
 */
export const VESSEL_NOUNS: ReadonlySet<string> = new Set([
  'navire', 'navires', 'bateau', 'frégate', 'porte-avions', 'porte-hélicoptères', 'sous-marin', 'destroyer', 'croiseur',
  'corvette', 'pétrolier', 'méthanier', 'cargo', 'paquebot', 'chalutier', 'remorqueur', 'brise-glace', 'ferry',
  'porte-conteneurs', 'vraquier', 'tanker', 'patrouilleur', 'navire-hôpital', 'aviso',
]);
/** Nouns of the press before "du" and a newspaper's name: "un journaliste du Monde", "selon une enquête du Soir". */
export const PRESS_NOUNS: ReadonlySet<string> = new Set([
  'journaliste', 'journalistes', 'correspondant', 'correspondante', 'correspondants', 'éditorialiste', 'chroniqueur',
  'chroniqueuse', 'rédaction', 'article', 'articles', 'enquête', 'édition', 'site', 'une', 'directeur', 'directrice',
  'lecteurs', 'colonnes', 'pages', 'interview', 'entretien', 'tribune', 'révélations', 'informations', 'reporter',
  'photographe', 'dessinateur', 'archives', 'éditorial', 'rédacteur', 'rédactrice',
]);

/** Particles of Dutch and German family names, in lower case between capitalised words: "van", "von der", "ter". */
export const GERMANIC_PARTICLES: ReadonlySet<string> = new Set(['van', 'von', 'der', 'den', 'ten', 'ter', 'vom', 'zu', 'zum', 'zur']);

/** Nouns of an electoral list or a council group, before its name: "la liste Vierzon Demain". Keys. */
export const LIST_NOUNS: ReadonlySet<string> = new Set(['liste', 'listes', 'groupe', 'collectif', 'mouvement', 'rassemblement']);
/** Lower-case words between such a noun and the town of the name: "le groupe d'opposition Laval Ensemble". Keys. */
export const LIST_FILLERS: ReadonlySet<string> = new Set([
  "d'", 'de', 'opposition', 'majorité', 'municipal', 'municipale', 'citoyen', 'citoyenne', 'gauche', 'droite', 'centre',
  'écologiste', 'divers', 'union', 'unie', 'adverse', 'sortante', 'concurrente', 'rivale',
]);

/** Navy prefixes written before a ship's name, as they are written (capitals). */
export const VESSEL_PREFIXES: ReadonlySet<string> = new Set(['USS', 'HMS', 'HMAS', 'HMCS', 'INS', 'USNS', 'RFS', 'ARA', 'BAP']);

/**
 * Endings of lower-case adjectives that may stand between an announcer and the name besides the listed fillers:
 * "l'agence météorologique Pagasa", "l'agence spatiale Roscosmos", "le groupe pharmaceutique X", "l'institut
 * statistique X", "le réseau associatif X", "l'ONG environnementale X".
 */
export const ANNOUNCER_ADJECTIVE_ENDINGS: readonly string[] = [
  'ique', 'iques', 'aire', 'aires', 'ale', 'ales', 'aux', 'ier', 'ière', 'iers', 'ières', 'elle', 'elles', 'ienne',
  'iennes', 'if', 'ive', 'ifs', 'ives', 'eux', 'euse',
];

/** Verb forms ending like an adjective ("-ique") that may follow an announcer: "l'agence indique X", "le groupe revendique X". */
export const ADJECTIVE_LIKE_VERBS: ReadonlySet<string> = new Set([
  'indique', 'explique', 'critique', 'communique', 'revendique', 'applique', 'implique', 'fabrique', 'réplique', 'pratique',
]);

/** Capitalised articles that open a town's name, which the name runs leave out: "La Séguinière", "Le Cannet", "Les Mureaux". */
export const TOWN_NAME_ARTICLES: ReadonlySet<string> = new Set(['La', 'Le', 'Les']);

/** Bodies described by their members before their name: "l'association des sidérurgistes Eurofer". */
export const MEMBER_ANNOUNCERS: ReadonlySet<string> = new Set([
  'association', 'syndicat', 'fédération', 'confédération', 'union', 'organisation', 'ong', 'collectif', 'groupement',
  'lobby', 'ordre', 'réseau',
]);

/** Nouns of the media that name a channel or a paper even in capitals that spell a common noun: "la chaîne TVA". */
export const MEDIA_ANNOUNCERS: ReadonlySet<string> = new Set(['chaîne', 'chaînes', 'télévision', 'radio', 'journal', 'quotidien', 'hebdomadaire', 'magazine', 'station']);

/** The masculine definite article and its contractions: "le Sud", "du Nord", "au Sud", "le pays de Caux". Keys. */
export const MASCULINE_DEFINITE: ReadonlySet<string> = new Set(['le', 'du', 'au']);

/** The preposition "de" and its contracted and elided forms: "le Nord du pays", "le Centre de services". Keys. */
export const OF_LINKS: ReadonlySet<string> = new Set(['de', 'du', 'des', "d'"]);


/**
 * Words before a lower-case demonym that make it the name of a language, not a nationality: "en anglais", "son sigle
 * anglais", "la version arabe", "la traduction française du texte" ("18h45 heure française" keeps its demonym).
 */
export const LANGUAGE_USE_WORDS: ReadonlySet<string> = new Set([
  'en', 'sigle', 'sigles', 'acronyme', 'acronymes', 'abréviation', 'appellation', 'traduction', 'traductions', 'langue',
  'version', 'versions', 'sous-titré', 'sous-titrée', 'doublé', 'doublée', 'traduit', 'traduite', 'rédigé', 'rédigée',
  // "il parle arabe", "des élèves parlant russe"
  'parle', 'parlent', 'parler', 'parlant', 'parlait', 'parlaient',
]);

/**
 * Organisations whose national societies are named by the organisation and a demonym: "la Croix-Rouge française",
 * "le Croissant-Rouge égyptien" (keys of the name's last word).
 */
export const NATIONAL_SOCIETY_HEADS: ReadonlySet<string> = new Set(['croix-rouge', 'croissant-rouge']);

/** Words before an initial that make it a person's: "selon K. Senthilvel", "signé par J. Martin". */
export const INITIAL_NAME_OPENERS: ReadonlySet<string> = new Set(['selon', 'par', 'avec']);
