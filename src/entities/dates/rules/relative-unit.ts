/**
 * Calendar units counted from the publication date, determiner kept:
 * "la semaine dernière", "le mois prochain", "l'année dernière",
 * "l'an passé", "l'année écoulée", "cette semaine", "ce mois-ci",
 * "cette année", "ce week-end", "plus tôt cette année", "plus tard dans la
 * journée", "dans deux semaines". "l'année précédente", "cette année-là",
 * "ces derniers mois", "les prochains jours", "les jours qui viennent",
 * "cette saison", "la saison dernière" have no value. "il y a trois
 * ans" is left to the quantities: annotated news reads it as a duration
 * ("trois ans"), not as a date.
 */
import type { PreparedDocument } from '../../../types.js';
import {
  ARTICLES,
  CALENDAR_UNITS,
  type CalendarUnit,
  DEMONSTRATIVES,
  NARRATIVE_SHIFT_WORDS,
  NUMBER_WORDS,
  SHIFT_WORDS,
} from '../data.js';
import { at } from '../tokens.js';
import type { AtomicExpr, DateMatch, DateRule } from '../types.js';
import { defineWordClass } from '../../../text/word-classes.js';

/** Units a singular phrase may name: "la semaine", "le mois", "l'an", "ce week-end". */
const SINGULAR_UNITS = new Set(['semaine', 'mois', 'année', 'annee', 'an', 'week-end', 'weekend', 'trimestre', 'jour', 'journée', 'journee']);
/** Plural units of vague spans: "ces derniers jours", "les semaines à venir". */
const PLURAL_UNITS = new Set(['jours', 'semaines', 'mois', 'années', 'annees', 'ans', 'décennies', 'decennies']);
const RECENT = new Set(['derniers', 'dernières', 'dernieres']);
const COMING = new Set(['prochains', 'prochaines']);
/** "ce mois-ci" is one token; "cette année-là" points to a year of the story. */
const HERE_SUFFIX = '-ci';
const THERE_SUFFIX = '-là';
/** One or two digits: "il y a 3 jours". */
const SMALL_NUMBER = /^\d{1,2}$/u;

/** Forms `unitOf` reads as a unit ("semaine", "mois-ci", "année-là"): most words after an article are not, and cost one bit test. */
const UNIT_WORD = defineWordClass((w) => unitOf(w.key) !== null);

function unitOf(key: string): { unit: CalendarUnit; there: boolean } | null {
  let k = key;
  let there = false;
  if (k.endsWith(HERE_SUFFIX)) k = k.slice(0, -HERE_SUFFIX.length);
  else if (k.endsWith(THERE_SUFFIX) || k.endsWith('-la')) {
    k = k.slice(0, k.lastIndexOf('-'));
    there = true;
  }
  if (!SINGULAR_UNITS.has(k)) return null;
  const unit = CALENDAR_UNITS.get(k);
  return unit === undefined ? null : { unit, there };
}

/**
 * Parses a unit phrase at `i`: "la semaine dernière", "cette année",
 * "l'année précédente"; with `bare` (inside "début de …") also "semaine",
 * "l'année", "mois prochain", which count from the reference period.
 */
export function parseUnitPhrase(
  doc: PreparedDocument,
  i: number,
  sentence: number,
  bare: boolean,
): { expr: AtomicExpr; end: number } | null {
  const t = at(doc, i, sentence);
  if (t === undefined) return null;
  const article = ARTICLES.has(t.key);
  const demonstrative = DEMONSTRATIVES.has(t.key);
  const u = at(doc, article || demonstrative ? i + 1 : i, sentence);
  if (u === undefined || (u.classes & UNIT_WORD) === 0) return null;
  const unit = unitOf(u.key);
  if (unit === null) return null;
  if (unit.unit === 'day' && !demonstrative) return null;
  // "à ce jour", "jusqu'à ce jour": so far, not a day.
  if (unit.unit === 'day' && demonstrative && at(doc, i - 1, sentence)?.key === 'à') return null;
  const end = u.index + 1;
  const after = at(doc, end, sentence)?.key ?? '';
  if (unit.there) return demonstrative ? { expr: { kind: 'vague' }, end } : null;
  const shift = SHIFT_WORDS.get(after);
  if (shift !== undefined && !demonstrative) return { expr: { kind: 'offset', unit: unit.unit, offset: shift }, end: end + 1 };
  if (NARRATIVE_SHIFT_WORDS.has(after) && !demonstrative) return { expr: { kind: 'vague' }, end: end + 1 };
  if (demonstrative || bare) {
    if (u.key === 'an') return null;
    return { expr: { kind: 'offset', unit: unit.unit, offset: 0 }, end };
  }
  return null;
}

