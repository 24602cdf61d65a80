/**
 * A legislature or a high court of the dictionaries followed by the country
 * or the region it belongs to is one ORGANIZATION, the place included:
 * "l'Assemblée nationale de la Republika Srpska", "le Parlement de
 * Catalogne", "la Cour suprême du Brésil" (as "le Congrès américain" is one).
 * A town after it is a seat, not an owner ("le Parlement de Strasbourg").
 */
import { candidate } from '../candidate.js';
import { PLACED_LEGISLATURES } from '../data/org-heads.js';
import type { Analysis, Candidate, Rule } from '../types.js';

/** "de", "du", "des", "d'" and "de la", "de l'" before the owner's name. */
const OF = new Set(['de', 'du', 'des', "d'"]);
const AFTER_DE = new Set(['la', "l'"]);

/** A country's or a region's dictionary id. */
const OWNER_ID = /^(?:iso|region):/u;

/** The token after "de", "de la", "du"... at `i`, or -1. */
function afterOf(a: Analysis, i: number): number {
  const t = a.doc.tokens[i];
  if (t === undefined || !OF.has(t.key)) return -1;
  return t.key === 'de' && AFTER_DE.has(a.doc.tokens[i + 1]?.key ?? '') ? i + 2 : i + 1;
}

export const legislatureOfPlace: Rule = {
  id: 'legislature-of-place',
  find(a) {
    const out: Candidate[] = [];
    for (const m of a.dict) {
      if (m.payload.type !== 'ORGANIZATION') continue;
      const folds: string[] = [];
      for (let i = m.tokenStart; i < m.tokenEnd; i++) folds.push(a.doc.tokens[i]?.fold ?? '');
      if (!PLACED_LEGISLATURES.has(folds.join(' '))) continue;
      const j = afterOf(a, m.tokenEnd);
      const k = j === -1 ? -1 : (a.dictAt[j] ?? -1);
      const place = k === -1 ? undefined : a.dict[k];
      if (place === undefined || place.tokenStart !== j || place.payload.type !== 'LOCATION' || !OWNER_ID.test(place.payload.id ?? '')) continue;
      out.push(candidate(a, m.tokenStart, place.tokenEnd, { type: 'ORGANIZATION', rule: 'legislature-of-place', rank: 2, confidence: 0.8 }));
    }
    return out;
  },
};
