/**
 * Days named from the publication date: "hier", "aujourd'hui", "demain",
 * "avant-hier", "après-demain", each with an optional day part ("hier
 * soir"); "ce matin", "ce soir", "cette nuit", "cet après-midi" (today);
 * "la nuit dernière" (yesterday night). "la veille" and "le lendemain"
 * count from a date of the story: DATE with no value.
 */
import type { PreparedDocument } from '../../../types.js';
import { ARTICLES, DAY_PARTS, DEMONSTRATIVES, MONTHS, NARRATIVE_DAYS, NARRATIVE_DAY_PARTS, RELATIVE_DAYS, SHIFT_WORDS, WEEKDAYS } from '../data.js';
import { at } from '../tokens.js';
import type { DateMatch, DateRule, OffsetExpr } from '../types.js';
import { parseDayPart } from './day-part.js';

/** Day parts said with "dans la" or "dans l'": "dans la matinée", "dans la soirée", "dans la nuit", "dans l'après-midi". */
const LONG_PARTS: ReadonlySet<string> = new Set(['matinée', 'soirée', 'nuit', 'journée', 'après-midi']);
/** Words that carry the part on to a named day: "la nuit de lundi à mardi", "la soirée du 14". */
const OF_WORDS: ReadonlySet<string> = new Set(['de', 'du', "d'"]);
/** Day words a day part may follow: "hier dans la soirée". */
const DAY_WORDS: ReadonlySet<string> = new Set(['hier', "aujourd'hui", 'demain', 'veille', 'lendemain']);

/** Units after "le même" / "la même" that name a day or a period of the story: "le même jour". */
const SAME_UNITS: ReadonlySet<string> = new Set(['jour', 'soir', 'matin', 'semaine', 'mois', 'année', 'week-end']);
/** Prepositions of time before "la rentrée". */
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['avant', 'après', 'dès', 'depuis', 'à', 'pour', 'vers', 'ici']);

/** End of a narrative day at `i` (after "le lendemain"), past its part of the day when one follows. */
function narrativeDayEnd(doc: PreparedDocument, i: number, s: number): number {
  const k = at(doc, i, s)?.key ?? '';
  if (NARRATIVE_DAY_PARTS.has(k)) return i + 1;
  return k === 'au' && NARRATIVE_DAY_PARTS.has(at(doc, i + 1, s)?.key ?? '') ? i + 2 : i;
}

function hit(from: number, to: number, expr: DateMatch['expr'], confidence: number): DateMatch {
  return { from, to, expr, rule: 'relative-day', confidence };
}

function match(doc: PreparedDocument, i: number): DateMatch | null {
  const t = doc.tokens[i];
  if (t === undefined) return null;
  const s = t.sentence;
  const offset = RELATIVE_DAYS.get(t.key);
  // "la Syrie de demain", "l'Europe de demain": the future of a named place, no day.
  if (t.key === 'demain' && at(doc, i - 1, s)?.key === 'de') {
    const named = at(doc, i - 2, s);
    if (named !== undefined && named.kind === 'word' && named.text.charAt(0) !== named.key.charAt(0)) return null;
  }
  if (offset !== undefined) {
    const part = parseDayPart(doc, i + 1, s);
    const expr: OffsetExpr = { kind: 'offset', unit: 'day', offset, ...(part !== null ? { dayPart: part.dayPart } : {}) };
    return hit(i, part?.end ?? i + 1, expr, 0.95);
  }
  if (DEMONSTRATIVES.has(t.key)) {
    // "ce soir", "cette nuit", "cet après-midi"; not "ce midi-là" (the key differs).
    const part = parseDayPart(doc, i + 1, s);
    if (part === null) return null;
    return hit(i, part.end, { kind: 'offset', unit: 'day', offset: 0, dayPart: part.dayPart }, 0.9);
  }
  if (ARTICLES.has(t.key)) {
    const next = at(doc, i + 1, s);
    if (next === undefined) return null;
    // "le lendemain matin", "la veille au soir": the part of that day belongs to it.
    if (NARRATIVE_DAYS.has(next.key)) return hit(i, narrativeDayEnd(doc, i + 2, s), { kind: 'vague' }, 0.7);
    // "le même jour", "la même semaine": a day of the story, like "la veille".
    if (next.key === 'même' && SAME_UNITS.has(at(doc, i + 2, s)?.key ?? '')) return hit(i, i + 3, { kind: 'vague' }, 0.7);
    // "avant la rentrée", "dès la rentrée": the start of the school or political year ("la rentrée d'argent" is income).
    if (next.key === 'rentrée' && t.key === 'la' && TIME_PREPOSITIONS.has(at(doc, i - 1, s)?.key ?? '') && at(doc, i + 2, s)?.key !== "d'") {
      return hit(i, i + 2, { kind: 'vague' }, 0.7);
    }
    // "la nuit dernière", "la soirée d'hier" is left to "hier".
    const part = parseDayPart(doc, i + 1, s);
    if (part !== null && SHIFT_WORDS.get(at(doc, part.end, s)?.key ?? '') === -1) {
      return hit(i, part.end + 1, { kind: 'offset', unit: 'day', offset: -1, dayPart: part.dayPart }, 0.85);
    }
    // "a voté dans la matinée", "a réagi dans la soirée": the part of the story's day.
    // ("vendredi dans la soirée": the day is the date; "dans la nuit de lundi à mardi" is a night-of.)
    // "a annoncé à la mi-journée": the middle of the story's day.
    // ("mardi à la mi-journée": the day is the date.)
    if (part !== null && next.key === 'mi-journée' && at(doc, i - 1, s)?.key === 'à' && !WEEKDAYS.has(at(doc, i - 2, s)?.key ?? '') && !DAY_WORDS.has(at(doc, i - 2, s)?.key ?? '')) {
      return hit(i, part.end, { kind: 'vague' }, 0.7);
    }
    if (part !== null && part.end > i + 1 && at(doc, i - 1, s)?.key === 'dans' && LONG_PARTS.has(next.key)) {
      const after = at(doc, part.end, s)?.key ?? '';
      const before = at(doc, i - 2, s)?.key ?? '';
      // ("a fait état dans la nuit de 98 drones": a count after "de" is the verb's object, no night-of.)
      if ((!OF_WORDS.has(after) || countAfterOf(doc, part.end, s)) && !WEEKDAYS.has(before) && !DAY_WORDS.has(before)) return hit(i, part.end, { kind: 'vague' }, 0.7);
    }
  }
  return null;
}

/** "de 98 drones" at `j`: "de" then a number that opens no date ("de 3 au 4", "du 12 mars"). */
function countAfterOf(doc: PreparedDocument, j: number, s: number): boolean {
  const n = at(doc, j + 1, s);
  const after = at(doc, j + 2, s)?.key ?? '';
  return at(doc, j, s)?.key === 'de' && n?.kind === 'number' && !MONTHS.has(after) && after !== 'au' && after !== 'à';
}

export const relativeDay: DateRule = {
  id: 'relative-day',
  triggers: new Set([...RELATIVE_DAYS.keys(), ...DEMONSTRATIVES, ...ARTICLES]),
  // A day part ("ce soir", "la nuit dernière", "cet après-midi") or a narrative day ("la veille").
  nextForm: {
    keys: new Set([...DEMONSTRATIVES, ...ARTICLES]),
    form: (w) => DAY_PARTS.has(w.key) || w.key === 'après' || w.key === 'apres' || NARRATIVE_DAYS.has(w.key) || w.key === 'même' || w.key === 'rentrée',
  },
  match,
};
