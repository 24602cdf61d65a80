/**
 * An unknown name after a local office and its "de" is the town the office
 * is held in: "le maire de Petit-Caux", "le bourgmestre d'Anderlues", "le
 * préfet de Haute-Corse" (LOCATION, a weak guess that a stronger reading of
 * the same words overrides); after a firm's office it is the firm: "le PDG de
 * Vendralis", "la directrice générale de Kelvora" (ORGANIZATION).
 */
import { candidate } from '../candidate.js';
import { FIRM_OFFICE_QUALIFIERS, FIRM_OFFICES, LABEL_PHRASE_WORDS, LOCAL_OFFICES, POLITICAL_LABELS, QUALIFIED_FIRM_OFFICES } from '../data/titles.js';
import { FIRST_NAME_KEYS } from '../lexicons.js';
import type { Analysis, Candidate, Rule } from '../types.js';

/**
 * A firm's office at token `i`, whole: "PDG", "fondatrice", "directeur général" (the qualifier at `i`, its head
 * before it).
 */
export function firmOfficeAt(a: Analysis, i: number): boolean {
  const key = a.doc.tokens[i]?.key ?? '';
  return FIRM_OFFICES.has(key) || (FIRM_OFFICE_QUALIFIERS.has(key) && QUALIFIED_FIRM_OFFICES.has(a.doc.tokens[i - 1]?.key ?? ''));
}

/** How many words of a political label may stand between a local office and its "de". */
const MAX_LABEL_WORDS = 2;

/** A local office at token `i`, or before a political label ending there: "le maire divers droite de …". */
function localOfficeBefore(a: Analysis, i: number): boolean {
  const tokens = a.doc.tokens;
  for (let j = i, n = 0; j >= 0 && n <= MAX_LABEL_WORDS; j--, n++) {
    const key = tokens[j]?.key ?? '';
    if (LOCAL_OFFICES.has(key)) return true;
    if ((!POLITICAL_LABELS.has(key) && !LABEL_PHRASE_WORDS.has(key)) || a.shape[j] !== 0) return false;
  }
  return false;
}

export const seatOfTitle: Rule = {
  id: 'seat-of-title',
  find(a) {
    const out: Candidate[] = [];
    const tokens = a.doc.tokens;
    for (const run of a.runs) {
      const of = tokens[run.tokenStart - 1];
      const office = tokens[run.tokenStart - 2];
      if (of === undefined || office === undefined || (of.key !== 'de' && of.key !== "d'") || office.sentence !== tokens[run.tokenStart]?.sentence) continue;
      // "le PDG de Vendralis", "Le PDG de Vendralis" (the office stripped from the run), not "le patron de Marc Dupont".
      if (firmOfficeAt(a, run.tokenStart - 2) && !FIRST_NAME_KEYS.has(tokens[run.tokenStart]?.fold ?? '')) {
        out.push(candidate(a, run.tokenStart, run.tokenEnd, { type: 'ORGANIZATION', rule: 'seat-of-title', rank: 4, confidence: 0.6 }));
        continue;
      }
      if (run.rawStart !== run.tokenStart || !localOfficeBefore(a, run.tokenStart - 2)) continue;
      out.push(candidate(a, run.tokenStart, run.tokenEnd, { type: 'LOCATION', rule: 'seat-of-title', rank: 4, confidence: 0.6 }));
    }
    return out;
  },
};
