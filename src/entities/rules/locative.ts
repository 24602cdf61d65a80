/**
 * An unknown capitalised name after a locative preposition is a place:
 * "à Kherson", "en Crimée", "vers Bakhmout", "depuis Sébastopol", "À Lacanau, …".
 */
import { candidate } from '../candidate.js';
import { LOCATIVE_PREPOSITIONS } from '../data/name-context.js';
import type { Candidate, Rule } from '../types.js';

export const locative: Rule = {
  id: 'locative',
  find(a) {
    const out: Candidate[] = [];
    for (const run of a.runs) {
      const prev = a.doc.tokens[run.tokenStart - 1];
      // "À Lacanau, …": a capitalised preposition opening the sentence is stripped from the run but still locates.
      if (run.rawStart !== run.tokenStart && !(run.rawStart === run.tokenStart - 1 && prev !== undefined && LOCATIVE_PREPOSITIONS.has(prev.key))) continue;
      if (prev === undefined || !LOCATIVE_PREPOSITIONS.has(prev.key)) continue;
      out.push(candidate(a, run.tokenStart, run.tokenEnd, { type: 'LOCATION', rule: 'locative', rank: 4, confidence: 0.6 }));
    }
    return out;
  },
};
