/**
 * The beginning, middle or end of a period: "début mars", "mi-juillet",
 * "fin 2023", "début de 2022", "courant mai", "début de semaine", "fin
 * d'année", "fin de l'année dernière", "début du mois prochain", "début des
 * années 2000", "fin du XIXe siècle", "fin de l'été", "fin du premier
 * trimestre". The span starts at
 * the part word: "depuis le début de 2022" → "début de 2022". The value is
 * that of the whole period.
 */
import type { PreparedDocument, Token } from '../../../types.js';
import { MONTHS, PERIOD_PARTS, SHIFT_WORDS, type PeriodPart } from '../data.js';
import { at, yearOf } from '../tokens.js';
import type { AtomicExpr, DateMatch, DateRule } from '../types.js';
import { parseCentury } from './century.js';
import { parseDecade } from './decade.js';
import { parseMonth } from './month.js';
import { parseUnitPhrase } from './relative-unit.js';
import { parseYearPeriod } from './year-period.js';
import { parseSeason } from './season.js';

/** Periods longer than a year, named without a number after a part word (folded): "la fin du siècle". */
const LONG_PERIODS: ReadonlySet<string> = new Set(['siecle', 'decennie']);
/** "mi-mars", "mi-2023": the tokenizer keeps the hyphenated word whole. */
const MI_PREFIX = 'mi-';
/** "2023" in "mi-2023". */
const FOUR_DIGITS = /^\d{4}$/u;

function withPart(expr: AtomicExpr, part: PeriodPart): AtomicExpr {
  // Object.assign, not a spread copy plus a field: V8 gives each such copy an object shape of its own.
  return expr.kind === 'time' || expr.kind === 'vague' || expr.kind === 'weekday' ? expr : Object.assign({}, expr, { part });
}

/** What follows the part word at `j`: a month, a year, a unit, a decade, a century or a season. */
function target(doc: PreparedDocument, j: number, s: number): PartTarget | null {
  const t = at(doc, j, s);
  if (t === undefined) return null;
  const k = t.key;
  const year = yearOf(t, 1900, 2099);
  if (year !== null) return { expr: { kind: 'calendar', year }, end: j + 1 };
  const month = parseMonth(doc, j, s, true);
  if (month !== null) return month;
  if (k === 'du' || k === 'des') {
    // "début du mois de mars", "fin du mois", "début des années 2000", "fin du XIXe siècle".
    if (at(doc, j + 1, s)?.key === 'mois' && at(doc, j + 2, s)?.key === 'de') {
      const m = parseMonth(doc, j + 3, s, true);
      if (m !== null) return m;
    }
    return parseDecade(doc, j + 1, s) ?? parseCentury(doc, j + 1, s) ?? parseYearPeriod(doc, j + 1, s) ?? parseUnitPhrase(doc, j + 1, s, true) ?? longPeriod(doc, j + 1, s);
  }
  if (k === 'de' || k === "d'") {
    const n = at(doc, j + 1, s);
    const y = yearOf(n, 1900, 2099);
    if (y !== null) return { expr: { kind: 'calendar', year: y }, end: j + 2 };
    // "fin de l'année 2023" is the year 2023.
    if (n !== undefined && n.key === "l'" && (at(doc, j + 2, s)?.fold === 'annee')) {
      const y2 = yearOf(at(doc, j + 3, s), 1900, 2099);
      if (y2 !== null) return { expr: { kind: 'calendar', year: y2 }, end: j + 4 };
    }
    if (n !== undefined && (n.key === "l'" || n.key === 'la' || n.key === 'le')) {
      const season = parseSeason(doc, j + 2, s, true);
      // "la fin de l'été" with no year counts from the publication date, like "l'été" alone: it keeps its article.
      if (season !== null) return season.expr.year === undefined ? { expr: season.expr, end: season.end, relative: true } : season;
    }
    return parseMonth(doc, j + 1, s, true) ?? parseUnitPhrase(doc, j + 1, s, true) ?? (n?.key === 'la' ? longPeriod(doc, j + 2, s) : null);
  }
  return null;
}

/**
 * "la fin du siècle", "le milieu du siècle dernier", "la fin de la décennie": the current century or decade (or the
 * one a shift word names), with no calendar value.
 */
function longPeriod(doc: PreparedDocument, j: number, s: number): PartTarget | null {
  const t = at(doc, j, s);
  if (t === undefined || !LONG_PERIODS.has(t.fold)) return null;
  const next = at(doc, j + 1, s)?.key ?? '';
  // "la fin du siècle des Lumières", "le siècle de Périclès": an era named by its complement, not a date.
  if (next === 'des' || next === 'de' || next === "d'" || next === 'du') return null;
  return { expr: { kind: 'vague' }, end: SHIFT_WORDS.has(next) ? j + 2 : j + 1, relative: true };
}

/** What a part word applies to; `relative` when it counts from the publication date without a calendar value. */
interface PartTarget {
  expr: AtomicExpr;
  end: number;
  relative?: boolean;
}

function match(doc: PreparedDocument, i: number): DateMatch | null {
  const t = doc.tokens[i];
  if (t === undefined) return null;
  const s = t.sentence;
  const hit = (end: number, expr: AtomicExpr): DateMatch => ({ from: i, to: end, expr, rule: 'period-part', confidence: 0.85 });
  if (t.key.startsWith(MI_PREFIX)) {
    const rest = t.key.slice(MI_PREFIX.length);
    const m = MONTHS.get(rest);
    if (m !== undefined) {
      const y = yearOf(at(doc, i + 1, s));
      return y === null ? hit(i + 1, { kind: 'calendar', month: m, part: 'mid' }) : hit(i + 2, { kind: 'calendar', year: y, month: m, part: 'mid' });
    }
    const y = FOUR_DIGITS.test(rest) ? Number(rest) : null;
    return y !== null && y >= 1900 && y <= 2099 ? hit(i + 1, { kind: 'calendar', year: y, part: 'mid' }) : null;
  }
  const part = PERIOD_PARTS.get(t.key);
  if (part === undefined) return null;
  const found = target(doc, i + 1, s);
  if (found === null) return null;
  // "la fin de l'année", "le début du mois": a relative period keeps its article, as relative dates do.
  const article = at(doc, i - 1, s);
  const from = (found.expr.kind === 'offset' || found.relative === true) && article !== undefined && (article.key === 'la' || article.key === 'le') ? i - 1 : i;
  return { from, to: found.end, expr: withPart(found.expr, part), rule: 'period-part', confidence: 0.85 };
}

export const periodPart: DateRule = {
  id: 'period-part',
  triggers: new Set(PERIOD_PARTS.keys()),
  kinds: ['word'],
  firstChars: MI_PREFIX.charAt(0),
  accepts: (t: Token) => t.kind === 'word' && t.key.startsWith(MI_PREFIX),
  acceptsForm: (w) => w.key.startsWith(MI_PREFIX),
  match,
};
