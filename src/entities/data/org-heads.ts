/**
 * Head nouns of institutional names and the words that may follow them
 * inside the name: "Conseil national de sécurité", "ministère russe des
 * Affaires étrangères", "Cour pénale internationale", "Institut Hudson".
 *
 * Source: hand-compiled from the names of French, international and foreign
 * institutions as written in French (Journal officiel, ONU/UE French
 * terminology bases IATE and UNTERM, AFP style).
 */

/**
 * The words and, for those that open with "é", the same word as written with an unaccented capital ("Ecole",
 * "Etat-major", "Eglise"): the French press often drops the accent on a capital.
 */
function withUnaccentedCapital(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.flatMap((w) => (w.startsWith('é') ? [w, `e${w.slice(1)}`] : [w])));
}

/** Heads that start an organisation name when capitalised ("Agence", "Conseil"). */
export const ORG_HEADS: ReadonlySet<string> = withUnaccentedCapital([
  'agence', 'ministère', 'ministere', 'service', 'services', 'conseil', 'institut', 'université', 'parti', 'armée',
  'comité', 'commission', 'banque', 'fondation', 'groupe', 'cour', 'tribunal', 'parlement', 'assemblée', 'sénat',
  'chambre', 'organisation', 'office', 'bureau', 'direction', 'département', 'secrétariat', 'fédération',
  'confédération', 'union', 'front', 'mouvement', 'centre', 'académie', 'autorité', 'haute', 'haut-commissariat',
  'programme', 'fonds', 'forces', 'force', 'garde', 'gardes', 'marine', 'police', 'gendarmerie', 'brigade', 'division',
  'régiment', 'corps', 'état-major', 'compagnie', 'société', 'association', 'alliance', 'coalition', 'ligue', 'syndicat',
  'congrès', 'cabinet', 'gouvernement', 'préfecture', 'mairie', 'ambassade', 'consulat', 'observatoire', 'laboratoire',
  'école', 'lycée', 'collège', 'hôpital', 'musée', 'théâtre', 'orchestre', 'club', 'association', 'église', 'conférence',
  'haut-commissariat', 'inspection', 'délégation', 'mission', 'secrétariat', 'assemblée', 'diète', 'douma', 'knesset',
  'agences', 'bourse', 'brigade', 'brigades', 'bataillon', 'légion', 'tribunal', 'parquet', 'conseils', 'comités',
  // university hospitals: "CHU de Rennes", "CHR de Lille"
  'chu', 'chr',
  // border and coast guards: "la Garde-frontière polonaise", "les Garde-côtes italiens"
  'garde-frontière', 'garde-frontières', 'garde-côtes', 'garde-côte',
  // "la Coopérative de l'eau des Deux-Sèvres", "Coopérative agricole du Poitou"
  'coopérative', 'coopératives',
  // sports and social clubs: "Cercle des nageurs de Marseille", "Cercle de l'Union interalliée"
  'cercle',
  // "Administration fédérale des contributions", "Eglise catholique" written without its accent
  'administration', 'eglise',
  // "Consortium de compensation des assurances", "Régie des transports de Marseille", "Secours islamique",
  // "Métropole de Lyon", "Généralité de Catalogne", "Caisse des dépôts"
  'consortium', 'régie', 'secours', 'métropole', 'généralité', 'generalitat', 'caisse',
  // "Haut Conseil islamique", "Haut Comité pour le logement" (as "Haute Cour"); "Collectivité européenne d'Alsace",
  // "Collectivité de Corse"
  'haut', 'collectivité',
  // electoral lists that are parties, with their adjective: "la Liste serbe" (Srpska Lista, Kosovo)
  'liste',
  // broadcasters by their name: "Radio Okapi", "Radio Ndeke Luka", "Télévision nationale congolaise"
  'radio', 'télévision',
  // Spanish and Portuguese names kept as written in the French press: "Defensoría del Pueblo", "Fiscalía General".
  'defensoría', 'fiscalía', 'procuraduría', 'contraloría', 'registraduría', 'ministerio', 'secretaría', 'policía',
  'ejército', 'partido', 'movimiento', 'frente', 'consejo', 'congreso', 'senado', 'cámara', 'asamblea', 'instituto',
  'corte', 'ministério', 'polícia',
]);

