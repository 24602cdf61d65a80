/**
 * Common nouns of geography after which a demonym adjective describes a
 * place, not a nationality: "la péninsule coréenne", "la mer Baltique",
 * "le golfe Persique". The phrase is a common noun phrase, not an entity.
 *
 * Source: hand-compiled (French geographic terminology, IGN glossary).
 */
export const GEO_FEATURE_NOUNS: ReadonlySet<string> = new Set([
  'péninsule', 'presqu\'île', 'mer', 'mers', 'golfe', 'détroit', 'île', 'îles', 'archipel', 'côte', 'côtes', 'littoral',
  'plaine', 'plateau', 'massif', 'chaîne', 'désert', 'steppe', 'toundra', 'forêt', 'bassin', 'delta', 'fleuve', 'océan',
  'baie', 'cap', 'lac', 'vallée', 'montagnes', 'alpes', 'rive', 'rives', 'façade',
]);

/**
 * Of those, the feminine nouns: a masculine demonym after them qualifies
 * another noun ("les produits de la mer japonais": Japanese products, not a
 * Japanese sea).
 */
export const FEMININE_GEO_FEATURE_NOUNS: ReadonlySet<string> = new Set([
  'péninsule', 'presqu\'île', 'mer', 'mers', 'île', 'îles', 'côte', 'côtes', 'plaine', 'chaîne', 'steppe', 'toundra',
  'forêt', 'baie', 'vallée', 'montagnes', 'alpes', 'rive', 'rives', 'façade',
]);

/**
 * Feature nouns that open a place name with a capitalised specifier: "mer
 * Rouge", "golfe Persique", "océan Indien", "détroit d'Ormuz", "mer de Chine".
 */
export const GEO_NAME_HEADS: ReadonlySet<string> = new Set([
  'mer', 'golfe', 'détroit', 'océan', 'île', 'îles', 'archipel', 'lac', 'fleuve', 'massif', 'désert', 'plaine',
  'plateau', 'péninsule', 'baie', 'cap', 'canal', 'mont', 'monts', 'vallée', 'bassin', 'delta', 'steppe', 'col',
  'chaîne', 'cordillère', 'corne', 'bande', 'rivière', 'estuaire', 'isthme', 'atoll', 'glacier', 'volcan',
  // salt flats of the Andes: "le salar d'Atacama", "le salar d'Uyuni" (dev4)
  'salar',
  // two rivers named after one plural noun: "les rivières Ravi et Sutlej"
  'rivières', 'fleuves',
]);

/**
 * Lower-case position adjectives that close a place name: "mer de Chine
 * méridionale", "Sahel central", "Europe occidentale", "Syrie orientale".
 */
export const POSITION_ADJECTIVES: ReadonlySet<string> = new Set([
  'méridionale', 'méridional', 'orientale', 'oriental', 'occidentale', 'occidental', 'septentrionale', 'septentrional',
  'centrale', 'central', 'australe', 'austral', 'métropolitaine', 'métropolitain', 'continentale', 'continental',
  'insulaire', 'ultramarine',
]);

/**
 * Capitalised words that, before a known place, make another place of it
 * rather than a club or a company: "West Palm Beach", "East London",
 * "Port Saïd", "Fort Worth", "Saint Louis", "San Diego".
 * Keys are `Token.key` (lower case).
 */
export const PLACE_PREFIXES: ReadonlySet<string> = new Set([
  'west', 'east', 'north', 'south', 'new', 'upper', 'lower', 'port', 'fort', 'mount', 'lake', 'saint', 'sainte', 'san',
  'santa', 'são', 'sao', 'nouvelle', 'nouveau', 'haute', 'basse', 'grand', 'grande', 'petit', 'petite', 'bas', 'haut',
]);

/**
 * Named facilities are places (annotation guideline): a facility noun with
 * its name, "Stade de France", "aéroport de Roissy", "centrale nucléaire de
 * Zaporijjia", "hôpital d'al-Shifa", "mosquée Al-Aqsa". `linked`: the name
 * may follow "de/du/d'"; `direct`: it may follow the noun directly.
 * Keys are `Token.key`. "place" takes a direct name ("place Tahrir") or one
 * after an article ("place de la Concorde"), not "à la place de Dupont".
 */