/**
 * "ces derniers mois", "les prochains jours", "les semaines à venir";
 * after "des" (de + les, left out like "du") the span starts at the
 * adjective: "au cours des derniers mois" → "derniers mois".
 */
function vaguePlural(doc: PreparedDocument, i: number, s: number): { from: number; end: number } | null {
  const t = at(doc, i, s);
  if (t === undefined || (t.key !== 'ces' && t.key !== 'les' && t.key !== 'des')) return null;
  let j = i + 1;
  // "ces deux dernières années"
  const count = at(doc, j, s);
  if (count !== undefined && (NUMBER_WORDS.has(count.key) || SMALL_NUMBER.test(count.key))) j += 1;
  const adj = at(doc, j, s)?.key ?? '';
  const from = t.key === 'des' ? i + 1 : i;
  if ((t.key !== 'les' && RECENT.has(adj)) || COMING.has(adj)) {
    return PLURAL_UNITS.has(at(doc, j + 1, s)?.key ?? '') ? { from, end: j + 2 } : null;
  }
  if (PLURAL_UNITS.has(adj) && at(doc, j + 1, s)?.key === 'à' && at(doc, j + 2, s)?.key === 'venir') return { from, end: j + 3 };
  // "les jours qui viennent", "les mois qui viennent".
  if (PLURAL_UNITS.has(adj) && at(doc, j + 1, s)?.key === 'qui' && at(doc, j + 2, s)?.key === 'viennent') return { from, end: j + 3 };
  return null;
}

/**
 * N units back or ahead, from the count at `n`: "trois jours", "un an".
 * A week is counted in days: "dans deux semaines" → the 12th of the next
 * month for a story of the 29th.
 */
function countedUnits(doc: PreparedDocument, n: number, s: number, sign: number): { expr: AtomicExpr; end: number } | null {
  const t = at(doc, n, s);
  if (t === undefined) return null;
  const unit = CALENDAR_UNITS.get(at(doc, n + 1, s)?.key ?? '');
  if (unit === undefined || unit === 'weekend' || unit === 'quarter') return null;
  if (t.key === 'quelques') return { expr: { kind: 'vague' }, end: n + 2 };
  const count = SMALL_NUMBER.test(t.key) ? Number(t.key) : NUMBER_WORDS.get(t.key);
  if (count === undefined) return null;
  const expr: AtomicExpr =
    unit === 'week' ? { kind: 'offset', unit: 'day', offset: sign * 7 * count } : { kind: 'offset', unit, offset: sign * count };
  return { expr, end: n + 2 };
}

/**
 * "dans trois jours", "dans deux semaines": a point ahead. "dans les 48
 * heures" (a limit), "dans 6 mois de prison" (a sentence) and "dans dix
 * ans" (a horizon) are not.
 */
function ahead(doc: PreparedDocument, i: number, s: number): { expr: AtomicExpr; end: number } | null {
  if (at(doc, i, s)?.key !== 'dans') return null;
  const found = countedUnits(doc, i + 1, s, 1);
  if (found === null || found.expr.kind === 'vague') return null;
  // "dans dix ans", "dans deux années": a horizon read as a duration (left to the quantities), not a date.
  if (found.expr.kind === 'offset' && found.expr.unit === 'year') return null;
  const next = at(doc, found.end, s);
  if (next === undefined) return found;
  if (next.key === 'de' || next.key === "d'") return null;
  // "dans une année marquée par la crise", "dans un mois où": a period described, not a point ahead.
  if ((at(doc, i + 1, s)?.key === 'un' || at(doc, i + 1, s)?.key === 'une') && DESCRIBED_BY.test(next.key)) return null;
  return found;
}

/** A participle or a relative word after "dans un(e) <unit>": "marquée", "chargé", "où", "qui". */
const DESCRIBED_BY = /^(?:où|qui|que|dont|\p{L}+(?:é|ée|és|ées))$/u;

