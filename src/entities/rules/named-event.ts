/**
 * Historical events named after a place ("la guerre de Corée", "la guerre du
 * Golfe") and capitalised recurring events ("Festival de Cannes", "Tour de
 * France", "Grand Prix de Monaco", "Champions Cup") are claimed as one span so the place
 * inside is not read as a location; the span is dropped from the output
 * (events are not entities).
 */
import { candidate } from '../candidate.js';
import { AWARD_ARTICLES, AWARD_CEREMONIES, CONSENT_BEFORE, EVENT_HEADS, LOWERCASE_EVENT_HEADS, NAMED_EVENTS, NICKNAME_AUXILIARIES, NICKNAME_CUES, NICKNAME_QUOTES, TREATY_NOUNS, TRAILING_EVENT_HEADS } from '../data/events.js';
import { BLOCKED, CAP, type Analysis, type Candidate, type Rule } from '../types.js';
import { runFrom } from '../analysis.js';

const OF: ReadonlySet<string> = new Set(['de', 'du', "d'", 'des']);
/** Articles after "de": "Salon de l'agriculture", "Fête de la musique". */
const ARTICLE: ReadonlySet<string> = new Set(['la', "l'"]);
/** Articles before a capitalised event head standing alone for the event: "le Tournoi", "du Mondial". */
const ALONE_AFTER: ReadonlySet<string> = new Set(['le', 'la', "l'", 'les', 'du', 'au', 'aux', 'des']);

/** Prepositions before a year that make it a date: "en 2021", "depuis 2019". */
const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set(['en', 'depuis', 'dès', 'avant', 'après', 'pour', 'de', 'à', 'jusqu\'en', 'vers']);
/** A four-digit year closing an event's name: "Coupe du monde 2026", "Euro 2028", "JO 2024". */
const EDITION_YEAR = /^(?:19|20)\d\d$/u;

/** `end`, or one past it when the token there is the edition's year. */
function withEdition(a: Analysis, end: number): number {
  const t = a.doc.tokens[end];
  const before = a.doc.tokens[end - 1];
  // "l'US Open en 2021": after a preposition the year is the date of the edition, not part of its name.
  if (before === undefined || YEAR_PREPOSITIONS.has(before.key)) return end;
  return t !== undefined && t.kind === 'number' && EDITION_YEAR.test(t.text) && t.sentence === before.sentence ? end + 1 : end;
}

/** End of the name of a capitalised event whose head is at `h` ("Festival de Cannes", "Coupe du monde 2026"), or -1. */
function eventEnd(a: Analysis, h: number): number {
  const end = eventNameEnd(a, h);
  if (end !== -1) return withEdition(a, end);
  // "Euro 2028", "JO 2024": a head followed by its year only.
  const year = withEdition(a, h + 1);
  return year > h + 1 && a.shape[h] !== 0 ? year : -1;
}

function eventNameEnd(a: Analysis, h: number): number {
  const tokens = a.doc.tokens;
  const head = tokens[h];
  if (head === undefined || a.capsSentence[head.sentence] === true) return -1;
  if (a.shape[h] === 0) return lowerCaseEventEnd(a, h);
  let j = h + 1;
  // "Jeux olympiques de Paris", "Coupe du monde de rugby": an adjective between the head and its complement.
  while (tokens[j]?.kind === 'word' && a.shape[j] === 0 && !OF.has(tokens[j]?.key ?? '') && j - h <= 2) j++;
  const of = tokens[j]?.key ?? '';
  if (!OF.has(of)) return j > h + 1 ? j : -1;
  let k = j + 1;
  if (of === 'de' && ARTICLE.has(tokens[k]?.key ?? '')) k++;
  const c = tokens[k];
  if (c === undefined || c.kind !== 'word' || c.sentence !== head.sentence) return -1;
  // The complement: a capitalised name (to its dictionary end or the end of its run: "des Six Nations") or a lower-case noun ("du monde", "de l'agriculture").
  const hit = a.dictAt[k] ?? -1;
  if (hit !== -1) return a.dict[hit]?.tokenEnd ?? k + 1;
  const run = runFrom(a, k);
  return run !== undefined && run.tokenStart === k ? run.tokenEnd : k + 1;
}

/**
 * End of a lower-case event head's name ("le festival d'Avignon", "le carnaval de Nice"): its capitalised place right
 * after "de"/"d'"/"du", or -1 ("un festival de musique", "le festival a ouvert" are no names).
 */
function lowerCaseEventEnd(a: Analysis, h: number): number {
  const tokens = a.doc.tokens;
  if (!LOWERCASE_EVENT_HEADS.has(tokens[h]?.key ?? '') || !OF.has(tokens[h + 1]?.key ?? '')) return -1;
  const k = h + 2;
  const c = tokens[k];
  if (c === undefined || c.kind !== 'word' || a.shape[k] === 0 || c.sentence !== tokens[h]?.sentence) return -1;
  const hit = a.dictAt[k] ?? -1;
  if (hit !== -1) return a.dict[hit]?.tokenStart === k ? (a.dict[hit]?.tokenEnd ?? -1) : -1;
  const run = runFrom(a, k);
  return run !== undefined && run.tokenStart === k ? run.tokenEnd : -1;
}

/**
 * Start of the treaty named after the place at `i` ("l'accord de Paris", "les accords de paix de Dayton", "le traité
 * de Lisbonne", a town; "le traité de l'Atlantique Nord", a region after its article): its noun, or -1. "accord"
 * after "avec l'", "sans l'", or before "de la France", is the place's consent.
 */
