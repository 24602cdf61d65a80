/**
 * Word endings that type an unknown capitalised name by its shape, and
 * nouns that announce a place name ("la ville de Zaporijjia").
 *
 * Source: onomastics of Slavic, Romanian, Turkish, Greek and Georgian
 * family names (-enko, -chuk, -ski, -escu, -oğlu, -poulos, -shvili, -dze) and
 * of Slavic, Central Asian and French place names (-grad, -stan, -ovsk,
 * -ville, -bourg), as transliterated in French news.
 */

/** Endings of family names: "Kovalenko", "Kovaltchouk", "Zaloujny"… (lower-case, accent-folded). */
export const PERSON_ENDINGS: readonly string[] = [
  'enko', 'chuk', 'tchouk', 'chouk', 'ski', 'sky', 'skiy', 'skyi', 'ovitch', 'evitch', 'ovich', 'evich', 'escu',
  'oglu', 'poulos', 'opoulos', 'akis', 'shvili', 'chvili', 'dze', 'ovna', 'evna', 'ovic', 'evic',
];

/** Endings of place names: "Sievierodonetsk", "Volgograd", "Kirghizstan", "Charleville". */
export const PLACE_ENDINGS: readonly string[] = [
  'grad', 'stan', 'sk', 'ivka', 'ivtsi', 'abad', 'ville', 'bourg', 'polis', 'opol',
];

/**
 * Lower-case particles inside a hyphenated French commune name:
 * "Nesle-le-Repons", "Villeneuve-sur-Lot", "Aix-en-Provence",
 * "Plessis-lès-Tours", "Clichy-sous-Bois", "Bourg-la-Reine".
 */
export const PLACE_INFIXES: ReadonlySet<string> = new Set(['le', 'la', 'les', 'sur', 'sous', 'en', 'lès', 'lez', 'aux', 'au', 'du', 'des', 'de']);

/** Nouns after which "de X" names a place: "la ville de Kharkiv", "la région de Koursk", "l'État de Californie". */
/**
 * Adjectives between a plural place noun and its "de": "les communes voisines de Góis", "les villages proches de
 * Tulle", "les départements limitrophes du Nord". Keys.
 */
export const NEIGHBOUR_ADJECTIVES: ReadonlySet<string> = new Set([
  'voisin', 'voisine', 'voisins', 'voisines', 'proches', 'limitrophe', 'limitrophes', 'environnants', 'environnantes',
]);

/**
 * Nouns that, in apposition after a name, make it a place: "Arganil, une commune d'environ 11 000 habitants",
 * "Tulle, la préfecture de la Corrèze", "Kherson, ville reprise en 2022". Keys.
 */
export const TOWN_APPOSITIONS: ReadonlySet<string> = new Set([
  'commune', 'ville', 'village', 'localité', 'bourgade', 'bourg', 'hameau', 'municipalité', 'agglomération', 'cité',
  'préfecture', 'sous-préfecture', 'chef-lieu', 'capitale', 'métropole', 'station', 'île', 'province', 'région',
]);

/** Determiners and adjectives that may open such an apposition: "une petite commune", "la ville portuaire". Keys. */
export const TOWN_APPOSITION_OPENERS: ReadonlySet<string> = new Set(['un', 'une', 'la', 'le', "l'", 'cette', 'petite', 'petit', 'grande', 'ancienne', 'paisible']);

