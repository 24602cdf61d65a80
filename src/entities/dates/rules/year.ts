/**
 * A bare year, 1900–2099, only where French uses years: after "en",
 * "depuis", "dès", "jusqu'en", "d'ici", "l'an", "l'année" (strong cues), or
 * after "avant", "après", "de", "vers", "fin", "début" or before a comma or a
 * full stop (weak cues). A number followed by a unit or a plural noun is a
 * count ("2000 soldats", "2023 euros"), and one after "plus de", "article",
 * "n°" is a count or a code. An earlier year (1000–1899: history, biographies)
 * needs a cue that leaves no count reading: "en 1872", "depuis 1789", "vers
 * 1850", "fin 1799", or a span of two years, "de 1870 à 1871", "entre 1914
 * et 1918".
 */
import type { PreparedDocument, Token } from '../../../types.js';
import { COUNT_BEFORE_DE, NON_NOUN_PLURAL_LOOKALIKES, NOT_YEAR_BEFORE, STRONG_YEAR_CUES, UNIT_AFTER, WEAK_YEAR_CUES, YEAR_CUE_ADJECTIVES, YEAR_SUBJECT_VERBS, DIGITS } from '../data.js';
import { at, yearOf } from '../tokens.js';
import type { DateMatch, DateRule } from '../types.js';

/** Punctuation after which a number reads as a year: "Depuis 2016, il …", "élections 2024." */
const CLOSING = new Set([',', '.', ';', ':', ')', ']', '»', '"', '”', '?', '!', '…', '...', '–', '—']);
/** Punctuation that opens a clause before a year subject: "« 2025 a été…", "Pour lui, 2026 sera…". */
const CLAUSE_OPENING: ReadonlySet<string> = new Set(['«', '“', '"', ',', ':', '(', '—', '–', 'mais', 'que', "qu'", 'car', 'si', 'puisque', 'quand']);
/** Plural noun endings: "soldats", "chevaux". */
const PLURAL_END = /[sx]$/u;

/** A unit after a number: "2000 euros", "30 pour cent" ("pour" only before "cent" or "mille": "depuis 1985 pour meurtre"). */
function unitAfter(next: Token | undefined, after: Token | undefined): boolean {
  if (next === undefined || !UNIT_AFTER.has(next.key)) return false;
  return next.key !== 'pour' || after?.key === 'cent' || after?.key === 'mille';
}

/** True when the token after a number makes it a count: "2023 euros", "2000 soldats". */
export function countsSomething(next: Token | undefined, after?: Token): boolean {
  if (next === undefined) return false;
  if (UNIT_AFTER.has(next.key)) return next.key !== 'pour' || after === undefined || unitAfter(next, after);
  if (next.kind === 'symbol') return next.key === '%' || next.key === '€' || next.key === '$';
  return next.kind === 'word' && next.key.length > 2 && PLURAL_END.test(next.key) && !NON_NOUN_PLURAL_LOOKALIKES.has(next.key);
}

/** Cues before which a year earlier than 1900 is read, a count following or not: "vers 1850 soldats" is rare. */
const EARLY_YEAR_CUES: ReadonlySet<string> = new Set(['vers', 'avant', 'après', 'fin', 'début', 'milieu']);
/** Words joining the two years of a span: "de 1870 à 1871", "entre 1914 et 1918", "1789-1799". */
const YEAR_SPAN_JOINS: ReadonlySet<string> = new Set(['à', 'et', '-', '–', 'au']);

