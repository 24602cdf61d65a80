/**
 * Rule `ranges`: two amounts that bound one quantity: "entre 12 et 15 euros",
 * "entre 12 euros et 15 euros", "de 5 à 10 ans", "5 à 10 morts", "5-10 %".
 *
 * Choice (the gold guideline gives no example): a range is ONE quantity
 * whose span runs from the first number to the end of the second amount
 * ("⟦12 euros et 15 euros⟧", "de ⟦5 à 10 ans⟧"), leaving out "entre"/"de"
 * like the other modifiers. Its `value` is null (no single figure is right),
 * `range` holds both bounds, `approximate` is true, and kind/unit come from
 * whichever side carries the unit ("entre 12 et 15 euros" is money on both
 * sides). A scale on the second number carries to the first: "entre 2 et 3
 * millions" is {min: 2e6, max: 3e6}. A user reading "12 à 15 €" wants the
 * bounds, not two unrelated prices, and never the 12.15 of a naive parser.
 *
 * After a verb of change ("est passé de 5 à 10 %") the two numbers are a
 * before and an after, so they stay two quantities.
 */
import type { PreparedDocument } from '../../types.js';
import { spanOf } from '../../text/prepare.js';
import { CHANGE_ADJUNCT_OPENERS, CHANGE_OBJECT_DETERMINERS, CHANGE_VERB_PREFIXES, OBJECT_CHANGE_VERB_PREFIXES } from '../data/modifiers.js';
import type { Candidate, NumberCore, UnitMatch } from './types.js';

/** A range built from two candidates. */
export interface RangeMatch {
  readonly from: number;
  readonly to: number;
  readonly min: number;
  readonly max: number;
  readonly unit: UnitMatch | null;
  /** The second candidate (for the counted object after it). */
  readonly upper: Candidate;
  /** First token of the opening word ("entre", "de"), or `from` when there is none. */
  readonly openerFrom: number;
}

function isChangeVerb(fold: string | undefined): boolean {
  if (fold === undefined) return false;
  return CHANGE_VERB_PREFIXES.some((p) => fold.startsWith(p));
}

/** A verb of change, or one of a length, whose object stands before its "de X à Y". */
function isObjectChangeVerb(fold: string | undefined): boolean {
  return fold !== undefined && (isChangeVerb(fold) || OBJECT_CHANGE_VERB_PREFIXES.some((p) => fold.startsWith(p)));
}

/** Most words of an adjunct or an object between a verb of change and its "de X à Y": "en un an", "la période d'essai". */
const MAX_CHANGE_ADJUNCT = 4;

/**
 * Is the "de" at `de` the one of a verb of change, right after it or after
 * a short adjunct of time or an adverb ("est passé en un an de 730 à 840",
 * "a chuté depuis 2020 de 12 à 9 %", "a progressé nettement de 2 à 5 %")?
 */
function afterChangeVerb(doc: PreparedDocument, de: number): boolean {
  const tokens = doc.tokens;
  if (isChangeVerb(tokens[de - 1]?.fold)) return true;
  const sentence = tokens[de]?.sentence;
  for (let v = de - 2; v >= 0 && de - v <= MAX_CHANGE_ADJUNCT + 1; v--) {
    const verb = tokens[v];
    if (verb === undefined || verb.sentence !== sentence || verb.kind === 'punct') return false;
    const opener = tokens[v + 1];
    // "a relevé son taux directeur de 0,5 % à 0,75 %", "allonger la période d'essai de trois à six mois": the verb's
    // object may stand between, opened by a determiner.
    if (isChangeVerb(verb.fold) && opener !== undefined && (CHANGE_ADJUNCT_OPENERS.has(opener.key) || opener.key.endsWith('ment'))) return true;
    if (isObjectChangeVerb(verb.fold) && opener !== undefined && CHANGE_OBJECT_DETERMINERS.has(opener.key)) return true;
  }
  return false;
}

/**
 * Join `a` and `b` (consecutive candidates) into a range when the words
 * between and before them say so; null otherwise.
 *
 * @example
 * // "entre 12 euros et 15 euros"
 * readRange(doc, a, b) // { min: 12, max: 15, unit: { unit: 'EUR', … }, … }
 */
export function readRange(doc: PreparedDocument, a: Candidate, b: Candidate): RangeMatch | null {
  const tokens = doc.tokens;
  if (b.from !== a.to + 1) return null;
  const link = tokens[a.to];
  const opener = tokens[a.from - 1];
  if (link === undefined || link.newlineBefore) return null;
  let openerFrom = a.from;
  if (link.fold === 'et') {
    if (opener?.fold !== 'entre') return null;
    openerFrom = a.from - 1;
  } else if (link.fold === 'a' || link.fold === 'au') {
    if (opener?.fold === 'de' || opener?.fold === "d'") {
      if (afterChangeVerb(doc, a.from - 1)) return null;
      openerFrom = a.from - 1;
    } else if (a.core.source !== b.core.source) {
      return null; // "5 à dix": mixed writing is seldom a range
    }
  } else if ((link.text === '-' || link.text === '–') && !link.spaceBefore && tokens[b.from]?.spaceBefore === false) {
    // "5-10 %", "10-15 ans": two numbers in digits joined by a hyphen, the unit on the second.
    if (a.core.source !== 'digits' || b.core.source !== 'digits' || a.unit !== null) return null;
  } else {
    return null;
  }
  if (a.unit !== null && b.unit !== null && (a.unit.unit !== b.unit.unit || a.unit.kind !== b.unit.kind)) return null;
  if (a.core.approximate || b.core.approximate) return null;
  // "entre 2 et 3 millions": the scale of the upper bound applies to the lower one
  let min = a.value;
  if (a.unit === null && a.core.scale === 1 && b.core.scale > 1 && a.value < b.core.value / b.core.scale + 1e-9) {
    min = a.value * b.core.scale;
  }
  // "3 à 4 000 personnes", "trois à quatre mille": the lower figure leaves out the thousands the upper one writes
  else if (a.unit === null && a.core.scale === 1 && Number.isInteger(a.value)) {
    const thousands = writtenThousands(doc, b.core);
    if (thousands > 1 && a.value < b.core.value / thousands) min = a.value * thousands;
  }
  // "entre 20 et 50 centimes": the sub-unit factor applies to both bounds
  if (a.unit === null && b.unit !== null && b.unit.factor !== 1) min *= b.unit.factor;
  const max = b.value;
  if (!(min < max)) return null;
  return { from: a.from, to: b.to, min, max, unit: b.unit ?? a.unit, upper: b, openerFrom };
}

/** "4 000", "4.000", "10 000 000": a leading group then groups of "000" (separator: space, no-break spaces, dot, apostrophe). */
const GROUPED_THOUSANDS = /^\d{1,3}((?:[ .\u00a0\u202f'’]000)+)$/u;

/**
 * The power of a thousand an upper bound writes as separate "000" groups or as a final "mille" ("4 000" → 1000,
 * "4 000 000" → 10^6, "quatre mille" → 1000), else 1: a bare "4000" or "4 500" shares nothing.
 */
function writtenThousands(doc: PreparedDocument, core: NumberCore): number {
  if (core.source === 'words') return doc.tokens[core.to - 1]?.fold === 'mille' ? 1000 : 1;
  if (core.source !== 'digits') return 1;
  const groups = GROUPED_THOUSANDS.exec(spanOf(doc, core.from, core.to).text)?.[1];
  return groups === undefined ? 1 : 1000 ** (groups.length / 4);
}
