/**
 * The "… sans frontières" NGOs, named after the trade of their members: "Avocats sans frontières", "Reporters sans
 * frontières", "Pharmaciens sans frontières", "Ingénieurs sans frontières". A capitalised plural noun the dictionary
 * does not know, then "sans frontières": one ORGANIZATION ("une Europe sans frontières" names a place, no body).
 */
import { candidate } from '../candidate.js';
import type { Candidate, Rule } from '../types.js';

/** A plural noun: "Avocats", "Vétérinaires", "Travailleurs". */
const PLURAL = /[sx]$/u;

export const sansFrontieres: Rule = {
  id: 'sans-frontieres',
  find(a) {
    const out: Candidate[] = [];
    const tokens = a.doc.tokens;
    for (let i = 1; i + 1 < tokens.length; i++) {
      const t = tokens[i];
      if (t === undefined || t.key !== 'sans' || tokens[i + 1]?.key !== 'frontières' || a.shape[i] !== 0 || a.shape[i + 1] !== 0) continue;
      const noun = tokens[i - 1];
      if (noun === undefined || noun.kind !== 'word' || a.shape[i - 1] === 0 || a.dictAt[i - 1] !== -1 || !PLURAL.test(noun.key)) continue;
      if (noun.sentence !== t.sentence || tokens[i + 1]?.sentence !== t.sentence) continue;
      out.push(candidate(a, i - 1, i + 2, { type: 'ORGANIZATION', rule: 'sans-frontieres', rank: 2, confidence: 0.8 }));
    }
    return out;
  },
};
