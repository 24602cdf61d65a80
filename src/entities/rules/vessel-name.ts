/**
 * Ships are no entity of the guideline: "le porte-avions Charles-de-Gaulle",
 * "la frégate Provence", "le pétrolier Eagle S", "le destroyer USS Gravely",
 * "USS Gerald Ford". The name after a vessel noun (a demonym between them
 * allowed: "le porte-avions américain Gerald Ford") or a navy prefix is
 * claimed and dropped, so neither the person nor the place it honours is
 * read there. "le pétrolier de Sangomar" (an oil field) is no ship's name.
 */
import { candidate } from '../candidate.js';
import { VESSEL_NOUNS, VESSEL_PREFIXES } from '../data/name-context.js';
import { BLOCKED, type Analysis, type Candidate, type Rule } from '../types.js';
import { defineWordClass } from '../../text/word-classes.js';
import { hitAt } from '../analysis.js';

/** Vessel nouns and navy prefixes: the only tokens the rule starts from. */
const VESSEL_WORD = defineWordClass((w) => VESSEL_NOUNS.has(w.key) || VESSEL_PREFIXES.has(w.text));
/** Most words of a ship's name after its noun or prefix ("Prince of Wales", "Eagle S"). */
const MAX_NAME = 4;

/** End of the capitalised words from `from` (one sentence, no line break), at most MAX_NAME; `from` when none. */
function capitalisedEnd(a: Analysis, from: number): number {
  const tokens = a.doc.tokens;
  const sentence = tokens[from]?.sentence;
  let j = from;
  while (j < from + MAX_NAME) {
    const t = tokens[j];
    if (t === undefined || t.sentence !== sentence || t.newlineBefore || !t.spaceBefore || t.kind !== 'word') break;
    // "of" inside an English name: "HMS Prince of Wales".
    if (a.shape[j] === 0 && !(t.key === 'of' && j > from && a.shape[j + 1] !== 0)) break;
    j++;
  }
  return j;
}

/** A demonym of the dictionary after the vessel noun at `i` ("porte-avions américain"): the token after it, else i + 1. */
function afterDemonym(a: Analysis, i: number): number {
  const hit = hitAt(a, i + 1);
  return hit !== undefined && hit.tokenStart === i + 1 && hit.payload.type === 'NATIONALITY' && a.shape[i + 1] === 0 ? hit.tokenEnd : i + 1;
}

export const vesselName: Rule = {
  id: 'vessel-name',
  find(a) {
    const out: Candidate[] = [];
    const tokens = a.doc.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t === undefined || (t.classes & VESSEL_WORD) === 0) continue;
      const prefix = VESSEL_PREFIXES.has(t.text);
      if (!prefix && t.text !== t.key) continue;
      let from = prefix ? i : afterDemonym(a, i);
      // "le destroyer USS Gravely": the prefix belongs to the name.
      if (!prefix && VESSEL_PREFIXES.has(tokens[from]?.text ?? '')) from++;
      const end = capitalisedEnd(a, prefix ? i + 1 : from);
      if (end === (prefix ? i + 1 : from)) continue;
      const start = prefix ? i : VESSEL_PREFIXES.has(tokens[from - 1]?.text ?? '') ? from - 1 : from;
      out.push(candidate(a, start, end, { type: BLOCKED, rule: 'vessel-name', rank: 1.5, confidence: 0 }));
      i = end - 1;
    }
    return out;
  },
};
