/**
 * Rule `money`: an amount with a currency, written after the number
 * ("79,99 €", "19 euros", "500 USD", "3 milliards de dollars", "2 M$",
 * "50 centimes d'euro", "10 livres sterling") or before it ("$5", "€20").
 */
import type { PreparedDocument } from '../../types.js';
import { CURRENCY_SYMBOLS } from '../data/currencies.js';
import { resolveCurrency, type CountryMentions } from '../resolve/units.js';
import type { NumberCore, UnitMatch } from './types.js';

/** Sub-unit complements: "centimes d'euro", "cents de dollar". */
const SUBUNIT_OF: ReadonlyMap<string, string> = new Map([
  ['euro', 'EUR'], ['euros', 'EUR'], ['dollar', 'USD'], ['dollars', 'USD'], ['rouble', 'RUB'],
]);

function isDe(fold: string | undefined): boolean {
  return fold === 'de' || fold === "d'";
}

/**
 * "un Real privé de deux titulaires", "un Rand": after a lone "un", a
 * currency name written with a capital and then lower case is a name (a
 * club, a person), not one unit of the currency, which French writes in
 * lower case. After digits ("20 Euros") the typography is only loose.
 */
function isTitleCaseWord(text: string): boolean {
  // No read past the end of a one-letter text (it would deoptimise the function).
  if (text.length < 2) return false;
  const first = text.charAt(0);
  const second = text.charAt(1);
  return text.length > 1 && first !== first.toLowerCase() && second !== second.toUpperCase();
}

/**
 * The currency after a number, if any. `mentions` gives the countries the
 * document names, for a currency name several countries use ("dinars").
 *
 * @example
 * // "3 milliards de dollars": core "3 milliards", the unit runs to "dollars"
 * readMoneyAfter(doc, core) // { kind: 'money', unit: 'USD', to: core.to + 2, … }
 */
export function readMoneyAfter(doc: PreparedDocument, core: NumberCore, mentions?: () => CountryMentions): UnitMatch | null {
  const tokens = doc.tokens;
  let j = core.to;
  // "millions de dollars", "milliers d'euros": only a currency name may follow "de", not a symbol
  const nounOf = core.nounLike && isDe(tokens[j]?.fold);
  if (nounOf) j++;
  const t = tokens[j];
  if (t === undefined || (t.newlineBefore && t.kind !== 'symbol')) return null;
  if (nounOf && t.kind !== 'word') return null;
  if (core.loneOne && isTitleCaseWord(t.text)) return null;
  const resolved = resolveCurrency(t.text, t.fold, tokens[j + 1]?.fold, mentions?.()) ?? convertedPounds(doc, t.fold, j) ?? scaledPounds(nounOf, t.fold, mentions);
  if (resolved === null) return null;
  let to = j + resolved.used;
  let unit = resolved.unit;
  if (resolved.factor !== 1) {
    // "50 centimes d'euro": the sub-unit names its currency
    if (core.source === 'vague') return null;
    const of = isDe(tokens[to]?.fold) ? SUBUNIT_OF.get(tokens[to + 1]?.fold ?? '') : undefined;
    if (of !== undefined) {
      unit = of;
      to += 2;
    }
  }
  return { kind: 'money', unit, from: core.from, to, factor: resolved.factor, add: 0 };
}

/**
 * "8,4 milliards de livres" in a story on the United Kingdom: after a scale noun, "livres" are pounds sterling ("il a
 * écrit 12 livres" stays books); null otherwise.
 */
function scaledPounds(nounOf: boolean, fold: string, mentions?: () => CountryMentions): { unit: string; used: number; factor: number } | null {
  if (!nounOf || (fold !== 'livres' && fold !== 'livre') || mentions === undefined) return null;
  return (mentions().get('GB') ?? 0) > 0 ? { unit: 'GBP', used: 1, factor: 1 } : null;
}

/** Money in brackets after an amount: "(5,9 millions d'euros)", "(6 M€)". */
function moneyInBrackets(doc: PreparedDocument, open: number): boolean {
  if (doc.tokens[open]?.key !== '(') return false;
  for (let k = open + 1; k <= open + 5; k++) {
    const t = doc.tokens[k];
    if (t === undefined || t.key === ')') return false;
    if (t.kind === 'symbol' ? CURRENCY_SYMBOLS.has(t.text) : resolveCurrency(t.text, t.fold, doc.tokens[k + 1]?.fold) !== null) return true;
  }
  return false;
}

/**
 * "5 millions de livres (5,9 millions d'euros)": "livres" that a conversion
 * in brackets shows to be money are pounds sterling, where no country of the
 * story says which pound (books are never converted into euros).
 */
function convertedPounds(doc: PreparedDocument, fold: string, at: number): { unit: string; used: number; factor: number } | null {
  return (fold === 'livres' || fold === 'livre') && moneyInBrackets(doc, at + 1) ? { unit: 'GBP', used: 1, factor: 1 } : null;
}

/**
 * A currency symbol glued before the number: "$5", "€20", "US$ 3 millions"
 * is rare in French but appears in wire copy.
 *
 * @example
 * // "$5 milliards"
 * readMoneyBefore(doc, core) // { kind: 'money', unit: 'USD', from: core.from - 1, to: core.to, … }
 */
export function readMoneyBefore(doc: PreparedDocument, core: NumberCore, mentions?: () => CountryMentions): UnitMatch | null {
  if (core.source !== 'digits') return null;
  const tokens = doc.tokens;
  const symbol = tokens[core.from - 1];
  const first = tokens[core.from];
  if (symbol === undefined || first === undefined) return null;
  const code = CURRENCY_SYMBOLS.get(symbol.text);
  if (code === undefined) return null;
  const before = tokens[core.from - 2];
  // "US$5": the qualifier is glued before the symbol
  const us = before !== undefined && before.text === 'US' && !symbol.spaceBefore;
  // "$5" in a story on Canada is Canadian
  const unit = us ? code : (resolveCurrency(symbol.text, symbol.fold, undefined, mentions?.())?.unit ?? code);
  return { kind: 'money', unit, from: us ? core.from - 2 : core.from - 1, to: core.to, factor: 1, add: 0 };
}
