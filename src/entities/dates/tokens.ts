/**
 * Token helpers shared by the date rules: reading a day number, a year, a
 * month name or a clock time at a token index, never across a sentence end.
 */
import type { PreparedDocument, Token } from '../../types.js';
import { DURATION_BEFORE, EARLIEST_CLOCK_AFTER_DE, HOUR_WORDS, MONTHS, MONTH_ABBREVIATIONS } from './data.js';
import type { ClockTime } from './types.js';

/** "1"–"31" or "01"; the ordinal "1er" is handled by `dayAt`. */
const DAY_DIGITS = /^\d{1,2}$/u;
/** A four-digit year "1948", "2024". */
const YEAR_DIGITS = /^\d{4}$/u;
/** "1er", "1ᵉʳ", "1re": the first day of a month. */
const FIRST_DAY = /^1(?:er|ᵉʳ|re)$/u;
/** Two-digit minutes: "30" in "7 h 30", "15" in "10:15". */
const MINUTES = /^\d{2}$/u;
/** "7h30", "19h", "19h00": one word token. */
const COMPACT_CLOCK = /^(?<hour>\d{1,2})h(?<minute>\d{2})?$/u;

/** The token at `i` when it lies in `sentence`, else undefined. */
export function at(doc: PreparedDocument, i: number, sentence: number): Token | undefined {
  // No read at index -1 (the rules look behind the first token): it would make this hot read megamorphic.
  if (i < 0) return undefined;
  const t = doc.tokens[i];
  return t !== undefined && t.sentence === sentence ? t : undefined;
}

/** The key of the token at `i` in `sentence`, or '' outside it. */
export function keyAt(doc: PreparedDocument, i: number, sentence: number): string {
  return at(doc, i, sentence)?.key ?? '';
}

/** Day of month 1–31 of a token: "25", "01", "1er". */
export function dayOf(t: Token | undefined): number | null {
  if (t === undefined) return null;
  if (t.key.charCodeAt(0) === 49 && FIRST_DAY.test(t.key)) return 1;
  if (t.kind !== 'number' || !DAY_DIGITS.test(t.key)) return null;
  const n = Number(t.key);
  return n >= 1 && n <= 31 ? n : null;
}

/** A four-digit year token within [min, max]. */
export function yearOf(t: Token | undefined, min = 1000, max = 2199): number | null {
  if (t === undefined || t.kind !== 'number' || !YEAR_DIGITS.test(t.key)) return null;
  const n = Number(t.key);
  return n >= min && n <= max ? n : null;
}

/** A month name at `i`: full ("septembre") or, when `abbreviations`, "sept." (the dot is consumed). */
export function monthAt(
  doc: PreparedDocument,
  i: number,
  sentence: number,
  abbreviations: boolean,
): { month: number; end: number } | null {
  const t = at(doc, i, sentence);
  if (t === undefined || t.kind !== 'word') return null;
  const full = MONTHS.get(t.key);
  if (full !== undefined) return { month: full, end: i + 1 };
  if (!abbreviations) return null;
  const abbr = MONTH_ABBREVIATIONS.get(t.key);
  if (abbr === undefined) return null;
  const dot = at(doc, i + 1, sentence);
  if (dot !== undefined && dot.key === '.' && !dot.spaceBefore) return { month: abbr, end: i + 2 };
  return { month: abbr, end: i + 1 };
}

function clock(hour: number, minute: number): ClockTime | null {
  return hour <= 23 && minute <= 59 ? { hour, minute } : null;
}

/**
 * A clock time at `i`: "7h30", "19h", "7 h 30", "19 heures", "19 heures 30", "10:15".
 * `explicitMinutes` tells a rule whether minutes were written.
 */
