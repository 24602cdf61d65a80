/**
 * Value resolution: a `DateExpr` found by the rules becomes an ISO 8601
 * string, counted from the reference (publication) date taken as a UTC day.
 * Nothing here looks at text; every function is pure.
 *
 * Formats: day "2024-03-25", month "2024-03", year "2024", ISO week
 * "2024-W12", weekend "2024-W12-WE", quarter "2024-Q1", half-year "2024-H2", season "2023-FA"
 * (TIMEX3: SP, SU, FA, WI; winter belongs to the year of its December),
 * decade "199" and century "19" (ISO 8601 reduced precision: "XXe siècle"
 * → "19"), time "T07:30" or "2024-03-25T07:30", range "from/to".
 * "début mars" and "mardi soir" get the value of the period that holds
 * them ("2024-03", the Tuesday): parts add nothing to the value.
 *
 * Which "mardi" or "juillet" (no year) is meant:
 * - weekdays: "ce lundi" is the Monday of the reference ISO week; "lundi
 *   dernier" the latest Monday strictly before the reference day, "lundi
 *   prochain" the first one strictly after; a bare "lundi" is the latest
 *   Monday on or before the reference day, or, in a sentence pointing to
 *   the future ("devrait arriver mardi"), the first one on or after it;
 * - a month or day without a year: its latest occurrence on or before the
 *   reference month (a day may be up to 7 days ahead: "le 30 mars" in a
 *   story of the 29th), or its first occurrence from the reference month on
 *   in a future sentence (a day up to 7 days back); both ends of a range
 *   share the year of the end; "mars dernier" / "mars prochain" are strictly
 *   before / after the reference month.
 */
import type { Season } from './data.js';
import type { AtomicExpr, CalendarExpr, ClockTime, DateExpr, Direction, SeasonExpr, WeekdayExpr, YearPeriodExpr } from './types.js';

/** A plain calendar day, month 1–12. */
export interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const MS_PER_DAY = 86_400_000;
/** A day date may be this many days on the wrong side of the reference ("le 30 mars" in a past story of the 29th). */
const DAY_GRACE = 7;
/** How far ahead a day without a year or a tense may be read as coming: a quarter. */
const NEAR_FUTURE_DAYS = 92;
const SEASON_START_MONTH: Readonly<Record<Season, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };
const SEASON_ORDER: readonly Season[] = ['WI', 'SP', 'SU', 'FA'];

const pad2 = (n: number): string => String(n).padStart(2, '0');
const pad4 = (n: number): string => String(n).padStart(4, '0');

/** The reference date as a UTC calendar day. */
export function dayOfDate(date: Date): Day {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function toEpochDay(d: Day): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY);
}

function fromEpochDay(n: number): Day {
  const date = new Date(n * MS_PER_DAY);
  return dayOfDate(date);
}

