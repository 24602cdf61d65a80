/**
 * A département's own service named by its acronym and the département's
 * number is one ORGANIZATION, the number included: "le Sdis 11", "le SDIS
 * 33", "le Samu 31", "la DDTM 11" ("le SDIS" alone is found by the other
 * rules).
 */
import { candidate } from '../candidate.js';
import { DEPARTMENTAL_ACRONYMS } from '../data/acronyms.js';
import type { Candidate, Rule } from '../types.js';

/** A French département's number: 01 to 95, 2A, 2B, 971 to 976. */
const DEPARTMENT_NUMBER = /^(?:0[1-9]|[1-8]\d|9[0-5]|97[1-6]|2[AB])$/u;

export const departmentalBody: Rule = {
  id: 'departmental-body',
  find(a) {
    const out: Candidate[] = [];
    const tokens = a.doc.tokens;
    for (let i = 0; i < tokens.length - 1; i++) {
      const t = tokens[i];
      const n = tokens[i + 1];
      if (t === undefined || n === undefined || t.kind !== 'word' || a.shape[i] === 0 || !DEPARTMENTAL_ACRONYMS.has(t.key)) continue;
      if (!n.spaceBefore || n.sentence !== t.sentence || !DEPARTMENT_NUMBER.test(n.text)) continue;
      out.push(candidate(a, i, i + 2, { type: 'ORGANIZATION', rule: 'departmental-body', rank: 2, confidence: 0.8 }));
    }
    return out;
  },
};
