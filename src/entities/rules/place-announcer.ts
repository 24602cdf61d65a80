/**
 * A capitalised name after a place noun and "de" is a place: "la ville de
 * Kharkiv", "la région de Koursk", "l'État de Californie", "l'aéroport de
 * Roissy"; so is a field after its noun and adjective: "le champ pétrolier
 * de Sangomar". Only the name is the entity.
 */
import { candidate } from '../candidate.js';
import { MASCULINE_DEFINITE, OF_LINKS, TOWN_NAME_ARTICLES } from '../data/name-context.js';
import { FACILITY_ADJECTIVES, POSITION_ADJECTIVES, TOWN_ONLY_FACILITIES } from '../data/geo-features.js';
import { COMPASS_DIRECTION_NOUNS, NEIGHBOUR_ADJECTIVES, ORDINAL_DISTRICTS, PLACE_ANNOUNCERS, PLACE_ANNOUNCERS_DES, PLACE_ANNOUNCERS_DU, PLACE_LIST_NOUNS, TOWN_APPOSITIONS, TOWN_APPOSITION_OPENERS } from '../data/name-shapes.js';
import type { Analysis, Candidate, Rule } from '../types.js';
import { FIRST_NAME_KEYS } from '../lexicons.js';
import { hitAt } from '../analysis.js';

/** Oil, gas and mineral fields, named after the noun and its adjective: "le champ pétrolier de Sangomar". */
const FIELD_NOUNS: ReadonlySet<string> = new Set(['champ', 'champs', 'gisement', 'gisements']);
/** Field nouns that name their place with "de" alone: "le gisement de Tengiz" ("le champ de Mars" is none). */
const FIELDS_OF_PLACE: ReadonlySet<string> = new Set(['gisement', 'gisements']);
/** Adjectives of a field: "pétrolier", "gazier", "offshore". */
const FIELD_ADJECTIVES: ReadonlySet<string> = new Set([
  'pétrolier', 'pétroliers', 'gazier', 'gaziers', 'pétrolifère', 'pétrolifères', 'gazifère', 'minier', 'miniers', 'aurifère',
  'offshore', 'géant', 'géants', 'houiller', 'uranifère',
]);

/**
 * A field named after its noun and adjective, with or without "de": "le
 * champ pétrolier de Sangomar", "le gisement gazier Grand Tortue Ahmeyim",
 * "le gisement de Tengiz"; only the name is the place.
 */
function fieldBefore(a: Analysis, start: number): boolean {
  const tokens = a.doc.tokens;
  let i = start - 1;
  const of = tokens[i]?.key;
  if (of === 'de' || of === "d'") i--;
  const adjective = FIELD_ADJECTIVES.has(tokens[i]?.key ?? '');
  if (adjective) i--;
  const noun = tokens[i]?.key ?? '';
  // "le gisement de Tengiz" with "de"; "le champ" needs its adjective ("le champ de Mars").
  return FIELD_NOUNS.has(noun) && a.shape[i] === 0 && (adjective || (FIELDS_OF_PLACE.has(noun) && i === start - 2));
}

/** Nouns of a mine, named after its site: "la mine de Kalemba", "les mines de Tenke Fungurume". */
const MINE_NOUNS: ReadonlySet<string> = new Set(['mine', 'mines']);
/** What a mine yields, between its noun and its site: "la mine d'or de Sadiola", "la mine de cuivre de Kamoa". */
const MINERALS: ReadonlySet<string> = new Set([
  'or', 'cuivre', 'cobalt', 'uranium', 'fer', 'bauxite', 'lithium', 'diamant', 'diamants', 'manganèse', 'charbon',
  'coltan', 'étain', 'zinc', 'nickel', 'phosphate', 'phosphates', 'argent', 'platine', 'graphite',
]);