export interface FacilityHead {
  readonly linked: boolean;
  readonly direct: boolean;
  /** Linked only through an article: "place de la Concorde", "place de l'Université" (not "à la place de Dupont"). */
  readonly articleOnly?: boolean;
}
const LINKED_OR_DIRECT: FacilityHead = { linked: true, direct: true };
const DIRECT_ONLY: FacilityHead = { linked: false, direct: true };
export const FACILITY_HEADS: ReadonlyMap<string, FacilityHead> = new Map<string, FacilityHead>([
  ...['stade', 'aéroport', 'aérodrome', 'gare', 'hôpital', 'clinique', 'musée', 'château', 'palais', 'cathédrale', 'basilique', 'centrale', 'cosmodrome', 'prison', 'barrage', 'port', 'pont', 'base', 'raffinerie', 'oléoduc', 'gazoduc'].map(
    (k): [string, FacilityHead] => [k, LINKED_OR_DIRECT],
  ),
  // Parks, hills, restaurants, theatres, cemeteries: "parc du Cinquantenaire", "colline du Parlement", "restaurant Drouant".
  ...['parc', 'jardin', 'colline', 'restaurant', 'théâtre', 'cimetière'].map((k): [string, FacilityHead] => [k, LINKED_OR_DIRECT]),
  ...['mosquée', 'église', 'synagogue', 'temple', 'lycée', 'collège'].map((k): [string, FacilityHead] => [k, DIRECT_ONLY]),
  // "l'hôtel Hiiraan Palace": a hotel by its own name ("l'hôtel de ville" is read apart, "un hôtel de Mogadiscio" names none).
  ['hôtel', DIRECT_ONLY],
  ...['rue', 'avenue', 'boulevard'].map((k): [string, FacilityHead] => [k, LINKED_OR_DIRECT]),
  // Squares, roundabouts, promenades: "rond-point Schuman", "esplanade des Invalides" (not "quai": "le quai d'Orsay" is the ministry).
  ...['rond-point', 'carrefour', 'esplanade', 'square', 'promenade', 'allée', 'chaussée'].map((k): [string, FacilityHead] => [k, LINKED_OR_DIRECT]),
  // Gates of a city, galleries of a palace, racing circuits: "porte de la Chapelle", "galerie d'Apollon", "circuit de Yas Marina".
  ...['porte', 'galerie', 'circuit'].map((k): [string, FacilityHead] => [k, LINKED_OR_DIRECT]),
  // Sports grounds: "complexe sportif du Bourny", "gymnase Jean-Zay"; "le gymnase de Kantharalak" is the town's.
  ...['complexe', 'gymnase', 'piscine', 'patinoire', 'vélodrome', 'hippodrome'].map((k): [string, FacilityHead] => [k, { linked: true, direct: true, articleOnly: true }]),
  ['place', { linked: true, direct: true, articleOnly: true }],
]);

/**
 * Facility nouns whose named building is an institution, an ORGANIZATION
 * (benchmark convention, dev5, dev9, dev11, dev12): "hôpital Henri-Mondor",
 * "hôpital de la Pitié-Salpêtrière", "clinique Pasteur", "centre hospitalier
 * de Guingamp", "lycée Victor-Hugo". Only with a direct name or one after "de la"/"du": "l'hôpital
 * d'al-Shifa", a building struck in a war, stays a place.
 */
export const INSTITUTION_FACILITIES: ReadonlySet<string> = new Set(['hôpital', 'clinique', 'hospitalier', 'lycée', 'collège', 'arrêt', 'pénitentiaire']);

/**
 * Adjectives and complements of "centre" that make it a town's prison, an
 * institution like its hospital (benchmark convention, dev17): "centre
 * pénitentiaire de Fresnes".
 */
export const PRISON_CENTRES: ReadonlySet<string> = new Set(['pénitentiaire']);

/**
 * Facility nouns written before a plant's own name, which alone is the
 * place (benchmark convention, dev9, dev12): "la centrale à charbon
 * Emile-Huchet" → "Emile-Huchet", "la centrale thermoélectrique Antonio
 * Guiteras" → "Antonio Guiteras", like "le champ pétrolier de Sangomar".
 */
