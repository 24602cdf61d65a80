/**
 * A capitalised run that ends or opens with an organisation head of another
 * language is an organisation, the whole run: "British Council", "Disney
 * Channel", "Liga MX Femenil", "Banco Santander".
 */
import { candidate } from '../candidate.js';
import { LEADING_ORG_HEADS, TRAILING_ORG_HEADS } from '../data/foreign-org-heads.js';
import type { Candidate, Rule } from '../types.js';

export const orgForeignHead: Rule = {
  id: 'org-foreign-head',
  find(a) {
    const out: Candidate[] = [];
    const tokens = a.doc.tokens;
    for (const run of a.runs) {
      if (run.tokenEnd - run.tokenStart < 2) continue;
      const first = tokens[run.tokenStart];
      const last = tokens[run.tokenEnd - 1];
      if (first === undefined || last === undefined) continue;
      if (LEADING_ORG_HEADS.has(first.key) || (TRAILING_ORG_HEADS.has(last.key) && run.tokenEnd - run.tokenStart >= 2)) {
                out.push(candidate(a, run.tokenStart, run.tokenEnd, { type: 'ORGANIZATION', rule: 'org-foreign-head', rank: 3, confidence: 0.7 }));
      }
    }
    return out;
  },
};
