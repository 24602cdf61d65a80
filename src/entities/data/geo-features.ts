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
 * Feature nouns that open a place name with a capitalised specifier: "mer
 * Rouge", "golfe Persique", "océan Indien", "détroit d'Ormuz", "mer de Chine".
 */
export const GEO_NAME_HEADS: ReadonlySet<string> = new Set([
  'mer', 'golfe', 'détroit', 'océan', 'île', 'îles', 'archipel', 'lac', 'fleuve', 'massif', 'désert', 'plaine',
  'plateau', 'péninsule', 'baie', 'cap', 'canal', 'mont', 'monts', 'vallée', 'bassin', 'delta', 'steppe', 'col',
  'chaîne', 'cordillère', 'corne', 'bande', 'rivière', 'estuaire', 'isthme', 'atoll', 'glacier', 'volcan',
]);

/**
 * Lower-case position adjectives that close a place name: "mer de Chine
 * méridionale", "Sahel central", "Europe occidentale", "Syrie orientale".
 */
export const POSITION_ADJECTIVES: ReadonlySet<string> = new Set([
  'méridionale', 'méridional', 'orientale', 'oriental', 'occidentale', 'occidental', 'septentrionale', 'septentrional',
  'centrale', 'central', 'australe', 'austral',
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