export function treatyStart(a: Analysis, i: number, city: boolean): number {
  const tokens = a.doc.tokens;
  // "le traité de l'Atlantique Nord": a region after its article, for a treaty noun that never means consent.
  const article = !city && (tokens[i - 1]?.key === "l'" || tokens[i - 1]?.key === 'la');
  const link = article ? i - 2 : i - 1;
  const of = tokens[link]?.key;
  if (of !== 'de' && of !== "d'") return -1;
  // "les accords de paix de Dayton": the treaty's subject between its noun and its town.
  const h = tokens[link - 1]?.key === 'paix' && tokens[link - 2]?.key === 'de' ? link - 3 : link - 1;
  const noun = tokens[h];
  if (noun === undefined || !TREATY_NOUNS.has(noun.key) || noun.sentence !== tokens[i]?.sentence) return -1;
  if (!city && !article) return -1;
  if (noun.key.startsWith('accord') && (article || CONSENT_BEFORE.has(tokens[h - 2]?.key ?? ''))) return -1;
  return h;
}

export const namedEvent: Rule = {
  id: 'named-event',
  find(a) {
    const out: Candidate[] = [];
    const tokens = a.doc.tokens;
    for (const h of a.triggers.events) {
      if (EVENT_HEADS.has(tokens[h]?.key ?? '')) {
        const end = eventEnd(a, h);
        // "Grand Prix de Monaco": the adjective before the head belongs to the name.
        const start = tokens[h - 1]?.key === 'grand' && a.shape[h - 1] !== 0 ? h - 1 : h;
        // With its edition's year the name outranks the date reading of the year ("Coupe du monde 2026": no DATE).
        const dated = end > h + 1 && tokens[end - 1]?.kind === 'number';
        if (end > h + 1) out.push(candidate(a, start, end, { type: BLOCKED, rule: 'named-event', rank: dated ? 1 : 2, confidence: 0.5 }));
        // "dans le Tournoi", "au Salon": the capitalised head alone after an article is the event named before
        // (a longer name claimed above wins the overlap).
        if (a.shape[h] === CAP && ALONE_AFTER.has(tokens[h - 1]?.key ?? '') && a.shape[h + 1] === 0) {
          out.push(candidate(a, h, h + 1, { type: BLOCKED, rule: 'named-event', rank: 2, confidence: 0.5 }));
        }
        continue;
      }
      const names = NAMED_EVENTS.get(tokens[h]?.key ?? '');
      if (names === undefined || !OF.has(tokens[h + 1]?.key ?? '')) continue;
      const one = tokens[h + 2]?.fold ?? '';
      const two = `${one} ${tokens[h + 3]?.fold ?? ''}`;
      const end = names.has(two) ? h + 4 : names.has(one) ? h + 3 : -1;
      if (end !== -1) out.push(candidate(a, h, end, { type: BLOCKED, rule: 'named-event', rank: 2, confidence: 0.5 }));
    }
    // "l'accord de Paris", "les accords de Minsk": a treaty named after a town, no place.
    for (const m of a.dict) {
      if (m.payload.type !== 'LOCATION') continue;
      const start = treatyStart(a, m.tokenStart, m.payload.subtype === 'city');
      if (start !== -1) out.push(candidate(a, start, m.tokenEnd, { type: BLOCKED, rule: 'named-event', rank: 1, confidence: 0.5 }));
    }
    // "la coalition dite « Arizona »": a place's name alone in the quotes of a nickname names no place.
    for (const m of a.dict) {
      if (m.payload.type !== 'LOCATION' || !NICKNAME_QUOTES.has(tokens[m.tokenStart - 1]?.key ?? '') || !NICKNAME_CUES.has(tokens[m.tokenStart - 2]?.key ?? '')) continue;
      if (NICKNAME_AUXILIARIES.has(tokens[m.tokenStart - 3]?.key ?? '')) continue;
      const close = tokens[m.tokenEnd]?.key ?? '';
      if (close === '»' || close === '”' || close === '"' || close === '›') out.push(candidate(a, m.tokenStart, m.tokenEnd, { type: BLOCKED, rule: 'named-event', rank: 1, confidence: 0.5 }));
    }
    // "récompensé aux Oscars", "la soirée des César": an award ceremony, no place and no person.
    for (const run of a.runs) {
      const t = tokens[run.tokenStart];
      if (t === undefined || run.tokenEnd !== run.tokenStart + 1 || !AWARD_CEREMONIES.has(t.fold) || !AWARD_ARTICLES.has(tokens[run.tokenStart - 1]?.key ?? '')) continue;
      out.push(candidate(a, run.tokenStart, run.tokenEnd, { type: BLOCKED, rule: 'named-event', rank: 1, confidence: 0.5 }));
    }
    // "en Champions Cup", "la Davis Cup": a capitalised name closed by an English event head.
    for (const run of a.runs) {
      if (run.tokenEnd - run.tokenStart < 2 || !TRAILING_EVENT_HEADS.has(tokens[run.tokenEnd - 1]?.key ?? '')) continue;
      out.push(candidate(a, run.tokenStart, run.tokenEnd, { type: BLOCKED, rule: 'named-event', rank: 2, confidence: 0.5 }));
    }
    return out;
  },
};
