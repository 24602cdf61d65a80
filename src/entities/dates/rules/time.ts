/**
 * Times of day: "7h30", "19h", "7 h 30", "à 19 heures", "19 heures 30".
 * The same words often measure a length of time, so:
 * - "7h30", "19h" (the "h" form) is a time unless a duration word comes
 *   before ("pendant 2h", "en 24h", "dans 48h", "a duré 11 h"), or "de"
 *   before a short one ("un film de 2h30"; "la newsletter de 7h30" is a
 *   time), or a smaller unit after its minutes ("3 h 20 min");
 * - "19 heures" is a time only after "à", "vers", "dès", "jusqu'à", "à partir de", a weekday
 *   ("mercredi 5 heures"), or when minutes follow ("19 heures 30"); "10:15" only after those words (else
 *   a score or a ratio).
 * "du matin", "du soir", "de l'après-midi" join the span and set the hour:
 * "8 heures du soir" → 20:00. A time zone after it ("0h00 GMT") is in the span.
 */
import type { PreparedDocument, Token } from '../../../types.js';
import { isAsciiDigit } from '../../../text/normalize.js';
import { DIGITS, NOT_ACTIVITIES, SMALLER_TIME_UNITS, WEEKDAYS } from '../data.js';
import { afterFromClock, at, clockAt, perPeriod, readsAsLength } from '../tokens.js';
import type { DateMatch, DateRule } from '../types.js';

/** Words before "N heures" that make it a clock time. */
const CLOCK_CUES = new Set(['à', 'vers', 'dès', 'avant', 'après']);

/** Words before "de" that make an hour approximate, not a noun's complement: "près de minuit", "autour de minuit". */
const NEAR_HOUR: ReadonlySet<string> = new Set(['près', 'autour', 'alentours', 'environs']);

/** Hours named by a word: "jusqu'à minuit", "vers midi". */
const HOUR_NAMES: ReadonlyMap<string, number> = new Map([
  ['midi', 12],
  ['minuit', 0],
]);

/**
 * "jusqu'à minuit", "vers midi", "dès midi", "depuis minuit": a named hour
 * after a clock preposition (lower case: "le Midi" is a region). "depuis"
 * only here: "depuis 18 heures" may be a length. "minuit" needs no
 * preposition: it names nothing else ("il était près de minuit").
 */
function namedHour(doc: PreparedDocument, t: Token): DateMatch | null {
  const hour = HOUR_NAMES.get(t.key);
  if (hour === undefined || t.text !== t.key) return null;
  const pk = at(doc, t.index - 1, t.sentence)?.key ?? '';
  // "minuit" names the hour after any word but the "de" of a noun ("il était près de minuit"; "le bal de minuit", "la
  // messe de minuit"); "midi" also means lunch ("le repas de midi") and needs a clock preposition.
  const cued = CLOCK_CUES.has(pk) || pk === 'depuis' || afterFromClock(doc, t.index, t.sentence);
  const nounOf = pk === 'de' && !NEAR_HOUR.has(at(doc, t.index - 2, t.sentence)?.key ?? '');
  if (!cued && (t.key !== 'minuit' || nounOf)) return null;
  return { from: t.index, to: t.index + 1, expr: { kind: 'time', time: { hour, minute: 0 } }, rule: 'time', confidence: 0.8 };
}

/** Openers of a window of two clock times and the word each closes with: "entre 8 heures et 20 heures", "de 9 heures à 17 heures". */
const WINDOW_LINKS: ReadonlyMap<string, string> = new Map([
  ['entre', 'et'],
  ['de', 'à'],
]);

/**
 * Is the clock at `i` (ending at `end`) one bound of a window of two clock
 * times, "entre 8 heures et 20 heures", "de 9 heures à 17 heures"? Either
 * bound is then a time of day, though "20 heures" alone is a length.
 */
function inClockWindow(doc: PreparedDocument, i: number, end: number, s: number): boolean {
  const pk = at(doc, i - 1, s)?.key ?? '';
  const link = WINDOW_LINKS.get(pk);
  if (link !== undefined && at(doc, end, s)?.key === link && clockAt(doc, end + 1, s) !== null) return true;
  // The second bound: the first ends right before the link word.
  for (let start = i - 4; start <= i - 2; start++) {
    if (start < 0 || clockAt(doc, start, s)?.end !== i - 1) continue;
    if (WINDOW_LINKS.get(at(doc, start - 1, s)?.key ?? '') === pk) return true;
  }
  return false;
}

