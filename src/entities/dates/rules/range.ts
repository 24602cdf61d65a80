/**
 * Ranges, one span without the opening word: "du 25 au 27 mars" → "25 au
 * 27 mars", "de lundi à mercredi" → "lundi à mercredi", "entre 2019 et
 * 2022", "du 28 février au 3 mars 2024", "entre le 25 et le
 * 27 mars", "les 25 et 26 mars"; two times of day stay two dates ("de 9h à
 * 17h"). The start may be a bare day or year that no rule takes alone
 * ("25", "2019"); the end must be a date found by a rule. Runs after the
 * span rules, on their matches. ("2022-2023" is in numeric-date.)
 */
import type { PreparedDocument } from '../../../types.js';
import { isAsciiDigit } from '../../../text/normalize.js';
import { DAY_PAIR_OPENERS, RANGE_OPENERS, WEEKDAYS } from '../data.js';
import { at, dayOf, yearOf } from '../tokens.js';
import type { AtomicExpr, DateMatch } from '../types.js';
import { countsSomething } from './year.js';
import { defineWordClass } from '../../../text/word-classes.js';

/** The words a range opens with ("du", "entre", "les", "des"…). */
const RANGE_OPENER = defineWordClass((w) => RANGE_OPENERS.has(w.key) || DAY_PAIR_OPENERS.has(w.key));

/** Which closing word goes with which opening word. */
const SEPARATORS_FOR: Readonly<Record<string, ReadonlySet<string>>> = {
  du: new Set(['au', 'à']),
  de: new Set(['à', 'au']),
  "d'": new Set(['à', 'au']),
  entre: new Set(['et']),
};
/** "les 25 et 26 mars", "des 18 et 19 décembre": two days of one month. */
const DAY_PAIR_SEPARATORS: ReadonlySet<string> = new Set(['et']);
const ARTICLE_AFTER_SEPARATOR = new Set(['le', "l'", 'la']);

interface Operand {
  readonly expr: AtomicExpr;
  readonly from: number;
  readonly to: number;
  readonly bare: 'day' | 'year' | null;
  readonly confidence: number;
}

/** A bare start: "25" or "lundi 25" (a day), "2019" (a year). */
function bareStart(doc: PreparedDocument, i: number, s: number): Operand | null {
  const first = WEEKDAYS.has(at(doc, i, s)?.key ?? '') ? i + 1 : i;
  const day = dayOf(at(doc, first, s));
  if (day !== null) return { expr: { kind: 'calendar', day }, from: i, to: first + 1, bare: 'day', confidence: 0.9 };
  const year = yearOf(at(doc, i, s));
  if (year !== null) return { expr: { kind: 'calendar', year }, from: i, to: i + 1, bare: 'year', confidence: 0.85 };
  return null;
}

function compatible(a: Operand, b: AtomicExpr): boolean {
  if (a.bare === 'day') return b.kind === 'calendar' && b.day !== undefined && b.month !== undefined;
  if (a.bare === 'year' || (a.expr.kind === 'calendar' && a.expr.month === undefined && a.expr.year !== undefined)) {
    const start = a.expr.kind === 'calendar' ? a.expr.year ?? 0 : 0;
    return b.kind === 'calendar' && b.year !== undefined && b.month === undefined && b.year > start;
  }
  if (a.expr.kind === 'calendar' && b.kind === 'calendar') {
    // Same precision: "de mars à mai", "du 25 mars au 2 avril", "de 2019 à 2022".
    return (a.expr.day === undefined) === (b.day === undefined) && (a.expr.month === undefined) === (b.month === undefined);
  }
  // Two times of day stay two dates ("entre 2h00 et 6h00", "entre jeudi 6h et vendredi 6h"), as the press annotations have them.
  return a.expr.kind === b.kind && a.expr.kind !== 'vague' && a.expr.kind !== 'time' && !('time' in a.expr && a.expr.time !== undefined);
}

function startsWithDigit(key: string): boolean {
  return isAsciiDigit(key.charCodeAt(0));
}

/** Adds a range match wherever OPENER START SEPARATOR END is found. */
export function joinRanges(doc: PreparedDocument, found: readonly DateMatch[]): DateMatch[] {
  const longestAt = new Map<number, DateMatch>();
  for (const m of found) {
    if (m.expr.kind === 'range') continue;
    const prev = longestAt.get(m.from);
    if (prev === undefined || m.to > prev.to) longestAt.set(m.from, m);
  }
  const out = [...found];
  for (const opener of doc.tokens) {
    if ((opener.classes & RANGE_OPENER) === 0) continue;
    const s = opener.sentence;
    const dayPair = DAY_PAIR_OPENERS.has(opener.key);
    const separators = dayPair ? DAY_PAIR_SEPARATORS : SEPARATORS_FOR[opener.key];
    if (separators === undefined) continue;
    if (dayPair && dayOf(at(doc, opener.index + 1, s)) === null) continue;
    let l = opener.index + 1;
    if (opener.key === 'entre' && at(doc, l, s)?.key === 'le') l += 1;
    // Most openers ("de la", "du pays") start no date: a range starts with a date or a number or a weekday.
    const first = at(doc, l, s);
    if (first === undefined || (!longestAt.has(l) && !startsWithDigit(first.key) && !WEEKDAYS.has(first.key))) continue;
    const candidates: Operand[] = [];
    const m = longestAt.get(l);
    if (m !== undefined && m.expr.kind !== 'range') candidates.push({ expr: m.expr, from: m.from, to: m.to, bare: null, confidence: m.confidence });
    const bare = bareStart(doc, l, s);
    if (bare !== null) candidates.push(bare);
    for (const left of candidates) {
      let p = left.to;
      if (at(doc, p, s)?.key === "jusqu'") p += 1;
      if (!separators.has(at(doc, p, s)?.key ?? '')) continue;
      let q = p + 1;
      let right = longestAt.get(q);
      if (right === undefined && ARTICLE_AFTER_SEPARATOR.has(at(doc, q, s)?.key ?? '')) {
        q += 1;
        right = longestAt.get(q);
      }
      let rightExpr: AtomicExpr | undefined = right?.expr.kind === 'range' ? undefined : right?.expr;
      let end = right?.to ?? q;
      // "entre 2019 et 2022": the end year may stand alone too, unless it counts something.
      if (rightExpr === undefined && left.bare === 'year') {
        const y = yearOf(at(doc, q, s));
        if (y !== null && !countsSomething(at(doc, q + 1, s), at(doc, q + 2, s))) {
          rightExpr = { kind: 'calendar', year: y };
          end = q + 1;
        }
      }
      if (rightExpr === undefined || !compatible(left, rightExpr)) continue;
      if (at(doc, end - 1, s) === undefined) continue;
      out.push({
        from: left.from,
        to: end,
        expr: { kind: 'range', from: left.expr, to: rightExpr },
        rule: 'range',
        confidence: Math.min(left.confidence, right?.confidence ?? 0.85),
      });
      break;
    }
  }
  return out;
}
