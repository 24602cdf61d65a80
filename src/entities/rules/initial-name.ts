/**
 * A person written with the initial of the given name: "le ministre de la Gestion des catastrophes, K. Senthilvel",
 * "selon J. R. Tolkien". One or two capital initials, each with its glued dot, then an unknown capitalised name; only
 * where a title announces it, in an apposition set off by commas or brackets, or after "selon", "par", "avec": "le
 * plan B. Macron" is no person.
 * "M." is the honorific, read elsewhere.
 */
import { candidate } from '../candidate.js';
import { INITIAL_NAME_OPENERS } from '../data/name-context.js';
import type { Analysis, Candidate, Rule } from '../types.js';
import { titleBefore } from './person-title.js';

/** A capital initial: one upper-case letter, not the "M" of "M." (Monsieur). */
const INITIAL = /^\p{Lu}$/u;

/** The first token of the initials glued before `start` ("K." before "Senthilvel", "J. R." before "Tolkien"), or -1. */
function initialsStart(a: Analysis, start: number): number {
  const tokens = a.doc.tokens;
  let i = start;
  for (let n = 0; n < 2; n++) {
    const dot = tokens[i - 1];
    const letter = tokens[i - 2];
    if (dot?.text !== '.' || dot.spaceBefore || letter === undefined || letter.kind !== 'word' || !INITIAL.test(letter.text) || letter.text === 'M') break;
    if (tokens[i]?.spaceBefore !== true) break;
    i -= 2;
  }
  return i === start ? -1 : i;
}

/** Set off by commas or brackets: "le ministre de la Gestion des catastrophes, K. Senthilvel, a réclamé". */
function apposed(a: Analysis, from: number, to: number): boolean {
  const before = a.doc.tokens[from - 1]?.key;
  const after = a.doc.tokens[to]?.key;
  return (before === ',' && (after === ',' || after === '.')) || (before === '(' && after === ')');
}

export const initialName: Rule = {
  id: 'initial-name',
  find(a) {
    const out: Candidate[] = [];
    for (const run of a.runs) {
      if (a.dictAt[run.tokenStart] !== -1) continue;
      const from = initialsStart(a, run.tokenStart);
      if (from < 0) continue;
      if (!titleBefore(a, from) && !INITIAL_NAME_OPENERS.has(a.doc.tokens[from - 1]?.key ?? '') && !apposed(a, from, run.tokenEnd)) continue;
      out.push(candidate(a, from, run.tokenEnd, { type: 'PERSON', rule: 'initial-name', rank: 2, confidence: 0.75 }));
    }
    return out;
  },
};
