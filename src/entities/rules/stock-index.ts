/**
 * A stock-market index ("le CAC 40", "le S&P 500", "le Dow Jones") is claimed
 * as one span and dropped from the output: no ORGANIZATION "CAC", no
 * company "S&P" inside it.
 */
import { candidate } from '../candidate.js';
import { STOCK_INDICES } from '../data/markets.js';
import { BLOCKED, type Analysis, type Candidate, type Rule } from '../types.js';

/** Longest index name, in tokens ("s & p 500", "stoxx europe 600"). */
const MAX_TOKENS = 4;

/** First words of the index names. */
const HEADS: ReadonlySet<string> = new Set([...STOCK_INDICES].map((name) => name.split(' ')[0] ?? name));

/** End of the longest index name whose first token is at `i`, or -1. */
function indexEnd(a: Analysis, i: number): number {
  const tokens = a.doc.tokens;
  const sentence = tokens[i]?.sentence;
  let key = '';
  let end = -1;
  for (let n = 0; n < MAX_TOKENS; n++) {
    const t = tokens[i + n];
    if (t === undefined || t.sentence !== sentence || t.newlineBefore) break;
    key = n === 0 ? t.key : `${key} ${t.key}`;
    if (STOCK_INDICES.has(key)) end = i + n + 1;
  }
  return end;
}

export const stockIndex: Rule = {
  id: 'stock-index',
  find(a) {
    const out: Candidate[] = [];
    const tokens = a.doc.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (a.shape[i] === 0 || !HEADS.has(tokens[i]?.key ?? '')) continue;
      const end = indexEnd(a, i);
      if (end === -1) continue;
      out.push(candidate(a, i, end, { type: BLOCKED, rule: 'stock-index', rank: 1, confidence: 0.5 }));
      i = end - 1;
    }
    return out;
  },
};
