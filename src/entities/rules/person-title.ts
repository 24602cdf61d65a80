/**
 * A capitalised name announced by a title, a role or an honorific before it:
 * "le président russe Vladimir Poutine", "le législateur Yoo Sang-bum",
 * "M. Kim", "le conseiller du Kremlin, Iouri Ouchakov", "l'ambassadeur de
 * Russie en Corée du Nord, Alexander Matsegora".
 */
import { candidate } from '../candidate.js';
import { LOCATIVE_PREPOSITIONS } from '../data/name-context.js';
import { HONORIFICS, PERSON_TITLES, PORTFOLIO_PREPOSITIONS, RELATION_TITLES, TITLE_BRIDGE as BRIDGE, TITLE_COMPLEMENTS, TITLE_SPORTS, WEAK_TITLES } from '../data/titles.js';
import { ORG_DOMAINS } from '../data/org-heads.js';
import type { Analysis, Candidate, Rule } from '../types.js';


/** Articles, plain or contracted with "de": the name after one is an institution's or a place's. */
const ARTICLES_BEFORE_NAME: ReadonlySet<string> = new Set(['le', 'la', "l'", 'les', 'du', 'des']);

/**
 * Titles whose "de" complement is their territory or their institution, never
 * their holder: "le maire de Lacanau", "le président de Vooruit", "la
 * directrice de Médiamétrie" (kinship and entourage titles are not here: "le
 * fils de Kadhafi", "l'avocat de Dupontel").
 */
const TERRITORIAL_TITLES: ReadonlySet<string> = new Set([
  'maire', 'maires', 'préfet', 'préfète', 'préfets', 'sous-préfet', 'gouverneur', 'gouverneure', 'député', 'députée',
  'sénateur', 'sénatrice', 'évêque', 'archevêque', 'recteur', 'rectrice', 'bourgmestre', 'édile', 'président',
  'présidente', 'directeur', 'directrice', 'pdg', 'patron', 'patronne', 'fondateur', 'fondatrice', 'dirigeant',
  'dirigeante', 'secrétaire', 'trésorier', 'trésorière', 'coprésident', 'coprésidente', 'vice-président', 'vice-présidente',
]);
const OF_TERRITORY: ReadonlySet<string> = new Set(['de', 'du', "d'", 'des']);

/** How far back (in tokens) a title may stand from the name. */
const WINDOW = 10;

/** A portfolio in lower case after its preposition: "la ministre des finances", "le ministre de l'économie". */
function lowerCasePortfolio(a: Analysis, i: number): boolean {
  const key = a.doc.tokens[i]?.key ?? '';
  const sport = TITLE_SPORTS.has(key) && a.shape[i] === 0;
  return (ORG_DOMAINS.has(key) || TITLE_COMPLEMENTS.has(key) || sport) && PORTFOLIO_PREPOSITIONS.has(a.doc.tokens[i - 1]?.key ?? '');
}

/**
 * Is there a title before token `start`, reading back over bridges,
 * dictionary hits (demonyms, places, institutions), capitalised words and
 * lower-case portfolios?
 */