function match(doc: PreparedDocument, i: number): DateMatch | null {
  const t = doc.tokens[i];
  if (t === undefined) return null;
  const s = t.sentence;
  if (t.kind === 'word' && HOUR_NAMES.has(t.key)) return namedHour(doc, t);
  const c = clockAt(doc, i, s);
  if (c === null || perPeriod(doc, c.end, s)) return null;
  const prev = at(doc, i - 1, s);
  const pk = prev?.key ?? '';
  // "samedi (21 heures)": a time in brackets after its day; "depuis mercredi 5 heures": right after it.
  const cue = CLOCK_CUES.has(pk) || afterFromClock(doc, i, s) || (pk === '(' && WEEKDAYS.has(at(doc, i - 2, s)?.key ?? '')) || WEEKDAYS.has(pk);
  // "24h/24", "7j/7"
  const next = at(doc, c.end, s);
  if (next !== undefined && next.key === '/' && !next.spaceBefore) return null;
  // "jusqu'à 14 heures d'attente", "à 8 heures de route": hours of something, a length.
  // (Not "vers 14h30 d'une zone": a noun after its determiner is where from.)
  if (next !== undefined && (next.key === 'de' || next.key === "d'") && isActivityNoun(at(doc, c.end + 1, s))) return null;
  // "3 h 20 min", "2 h 01 min 09 s": a length of time counted to the minute or the second,
  // save an instant to the second after "à" ("a franchi la ligne à 8 h 24 min 49 s"; not "à 2 h 01 min 09 s du vainqueur")
  if (next !== undefined && c.explicitMinutes && SMALLER_TIME_UNITS.has(next.key)) {
    const end = pk === 'à' ? secondsOfInstant(doc, c.end, s) : null;
    return end === null ? null : { from: i, to: end, expr: { kind: 'time', time: c.time }, rule: 'time', confidence: 0.8 };
  }
  if (c.colon) {
    if (!cue) return null;
  } else if (c.compact) {
    if (!cue && readsAsLength(pk, c.time.hour)) return null;
  } else if (!cue && !c.explicitMinutes && !inClockWindow(doc, i, c.end, s)) {
    return null;
  }
  const half = halfOfDay(doc, c.end, s);
  const hour = half !== null && half.pm && c.time.hour < 12 ? c.time.hour + 12 : c.time.hour;
  const expr = { kind: 'time' as const, time: { hour, minute: c.time.minute } };
  const end = half?.end ?? c.end;
  // "0h00 GMT", "14 h UTC": the time zone belongs to the time.
  const zone = at(doc, end, s)?.text;
  return { from: i, to: zone === 'GMT' || zone === 'UTC' ? end + 1 : end, expr, rule: 'time', confidence: c.compact ? 0.9 : 0.8 };
}

/**
 * The end of "min SS s" after the minutes of a clock time at `i` ("8 h 24 min 49 s"), when no "de"/"du" follows (a gap
 * to someone: "à 2 h 01 min 09 s du vainqueur"); null otherwise.
 */
function secondsOfInstant(doc: PreparedDocument, i: number, s: number): number | null {
  const min = at(doc, i, s)?.key;
  const ss = at(doc, i + 1, s);
  const sec = at(doc, i + 2, s)?.key;
  if ((min !== 'min' && min !== 'mn') || ss === undefined || ss.kind !== 'number' || !SECONDS.test(ss.key) || (sec !== 's' && sec !== 'sec')) return null;
  const after = at(doc, i + 3, s)?.key ?? '';
  return after === 'de' || after === 'du' || after === "d'" || after === 'des' ? null : i + 3;
}

/** A lower-case noun after "N heures de": what the hours were spent on ("d'attente", "de route", "de garde"). */
function isActivityNoun(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.text === t.key && !NOT_ACTIVITIES.has(t.key);
}

/** Two-digit seconds of a clock time. */
const SECONDS = /^[0-5]\d$/u;

/** "du matin" (am), "du soir", "de l'après-midi" (pm) after a clock time. */
function halfOfDay(doc: PreparedDocument, i: number, s: number): { pm: boolean; end: number } | null {
  const k = at(doc, i, s)?.key;
  const next = at(doc, i + 1, s)?.key;
  if (k === 'du' && next === 'matin') return { pm: false, end: i + 2 };
  if (k === 'du' && next === 'soir') return { pm: true, end: i + 2 };
  if (k === 'de' && next === "l'" && at(doc, i + 2, s)?.fold === 'apres-midi') return { pm: true, end: i + 3 };
  return null;
}

export const time: DateRule = {
  id: 'time',
  // "7h30" is a word token that starts with a digit.
  kinds: ['number', 'word'],
  triggers: new Set(HOUR_NAMES.keys()),
  firstChars: DIGITS,
  accepts: (t: Token) => t.kind === 'number' || (t.kind === 'word' && isAsciiDigit(t.key.charCodeAt(0)) && t.key.includes('h')),
  match,
};
