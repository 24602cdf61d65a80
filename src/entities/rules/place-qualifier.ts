/**
 * A region or a country of the dictionary followed by a position adjective
 * names a part of it: "Sahel central", "Europe occidentale", "Syrie
 * orientale". The part is a LOCATION of subtype region; it has no id, being
 * neither the whole region nor the state.
 */
import { candidate } from '../candidate.js';
import { POSITION_ADJECTIVES } from '../data/geo-features.js';
import type { Candidate, Rule } from '../types.js';

/** Subtypes of places that have parts named this way (not cities). */
const QUALIFIABLE: ReadonlySet<string> = new Set(['region', 'continent', 'country', 'territory']);

export const placeQualifier: Rule = {
  id: 'place-qualifier',
  find(a) {
    const out: Candidate[] = [];
    const tokens = a.doc.tokens;
    for (const m of a.dict) {
      const p = m.payload;
      if (p.type !== 'LOCATION' || !QUALIFIABLE.has(p.subtype ?? '')) continue;
      const next = tokens[m.tokenEnd];
      const last = tokens[m.tokenEnd - 1];
      if (next === undefined || last === undefined || next.sentence !== last.sentence || !next.spaceBefore || next.newlineBefore) continue;
      if (next.kind !== 'word' || a.shape[m.tokenEnd] !== 0 || !POSITION_ADJECTIVES.has(next.key)) continue;
      const canonical = `${p.canonical} ${next.key}`;
      out.push(candidate(a, m.tokenStart, m.tokenEnd + 1, { type: 'LOCATION', rule: 'place-qualifier', rank: 2, confidence: 0.8, canonical, subtype: 'region' }));
    }
    return out;
  },
};
