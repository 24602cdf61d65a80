/**
 * Military units named by their number are ORGANIZATION, the ordinal in the
 * name, the article out: "la 444e brigade", "le 3e régiment d'infanterie de
 * marine", "la 82e division aéroportée américaine" (a demonym closes it, as
 * it does "l'armée russe"). "Il joue en 3e division" is a league level: a
 * division or a corps needs its arm after it, and a determiner before.
 */
import { candidate } from '../candidate.js';
import { startsWithDigit } from '../../text/normalize.js';
import { ARM_REQUIRED_UNITS, NUMBERED_UNITS, UNIT_ADJECTIVES, UNIT_ARMS } from '../data/org-heads.js';
import { type Analysis, type Candidate, type Rule } from '../types.js';
import { hitAt } from '../analysis.js';

/** "444e", "1er", "1re", "3ème", "2nde": an ordinal in figures. */
const ORDINAL = /^\d{1,3}(?:e|er|re|ère|ème|nde?)$/u;

/** Determiners before a unit's number ("la 444e brigade", "du 3e régiment", "sa 7e flotte"). */
const DETERMINERS: ReadonlySet<string> = new Set(['la', 'le', "l'", 'les', 'du', 'de', 'des', 'au', 'aux', 'sa', 'son', 'leur', 'cette', 'ce']);

/** End of the unit's arm after its noun at `n`: adjectives and "de"/"d'" arms ("d'infanterie de marine"); `n + 1` when none. */
function armEnd(a: Analysis, n: number): number {
  const tokens = a.doc.tokens;
  const sentence = tokens[n]?.sentence;
  let end = n + 1;
  for (;;) {
    const t = tokens[end];
    if (t === undefined || t.sentence !== sentence || a.shape[end] !== 0) return end;
    if (UNIT_ADJECTIVES.has(t.key)) end++;
    else if ((t.key === 'de' || t.key === "d'") && UNIT_ARMS.has(tokens[end + 1]?.key ?? '') && a.shape[end + 1] === 0) end += 2;
    else return end;
  }
}

/** End past a lower-case demonym right after `end` ("division aéroportée américaine"), or `end`. */
function demonymEnd(a: Analysis, end: number): number {
  const hit = hitAt(a, end);
  return hit !== undefined && hit.tokenStart === end && hit.payload.type === 'NATIONALITY' && a.shape[end] === 0 && a.doc.tokens[end]?.sentence === a.doc.tokens[end - 1]?.sentence ? hit.tokenEnd : end;
}

export const militaryUnit: Rule = {
  id: 'military-unit',
  find(a) {
    const out: Candidate[] = [];
    const tokens = a.doc.tokens;
    for (let i = 1; i < tokens.length - 1; i++) {
      const t = tokens[i];
      const noun = tokens[i + 1];
      // An ordinal in figures starts with a digit: one character test turns most words away before any set lookup.
      if (t === undefined || noun === undefined || t.kind !== 'word' || !startsWithDigit(t.key)) continue;
      if (!NUMBERED_UNITS.has(noun.key) || a.shape[i + 1] !== 0 || !ORDINAL.test(t.key)) continue;
      if (!DETERMINERS.has(tokens[i - 1]?.key ?? '') || noun.sentence !== t.sentence) continue;
      const arm = armEnd(a, i + 1);
      if (arm === i + 2 && ARM_REQUIRED_UNITS.has(noun.key)) continue;
      out.push(candidate(a, i, demonymEnd(a, arm), { type: 'ORGANIZATION', rule: 'military-unit', rank: 2, confidence: 0.7 }));
    }
    return out;
  },
};