/**
 * Heads that also open an organisation name in lower case when a qualifying
 * complement follows ("le ministère russe des Affaires étrangères", "l'armée
 * russe", "l'ambassade de Corée du Nord à Pékin"), and the local
 * institutions named after their seat ("le tribunal correctionnel de
 * Lorient", "la préfecture du Morbihan", "le parquet de Paris", "la cour
 * d'appel de Rennes", "le conseil départemental du Gard").
 */
export const LOWERCASE_ORG_HEADS: ReadonlySet<string> = new Set([
  'ministère', 'ministere', 'armée', 'ambassade', 'consulat', 'université', 'tribunal', 'préfecture', 'sous-préfecture',
  'parquet', 'cour', 'conseil', 'rectorat', 'gendarmerie', 'département', 'cartel', 'chambre',
  // schools and education authorities named by their place or patron: "le lycée de l'Iroise", "l'académie de Rennes"
  'lycée', 'collège', 'académie',
  // a town's council named by its town: "la mairie de Lyon", "la mairie de Nantes"
  'mairie',
  // a town's gendarmes or police station by its town: "la brigade de Lamballe", "le commissariat de Bobigny"
  'brigade', 'commissariat',
  // the gendarmerie's investigation unit: "la section de recherches d'Angers"
  'section',
]);

/**
 * Of those, heads that name one institution only after a definite article
 * or a contraction ("au lycée de l'Iroise", "l'académie de Rennes", "le
 * tribunal correctionnel de Lorient"): "un collège de Paris" is any school
 * of the town, "saisi un tribunal de Moscou" any court there (only the
 * town is annotated).
 */
export const DEFINITE_ONLY_HEADS: ReadonlySet<string> = new Set(['lycée', 'collège', 'académie', 'mairie', 'tribunal', 'cour', 'préfecture', 'brigade', 'commissariat', 'section']);

/**
 * Of the lower-case heads, those that a demonym and a lower-case portfolio
 * make one institution: "le ministère chinois des affaires étrangères", "le
 * ministère russe de la défense" (without the demonym, "le ministère de la
 * santé" may be any country's).
 */
export const DEMONYM_DOMAIN_HEADS: ReadonlySet<string> = new Set(['ministère', 'ministere']);

/** Of the lower-case heads, those that also name their building ("la mairie de Mekele" taken by rebels). */
export const BUILDING_HEADS: ReadonlySet<string> = new Set(['mairie']);

/**
 * Words before "la/l'" or "de la/de l'" that make such a head the building,
 * not the institution: "devant la mairie de Lyon", "le contrôle de la mairie
 * de Mekele", "l'assaut de la mairie".
 */
export const BUILDING_CUES: ReadonlySet<string> = new Set([
  'devant', 'derrière', 'dans', 'vers', 'contrôle', 'assaut', 'prise', 'occupation', 'incendie', 'parvis', 'façade',
  'toit', 'fenêtres', 'marches', 'perron', 'abords', 'siège',
]);

/** Determiners before a head that make it any one of its kind: "un collège de Paris", "deux lycées". */
export const INDEFINITE_DETERMINERS: ReadonlySet<string> = new Set(['un', 'une', 'des', 'chaque', 'ce', 'cet', 'cette', 'son', 'sa', 'leur', 'notre', 'votre', 'mon', 'ma', 'quel', 'quelle', 'tout', 'toute']);

/**
 * Of those, heads whose complement must not be a place: "le département
 * américain du Commerce", "le département d'État" are ministries, "le
 * département de la Gironde" is a place.
 */
export const NOT_PLACE_COMPLEMENT: ReadonlySet<string> = new Set(['département']);