/** "plus tôt cette année", "plus tard dans la journée", "plus tôt ce mois-ci". */
function earlierLater(doc: PreparedDocument, i: number, s: number): { expr: AtomicExpr; end: number } | null {
  const adv = at(doc, i + 1, s)?.fold;
  if (at(doc, i, s)?.key !== 'plus' || (adv !== 'tot' && adv !== 'tard')) return null;
  let j = i + 2;
  if (at(doc, j, s)?.key === 'dans') j += 1;
  const phrase = parseUnitPhrase(doc, j, s, j > i + 2);
  return phrase === null || phrase.expr.kind !== 'offset' || phrase.expr.offset !== 0 ? null : phrase;
}

/**
 * "cette saison", "la saison dernière", "la saison prochaine": a sports or
 * tourist season of the story, relative but with no calendar value.
 */
function seasonOfPlay(doc: PreparedDocument, i: number, s: number): { expr: AtomicExpr; end: number } | null {
  const t = at(doc, i, s);
  if (t === undefined || at(doc, i + 1, s)?.key !== 'saison') return null;
  if (t.key === 'cette') return { expr: { kind: 'vague' }, end: i + 2 };
  return t.key === 'la' && SHIFT_WORDS.has(at(doc, i + 2, s)?.key ?? '') ? { expr: { kind: 'vague' }, end: i + 3 } : null;
}

/** Prepositions of time before "le week-end": "avant le week-end", "pendant le week-end". */
const WEEKEND_PREPOSITIONS: ReadonlySet<string> = new Set(['avant', 'après', 'pendant', 'durant', 'dès', 'depuis', 'pour', 'tout']);

/** "avant le week-end", "pendant le week-end": the coming or current weekend of the story, with no value. */
function weekendOfStory(doc: PreparedDocument, i: number, s: number): { expr: AtomicExpr; end: number } | null {
  if (at(doc, i, s)?.key !== 'le' || !WEEKEND_PREPOSITIONS.has(at(doc, i - 1, s)?.key ?? '')) return null;
  const unit = at(doc, i + 1, s)?.key;
  if (unit !== 'week-end' && unit !== 'weekend') return null;
  // "le week-end dernier", "le week-end prochain" are read with their shift by `parseUnitPhrase`.
  return SHIFT_WORDS.has(at(doc, i + 2, s)?.key ?? '') ? null : { expr: { kind: 'vague' }, end: i + 2 };
}

function hit(from: number, found: { expr: AtomicExpr; end: number } | null, confidence: number): DateMatch | null {
  return found === null ? null : { from, to: found.end, expr: found.expr, rule: 'relative-unit', confidence };
}

function match(doc: PreparedDocument, i: number): DateMatch | null {
  const t = doc.tokens[i];
  if (t === undefined) return null;
  const s = t.sentence;
  if (t.key === 'dans') return hit(i, ahead(doc, i, s), 0.75);
  if (t.key === 'plus') return hit(i, earlierLater(doc, i, s), 0.85);
  const vague = vaguePlural(doc, i, s);
  if (vague !== null) return { from: vague.from, to: vague.end, expr: { kind: 'vague' }, rule: 'relative-unit', confidence: 0.7 };
  const season = seasonOfPlay(doc, i, s);
  if (season !== null) return hit(i, season, 0.7);
  const weekend = weekendOfStory(doc, i, s);
  if (weekend !== null) return hit(i, weekend, 0.7);
  const phrase = parseUnitPhrase(doc, i, s, false);
  return hit(i, phrase, phrase?.expr.kind === 'vague' ? 0.7 : 0.9);
}

export const relativeUnit: DateRule = {
  id: 'relative-unit',
  triggers: new Set([...ARTICLES, ...DEMONSTRATIVES, 'ces', 'les', 'des', 'plus', 'dans']),
  // After a determiner: a unit ("la semaine"), a count ("les trois derniers mois"), "derniers"/"prochains", a plural unit.
  nextForm: {
    keys: new Set([...ARTICLES, ...DEMONSTRATIVES, 'ces', 'les', 'des']),
    form: (w) => unitOf(w.key) !== null || NUMBER_WORDS.has(w.key) || SMALL_NUMBER.test(w.key) || RECENT.has(w.key) || COMING.has(w.key) || PLURAL_UNITS.has(w.key) || w.key === 'saison',
  },
  match,
};
