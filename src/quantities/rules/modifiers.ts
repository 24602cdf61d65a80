/**
 * Rule `modifiers`: the words right before a number that make it
 * approximate or a bound: "environ 7.000", "près de cinq millions",
 * "au moins 10 000", "plus de 100", "jusqu'à 4,8 millions", "moins de 5 %".
 * They stay outside the span (gold: `au moins ⟦10 000⟧ conteneurs`).
 */
import type { PreparedDocument } from '../../types.js';
import { MODIFIERS_BY_LAST_KEY, type ModifierEffect } from '../data/modifiers.js';

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
  const tokens = doc.tokens;
  const last = tokens[from - 1];
  if (last === undefined) return null;
  const candidates = MODIFIERS_BY_LAST_KEY.get(last.key);
  if (candidates === undefined) return null;
  for (const m of candidates) {
    const start = from - m.keys.length;
    if (start < 0) continue;
    let ok = true;
    for (let k = 0; k < m.keys.length && ok; k++) {
      const t = tokens[start + k];
      ok = t !== undefined && t.key === m.keys[k] && (k === 0 || !t.newlineBefore);
    }
    if (ok) return { effect: m.effect, from: start };
  }
  return null;
}
