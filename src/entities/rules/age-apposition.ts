/**
 * A name followed by an age in apposition is a person: "Eszter, 29 ans,
 * infirmière", "confiait Gwenaëlle, 51 ans", "Nusrat (23 ans)". News gives
 * the first name and the age of the people it meets, names no list of first
 * names holds; the age is the cue. Not after a locative preposition ("À
 * Tuchan, 30 ans après") nor before "de", "après", "plus" (years of a lapse
 * of time: "Fabrezan, 20 ans de sécheresse").
 */
import { candidate } from '../candidate.js';
import { DEFINITE_ARTICLES, LOCATIVE_PREPOSITIONS } from '../data/name-context.js';
import type { Candidate, Rule } from '../types.js';

/** Most words of a name before an age: "Jean-Marc Dupuis, 45 ans". */
const MAX_NAME_WORDS = 3;
/** Oldest age read as one: "1950 ans" is no age. */
const MAX_AGE = 120;
/** An age in figures: one to three digits. */
const AGE_DIGITS = /^\d{1,3}$/u;
const AGE_UNITS: ReadonlySet<string> = new Set(['ans', 'an']);
/** Words after the years that make them a lapse of time, not an age: "À Gaza, 20 ans de blocus", "30 ans après". */
const LAPSE_AFTER: ReadonlySet<string> = new Set(['de', "d'", 'après', 'plus']);

export const ageApposition: Rule = {
  id: 'age-apposition',
  find(a) {
    const out: Candidate[] = [];
    const tokens = a.doc.tokens;
    for (const run of a.runs) {
      // "le Rafale, 20 ans": a thing after an article, not a person; "À Tuchan, 30 ans …": a place
      const prev = tokens[run.tokenStart - 1];
      if (run.tokenEnd - run.tokenStart > MAX_NAME_WORDS || DEFINITE_ARTICLES.has(prev?.key ?? '') || LOCATIVE_PREPOSITIONS.has(prev?.key ?? '') || prev?.text === 'A') continue;
      const open = tokens[run.tokenEnd];
      const age = tokens[run.tokenEnd + 1];
      const unit = tokens[run.tokenEnd + 2];
      if (open === undefined || age === undefined || unit === undefined || age.sentence !== open.sentence) continue;
      if ((open.key !== ',' && open.key !== '(') || age.kind !== 'number' || !AGE_DIGITS.test(age.text)) continue;
      if (Number(age.text) > MAX_AGE || !AGE_UNITS.has(unit.key) || LAPSE_AFTER.has(tokens[run.tokenEnd + 3]?.key ?? '')) continue;
      out.push(candidate(a, run.tokenStart, run.tokenEnd, { type: 'PERSON', rule: 'age-apposition', rank: 4, confidence: 0.7 }));
    }
    return out;
  },
};