export const NAME_ONLY_FACILITIES: ReadonlySet<string> = new Set(['centrale']);

/**
 * Capitalised facility nouns that, right before a proper name (no "de"),
 * name a wine estate, a company: "Château Lestage-Beaumont", "Château
 * Margaux" (ORGANIZATION); "le château de Versailles" stays a place.
 */
export const ESTATE_HEADS: ReadonlySet<string> = new Set(['château']);

/**
 * Last words of airports named in English ("Brussels Airport"): the
 * facility, a place, unless it acts as the operator it also names. Keys.
 */
export const AIRPORT_WORDS: ReadonlySet<string> = new Set(['airport']);

/**
 * Verbs and auxiliaries right after a facility's name that make it the
 * subject acting, the institution ("Brussels Airport a annulé ses vols",
 * "… annonce"): the guideline's named buildings used for an institution.
 */
export const ACTING_VERBS: ReadonlySet<string> = new Set([
  'a', 'ont', 'avait', 'avaient', 'aura', 'auront', 'va', 'vont', 'doit', 'doivent', 'devrait', 'peut', 'pourrait',
  'annonce', 'indique', 'prévoit', 'assure', 'affirme', 'précise', 'estime', 'table', 'compte', 'emploie', 'gère',
]);

/** Words right before a facility's name that make it a speaker or an agent: "selon Brussels Airport", "annulés par …". */
export const ACTING_BEFORE: ReadonlySet<string> = new Set(['selon', "d'après", 'par']);

/**
 * Lower-case facility nouns whose "de" and a known town name the facility
 * itself, noun included (benchmark convention, dev2, dev9, dev11, dev12):
 * "la gare de Lyon", "la gare de Novi Sad" (a station, while "l'aéroport de
 * Charleroi" and "le port d'Odessa" give the town only); so do streets: "rue d'Aubagne", "avenue de Paris"
 * ("une rue de Kiev", a street of the town, names none: the rule leaves out an indefinite one).
 */
export const TOWN_NAMED_FACILITIES: ReadonlySet<string> = new Set([
  'gare', 'rue', 'avenue', 'boulevard',
  // a bridge named after the place it serves: "le pont de Normandie", "le pont de Crimée"
  'pont',
]);

/**
 * Lower-case facility nouns whose "de" names the town, an unknown one too, which alone is the place
 * (benchmark convention, dev3, dev4, dev8, dev11, dev13, dev19, dev20): "le port de Shëngjin" → "Shëngjin", "le port
 * d'Assab" → "Assab", "la base aérienne de Manta" → "Manta" ("le port du Havre" keeps the town with its article).
 */
export const TOWN_ONLY_FACILITIES: ReadonlySet<string> = new Set(['port', 'base']);

/** Fuels of a plant after "à": "centrale à charbon", "centrale à gaz". */
export const PLANT_FUELS: ReadonlySet<string> = new Set(['charbon', 'gaz', 'fioul', 'lignite', 'biomasse']);

/** Open spaces named after an institution they hold or face: "la colline du Parlement", "le parc du Sénat". */
export const OPEN_SPACE_HEADS: ReadonlySet<string> = new Set(['colline', 'parc', 'jardin']);

/** Lower-case words between a facility noun and its name: "centrale nucléaire de", "base aérienne de". */
export const FACILITY_ADJECTIVES: ReadonlySet<string> = new Set([
  'nucléaire', 'aérienne', 'navale', 'militaire', 'international', 'internationale', 'régional', 'régionale', 'thermique',
  'hydroélectrique', 'spatial', 'thermoélectrique', 'électrique', 'solaire', 'éolienne', 'universitaire', 'intercommunal',
  'départemental', 'psychiatrique', 'pénitentiaire',
  'sportif', 'aquatique', 'omnisports', 'olympique', 'municipal', 'municipale', 'culturel',
]);

/**
 * Facility nouns named after a date ("place du 13-Mai", "rue du
 * 4-Septembre", "avenue du 8-Mai-1945"): the date is the street's name.
 */
