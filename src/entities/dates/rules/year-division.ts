/**
 * Quarters and half-years by ordinal: "premier trimestre", "au deuxième
 * trimestre 2024" → "deuxième trimestre 2024", "second semestre de 2023".
 * The span leaves out the article or preposition before the ordinal, as for
 * absolute dates; the year, when written, belongs to it.
 */
import type { PreparedDocument } from '../../../types.js';
import { DIVISION_ORDINALS, YEAR_DIVISIONS } from '../data.js';
import { at, yearOf } from '../tokens.js';
import type { DateMatch, DateRule, DivisionExpr } from '../types.js';

function match(doc: PreparedDocument, i: number): DateMatch | null {
  const t = doc.tokens[i];
  if (t === undefined) return null;
  const s = t.sentence;
  const index = DIVISION_ORDINALS.get(t.key);
  const division = YEAR_DIVISIONS.get(at(doc, i + 1, s)?.key ?? '');
  if (index === undefined || division === undefined || (division === 'H' && index > 2)) return null;
  const hit = (to: number, expr: DivisionExpr): DateMatch => ({ from: i, to, expr, rule: 'year-division', confidence: 0.85 });
  const next = at(doc, i + 2, s);
  const year = yearOf(next, 1900, 2099);
  if (year !== null) return hit(i + 3, { kind: 'division', division, index, year });
  // "du premier trimestre de 2024".
  if (next !== undefined && (next.key === 'de' || next.key === "d'")) {
    const y = yearOf(at(doc, i + 3, s), 1900, 2099);
    if (y !== null) return hit(i + 4, { kind: 'division', division, index, year: y });
  }
  return hit(i + 2, { kind: 'division', division, index });
}

export const yearDivision: DateRule = {
  id: 'year-division',
  triggers: new Set(DIVISION_ORDINALS.keys()),
  match,
};
