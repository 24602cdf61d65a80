/**
 * Words before a number that qualify it. They stay outside the quantity span
 * (gold guideline: `au moins ⟦10 000⟧ conteneurs`) but set its fields.
 * Source: Grevisse, Le Bon Usage §602 (approximation des nombres), and RT
 * Patterns/French/French-Numbers.yaml (`LessRegex`, `MoreRegex`, `ApproxRegex`).
 * Each entry is a sequence of token keys (`Token.key`: lower case, straight
 * apostrophe, accents kept).
 */

/** What a modifier does: approximate only, a lower bound, or an upper bound. */
export type ModifierEffect = 'approximate' | 'min' | 'max';

/** A modifier: the token keys it spans and its effect. */
export interface Modifier {
  readonly keys: readonly string[];
  readonly effect: ModifierEffect;
}

const approx = (...keys: string[]): Modifier => ({ keys, effect: 'approximate' });
const atLeast = (...keys: string[]): Modifier => ({ keys, effect: 'min' });
const atMost = (...keys: string[]): Modifier => ({ keys, effect: 'max' });

/** All modifiers; the longest one that ends right before the number wins. */
export const MODIFIERS: readonly Modifier[] = [
  approx('environ'), approx('près', 'de'), approx('près', "d'"), approx('à', 'peu', 'près'), approx('quelque'),
  approx('autour', 'de'), approx('autour', "d'"), approx('approximativement'), approx('aux', 'alentours', 'de'),
  approx('aux', 'alentours', "d'"), approx('presque'), approx('quasiment'), approx('pratiquement'),
  approx('pas', 'loin', 'de'), approx('pas', 'loin', "d'"), approx('grosso', 'modo'), approx('plus', 'ou', 'moins'),
  approx('env.'), approx('approx.'), approx('à', 'peine'),
  // An estimate: "estimés à 3 millions", "évaluée à 40 %", "de l'ordre de 2 000".
  approx('estimé', 'à'), approx('estimée', 'à'), approx('estimés', 'à'), approx('estimées', 'à'), approx('évalué', 'à'),
  approx('évaluée', 'à'), approx('évalués', 'à'), approx('évaluées', 'à'), approx('de', "l'", 'ordre', 'de'),
  approx('de', "l'", 'ordre', "d'"), approx('proche', 'de'), approx('proche', "d'"), approx('proches', 'de'),
  approx('proches', "d'"), approx('attendu', 'à'), approx('attendue', 'à'), approx('attendus', 'à'), approx('attendues', 'à'),
  atLeast('au', 'moins'), atLeast('plus', 'de'), atLeast('plus', "d'"), atLeast('au-delà', 'de'), atLeast('au-delà', "d'"),
  atLeast('au', 'delà', 'de'), atLeast('pas', 'moins', 'de'), atLeast('pas', 'moins', "d'"), atLeast('au', 'minimum'),
  atLeast('minimum'), atLeast('supérieur', 'à'), atLeast('supérieure', 'à'), atLeast('supérieurs', 'à'),
  atLeast('supérieures', 'à'), atLeast('davantage', 'de'), atLeast('à', 'partir', 'de'), atLeast('à', 'partir', "d'"),
  atMost("jusqu'à"), atMost("jusqu'", 'à'), atMost("jusqu'", 'aux'), atMost('moins', 'de'), atMost('moins', "d'"),
  atMost('au', 'plus'), atMost('au', 'maximum'), atMost('maximum'), atMost('pas', 'plus', 'de'), atMost('pas', 'plus', "d'"),
  atMost('inférieur', 'à'), atMost('inférieure', 'à'), atMost('inférieurs', 'à'), atMost('inférieures', 'à'),
  atMost('tout', 'au', 'plus'),
  approx('peut-être'),
];

/**
 * Verbs whose object is a bound (matched as folded prefixes): "a dépassé 1,1
 * million" is a lower bound, "ne dépasse pas 2 %" an upper one; "excéder",
 * "franchir" ("a franchi les 100 000 dollars") likewise.
 */
export const BOUND_VERB_PREFIXES: readonly string[] = ['depass', 'exced', 'franchi'];

/**
 * Verbs whose object is an approximation (folded prefixes): "devrait
 * avoisiner 2,4 millions d'hectolitres", "le thermomètre a frôlé les 40 °C".
 */
export const APPROX_VERB_PREFIXES: readonly string[] = ['avoisin', 'frol'];

/** "pouvant atteindre 500 soles", "pourrait atteindre 3 %": an upper bound. */
export const REACH_VERBS: ReadonlySet<string> = new Set(['atteindre']);
/** Forms of "pouvoir" before "atteindre" (folded). */
export const MAY_FORMS: ReadonlySet<string> = new Set([
  'pouvant', 'peut', 'peuvent', 'pourrait', 'pourraient', 'pourra', 'pourront', 'pouvait', 'pouvaient', 'pouvoir',
]);

