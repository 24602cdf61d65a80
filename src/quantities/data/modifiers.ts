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
  approx('de', "l'", 'ordre', "d'"),
  atLeast('au', 'moins'), atLeast('plus', 'de'), atLeast('plus', "d'"), atLeast('au-delà', 'de'), atLeast('au-delà', "d'"),
  atLeast('au', 'delà', 'de'), atLeast('pas', 'moins', 'de'), atLeast('pas', 'moins', "d'"), atLeast('au', 'minimum'),
  atLeast('minimum'), atLeast('supérieur', 'à'), atLeast('supérieure', 'à'), atLeast('supérieurs', 'à'),
  atLeast('supérieures', 'à'), atLeast('davantage', 'de'), atLeast('à', 'partir', 'de'), atLeast('à', 'partir', "d'"),
  atMost("jusqu'à"), atMost("jusqu'", 'à'), atMost("jusqu'", 'aux'), atMost('moins', 'de'), atMost('moins', "d'"),
  atMost('au', 'plus'), atMost('au', 'maximum'), atMost('maximum'), atMost('pas', 'plus', 'de'), atMost('pas', 'plus', "d'"),
  atMost('inférieur', 'à'), atMost('inférieure', 'à'), atMost('inférieurs', 'à'), atMost('inférieures', 'à'),
  atMost('tout', 'au', 'plus'),
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

/**
 * Verbs of change before "de X à Y": "est passé de 5 à 10 %" gives two
 * figures (before and after), not a range. Matched as folded prefixes.
 */
export const CHANGE_VERB_PREFIXES: readonly string[] = [
  'pass', 'augment', 'baiss', 'chut', 'grimp', 'recul', 'progress', 'diminu', 'hauss', 'tomb', 'mont', 'bondi', 'gross',
  'redui', 'port', 'relev', 'abaiss', 'ramen', 'evolu', 'fondu', 'gonfl', 'degringol', 'plong', 'envol',
];
