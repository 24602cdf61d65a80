/**
 * Dictionary hits (user dictionaries, then the built-in gazetteer) as
 * entities with their canonical name, id and subtype: "Etats-Unis" →
 * LOCATION "États-Unis", "Otan" → ORGANIZATION "OTAN".
 */
import { BUILTIN_PRIORITY } from '../../lexicon/builtins.js';
import { candidate } from '../candidate.js';
import { GEO_FEATURE_NOUNS } from '../data/geo-features.js';
import type { Candidate, Rule } from '../types.js';

/** Demonym hits read as names only in lower case or as a capitalised noun; both are NATIONALITY. */
export const dictionaryHit: Rule = {
  id: 'dictionary-hit',
  find(a) {
    const out: Candidate[] = [];
    for (const m of a.dict) {
      const user = m.payload.priority < BUILTIN_PRIORITY;
      const p = m.payload;
      // "la péninsule coréenne", "la mer Baltique": a geographic common noun phrase, not a nationality.
      if (!user && p.type === 'NATIONALITY' && GEO_FEATURE_NOUNS.has(a.doc.tokens[m.tokenStart - 1]?.key ?? '')) continue;
      out.push(
        candidate(a, m.tokenStart, m.tokenEnd, {
          type: p.type,
          canonical: p.canonical,
          id: p.id,
          subtype: p.subtype,
          rule: 'dictionary-hit',
          // User entries beat every other reading; built-ins compete with institutional names.
          rank: user ? 0 : 2,
          confidence: user ? 0.99 : 0.95,
        }),
      );
    }
    return out;
  },
};
