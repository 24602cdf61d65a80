/**
 * Internal shapes shared by the quantity rules. Positions are token indices
 * into `doc.tokens` (`from` inclusive, `to` exclusive); spans of the text are
 * only made at the end, from the tokens, so they always obey the span rule.
 */
import type { QuantityKind } from '../../types.js';

/** The number part of a quantity: "7.000", "4,8 millions", "quatre-vingt-dix", "des milliers". */
export interface NumberCore {
  readonly from: number;
  readonly to: number;
  readonly value: number;
  /** How it is written: digits ("7.000", "4,8 millions"), words ("sept mille") or a vague amount ("des milliers"). */
  readonly source: 'digits' | 'words' | 'vague';
  /** A vague amount is approximate by itself: "une dizaine", "des milliers". */
  readonly approximate: boolean;
  /** Ends with a scale or collective noun, so "de" + noun follows: "millions de dollars", "milliers d'obus". */
  readonly nounLike: boolean;
  /** The lone word "un"/"une": an article, a number only with a unit ("un an"). */
  readonly loneOne: boolean;
  /** Scale word the number ends with (10^6 for "3 millions"), else 1: "entre 2 et 3 millions" shares it. */
  readonly scale: number;
}

/** The unit after (or before) a number: "€", "millions d'euros", "%", "pour cent", "mm", "mois". */
export interface UnitMatch {
  readonly kind: Exclude<QuantityKind, 'count'>;
  readonly unit: string;
  /** First token of the quantity when the unit is written before the number ("$5"), else the core start. */
  readonly from: number;
  /** Token after the unit. */
  readonly to: number;
  /** Multiplier of the value ("50 centimes" → 0.01). */
  readonly factor: number;
  /** Added to the value ("un an et demi" → 0.5). */
  readonly add: number;
}

/** A quantity being built: a core, its unit and the modifier in front of it. */
export interface Candidate {
  readonly core: NumberCore;
  readonly unit: UnitMatch | null;
  /** Token span of the quantity (core + unit). */
  readonly from: number;
  readonly to: number;
  readonly value: number;
}
