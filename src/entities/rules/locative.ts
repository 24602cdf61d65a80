/**
 * An unknown capitalised name after a locative preposition is a place:
 * "à Kherson", "en Crimée", "vers Bakhmout", "depuis Sébastopol".
 */
import { candidate } from '../candidate.js';
import { LOCATIVE_PREPOSITIONS } from '../data/name-context.js';
import type { Candidate, Rule } from '../types.js';

export const locative: Rule = {
  id: 'locative',
  find(a) {
    const out: Candidate[] = [];
    for (const run of a.runs) {
      if (run.rawStart !== run.tokenStart) continue;
      const prev = a.doc.tokens[run.tokenStart - 1];
      if (prev === undefined || !LOCATIVE_PREPOSITIONS.has(prev.key)) continue;
      out.push(candidate(a, run.tokenStart, run.tokenEnd, { type: 'LOCATION', rule: 'locative', rank: 4, confidence: 0.6 }));
    }
    return out;
  },
};