/** Negations that turn a lower bound into an upper one: "ne dépasse pas", "ne devrait plus dépasser". */
export const NEGATIONS: ReadonlySet<string> = new Set(['ne', "n'", 'pas', 'plus', 'jamais', 'guère']);

/**
 * Words between a bound and its number: "sous les 60 dollars", "sous la
 * barre des 70 cents" (a level crossed). A threshold stops the bound: in
 * "franchir le seuil de 5 %" the figure is the threshold's own, exact.
 */
export const BOUND_DETERMINERS: ReadonlySet<string> = new Set(['les', 'la', 'le', "l'", 'des', 'du', 'barre']);
/** Adverbs between a bound verb and its number: "dépassent régulièrement 20 heures", "a déjà franchi les 100". */
export const BOUND_ADVERBS: ReadonlySet<string> = new Set([
  'régulièrement', 'souvent', 'parfois', 'déjà', 'largement', 'désormais', 'encore', 'même', 'toujours', 'rarement', 'nettement', 'légèrement',
  // A day between the verb and its figure: "a dépassé mardi les 2 900 points".
  'hier', "aujourd'hui", 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
]);
/** Words a "de" may follow between a bound and its number: "au-dessous de 3", "la barre de 2 %". */
export const BOUND_DE_HEADS: ReadonlySet<string> = new Set(['au-dessous', 'en-dessous', 'au-dessus', 'barre']);
/** Nouns that share a bound verb's stem: "un excédent de 3 milliards" is no bound. */
export const BOUND_VERB_NOUNS: ReadonlySet<string> = new Set(['excedent', 'excedents', 'excedentaire', 'excedentaires', 'depassement', 'depassements']);

/** Prepositions that bound the number after them: "sous les 2 %" (upper), "au-dessus des 40 °C" (lower). */
export const BOUND_PREPOSITIONS: ReadonlyMap<string, ModifierEffect> = new Map<string, ModifierEffect>([
  ['sous', 'max'], ['au-dessous', 'max'], ['en-dessous', 'max'], ['au-dessus', 'min'],
]);

/** Bounds written after the amount: "quatre ans au plus", "20 élèves au maximum", "trois fois au moins". */
export const POSTPOSED_BOUNDS: readonly Modifier[] = [
  atMost('au', 'plus'), atMost('au', 'maximum'), atMost('tout', 'au', 'plus'), atLeast('au', 'moins'), atLeast('au', 'minimum'),
];

/** Longest modifier, in tokens. */
export const MAX_MODIFIER_LENGTH = MODIFIERS.reduce((n, m) => Math.max(n, m.keys.length), 0);

/** Modifiers indexed by their last key, so a lookup costs one Map access. */
export const MODIFIERS_BY_LAST_KEY: ReadonlyMap<string, readonly Modifier[]> = (() => {
  const map = new Map<string, Modifier[]>();
  for (const m of MODIFIERS) {
    const last = m.keys[m.keys.length - 1] ?? '';
    const list = map.get(last) ?? [];
    list.push(m);
    map.set(last, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return map;
})();

/** Words that open an adjunct between a verb of change and its "de X à Y": "en un an", "depuis 2020", "cette année". */
export const CHANGE_ADJUNCT_OPENERS: ReadonlySet<string> = new Set(['en', 'depuis', 'cette', 'ce', 'cet', 'entre-temps', 'ainsi', 'alors', 'donc']);

/** Determiners that open the object of a verb of change before its "de X à Y": "relever son taux de 0,5 % à 0,75 %". */
export const CHANGE_OBJECT_DETERMINERS: ReadonlySet<string> = new Set(['le', 'la', 'les', "l'", 'son', 'sa', 'ses', 'leur', 'leurs']);

/**
 * Verbs of change before "de X à Y": "est passé de 5 à 10 %" gives two
 * figures (before and after), not a range. Matched as folded prefixes.
 */
export const CHANGE_VERB_PREFIXES: readonly string[] = [
  'pass', 'augment', 'baiss', 'chut', 'grimp', 'recul', 'progress', 'diminu', 'hauss', 'tomb', 'mont', 'bondi', 'gross',
  'redui', 'port', 'relev', 'abaiss', 'ramen', 'evolu', 'fondu', 'gonfl', 'degringol', 'plong', 'envol',
];

/**
 * Verbs of change whose "de X à Y" is a before and an after only once their object is said: "allonger la période
 * d'essai de trois à six mois"; right after the verb it is the range of the change ("allonge de 10 à 14 jours le
 * trajet", "sera allongé de 25 à 40 minutes"). Matched as folded prefixes.
 */
export const OBJECT_CHANGE_VERB_PREFIXES: readonly string[] = ['allong', 'prolong', 'raccourc'];
