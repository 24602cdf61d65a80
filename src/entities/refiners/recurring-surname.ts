/**
 * An untyped name of two or three plain words (or one a preposition alone made a place) whose last word the text also
 * writes alone is a person called by the surname: "à l'avantage de Tadej
 * Pogacar … Pogacar a attaqué". Places and bodies are seldom shortened to
 * their last word; people are, in every story. The bare mentions then link to
 * the full name (link-persons). Names after an organisation's noun ("le club
 * Rosario Central … Central") and names of firms or venues ("Edison Research")
 * are left alone, and so are things named after a person ("Tempête Ingrid").
 */
import { mapCandidates, changed } from '../candidate.js';
import { personShaped } from '../person-shape.js';
import { UNKNOWN, type Analysis, type Candidate, type Refiner } from '../types.js';

/** Most words of a name read as a person from its surname alone elsewhere. */
const MAX_WORDS = 3;

/** The untyped candidate may be a person's full name: plain words, not a body's or a venue's name. */
function nameShaped(a: Analysis, c: Candidate): boolean {
  const words = c.tokenEnd - c.tokenStart;
  // Untyped, or a place guessed from a preposition alone ("a souri à Tadrek Koskivaara").
  const guess = c.type === UNKNOWN || (c.type === 'LOCATION' && c.rule === 'locative');
  return guess && words >= 2 && words <= MAX_WORDS && personShaped(a, c.tokenStart, c.tokenEnd);
}

export const recurringSurname: Refiner = (a, found) => {
  let full: Candidate[] | null = null;
  for (const c of found) if (nameShaped(a, c)) (full ??= []).push(c);
  if (full === null) return found;
  // Folds of the words written alone as a name somewhere: a one-word candidate no dictionary typed.
  const alone = new Set<string>();
  for (const c of found) {
    if (c.tokenEnd - c.tokenStart !== 1 || c.rule === 'dictionary-hit') continue;
    if (c.type === UNKNOWN || c.type === 'PERSON' || c.type === 'LOCATION') alone.add(a.doc.tokens[c.tokenStart]?.fold ?? '');
  }
  const people = new Set<Candidate>();
  for (const c of full) if (alone.has(a.doc.tokens[c.tokenEnd - 1]?.fold ?? '')) people.add(c);
  if (people.size === 0) return found;
  return mapCandidates(found, (c) => (people.has(c) ? changed(c, { type: 'PERSON', rule: 'recurring-surname', confidence: 0.65 }) : c));
};
