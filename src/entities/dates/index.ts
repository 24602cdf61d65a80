/**
 * DATE entities: span rules find candidates token by token, refiners join
 * ranges and times and keep the longest of overlapping candidates, then
 * `resolve.ts` gives each its ISO 8601 value against the reference date.
 *
 * Span convention (annotation guideline): an absolute date leaves out the
 * word before it ("le 4 septembre 2023" → "4 septembre 2023", "en
 * septembre 2023", "du 25 au 27 mars" → "25 au 27 mars"); a relative one
 * keeps its determiner ("la semaine dernière", "cette semaine", "ce
 * lundi"). Durations ("pendant 6 mois", "depuis trois ans") are not dates.
 */
import type { Entity, PreparedDocument, TokenKind } from '../../types.js';
import { needsDirection, resolveDate } from './resolve.js';
import { century } from './rules/century.js';
import { joinDateTime } from './rules/date-time.js';
import { dayMonth } from './rules/day-month.js';
import { decade } from './rules/decade.js';
import { month } from './rules/month.js';
import { nightOf } from './rules/night-of.js';
import { numericDate } from './rules/numeric-date.js';
import { periodPart } from './rules/period-part.js';
import { joinRanges } from './rules/range.js';
import { relativeDay } from './rules/relative-day.js';
import { relativeUnit } from './rules/relative-unit.js';
import { season } from './rules/season.js';
import { time } from './rules/time.js';
import { weekday } from './rules/weekday.js';
import { year } from './rules/year.js';
import { yearWords } from './rules/year-words.js';
import { holiday } from './rules/holiday.js';
import { yearPeriod } from './rules/year-period.js';
import { directionAt } from './tense.js';
import type { DateMatch, DateRule } from './types.js';
import { defineWordClass } from '../../text/word-classes.js';
import { codeUnitAt } from '../../text/normalize.js';
import { DATED_NAME_HEADS } from '../data/org-heads.js';
import { DATE_NAMED_FACILITIES } from '../data/geo-features.js';

export type { DateExpr, DateMatch, DateRule } from './types.js';
export { resolveDate } from './resolve.js';

/** Span rules, in priority order for candidates of equal length. */
export const defaultDateRules: readonly DateRule[] = [
  numericDate,
  dayMonth,
  periodPart,
  month,
  decade,
  yearPeriod,
  century,
  season,
  relativeUnit,
  relativeDay,
  weekday,
  time,
  year,
  yearWords,
  holiday,
];

/** Refiners run in order over all candidates before overlaps are removed. */
export const defaultDateRefiners: readonly ((doc: PreparedDocument, found: readonly DateMatch[]) => DateMatch[])[] = [
  joinDateTime,
  joinRanges,
  nightOf,
];

/**
 * Rules indexed by the token keys that can start them, plus the rules that
 * test each token, by token kind and by the first character of its key.
 */
interface RuleIndex {
  readonly byKey: ReadonlyMap<string, readonly DateRule[]>;
  /** Tested rules by kind, then by first key character (ASCII code; index 128 for any other character). */
  readonly byKind: ReadonlyMap<TokenKind, readonly (readonly DateRule[])[]>;
  /** Every rule with a test, by first key character: for a token kind the index does not list (a kind added later). */
  readonly anyKind: readonly (readonly DateRule[])[];
  /** `byKind` of words and of numbers, most tokens, read without a lookup. */
  readonly words: readonly (readonly DateRule[])[];
  readonly numbers: readonly (readonly DateRule[])[];
}

const TOKEN_KINDS: readonly TokenKind[] = ['word', 'number', 'elision', 'clitic', 'punct', 'quote', 'symbol', 'url', 'email', 'hashtag'];
/** Slot of the characters outside ASCII in a first-character table. */
const OTHER_CHAR = 128;

/** The rules that may accept a key starting with each character (ASCII codes, then one slot for the rest). */
function byFirstChar(rules: readonly DateRule[]): DateRule[][] {
  const table: DateRule[][] = [];
  for (let code = 0; code <= OTHER_CHAR; code++) {
    table.push(rules.filter((r) => r.firstChars === undefined || (code === OTHER_CHAR ? [...r.firstChars].some((c) => c.charCodeAt(0) > 127) : r.firstChars.includes(String.fromCharCode(code)))));
  }
  return table;
}

