/**
 * A capitalised name announced by a press or company noun is an
 * organisation: "l'agence Yonhap", "l'agence de presse russe Tass", "le
 * journal tchèque Denik N", "le groupe Wagner".
 */
import { candidate } from '../candidate.js';
import { ANNOUNCER_FILLERS, ORG_ANNOUNCERS } from '../data/name-context.js';
import type { Candidate, Rule } from '../types.js';

/** How many words may stand between the noun and the name. */
const GAP = 4;

export const orgAnnouncer: Rule = {
  id: 'org-announcer',
  find(a) {
    const out: Candidate[] = [];
    const tokens = a.doc.tokens;
    for (const run of a.runs) {
      if (run.rawStart !== run.tokenStart) continue;
      const sentence = tokens[run.tokenStart]?.sentence;
      for (let i = run.tokenStart - 1, n = 0; i >= 0 && n < GAP; i--, n++) {
        const t = tokens[i];
        if (t === undefined || t.sentence !== sentence) break;
        if (ORG_ANNOUNCERS.has(t.key) && t.key === t.text) {
          out.push(candidate(a, run.tokenStart, run.tokenEnd, { type: 'ORGANIZATION', rule: 'org-announcer', rank: 3, confidence: 0.75 }));
          break;
        }
        const k = a.dictAt[i] ?? -1;
        // Demonyms in between: "le journal tchèque Denik N".
        if (k !== -1 && a.dict[k]?.payload.type === 'NATIONALITY') continue;
        if (!ANNOUNCER_FILLERS.has(t.key)) break;
      }
    }
    return out;
  },
};
