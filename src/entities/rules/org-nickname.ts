/**
 * A capitalised common noun that stands for an organisation named
 * elsewhere in the story: "l'Alliance" is NATO when NATO is named ("le
 * secrétaire général de l'Alliance", "l'Alliance défendrait chaque pouce"),
 * not "l'Alliance des États du Sahel" nor "l'Alliance pour la démocratie"
 * (a complement makes it another body's name).
 */
import { candidate } from '../candidate.js';
import { ORG_NICKNAMES } from '../data/org-heads.js';
import type { DictionaryMatch } from '../../lexicon/dictionary.js';
import type { Analysis, Candidate, Rule } from '../types.js';

/** Words after the noun that make it part of another name: "l'Alliance des États du Sahel", "Alliance pour…". */
const COMPLEMENTS: ReadonlySet<string> = new Set(['de', 'des', 'du', "d'", 'pour', 'nationale', 'démocratique', 'populaire', 'patriotique', 'républicaine']);

/** The first dictionary hit of each organisation id the nicknames point to. */
function namedOrganizations(a: Analysis): Map<string, DictionaryMatch> {
  const wanted = new Set(ORG_NICKNAMES.values());
  const out = new Map<string, DictionaryMatch>();
  for (const m of a.dict) {
    const id = m.payload.id;
    if (id !== undefined && wanted.has(id) && !out.has(id)) out.set(id, m);
  }
  return out;
}

export const orgNickname: Rule = {
  id: 'org-nickname',
  find(a) {
    const out: Candidate[] = [];
    let named: Map<string, DictionaryMatch> | undefined;
    const tokens = a.doc.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t === undefined || a.shape[i] === 0 || a.dictAt[i] !== -1) continue;
      const id = ORG_NICKNAMES.get(t.key);
      if (id === undefined) continue;
      // After its definite article, with no complement of its own.
      const before = tokens[i - 1]?.key;
      const next = tokens[i + 1];
      if ((before !== "l'" && before !== 'la') || COMPLEMENTS.has(next?.key ?? '') || (next !== undefined && next.sentence === t.sentence && a.shape[i + 1] !== 0 && next.spaceBefore)) continue;
      named ??= namedOrganizations(a);
      const org = named.get(id);
      if (org === undefined) continue;
      out.push(candidate(a, i, i + 1, { type: 'ORGANIZATION', canonical: org.payload.canonical, id, subtype: org.payload.subtype, rule: 'org-nickname', rank: 3, confidence: 0.75 }));
    }
    return out;
  },
};
