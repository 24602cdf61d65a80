/**
 * A month, alone or with its year: "septembre", "en septembre 2023",
 * "sept. 2023", "juillet dernier", "mars prochain".
 *
 * A bare capitalised month in the middle of a sentence is left alone:
 * "sur Mars" is the planet, "Mai" a first name. At the start of a sentence
 * ("En février, …" or "Février a été…") or after a date word ("depuis Mars")
 * it is a month.
 */
import type { PreparedDocument } from '../../../types.js';
import { MONTHS, MONTH_ABBREVIATIONS, SHIFT_WORDS } from '../data.js';
import { at, capitalized, monthAt, yearOf } from '../tokens.js';
import type { CalendarExpr, DateMatch, DateRule } from '../types.js';

/** Words after which a capitalised month is still a month: "depuis Mars 2022", "fin Mars". */
const MONTH_CUES = new Set(['en', 'de', "d'", 'depuis', 'dès', 'des', 'mois', 'début', 'fin', 'mi', 'courant', 'au', 'à', 'et', 'ou', 'avant', 'après']);

/** Parses MONTH [YEAR] [dernier|prochain] at `i`; `bare` allows a month with neither. */
export function parseMonth(
  doc: PreparedDocument,
  i: number,
  sentence: number,
  bare: boolean,
): { expr: CalendarExpr; end: number } | null {
  const t = at(doc, i, sentence);
  if (t === undefined) return null;
  const m = monthAt(doc, i, sentence, true);
  if (m === null) return null;
  const year = yearOf(at(doc, m.end, sentence));
  if (year !== null) return { expr: { kind: 'calendar', year, month: m.month }, end: m.end + 1 };
  // An abbreviation needs its year: "sept." alone may be the numeral.
  if (!MONTHS.has(t.key)) return null;
  const shift = SHIFT_WORDS.get(at(doc, m.end, sentence)?.key ?? '');
  if (shift !== undefined) return { expr: { kind: 'calendar', month: m.month, shift }, end: m.end + 1 };
  return bare ? { expr: { kind: 'calendar', month: m.month }, end: m.end } : null;
}

export const month: DateRule = {
  id: 'month',
  triggers: new Set([...MONTHS.keys(), ...MONTH_ABBREVIATIONS.keys()]),
  match(doc: PreparedDocument, i: number): DateMatch | null {
    const t = doc.tokens[i];
    if (t === undefined) return null;
    const sentence = doc.sentences[t.sentence];
    const prev = at(doc, i - 1, t.sentence);
    const next = at(doc, i + 1, t.sentence);
    const cued = prev !== undefined && MONTH_CUES.has(prev.key);
    // "Mai Lan a chanté": a capitalised month before a name is a first name.
    const name = capitalized(t) && next !== undefined && next.kind === 'word' && capitalized(next);
    const bare = cued || (!name && (!capitalized(t) || sentence === undefined || sentence.tokenStart === i));
    const parsed = parseMonth(doc, i, t.sentence, bare);
    if (parsed === null) return null;
    const confidence = parsed.expr.year !== undefined ? 0.95 : 0.8;
    return { from: i, to: parsed.end, expr: parsed.expr, rule: 'month', confidence };
  },
};