export function indexRules(rules: readonly DateRule[]): RuleIndex {
  const byKey = new Map<string, DateRule[]>();
  for (const rule of rules) {
    for (const k of rule.triggers ?? []) {
      const list = byKey.get(k) ?? [];
      list.push(rule);
      byKey.set(k, list);
    }
  }
  const tested = rules.filter((r) => r.accepts !== undefined);
  // A Map, not a record: a record read with ten different keys at one place is a slow (megamorphic) load.
  const byKind = new Map<TokenKind, DateRule[][]>();
  for (const kind of TOKEN_KINDS) {
    byKind.set(kind, byFirstChar(tested.filter((r) => r.kinds === undefined || r.kinds.includes(kind))));
  }
  const anyKind = byFirstChar(tested);
  return { byKey, byKind, anyKind, words: byKind.get('word') ?? anyKind, numbers: byKind.get('number') ?? anyKind };
}

export const DEFAULT_INDEX = indexRules(defaultDateRules);
/** Forms that trigger a default rule: most words skip the trigger lookup on one bit. */
const DEFAULT_TRIGGER = defineWordClass((w) => DEFAULT_INDEX.byKey.has(w.key));
/**
 * Forms at which a default rule may start: a trigger key, or a form that a
 * tested rule may accept (by its first character and its form test). Most
 * tokens are neither and cost one bit test.
 */
const DEFAULT_START = defineWordClass((w) => {
  if (DEFAULT_INDEX.byKey.has(w.key)) return true;
  const code = w.key.charCodeAt(0);
  const rules = DEFAULT_INDEX.anyKind[code < OTHER_CHAR ? code : OTHER_CHAR] ?? [];
  return rules.some((r) => r.acceptsForm === undefined || r.acceptsForm(w));
});

/** Forms some default rule needs after one of its determiner triggers (`DateRule.nextForm`). */
const DEFAULT_NEXT = defineWordClass((w) => defaultDateRules.some((r) => r.nextForm?.form(w) === true));

/** Tie-break order for candidates of equal length. */
const RULE_ORDER: readonly string[] = ['range', 'date-time', ...defaultDateRules.map((r) => r.id)];

/** Runs each rule at the tokens it can start at: one pass, one Map lookup per token. */
export function findCandidates(doc: PreparedDocument, index: RuleIndex): DateMatch[] {
  const found: DateMatch[] = [];
  const gated = index === DEFAULT_INDEX;
  for (const t of doc.tokens) {
    if (gated && (t.classes & DEFAULT_START) === 0) continue;
    const keyed = !gated || (t.classes & DEFAULT_TRIGGER) !== 0 ? index.byKey.get(t.key) : undefined;
    if (keyed !== undefined) {
      // "la" + a plain noun: no rule gated by `nextForm` can match here.
      const nextFits = !gated || ((doc.tokens[t.index + 1]?.classes ?? 0) & DEFAULT_NEXT) !== 0;
      for (const rule of keyed) {
        if (!nextFits && rule.nextForm?.keys.has(t.key) === true) continue;
        const m = rule.match(doc, t.index);
        if (m !== null && m.to > m.from) found.push(m);
      }
    }
    const code = codeUnitAt(t.key, 0);
    const table = t.kind === 'word' ? index.words : t.kind === 'number' ? index.numbers : (index.byKind.get(t.kind) ?? index.anyKind);
    const tested = table[code < OTHER_CHAR ? code : OTHER_CHAR] ?? [];
    for (const rule of tested) {
      if (rule.accepts?.(t) !== true || keyed?.includes(rule) === true) continue;
      const m = rule.match(doc, t.index);
      if (m !== null && m.to > m.from) found.push(m);
    }
  }
  return found;
}

/** Rank of each rule id, per rule order list (built once per list, not per document). */
const RANKS = new WeakMap<readonly string[], ReadonlyMap<string, number>>();

