/**
 * A day and the time written right after it, one span: "jeudi 6h", "le 25
 * mars 2024 10:15", "lundi 7h30". With a word between them ("lundi à
 * 7h30", "mardi soir vers 20h", "hier à 10 heures") the day and the time
 * are two dates, as the press annotations have them. Runs after the span
 * rules, on their matches.
 */
import type { PreparedDocument } from '../../../types.js';
import type { AtomicExpr, DateMatch } from '../types.js';

/** A date precise to the day, which a time can refine. */
function takesTime(e: AtomicExpr): boolean {
  if (e.kind === 'weekday') return e.time === undefined;
  if (e.kind === 'calendar') return e.day !== undefined && e.time === undefined;
  return e.kind === 'offset' && e.unit === 'day' && e.time === undefined;
}

/** Joins each day match with a time match after it; keeps all the originals (the longest wins later). */
export function joinDateTime(doc: PreparedDocument, found: readonly DateMatch[]): DateMatch[] {
  const timesByStart = new Map<number, DateMatch>();
  for (const m of found) if (m.expr.kind === 'time') timesByStart.set(m.from, m);
  if (timesByStart.size === 0) return [...found];
  const out = [...found];
  for (const m of found) {
    const e = m.expr;
    if (e.kind === 'range' || !takesTime(e)) continue;
    const t = timesByStart.get(m.to);
    const first = doc.tokens[m.from];
    const last = t === undefined ? undefined : doc.tokens[t.to - 1];
    if (t === undefined || t.expr.kind !== 'time' || first === undefined || last === undefined || last.sentence !== first.sentence) continue;
    // Object.assign, not a spread copy plus a field: V8 gives each such copy an object shape of its own.
    const expr = Object.assign({}, e, { time: t.expr.time }) as AtomicExpr;
    out.push({ from: m.from, to: t.to, expr, rule: 'date-time', confidence: Math.min(m.confidence, t.confidence) });
  }
  return out;
}
