/**
 * A unit of the dictionaries named by its town is that town's unit, one
 * ORGANIZATION with the town: "le PGHM de Bourg-Saint-Maurice" is the
 * "peloton de gendarmerie de haute montagne de Bourg-Saint-Maurice" (as "la
 * brigade de Lamballe" is one body). Only a town right after "de" or "d'"
 * counts: one of the dictionaries, or a capitalised word they do not know.
 */
import { candidate } from '../candidate.js';
import { TOWN_UNIT_IDS } from '../data/org-heads.js';
import type { Analysis, Candidate, Rule } from '../types.js';

const OF = new Set(['de', "d'"]);

/** End of the town at `i`: a town of the dictionaries, or one capitalised word they do not know ("Bourg-Saint-Maurice"); -1 if none. */
function townEnd(a: Analysis, i: number): number {
  const t = a.doc.tokens[i];
  if (t === undefined || t.kind !== 'word' || a.shape[i] === 0) return -1;
  const k = a.dictAt[i] ?? -1;
  if (k === -1) return i + 1;
  const town = a.dict[k];
  return town !== undefined && town.tokenStart === i && town.payload.type === 'LOCATION' && town.payload.id?.startsWith('city:') === true ? town.tokenEnd : -1;
}

export const townUnit: Rule = {
  id: 'town-unit',
  find(a) {
    const out: Candidate[] = [];
    for (const m of a.dict) {
      if (m.payload.id === undefined || !TOWN_UNIT_IDS.has(m.payload.id)) continue;
      const of = a.doc.tokens[m.tokenEnd];
      if (of === undefined || !OF.has(of.key)) continue;
      const end = townEnd(a, m.tokenEnd + 1);
      if (end === -1) continue;
      const place = a.doc.text.slice(of.start, a.doc.tokens[end - 1]?.end ?? of.end);
      out.push(candidate(a, m.tokenStart, end, { type: 'ORGANIZATION', rule: 'town-unit', rank: 2, confidence: 0.8, canonical: `${m.payload.canonical} ${place}` }));
    }
    return out;
  },
};
