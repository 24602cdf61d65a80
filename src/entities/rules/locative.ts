/**
 * An unknown capitalised name after a locative preposition is a place:
 * "à Kherson", "en Crimée", "vers Bakhmout", "depuis Sébastopol", "À Lacanau, …";
 * so is one alone in brackets right after a known place, its département or
 * region: "Vierzon (Cher)", "Carcassonne (Aude)" (names the dictionary
 * leaves out for being common words or first names); and one opening a
 * line with a known place in brackets or a day and a month after its comma
 * is the town of a dateline: "Kourou (Guyane), 6 mars (AFP) –",
 * "Bagnères-de-Luchon, 14 juillet (AFP) –"; so is one before its
 * département or region in brackets: "Saint-Avold (Moselle)". A motorway by
 * its number is a place too: "l'A62", "l'autoroute A61".
 */
import { candidate } from '../candidate.js';
import { GERMANIC_PARTICLES, LOCATIVE_PREPOSITIONS } from '../data/name-context.js';
import { FIRST_NAME_KEYS } from '../lexicons.js';
import { MONTHS } from '../../quantities/data/units.js';
import { ORG_HEADS } from '../data/org-heads.js';
import { NON_ORG_ACRONYMS } from '../data/acronyms.js';
import { CAPS, type Analysis, type Candidate, type Rule } from '../types.js';
import { hitAt } from '../analysis.js';

/**
 * The run `start..end` is alone in brackets right after a place, of the
 * dictionary or read as one ("Vierzon (Cher)", "à Petite-Forêt (Nord)").
 */
function bracketAfterPlace(a: Analysis, start: number, end: number, placeBefore: (joint: number) => boolean): boolean {
  const tokens = a.doc.tokens;
  if (tokens[start - 1]?.key !== '(' || tokens[end]?.key !== ')') return false;
  // After a place only read as one, a word in capitals is rather an acronym: "à Gennevilliers (ARG)".
  return placeEndsAt(a, start - 1) || ((a.shape[start] ?? 0) & CAPS) === 0 && placeBefore(start - 1);
}

/** Locative prepositions that take an article before a place: "dans l'Aude", "dans la Drôme", "vers le Var". */
const ARTICLED_LOCATIVES: ReadonlySet<string> = new Set(['dans', 'vers', 'depuis', 'sur']);

/** "dans l'Aude": a preposition and an article before a capitalised name that heads no organisation. */
function articledPlace(a: Analysis, start: number): boolean {
  const tokens = a.doc.tokens;
  const article = tokens[start - 1]?.key ?? '';
  const t = tokens[start];
  if (t === undefined || !(article === "l'" || article === 'la' || article === 'le') || ORG_HEADS.has(t.key)) return false;
  return ARTICLED_LOCATIVES.has(tokens[start - 2]?.key ?? '') && t.text.charAt(0) !== t.key.charAt(0);
}

/**
 * A known place alone in brackets right after the run ending at `end`:
 * "Kourou (Guyane)", "Tibú (Colombie)"; with `regionOnly`, a region or a
 * département ("Saint-Avold (Moselle)": "Martin (France)" in a results list
 * is an athlete and his country).
 */
function placeInBracketsAfter(a: Analysis, end: number, regionOnly = false): boolean {
  const tokens = a.doc.tokens;
  if (tokens[end]?.key !== '(') return false;
  const k = a.dictAt[end + 1] ?? -1;
  const hit = k === -1 ? undefined : a.dict[k];
  if (hit === undefined || hit.payload.type !== 'LOCATION' || hit.tokenStart !== end + 1 || tokens[hit.tokenEnd]?.key !== ')') return false;
  return !regionOnly || hit.payload.subtype === 'region';
}

/** A day of the month in figures: "14", "6". */
const DAY = /^\d{1,2}$/u;

/** ", 14 juillet" right after the run ending at `end`: the date of a dateline ("Bagnères-de-Luchon, 14 juillet (AFP) –"). */
function datedAfter(a: Analysis, end: number): boolean {
  const tokens = a.doc.tokens;
  const day = tokens[end + 1];
  return tokens[end]?.key === ',' && day !== undefined && day.kind === 'number' && DAY.test(day.text) && MONTHS.has(tokens[end + 2]?.fold ?? '');
}

