/**
 * Day and month, with an optional weekday before and year after:
 * "4 septembre 2023", "28 mars", "1er mars", "lundi 25 mars 2024",
 * "15 sept. 2023", "28 mars dernier". The article or preposition before
 * ("le", "du", "depuis le") stays out of the span.
 */
import type { PreparedDocument, Token } from '../../../types.js';
import { isCapitalized } from '../../../text/normalize.js';
import { MONTHS, SHIFT_WORDS, WEEKDAYS, DIGITS } from '../data.js';
import { at, dayOf, monthAt, yearOf } from '../tokens.js';
import type { CalendarExpr, DateMatch, DateRule } from '../types.js';

/** Parses DAY MONTH [YEAR] [dernier|prochain] at `i`; used by the range rule too. */
export function parseDayMonth(doc: PreparedDocument, i: number, sentence: number): { expr: CalendarExpr; end: number } | null {
  const t = at(doc, i, sentence);
  const glued = gluedDayMonth(t);
  if (glued !== null) return { expr: { kind: 'calendar', month: glued.month, day: glued.day }, end: i + 1 };
  const day = dayOf(t);
  if (day === null) return null;
  const m = monthAt(doc, i + 1, sentence, true) ?? hyphenedMonth(doc, i + 1, sentence);
  if (m === null) return null;
  const year = yearOf(at(doc, m.end, sentence));
  if (year !== null) return { expr: { kind: 'calendar', year, month: m.month, day }, end: m.end + 1 };
  const shift = SHIFT_WORDS.get(at(doc, m.end, sentence)?.key ?? '');
  if (shift !== undefined) return { expr: { kind: 'calendar', month: m.month, day, shift }, end: m.end + 1 };
  return { expr: { kind: 'calendar', month: m.month, day }, end: m.end };
}

/**
 * "14-Juillet", "8-Mai", "11-Novembre": a day named by its date, the month capitalised after a glued hyphen (the
 * tokenizer splits "14", "-", "Juillet").
 */
function hyphenedMonth(doc: PreparedDocument, i: number, sentence: number): { month: number; end: number } | null {
  const dash = at(doc, i, sentence);
  const name = at(doc, i + 1, sentence);
  if (dash === undefined || name === undefined || dash.key !== '-' || dash.spaceBefore || name.spaceBefore || !isCapitalized(name.text)) return null;
  const month = MONTHS.get(name.key);
  return month === undefined ? null : { month, end: i + 2 };
}

/** "1er-Mai" is one word: the first of a month, capitalised. */
const FIRST_OF_MONTH = /^1er-(?<month>\p{Lu}\p{Ll}+)$/u;

function gluedDayMonth(t: Token | undefined): { day: number; month: number } | null {
  if (t === undefined || t.kind !== 'word' || t.key.charCodeAt(0) !== 49) return null;
  const name = FIRST_OF_MONTH.exec(t.text)?.groups?.['month'];
  const month = name === undefined ? undefined : MONTHS.get(name.toLowerCase());
  return month === undefined ? null : { day: 1, month };
}

export const dayMonth: DateRule = {
  id: 'day-month',
  triggers: new Set(WEEKDAYS.keys()),
  kinds: ['number', 'word'],
  firstChars: DIGITS,
  accepts: (t: Token) => dayOf(t) !== null || gluedDayMonth(t) !== null,
  match(doc: PreparedDocument, i: number): DateMatch | null {
    const t = doc.tokens[i];
    if (t === undefined) return null;
    // "lundi 25 mars": the weekday joins the span; its value comes from the date.
    const first = WEEKDAYS.has(t.key) ? i + 1 : i;
    const parsed = parseDayMonth(doc, first, t.sentence);
    if (parsed === null) return null;
    const confidence = parsed.expr.year !== undefined ? 0.95 : 0.9;
    const weekday = WEEKDAYS.get(t.key);
    // Object.assign, not a spread copy plus a field: V8 gives each such copy an object shape of its own.
    const expr = weekday !== undefined && parsed.expr.year === undefined ? Object.assign({}, parsed.expr, { weekday }) : parsed.expr;
    return { from: i, to: parsed.end, expr, rule: 'day-month', confidence };
  },
};
