/**
 * Electoral lists and council groups named after their town and a common
 * word, capitalised: "la liste Vierzon Demain", "le groupe d'opposition Laval
 * Ensemble", "la liste Marseille Printemps". The town alone would be read as
 * the place and the common word dropped (or read as a date: "Demain"); after
 * the noun of a list or a group, the town and the capitalised words after it
 * are one organisation.
 */
import { candidate } from '../candidate.js';
import { LIST_FILLERS, LIST_NOUNS } from '../data/name-context.js';
import type { Analysis, Candidate, Rule } from '../types.js';
import { defineWordClass } from '../../text/word-classes.js';
import { hitAt } from '../analysis.js';

/** Nouns of a list or a group: the only tokens the rule starts from. */
const LIST_NOUN = defineWordClass((w) => LIST_NOUNS.has(w.key));
/** Most lower-case words between the noun and the town ("d'opposition municipale"). */
const MAX_FILLERS = 3;
/** Most capitalised words after the town ("Vierzon Demain", "Laval Ensemble Autrement"). */
const MAX_WORDS = 3;

/** The town of the dictionary that opens the list's name after the noun at `i` and its fillers, or null. */
function townAfter(a: Analysis, i: number): { start: number; end: number } | null {
  const tokens = a.doc.tokens;
  const sentence = tokens[i]?.sentence;
  let j = i + 1;
  for (let n = 0; n < MAX_FILLERS && LIST_FILLERS.has(tokens[j]?.key ?? '') && a.shape[j] === 0; n++) j++;
  const hit = hitAt(a, j);
  if (hit === undefined || hit.tokenStart !== j || hit.payload.type !== 'LOCATION' || tokens[j]?.sentence !== sentence) return null;
  return { start: j, end: hit.tokenEnd };
}

export const listName: Rule = {
  id: 'list-name',
  find(a) {
    const out: Candidate[] = [];
    const tokens = a.doc.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t === undefined || (t.classes & LIST_NOUN) === 0 || t.text !== t.key) continue;
      const town = townAfter(a, i);
      if (town === null) continue;
      let end = town.end;
      while (end < town.end + MAX_WORDS) {
        const w = tokens[end];
        if (w === undefined || w.kind !== 'word' || !w.spaceBefore || w.newlineBefore || w.sentence !== t.sentence || a.shape[end] === 0 || a.dictAt[end] !== -1) break;
        end++;
      }
      if (end === town.end) continue;
      out.push(candidate(a, town.start, end, { type: 'ORGANIZATION', rule: 'list-name', rank: 1, confidence: 0.7, subtype: 'party' }));
    }
    return out;
  },
};
