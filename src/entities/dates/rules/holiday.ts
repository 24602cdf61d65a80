/**
 * Fixed holidays are dates: "Noël", "la Toussaint" → "Toussaint", "la
 * Saint-Sylvestre", with the year when one follows ("Noël 2023"). The value is the day, resolved
 * like "25 décembre". Movable feasts ("Pâques", "l'Aïd") are dates with no
 * value. Only capitalised: "un noël" is a carol.
 */
import type { PreparedDocument } from '../../../types.js';
import { HOLIDAYS } from '../data.js';
import { at, yearOf } from '../tokens.js';
import type { DateMatch, DateRule } from '../types.js';

export const holiday: DateRule = {
  id: 'holiday',
  triggers: new Set(HOLIDAYS.keys()),
  kinds: ['word'],
  match(doc: PreparedDocument, i: number): DateMatch | null {
    const t = doc.tokens[i];
    if (t === undefined || t.text.charAt(0) === t.key.charAt(0)) return null;
    const day = HOLIDAYS.get(t.key);
    if (day === undefined) return null;
    // "Noël Mamère", "Toussaint Louverture": a first name; "l'île de Pâques": a place.
    const next = at(doc, i + 1, t.sentence);
    if (next !== undefined && next.kind === 'word' && next.text.charAt(0) !== next.key.charAt(0)) return null;
    const prev = at(doc, i - 1, t.sentence);
    if ((prev?.key === 'de' || prev?.key === "d'") && (at(doc, i - 2, t.sentence)?.key ?? '').startsWith('île')) return null;
    const year = yearOf(at(doc, i + 1, t.sentence), 1900, 2099);
    const to = year === null ? i + 1 : i + 2;
    if (day === null) return { from: i, to, expr: { kind: 'vague' }, rule: 'holiday', confidence: 0.8 };
    const expr = year === null ? { kind: 'calendar' as const, month: day[0], day: day[1] } : { kind: 'calendar' as const, year, month: day[0], day: day[1] };
    return { from: i, to, expr, rule: 'holiday', confidence: 0.85 };
  },
};