export function titleBefore(a: Analysis, start: number): boolean {
  const tokens = a.doc.tokens;
  // "l'ambassadeur à Tbilissi": a locative preposition right before the name makes it a place.
  if (LOCATIVE_PREPOSITIONS.has(tokens[start - 1]?.key ?? '')) return false;
  // "la commissaire à l'Élargissement, Marta Kos", "le ministre délégué aux Armées": an article after "à" (or "au",
  // "aux") opens the portfolio of the title, never the name of its holder.
  const prev = tokens[start - 1]?.key;
  if (prev === 'au' || prev === 'aux' || ((prev === "l'" || prev === 'la' || prev === 'les') && tokens[start - 2]?.key === 'à')) return false;
  // "le Danois Mikkel Sørensen", "l'Américaine Coco Gauff": a demonym noun with its article announces a person.
  if (demonymNounBefore(a, start)) return true;
  const sentence = tokens[start]?.sentence;
  let commas = 0;
  for (let i = start - 1, steps = 0; i >= 0 && steps < WINDOW; i--, steps++) {
    const t = tokens[i];
    if (t === undefined || t.sentence !== sentence) return false;
    if (HONORIFICS.has(t.key) && i === start - 1) return true;
    // "M." is the honorific followed by its dot.
    if (t.key === '.' && i === start - 1 && HONORIFICS.has(tokens[i - 1]?.key ?? '')) return true;
    if (PERSON_TITLES.has(t.key)) {
      // "le maire de Lacanau", "le préfet du Var", "le porte-parole de Kelvora", "le responsable de Total": the name
      // in the title's complement is its territory or the body it serves, not its holder; only a relation's
      // complement is a person ("l'avocat de X", "la fille de X"). ("la directrice générale de Kelvora": the title's
      // qualifiers may stand before its "de", a title themselves.)
      if (OF_TERRITORY.has(tokens[start - 1]?.key ?? '') && !RELATION_TITLES.has(t.key) && qualifiersOnly(a, i + 1, start - 1)) return false;
      return !WEAK_TITLES.has(t.key) || i === start - 1 || tokens[i - 1]?.kind !== 'word' || isDeterminer(tokens[i - 1]?.key);
    }
    if (t.key === ',') {
      // Only the comma of the apposition, right before the name.
      if (commas > 0 || i !== start - 1) return false;
      commas++;
      continue;
    }
    if (a.dictAt[i] !== -1) continue;
    if (t.kind === 'word' && t.key !== t.text) continue; // a capitalised word: "du Kremlin", "de la Défense"
    if (BRIDGE.has(t.key) || lowerCasePortfolio(a, i)) continue;
    return false;
  }
  return false;
}

/** Articles before a demonym noun that announces a person. */
const DEMONYM_ARTICLES: ReadonlySet<string> = new Set(['le', 'la', "l'", 'du', 'au']);

/** A capitalised demonym noun of the dictionary, after a singular article, right before token `start`. */
export function demonymNounBefore(a: Analysis, start: number): boolean {
  const k = a.dictAt[start - 1] ?? -1;
  const hit = k === -1 ? undefined : a.dict[k];
  if (hit === undefined || hit.payload.type !== 'NATIONALITY' || hit.tokenEnd !== start || a.shape[hit.tokenStart] === 0) return false;
  const article = a.doc.tokens[hit.tokenStart - 1];
  return article !== undefined && DEMONYM_ARTICLES.has(article.key) && article.sentence === a.doc.tokens[start]?.sentence;
}

function isDeterminer(key: string | undefined): boolean {
  return key === 'le' || key === 'la' || key === "l'" || key === 'les' || key === 'son' || key === 'sa' || key === 'un' || key === 'une';
}

export const personTitle: Rule = {
  id: 'person-title',
  find(a) {
    const out: Candidate[] = [];
    for (const run of a.runs) {
      // "le président de la SNCF", "la directrice du Louvre": a name right after an article is no person's
      // ("de la Défense Shin Wonsik" is: the article stands before a stripped portfolio).
      if (run.rawStart === run.tokenStart && ARTICLES_BEFORE_NAME.has(a.doc.tokens[run.tokenStart - 1]?.key ?? '')) continue;
      // The stripped words of the run ("Président" in "Président Vladimir Poutine") count as context.
      if (run.rawStart < run.tokenStart ? titleInside(a, run.rawStart, run.tokenStart) || titleBefore(a, run.rawStart) : titleBefore(a, run.tokenStart)) {
        out.push(candidate(a, run.tokenStart, run.tokenEnd, { type: 'PERSON', rule: 'person-title', rank: 3, confidence: 0.9 }));
      }
    }
    return out;
  },
};

/** Tokens `from..to` (exclusive) are lower-case words only, none of them a "de": "générale" in "directrice générale de". */
function qualifiersOnly(a: Analysis, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = a.doc.tokens[i];
    if (t === undefined || t.kind !== 'word' || a.shape[i] !== 0 || OF_TERRITORY.has(t.key) || isDeterminer(t.key)) return false;
  }
  return true;
}

/**
 * A title among the stripped leading words of a run ("Président Vladimir Poutine"); not a territorial title with
 * its "de" right before the name: "Le PDG de Vendralis".
 */
function titleInside(a: Analysis, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const key = a.doc.tokens[i]?.key ?? '';
    if (TERRITORIAL_TITLES.has(key) && OF_TERRITORY.has(a.doc.tokens[to - 1]?.key ?? '') && qualifiersOnly(a, i + 1, to - 1)) continue;
    if (HONORIFICS.has(key) || (PERSON_TITLES.has(key) && !WEAK_TITLES.has(key))) return true;
  }
  return false;
}
