/**
 * The part of a day after a day word: "soir" in "mardi soir", "matin" in
 * "hier matin", "après-midi" (one token) or "après midi" (two). Not a rule
 * of its own: the weekday and relative-day rules call it.
 */
import type { PreparedDocument } from '../../../types.js';
import { DAY_PARTS, type DayPart } from '../data.js';
import { at } from '../tokens.js';

/** The day part at `i`, and where it ends. */
export function parseDayPart(doc: PreparedDocument, i: number, sentence: number): { dayPart: DayPart; end: number } | null {
  const t = at(doc, i, sentence);
  if (t === undefined) return null;
  if (t.key === 'après' || t.key === 'apres') {
    return at(doc, i + 1, sentence)?.key === 'midi' ? { dayPart: 'afternoon', end: i + 2 } : null;
  }
  const dayPart = DAY_PARTS.get(t.key);
  return dayPart === undefined ? null : { dayPart, end: i + 1 };
}
