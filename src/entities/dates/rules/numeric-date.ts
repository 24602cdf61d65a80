/**
 * Dates written with digits: "4/9/2023", "04.09.2023", "04-09-2023"
 * (French order: day, month, year), ISO "2023-09-04" and "2023-09", and
 * year ranges "2022-2023", "2022-23", "2023/2024", and the yearless "le 23/03". Every part is glued
 * to the next (no space), so "2023 - 09" or "KN-23" never match.
 */
import { DIGITS } from '../data.js';
import type { PreparedDocument, Token } from '../../../types.js';
import { at, glued, yearOf } from '../tokens.js';
import type { CalendarExpr, DateExpr, DateMatch, DateRule } from '../types.js';

/** One or two digits: a day or a month. */
const SMALL = /^\d{1,2}$/u;
/** Exactly two digits: "09" in "2023-09", "23" in "2022-23". */
const TWO = /^\d{2}$/u;
/** "04.09": the tokenizer reads "04.09.2023" as the decimal "04.09", ".", "2023". */
const DOTTED_DAY_MONTH = /^(?<day>\d{1,2})\.(?<month>\d{1,2})$/u;
const SEPARATORS: ReadonlySet<string> = new Set(['/', '-', '.']);
const DOT: ReadonlySet<string> = new Set(['.']);
const SLASH: ReadonlySet<string> = new Set(['/']);
/** Words that put a yearless "23/03" on the calendar: "le 23/03", "du 3/03", "au 15/04", "dès le 2/05". */
const DAY_ARTICLES: ReadonlySet<string> = new Set(['le', 'du', 'au']);
const HYPHEN: ReadonlySet<string> = new Set(['-']);

function validDay(year: number | undefined, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const last = new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
  return day <= last;
}

/** `tokens[i]` is a separator glued between two glued parts. */
function sep(doc: PreparedDocument, i: number, s: number, allowed: ReadonlySet<string>): boolean {
  const t = at(doc, i, s);
  return t !== undefined && glued(t) && allowed.has(t.key) && glued(at(doc, i + 1, s));
}

function small(t: Token | undefined): number | null {
  return t !== undefined && t.kind === 'number' && SMALL.test(t.key) ? Number(t.key) : null;
}

function match(doc: PreparedDocument, i: number): DateMatch | null {
  const t = doc.tokens[i];
  if (t === undefined || t.kind !== 'number') return null;
  const s = t.sentence;
  // Every form below glues a separator to the number: most numbers ("3 000 euros", "en 2023") stop here.
  if (!sep(doc, i + 1, s, SEPARATORS)) return null;
  const hit = (to: number, expr: DateExpr, confidence = 0.95): DateMatch => ({ from: i, to, expr, rule: 'numeric-date', confidence });

  const dotted = DOTTED_DAY_MONTH.exec(t.key);
  if (dotted?.groups !== undefined && sep(doc, i + 1, s, DOT)) {
    const year = yearOf(at(doc, i + 2, s));
    const day = Number(dotted.groups['day']);
    const month = Number(dotted.groups['month']);
    if (year !== null && validDay(year, month, day)) return hit(i + 3, { kind: 'calendar', year, month, day });
  }

  const year = yearOf(t);
  if (year !== null) {
    // ISO order: 2023-09-04, 2023-09; or a span of years: 2022-2023, 2022-23.
    if (!sep(doc, i + 1, s, SEPARATORS)) return null;
    const sepKey = at(doc, i + 1, s)?.key;
    const next = at(doc, i + 2, s);
    const second = yearOf(next);
    if (second !== null && second > year && (sepKey === '-' || sepKey === '/')) {
      return hit(i + 3, { kind: 'range', from: { kind: 'calendar', year }, to: { kind: 'calendar', year: second } }, 0.9);
    }
    if (next === undefined || !TWO.test(next.key) || next.kind !== 'number') return null;
    const n = Number(next.key);
    if (sepKey === '-' && n >= 1 && n <= 12) {
      if (sep(doc, i + 3, s, HYPHEN) && TWO.test(at(doc, i + 4, s)?.key ?? '')) {
        const day = Number(at(doc, i + 4, s)?.key);
        return validDay(year, n, day) ? hit(i + 5, { kind: 'calendar', year, month: n, day }) : null;
      }
      return hit(i + 3, { kind: 'calendar', year, month: n }, 0.85);
    }
    // "2022-23": a two-digit end year that follows the start.
    const end = year - (year % 100) + n;
    if (end > year && end - year < 10 && (sepKey === '-' || sepKey === '/')) {
      return hit(i + 3, { kind: 'range', from: { kind: 'calendar', year }, to: { kind: 'calendar', year: end } }, 0.85);
    }
    return null;
  }

  // Day first: 4/9/2023, 04-09-2023, 04.09.2023 (same separator twice).
  const day = small(t);
  const sepKey = at(doc, i + 1, s)?.key ?? '';
  if (day === null || !sep(doc, i + 1, s, SEPARATORS)) return null;
  const month = small(at(doc, i + 2, s));
  if (month === null) return null;
  if (!sep(doc, i + 3, s, new Set([sepKey]))) return yearlessDayMonth(doc, i, day);
  const y = yearOf(at(doc, i + 4, s));
  if (y === null || !validDay(y, month, day)) return null;
  const expr: CalendarExpr = { kind: 'calendar', year: y, month, day };
  return hit(i + 5, expr);
}

/**
 * "le 23/03": day and month without a year. Only with a slash, a two-digit month ("3/4" is a fraction, "6-4" a
 * score) and the article of a day before, nothing glued after ("23/03/25" is no yearless date).
 */
function yearlessDayMonth(doc: PreparedDocument, i: number, day: number): DateMatch | null {
  const s = doc.tokens[i]?.sentence ?? -1;
  const monthToken = at(doc, i + 2, s);
  if (!sep(doc, i + 1, s, SLASH) || monthToken === undefined || !TWO.test(monthToken.key)) return null;
  const after = at(doc, i + 3, s);
  if (after !== undefined && !after.spaceBefore && after.kind !== 'punct') return null;
  if (after !== undefined && !after.spaceBefore && SEPARATORS.has(after.key) && glued(at(doc, i + 4, s))) return null;
  if (!DAY_ARTICLES.has(at(doc, i - 1, s)?.key ?? '')) return null;
  const month = Number(monthToken.key);
  if (!validDay(undefined, month, day)) return null;
  return { from: i, to: i + 3, expr: { kind: 'calendar', month, day }, rule: 'numeric-date', confidence: 0.85 };
}

export const numericDate: DateRule = {
  id: 'numeric-date',
  kinds: ['number'],
  firstChars: DIGITS,
  accepts: (t: Token) => t.kind === 'number',
  match,
};
