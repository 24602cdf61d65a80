/**
 * "Région" capitalised after "la" names a French regional council, as the
 * press writes it: "financé par la Région Bretagne" is one ORGANIZATION, the
 * "conseil régional de Bretagne"; "la Région" alone later in the same story
 * is that council again. A lower-case "la région Bretagne" stays a place, and
 * a bare "la Région" in a story naming no région's council is left alone.
 */
import { candidate } from '../candidate.js';
import { REGIONAL_COUNCILS } from '../data/regional-councils.js';
import type { Analysis, Candidate, Rule } from '../types.js';

/** The council a "Région" at `i` names with the région after it, and the token after that name; null if none. */
function namedCouncil(a: Analysis, i: number): { canonical: string; end: number } | null {
  const k = a.dictAt[i + 1] ?? -1;
  const m = k === -1 ? undefined : a.dict[k];
  if (m === undefined || m.tokenStart !== i + 1 || m.payload.id === undefined) return null;
  const canonical = REGIONAL_COUNCILS.get(m.payload.id);
  return canonical === undefined ? null : { canonical, end: m.tokenEnd };
}

export const regionalCouncil: Rule = {
  id: 'regional-council',
  find(a) {
    const tokens = a.doc.tokens;
    const named: { i: number; canonical: string; end: number }[] = [];
    const bare: number[] = [];
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i];
      if (t === undefined || t.text !== 'Région' || tokens[i - 1]?.fold !== 'la') continue;
      const council = namedCouncil(a, i);
      if (council === null) bare.push(i);
      else named.push({ i, ...council });
    }
    if (named.length === 0) return [];
    const out: Candidate[] = [];
    const init = { type: 'ORGANIZATION', rule: 'regional-council', rank: 2, confidence: 0.8 } as const;
    for (const n of named) out.push(candidate(a, n.i, n.end, { ...init, canonical: n.canonical }));
    // A bare "la Région": the council of the story, when the story names one.
    const councils = new Set(named.map((n) => n.canonical));
    if (councils.size === 1) {
      const canonical = named[0]?.canonical ?? '';
      for (const i of bare) out.push(candidate(a, i, i + 1, { ...init, canonical }));
    }
    return out;
  },
};
