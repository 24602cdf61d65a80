/**
 * Measure and duration units, as data.
 * Source: Bureau international des poids et mesures, « Le Système
 * international d'unités » (9e éd., 2019) for the symbols; the French names
 * follow the Académie française spelling, with the unaccented forms news
 * feeds also carry. Keys are accent-folded (`Token.fold`).
 */

/** Unit names written in full (folded) → SI-style symbol: "kilomètres" → "km". */
export const MEASURE_NAMES: ReadonlyMap<string, string> = new Map([
  ['kilometre', 'km'], ['kilometres', 'km'], ['metre', 'm'], ['metres', 'm'], ['centimetre', 'cm'], ['centimetres', 'cm'],
  ['millimetre', 'mm'], ['millimetres', 'mm'], ['kilogramme', 'kg'], ['kilogrammes', 'kg'], ['kilo', 'kg'], ['kilos', 'kg'],
  ['gramme', 'g'], ['grammes', 'g'], ['tonne', 't'], ['tonnes', 't'], ['kilotonne', 'kt'], ['kilotonnes', 'kt'],
  ['megatonne', 'Mt'], ['megatonnes', 'Mt'], ['hectare', 'ha'], ['hectares', 'ha'], ['litre', 'L'], ['litres', 'L'],
  ['hectolitre', 'hL'], ['hectolitres', 'hL'], ['baril', 'bbl'], ['barils', 'bbl'], ['degre', '°C'], ['degres', '°C'],
  ['noeud', 'kn'], ['noeuds', 'kn'], ['megawatt', 'MW'], ['megawatts', 'MW'], ['gigawatt', 'GW'], ['gigawatts', 'GW'],
  ['kilowatt', 'kW'], ['kilowatts', 'kW'], ['megawattheure', 'MWh'], ['megawattheures', 'MWh'],
  ['watt', 'W'], ['watts', 'W'], ['terawatt', 'TW'], ['terawatts', 'TW'], ['kilowattheure', 'kWh'], ['kilowattheures', 'kWh'],
  ['gigawattheure', 'GWh'], ['gigawattheures', 'GWh'], ['terawattheure', 'TWh'], ['terawattheures', 'TWh'],
  ['volt', 'V'], ['volts', 'V'], ['kilovolt', 'kV'], ['kilovolts', 'kV'], ['gigatonne', 'Gt'], ['gigatonnes', 'Gt'],
  ['milligramme', 'mg'], ['milligrammes', 'mg'], ['microgramme', 'µg'], ['microgrammes', 'µg'],
  ['millilitre', 'mL'], ['millilitres', 'mL'], ['centilitre', 'cL'], ['centilitres', 'cL'],
  ['mile', 'mi'], ['miles', 'mi'],
  // "26 000 milles": the number "mille" takes no plural "s", so "milles" after a number is the (nautical) mile.
  ['milles', 'nmi'], ['gallon', 'gal'], ['gallons', 'gal'], ['acre', 'ac'], ['acres', 'ac'],
  ['once', 'oz'], ['onces', 'oz'], ['pouce', 'in'], ['pouces', 'in'], ['carat', 'ct'], ['carats', 'ct'],
  ['decibel', 'dB'], ['decibels', 'dB'], ['hectopascal', 'hPa'], ['hectopascals', 'hPa'],
  ['kilocalorie', 'kcal'], ['kilocalories', 'kcal'], ['hertz', 'Hz'], ['megahertz', 'MHz'], ['gigahertz', 'GHz'],
  ['octet', 'o'], ['octets', 'o'], ['kilooctet', 'ko'], ['kilooctets', 'ko'], ['megaoctet', 'Mo'], ['megaoctets', 'Mo'],
  ['gigaoctet', 'Go'], ['gigaoctets', 'Go'], ['teraoctet', 'To'], ['teraoctets', 'To'],
]);

/**
 * Unit symbols, matched case-sensitively on the token text ("5 m" is metres,
 * "M." is an honorific and never a unit).
 */
/**
 * Scales named before their number, with no unit: "magnitude 6,0" (an
 * earthquake). The word is part of the measure's span.
 */
export const SCALES_BEFORE: ReadonlySet<string> = new Set(['magnitude']);

