/**
 * Quarters and half-years: "premier trimestre 2024", "au deuxième
 * trimestre" → "deuxième trimestre", "second semestre de 2023". The span
 * starts at the ordinal (the preposition or article before it is left out,
 * as for "le 25 mars"); a year may follow, directly or after "de".
 * "trois trimestres" (a count) and "ce trimestre" (relative-unit) are not
 * read here.
 */
import type { PreparedDocument } from '../../../types.js';
import { PERIOD_ORDINALS, YEAR_PERIODS } from '../data.js';
import { at, yearOf } from '../tokens.js';
import type { DateMatch, DateRule, YearPeriodExpr } from '../types.js';

/** How many of each period a year has. */
const PER_YEAR = { quarter: 4, half: 2 } as const;

/** Parses ORDINAL trimestre|semestre [de] [YEAR] at `i`. */
export function parseYearPeriod(doc: PreparedDocument, i: number, sentence: number): { expr: YearPeriodExpr; end: number } | null {
  const index = PERIOD_ORDINALS.get(at(doc, i, sentence)?.key ?? '');
  const period = YEAR_PERIODS.get(at(doc, i + 1, sentence)?.key ?? '');
  if (index === undefined || period === undefined || index > PER_YEAR[period]) return null;
  const direct = yearOf(at(doc, i + 2, sentence));
  if (direct !== null) return { expr: { kind: 'year-period', period, index, year: direct }, end: i + 3 };
  const afterDe = at(doc, i + 2, sentence)?.key === 'de' ? yearOf(at(doc, i + 3, sentence)) : null;
  if (afterDe !== null) return { expr: { kind: 'year-period', period, index, year: afterDe }, end: i + 4 };
  return { expr: { kind: 'year-period', period, index }, end: i + 2 };
}

export const yearPeriod: DateRule = {
  id: 'year-period',
  triggers: new Set(PERIOD_ORDINALS.keys()),
  match(doc: PreparedDocument, i: number): DateMatch | null {
    const t = doc.tokens[i];
    if (t === undefined) return null;
    const parsed = parseYearPeriod(doc, i, t.sentence);
    return parsed === null ? null : { from: i, to: parsed.end, expr: parsed.expr, rule: 'year-period', confidence: 0.9 };
  },
};
