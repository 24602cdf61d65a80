/**
 * Decades: "les années 1990" → "années 1990", "années 90", "années 2000".
 * Two digits read as the twentieth century ("années 20" → 1920s): the
 * 2020s are written in full.
 */
import type { PreparedDocument } from '../../../types.js';
import { at } from '../tokens.js';
import type { DateMatch, DateRule, DecadeExpr } from '../types.js';

/** "1990", "2000" (a multiple of ten) or "90", "60". */
const DECADE_DIGITS = /^(?:1[0-9]|20|21)?[0-9]0$/u;

/** Parses "années NNNN" at `i` (the token "années"). */
export function parseDecade(doc: PreparedDocument, i: number, sentence: number): { expr: DecadeExpr; end: number } | null {
  const t = at(doc, i, sentence);
  if (t === undefined || (t.key !== 'années' && t.key !== 'annees')) return null;
  const n = at(doc, i + 1, sentence);
  if (n === undefined || n.kind !== 'number' || !DECADE_DIGITS.test(n.key)) return null;
  const value = Number(n.key);
  const decade = n.key.length === 2 ? 1900 + value : value;
  return { expr: { kind: 'decade', decade }, end: i + 2 };
}

export const decade: DateRule = {
  id: 'decade',
  triggers: new Set(['années', 'annees']),
  match(doc: PreparedDocument, i: number): DateMatch | null {
    const t = doc.tokens[i];
    if (t === undefined) return null;
    const parsed = parseDecade(doc, i, t.sentence);
    return parsed === null ? null : { from: i, to: parsed.end, expr: parsed.expr, rule: 'decade', confidence: 0.9 };
  },
};
