/**
 * A team named by its country or its city in a match report: "la France
 * s'est imposée", "Lens renverse Rennes (3-1)", "battu par Nantes",
 * "en battant l'Irlande (31-24)". A text that gives a score in brackets
 * ("(3-1)", "(31-24)") or right after a verb of result ("s'est imposé
 * 31-17") reports a match; there a country or city of the
 * dictionary is the team that plays ("face à Pau" too), unless a locative preposition or "de"
 * makes it the place ("à Strasbourg", "en Écosse", "au Stade de France",
 * "la tournée en Argentine"; "à deux points de Monaco" is the team) or it
 * is the town of the dateline ("Lens, 16 mars (AFP)"). A name coordinated
 * with the one before it ("derrière Marseille, Paris et Lyon", "à Mendoza
 * et Buenos Aires") reads like it.
 */
import { mapCandidates, makeCandidate } from '../candidate.js';
import type { Analysis, Candidate, Refiner } from '../types.js';

/** Prepositions after which a country or city is the place, not the team; "de" too ("la capitale de", "l'équipe de"). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'à', 'au', 'aux', 'en', 'dans', 'vers', 'depuis', 'via', 'sur', 'entre', 'de', "d'", 'du', 'des', 'chez', 'pour', 'près', 'outre', 'hors',
]);
/** Articles skipped before the name: "battant l'Irlande", "la France avait été". */
const ARTICLES: ReadonlySet<string> = new Set(['le', 'la', "l'", 'les']);
/** Words that join a name to the one before it: "Marseille, Paris et Lyon". */
const COORDINATORS: ReadonlySet<string> = new Set([',', 'et', 'ou']);
/** Dictionary subtypes a team is named by. */
const TEAM_PLACES: ReadonlySet<string> = new Set(['country', 'city']);
/** Regions that field national teams of their own: the home nations of the United Kingdom. */
const TEAM_REGIONS: ReadonlySet<string> = new Set(['region:GB:angleterre', 'region:GB:ecosse', 'region:GB:pays-de-galles', 'region:GB:irlande-du-nord']);
/** Gaps in a ranking before "de": "à deux points de Monaco", "trois longueurs d'avance sur" (the team after "de"). */
const GAP_NOUNS: ReadonlySet<string> = new Set(['point', 'points', 'longueur', 'longueurs', 'unité', 'unités']);
/** The larger of the two numbers of a score: "(31-24)" is one, "(2019-2024)" is no score. */
const MAX_SCORE = 199;

/** A number token of at most three digits below MAX_SCORE. */
function scoreNumber(a: Analysis, i: number): boolean {
  const t = a.doc.tokens[i];
  return t !== undefined && t.kind === 'number' && /^\d{1,3}$/.test(t.text) && Number(t.text) <= MAX_SCORE;
}

/** A score "N-M" written without spaces from token `i` (the first number). */
function scoreAt(a: Analysis, i: number): boolean {
  const tokens = a.doc.tokens;
  const dash = tokens[i + 1];
  return dash?.key === '-' && !dash.spaceBefore && tokens[i + 2]?.spaceBefore === false && scoreNumber(a, i) && scoreNumber(a, i + 2);
}

/** Past participles of a result right before its score: "s'est imposé 31-17", "a battu Lyon 2-0" (after the team). */
const RESULT_PARTICIPLES: ReadonlySet<string> = new Set([
  'imposé', 'imposée', 'imposés', 'imposées', 'incliné', 'inclinée', 'inclinés', 'inclinées', 'gagné', 'perdu', 'battu',
  'battue', 'battus', 'battues', 'emporté', 'emportée', 'emportés', 'emportées', 'défait', 'défaite', 'défaits', 'défaites',
]);

/**
 * The text reports a match: a score in brackets, "(3-1)", written without spaces, or a score right after a verb of
 * result ("s'est imposé 31-17", "l'a emporté 3-1").
 */
function reportsMatch(a: Analysis): boolean {
  const tokens = a.doc.tokens;
  for (const p of a.triggers.parens) {
    if (tokens[p + 4]?.key === ')' && tokens[p + 4]?.spaceBefore === false && scoreAt(a, p + 1)) return true;
  }
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]?.kind === 'number' && RESULT_PARTICIPLES.has(tokens[i - 1]?.key ?? '') && scoreAt(a, i)) return true;
  }
  return false;
}

/** Dashes that close a dateline: "BORDEAUX. -", "Lens (AFP) –". */
const DATELINE_DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);

/**
 * The name opens a line and a comma, a dash or a full stop and a dash
 * follow: the town of a dateline, "Lens, 16 mars (AFP) –", "BORDEAUX. -".
 */
function datelineTown(a: Analysis, c: Candidate): boolean {
  const tokens = a.doc.tokens;
  const first = tokens[c.tokenStart];
  if (!(c.tokenStart === 0 || first?.newlineBefore === true)) return false;
  const next = tokens[c.tokenEnd]?.key ?? '';
  return next === ',' || DATELINE_DASHES.has(next) || (next === '.' && DATELINE_DASHES.has(tokens[c.tokenEnd + 1]?.key ?? ''));
}

export const sportsTeam: Refiner = (a, found) => {
  if (!reportsMatch(a)) return found;
  const tokens = a.doc.tokens;
  // Whether each place candidate read as a team, by its end token: a coordinated name reads like the one before.
  const teamEndingAt = new Map<number, boolean>();
  return mapCandidates(found, (c) => {
    if (c.tokenStart < 0) return c;
    // Other places stay places and clubs stay clubs, and so do the names coordinated with them.
    if (c.type !== 'LOCATION' || !((c.subtype !== undefined && TEAM_PLACES.has(c.subtype)) || (c.id !== undefined && TEAM_REGIONS.has(c.id)))) {
      if (c.type === 'LOCATION' || (c.type === 'ORGANIZATION' && c.subtype === 'sport')) teamEndingAt.set(c.tokenEnd, c.type === 'ORGANIZATION');
      return c;
    }
    let p = c.tokenStart - 1;
    if (ARTICLES.has(tokens[p]?.key ?? '')) p--;
    const before = tokens[p];
    let team: boolean;
    if (before !== undefined && COORDINATORS.has(before.key) && teamEndingAt.has(p)) team = teamEndingAt.get(p) === true;
    else if (before !== undefined && (before.key === 'de' || before.key === "d'") && GAP_NOUNS.has(tokens[p - 1]?.key ?? '')) team = true;
    // "s'est imposé face à Pau": the opponent, not the place.
    else if (before !== undefined && before.key === 'à' && tokens[p - 1]?.key === 'face') team = true;
    else team = !datelineTown(a, c) && !(before !== undefined && before.sentence === tokens[c.tokenStart]?.sentence && (PLACE_PREPOSITIONS.has(before.key) || before.text === 'A'));
    teamEndingAt.set(c.tokenEnd, team);
    if (!team) return c;
    return makeCandidate({ ...c, type: 'ORGANIZATION', canonical: c.canonical, id: undefined, subtype: 'sport', confidence: Math.min(c.confidence, 0.7) });
  });
};
