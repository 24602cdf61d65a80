/**
 * Seasons: "l'automne dernier", "cet été", "le printemps prochain" (the
 * determiner stays: relative), "printemps 2023" and "l'été 2023" (the
 * article goes: absolute). With its article alone the season is the one
 * the story is about, before or after the reference date as the tense says
 * ("avant l'hiver", "depuis l'été"); "en hiver" is generic and not tagged,
 * and "été" without an article is the participle of "être".
 */
import type { PreparedDocument, Token } from '../../../types.js';
import { ARTICLES, DEMONSTRATIVES, SEASONS, SHIFT_WORDS } from '../data.js';
import { at, capitalized, yearOf } from '../tokens.js';
import type { DateMatch, DateRule, SeasonExpr } from '../types.js';

/**
 * A season capitalised inside its sentence is a name: "le Printemps arabe", "le Printemps de Prague", "le Printemps
 * marseillais" (a party), "les magasins Printemps". The press writes the seasons in lower case.
 */
function namedSeason(doc: PreparedDocument, i: number, t: Token): boolean {
  return capitalized(t) && at(doc, i - 1, t.sentence) !== undefined;
}

/** Parses SEASON YEAR or SEASON dernier|prochain at `i`; with `determined`, also a bare SEASON. */
export function parseSeason(
  doc: PreparedDocument,
  i: number,
  sentence: number,
  determined: boolean,
): { expr: SeasonExpr; end: number } | null {
  const t = at(doc, i, sentence);
  const season = SEASONS.get(t?.key ?? '');
  if (t === undefined || season === undefined || namedSeason(doc, i, t)) return null;
  const next = at(doc, i + 1, sentence);
  const year = yearOf(next);
  if (year !== null) return { expr: { kind: 'season', season, year }, end: i + 2 };
  const shift = SHIFT_WORDS.get(next?.key ?? '');
  if (shift !== undefined) return { expr: { kind: 'season', season, shift }, end: i + 2 };
  return determined ? { expr: { kind: 'season', season }, end: i + 1 } : null;
}

function match(doc: PreparedDocument, i: number): DateMatch | null {
  const t = doc.tokens[i];
  if (t === undefined) return null;
  const s = t.sentence;
  const hit = (from: number, to: number, expr: SeasonExpr): DateMatch => ({ from, to, expr, rule: 'season', confidence: 0.85 });
  if (DEMONSTRATIVES.has(t.key)) {
    const p = parseSeason(doc, i + 1, s, true);
    if (p === null || p.expr.year !== undefined) return null;
    // Object.assign, not a spread copy plus a field: V8 gives each such copy an object shape of its own.
    return hit(i, p.end, Object.assign({}, p.expr, { shift: p.expr.shift ?? 0 }));
  }
  if (ARTICLES.has(t.key)) {
    const p = parseSeason(doc, i + 1, s, true);
    if (p === null) return null;
    // "l'automne dernier" keeps its article; "l'été 2023" drops it.
    return p.expr.year !== undefined ? hit(i + 1, p.end, p.expr) : hit(i, p.end, p.expr);
  }
  // "jusqu'au printemps", "au printemps": the contracted article stays out, like "du"; the season is the story's.
  const contracted = at(doc, i - 1, s)?.key === 'au' && t.key !== 'été';
  const p = parseSeason(doc, i, s, contracted);
  if (p === null) return null;
  // "a été écoulée", "ont été passés": without a determiner, "été" is the participle, save before a year ("été 2023").
  if (t.key === 'été' && p.expr.year === undefined) return null;
  return hit(i, p.end, p.expr);
}

export const season: DateRule = {
  id: 'season',
  triggers: new Set([...DEMONSTRATIVES, ...ARTICLES, ...SEASONS.keys()]),
  nextForm: { keys: new Set([...DEMONSTRATIVES, ...ARTICLES]), form: (w) => SEASONS.has(w.key) },
  match,
};
