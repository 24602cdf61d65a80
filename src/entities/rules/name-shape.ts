/**
 * An unknown single capitalised word typed by its ending: "Kovalenko",
 * "Tsikhanovski" → PERSON; "Sievierodonetsk", "Volgograd" → LOCATION; a
 * name with a person particle inside ("Van der Berg") → PERSON. A weak
 * guess that any contextual rule overrides.
 */
import { candidate } from '../candidate.js';
import { PERSON_ENDINGS, PLACE_ENDINGS, PLACE_INFIXES } from '../data/name-shapes.js';
import { PERSON_ONLY_PARTICLES } from '../data/name-context.js';
import { lookupName } from '../lookup.js';
import { FIRST_NAME_KEYS } from '../lexicons.js';
import { foldText } from '../../text/normalize.js';
import type { Analysis, Candidate, NameRun, Rule } from '../types.js';

/** Shortest word read by shape: "Lviv" is too short to tell. */
const MIN_LENGTH = 6;

/** A hyphenated name with a lower-case particle between capitalised parts: "Nesle-le-Repons", "Villeneuve-sur-Lot". */
function communeShape(text: string): boolean {
  if (!text.includes('-')) return false;
  const parts = text.split('-');
  for (let i = 1; i < parts.length - 1; i++) {
    const next = parts[i + 1] ?? '';
    if (PLACE_INFIXES.has(parts[i] ?? '') && next.charAt(0) !== next.charAt(0).toLowerCase()) return true;
  }
  return false;
}

/** Compass words that close a place's name after a hyphen: "Kalabo-Ouest", "Tiankoro-Sud", "Ngaoundéré-Nord". */
const COMPASS_PARTS: ReadonlySet<string> = new Set(['Nord', 'Sud', 'Est', 'Ouest', 'Centre']);

/** A name, a hyphen and a capitalised compass word: a town's part or a town named after its neighbour ("Kalabo-Ouest"). */
function compassShape(text: string): boolean {
  const dash = text.lastIndexOf('-');
  if (dash < 3 || !COMPASS_PARTS.has(text.slice(dash + 1))) return false;
  const first = text.slice(0, dash);
  // "Sud-Est", "Nord-Ouest": the compass alone, no town.
  return !COMPASS_PARTS.has(first.split('-')[0] ?? '') && !FIRST_NAME_KEYS.has(foldText(first));
}

/**
 * Particles inside a run that join only a person's name ("Ruan Van der
 * Berg", "Mohammed ben Salmane", "Ursula von der Leyen"); "al" and "el"
 * also join place names ("Ras al Khaïmah").
 */
const INNER_PERSON_PARTICLES: ReadonlySet<string> = new Set([...PERSON_ONLY_PARTICLES].filter((k) => k !== 'al' && k !== 'el'));

/** A lower-case person particle between the capitalised words of the run: "Van der Berg". */
function innerParticle(a: Analysis, run: NameRun): boolean {
  for (let i = run.tokenStart + 1; i < run.tokenEnd - 1; i++) {
    if (a.shape[i] === 0 && INNER_PERSON_PARTICLES.has(a.doc.tokens[i]?.key ?? '')) return true;
  }
  return false;
}

/**
 * A known city, a hyphen and one unknown capitalised word: a district, a
 * station, an airport of the city ("Bordeaux-Lac", "Bruxelles-Midi",
 * "Toulouse-Blagnac"); two known names joined ("Paris-Roubaix", "Lyon-Turin")
 * are a race or a link, not a place.
 */
function cityCompound(a: Analysis, text: string): boolean {
  const dash = text.indexOf('-');
  if (dash < 2 || dash === text.length - 1) return false;
  const rest = text.slice(dash + 1);
  // One part after the city ("Bruxelles-Capitale-Ixelles" is a police zone's name).
  if (rest.charAt(0) === rest.charAt(0).toLowerCase() || rest.includes('-')) return false;
  const first = text.slice(0, dash);
  // "Florence-Marie": a town that is also a first name opens a compound first name.
  if (FIRST_NAME_KEYS.has(foldText(first))) return false;
  const city = lookupName(a.ctx.dictionaries, first, 'LOCATION');
  return city !== null && city.subtype === 'city' && lookupName(a.ctx.dictionaries, rest, null) === null;
}

export const nameShape: Rule = {
  id: 'name-shape',
  find(a) {
    const out: Candidate[] = [];
    for (const run of a.runs) {
      const t = a.doc.tokens[run.tokenEnd - 1];
      // "Ruan Van der Berg", "Van der Berg": a person particle inside the name.
      if (innerParticle(a, run)) {
        out.push(candidate(a, run.tokenStart, run.tokenEnd, { type: 'PERSON', rule: 'name-shape', rank: 4, confidence: 0.6 }));
        continue;
      }
      if (t === undefined || t.fold.length < MIN_LENGTH || ((a.shape[run.tokenEnd - 1] ?? 0) & 2) !== 0) continue;
      const fold = t.fold;
      if (run.tokenEnd - run.tokenStart === 1 && (communeShape(t.text) || compassShape(t.text) || cityCompound(a, t.text))) {
        out.push(candidate(a, run.tokenStart, run.tokenEnd, { type: 'LOCATION', rule: 'name-shape', rank: 4, confidence: 0.6 }));
      } else if (PERSON_ENDINGS.some((e) => fold.endsWith(e))) {
        out.push(candidate(a, run.tokenStart, run.tokenEnd, { type: 'PERSON', rule: 'name-shape', rank: 4, confidence: 0.55 }));
      } else if (run.tokenEnd - run.tokenStart === 1 && PLACE_ENDINGS.some((e) => fold.endsWith(e))) {
        out.push(candidate(a, run.tokenStart, run.tokenEnd, { type: 'LOCATION', rule: 'name-shape', rank: 4, confidence: 0.55 }));
      }
    }
    return out;
  },
};
