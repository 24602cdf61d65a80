/**
 * Weekdays: "lundi", "mardi soir", "ce lundi", "lundi dernier",
 * "vendredi prochain", "jeudi matin dernier". The demonstrative stays in
 * the span ("ce lundi"); an article does not ("le lundi" → "lundi").
 */
import type { PreparedDocument } from '../../../types.js';
import { DEMONSTRATIVES, SHIFT_WORDS, WEEKDAYS } from '../data.js';
import { at } from '../tokens.js';
import type { DateMatch, DateRule, WeekdayExpr } from '../types.js';
import { parseDayPart } from './day-part.js';

/** Parses WEEKDAY [day part] [dernier|prochain] [day part] at `i`. */
export function parseWeekday(doc: PreparedDocument, i: number, sentence: number): { expr: WeekdayExpr; end: number } | null {
  const weekday = WEEKDAYS.get(at(doc, i, sentence)?.key ?? '');
  if (weekday === undefined) return null;
  let end = i + 1;
  let part = parseDayPart(doc, end, sentence);
  if (part !== null) end = part.end;
  const shift = SHIFT_WORDS.get(at(doc, end, sentence)?.key ?? '');
  if (shift !== undefined) {
    end += 1;
    // "lundi dernier au soir" is rare; "lundi dernier dans la soirée" is not a span.
    if (part === null) {
      part = parseDayPart(doc, end, sentence);
      if (part !== null) end = part.end;
    }
  }
  const expr: WeekdayExpr = {
    kind: 'weekday',
    weekday,
    ...(shift !== undefined ? { shift } : {}),
    ...(part !== null ? { dayPart: part.dayPart } : {}),
  };
  return { expr, end };
}

export const weekday: DateRule = {
  id: 'weekday',
  triggers: new Set([...WEEKDAYS.keys(), ...DEMONSTRATIVES]),
  nextForm: { keys: DEMONSTRATIVES, form: (w) => WEEKDAYS.has(w.key) },
  match(doc: PreparedDocument, i: number): DateMatch | null {
    const t = doc.tokens[i];
    if (t === undefined) return null;
    if (DEMONSTRATIVES.has(t.key)) {
      // "ce lundi": the Monday of the reference week.
      const parsed = parseWeekday(doc, i + 1, t.sentence);
      if (parsed === null || parsed.expr.shift !== undefined) return null;
      // Object.assign, not a spread copy plus a field: V8 gives each such copy an object shape of its own.
      return { from: i, to: parsed.end, expr: Object.assign({}, parsed.expr, { shift: 0 }), rule: 'weekday', confidence: 0.9 };
    }
    // "chaque mardi", "tous les mardis": a habit, no date.
    const prev = at(doc, i - 1, t.sentence)?.key ?? '';
    if (prev === 'chaque' || (prev === 'les' && at(doc, i - 2, t.sentence)?.key === 'tous')) return null;
    const parsed = parseWeekday(doc, i, t.sentence);
    return parsed === null ? null : { from: i, to: parsed.end, expr: parsed.expr, rule: 'weekday', confidence: 0.85 };
  },
};