/** Words that join the places of a list: "Tuchan, Ribaute ou Fabrezan", "entre Aiguillon et Agen". */
const LIST_JOINTS: ReadonlySet<string> = new Set([',', 'et', 'ou']);

/** Prepositions repeated before each place of a coordination: "de X ou de Y", "du X et du Y". */
const LINK_OF: ReadonlySet<string> = new Set(['de', 'du', "d'", 'des']);

/** Tokens of the place (of the dictionary, or one token read as one) ending right before token `i`. */
function placeLength(a: Analysis, i: number): number {
  const hit = hitAt(a, i - 1);
  return hit !== undefined && hit.tokenEnd === i ? hit.tokenEnd - hit.tokenStart : 1;
}

/** A place of the dictionary starts at token `i`. */
function placeAt(a: Analysis, i: number): boolean {
  const k = a.dictAt[i] ?? -1;
  const hit = k === -1 ? undefined : a.dict[k];
  return hit !== undefined && hit.tokenStart === i && hit.payload.type === 'LOCATION';
}

/** A place of the dictionary ends right before token `i`. */
function placeEndsAt(a: Analysis, i: number): boolean {
  const k = a.dictAt[i - 1] ?? -1;
  const hit = k === -1 ? undefined : a.dict[k];
  return hit !== undefined && hit.tokenEnd === i && hit.payload.type === 'LOCATION';
}

/**
 * The run `start..end` stands in a list of places: between "entre" and "et"
 * and a known place ("entre Aiguillon et Agen"), after "entre", a place and
 * "et" ("entre Agen et Aiguillon"), or after a place that a
 * joint follows and before a joint and a known place ("A Tuchan, Ribaute ou
 * Fabrezan"); `placeBefore` tells whether the name before the joint is a place.
 */
function inPlaceList(a: Analysis, start: number, end: number, placeBefore: (joint: number) => boolean): boolean {
  const tokens = a.doc.tokens;
  const after = tokens[end];
  const before = tokens[start - 1];
  if (after === undefined || before === undefined) return false;
  if (before.key === 'entre') return after.key === 'et' && placeAt(a, end + 1);
  // "du Nord-Ouest et du Sud-Ouest", "de Saint-Brieuc ou de Lannion": one preposition repeated before each place.
  if (LINK_OF.has(before.key)) {
    const joint = tokens[start - 2]?.key ?? '';
    if ((after.key === 'et' || after.key === 'ou') && tokens[end + 1]?.key === before.key && placeAt(a, end + 2)) return true;
    return (joint === 'et' || joint === 'ou') && tokens[start - 3] !== undefined && placeBefore(start - 2) && (tokens[start - 3 - placeLength(a, start - 2)]?.key ?? '') === before.key;
  }
  if (!LIST_JOINTS.has(before.key) || !placeBefore(start - 1)) return false;
  // "entre Lyon et Kradovo": the second of a pair of places opened by "entre".
  if (before.key === 'et' && tokens[start - 2 - placeLength(a, start - 1)]?.key === 'entre') return true;
  // The last of the list, before a punctuation ("… ou Fabrezan, au moins"; "et Dupont a dit" is a subject),
  // or one that a joint and another name follow ("Ribaute ou …").
  if (before.key !== ',') return after.kind === 'punct';
  return LIST_JOINTS.has(after.key) && (placeAt(a, end + 1) || a.shape[end + 1] !== 0);
}

/** A motorway's number: "A61", "A7", "A837"; after an article, not an Airbus ("l'A220", "l'A320", "l'A380"). */
const MOTORWAY = /^A\d{1,3}$/u;
const AIRBUS = /^A(?:220|3\d\d)$/u;
/** Words before a motorway's number: "l'A62", "l'autoroute A61", "la A7". */
const MOTORWAY_CUES: ReadonlySet<string> = new Set(["l'", 'la', 'autoroute', 'autoroutes']);

/** Joints between two motorway numbers: "A6 et A7", "A6 ou A7". */
const MOTORWAY_JOINTS: ReadonlySet<string> = new Set(['et', 'ou']);

function isMotorway(text: string, cue: string): boolean {
  return MOTORWAY.test(text) && (cue === 'autoroute' || cue === 'autoroutes' || !AIRBUS.test(text));
}

/** Does a lower-case Germanic particle stand inside the run `from..to` ("Els van Doesburg")? */
function germanicParticleInside(a: Analysis, from: number, to: number): boolean {
  for (let i = from + 1; i < to - 1; i++) {
    const t = a.doc.tokens[i];
    if (t !== undefined && t.text === t.key && GERMANIC_PARTICLES.has(t.key)) return true;
  }
  return false;
}

