/**
 * An unknown capitalised name shaped like a French compound town name — parts joined by hyphens around a
 * lower-case link — is a place wherever it stands, even opening a headline: "Raon-l'Étape : l'usine va fermer",
 * "Bourg-lès-Valence", "Saint-Martin-d'Hères". A first name before the link makes a person's compound given name
 * ("Jean-de-Dieu"), no town.
 */
import { candidate } from '../candidate.js';
import { TOWN_LINKS } from '../data/geo-features.js';
import { FIRST_NAME_KEYS } from '../lexicons.js';
import type { Analysis, Candidate, Rule } from '../types.js';

/** Parts of a hyphenated name: "Raon-l'Étape" → "Raon", "l'Étape". */
const HYPHEN = /[-‑]/u;
/** An elided link glued to the next part: "l'Étape", "d'Ascq". */
const ELIDED_PART = /^([ld])['’](\p{Lu}.*)$/u;

/** Is the name `text` a compound town name: a capitalised part, a lower-case link, a capitalised part? */
export function townShaped(text: string): boolean {
  const parts = text.split(HYPHEN);
  if (parts.length < 2 || FIRST_NAME_KEYS.has((parts[0] ?? '').toLowerCase())) return false;
  let linked = false;
  for (let p = 1; p < parts.length; p++) {
    const part = parts[p] ?? '';
    const elided = ELIDED_PART.exec(part);
    if (elided !== null && TOWN_LINKS.has(`${elided[1] ?? ''}'`)) linked = true;
    else if (TOWN_LINKS.has(part) && /^\p{Lu}/u.test(parts[p + 1] ?? '')) linked = true;
  }
  return linked;
}

export const townShape: Rule = {
  id: 'town-shape',
  find(a: Analysis) {
    const out: Candidate[] = [];
    for (const run of a.runs) {
      const first = a.doc.tokens[run.tokenStart];
      const last = a.doc.tokens[run.tokenEnd - 1];
      if (first === undefined || last === undefined || a.dictAt[run.tokenStart] !== -1) continue;
      const text = a.doc.text.slice(first.start, last.end);
      if (text.includes(' ') || !townShaped(text)) continue;
      out.push(candidate(a, run.tokenStart, run.tokenEnd, { type: 'LOCATION', rule: 'town-shape', rank: 3, confidence: 0.7 }));
    }
    return out;
  },
};