/** A year before 1900 read from a cue that leaves no count reading, or from a span of two years. */
function earlyYearContext(doc: PreparedDocument, i: number, sentence: number): boolean {
  const prev = at(doc, i - 1, sentence);
  const next = at(doc, i + 1, sentence);
  if (prev === undefined) return false;
  const after = at(doc, i + 2, sentence);
  if (STRONG_YEAR_CUES.has(prev.key) && prev.key !== 'ici') return !countsSomething(next, after);
  if (EARLY_YEAR_CUES.has(prev.key)) return !countsSomething(next, after);
  // "de 1870 à 1871", "entre 1914 et 1918": the other bound is a year too.
  // ("de 1200 à 1500 euros", "entre 1000 et 1500 personnes": the second number counts something, so both do.)
  if ((prev.key === 'de' || prev.key === 'entre') && next !== undefined && YEAR_SPAN_JOINS.has(next.key)) {
    return yearOf(at(doc, i + 2, sentence), 1000, 2099) !== null && !countsSomething(at(doc, i + 3, sentence), at(doc, i + 4, sentence));
  }
  if (YEAR_SPAN_JOINS.has(prev.key)) {
    const other = at(doc, i - 2, sentence);
    const opener = at(doc, i - 3, sentence);
    return yearOf(other, 1000, 2099) !== null && opener !== undefined && (opener.key === 'de' || opener.key === 'entre' || STRONG_YEAR_CUES.has(opener.key)) && !countsSomething(next, after);
  }
  return false;
}

/** True when the number at `i` can be read as a year from its neighbours. */
export function yearContext(doc: PreparedDocument, i: number): boolean {
  const t = doc.tokens[i];
  if (t === undefined) return false;
  const prev = at(doc, i - 1, t.sentence);
  const before = at(doc, i - 2, t.sentence);
  const next = at(doc, i + 1, t.sentence);
  if (unitAfter(next, at(doc, i + 2, t.sentence))) return false;
  if (prev !== undefined && NOT_YEAR_BEFORE.has(prev.key)) return false;
  // "plus de 2000", "près de 2000": the cue "de" belongs to a quantity.
  if (prev !== undefined && (prev.key === 'de' || prev.key === "d'") && before !== undefined && COUNT_BEFORE_DE.has(before.key)) return false;
  if (yearOf(t, 1900, 2099) === null) return yearOf(t, 1000, 1899) !== null && earlyYearContext(doc, i, t.sentence);
  if (prev !== undefined && STRONG_YEAR_CUES.has(prev.key)) return true;
  // "le budget primitif 2026": an adjective of the cue's noun in between.
  if (prev !== undefined && before !== undefined && YEAR_CUE_ADJECTIVES.has(prev.key) && STRONG_YEAR_CUES.has(before.key)) return true;
  if (countsSomething(next, at(doc, i + 2, t.sentence))) return false;
  // "“2025 a été une année record”": a year opening its clause, subject of a singular verb.
  if ((prev === undefined || CLAUSE_OPENING.has(prev.key)) && next !== undefined && YEAR_SUBJECT_VERBS.has(next.key)) return true;
  if (prev !== undefined && WEAK_YEAR_CUES.has(prev.key)) return true;
  if (listedYear(doc, i, t.sentence)) return true;
  return next === undefined || CLOSING.has(next.key);
}

/** Joints of a list of years: "en 2020, 2021, 2023 et 2024". */
const YEAR_LIST_JOINTS: ReadonlySet<string> = new Set([',', 'et', 'ou']);

/**
 * A year between two others of a list: "2023" in "ceux de 2020, 2021, 2023 et 2024" (no cue of its own; the list's
 * first year has one, its last closes it), unless the last counts something ("2000, 2020 et 2050 euros").
 */
function listedYear(doc: PreparedDocument, i: number, sentence: number): boolean {
  const prev = at(doc, i - 1, sentence);
  const next = at(doc, i + 1, sentence);
  if (prev === undefined || next === undefined || !YEAR_LIST_JOINTS.has(prev.key) || !YEAR_LIST_JOINTS.has(next.key)) return false;
  const after = at(doc, i + 2, sentence);
  return yearOf(at(doc, i - 2, sentence), 1900, 2099) !== null && yearOf(after, 1900, 2099) !== null && !countsSomething(at(doc, i + 3, sentence), at(doc, i + 4, sentence));
}

export const year: DateRule = {
  id: 'year',
  kinds: ['number'],
  firstChars: DIGITS,
  accepts: (t: Token) => t.kind === 'number' && t.key.length === 4,
  match(doc: PreparedDocument, i: number): DateMatch | null {
    const t = doc.tokens[i];
    if (t === undefined || !yearContext(doc, i)) return null;
    const y = yearOf(t, 1000, 2099);
    if (y === null) return null;
    return { from: i, to: i + 1, expr: { kind: 'calendar', year: y }, rule: 'year', confidence: 0.8 };
  },
};