export const DATE_NAMED_FACILITIES: ReadonlySet<string> = new Set(['place', 'rue', 'avenue', 'boulevard', 'pont', 'square', 'esplanade', 'quai']);

/** River nouns: "le fleuve Litani" is the Litani, "la rivière Kelani" the Kelani. Keys. */
export const RIVER_NOUNS: ReadonlySet<string> = new Set(['fleuve', 'fleuves', 'rivière', 'rivières']);

/** River nouns in the plural, which name a list of rivers: "les rivières Ravi et Sutlej". */
export const PLURAL_RIVER_NOUNS: ReadonlySet<string> = new Set(['rivières', 'fleuves']);

/** Colours that name a river with its noun: "le fleuve Jaune", "le fleuve Rouge", "la rivière Noire". Keys. */
export const RIVER_COLOURS: ReadonlySet<string> = new Set(['jaune', 'rouge', 'bleu', 'noir', 'noire', 'blanc', 'blanche', 'vert', 'verte']);

/** Capitalised adjectives that open a facility's name before its capitalised noun: "Grand Stade Hassan-II", "Grande Mosquée de Paris". Forms as written. */
export const FACILITY_SIZE_ADJECTIVES: ReadonlySet<string> = new Set(['Grand', 'Grande', 'Petit', 'Petite', 'Nouveau', 'Nouvelle', 'Vieux', 'Vieille']);

/** Institutions whose own name takes its town after "de": "l'hôpital Hassan-II d'Agadir". Keys. */
export const TOWN_SUFFIXED_INSTITUTIONS: ReadonlySet<string> = new Set(['hôpital', 'clinique']);

/**
 * Names the gazetteer of towns lists that news uses for something else: "le baril de Brent" is the North Sea crude
 * benchmark (Brent, a London borough). Folded keys.
 */
export const TOWN_HOMONYMS: ReadonlySet<string> = new Set(['brent', 'urals']);

/**
 * Nouns of a route before a pair of towns: "les lignes Lille-Amiens et Arras-Dunkerque", "le vol Paris-Dakar", "l'axe
 * Lyon-Turin". Without one, a pair of towns may name a race ("Paris-Roubaix") or a body ("Aix-Marseille").
 */
export const ROUTE_NOUNS: ReadonlySet<string> = new Set([
  'ligne', 'lignes', 'liaison', 'liaisons', 'axe', 'axes', 'trajet', 'trajets', 'tronçon', 'tronçons', 'vol', 'vols',
  'train', 'trains', 'tgv', 'ter', 'autoroute', 'route', 'relation', 'relations', 'navette', 'navettes', 'itinéraire',
]);

/** Letters of French roads before their number: "la D 6015", "la RN 7", "la N20", "la RD 906", "la M 35". */
export const ROAD_PREFIXES: ReadonlySet<string> = new Set(['N', 'RN', 'D', 'RD', 'M', 'CD']);

/** Words before a road's letters and number: "la D 6015", "la route nationale N 165". */
export const ROAD_CUES: ReadonlySet<string> = new Set(['la', "l'", 'les', 'route', 'routes', 'nationale', 'départementale']);

/** Joints of a list of roads: "la D 6015 et la D 316", "les RN 7 et RN 85". */
export const ROAD_JOINTS: ReadonlySet<string> = new Set(['et', 'ou', ',']);

/**
 * Lower-case words that link the parts of a French compound town name between hyphens: "Châlons-en-Champagne",
 * "Boulogne-sur-Mer", "Saint-Dié-des-Vosges", "Villers-lès-Nancy"; with an elision, "Raon-l'Étape", "Villeneuve-d'Ascq".
 */
export const TOWN_LINKS: ReadonlySet<string> = new Set(['sur', 'sous', 'en', 'lès', 'lez', 'le', 'la', 'les', 'de', 'du', 'des', 'aux', 'au', "l'", "d'"]);

/** Features of a river, named after it with an article: "le delta de la Kaveri", "la vallée du Gier", "l'estuaire de la Seine". */
export const RIVER_FEATURE_NOUNS: ReadonlySet<string> = new Set(['delta', 'vallée', 'bassin', 'estuaire', 'embouchure']);