/**
 * Of those, heads that need an adjective too ("conseil départemental du
 * Gard", "conseil régional d'Occitanie", "département américain du
 * Commerce"): "le conseil d'administration de Codelco" is a board, "le
 * département du Norte de Santander" a place.
 */
export const ADJECTIVE_REQUIRED: ReadonlySet<string> = new Set(['conseil', 'département']);

/**
 * And heads that need an adjective or a domain ("la cour d'appel de Rennes",
 * "la chambre d'agriculture de Lot-et-Garonne"): "la cour de l'Élysée" is a
 * courtyard.
 */
export const QUALIFIER_REQUIRED: ReadonlySet<string> = new Set(['cour', 'chambre']);

/** And heads that need a domain: "la section de recherches d'Angers" ("la section locale du Snesup" is the union's). */
export const DOMAIN_REQUIRED: ReadonlySet<string> = new Set(['section']);

/** Heads whose lower-case name needs only a demonym after it ("l'armée russe", "la marine américaine"). */
export const DEMONYM_ORG_HEADS: ReadonlySet<string> = new Set(['armée', 'marine', 'aviation', 'état-major', 'garde-côtes', 'garde-côte', 'garde-frontières', 'garde-frontière', 'forces']);

/** Of those, heads that need their branch: "les forces armées philippines" is the army, "les forces russes" any troops. */
export const BRANCH_REQUIRED: ReadonlySet<string> = new Set(['forces']);

/**
 * Branches of an army written after its head, before the demonym: "l'armée de l'air ukrainienne", "l'armée de terre
 * française", "l'état-major général des armées ivoiriennes". Token keys, longest first at equal start.
 */
export const SERVICE_BRANCHES: readonly (readonly string[])[] = [
  ['de', "l'", 'air'],
  ['de', 'terre'],
  ['de', "l'", 'espace'],
  ['armées'],
  // a country's general staff by its forces: "l'état-major (général) des armées ivoiriennes"
  ['général', 'des', 'armées'],
  ['des', 'armées'],
];

/** Heads after which a location may close the name ("ambassade de Corée du Nord à Pékin"). */
export const PLACED_ORG_HEADS: ReadonlySet<string> = new Set(['ambassade', 'consulat']);

/** Adjectives of a body shared by two countries, named after it by the pair: "Chambre de commerce conjointe Pakistan-Afghanistan". Keys. */
export const JOINT_ADJECTIVES: ReadonlySet<string> = new Set(['conjoint', 'conjointe', 'mixte', 'bilatéral', 'bilatérale']);

/**
 * Adjectives that may follow a head inside a name ("Cour pénale
 * internationale", "Conseil national de sécurité", "Agence centrale de presse").
 */
