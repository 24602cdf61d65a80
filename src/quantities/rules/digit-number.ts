/**
 * Rule `digit-number`: a number written in digits, with its sign and a scale
 * word or abbreviation after it: "7.000", "−3,5", "4,8 millions",
 * "1,5 milliard", "30 mille", "3,5 Md€", "2 M$".
 */
import type { PreparedDocument, Token } from '../../types.js';
import { HALF_WORDS, SCALE_ABBREVIATIONS, SCALE_WORDS, THOUSAND_WORDS } from '../data/number-words.js';
import { CURRENCY_CODES, CURRENCY_NAMES, CURRENCY_SYMBOLS } from '../data/currencies.js';
import { parseDigits } from '../resolve/digits.js';
import type { NumberCore } from './types.js';

/** Signs glued to a number: "-5", "−10 °C", "+3,2 %". */
const SIGNS: ReadonlyMap<string, number> = new Map([['-', -1], ['−', -1], ['+', 1], ['–', -1]]);

/** "-", "−", "+", "–": a sign that may open a digit number. */
export function isSign(text: string): boolean {
  return SIGNS.has(text);
}

/** True when the token can open a digit number (a number, or a sign glued to one). */
export function startsDigitNumber(doc: PreparedDocument, i: number): boolean {
  const t = doc.tokens[i];
  if (t === undefined) return false;
  if (t.kind === 'number') return true;
  // Most tokens asked here are words ("un", "deux"): no number glued after them, and no further test.
  const next = doc.tokens[i + 1];
  if (next === undefined || next.kind !== 'number' || next.spaceBefore || !SIGNS.has(t.text)) return false;
  // A sign counts only when glued to the number and not glued to what precedes ("KN-23", "2019-2020"),
  // save an opening bracket or quote: "(+2,3 %)", "(-0,8 %)".
  const prev = doc.tokens[i - 1];
  return t.spaceBefore || prev === undefined || prev.text === '(' || prev.text === '[' || prev.kind === 'quote';
}

function isCurrencyToken(t: Token | undefined): boolean {
  if (t === undefined) return false;
  return CURRENCY_SYMBOLS.has(t.text) || CURRENCY_CODES.has(t.text) || CURRENCY_NAMES.has(t.fold);
}

/**
 * Read a digit number at token `i` (see `startsDigitNumber`).
 *
 * @example
 * // "jusqu'à 4,8 millions de projectiles" at the token "4,8"
 * readDigitNumber(doc, i) // { value: 4_800_000, from: i, to: i + 2, nounLike: true, … }
 */
export function readDigitNumber(doc: PreparedDocument, i: number): NumberCore | null {
  const tokens = doc.tokens;
  let sign = 1;
  let n = i;
  const first = tokens[i];
  if (first === undefined) return null;
  if (first.kind !== 'number') {
    sign = SIGNS.get(first.text) ?? 1;
    n = i + 1;
  }
  const numTok = tokens[n];
  if (numTok === undefined || numTok.kind !== 'number') return null;
  const base = parseDigits(numTok.text);
  if (base === null) return null;
  let value = sign * base;
  let to = n + 1;
  let nounLike = false;
  let scaleUsed = 1;
  const next = tokens[to];
  if (next !== undefined) {
    const scale = SCALE_WORDS.get(next.fold);
    const abbreviation = SCALE_ABBREVIATIONS.get(next.text);
    if (scale !== undefined) {
      value *= scale;
      to++;
      nounLike = true;
      scaleUsed = scale;
    } else if (THOUSAND_WORDS.has(next.fold) && next.fold !== 'mil') {
      // "30 mille" (not "mille" followed by a noun of measure: "200 milles nautiques" uses "milles")
      value *= 1000;
      to++;
      scaleUsed = 1000;
    } else if (abbreviation !== undefined && (!abbreviation.needsCurrency || isCurrencyToken(tokens[to + 1]))) {
      // "3,5Md€" is written glued; "2 M$" spaced. "M" alone (a name initial) is not a scale.
      value *= abbreviation.value;
      to++;
      scaleUsed = abbreviation.value;
      // "12 Mds d'euros", "3 Mio de francs": an abbreviated scale noun takes "de" like the noun it shortens
      nounLike = !abbreviation.needsCurrency;
    }
    // "1 000 000 de dollars": a round million in digits takes "de" like the noun "million"
    if (!nounLike && scaleUsed === 1 && Math.abs(value) >= 1e6 && (next.fold === 'de' || next.fold === "d'")) nounLike = true;
    // "2 millions et demi"
    if (nounLike && tokens[to]?.fold === 'et' && HALF_WORDS.has(tokens[to + 1]?.fold ?? '')) {
      value += (sign * (SCALE_WORDS.get(next.fold) ?? 0)) / 2;
      to += 2;
    }
  }
  return { from: i, to, value, source: 'digits', approximate: false, nounLike, loneOne: false, scale: scaleUsed };
}