export const MEASURE_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['km', 'km'], ['m', 'm'], ['cm', 'cm'], ['mm', 'mm'], ['kg', 'kg'], ['g', 'g'], ['t', 't'], ['kt', 'kt'], ['Mt', 'Mt'],
  ['km²', 'km²'], ['km2', 'km²'], ['m²', 'm²'], ['m2', 'm²'], ['m³', 'm³'], ['m3', 'm³'], ['cm²', 'cm²'], ['cm2', 'cm²'], ['ha', 'ha'], ['L', 'L'],
  ['l', 'L'], ['hl', 'hL'], ['hL', 'hL'], ['bbl', 'bbl'], ['kW', 'kW'], ['MW', 'MW'], ['GW', 'GW'], ['kWh', 'kWh'],
  ['MWh', 'MWh'], ['GWh', 'GWh'], ['TWh', 'TWh'], ['Gt', 'Gt'], ['W', 'W'], ['TW', 'TW'], ['kV', 'kV'], ['mg', 'mg'],
  ['µg', 'µg'], ['mL', 'mL'], ['ml', 'mL'], ['cL', 'cL'], ['cl', 'cL'], ['cm³', 'cm³'], ['cm3', 'cm³'], ['dB', 'dB'],
  ['hPa', 'hPa'], ['kcal', 'kcal'], ['Hz', 'Hz'], ['MHz', 'MHz'], ['GHz', 'GHz'], ['ko', 'ko'], ['Mo', 'Mo'], ['Go', 'Go'],
  ['To', 'To'], ['oz', 'oz'], ['mph', 'mph'], ['ppm', 'ppm'],
]);

/** Two-word units: "kilomètres carrés" → "km²", "milles nautiques" → "nmi". The first word is the key. */
export const MEASURE_PAIRS: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  ['kilometre', new Map([['carre', 'km²']])], ['kilometres', new Map([['carres', 'km²'], ['heure', 'km/h']])],
  ['metre', new Map([['carre', 'm²'], ['cube', 'm³']])], ['metres', new Map([['carres', 'm²'], ['cubes', 'm³']])],
  ['mille', new Map([['nautique', 'nmi'], ['marin', 'nmi']])], ['milles', new Map([['nautiques', 'nmi'], ['marins', 'nmi']])],
  ['degre', new Map([['celsius', '°C'], ['fahrenheit', '°F']])], ['degres', new Map([['celsius', '°C'], ['fahrenheit', '°F']])],
]);

/** A duration unit. */
export type DurationUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year' | 'decade' | 'century';

/** Duration nouns (folded) → unit: "mois" → "month", "années" → "year". */
export const DURATION_NAMES: ReadonlyMap<string, DurationUnit> = new Map<string, DurationUnit>([
  ['seconde', 'second'], ['secondes', 'second'], ['minute', 'minute'], ['minutes', 'minute'], ['min', 'minute'],
  ['heure', 'hour'], ['heures', 'hour'], ['h', 'hour'], ['jour', 'day'], ['jours', 'day'], ['journee', 'day'], ['journees', 'day'],
  ['semaine', 'week'], ['semaines', 'week'], ['mois', 'month'], ['an', 'year'], ['ans', 'year'], ['annee', 'year'],
  ['annees', 'year'], ['decennie', 'decade'], ['decennies', 'decade'], ['siecle', 'century'], ['siecles', 'century'],
]);

/**
 * Duration nouns that "un"/"une" may count ("un an et demi", "une semaine"):
 * "un jour" is the idiom "one day" and "une année" is mostly "a year of …".
 */
export const ONE_DURATION_NAMES: ReadonlySet<string> = new Set([
  'seconde', 'minute', 'heure', 'semaine', 'mois', 'an', 'decennie', 'siecle',
]);

/** Month names (folded), for "25 mars" (a date, not a count). Source: CH src/locales/fr/constants.ts. */
export const MONTHS: ReadonlySet<string> = new Set([
  'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre',
  'janv', 'fevr', 'fev', 'avr', 'juil', 'sept', 'oct', 'nov', 'dec',
]);

/** Day names, for "lundi 25" (a date). */
export const WEEKDAYS: ReadonlySet<string> = new Set(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']);

/** Nouns of a margin after "de": "7 centièmes d'avance", "3 dixièmes de retard". */
export const MARGIN_NOUNS: ReadonlySet<string> = new Set(['avance', 'retard', 'ecart']);

/** Fractions of a second a race is won by, and their share of one: "52 centièmes", "trois dixièmes de seconde". */
export const SECOND_FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['dixieme', 0.1], ['dixiemes', 0.1], ['centieme', 0.01], ['centiemes', 0.01], ['millieme', 0.001], ['milliemes', 0.001],
]);
