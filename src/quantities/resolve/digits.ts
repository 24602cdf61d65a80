/**
 * Value of a number written in digits, with French conventions.
 * Span finding is elsewhere (rules/); this only reads a token's text.
 */

/** "7.000", "10 000" (space, NBSP, narrow NBSP or thin space), "1.234.567,5": dot or space groups of three. */
const GROUPED = /^(?<int>\d{1,3}(?:[.\u0020\u00A0\u202F\u2009'’]\d{3})+)(?:,(?<frac>\d+))?$/u;
/** "79,99", "2.5", "42": a single separator is a decimal mark unless it groups exactly three digits. */
const PLAIN = /^(?<int>\d+)(?:[.,](?<frac>\d+))?$/u;
/** Thousands separators inside a grouped number. */
const GROUP_SEPARATORS = /[.\u0020\u00A0\u202F\u2009'’]/gu;

/**
 * Read a French number written in digits. Thousands are grouped by a dot or a
 * space (any width); the decimal mark is a comma, or a dot that is not
 * followed by exactly three digits ("2.5" is 2.5, "7.000" is 7000).
 * Returns null for anything else.
 *
 * @example
 * parseDigits('7.000')   // 7000
 * parseDigits('79,99')   // 79.99
 * parseDigits('10 000')  // 10000
 * parseDigits('2.5')     // 2.5
 */
export function parseDigits(text: string): number | null {
  const grouped = GROUPED.exec(text);
  if (grouped !== null) {
    const int = (grouped.groups?.['int'] ?? '').replace(GROUP_SEPARATORS, '');
    const frac = grouped.groups?.['frac'];
    return Number(frac === undefined ? int : `${int}.${frac}`);
  }
  const plain = PLAIN.exec(text);
  if (plain === null) return null;
  const int = plain.groups?.['int'] ?? '';
  const frac = plain.groups?.['frac'];
  return Number(frac === undefined ? int : `${int}.${frac}`);
}

/** True for an integer written with 2+ digits and a leading zero ("007", "09"): a code, not an amount. */
export function hasLeadingZero(text: string): boolean {
  return text.length > 1 && text.charCodeAt(0) === 48 && text.charCodeAt(1) >= 48 && text.charCodeAt(1) <= 57;
}

/** True for 4 bare digits that read as a year of the modern era ("1948", "2024"), not "2 024" or "2.024". */
export function looksLikeYear(text: string): boolean {
  if (text.length !== 4) return false;
  for (let i = 0; i < 4; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  const n = Number(text);
  return n >= 1000 && n <= 2100;
}