/** The run at `start` is the site of a mine: "la mine de Kalemba", "la mine d'or de Sadiola". */
function mineBefore(a: Analysis, start: number): boolean {
  const tokens = a.doc.tokens;
  let i = start - 1;
  if (tokens[i]?.key !== 'de' && tokens[i]?.key !== "d'") return false;
  i--;
  // "d'or de", "de cuivre de": the mineral and its own "de".
  if (MINERALS.has(tokens[i]?.key ?? '') && a.shape[i] === 0 && (tokens[i - 1]?.key === 'de' || tokens[i - 1]?.key === "d'")) i -= 2;
  return MINE_NOUNS.has(tokens[i]?.key ?? '') && a.shape[i] === 0 && tokens[i]?.sentence === tokens[start]?.sentence;
}

/** "13e", "1er", "20ème": an ordinal in figures. */
const ORDINAL = /^\d{1,2}(?:e|er|ème)$/u;

/**
 * The lower-case place noun at `noun` and the link `of` after it announce a place: "la ville de", "le quartier du";
 * also over an adjective of neighbourhood: "les communes voisines de".
 */
function announced(a: Analysis, noun: number, of: string): boolean {
  if (a.shape[noun] === 0 && NEIGHBOUR_ADJECTIVES.has(a.doc.tokens[noun]?.key ?? '')) noun--;
  const key = a.doc.tokens[noun]?.key ?? '';
  if (a.shape[noun] !== 0 || !PLACE_ANNOUNCERS.has(key)) return false;
  return of === 'de' || of === "d'" || (of === 'du' && PLACE_ANNOUNCERS_DU.has(key)) || (of === 'des' && PLACE_ANNOUNCERS_DES.has(key));
}

/**
 * "le quartier de la Goutte-d'Or", "la région de l'Oriental": "de" and an article after a noun of those that take
 * "du" too (their place names may carry an article); the run at `start` follows the article.
 */
function announcedWithArticle(a: Analysis, start: number): boolean {
  const tokens = a.doc.tokens;
  const article = tokens[start - 1]?.key;
  if ((article !== 'la' && article !== "l'") || tokens[start - 2]?.key !== 'de') return false;
  return a.shape[start - 3] === 0 && PLACE_ANNOUNCERS_DU.has(tokens[start - 3]?.key ?? '');
}

/** Feminine forms of facility adjectives: "la base spatiale". */
const SPACE_ADJECTIVES: ReadonlySet<string> = new Set(['spatiale', 'militaires', 'aéronavale']);

/** Most adjectives between a facility noun and its "de": "la base spatiale américaine de Pituffik". */
const MAX_FACILITY_ADJECTIVES = 3;

/**
 * The word before `of` (at `of - 1`) ends lower-case adjectives of a facility noun (FACILITY_ADJECTIVES, or a
 * demonym) after that noun: "la base spatiale américaine de", "la base aérienne de"; the noun's index, or -1.
 */
function facilityNounBefore(a: Analysis, of: number): number {
  let k = of - 1;
  for (let n = 0; n < MAX_FACILITY_ADJECTIVES && k > 0; n++, k--) {
    const t = a.doc.tokens[k];
    const hit = hitAt(a, k);
    const demonym = hit !== undefined && hit.payload.type === 'NATIONALITY' && hit.tokenStart === k && hit.tokenEnd === k + 1;
    if (t === undefined || a.shape[k] !== 0 || !(FACILITY_ADJECTIVES.has(t.key) || SPACE_ADJECTIVES.has(t.key) || demonym)) break;
  }
  return k < of - 1 && TOWN_ONLY_FACILITIES.has(a.doc.tokens[k]?.key ?? '') && a.shape[k] === 0 ? k : -1;
}


/**
 * The run at `start` opens a list of places after a plural place noun and ", dont" ("quatre villages, dont Ribaute"),
 * or goes on such a list after "et" or a comma, the list's last run ending at `listEnd`; or repeats the "de" of an
 * announced place ending at `announcedEnd` after "et": "les communes de Góis et de Pampilhosa da Serra".
 */
