/**
 * Compound demonyms: "franco-algérien", "germano-russe", "sino-américains",
 * "israélo-palestinien". The last part is a demonym of the dictionary and
 * every part before it one of the combining forms of French ("franco-",
 * "sino-"); the whole word is one NATIONALITY, its canonical the masculine
 * singular of the compound's parts as written, lower case.
 */
import { candidate } from '../candidate.js';
import { COMBINING_DEMONYMS } from '../data/name-context.js';
import { lookupName } from '../lookup.js';
import type { Candidate, Rule } from '../types.js';
import { defineWordClass } from '../../text/word-classes.js';

/** Hyphenated words opening with a combining form: the only words this rule reads. */
const COMBINED = defineWordClass((w) => {
  const dash = w.key.indexOf('-');
  return dash > 0 && COMBINING_DEMONYMS.has(w.key.slice(0, dash));
});

export const compoundDemonym: Rule = {
  id: 'compound-demonym',
  find(a) {
    const out: Candidate[] = [];
    const tokens = a.doc.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t === undefined || (t.classes & COMBINED) === 0 || t.kind !== 'word' || a.dictAt[i] !== -1) continue;
      const parts = t.key.split('-');
      const last = parts[parts.length - 1] ?? '';
      if (parts.length < 2 || !parts.slice(0, -1).every((p) => COMBINING_DEMONYMS.has(p))) continue;
      const demonym = lookupName(a.ctx.dictionaries, last, 'NATIONALITY');
      if (demonym === null) continue;
      const canonical = `${parts.slice(0, -1).join('-')}-${demonym.canonical}`;
      out.push(candidate(a, i, i + 1, { type: 'NATIONALITY', rule: 'compound-demonym', rank: 2, confidence: 0.85, canonical }));
    }
    return out;
  },
};