export const ORG_ADJECTIVES: ReadonlySet<string> = new Set([
  'national', 'nationale', 'nationaux', 'nationales', 'central', 'centrale', 'centraux', 'pénal', 'pénale',
  'international', 'internationale', 'internationaux', 'fédéral', 'fédérale', 'suprême', 'général', 'générale',
  'populaire', 'démocratique', 'islamique', 'supérieur', 'supérieure', 'militaire', 'nucléaire', 'économique',
  'social', 'sociale', 'constitutionnel', 'constitutionnelle', 'permanent', 'permanente', 'mondial', 'mondiale',
  'extérieur', 'extérieure', 'extérieurs', 'extérieures', 'intérieur', 'intérieure', 'civil', 'civile', 'spécial',
  'spéciale', 'public', 'publique', 'européen', 'européenne', 'atomique', 'monétaire', 'olympique', 'révolutionnaire',
  'républicain', 'républicaine', 'socialiste', 'communiste', 'démocrate', 'libéral', 'libérale', 'conservateur',
  'écologiste', 'unifié', 'unifiée', 'uni', 'unie', 'unis', 'unies', 'étatique', 'fédérales', 'administratif',
  'administrative', 'électoral', 'électorale', 'régional', 'régionale', 'municipal', 'municipale', 'stratégique', 'stratégiques',
  'démographiques', 'politiques', 'économiques', 'internationales', 'sociales',
  'scientifique', 'technique', 'technologique', 'indépendant', 'indépendante', 'provisoire', 'suprêmes', 'haut', 'haute',
  'interarmées', 'aérienne', 'aériennes', 'navale', 'navales', 'terrestre', 'terrestres', 'armées', 'arabe', 'africaine',
  'asiatique', 'latino-américaine', 'atlantique', 'pacifique', 'nord-atlantique', 'européens', 'mondiale', 'panafricain',
  'alimentaire', 'sanitaire', 'financier', 'financière', 'humanitaire', 'diplomatique', 'secret', 'secrets', 'spéciaux',
  'catholique', 'orthodoxe', 'protestante', 'anglicane', 'évangélique', 'apostolique',
  // parties and councils by their faith: "Ligue musulmane du Pakistan", "Conseil supérieur chiite"
  'musulman', 'musulmane', 'musulmans', 'musulmanes', 'chiite', 'chiites', 'sunnite', 'sunnites', 'hindou', 'hindoue',
  'bouddhiste', 'juif', 'juive', 'copte', 'islamiste', 'laïque',
  // churches: "Église kimbanguiste", "Église méthodiste unie", "Fédération protestante"
  'kimbanguiste', 'méthodiste', 'baptiste', 'adventiste', 'pentecôtiste', 'luthérienne', 'presbytérienne',
  // regional bodies by their region's adjective: "Cour interaméricaine des droits de l'homme", "Banque ouest-africaine
  // de développement", "Union économique eurasiatique", "Organisation panaméricaine de la santé"
  'interaméricain', 'interaméricaine', 'panaméricain', 'panaméricaine', 'ouest-africain', 'ouest-africaine',
  'est-africain', 'est-africaine', 'sud-américain', 'sud-américaine', 'andin', 'andine', 'caribéen', 'caribéenne',
  'sahélien', 'sahélienne', 'maghrébin', 'maghrébine', 'eurasiatique', 'eurasienne', 'panafricaine',
  // governing bodies: "le Conseil présidentiel", "le Conseil souverain", "le Conseil législatif"
  'présidentiel', 'présidentielle', 'souverain', 'législatif', 'législative', 'consultatif', 'consultative', 'transitoire',
  'plurinational', 'plurinationale',
  // agencies by their field: "le département météorologique du Pakistan", "l'institut géologique", "le service hydrologique"
  'météorologique', 'géologique', 'hydrologique', 'sismologique', 'statistique', 'agricole', 'sanitaires', 'indépendants',
  'indépendantes',
  // bodies of two countries: "la Chambre de commerce conjointe Pakistan-Afghanistan", "la commission mixte franco-algérienne"
  ...JOINT_ADJECTIVES,
]);

/**
 * Lower-case domain nouns that may form the complement of a head without a
 * capital ("Conseil de sécurité", "Agence centrale de presse", "Service
 * national de renseignement", "service d'information de sécurité").
 */
export const ORG_DOMAINS: ReadonlySet<string> = new Set([
  'sécurité', 'presse', 'renseignement', 'renseignements', 'information', 'informations', 'défense', 'santé',
  'commerce', 'justice', 'paix', 'guerre', 'développement', 'coopération', 'recherche', 'recherches', 'investigation',
  'enquête', 'enquêtes', 'contre-espionnage', 'espionnage', 'sûreté', 'surveillance', 'renseignement', 'police',
  'transport', 'transports', 'énergie', 'environnement', 'éducation', 'culture', 'finances', 'économie', 'travail',
  'agriculture', 'industrie', 'planification', 'unification', 'réunification', 'protection', 'statistique', 'statistiques',
  'droits', "l'homme", 'réfugiés', 'migrations', 'immigration', 'contrôle', 'lutte', 'prévention', 'gestion', 'crise',
  'crises', 'urgence', 'secours', 'communication', 'communications', 'médias', 'télécommunications', 'budget', 'comptes',
  'cassation', 'appel', 'discipline', 'administration', 'ministres', 'gouverneurs', 'gouvernement', 'direction',
  'état-major', 'opérations', 'affaires', 'relations', 'nations', 'états', 'pays', 'armées', 'armements', 'armement',
  'frontières', 'frontière', 'douanes', 'impôts', 'assises', 'sécurité-défense', 'cybersécurité', 'cyberdéfense', 'forces',
  // research bodies: "Institut national d'études démographiques", "Centre d'analyse stratégique"
  'études', 'analyse', 'analyses', 'sciences', 'prospective', 'recensement', 'recensements', 'autodéfense',
]);