function listedPlace(a: Analysis, start: number, listEnd: number, announcedEnd: number): boolean {
  const tokens = a.doc.tokens;
  const link = tokens[start - 1]?.key;
  if ((link === 'et' || link === ',') && listEnd === start - 1) return true;
  // "les communes de Góis et de Pampilhosa da Serra": the link repeated after "et".
  if ((link === 'de' || link === "d'") && tokens[start - 2]?.key === 'et' && (listEnd === start - 2 || announcedEnd === start - 2)) return true;
  return link === 'dont' && tokens[start - 2]?.key === ',' && PLACE_LIST_NOUNS.has(tokens[start - 3]?.key ?? '') && a.shape[start - 3] === 0;
}



/** A capitalised "Nord"/"Sud" after its article, no name going on after it ("le Sud Pacifique", "Sud-Kivu"). */
function standaloneCompass(a: Analysis, i: number): boolean {
  const tokens = a.doc.tokens;
  const t = tokens[i];
  const next = tokens[i + 1];
  if (t === undefined || !MASCULINE_DEFINITE.has(tokens[i - 1]?.key ?? '') || a.capsSentence[t.sentence] === true) return false;
  // "le vent du Nord", "le pôle Sud": a direction, no place; "le Nord du pays": the direction of a place named after.
  if (COMPASS_DIRECTION_NOUNS.has(tokens[i - 2]?.key ?? '') || OF_LINKS.has(next?.key ?? '')) return false;
  return next === undefined || next.sentence !== t.sentence || (a.shape[i + 1] === 0 && !(next.text === '-' && !next.spaceBefore));
}

/** Longest opener of a town apposition before its noun ("une petite"), in tokens. */
const MAX_APPOSITION_OPENERS = 2;

/** After the name ending at `end`: a comma, then a town noun, maybe after a determiner and an adjective ("une petite commune"). */
function townApposition(a: Analysis, end: number): boolean {
  const tokens = a.doc.tokens;
  const comma = tokens[end];
  if (comma?.key !== ',') return false;
  let k = end + 1;
  for (let n = 0; n < MAX_APPOSITION_OPENERS && TOWN_APPOSITION_OPENERS.has(tokens[k]?.key ?? '') && a.shape[k] === 0; n++) k++;
  const noun = tokens[k];
  return noun !== undefined && noun.sentence === comma.sentence && a.shape[k] === 0 && TOWN_APPOSITIONS.has(noun.key);
}

/** `end`, or past a lower-case position adjective closing the name there: "le district de Tapanuli central". */
function positionEnd(a: Analysis, end: number): number {
  const t = a.doc.tokens[end];
  return t !== undefined && a.shape[end] === 0 && POSITION_ADJECTIVES.has(t.key) && t.sentence === a.doc.tokens[end - 1]?.sentence ? end + 1 : end;
}