export const PLACE_ANNOUNCERS: ReadonlySet<string> = new Set([
  'ville', 'villes', 'région', 'province', 'oblast', 'district', 'village', 'localité', 'commune', 'capitale', 'port',
  'communes', 'villages', 'localités',
  'département', 'canton', 'comté', 'état', 'république', 'île', 'quartier', 'banlieue', 'agglomération', 'préfecture',
  'gouvernorat', 'wilaya', 'émirat', 'royaume', 'principauté', 'territoire', 'enclave', 'bastion', 'front', 'secteur',
  'aéroport', 'gare', 'centrale', 'base', 'camp', 'pays', 'régions', 'provinces', 'environs', 'alentours', 'périphérie',
  // Positions: "près de Quimper", "au nord de Kiev", "à proximité de Rafah".
  'près', 'loin', 'autour', 'nord', 'sud', 'est', 'ouest', 'nord-est', 'nord-ouest', 'sud-est', 'sud-ouest', 'proximité',
  'large', 'sortie', 'entrée', 'abords', 'portes', 'faubourgs',
  // Homes, shores, valleys and works of a town, its people, and who comes from it: "son domicile de Lanester",
  // "la plage de Mimizan", "la vallée de Campan", "l'usine d'Alma", "une habitante de Tibú", "venu de Seraing".
  'domicile', 'plage', 'plages', 'vallée', 'usine', 'usines', 'habitant', 'habitante', 'habitants', 'habitantes',
  'originaire', 'originaires', 'venu', 'venue', 'venus', 'venues',
  // a farm by its hamlet, a town's maternity ward or tax office: "sa ferme de La Séguinière", "la maternité d'Aubusson"
  'ferme', 'maternité', 'trésorerie',
  // a river by its flow, its floods or its banks: "le débit de la Têt", "la crue du Var", "les berges de la Sambre"
  'débit', 'crue', 'crues', 'berges', 'embouchure',
  // Markets and strongholds of a town: "au marché de Gusau", "son fief de Garoua".
  'marché', 'fief', 'municipalité', 'hameau', 'bourg',
  // Camps by the people they hold: "le camp de déplacés de Metuge", "les réfugiés de Kakuma".
  'déplacés', 'réfugiés',
  // Shelters of a town's evacuees: "hébergées dans un gymnase de Lézignan-Corbières".
  'gymnase', 'gymnases',
  // Border posts named after their village: "le poste-frontière de Jarinje" (dev16, dev19).
  'poste-frontière', 'postes-frontières',
  // the same without the hyphen, and a border town: "le poste frontière de Torkham", "la frontière de Gbapleu"
  'frontière',
]);

/**
 * Plural place nouns that open a list of places after ", dont": "quatre villages, dont Ribaute et Camplong-d'Aude",
 * "plusieurs communes, dont Gruissan". Keys.
 */
export const PLACE_LIST_NOUNS: ReadonlySet<string> = new Set([
  'villes', 'villages', 'communes', 'localités', 'quartiers', 'hameaux', 'bourgades', 'municipalités', 'régions',
  'provinces', 'départements', 'pays', 'îles', 'districts', 'cantons',
]);

/**
 * Of those, nouns after which "du" too links the place: "le quartier du
 * Vedado", "son fief du Nord", "la province du Guayas" ("le secteur du
 * Bâtiment", "le front du Refus" are no places).
 */
export const PLACE_ANNOUNCERS_DU: ReadonlySet<string> = new Set([
  'quartier', 'fief', 'province', 'région', 'département', 'district', 'canton', 'comté', 'village', 'marché', 'bastion',
  // rivers take their article: "le débit de la Têt", "la crue du Var"
  'débit', 'crue', 'crues', 'berges', 'embouchure',
]);

/**
 * Of those, divisions whose plural names take "des": "la région des Cascades", "la région des Grands Lacs", "le
 * département des Hauts-de-Seine", "la province des Hauts-Plateaux".
 */
export const PLACE_ANNOUNCERS_DES: ReadonlySet<string> = new Set(['région', 'province', 'département', 'district', 'canton', 'comté']);

/** "le 13e arrondissement", "le 1er arrondissement": a city district by its ordinal. */
export const ORDINAL_DISTRICTS: ReadonlySet<string> = new Set(['arrondissement', 'arrondissements']);

/** Nouns before "du Nord"/"du Sud" that make the compass word a direction, no place: "le vent du Nord", "le pôle Sud". */
export const COMPASS_DIRECTION_NOUNS: ReadonlySet<string> = new Set(['vent', 'vents', 'brise', 'pôle', 'hémisphère', 'côté', 'cap', 'face', 'versant']);