/** Adds `n` days: addDays(2024-03-29, 3) → 2024-04-01. */
export function addDays(d: Day, n: number): Day {
  return fromEpochDay(toEpochDay(d) + n);
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function isoWeekday(d: Day): number {
  const w = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week: 2024-03-29 → { year: 2024, week: 13 }. */
export function isoWeek(d: Day): { year: number; week: number } {
  // The Thursday of the week decides its year (ISO 8601).
  const thursday = addDays(d, 4 - isoWeekday(d));
  const jan1 = toEpochDay({ year: thursday.year, month: 1, day: 1 });
  return { year: thursday.year, week: Math.floor((toEpochDay(thursday) - jan1) / 7) + 1 };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "2024-03-25"; "2024-03-25T07:30" with a time. */
export function formatDay(d: Day, time?: ClockTime): string {
  const base = `${pad4(d.year)}-${pad2(d.month)}-${pad2(d.day)}`;
  return time === undefined ? base : `${base}${formatTime(time)}`;
}

/** "T07:30". */
export function formatTime(t: ClockTime): string {
  return `T${pad2(t.hour)}:${pad2(t.minute)}`;
}

function formatWeek(d: Day): string {
  const w = isoWeek(d);
  return `${pad4(w.year)}-W${pad2(w.week)}`;
}

/** Month index counted from year 0, to compare and shift months. */
const monthIndex = (year: number, month: number): number => year * 12 + (month - 1);

/** Year of the occurrence of `month` (and `day`) meant relative to the reference. */
function yearFor(month: number, day: number | undefined, ref: Day, direction: Direction, shift: number | undefined): number {
  const refIdx = monthIndex(ref.year, ref.month);
  const idx = monthIndex(ref.year, month);
  if (day === undefined) {
    if (shift !== undefined && shift < 0) return idx < refIdx ? ref.year : ref.year - 1;
    if (shift !== undefined && shift > 0) return idx > refIdx ? ref.year : ref.year + 1;
    if (direction === 'future') return idx >= refIdx ? ref.year : ref.year + 1;
    return idx <= refIdx ? ref.year : ref.year - 1;
  }
  const sameYear = toEpochDay({ year: ref.year, month, day: Math.min(day, daysInMonth(ref.year, month)) });
  const refDay = toEpochDay(ref);
  if (direction === 'nearest' && shift === undefined) {
    // No tense to go by ("le mandat expire le 31 décembre"): the coming occurrence when it is near and nearer than the
    // last one; else the last one, as news reports what happened (a dateline, "le 1er novembre, de l'effondrement").
    const pastYear = sameYear <= refDay + DAY_GRACE ? ref.year : ref.year - 1;
    const futureYear = sameYear >= refDay ? ref.year : ref.year + 1;
    const at = (y: number): number => toEpochDay({ year: y, month, day: Math.min(day, daysInMonth(y, month)) });
    const futureGap = at(futureYear) - refDay;
    return futureGap <= NEAR_FUTURE_DAYS && futureGap < refDay - at(pastYear) ? futureYear : pastYear;
  }
  if (shift !== undefined && shift < 0) return sameYear < refDay ? ref.year : ref.year - 1;
  if (shift !== undefined && shift > 0) return sameYear > refDay ? ref.year : ref.year + 1;
  if (direction === 'future') return sameYear >= refDay - DAY_GRACE ? ref.year : ref.year + 1;
  return sameYear <= refDay + DAY_GRACE ? ref.year : ref.year - 1;
}

/**
 * "dimanche 14 avril" without a year: the year chosen from the tense, or the
 * nearest year around it in which that day falls on that weekday.
 */
function yearOfWeekday(year: number, month: number, day: number, weekday: number): number {
  for (const y of [year, year + 1, year - 1]) {
    if (day <= daysInMonth(y, month) && isoWeekday({ year: y, month, day }) === weekday) return y;
  }
  return year;
}

function resolveCalendar(e: CalendarExpr, ref: Day | null, direction: Direction): string | undefined {
  let year = e.year;
  let month = e.month;
  if (month === undefined && e.day !== undefined) {
    // A bare day ("du 25 au 27 mars" before filling) takes the reference month.
    if (ref === null) return undefined;
    month = ref.month;
    year ??= ref.year;
  }
  if (year === undefined) {
    if (ref === null || month === undefined) return undefined;
    year = yearFor(month, e.day, ref, direction, e.shift);
    if (e.weekday !== undefined && e.day !== undefined) year = yearOfWeekday(year, month, e.day, e.weekday);
  }
  if (month === undefined) return pad4(year);
  if (month < 1 || month > 12) return undefined;
  if (e.day === undefined) return `${pad4(year)}-${pad2(month)}`;
  if (e.day < 1 || e.day > daysInMonth(year, month)) return undefined;
  return formatDay({ year, month, day: e.day }, e.time);
}

/** The day a weekday expression points to. */
export function weekdayDay(e: WeekdayExpr, ref: Day, direction: Direction): Day {
  const delta = e.weekday - isoWeekday(ref);
  if (e.shift === 0) return addDays(ref, delta);
  if (e.shift !== undefined && e.shift < 0) return addDays(ref, delta < 0 ? delta : delta - 7);
  if (e.shift !== undefined && e.shift > 0) return addDays(ref, delta > 0 ? delta : delta + 7);
  if (direction === 'future') return addDays(ref, delta >= 0 ? delta : delta + 7);
  return addDays(ref, delta <= 0 ? delta : delta - 7);
}

function addMonths(ref: Day, n: number): { year: number; month: number } {
  const idx = monthIndex(ref.year, ref.month) + n;
  return { year: Math.floor(idx / 12), month: (idx % 12) + 1 };
}

/** Start of a season occurrence as a month index (winter 2023 starts in December 2023). */
function seasonStart(year: number, s: Season): number {
  return monthIndex(year, SEASON_START_MONTH[s]);
}

/** The season occurrence that holds the reference day: March 2024 → spring 2024. */
function currentSeason(ref: Day): { year: number; season: Season } {
  const season = SEASON_ORDER[Math.floor((ref.month % 12) / 3)] ?? 'WI';
  return { year: season === 'WI' && ref.month < 12 ? ref.year - 1 : ref.year, season };
}

function resolveSeason(e: SeasonExpr, ref: Day | null, direction: Direction): string | undefined {
  if (e.year !== undefined) return `${pad4(e.year)}-${e.season}`;
  if (ref === null) return undefined;
  const cur = currentSeason(ref);
  const curStart = seasonStart(cur.year, cur.season);
  // Candidates: the occurrence of this season in the years around the reference.
  const years = [ref.year - 2, ref.year - 1, ref.year, ref.year + 1];
  const starts = years.map((y) => ({ y, s: seasonStart(y, e.season) }));
  let pick: { y: number; s: number } | undefined;
  if (e.shift === 0) {
    pick = starts.find((c) => c.s >= curStart && c.s < curStart + 12) ?? pick;
    if (cur.season === e.season) pick = { y: cur.year, s: curStart };
  } else if ((e.shift ?? (direction === 'future' ? 1 : -1)) < 0) {
    pick = [...starts].reverse().find((c) => c.s < curStart);
    if (e.shift === undefined && cur.season === e.season) pick = { y: cur.year, s: curStart };
  } else {
    pick = starts.find((c) => c.s > curStart);
    if (e.shift === undefined && cur.season === e.season) pick = { y: cur.year, s: curStart };
  }
  return pick === undefined ? undefined : `${pad4(pick.y)}-${e.season}`;
}

/**
 * "deuxième trimestre" → "2024-Q2", "second semestre" → "2023-H2". Without
 * a year: the latest one that has begun by the reference month, or in a
 * future sentence the first one that has not ended.
 */
function resolveYearPeriod(e: YearPeriodExpr, ref: Day | null, direction: Direction): string | undefined {
  const months = e.period === 'quarter' ? 3 : 6;
  const label = `${e.period === 'quarter' ? 'Q' : 'H'}${e.index}`;
  if (e.year !== undefined) return `${pad4(e.year)}-${label}`;
  if (ref === null) return undefined;
  const first = (e.index - 1) * months + 1;
  const last = first + months - 1;
  const year = direction === 'future' ? (last >= ref.month ? ref.year : ref.year + 1) : first <= ref.month ? ref.year : ref.year - 1;
  return `${pad4(year)}-${label}`;
}

function resolveAtomic(e: AtomicExpr, ref: Day | null, direction: Direction): string | undefined {
  switch (e.kind) {
    case 'calendar':
      return resolveCalendar(e, ref, direction);
    case 'weekday':
      return ref === null ? undefined : formatDay(weekdayDay(e, ref, direction), e.time);
    case 'offset': {
      if (ref === null) return undefined;
      switch (e.unit) {
        case 'day':
          return formatDay(addDays(ref, e.offset), e.time);
        case 'week':
          return formatWeek(addDays(ref, 7 * e.offset));
        case 'weekend':
          return `${formatWeek(addDays(ref, 7 * e.offset))}-WE`;
        case 'month': {
          const m = addMonths(ref, e.offset);
          return `${pad4(m.year)}-${pad2(m.month)}`;
        }
        case 'quarter': {
          const m = addMonths(ref, 3 * e.offset);
          return `${pad4(m.year)}-Q${Math.floor((m.month - 1) / 3) + 1}`;
        }
        case 'year':
          return pad4(ref.year + e.offset);
      }
      return undefined;
    }
    case 'season':
      return resolveSeason(e, ref, direction);
    case 'decade':
      return String(Math.floor(e.decade / 10));
    case 'year-period':
      return resolveYearPeriod(e, ref, direction);
    case 'century':
      return pad2(e.century - 1);
    case 'time':
      return formatTime(e.time);
    case 'vague':
      return undefined;
  }
}

/** Missing month/year of the start of a range come from its end: "25 au 27 mars 2024". */
function fillFrom(from: AtomicExpr, to: AtomicExpr): AtomicExpr {
  if (from.kind !== 'calendar' || to.kind !== 'calendar') return from;
  // Object.assign, not a spread copy plus a field: V8 gives each such copy an object shape of its own.
  let filled: CalendarExpr = from;
  if (filled.month === undefined && filled.day !== undefined && to.month !== undefined) {
    filled = Object.assign({}, filled, { month: to.month });
    if (to.day !== undefined && filled.day !== undefined && filled.day > to.day) {
      // "du 28 au 2 avril": the start is in the month before.
      filled = Object.assign({}, filled, to.month === 1 ? { month: 12, ...(to.year !== undefined ? { year: to.year - 1 } : {}) } : { month: to.month - 1 });
    }
  }
  if (filled.year === undefined && to.year !== undefined && filled.month !== undefined) {
    const wrap = filled.month > (to.month ?? 12);
    filled = Object.assign({}, filled, { year: wrap ? to.year - 1 : to.year });
  }
  return filled;
}

function resolveRange(from: AtomicExpr, to: AtomicExpr, ref: Day | null, direction: Direction): string | undefined {
  let end = to;
  if (end.kind === 'calendar' && end.year === undefined && end.month !== undefined && ref !== null) {
    // Both ends in one year: the year of the end, chosen as for a single date.
    end = Object.assign({}, end, { year: yearFor(end.month, end.day, ref, direction, end.shift) });
  }
  const start = fillFrom(from, end);
  // "de lundi à mercredi": the end is the first such weekday on or after the start.
  if (start.kind === 'weekday' && to.kind === 'weekday' && ref !== null) {
    const a = weekdayDay(start, ref, direction);
    const gap = (to.weekday - start.weekday + 7) % 7;
    return `${formatDay(a, start.time)}/${formatDay(addDays(a, gap), to.time)}`;
  }
  const a = resolveAtomic(start, ref, direction);
  const b = resolveAtomic(end, ref, direction);
  return a === undefined || b === undefined ? undefined : `${a}/${b}`;
}

/** Can the tense of the clause change the value of `e`? Only a date without a year (or a weekday) resolved against a reference date. */
function directionMatters(e: AtomicExpr): boolean {
  switch (e.kind) {
    case 'calendar':
    case 'season':
    case 'year-period':
      return e.year === undefined;
    case 'weekday':
      return true;
    default:
      return false;
  }
}

/**
 * Does `resolveDate(expr, referenceDate, direction)` read `direction`? When
 * it does not, the caller need not look for a tense cue.
 *
 * @example
 * needsDirection({ kind: 'weekday', weekday: 1 }, new Date('2024-03-29'))   // true
 * needsDirection({ kind: 'calendar', month: 9, year: 2023 }, new Date())   // false
 */
export function needsDirection(expr: DateExpr, referenceDate: Date | null): boolean {
  if (referenceDate === null || Number.isNaN(referenceDate.getTime())) return false;
  return expr.kind === 'range' ? directionMatters(expr.from) || directionMatters(expr.to) : directionMatters(expr);
}

/**
 * The ISO 8601 value of a date expression, or undefined when it cannot be
 * known (a relative date with no reference date, "la veille").
 *
 * @example
 * resolveDate({ kind: 'weekday', weekday: 1 }, new Date('2024-03-29'), 'past') // "2024-03-25"
 * resolveDate({ kind: 'calendar', month: 9, year: 2023 }, null, 'past')        // "2023-09"
 */
export function resolveDate(expr: DateExpr, referenceDate: Date | null, direction: Direction = 'past'): string | undefined {
  const ref = referenceDate === null || Number.isNaN(referenceDate.getTime()) ? null : dayOfDate(referenceDate);
  if (expr.kind === 'range') return resolveRange(expr.from, expr.to, ref, direction);
  return resolveAtomic(expr, ref, direction);
}
