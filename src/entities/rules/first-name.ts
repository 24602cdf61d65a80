/**
 * A capitalised run that opens with a known first name ("Denis Manturov",
 * "Lloyd Austin") or with an East Asian family name followed by given names
 * ("Kim Kyou-hyun", "Ri Chang Dae", "Shin Wonsik") is a person. So is a
 * known first name alone inside a sentence ("son ami Enzo, 15 ans", "je pense
 * à Lucas"), as news names minors and athletes, unless the name is also a
 * French word that a sentence may open with a capital, nor a name with a
 * number ("Ariane 6", a rocket).
 */
import { candidate } from '../candidate.js';
import { DEFINITE_ARTICLES } from '../data/name-context.js';
import { EAST_ASIAN_SURNAME_KEYS, FIRST_NAME_KEYS } from '../lexicons.js';
import { CAPS, type Candidate, type Rule } from '../types.js';

/** First names that are also French words or months, by fold: "Grâce à", "Victoire pour", "Rose", "Avril". */
const WORD_FIRST_NAMES: ReadonlySet<string> = new Set([
  'grace', 'victoire', 'rose', 'pierre', 'marine', 'claire', 'constant', 'avril', 'noel', 'blanche', 'violette',
  'aurore', 'prudence', 'patience', 'fortune', 'olive', 'ange', 'aime', 'desire', 'modeste', 'clement', 'franc',
  'florence', 'jordan', 'martin', 'richard', 'august', 'june', 'may', 'april', 'hope', 'joy', 'faith',
  'capucine', 'margaux', 'colombe', 'lys', 'iris', 'jade', 'perle', 'reine', 'prince', 'emeraude', 'ambre', 'salome',
]);

/** Nouns a given name may follow without naming a person: "la tempête Ingrid", "l'opération Barkhane", "le navire Marie". */
const NAMED_THINGS: ReadonlySet<string> = new Set([
  'tempête', 'tempêtes', 'cyclone', 'ouragan', 'typhon', 'dépression', 'opération', 'plan', 'projet', 'programme', 'navire',
  'bateau', 'frégate', 'porte-avions', 'sous-marin', 'satellite', 'mission', 'loi', 'rue', 'avenue', 'boulevard', 'place',
]);

export const firstName: Rule = {
  id: 'first-name',
  find(a) {
    const out: Candidate[] = [];
    for (const run of a.runs) {
      const first = a.doc.tokens[run.tokenStart];
      if (first === undefined) continue;
      if (run.tokenEnd - run.tokenStart < 2) {
        // A lone first name: inside a sentence, not after a named-thing noun or an article ("dans l'Aude"), nor before a number.
        if (!run.initial && run.rawStart === run.tokenStart && FIRST_NAME_KEYS.has(first.fold) && !WORD_FIRST_NAMES.has(first.fold) && !NAMED_THINGS.has(a.doc.tokens[run.tokenStart - 1]?.key ?? '') && !DEFINITE_ARTICLES.has(a.doc.tokens[run.tokenStart - 1]?.key ?? '') && a.doc.tokens[run.tokenEnd]?.kind !== 'number' && ((a.shape[run.tokenStart] ?? 0) & CAPS) === 0) {
          out.push(candidate(a, run.tokenStart, run.tokenEnd, { type: 'PERSON', rule: 'first-name', rank: 4, confidence: 0.6 }));
        }
        continue;
      }
      if (FIRST_NAME_KEYS.has(first.fold) || EAST_ASIAN_SURNAME_KEYS.has(first.fold)) {
        out.push(candidate(a, run.tokenStart, run.tokenEnd, { type: 'PERSON', rule: 'first-name', rank: 3, confidence: 0.85 }));
      }
    }
    return out;
  },
};
