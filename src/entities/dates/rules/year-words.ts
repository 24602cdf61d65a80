/**
 * A year written in words: "en deux mille vingt-trois", "l'an deux mille",
 * "depuis mille neuf cent quatre-vingt-dix". Only after a cue that leaves no
 * count reading ("en", "l'an", "depuis", "dès", "jusqu'en"), only with
 * "mille" in it (1000–2099), and not before a counted noun ("en deux mille
 * exemplaires" is a print run).
 */
import type { PreparedDocument, Token } from '../../../types.js';
import { readWordNumber } from '../../../quantities/rules/word-number.js';
import { YEAR_WORD_CUES } from '../data.js';
import { at } from '../tokens.js';
import type { DateMatch, DateRule } from '../types.js';
import { countsSomething } from './year.js';

/** The years in words the press writes: from "mille" to "deux mille quatre-vingt-dix-neuf". */
const FIRST_YEAR = 1000;
const LAST_YEAR = 2099;

/** True when one of the tokens from `from` to `to` (excluded) says "mille": "vingt-trois" alone is no year. */
function hasThousand(doc: PreparedDocument, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (doc.tokens[k]?.key === 'mille') return true;
  return false;
}

function match(doc: PreparedDocument, i: number): DateMatch | null {
  const t: Token | undefined = doc.tokens[i];
  if (t === undefined) return null;
  if (!YEAR_WORD_CUES.has(at(doc, i - 1, t.sentence)?.key ?? '')) return null;
  const read = readWordNumber(doc, i);
  if (read === null || read.value < FIRST_YEAR || read.value > LAST_YEAR || !hasThousand(doc, i, read.to)) return null;
  // Every token of the number lies in the sentence of the first (readWordNumber reads words only, no full stop).
  if (countsSomething(at(doc, read.to, t.sentence), at(doc, read.to + 1, t.sentence))) return null;
  return { from: i, to: read.to, expr: { kind: 'calendar', year: read.value }, rule: 'year-words', confidence: 0.8 };
}

export const yearWords: DateRule = {
  id: 'year-words',
  triggers: new Set(['mille', 'deux']),
  match,
};