/**
 * Nouns ending like an infinitive ("-er", "-ir", "-dre", "-ttre", "-uire")
 * that may still follow a bare "de" in a name: "Chambre de métiers",
 * "Conseil de pouvoir", "Ecole de plombier". Keys.
 */
export const NOUNS_LIKE_INFINITIVES: ReadonlySet<string> = new Set([
  'pouvoir', 'pouvoirs', 'avenir', 'devoir', 'devoirs', 'savoir', 'savoir-faire', 'loisir', 'loisirs', 'plaisir', 'désir',
  'souvenir', 'espoir', 'soir', 'miroir', 'trottoir', 'cancer', 'fer', 'hiver', 'enfer', 'mer',
  'dossier', 'métier', 'métiers', 'quartier', 'papier', 'acier', 'courrier', 'foyer', 'loyer', 'clocher', 'chantier',
  'cavalier', 'danger', 'boucher', 'rocher', 'palmier', 'cadre', 'ordre', 'désordre', 'poudre', 'foudre', 'lettre',
  'cylindre', 'manoir', 'comptoir', 'abattoir', 'dortoir', 'réservoir', 'atelier', 'fichier', 'levier', 'pilier',
  'bouclier', 'sentier', 'escalier', 'gibier', 'cahier', 'clavier', 'pompier', 'plombier', 'potier', 'verger', 'berger',
]);

/**
 * Heads of bodies named after a date ("Mouvement du 23 mars", "Front du 5
 * juillet"): after other heads the date is the date of an event ("la réunion
 * du Conseil du 23 mars").
 */
export const DATED_NAME_HEADS: ReadonlySet<string> = new Set(['mouvement', 'front', 'parti', 'brigade', 'brigades', 'alliance', 'coalition', 'collectif']);

/**
 * Nouns of political and civic groups whose name, written in the French way with one capital, goes on over
 * lower-case adjectives: "le parti Renouveau citoyen", "le syndicat Force paysanne", "le mouvement Avenir
 * démocratique". Keys.
 */
export const CIVIC_GROUP_NOUNS: ReadonlySet<string> = new Set([
  'parti', 'mouvement', 'syndicat', 'coalition', 'alliance', 'collectif', 'formation', 'front', 'association', 'union',
]);

/** Adjectives of party and union names beside ORG_ADJECTIVES: "Renouveau citoyen", "Force paysanne". Keys. */
export const CIVIC_NAME_ADJECTIVES: ReadonlySet<string> = new Set([
  ...ORG_ADJECTIVES,
  'citoyen', 'citoyenne', 'citoyens', 'citoyennes', 'patriotique', 'progressiste', 'progressistes', 'solidaire',
  'solidaires', 'paysan', 'paysanne', 'paysans', 'ouvrier', 'ouvrière', 'unitaire',
  'chrétien', 'chrétienne', 'radical', 'radicale', 'fédéraliste', 'souverainiste', 'humaniste', 'rural',
  'rurale', 'autonome', 'autonomes', 'démocrates', 'républicains', 'écologistes', 'socialistes', 'patriote',
  'patriotes', 'réformateur', 'réformatrice', 'centriste', 'écologique', 'sociale-démocrate',
  'social-démocrate', 'nationaliste', 'indépendantiste', 'populiste', 'unioniste', 'travailliste', 'agricole',
]);

/**
 * Capitalised words after a company's name that make the name of one of
 * its subsidiaries or divisions: "RATP Dev", "EDF Renewables", "Airbus
 * Defence", "Orange Business", "SNCF Connect". Keys.
 */
