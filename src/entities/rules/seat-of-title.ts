/**
 * An unknown name after a local office and its "de" is the town the office
 * is held in: "le maire de Petit-Caux", "le bourgmestre d'Anderlues", "le
 * préfet de Haute-Corse" (LOCATION, a weak guess that a stronger reading of
 * the same words overrides).
 */
import { candidate } from '../candidate.js';
import { LOCAL_OFFICES } from '../data/titles.js';
import type { Candidate, Rule } from '../types.js';

export const seatOfTitle: Rule = {
  id: 'seat-of-title',
  find(a) {
    const out: Candidate[] = [];
    const tokens = a.doc.tokens;
    for (const run of a.runs) {
      if (run.rawStart !== run.tokenStart) continue;
      const of = tokens[run.tokenStart - 1];
      const office = tokens[run.tokenStart - 2];
      if (of === undefined || office === undefined || (of.key !== 'de' && of.key !== "d'") || !LOCAL_OFFICES.has(office.key) || office.sentence !== tokens[run.tokenStart]?.sentence) continue;
      out.push(candidate(a, run.tokenStart, run.tokenEnd, { type: 'LOCATION', rule: 'seat-of-title', rank: 4, confidence: 0.6 }));
    }
    return out;
  },
};
