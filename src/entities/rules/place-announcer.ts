/**
 * A capitalised name after a place noun and "de" is a place: "la ville de
 * Kharkiv", "la région de Koursk", "l'État de Californie", "l'aéroport de
 * Roissy". Only the name is the entity.
 */
import { candidate } from '../candidate.js';
import { PLACE_ANNOUNCERS } from '../data/name-shapes.js';
import type { Candidate, Rule } from '../types.js';

export const placeAnnouncer: Rule = {
  id: 'place-announcer',
  find(a) {
    const out: Candidate[] = [];
    const tokens = a.doc.tokens;
    for (const run of a.runs) {
      if (run.rawStart !== run.tokenStart) continue;
      const of = tokens[run.tokenStart - 1];
      const noun = tokens[run.tokenStart - 2];
      if (of === undefined || noun === undefined || (of.key !== 'de' && of.key !== "d'")) continue;
      if (!PLACE_ANNOUNCERS.has(noun.key) || a.shape[run.tokenStart - 2] !== 0) continue;
      out.push(candidate(a, run.tokenStart, run.tokenEnd, { type: 'LOCATION', rule: 'place-announcer', rank: 3, confidence: 0.7 }));
    }
    return out;
  },
};