export function clockAt(
  doc: PreparedDocument,
  i: number,
  sentence: number,
): { time: ClockTime; end: number; compact: boolean; explicitMinutes: boolean; colon: boolean } | null {
  const t = at(doc, i, sentence);
  if (t === undefined) return null;
  if (t.kind === 'word') {
    const m = COMPACT_CLOCK.exec(t.key);
    if (m?.groups === undefined) return null;
    const minutes = m.groups['minute'];
    const time = clock(Number(m.groups['hour']), minutes === undefined ? 0 : Number(minutes));
    return time === null ? null : { time, end: i + 1, compact: true, explicitMinutes: minutes !== undefined, colon: false };
  }
  if (t.kind !== 'number' || !DAY_DIGITS.test(t.key)) return null;
  const unit = at(doc, i + 1, sentence);
  // "10:15": hour, colon and minutes glued together.
  if (unit !== undefined && unit.key === ':' && !unit.spaceBefore) {
    const mm = at(doc, i + 2, sentence);
    if (mm === undefined || mm.spaceBefore || mm.kind !== 'number' || !MINUTES.test(mm.key)) return null;
    const time = clock(Number(t.key), Number(mm.key));
    return time === null ? null : { time, end: i + 3, compact: false, explicitMinutes: true, colon: true };
  }
  if (unit === undefined || !HOUR_WORDS.has(unit.key)) return null;
  const after = at(doc, i + 2, sentence);
  const minute = after !== undefined && after.kind === 'number' && MINUTES.test(after.key) ? Number(after.key) : null;
  const time = clock(Number(t.key), minute ?? 0);
  if (time === null) return null;
  return { time, end: minute === null ? i + 2 : i + 3, compact: unit.key === 'h', explicitMinutes: minute !== null, colon: false };
}

/** "1h30", "48h", "2h": a compact "h" figure of any number of hours. */
const COMPACT_HOURS = /^(?<hour>\d{1,3})h(?<minute>\d{2})?$/u;

/**
 * A compact "h" figure at `i` that measures a length of time, not a time of
 * day: more hours than a day has ("48h"), a duration word before it ("en
 * 24h", "pendant 2h", "les 48h"), or "de" before a short one ("un film de
 * 2h30", "près d'1h30"); "24h/24" is neither (see `readsAsLength`). Null
 * for a time of day or another token.
 *
 * @example
 * compactLength(prepare('contre près d’1h30'), 3) // { hours: 1, minutes: 30 }
 */
export function compactLength(doc: PreparedDocument, i: number): { hours: number; minutes: number } | null {
  const t = doc.tokens[i];
  if (t === undefined || t.kind !== 'word') return null;
  const m = COMPACT_HOURS.exec(t.key);
  if (m?.groups === undefined) return null;
  const hours = Number(m.groups['hour']);
  const minute = m.groups['minute'];
  const minutes = minute === undefined ? 0 : Number(minute);
  if (minutes > 59) return null;
  const slash = at(doc, i + 1, t.sentence);
  if (slash !== undefined && slash.key === '/' && !slash.spaceBefore) return null;
  return readsAsLength(at(doc, i - 1, t.sentence)?.key ?? '', hours) && !afterFromClock(doc, i, t.sentence) ? { hours, minutes } : null;
}

/** "14 heures par jour", "à une heure par jour": hours counted per period (after `end`), a length of time. */
export function perPeriod(doc: PreparedDocument, end: number, sentence: number): boolean {
  return keyAt(doc, end, sentence) === 'par' && PERIODS.has(keyAt(doc, end + 1, sentence));
}
const PERIODS: ReadonlySet<string> = new Set(['jour', 'nuit', 'semaine', 'mois', 'an', 'année']);

/**
 * "à partir de 18 heures", "à partir de 2h", "à partir de minuit": the
 * three words before `i` open a time of day, as "dès" does (their "de" is
 * not the "de" of "un film de 2h").
 */
export function afterFromClock(doc: PreparedDocument, i: number, sentence: number): boolean {
  return keyAt(doc, i - 1, sentence) === 'de' && keyAt(doc, i - 2, sentence) === 'partir' && keyAt(doc, i - 3, sentence) === 'à';
}

/**
 * Does an "h" figure of `hours` after the word `before` measure a length of
 * time rather than give a time of day? More hours than a day has, a duration
 * word before it ("pendant", "en", "a duré"), or "de" before a short one ("un
 * film de 2 h"). The date rule `time` and the quantities read it alike.
 */
export function readsAsLength(before: string, hours: number): boolean {
  return hours > 23 || DURATION_BEFORE.has(before) || ((before === 'de' || before === "d'") && hours < EARLIEST_CLOCK_AFTER_DE);
}

/** True when token `b` is glued to the one before it ("2023-09": no space). */
export function glued(b: Token | undefined): boolean {
  return b !== undefined && !b.spaceBefore;
}

/** True when the word starts with a capital letter: "Mars" the planet vs "mars" the month. */
export function capitalized(t: Token): boolean {
  return t.text !== t.key && t.text.charAt(0) !== t.key.charAt(0);
}