export const locative: Rule = {
  id: 'locative',
  find(a) {
    const out: Candidate[] = [];
    // End tokens of the runs read as places, for the lists: "A Tuchan, Ribaute ou Fabrezan".
    const placeRunEnds = new Set<number>();
    const placeBefore = (joint: number): boolean => placeEndsAt(a, joint) || placeRunEnds.has(joint);
    // End tokens of the motorway numbers read, for their lists.
    const motorwayEnds = new Set<number>();
    for (const run of a.runs) {
      const prev = a.doc.tokens[run.tokenStart - 1];
      // "À Lacanau, …": a capitalised preposition opening the sentence is stripped from the run but still locates.
      // "A Tuchan, …": the capital is often written without its accent.
      const locativePrev = prev !== undefined && (LOCATIVE_PREPOSITIONS.has(prev.key) || prev.text === 'A');
      if (run.rawStart !== run.tokenStart && !(run.rawStart === run.tokenStart - 1 && locativePrev)) continue;
      // A motorway by its number: "l'A62", "l'autoroute A61" (the noun is left out); the next of a list
      // of them too: "les autoroutes A6 et A7", "l'A6, l'A7".
      const motorwayText = a.doc.tokens[run.tokenStart]?.text ?? '';
      const listed = prev !== undefined && MOTORWAY_JOINTS.has(prev.key) && motorwayEnds.has(run.tokenStart - 1) && MOTORWAY.test(motorwayText);
      if (run.tokenEnd === run.tokenStart + 1 && prev !== undefined && (listed || (MOTORWAY_CUES.has(prev.key) && isMotorway(motorwayText, prev.key)))) {
        out.push(candidate(a, run.tokenStart, run.tokenEnd, { type: 'LOCATION', rule: 'locative', rank: 4, confidence: 0.7 }));
        motorwayEnds.add(run.tokenEnd);
        continue;
      }
      // A dateline: "Kourou (Guyane), 6 mars (AFP) –" at the start of a line ("Martin (France)" in a results list is a person).
      const lineStart = prev === undefined || a.doc.tokens[run.tokenStart]?.newlineBefore === true;
      const dateline = lineStart && (placeInBracketsAfter(a, run.tokenEnd) || datedAfter(a, run.tokenEnd));
      // "Saint-Avold (Moselle)": a town and its département or region in brackets (a person's first name says otherwise).
      const town = !dateline && !FIRST_NAME_KEYS.has(a.doc.tokens[run.tokenStart]?.fold ?? '') && placeInBracketsAfter(a, run.tokenEnd, true);
      if (!dateline && !town && (prev === undefined || !(locativePrev || bracketAfterPlace(a, run.tokenStart, run.tokenEnd, placeBefore) || articledPlace(a, run.tokenStart) || inPlaceList(a, run.tokenStart, run.tokenEnd, placeBefore)))) continue;
      // "l'accès à X": a single letter is no place.
      if (run.tokenEnd === run.tokenStart + 1 && (a.doc.tokens[run.tokenStart]?.text.length ?? 0) < 2) continue;
      // "dans l'Ehpad", "vers le Smic": a common noun written as an acronym names no place.
      if (run.tokenEnd === run.tokenStart + 1 && NON_ORG_ACRONYMS.has(a.doc.tokens[run.tokenStart]?.key ?? '')) continue;
      // "a remis le trophée à Els van Doesburg": a Dutch or German particle inside the name makes it a person's.
      if (germanicParticleInside(a, run.tokenStart, run.tokenEnd)) continue;
      out.push(candidate(a, run.tokenStart, run.tokenEnd, { type: 'LOCATION', rule: 'locative', rank: 4, confidence: 0.6 }));
      placeRunEnds.add(run.tokenEnd);
    }
    // "à Petite-Forêt (Nord)": the département Nord, a compass word the runs leave out, in brackets after a place.
    for (const i of a.triggers.compass) {
      if (a.dictAt[i] === -1 && bracketAfterPlace(a, i, i + 1, placeBefore)) out.push(candidate(a, i, i + 1, { type: 'LOCATION', rule: 'locative', rank: 4, confidence: 0.6 }));
    }
    return out;
  },
};
