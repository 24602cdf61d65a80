/**
 * Whether a run of capitalised words looks like a person's full name by its
 * form alone, for the rules that type names no list knows whole (a given name
 * of the secondary list, a surname the text writes alone elsewhere).
 */
import { NAMED_THINGS, ORG_ANNOUNCERS } from './data/name-context.js';
import { TRAILING_ORG_HEADS, TRAILING_VENUE_HEADS } from './data/foreign-org-heads.js';
import { CORPORATE_SUFFIXES } from './data/org-heads.js';
import { CAP, type Analysis } from './types.js';

/** A name word: one capital, then lower-case letters, apostrophes or hyphens ("Kaiser", "Dela-Cruz"). */
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u;

/**
 * Tokens `from..to` may be a person's full name: distinct name words ("Kaiser", not "UAE" nor "F-35"; "Saba Saba" is
 * a date), not after the noun of a body or a thing ("le club Rosario Central", "le navire Eleonora Maersk"), not opened
 * by a thing's noun ("Tempête Ingrid"), not closed by the head of a firm's or a venue's name ("Edison Research").
 *
 * @example
 * personShaped(a, 3, 5) // true for "Johannes Kaiser" in "Le libertarien Johannes Kaiser a voté."
 */
export function personShaped(a: Analysis, from: number, to: number): boolean {
  const tokens = a.doc.tokens;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t === undefined || t.kind !== 'word' || a.shape[i] !== CAP || !NAME_WORD.test(t.text)) return false;
    if (i > from && t.key === tokens[i - 1]?.key) return false;
  }
  const before = tokens[from - 1]?.key ?? '';
  if (ORG_ANNOUNCERS.has(before) || NAMED_THINGS.has(before) || NAMED_THINGS.has(tokens[from]?.key ?? '')) return false;
  const last = tokens[to - 1]?.key ?? '';
  return !TRAILING_ORG_HEADS.has(last) && !TRAILING_VENUE_HEADS.has(last) && !CORPORATE_SUFFIXES.has(last);
}
