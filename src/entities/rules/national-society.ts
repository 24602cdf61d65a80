/**
 * A movement's national society, named by the movement and a lower-case demonym right after it: "le Croissant-Rouge
 * soudanais", "la Croix-Rouge française" (data/org-heads.ts, NATIONAL_SOCIETY_IDS). One ORGANIZATION, its canonical
 * the name as written: the society is not the whole movement.
 */
import { candidate } from '../candidate.js';
import { NATIONAL_SOCIETY_IDS } from '../data/org-heads.js';
import { hitAt } from '../analysis.js';
import type { Candidate, Rule } from '../types.js';

export const nationalSociety: Rule = {
  id: 'national-society',
  find(a) {
    const out: Candidate[] = [];
    const tokens = a.doc.tokens;
    for (const m of a.dict) {
      if (m.payload.type !== 'ORGANIZATION' || !NATIONAL_SOCIETY_IDS.has(m.payload.id ?? '')) continue;
      const demonym = hitAt(a, m.tokenEnd);
      const t = tokens[m.tokenEnd];
      if (demonym === undefined || t === undefined || demonym.tokenStart !== m.tokenEnd || demonym.payload.type !== 'NATIONALITY') continue;
      if (a.shape[m.tokenEnd] !== 0 || !t.spaceBefore || t.newlineBefore || t.sentence !== tokens[m.tokenStart]?.sentence) continue;
      const c = candidate(a, m.tokenStart, demonym.tokenEnd, { type: 'ORGANIZATION', rule: 'national-society', rank: 2, confidence: 0.8 });
      out.push({ ...c, canonical: a.doc.text.slice(c.start, c.end) });
    }
    return out;
  },
};
