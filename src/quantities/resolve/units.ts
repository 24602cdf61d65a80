/**
 * Unit resolution: the surface of a currency, a measure or a duration → the
 * normalised unit of the Quantity (ISO 4217, SI-style symbol, duration name).
 * Span finding is elsewhere (rules/money.ts, measure.ts, duration.ts).
 */
import { CURRENCY_CODES, CURRENCY_NAMES, CURRENCY_SUBUNITS, CURRENCY_SYMBOLS } from '../data/currencies.js';
import { DURATION_NAMES, MEASURE_NAMES, MEASURE_PAIRS, MEASURE_SYMBOLS, type DurationUnit } from '../data/units.js';

/** A resolved unit and how many tokens its surface used. */
export interface ResolvedUnit {
  readonly unit: string;
  readonly used: number;
  /** Multiplier of the amount: 0.01 for "centimes". */
  readonly factor: number;
}

/**
 * ISO 4217 code of a currency written after (or before) an amount.
 * `text` is the token text (for symbols and upper-case codes), `fold` its
 * folded key, `nextFold` the folded key of the following token (a qualifier:
 * "dollars canadiens", "livres sterling", "francs CFA", "wons nord-coréens").
 *
 * @example
 * resolveCurrency('€', '€', undefined)            // { unit: 'EUR', used: 1, factor: 1 }
 * resolveCurrency('livres', 'livres', 'sterling') // { unit: 'GBP', used: 2, factor: 1 }
 * resolveCurrency('livres', 'livres', 'de')       // null (books)
 */
export function resolveCurrency(text: string, fold: string, nextFold: string | undefined): ResolvedUnit | null {
  const symbol = CURRENCY_SYMBOLS.get(text);
  if (symbol !== undefined) {
    // "$ US", "$ CA": the qualifier is optional
    if (text === '$' && nextFold === 'ca') return { unit: 'CAD', used: 2, factor: 1 };
    return { unit: symbol, used: text === '$' && nextFold === 'us' ? 2 : 1, factor: 1 };
  }
  if (CURRENCY_CODES.has(text)) return { unit: text, used: 1, factor: 1 };
  if (text === 'US' && nextFold === '$') return { unit: 'USD', used: 2, factor: 1 };
  const name = CURRENCY_NAMES.get(fold);
  if (name !== undefined) {
    const qualified = nextFold === undefined ? undefined : name.qualifiers?.get(nextFold);
    if (qualified !== undefined) return { unit: qualified, used: 2, factor: 1 };
    return name.code === null ? null : { unit: name.code, used: 1, factor: 1 };
  }
  const sub = CURRENCY_SUBUNITS.get(fold);
  if (sub !== undefined) return { unit: sub.code, used: 1, factor: sub.factor };
  return null;
}

/**
 * SI-style symbol of a measure unit. Symbols are case-sensitive ("m" is a
 * metre, "M" never is); names are matched folded, with a second word for
 * "kilomètres carrés", "milles nautiques", "degrés Celsius".
 *
 * @example
 * resolveMeasure('mm', 'mm', undefined)                 // { unit: 'mm', used: 1, factor: 1 }
 * resolveMeasure('kilomètres', 'kilometres', 'carres')  // { unit: 'km2', used: 2, factor: 1 }
 */
export function resolveMeasure(text: string, fold: string, nextFold: string | undefined): ResolvedUnit | null {
  const pair = MEASURE_PAIRS.get(fold);
  if (pair !== undefined && nextFold !== undefined) {
    const unit = pair.get(nextFold);
    if (unit !== undefined) return { unit, used: 2, factor: 1 };
  }
  const symbol = MEASURE_SYMBOLS.get(text);
  if (symbol !== undefined) return { unit: symbol, used: 1, factor: 1 };
  const name = MEASURE_NAMES.get(fold);
  if (name !== undefined) return { unit: name, used: 1, factor: 1 };
  return null;
}

/**
 * Duration unit of a time noun.
 *
 * @example
 * resolveDuration('mois')    // 'month'
 * resolveDuration('annees')  // 'year'
 */
export function resolveDuration(fold: string): DurationUnit | null {
  return DURATION_NAMES.get(fold) ?? null;
}