export const CORPORATE_SUFFIXES: ReadonlySet<string> = new Set([
  'dev', 'group', 'groupe', 'international', 'renewables', 'energy', 'énergie', 'solutions', 'capital', 'digital',
  'mobility', 'mobilités', 'technologies', 'services', 'holding', 'logistics', 'logistique', 'airlines', 'cargo', 'pharma',
  'bank', 'ventures', 'labs', 'defence', 'defense', 'business', 'connect', 'fret', 'voyageurs', 'réseau', 'immobilier',
  'assurances', 'foundation', 'studios', 'entertainment', 'automotive', 'aerospace', 'helicopters', 'naval', 'systems',
]);

/**
 * Capitalised common nouns the press names an organisation by once the
 * organisation itself is named in the story: "l'Alliance" for NATO. Key of
 * the noun → dictionary id of the organisation.
 */
export const ORG_NICKNAMES: ReadonlyMap<string, string> = new Map([['alliance', 'org:otan']]);

/**
 * Heads of a country's single institutions, never named after a person: a
 * first name and a surname after one are its member or its chair ("l'ancien
 * président du Parlement Mohammed al-Halboussi", "au Sénat Gérard Larcher").
 */
export const PERSONLESS_HEADS: ReadonlySet<string> = new Set(['parlement', 'sénat', 'gouvernement', 'congrès', 'présidence', 'assemblée', 'knesset', 'douma']);

/**
 * Military units named by their number: "la 444e brigade", "le 3e régiment d'infanterie de marine", "la 82e division
 * aéroportée", "la 7e flotte". The ordinal is part of the name (benchmark convention, dev20). Keys of the noun.
 */
export const NUMBERED_UNITS: ReadonlySet<string> = new Set([
  'brigade', 'demi-brigade', 'régiment', 'division', 'bataillon', 'escadron', 'escadrille', 'escadre', 'flotte', 'armée',
  'corps',
]);

/** Of those, nouns that also name a level of a league ("il joue en 3e division"): a unit only with its arm after it. */
export const ARM_REQUIRED_UNITS: ReadonlySet<string> = new Set(['division', 'corps']);

/** Lower-case adjectives of a unit's arm after its noun: "division aéroportée", "brigade mécanisée". Keys. */
export const UNIT_ADJECTIVES: ReadonlySet<string> = new Set([
  'aéroportée', 'aéroporté', 'blindée', 'blindé', 'mécanisée', 'mécanisé', 'motorisée', 'motorisé', 'parachutiste',
  'aéromobile', 'légère', 'léger', 'lourde', 'alpine', 'navale', 'aérienne', 'amphibie', 'territoriale', 'étrangère',
  'présidentielle', 'républicaine', 'spéciale', 'spéciales', 'blindés', 'motorisés', 'parachutistes', 'étranger',
]);

/** Nouns of a unit's arm after "de"/"d'": "régiment d'infanterie de marine", "bataillon de chasseurs alpins". Keys. */
export const UNIT_ARMS: ReadonlySet<string> = new Set([
  'infanterie', 'artillerie', 'marine', 'chasseurs', 'hussards', 'cuirassiers', 'dragons', 'génie', 'parachutistes',
  'montagne', 'assaut', 'chars', 'commandos', 'transmissions', 'spahis', 'tirailleurs', 'cavalerie', 'hélicoptères',
  'combat', 'armée', 'fusiliers', 'défense', 'reconnaissance', 'garde', 'alpins', 'alpin', 'parachutiste',
]);

/**
 * Portfolios of a ministry written in lower case, Le Monde's style: "le ministère de l'intérieur", "le ministère des
 * affaires étrangères", "le ministère de l'économie et des finances" (benchmark convention, dev19, dev20). Keys.
 */
