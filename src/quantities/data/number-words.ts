/**
 * French number words, as data.
 * Source: Grevisse, Le Bon Usage §593–599 (cardinaux), Académie française,
 * « Les nombres » (rectifications de 1990: hyphens everywhere are accepted),
 * and RT Patterns/French/French-Numbers.yaml for the vague amounts.
 * Keys are accent-folded (`Token.fold`), so "zéro" and "zero" both match.
 */

/** Simple cardinals below one hundred: "deux" → 2, "soixante" → 60. */
export const UNIT_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['un', 1], ['une', 1], ['deux', 2], ['trois', 3], ['quatre', 4], ['cinq', 5], ['six', 6], ['sept', 7],
  ['huit', 8], ['neuf', 9], ['dix', 10], ['onze', 11], ['douze', 12], ['treize', 13], ['quatorze', 14], ['quinze', 15],
  ['seize', 16], ['vingt', 20], ['vingts', 20], ['trente', 30], ['quarante', 40], ['cinquante', 50], ['soixante', 60],
  // Belgian and Swiss French (Le Bon Usage §593 b)
  ['septante', 70], ['octante', 80], ['huitante', 80], ['nonante', 90],
]);

/** "cent", "cents": multiplies what precedes ("trois cents" → 300), or 100 alone. */
export const HUNDRED_WORDS: ReadonlySet<string> = new Set(['cent', 'cents']);

/** "mille" (and the old "mil"): multiplies the group before it. "milles" is the nautical mile, not a number. */
export const THOUSAND_WORDS: ReadonlySet<string> = new Set(['mille', 'mil']);

/**
 * Scale nouns, long scale as used in French ("un billion" = 10^12).
 * After digits too: "4,8 millions", "1,5 milliard".
 */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['million', 1e6], ['millions', 1e6], ['milliard', 1e9], ['milliards', 1e9], ['billion', 1e12], ['billions', 1e12],
]);

/**
 * Scale abbreviations written after digits in the press: "3,5 Md€", "10 Mds$",
 * "2 M$", "50 k€", "3 Mio". Matched case-sensitively on the token text, and
 * `M`/`k` only before a currency (else "5 M" could be anything).
 */
export const SCALE_ABBREVIATIONS: ReadonlyMap<string, { value: number; needsCurrency: boolean }> = new Map([
  ['Md', { value: 1e9, needsCurrency: false }], ['Mds', { value: 1e9, needsCurrency: false }],
  ['md', { value: 1e9, needsCurrency: false }], ['mds', { value: 1e9, needsCurrency: false }],
  ['Mrd', { value: 1e9, needsCurrency: false }], ['Mrds', { value: 1e9, needsCurrency: false }],
  ['Mio', { value: 1e6, needsCurrency: false }], ['Mios', { value: 1e6, needsCurrency: false }],
  ['M', { value: 1e6, needsCurrency: true }], ['k', { value: 1e3, needsCurrency: true }], ['K', { value: 1e3, needsCurrency: true }],
]);

/**
 * Approximate collective nouns: "une dizaine" → 10, "des milliers" → 1000.
 * The value is the unit of the noun (RT French-Numbers.yaml gives the same
 * reading for "centaine", "millier").
 */
export const VAGUE_NOUNS: ReadonlyMap<string, number> = new Map([
  ['dizaine', 10], ['dizaines', 10], ['douzaine', 12], ['douzaines', 12], ['quinzaine', 15], ['quinzaines', 15],
  ['vingtaine', 20], ['vingtaines', 20], ['trentaine', 30], ['quarantaine', 40], ['cinquantaine', 50],
  ['soixantaine', 60], ['centaine', 100], ['centaines', 100], ['millier', 1000], ['milliers', 1000],
]);

/** Collective nouns that also mean something else ("en quarantaine"): need "de" after them. */
export const AMBIGUOUS_VAGUE_NOUNS: ReadonlySet<string> = new Set(['quarantaine', 'quinzaine']);

/** Determiners that open a vague amount, kept inside the span: "des milliers", "une dizaine", "plusieurs centaines". */
export const VAGUE_DETERMINERS: ReadonlySet<string> = new Set(['une', 'un', 'des', 'plusieurs', 'quelques', 'de']);

/** "demi" after "et": "trois milliards et demi", "un an et demi", "deux heures et demie". */
export const HALF_WORDS: ReadonlySet<string> = new Set(['demi', 'demie']);

/** Fractions read as words are not quantities ("les deux tiers", "trois quarts"). */
export const FRACTION_NOUNS: ReadonlySet<string> = new Set([
  'tiers', 'quart', 'quarts', 'moitie', 'moities', 'cinquieme', 'cinquiemes', 'sixieme', 'sixiemes', 'dixieme', 'dixiemes',
  'centieme', 'centiemes', 'millieme', 'milliemes',
]);
