/**
 * Centuries: "XXe siècle", "XXIᵉ siècle", "20e siècle", "XIXème siècle".
 * The preposition before ("au", "du") stays out of the span.
 */
import type { PreparedDocument, Token } from '../../../types.js';
import { defineWordClass, type WordForm } from '../../../text/word-classes.js';
import { ARTICLES } from '../data.js';
import { at } from '../tokens.js';
import type { CenturyExpr, DateMatch, DateRule } from '../types.js';

/** An ordinal starts with a digit or a Roman numeral letter ("XXIe", "21ᵉ"). */
const ORDINAL_START = '0123456789ivxl';
/** "xxe", "xxie", "20e", "xixème", "xxᵉ": a Roman or Arabic ordinal. */
const ORDINAL = /^(?<n>[ivxl]{1,7}|\d{1,2})(?:e|ème|eme|ᵉ)$/u;
/** An ordinal form ("XXe", "20e"), save the article "le" ("L" + "e"). */
const isOrdinal = (w: WordForm): boolean => ORDINAL.test(w.key) && !ARTICLES.has(w.key);
/** Forms that read as an ordinal: the pattern runs once per form. */
const ORDINAL_WORD = defineWordClass(isOrdinal);
/** Arabic ordinal: "20e" rather than "XXe". */
const ARABIC = /^\d/u;
const ROMAN: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50 };

function romanValue(s: string): number {
  let total = 0;
  for (let k = 0; k < s.length; k++) {
    const v = ROMAN[s.charAt(k)] ?? 0;
    const next = ROMAN[s.charAt(k + 1)] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** Century number of an ordinal token, 1–22, or null. */
function centuryOf(t: Token | undefined): number | null {
  if (t === undefined || (t.classes & ORDINAL_WORD) === 0) return null;
  const m = ORDINAL.exec(t.key);
  const n = m?.groups?.['n'];
  if (n === undefined) return null;
  const value = ARABIC.test(n) ? Number(n) : romanValue(n);
  return value >= 1 && value <= 22 ? value : null;
}

/** Parses ORDINAL "siècle" at `i`. */
export function parseCentury(doc: PreparedDocument, i: number, sentence: number): { expr: CenturyExpr; end: number } | null {
  const century = centuryOf(at(doc, i, sentence));
  const word = at(doc, i + 1, sentence);
  if (century === null || word === undefined || (word.key !== 'siècle' && word.key !== 'siecle')) return null;
  return { expr: { kind: 'century', century }, end: i + 2 };
}

export const century: DateRule = {
  id: 'century',
  // Cheap test first: an ordinal starts with a digit or a Roman numeral letter ("XXIe", "21ᵉ").
  kinds: ['word'],
  firstChars: ORDINAL_START,
  accepts: (t: Token) => (t.classes & ORDINAL_WORD) !== 0,
  acceptsForm: isOrdinal,
  match(doc: PreparedDocument, i: number): DateMatch | null {
    const t = doc.tokens[i];
    if (t === undefined) return null;
    const parsed = parseCentury(doc, i, t.sentence);
    return parsed === null ? null : { from: i, to: parsed.end, expr: parsed.expr, rule: 'century', confidence: 0.9 };
  },
};
