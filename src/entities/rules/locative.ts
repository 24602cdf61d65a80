/**
 * An unknown capitalised name after a locative preposition is a place:
 * "à Kherson", "en Crimée", "vers Bakhmout", "depuis Sébastopol", "À Lacanau, …";
 * so is one alone in brackets right after a known place, its département or
 * region: "Vierzon (Cher)", "Carcassonne (Aude)" (names the dictionary
 * leaves out for being common words or first names); and one opening a
 * line with a known place in brackets is the town of a dateline: "Kourou
 * (Guyane), 6 mars (AFP) –".
 */
import { candidate } from '../candidate.js';
import { LOCATIVE_PREPOSITIONS } from '../data/name-context.js';
import { ORG_HEADS } from '../data/org-heads.js';
import type { Analysis, Candidate, Rule } from '../types.js';

/** The run `start..end` is alone in brackets right after a place of the dictionary. */
function bracketAfterPlace(a: Analysis, start: number, end: number): boolean {
  const tokens = a.doc.tokens;
  if (tokens[start - 1]?.key !== '(' || tokens[end]?.key !== ')') return false;
  const k = a.dictAt[start - 2] ?? -1;
  const hit = k === -1 ? undefined : a.dict[k];
  return hit !== undefined && hit.payload.type === 'LOCATION' && hit.tokenEnd === start - 1;
}

/** Locative prepositions that take an article before a place: "dans l'Aude", "dans la Drôme", "vers le Var". */
const ARTICLED_LOCATIVES: ReadonlySet<string> = new Set(['dans', 'vers', 'depuis', 'sur']);

/** "dans l'Aude": a preposition and an article before a capitalised name that heads no organisation. */
function articledPlace(a: Analysis, start: number): boolean {
  const tokens = a.doc.tokens;
  const article = tokens[start - 1]?.key ?? '';
  const t = tokens[start];
  if (t === undefined || !(article === "l'" || article === 'la' || article === 'le') || ORG_HEADS.has(t.key)) return false;
  return ARTICLED_LOCATIVES.has(tokens[start - 2]?.key ?? '') && t.text.charAt(0) !== t.key.charAt(0);
}

/** A known place alone in brackets right after the run ending at `end`: "Kourou (Guyane)", "Tibú (Colombie)". */
function placeInBracketsAfter(a: Analysis, end: number): boolean {
  const tokens = a.doc.tokens;
  if (tokens[end]?.key !== '(') return false;
  const k = a.dictAt[end + 1] ?? -1;
  const hit = k === -1 ? undefined : a.dict[k];
  return hit !== undefined && hit.payload.type === 'LOCATION' && hit.tokenStart === end + 1 && tokens[hit.tokenEnd]?.key === ')';
}

export const locative: Rule = {
  id: 'locative',
  find(a) {
    const out: Candidate[] = [];
    for (const run of a.runs) {
      const prev = a.doc.tokens[run.tokenStart - 1];
      // "À Lacanau, …": a capitalised preposition opening the sentence is stripped from the run but still locates.
      if (run.rawStart !== run.tokenStart && !(run.rawStart === run.tokenStart - 1 && prev !== undefined && LOCATIVE_PREPOSITIONS.has(prev.key))) continue;
      // A dateline: "Kourou (Guyane), 6 mars (AFP) –" at the start of a line ("Martin (France)" in a results list is a person).
      const dateline = (prev === undefined || a.doc.tokens[run.tokenStart]?.newlineBefore === true) && placeInBracketsAfter(a, run.tokenEnd);
      if (!dateline && (prev === undefined || !(LOCATIVE_PREPOSITIONS.has(prev.key) || bracketAfterPlace(a, run.tokenStart, run.tokenEnd) || articledPlace(a, run.tokenStart)))) continue;
      // "l'accès à X": a single letter is no place.
      if (run.tokenEnd === run.tokenStart + 1 && (a.doc.tokens[run.tokenStart]?.text.length ?? 0) < 2) continue;
      out.push(candidate(a, run.tokenStart, run.tokenEnd, { type: 'LOCATION', rule: 'locative', rank: 4, confidence: 0.6 }));
    }
    return out;
  },
};
