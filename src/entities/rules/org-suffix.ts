/**
 * A company of the dictionary followed by a capitalised corporate word
 * names one of its subsidiaries or divisions, one organisation: "RATP Dev",
 * "EDF Renewables", "Airbus Defence", "Orange Business", "TotalEnergies
 * Marketing". The dictionary name alone would cut the name short.
 */
import { candidate } from '../candidate.js';
import { CORPORATE_SUFFIXES } from '../data/org-heads.js';
import type { Candidate, Rule } from '../types.js';

/** Subtypes of the dictionary organisations that have subsidiaries named this way. */
const CORPORATE: ReadonlySet<string> = new Set(['company', 'media', 'agency']);

export const orgSuffix: Rule = {
  id: 'org-suffix',
  find(a) {
    const out: Candidate[] = [];
    const tokens = a.doc.tokens;
    for (const m of a.dict) {
      if (m.payload.type !== 'ORGANIZATION' || !CORPORATE.has(m.payload.subtype ?? '')) continue;
      let end = m.tokenEnd;
      // "Airbus Defence and Space": the corporate word and the capitalised words glued to it by a space.
      while (end - m.tokenEnd < 3) {
        const t = tokens[end];
        if (t === undefined || t.kind !== 'word' || !t.spaceBefore || t.newlineBefore || a.shape[end] === 0 || a.dictAt[end] !== -1) break;
        if (end === m.tokenEnd && !CORPORATE_SUFFIXES.has(t.key)) break;
        end++;
      }
      if (end > m.tokenEnd) out.push(candidate(a, m.tokenStart, end, { type: 'ORGANIZATION', rule: 'org-suffix', rank: 2, confidence: 0.7 }));
    }
    return out;
  },
};