export const placeAnnouncer: Rule = {
  id: 'place-announcer',
  find(a) {
    const out: Candidate[] = [];
    const tokens = a.doc.tokens;
    // End of the last run of a list of places ("villages, dont Ribaute et Camplong-d'Aude"), or -1.
    let listEnd = -1;
    // End of the last run a place noun announced ("les communes de Góis"), which "et de" may continue.
    let announcedEnd = -1;
    for (const run of a.runs) {
      if (run.rawStart === run.tokenStart && a.dictAt[run.tokenStart] === -1 && !FIRST_NAME_KEYS.has(tokens[run.tokenStart]?.fold ?? '') && listedPlace(a, run.tokenStart, listEnd, announcedEnd)) {
        out.push(candidate(a, run.tokenStart, run.tokenEnd, { type: 'LOCATION', rule: 'place-announcer', rank: 3, confidence: 0.65 }));
        listEnd = run.tokenEnd;
        continue;
      }
      // "le gisement gazier Grand Tortue Ahmeyim": a capitalised common word opening the name belongs to it.
      if (fieldBefore(a, run.rawStart)) {
        out.push(candidate(a, run.rawStart, run.tokenEnd, { type: 'LOCATION', rule: 'place-announcer', rank: 3, confidence: 0.7 }));
        continue;
      }
      // "la mine de Kalemba", "la mine d'or de Sadiola": the site of a mine.
      if (run.rawStart === run.tokenStart && a.dictAt[run.tokenStart] === -1 && mineBefore(a, run.tokenStart)) {
        out.push(candidate(a, run.tokenStart, run.tokenEnd, { type: 'LOCATION', rule: 'place-announcer', rank: 3, confidence: 0.65 }));
        continue;
      }
      // "la commune de La Séguinière", "sa ferme de Les Essarts": a capitalised article opens the town's name.
      const articled = run.rawStart === run.tokenStart - 1 && TOWN_NAME_ARTICLES.has(tokens[run.rawStart]?.text ?? '') && tokens[run.rawStart]?.spaceBefore === true;
      if (articled) {
        const of = tokens[run.rawStart - 1];
        if (of !== undefined && announced(a, run.rawStart - 2, of.key)) {
          out.push(candidate(a, run.rawStart, run.tokenEnd, { type: 'LOCATION', rule: 'place-announcer', rank: 3, confidence: 0.7 }));
        }
        continue;
      }
      if (run.rawStart !== run.tokenStart) continue;
      // "Arganil, une commune d'environ 11 000 habitants": a town noun in apposition.
      if (townApposition(a, run.tokenEnd) && a.dictAt[run.tokenStart] === -1) {
        out.push(candidate(a, run.tokenStart, run.tokenEnd, { type: 'LOCATION', rule: 'place-announcer', rank: 3, confidence: 0.7 }));
        continue;
      }
      const of = tokens[run.tokenStart - 1];
      const noun = tokens[run.tokenStart - 2];
      if (of === undefined || noun === undefined) continue;
      // "la base spatiale américaine de Pituffik": adjectives between the facility noun and its "de".
      const afterAdjectives = (of.key === 'de' || of.key === "d'") && facilityNounBefore(a, run.tokenStart - 1) !== -1;
      if (!afterAdjectives && !announced(a, run.tokenStart - 2, of.key) && !announcedWithArticle(a, run.tokenStart)) continue;
      // "le pays de Caux", "le pays d'Auge": a traditional region is named with its noun (not a known country).
      const region = noun.key === 'pays' && noun.text === 'pays' && (of.key === 'de' || of.key === "d'") && a.dictAt[run.tokenStart] === -1 && MASCULINE_DEFINITE.has(tokens[run.tokenStart - 3]?.key ?? '');
      out.push(candidate(a, region ? run.tokenStart - 2 : run.tokenStart, positionEnd(a, run.tokenEnd), { type: 'LOCATION', rule: 'place-announcer', rank: 3, confidence: 0.7 }));
      announcedEnd = run.tokenEnd;
    }
    // "son fief du Nord": the compass words, which the runs leave out, after such a noun.
    for (const i of a.triggers.compass) {
      if (a.dictAt[i] !== -1) continue;
      if (announced(a, i - 2, tokens[i - 1]?.key ?? '')) out.push(candidate(a, i, i + 1, { type: 'LOCATION', rule: 'place-announcer', rank: 3, confidence: 0.65 }));
      // "les frappes dans le Sud", "les familles du Nord": the part of the country of the story (or the Nord
      // département), a weak reading that any longer name holding it outranks ("la mer du Nord", "la gare du Nord").
      else if (standaloneCompass(a, i)) out.push(candidate(a, i, i + 1, { type: 'LOCATION', rule: 'place-announcer', rank: 4, confidence: 0.55 }));
    }
    // "dans le 13e arrondissement": a city district by its ordinal.
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i];
      if (t === undefined || t.kind !== 'word' || !ORDINAL_DISTRICTS.has(t.key) || !ORDINAL.test(tokens[i - 1]?.text ?? '')) continue;
      out.push(candidate(a, i - 1, i + 1, { type: 'LOCATION', rule: 'place-announcer', rank: 3, confidence: 0.7 }));
    }
    return out;
  },
};