export const MINISTRY_PORTFOLIOS: ReadonlySet<string> = new Set([
  'intérieur', 'défense', 'justice', 'santé', 'économie', 'finances', 'affaires', 'éducation', 'travail', 'agriculture',
  'environnement', 'culture', 'armées', 'transports', 'logement', 'industrie', 'commerce', 'énergie', 'écologie',
  'budget', 'sports', 'jeunesse', 'recherche', 'enseignement', 'information', 'communication', 'pétrole', 'mines',
  'pêche', 'tourisme', 'solidarités', 'famille', 'emploi', 'numérique', 'outre-mer', 'immigration', 'intégration',
  'équipement', 'urbanisme', 'sécurité', 'communications', 'télécommunications', 'postes', 'relations',
  // "le ministère des ressources en eau", "des ressources naturelles"
  'ressources',
]);

/** Fixed complements of a portfolio, two keys after it: "le ministère des ressources en eau". */
export const PORTFOLIO_TAILS: ReadonlyMap<string, readonly [string, string]> = new Map([['ressources', ['en', 'eau'] as const]]);

/**
 * Names of a legislature or a high court that a country's or a region's name
 * after "de" makes that body's own ("l'Assemblée nationale de la Republika
 * Srpska", "le Parlement de Catalogne", "la Cour suprême du Brésil"), as fold
 * keys of the dictionary name, words joined by a space.
 */
export const PLACED_LEGISLATURES: ReadonlySet<string> = new Set([
  'assemblee nationale', 'parlement', 'senat', 'cour supreme', 'cour constitutionnelle',
]);

/**
 * Capitalised heads of inquiry and expert bodies whose name ends with the
 * country they are about: "le Groupe d'experts des Nations unies sur le
 * Nicaragua", "la Commission d'enquête internationale sur la Syrie". Keys.
 */
export const INQUIRY_HEADS: ReadonlySet<string> = new Set(['groupe', 'commission', 'mission', 'panel', 'comité']);

/**
 * Dictionary ids of units that a town names ("le PGHM de Bourg-Saint-Maurice",
 * "le peloton de gendarmerie de haute montagne de Chamonix"): with the town
 * they are that town's unit, as "la brigade de Lamballe" is.
 */
export const TOWN_UNIT_IDS: ReadonlySet<string> = new Set(['org:FR:pghm']);

/**
 * Sectors of a union's federation written after its name with a space: "SUD Santé", "CGT Cheminots", "FO Police",
 * "Unsa Éducation". The name and the sector make one organisation. Keys.
 */
export const UNION_SECTORS: ReadonlySet<string> = new Set([
  'santé', 'rail', 'éducation', 'education', 'cheminots', 'police', 'métallurgie', 'énergie', 'chimie', 'commerce',
  'culture', 'justice', 'intérieur', 'finances', 'territoriaux', 'collectivités', 'pénitentiaire', 'douanes', 'ptt',
  'poste', 'transports', 'enseignement', 'fonctionnaires', 'retraités', 'construction', 'agroalimentaire', 'banques',
  'médias', 'spectacle', 'aérien', 'équipement', 'hôpitaux', 'étudiants', 'cadres',
]);

/** The full name French news means by an assembly's head alone, when the text names none: "l'Assemblée". */
export const ASSEMBLY_NAMES: ReadonlyMap<string, string> = new Map([['assemblée', 'Assemblée nationale']]);

/**
 * Domains of research bodies whose subject follows "sur": "Institut de recherche sur la défense nationale et la
 * sécurité", "Centre d'études sur les conflits".
 */
export const RESEARCH_DOMAINS: ReadonlySet<string> = new Set(['recherche', 'recherches', 'étude', 'études', 'analyse', 'analyses', 'information', 'réflexion']);

/** Adjectives of universities named by them and their town: "Université libre de Bruxelles", "Université hébraïque de Jérusalem". */
export const UNIVERSITY_ADJECTIVES: ReadonlySet<string> = new Set([
  'libre', 'catholique', 'autonome', 'nationale', 'fédérale', 'populaire', 'technique', 'polytechnique', 'islamique',
  'hébraïque', 'américaine', 'internationale', 'libanaise', 'ouverte', 'technologique', 'pédagogique', 'normale',
]);
