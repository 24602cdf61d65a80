/**
 * A capitalised name followed by a role in apposition: "Kim Jong Un, le
 * dirigeant nord-coréen", "Sergei Shoigu, haut responsable de la sécurité
 * russe", "Patrick Cronin, président de la sécurité Asie-Pacifique".
 */
import { candidate } from '../candidate.js';
import { DEFINITE_ARTICLES } from '../data/name-context.js';
import { PERSON_TITLES } from '../data/titles.js';
import type { Candidate, Rule } from '../types.js';

/** Words allowed between the comma and the role: "le", "haut", "ancien". */
const LEAD: ReadonlySet<string> = new Set(['le', 'la', "l'", 'un', 'une', 'son', 'sa', 'haut', 'haute', 'ancien', 'ancienne', 'nouveau', 'nouvelle', 'actuel', 'actuelle', 'futur', 'future', 'propre', 'vice', 'numéro', 'deux']);

/** Ordinals that are a title only with the noun after them: "premier ministre", "première dame", not "premier syndicat". */
const ORDINAL_TITLES: ReadonlySet<string> = new Set(['premier', 'première']);
const AFTER_ORDINAL: ReadonlySet<string> = new Set(['ministre', 'ministres', 'secrétaire', 'dame', 'adjoint', 'adjointe', 'vice-président', 'vice-présidente', 'magistrat', 'président', 'présidente']);

export const personApposition: Rule = {
  id: 'person-apposition',
  find(a) {
    const out: Candidate[] = [];
    const tokens = a.doc.tokens;
    for (const run of a.runs) {
      const comma = tokens[run.tokenEnd];
      if (comma?.key !== ',' || DEFINITE_ARTICLES.has(tokens[run.tokenStart - 1]?.key ?? '')) continue;
      for (let i = run.tokenEnd + 1, n = 0; n < 3; i++, n++) {
        const t = tokens[i];
        if (t === undefined || t.sentence !== comma.sentence) break;
        if (PERSON_TITLES.has(t.key) && !(ORDINAL_TITLES.has(t.key) && !AFTER_ORDINAL.has(tokens[i + 1]?.key ?? ''))) {
          out.push(candidate(a, run.tokenStart, run.tokenEnd, { type: 'PERSON', rule: 'person-apposition', rank: 3, confidence: 0.85 }));
          break;
        }
        if (!LEAD.has(t.key)) break;
      }
    }
    return out;
  },
};
