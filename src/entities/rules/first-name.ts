/**
 * A capitalised run that opens with a known first name ("Denis Manturov",
 * "Lloyd Austin") or with an East Asian family name followed by given names
 * ("Kim Kyou-hyun", "Ri Chang Dae", "Shin Wonsik") is a person.
 */
import { candidate } from '../candidate.js';
import { EAST_ASIAN_SURNAME_KEYS, FIRST_NAME_KEYS } from '../lexicons.js';
import type { Candidate, Rule } from '../types.js';

export const firstName: Rule = {
  id: 'first-name',
  find(a) {
    const out: Candidate[] = [];
    for (const run of a.runs) {
      if (run.tokenEnd - run.tokenStart < 2) continue;
      const first = a.doc.tokens[run.tokenStart];
      if (first === undefined) continue;
      if (FIRST_NAME_KEYS.has(first.fold) || EAST_ASIAN_SURNAME_KEYS.has(first.fold)) {
        out.push(candidate(a, run.tokenStart, run.tokenEnd, { type: 'PERSON', rule: 'first-name', rank: 3, confidence: 0.85 }));
      }
    }
    return out;
  },
};
