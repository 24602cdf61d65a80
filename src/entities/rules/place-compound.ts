/**
 * A capitalised word glued by a space to a known place forms one name with
 * it: a club, a company or a media named after a city ("Real Madrid",
 * "Inter Miami", "Paris Saint-Germain", "France Info", "Air France"), or a
 * person whose surname is a place when a first name opens it ("George
 * Washington") or a title announces it ("le ministre, Wellington Koo"), or
 * another place after a place prefix ("West Palm Beach", "Port Saïd"), or
 * a town of the world gazetteer ("Cebu City", "Quezon City").
 */
import { candidate, changed } from '../candidate.js';
import { PLACE_PREFIXES } from '../data/geo-features.js';
import { PERSON_TITLES, TITLE_BRIDGE } from '../data/titles.js';
import { FIRST_NAME_KEYS } from '../lexicons.js';
import { titleBefore } from './person-title.js';
import { BLOCKED, CAP, type Analysis, type Candidate, type Rule } from '../types.js';
import { EVENT_HEADS } from '../data/events.js';
import { ACRONYM_ANNOUNCERS } from '../data/name-context.js';
import { NON_ORG_ACRONYMS } from '../data/acronyms.js';
import { worldCityAt } from '../refiners/world-city.js';

/** The dictionary hit at token `i` when it is a place, else null. */
function placeAt(a: Analysis, i: number): { start: number; end: number } | null {
  const k = a.dictAt[i] ?? -1;
  const m = k === -1 ? undefined : a.dict[k];
  return m !== undefined && m.payload.type === 'LOCATION' ? { start: m.tokenStart, end: m.tokenEnd } : null;
}

/** A title announces the name at `i` right before it or in apposition, not through "du" ("le président du Real Madrid"). */
function announced(a: Analysis, i: number): boolean {
  return !TITLE_BRIDGE.has(a.doc.tokens[i - 1]?.key ?? '') && titleBefore(a, i);
}

/** Prepositions before a town, never before a club ("au Real Madrid" is a club, "à Banda Aceh" a town). */
const TOWN_PREPOSITIONS: ReadonlySet<string> = new Set(['à', 'vers', 'depuis', 'via']);

/** "(Indonésie)" right after token `i - 1`: the country of a dateline or of a town. */
function countryInBrackets(a: Analysis, i: number): boolean {
  const open = a.doc.tokens[i];
  const place = open?.text === '(' ? placeAt(a, i + 1) : null;
  return place !== null && a.doc.tokens[place.end]?.text === ')';
}

/** Prepositions between a title and its seat: "maire de Chisinau", "gouverneur du Texas". */
const SEAT_PREPOSITIONS: ReadonlySet<string> = new Set(['de', "d'", 'du']);

/**
 * The place at `i` is the seat of a title ("le maire de Chisinau Ion
 * Ceban", "le gouverneur de Lagos Babajide Sanwo-Olu"): the names after it
 * are the title holder's, not a compound with the place.
 */
function titledSeat(a: Analysis, i: number): boolean {
  return SEAT_PREPOSITIONS.has(a.doc.tokens[i - 1]?.key ?? '') && PERSON_TITLES.has(a.doc.tokens[i - 2]?.key ?? '');
}

export const placeCompound: Rule = {
  id: 'place-compound',
  find(a) {
    const out: Candidate[] = [];
    const tokens = a.doc.tokens;
    for (const run of a.runs) {
      const first = tokens[run.tokenStart];
      if (first === undefined) continue;
      const next = tokens[run.tokenEnd];
      // "Real Madrid": the run, then the place.
      const after = next !== undefined && next.spaceBefore && !next.newlineBefore && next.sentence === first.sentence ? placeAt(a, run.tokenEnd) : null;
      const prevTok = tokens[run.tokenStart - 1];
      // "Paris Saint-Germain", "France Info": the place, then the run.
      const before =
        after === null && run.rawStart === run.tokenStart && prevTok !== undefined && first.spaceBefore && !first.newlineBefore && prevTok.sentence === first.sentence
          ? placeAt(a, run.tokenStart - 1)
          : null;
      if (after !== null && after.start === run.tokenEnd) {
        // "le TER Hauts-de-France": a common noun in capitals before a place names no body ("le réseau TER" of the region).
        if (run.tokenEnd - run.tokenStart === 1 && NON_ORG_ACRONYMS.has(first.key)) continue;
        // "l'ONG Green Hanoi": an announcer written as an acronym opens the run, not the name.
        if (ACRONYM_ANNOUNCERS.has(first.key) && run.tokenEnd - run.tokenStart >= 2) {
          out.push(candidate(a, run.tokenStart + 1, after.end, { type: 'ORGANIZATION', rule: 'place-compound', rank: 2, confidence: 0.6 }));
          continue;
        }
        // "West Palm Beach", "Port Saïd": a place prefix makes another place.
        if (run.tokenEnd - run.tokenStart === 1 && PLACE_PREFIXES.has(first.key)) {
          out.push(candidate(a, run.tokenStart, after.end, { type: 'LOCATION', rule: 'place-compound', rank: 2, confidence: 0.7 }));
          continue;
        }
        const person = FIRST_NAME_KEYS.has(first.fold) || announced(a, run.rawStart);
        // "à Banda Aceh", "Banda Aceh (Indonésie), 28 décembre": a town named after a place, where a club never stands.
        const type = person ? 'PERSON' : TOWN_PREPOSITIONS.has(tokens[run.rawStart - 1]?.key ?? '') || countryInBrackets(a, after.end) || worldCityAt(a, run.tokenStart, after.end) ? 'LOCATION' : 'ORGANIZATION';
        out.push(candidate(a, run.tokenStart, after.end, { type, rule: 'place-compound', rank: 2, confidence: 0.6 }));
      } else if (before !== null && before.end === run.tokenStart && !(run.tokenEnd - run.tokenStart >= 2 && (FIRST_NAME_KEYS.has(first.fold) || titledSeat(a, before.start)))) {
        // ("député des Hauts-de-Seine Lucie Fontanel": a first name and a surname after the place are a person of their own.)
        // "le ministre de la Défense, Wellington Koo": a title announces a person.
        // "Santiago Abascal", "Florence Parly": a town that is also a first name, then one surname, is a person.
        const firstName = before.end - before.start === 1 && run.tokenEnd - run.tokenStart === 1 && FIRST_NAME_KEYS.has(tokens[before.start]?.fold ?? '') && a.shape[run.tokenStart] === CAP;
        const person = announced(a, before.start) || firstName;
        // "l'US Open", "le Paris Masters": a place and an event noun name a tournament, no entity.
        const event = run.tokenEnd - run.tokenStart === 1 && EVENT_HEADS.has(first.key);
        // "Cebu City", "Quezon City": the compound is itself a town of the gazetteer.
        const town = !person && !event && worldCityAt(a, before.start, run.tokenEnd);
        out.push(candidate(a, before.start, run.tokenEnd, { type: event ? BLOCKED : person ? 'PERSON' : town ? 'LOCATION' : 'ORGANIZATION', rule: 'place-compound', rank: 2, confidence: 0.6 }));
      }
    }
    // One sense per text: "Banda Aceh (Indonésie)" makes every "Banda Aceh" of the text a place.
    const places = new Set(out.filter((c) => c.type === 'LOCATION').map((c) => a.doc.text.slice(c.start, c.end)));
    return places.size === 0 ? out : out.map((c) => (c.type === 'ORGANIZATION' && places.has(a.doc.text.slice(c.start, c.end)) ? changed(c, { type: 'LOCATION' }) : c));
  },
};
