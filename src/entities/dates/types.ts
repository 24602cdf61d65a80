/**
 * What a date rule found, before any value is computed. Rules describe the
 * date ("the 28th of March, year unknown"; "the week before the reference
 * week"); `resolve.ts` alone turns that description into an ISO 8601 value.
 */
import type { PreparedDocument, Token, TokenKind } from '../../types.js';
import type { WordForm } from '../../text/word-classes.js';
import type { CalendarUnit, DayPart, PeriodPart, Season } from './data.js';

/** A clock time: "7h30" → { hour: 7, minute: 30 }. */
export interface ClockTime {
  readonly hour: number;
  readonly minute: number;
}

/**
 * A calendar date with some fields missing: "4 septembre 2023", "28 mars"
 * (no year), "septembre" (month only), "2016", "début mars" (part 'start').
 * `shift` is "mars dernier" (-1) or "mars prochain" (+1).
 */
export interface CalendarExpr {
  readonly kind: 'calendar';
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  readonly part?: PeriodPart;
  readonly shift?: number;
  readonly time?: ClockTime;
  readonly dayPart?: DayPart;
  /** "dimanche 14 avril": the ISO weekday written with the date (1 = Monday), which picks the year. */
  readonly weekday?: number;
}

/**
 * A weekday without a date: "lundi", "ce lundi" (shift 0: the reference
 * week), "lundi dernier" (-1), "lundi prochain" (+1).
 */
export interface WeekdayExpr {
  readonly kind: 'weekday';
  readonly weekday: number;
  readonly shift?: number;
  readonly time?: ClockTime;
  readonly dayPart?: DayPart;
}

/**
 * A unit counted from the reference date: "hier" (day -1), "cette semaine"
 * (week 0), "le mois prochain" (month +1), "il y a trois ans" (year -3).
 */
export interface OffsetExpr {
  readonly kind: 'offset';
  readonly unit: CalendarUnit;
  readonly offset: number;
  readonly part?: PeriodPart;
  readonly time?: ClockTime;
  readonly dayPart?: DayPart;
}

/** "l'automne dernier" (shift -1), "cet été" (0), "printemps 2023" (year). */
export interface SeasonExpr {
  readonly kind: 'season';
  readonly season: Season;
  readonly year?: number;
  readonly shift?: number;
  readonly part?: PeriodPart;
}

/** "premier trimestre 2024" → { period: 'quarter', index: 1, year: 2024 }; "second semestre" (no year). */
export interface YearPeriodExpr {
  readonly kind: 'year-period';
  readonly period: 'quarter' | 'half';
  readonly index: number;
  readonly year?: number;
  readonly part?: PeriodPart;
}

/** "les années 1990" → { decade: 1990 }. */
export interface DecadeExpr {
  readonly kind: 'decade';
  readonly decade: number;
  readonly part?: PeriodPart;
}

/** "XXe siècle" → { century: 20 }. */
export interface CenturyExpr {
  readonly kind: 'century';
  readonly century: number;
  readonly part?: PeriodPart;
}

/** A time of day with no day: "7h30", "19 heures". */
export interface TimeExpr {
  readonly kind: 'time';
  readonly time: ClockTime;
}

/**
 * A date that counts from another date of the story ("la veille", "l'année
 * précédente") or is vague ("ces derniers mois"): a DATE with no value.
 */
export interface VagueExpr {
  readonly kind: 'vague';
}

/** "25 au 27 mars", "lundi à mercredi", "2022-2023". */
export interface RangeExpr {
  readonly kind: 'range';
  readonly from: AtomicExpr;
  readonly to: AtomicExpr;
}

export type AtomicExpr =
  | CalendarExpr
  | WeekdayExpr
  | OffsetExpr
  | SeasonExpr
  | DecadeExpr
  | YearPeriodExpr
  | CenturyExpr
  | TimeExpr
  | VagueExpr;

export type DateExpr = AtomicExpr | RangeExpr;

/**
 * Which way a date without a year or week points, from the tense around it;
 * 'nearest' when no tense cue is found ("le mandat expire le 31 décembre"):
 * a day and month then fall in the nearest year, everything else reads as past.
 */
export type Direction = 'past' | 'future' | 'nearest';

/** A candidate found by a rule: tokens `from..to` (end exclusive) and what they mean. */
export interface DateMatch {
  readonly from: number;
  readonly to: number;
  readonly expr: DateExpr;
  /** The id of the rule that found it: "day-month", "range". */
  readonly rule: string;
  readonly confidence: number;
}

/**
 * A span rule: `match` is tried at each token whose key is in `triggers`
 * (or at every token when `triggers` is absent) and returns the longest
 * date starting there. Pure: it reads the document and nothing else.
 */
export interface DateRule {
  readonly id: string;
  readonly triggers?: ReadonlySet<string>;
  /** Tried when the token key is not a trigger, e.g. "any number token". */
  readonly accepts?: (token: Token) => boolean;
  /** The token kinds `accepts` can say yes to (all when absent): the others are never tested. */
  readonly kinds?: readonly TokenKind[];
  /**
   * The characters a key accepted by `accepts` can start with (any when
   * absent): the rule is not even tested on other tokens. Most tokens start
   * with a letter no `accepts` wants, so they cost one table lookup.
   */
  readonly firstChars?: string;
  /**
   * A test on the surface form alone that every token `accepts` says yes to
   * passes (all forms when absent). It runs once per distinct form, and the
   * default rules are not tried at the tokens of forms that fail it.
   */
  readonly acceptsForm?: (form: WordForm) => boolean;
  /**
   * At the triggers in `keys` (determiners: "la", "ce"…), the rule can only
   * match when the next token's form passes `form` ("la" + "semaine", "cet"
   * + "été"). The default rules are not tried at a determiner followed by a
   * form no such test accepts: most determiners, which open a plain noun.
   */
  readonly nextForm?: { readonly keys: ReadonlySet<string>; readonly form: (form: WordForm) => boolean };
  match(doc: PreparedDocument, i: number): DateMatch | null;
}