function ranksOf(ruleOrder: readonly string[]): ReadonlyMap<string, number> {
  let ranks = RANKS.get(ruleOrder);
  if (ranks === undefined) {
    ranks = new Map(ruleOrder.map((id, k) => [id, k]));
    RANKS.set(ruleOrder, ranks);
  }
  return ranks;
}

/** Longest first, then earliest, then rule order; drops candidates that overlap a kept one. */
export function removeOverlaps(found: readonly DateMatch[], ruleOrder: readonly string[] = []): DateMatch[] {
  if (found.length === 0) return [];
  const ranks = ranksOf(ruleOrder);
  const rank = (m: DateMatch): number => ranks.get(m.rule) ?? ruleOrder.length;
  const sorted = [...found].sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from || rank(a) - rank(b) || b.confidence - a.confidence);
  const taken: DateMatch[] = [];
  // Token indices already covered by a kept date.
  const used = new Set<number>();
  for (const m of sorted) {
    let free = true;
    for (let k = m.from; k < m.to && free; k++) if (used.has(k)) free = false;
    if (!free) continue;
    for (let k = m.from; k < m.to; k++) used.add(k);
    taken.push(m);
  }
  return taken.sort((a, b) => a.from - b.from);
}

/**
 * A date that names a body after "du" and a capitalised organisation noun:
 * "Mouvement du 23 mars", "Front du 5 juillet" (the organisation rules read
 * the whole name).
 */
function insideName(doc: PreparedDocument, from: number): boolean {
  const head = doc.tokens[from - 2];
  if (doc.tokens[from - 1]?.key !== 'du' || head === undefined || doc.tokens[from]?.kind !== 'number') return false;
  // "le Mouvement du 23 mars"; "la place du 13-Mai", "la rue du 4-Septembre" (a street named after a date, hyphenated);
  // "le collectif du 5-Décembre" (a group in lower case: the hyphenated date is its name, as for a street).
  const hyphenated = doc.tokens[from + 1]?.key === '-';
  if (DATED_NAME_HEADS.has(head.key)) return head.text !== head.key || hyphenated;
  return DATE_NAMED_FACILITIES.has(head.key) && hyphenated;
}

/** Curly apostrophes, whitespace other than a space, or two spaces: what `canonicalOf` rewrites. */
const NOT_CANONICAL = /[’‘ʼ]|[^\S ]| {2}/u;

/** "l’année  dernière" → "l'année dernière": straight apostrophes, single spaces. */
function canonicalOf(text: string): string {
  return NOT_CANONICAL.test(text) ? text.replace(/[’‘ʼ]/gu, "'").replace(/\s+/gu, ' ') : text;
}

/**
 * Find the DATE entities of a prepared document. `value` is the ISO 8601
 * value when it can be known: always for a full date, and against
 * `referenceDate` (as a UTC day) for relative dates and dates without a
 * year; with no reference date those have no `value`.
 *
 * @example
 * findDates(prepare("Il s'est entretenu du 25 au 27 mars avec Kim."), new Date('2024-03-29'))
 * // [{ text: '25 au 27 mars', start: 24, end: 37, type: 'DATE', value: '2024-03-25/2024-03-27', … }]
 */
export function findDates(doc: PreparedDocument, referenceDate: Date | null): Entity[] {
  let found = findCandidates(doc, DEFAULT_INDEX);
  for (const refine of defaultDateRefiners) found = refine(doc, found);
  const kept = removeOverlaps(found, RULE_ORDER);
  const entities: Entity[] = [];
  for (const m of kept) {
    const first = doc.tokens[m.from];
    const last = doc.tokens[m.to - 1];
    if (first === undefined || last === undefined || insideName(doc, m.from)) continue;
    const text = doc.text.slice(first.start, last.end);
    const value = resolveDate(m.expr, referenceDate, needsDirection(m.expr, referenceDate) ? directionAt(doc, m.from, m.to) : 'past');
    entities.push({
      start: first.start,
      end: last.end,
      text,
      type: 'DATE',
      canonical: canonicalOf(text),
      ...(value !== undefined ? { value } : {}),
      confidence: m.confidence,
    });
  }
  return entities;
}
