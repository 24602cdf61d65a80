/**
 * Every capitalised run no other rule typed, kept as UNKNOWN so that the
 * link-persons refiner can recognise a surname ("Narychkine" after "Sergueï
 * Narychkine"); what stays unknown is dropped.
 */
import { candidate } from '../candidate.js';
import { UNKNOWN, type Candidate, type Rule } from '../types.js';

export const unknownName: Rule = {
  id: 'unknown-name',
  find(a) {
    const out: Candidate[] = [];
    for (const run of a.runs) {
      out.push(candidate(a, run.tokenStart, run.tokenEnd, { type: UNKNOWN, rule: 'unknown-name', rank: 9, confidence: 0.5 }));
    }
    return out;
  },
};
