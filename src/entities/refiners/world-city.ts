/**
 * A capitalised name no rule typed and no other mention of the text explains
 * is a place when it is a town of the world gazetteer (GeoNames towns of
 * 15,000 inhabitants or more): "une école de Mandaue", "les faubourgs de Cebu
 * City et de Liloan", "les coureurs s'élanceront de Muret". A weak guess: a
 * name opening its sentence (a capital for the sentence, not the name), a
 * word in capitals (an acronym), the town of a treaty ("les accords de paix de
 * Dayton") and the names news gives to something else ("le Brent") stay
 * untyped; so does a name after anything but a preposition, a conjunction or
 * punctuation: after an article ("l'Union", "la Charte"; the towns that take
 * one, "Le Havre", are in the dictionary) or a noun ("un hélicoptère Puma").
 */
import { changed } from '../candidate.js';
import { TOWN_HOMONYMS } from '../data/geo-features.js';
import { treatyStart } from '../rules/named-event.js';
import { WORLD_CITY_KEYS } from '../../lexicon/generated/world-cities.js';
import { packedKeySet } from '../../lexicon/packed-keys.js';
import { foldText } from '../../text/normalize.js';
import { spanOf } from '../../text/prepare.js';
import { CAPS, UNKNOWN, type Analysis, type Candidate, type Refiner } from '../types.js';
import { runFrom } from '../analysis.js';

/** Words a town of the gazetteer may follow: prepositions and conjunctions ("de Muret", "à Bacolod et Tarlac"). */
const TOWN_LEADS: ReadonlySet<string> = new Set([
  'de', "d'", 'du', 'des', 'à', 'au', 'aux', 'en', 'vers', 'depuis', 'via', 'entre', 'et', 'ou', 'par', 'pour', 'sur',
  'chez', 'dans', 'jusqu', "jusqu'", 'près', 'contre', 'avec', 'sans', 'ni', 'comme', 'dont', 'que', "qu'",
]);

/** Rank class of weak guesses, as for a place read from its preposition alone. */
const WEAK_RANK = 4;

/**
 * Is `key` (accent- and case-folded) a town of the gazetteer?
 *
 * @example
 * isWorldCity('mandaue') // true
 */
export const isWorldCity: (key: string) => boolean = packedKeySet(WORLD_CITY_KEYS);

/** The gazetteer key of tokens `from..to`: their text, each run of spaces as one, accent- and case-folded. */
function townKey(a: Analysis, from: number, to: number): string {
  return foldText(spanOf(a.doc, from, to).text.replace(/\s+/gu, ' '));
}

/** Do tokens `from..to` name a town of the gazetteer ("Cebu City", "Belo Horizonte")? */
export function worldCityAt(a: Analysis, from: number, to: number): boolean {
  return isWorldCity(townKey(a, from, to));
}

/** The untyped name `c` may be read as a town: inside its sentence, no word in capitals, not a treaty's town. */
function townShaped(a: Analysis, c: Candidate): boolean {
  const run = runFrom(a, c.tokenStart);
  if (run === undefined || run.tokenStart !== c.tokenStart || run.initial) return false;
  for (let i = c.tokenStart; i < c.tokenEnd; i++) if (((a.shape[i] ?? 0) & CAPS) !== 0) return false;
  // A town follows a preposition, a conjunction or punctuation; after a noun it is the name of a thing ("un
  // hélicoptère Puma"), after an article no town ("l'Union", "le Brent": the towns that take one are in the dictionary).
  const before = a.doc.tokens[c.tokenStart - 1];
  if (before === undefined || ((before.kind === 'word' || before.kind === 'elision') && !TOWN_LEADS.has(before.key))) return false;
  return treatyStart(a, c.tokenStart, true) === -1;
}

export const worldCity: Refiner = (a, found) => {
  let out: Candidate[] | null = null;
  for (let n = 0; n < found.length; n++) {
    const c = found[n];
    if (c === undefined || c.type !== UNKNOWN || !townShaped(a, c)) continue;
    const key = townKey(a, c.tokenStart, c.tokenEnd);
    if (TOWN_HOMONYMS.has(key) || !isWorldCity(key)) continue;
    out ??= [...found];
    out[n] = changed(c, { type: 'LOCATION', subtype: 'city', rule: 'world-city', rank: WEAK_RANK + 0.5, confidence: 0.6 });
  }
  return out ?? found;
};
