/**
 * Rule `percent`: "30 %", "30%", "30 % " with a no-break space,
 * "8 pour cent", "trente pour cent", "8 pour-cent". The "cent" of
 * "pour cent" is part of the unit, never a number of its own. Per mille
 * (blood alcohol, birth rates) is a percent too, its value in percent as
 * the contract has no other percent unit: "0,5 ‰" and "5 pour mille" are
 * 0.05 and 0.5 %.
 */
import type { PreparedDocument } from '../../types.js';
import type { NumberCore, UnitMatch } from './types.js';

/** A per mille in percent. */
const PER_MILLE = 0.1;

/**
 * The percent sign or words after a number, if any.
 *
 * @example
 * // "trente pour cent"
 * readPercent(doc, core) // { kind: 'percent', unit: '%', to: core.to + 2, … }
 */
export function readPercent(doc: PreparedDocument, core: NumberCore): UnitMatch | null {
  if (core.source === 'vague') return null;
  const tokens = doc.tokens;
  const t = tokens[core.to];
  if (t === undefined) return null;
  const at = (to: number, factor = 1): UnitMatch => ({ kind: 'percent', unit: '%', from: core.from, to, factor, add: 0 });
  if (t.text === '%') return at(core.to + 1);
  if (t.text === '‰') return at(core.to + 1, PER_MILLE);
  if (t.newlineBefore) return null;
  if (t.fold === 'pour-cent' || t.fold === 'pourcent' || t.fold === 'pourcents') return at(core.to + 1);
  if (t.fold === 'pour' && tokens[core.to + 1]?.fold === 'cent') return at(core.to + 2);
  if (t.fold === 'pour' && tokens[core.to + 1]?.fold === 'mille') return at(core.to + 2, PER_MILLE);
  return null;
}
