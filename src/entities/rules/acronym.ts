/**
 * An unknown word in capitals of 2 to 6 letters is an organisation: "SVR",
 * "KCNA", "RIA". Roman numerals ("II", "XIV") and headline lines in capitals
 * are left out (the analysis takes no run from them), and so are codes with
 * digits: chemical formulas ("CO2", "CH4"), virus strains ("H5N1"), flights
 * ("MH17"), aircraft ("A400M"), conference numbers ("COP29"). The
 * organisations among them ("G7", "TF1", "M23") are dictionary entries.
 */
import { isAllCaps } from '../../text/normalize.js';
import { glued } from '../analysis.js';
import { candidate } from '../candidate.js';
import { NON_ORG_ACRONYMS } from '../data/acronyms.js';
import type { Candidate, Rule } from '../types.js';

/** "II", "XIV", "MMXXIV": numerals, not names. */
const ROMAN = /^[IVXLCDM]+$/u;
/** Capital letters only (an inner "&" allowed), 2 to 6 of them. */
const SHAPE = /^[\p{Lu}][\p{Lu}&]{1,5}$/u;

/** Longest lower-case prefix glued to a name in capitals: "el" of "elTOQUE". */
const MAX_PREFIX = 3;

export const acronym: Rule = {
  id: 'acronym',
  find(a) {
    const out: Candidate[] = [];
    for (const run of a.runs) {
      if (run.tokenEnd - run.tokenStart !== 1) continue;
      const t = a.doc.tokens[run.tokenStart];
      if (t === undefined || !isAllCaps(t.text) || !SHAPE.test(t.text) || ROMAN.test(t.text) || NON_ORG_ACRONYMS.has(t.key)) continue;
      // "elTOQUE", "eBAY": a short lower-case prefix glued to the capitals is part of the name.
      const prev = a.doc.tokens[run.tokenStart - 1];
      const prefixed = glued(prev, t) && prev !== undefined && prev.text.length <= MAX_PREFIX && a.shape[run.tokenStart - 1] === 0 && !glued(a.doc.tokens[run.tokenStart - 2], prev);
      out.push(candidate(a, prefixed ? run.tokenStart - 1 : run.tokenStart, run.tokenEnd, { type: 'ORGANIZATION', rule: 'acronym', rank: 4, confidence: 0.6 }));
    }
    return out;
  },
};
