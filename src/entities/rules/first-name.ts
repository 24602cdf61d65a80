/**
 * A capitalised run that opens with a known first name ("Denis Manturov",
 * "Lloyd Austin") or with an East Asian family name followed by given names
 * ("Kim Kyou-hyun", "Ri Chang Dae", "Shin Wonsik") is a person. So is a
 * known first name alone inside a sentence ("son ami Enzo, 15 ans", "je pense
 * à Lucas"), as news names minors and athletes, unless the name is also a
 * French word that a sentence may open with a capital, nor a name with a
 * number ("Ariane 6", a rocket). A nickname in quotes between a known first
 * name and the surname belongs to the person, whose canonical name leaves it
 * out: "Ismael « El Mayo » Zambada" → "Ismael Zambada".
 */
import { spanOf } from '../../text/prepare.js';
import { worldCityAt } from '../refiners/world-city.js';
import { personShaped } from '../person-shape.js';
import { candidate } from '../candidate.js';
import { DEFINITE_ARTICLES, NAMED_THINGS } from '../data/name-context.js';
import { EAST_ASIAN_SURNAME_KEYS, FIRST_NAME_KEYS, isGivenName } from '../lexicons.js';
import { CAPS, type Analysis, type Candidate, type NameRun, type Rule } from '../types.js';
import { hitAt, runFrom } from '../analysis.js';

/** First names that are also French words or months, by fold: "Grâce à", "Victoire pour", "Rose", "Avril". */
const WORD_FIRST_NAMES: ReadonlySet<string> = new Set([
  'grace', 'victoire', 'rose', 'pierre', 'marine', 'claire', 'constant', 'avril', 'noel', 'blanche', 'violette',
  'aurore', 'prudence', 'patience', 'fortune', 'olive', 'ange', 'aime', 'desire', 'modeste', 'clement', 'franc',
  'florence', 'jordan', 'martin', 'richard', 'august', 'june', 'may', 'april', 'hope', 'joy', 'faith',
  'capucine', 'margaux', 'colombe', 'lys', 'iris', 'jade', 'perle', 'reine', 'prince', 'emeraude', 'ambre', 'salome',
]);

/** Most words of a name opened by a given name of the secondary list: the name and one or two family names. */
const MAX_GIVEN_NAME_WORDS = 3;

/** Longest nickname between quotes: "« El Mayo »", "« El Chapo »". */
const MAX_NICKNAME_WORDS = 3;

/**
 * After a first name ending at `i`, a quoted capitalised nickname and a
 * capitalised surname run: that run, or undefined.
 */
function nicknameSurname(a: Analysis, i: number): NameRun | undefined {
  const tokens = a.doc.tokens;
  const open = tokens[i];
  if (open === undefined || (open.text !== '«' && open.text !== '"' && open.text !== '“')) return undefined;
  const sentence = open.sentence;
  let j = i + 1;
  while (j - i - 1 < MAX_NICKNAME_WORDS && tokens[j]?.kind === 'word' && tokens[j]?.sentence === sentence && (a.shape[j] ?? 0) !== 0) j++;
  if (j === i + 1) return undefined;
  const close = tokens[j];
  if (close === undefined || (close.text !== '»' && close.text !== '"' && close.text !== '”') || close.sentence !== sentence) return undefined;
  const run = runFrom(a, j + 1);
  if (run === undefined || run.tokenStart !== j + 1 || tokens[j + 1]?.sentence !== sentence) return undefined;
  // "Marie « Non » Paris": a known place or body after the quote is no surname.
  const known = hitAt(a, j + 1);
  return known !== undefined && known.tokenStart === j + 1 && known.payload.type !== 'PERSON' ? undefined : run;
}

/** ", où" after the name: a relative of place, "depuis Austin, où il s'entraîne". */
function placeRelativeAfter(a: Analysis, end: number): boolean {
  return a.doc.tokens[end]?.key === ',' && a.doc.tokens[end + 1]?.key === 'où';
}

export const firstName: Rule = {
  id: 'first-name',
  find(a) {
    const out: Candidate[] = [];
    for (const run of a.runs) {
      const first = a.doc.tokens[run.tokenStart];
      if (first === undefined) continue;
      // "Ismael « El Mayo » Zambada": the quoted nickname inside the name.
      if (run.tokenEnd === run.tokenStart + 1 && FIRST_NAME_KEYS.has(first.fold) && !WORD_FIRST_NAMES.has(first.fold)) {
        const surname = nicknameSurname(a, run.tokenEnd);
        if (surname !== undefined) {
          const canonical = `${spanOf(a.doc, run.tokenStart, run.tokenEnd).text} ${spanOf(a.doc, surname.tokenStart, surname.tokenEnd).text}`;
          out.push(candidate(a, run.tokenStart, surname.tokenEnd, { type: 'PERSON', rule: 'first-name', rank: 2, confidence: 0.85, canonical }));
          continue;
        }
      }
      if (run.tokenEnd - run.tokenStart < 2) {
        // A lone first name: inside a sentence, not after a named-thing noun or an article ("dans l'Aude"), nor before a number,
        // nor before ", où" ("depuis Austin, où il s'entraîne": a place).
        if (!placeRelativeAfter(a, run.tokenEnd) && !run.initial && run.rawStart === run.tokenStart && FIRST_NAME_KEYS.has(first.fold) && !WORD_FIRST_NAMES.has(first.fold) && !NAMED_THINGS.has(a.doc.tokens[run.tokenStart - 1]?.key ?? '') && !DEFINITE_ARTICLES.has(a.doc.tokens[run.tokenStart - 1]?.key ?? '') && a.doc.tokens[run.tokenEnd]?.kind !== 'number' && ((a.shape[run.tokenStart] ?? 0) & CAPS) === 0) {
          out.push(candidate(a, run.tokenStart, run.tokenEnd, { type: 'PERSON', rule: 'first-name', rank: 4, confidence: 0.6 }));
        }
        continue;
      }
      if (FIRST_NAME_KEYS.has(first.fold) || EAST_ASIAN_SURNAME_KEYS.has(first.fold)) {
        out.push(candidate(a, run.tokenStart, run.tokenEnd, { type: 'PERSON', rule: 'first-name', rank: 3, confidence: 0.85 }));
      } else if (run.tokenEnd - run.tokenStart <= MAX_GIVEN_NAME_WORDS && isGivenName(first.fold) && personShaped(a, run.tokenStart, run.tokenEnd) && !worldCityAt(a, run.tokenStart, run.tokenEnd)) {
        // A given name of the secondary list, then one or two name words: "le libertarien Johannes Kaiser"; a town
        // of the gazetteer named so is no person ("Belo Horizonte", "Bahia Blanca").
        out.push(candidate(a, run.tokenStart, run.tokenEnd, { type: 'PERSON', rule: 'first-name', rank: 3, confidence: 0.7 }));
      }
    }
    return out;
  },
};
