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

/** Feasts whose names are also common nouns: only after "l'". */
const ARTICLED: ReadonlySet<string> = new Set(['ascension', 'assomption', 'épiphanie']);

/**
 * Nouns of the days around a feast: "le week-end de Noël", "le pont de l'Ascension", and the days named after one,
 * "le lundi de Pâques", "le lundi de Pentecôte", "le dimanche de Pâques".
 */
const AROUND: ReadonlySet<string> = new Set(['week-end', 'weekend', 'pont', 'lundi', 'dimanche']);

/** Start of "week-end de (l', la) " before the feast at `i`, or -1. */
function aroundStart(doc: PreparedDocument, i: number, sentence: number): number {
  let k = i - 1;
  const article = at(doc, k, sentence)?.key;
  if (article === "l'" || article === 'la') k--;
  const of = at(doc, k, sentence)?.key;
  if (of !== 'de' && of !== "d'") return -1;
  return AROUND.has(at(doc, k - 1, sentence)?.key ?? '') ? k - 1 : -1;
}

/** Feasts the press writes in lower case ("le ramadan"); only after an article. */
const LOWER_CASE_FEASTS: ReadonlySet<string> = new Set(['ramadan']);
const DEFINITE: ReadonlySet<string> = new Set(['le', 'du', 'au']);

/** End of "Nouvel An" ("nouvel an" after its article) at `i`, or of "jour de l'An" (capital A), or -1. */
function newYearEnd(doc: PreparedDocument, i: number): number {
  const t = doc.tokens[i];
  if (t === undefined) return -1;
  const s = t.sentence;
  // "le Nouvel An", "au nouvel an"; not "un nouvel an de crise".
  if (t.key === 'nouvel' && at(doc, i + 1, s)?.key === 'an' && (t.text === 'Nouvel' || DEFINITE.has(at(doc, i - 1, s)?.key ?? ''))) return i + 2;
  if (t.key === 'jour' && at(doc, i + 1, s)?.key === 'de' && at(doc, i + 2, s)?.key === "l'" && at(doc, i + 3, s)?.text === 'An') return i + 4;
  return -1;
}

export const holiday: DateRule = {
  id: 'holiday',
  triggers: new Set([...HOLIDAYS.keys(), 'nouvel', 'jour']),
  kinds: ['word'],
  match(doc: PreparedDocument, i: number): DateMatch | null {
    const t = doc.tokens[i];
    if (t === undefined) return null;
    const newYear = newYearEnd(doc, i);
    if (newYear !== -1) return { from: i, to: newYear, expr: { kind: 'calendar', month: 1, day: 1 }, rule: 'holiday', confidence: 0.85 };
    // "pendant le ramadan": a feast French spells in lower case, after its article.
    const lower = LOWER_CASE_FEASTS.has(t.text) && DEFINITE.has(at(doc, i - 1, t.sentence)?.key ?? '');
    if (t.text.charAt(0) === t.key.charAt(0) && !lower) return null;
    const day = HOLIDAYS.get(t.key);
    if (day === undefined) return null;
    // "Noël Mamère", "Toussaint Louverture": a first name; "l'île de Pâques": a place.
    const next = at(doc, i + 1, t.sentence);
    if (next !== undefined && next.kind === 'word' && next.text.charAt(0) !== next.key.charAt(0)) return null;
    const prev = at(doc, i - 1, t.sentence);
    if ((prev?.key === 'de' || prev?.key === "d'") && (at(doc, i - 2, t.sentence)?.key ?? '').startsWith('île')) return null;
    // "l'Ascension", "l'Assomption": feasts named like common nouns take their article ("Ascension sociale" is no feast).
    if (ARTICLED.has(t.key) && prev?.key !== "l'") return null;
    const year = yearOf(at(doc, i + 1, t.sentence), 1900, 2099);
    const to = year === null ? i + 1 : i + 2;
    // "le week-end de l'Ascension", "le pont de la Toussaint": the days around the feast, one period.
    const around = aroundStart(doc, i, t.sentence);
    if (around !== -1) return { from: around, to, expr: { kind: 'vague' }, rule: 'holiday', confidence: 0.8 };
    if (day === null) return { from: i, to, expr: { kind: 'vague' }, rule: 'holiday', confidence: 0.8 };
    const expr = year === null ? { kind: 'calendar' as const, month: day[0], day: day[1] } : { kind: 'calendar' as const, year, month: day[0], day: day[1] };
    return { from: i, to, expr, rule: 'holiday', confidence: 0.85 };
  },
};
