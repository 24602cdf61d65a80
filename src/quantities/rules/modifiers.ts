/**
 * Rule `modifiers`: the words right before a number that make it
 * approximate or a bound: "environ 7.000", "près de cinq millions",
 * "au moins 10 000", "plus de 100", "jusqu'à 4,8 millions", "moins de 5 %".
 * They stay outside the span (gold: `au moins ⟦10 000⟧ conteneurs`).
 */
import type { PreparedDocument } from '../../types.js';
import {
  APPROX_VERB_PREFIXES,
  BOUND_ADVERBS,
  BOUND_DE_HEADS,
  BOUND_DETERMINERS,
  BOUND_PREPOSITIONS,
  BOUND_VERB_NOUNS,
  BOUND_VERB_PREFIXES,
  MAY_FORMS,
  MODIFIERS_BY_LAST_KEY,
  NEGATIONS,
  POSTPOSED_BOUNDS,
  REACH_VERBS,
  type Modifier,
  type ModifierEffect,
} from '../data/modifiers.js';

/** A modifier found before a number. */
export interface ModifierMatch {
  readonly effect: ModifierEffect;
  /** First token of the modifier. */
  readonly from: number;
}

/**
 * The longest modifier that ends right before token `from`, if any.
 *
 * @example
 * // "au moins 10 000 conteneurs", from = index of "10 000"
 * readModifier(doc, from) // { effect: 'min', from: from - 2 }
 */
export function readModifier(doc: PreparedDocument, from: number): ModifierMatch | null {
  const last = doc.tokens[from - 1];
  if (last === undefined) return null;
  for (const m of MODIFIERS_BY_LAST_KEY.get(last.key) ?? []) {
    const start = from - m.keys.length;
    if (start >= 0 && matchesAt(doc, start, m)) return { effect: m.effect, from: start };
  }
  return readBound(doc, from);
}

/** Whether the keys of `m` are the tokens from `start` on, on one line. */
function matchesAt(doc: PreparedDocument, start: number, m: Modifier): boolean {
  for (let k = 0; k < m.keys.length; k++) {
    const t = doc.tokens[start + k];
    if (t === undefined || t.key !== m.keys[k] || (k > 0 && t.newlineBefore)) return false;
  }
  return true;
}

/** Most words between a bound and its number ("dépasse la barre des 100 000"). */
const MAX_BOUND_GAP = 3;

/**
 * A verb or a preposition that bounds the number at `from`: "a dépassé 1,1
 * million" (lower), "ne dépasserait pas 0,6 %" and "pouvant atteindre 1 %"
 * (upper), "tombé sous les 60 dollars" (upper), "au-dessus des 40 °C"
 * (lower). An article and "barre" may stand between.
 */
function readBound(doc: PreparedDocument, from: number): ModifierMatch | null {
  const tokens = doc.tokens;
  const sentence = tokens[from]?.sentence;
  let i = from - 1;
  while (i >= 0 && from - 1 - i < MAX_BOUND_GAP && skippable(tokens[i]?.key ?? '', tokens[i - 1]?.key ?? '')) i--;
  const at = tokens[i];
  if (at === undefined || at.sentence !== sentence) return null;
  const preposition = BOUND_PREPOSITIONS.get(at.key);
  if (preposition !== undefined) return { effect: preposition, from: i };
  // "ne dépasse pas 2 %": the negation may follow the verb
  let negated = false;
  let verb = i;
  if (NEGATIONS.has(at.key)) {
    negated = true;
    verb = i - 1;
  }
  const v = tokens[verb];
  if (v === undefined || v.sentence !== sentence || v.kind !== 'word') return null;
  if (APPROX_VERB_PREFIXES.some((p) => v.fold.startsWith(p))) return { effect: 'approximate', from: verb };
  if (REACH_VERBS.has(v.fold)) return MAY_FORMS.has(tokens[verb - 1]?.fold ?? '') ? { effect: 'max', from: verb - 1 } : null;
  if (BOUND_VERB_NOUNS.has(v.fold) || !BOUND_VERB_PREFIXES.some((p) => v.fold.startsWith(p))) return null;
  // "ne devrait pas dépasser", "n'a jamais dépassé": a negation up to three words before the verb
  for (let k = verb - 1; k >= 0 && verb - k <= 3 && !negated; k--) {
    const t = tokens[k];
    if (t === undefined || t.sentence !== sentence) break;
    negated = NEGATIONS.has(t.key);
  }
  return { effect: negated ? 'max' : 'min', from: verb };
}

/** A word between a bound and its number: an article, "barre", or the "de" of "au-dessous de". */
function skippable(key: string, before: string): boolean {
  return BOUND_DETERMINERS.has(key) || BOUND_ADVERBS.has(key) || ((key === 'de' || key === "d'") && BOUND_DE_HEADS.has(before));
}

/**
 * A bound or an approximation written after the amount (or after what it
 * counts, within two words): "quatre ans au plus", "des classes de 20
 * élèves au maximum", "une ville de 60 000 habitants environ".
 */
export function readPostposedBound(doc: PreparedDocument, to: number): ModifierEffect | null {
  for (let at = to; at <= to + 2; at++) {
    for (const m of POSTPOSED_BOUNDS) if (matchesAt(doc, at, m)) return m.effect;
    if (doc.tokens[at]?.key === 'environ') return 'approximate';
    const t = doc.tokens[at];
    if (t === undefined || t.kind !== 'word') return null;
  }
  return null;
}
