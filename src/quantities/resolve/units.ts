/**
 * Unit resolution: the surface of a currency, a measure or a duration → the
 * normalised unit of the Quantity (ISO 4217, SI-style symbol, duration name).
 * Span finding is elsewhere (rules/money.ts, measure.ts, duration.ts).
 */
import { CURRENCY_ABBREVIATIONS, CURRENCY_CODES, CURRENCY_COUNTRIES, CURRENCY_NAMES, CURRENCY_SUBUNITS, CURRENCY_SYMBOLS, LOCAL_DOLLARS, SAME_NAME_CURRENCIES, SUBUNIT_CURRENCY } from '../data/currencies.js';
import { DURATION_NAMES, MEASURE_NAMES, MEASURE_PAIRS, MEASURE_SYMBOLS, type DurationUnit } from '../data/units.js';

/** A resolved unit and how many tokens its surface used. */
export interface ResolvedUnit {
  readonly unit: string;
  readonly used: number;
  /** Multiplier of the amount: 0.01 for "centimes". */
  readonly factor: number;
}

/** How many times a document names each country (ISO 3166-1 alpha-2 code → mentions). */
export type CountryMentions = ReadonlyMap<string, number>;

const NO_MENTIONS: CountryMentions = new Map();

/** Mentions of the countries that use `code` (its first two letters, or the members of a shared currency). */
function mentionsOf(code: string, mentions: CountryMentions): number {
  let n = 0;
  for (const country of CURRENCY_COUNTRIES.get(code) ?? [code.slice(0, 2)]) n += mentions.get(country) ?? 0;
  return n;
}

/** Among `codes`, the currency of the country the document names most; `fallback` when it names none of them. */
function mostMentioned(codes: Iterable<string>, fallback: string | null, mentions: CountryMentions): string | null {
  let best = fallback;
  let bestCount = 0;
  for (const code of codes) {
    const n = mentionsOf(code, mentions);
    if (n > bestCount) {
      best = code;
      bestCount = n;
    }
  }
  return best;
}

/**
 * The dollar a document means by plain "dollars" or "$": its own when the
 * country it names most is a dollar country other than the United States
 * and is named more than they are ("60 millions $" in a story on Quebec is
 * CAD), else the US dollar.
 */
function localDollar(mentions: CountryMentions): string {
  let top: string | undefined;
  let topCount = 0;
  for (const [country, n] of mentions) {
    if (n > topCount) {
      top = country;
      topCount = n;
    }
  }
  const local = top === undefined ? undefined : LOCAL_DOLLARS.get(top);
  return local !== undefined && topCount > (mentions.get('US') ?? 0) ? local : 'USD';
}

/**
 * ISO 4217 code of a currency written after (or before) an amount.
 * `text` is the token text (for symbols and upper-case codes), `fold` its
 * folded key, `nextFold` the folded key of the following token (a qualifier:
 * "dollars canadiens", "livres sterling", "francs CFA", "wons nord-coréens").
 * A name several countries use ("dinars", "pesos", "francs CFA") without a
 * qualifier is the currency of the country `mentions` names most.
 *
 * @example
 * resolveCurrency('€', '€', undefined)            // { unit: 'EUR', used: 1, factor: 1 }
 * resolveCurrency('livres', 'livres', 'sterling') // { unit: 'GBP', used: 2, factor: 1 }
 * resolveCurrency('livres', 'livres', 'de')       // null (books)
 * resolveCurrency('dinars', 'dinars', 'pour', new Map([['RS', 3]])) // { unit: 'RSD', used: 1, factor: 1 }
 */
export function resolveCurrency(text: string, fold: string, nextFold: string | undefined, mentions: CountryMentions = NO_MENTIONS): ResolvedUnit | null {
  const symbol = CURRENCY_SYMBOLS.get(text);
  if (symbol !== undefined) {
    // "$ US", "$ CA": the qualifier is optional
    if (text === '$' && nextFold === 'ca') return { unit: 'CAD', used: 2, factor: 1 };
    if (text === '$' && nextFold === 'us') return { unit: 'USD', used: 2, factor: 1 };
    return { unit: text === '$' ? localDollar(mentions) : symbol, used: 1, factor: 1 };
  }
  if (CURRENCY_CODES.has(text)) return { unit: text, used: 1, factor: 1 };
  const abbreviated = CURRENCY_ABBREVIATIONS.get(text);
  if (abbreviated !== undefined) return { unit: abbreviated, used: 1, factor: 1 };
  if (text === 'US' && nextFold === '$') return { unit: 'USD', used: 2, factor: 1 };
  const name = CURRENCY_NAMES.get(fold);
  if (name !== undefined) {
    const qualified = nextFold === undefined ? undefined : name.qualifiers?.get(nextFold);
    if (qualified !== undefined) {
      const shared = SAME_NAME_CURRENCIES.get(qualified);
      return { unit: shared === undefined ? qualified : (mostMentioned(shared, qualified, mentions) ?? qualified), used: 2, factor: 1 };
    }
    if (name.code === 'USD') return { unit: localDollar(mentions), used: 1, factor: 1 };
    const code = name.byCountry === true && name.qualifiers !== undefined ? mostMentioned(name.localCodes ?? name.qualifiers.values(), name.code, mentions) : name.code;
    return code === null ? null : { unit: code, used: 1, factor: 1 };
  }
  const sub = CURRENCY_SUBUNITS.get(fold);
  if (sub !== undefined) {
    // "70 cents américains", "50 cents canadiens": the qualifier of the currency the cent divides.
    const of = nextFold === undefined ? undefined : CURRENCY_NAMES.get(SUBUNIT_CURRENCY.get(fold) ?? '')?.qualifiers?.get(nextFold);
    return of !== undefined ? { unit: of, used: 2, factor: sub.factor } : { unit: sub.code, used: 1, factor: sub.factor };
  }
  return null;
}


/**
 * SI-style symbol of a measure unit. Symbols are case-sensitive ("m" is a
 * metre, "M" never is); names are matched folded, with a second word for
 * "kilomètres carrés", "milles nautiques", "degrés Celsius".
 *
 * @example
 * resolveMeasure('mm', 'mm', undefined)                 // { unit: 'mm', used: 1, factor: 1 }
 * resolveMeasure('kilomètres', 'kilometres', 'carres')  // { unit: 'km²', used: 2, factor: 1 }
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
