/**
 * Rule `not-quantity`: numbers that are not amounts. Years and days of the
 * month ("en 2000", "le 28 mars"), times ("à 15 heures", "15:30"), codes and
 * names ("007", "Boeing 737", "article 5", "numéro deux"), phone numbers,
 * fractions ("les deux tiers") and capitalised number words inside names.
 * Ordinals ("première", "2e"), "7h30", "G7", "KN-23" never become numbers:
 * the tokeniser keeps them as words.
 */
import type { PreparedDocument, Token } from '../../types.js';
import { FRACTION_NOUNS } from '../data/number-words.js';
import { CALL_VERB_PREFIXES, EVENT_NAME_NOUNS, HOUSE_NUMBER_SUFFIXES, LABEL_JOINS, LABEL_NOUNS, NAMING_WORDS, NOT_NOUNS, NUMBER_LEADERS, RATIO_VERBS, STREET_NOUNS, YEAR_PREPOSITIONS } from '../data/stopwords.js';
import { MONTHS, WEEKDAYS } from '../data/units.js';
import { DEMONSTRATIVES, HOUR_WORDS } from '../../entities/dates/data.js';
import { afterFromClock, perPeriod, readsAsLength } from '../../entities/dates/tokens.js';
import { hasLeadingZero, looksLikeYear } from '../resolve/digits.js';
import { isNumberWord } from '../resolve/number-words.js';
import type { Candidate } from './types.js';

/** Beyond this an integer is no longer exact in a double (2^53 − 1): no news amount is that large. */
const MAX_AMOUNT = Number.MAX_SAFE_INTEGER;

/** Words (keys) before "heure(s)" that make it a time of day: "à 15 heures", "vers 8 heures", "dès 6 heures". */
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['à', 'vers', 'dès', 'avant', "jusqu'", 'aux']);

function isNumberToken(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'number';
}

/** "25 mars", "25 au 27 mars", "25 et 26 mars", "lundi 25". */
function isDayOfMonth(doc: PreparedDocument, c: Candidate): boolean {
  const tokens = doc.tokens;
  const value = c.value;
  if (!Number.isInteger(value) || value < 1 || value > 31 || c.unit !== null) return false;
  const next = tokens[c.to];
  if (next !== undefined && MONTHS.has(next.fold.replace(/\.$/u, ''))) return true;
  // "la place du 13-Mai", "le boulevard du 30-Juin": a date naming a street or an event
  if (next?.text === '-' && !next.spaceBefore && tokens[c.to + 1]?.spaceBefore === false && MONTHS.has(tokens[c.to + 1]?.fold ?? '')) return true;
  if (next !== undefined && (next.fold === 'au' || next.fold === 'et' || next.fold === '-' || next.fold === 'a')) {
    const after = tokens[c.to + 1];
    if (after !== undefined && after.kind === 'number' && MONTHS.has(tokens[c.to + 2]?.fold ?? '')) return true;
  }
  const prev = tokens[c.from - 1];
  if (prev !== undefined && WEEKDAYS.has(prev.fold)) return true;
  return false;
}

/** A bare 4-digit year: "en 1948", "élections 2024.", "2023-09". */
function isYear(doc: PreparedDocument, c: Candidate, numeric: Token, modifierFrom: number): boolean {
  if (c.unit !== null || c.core.to !== c.core.from + 1 || !looksLikeYear(numeric.text)) return false;
  if (modifierFrom < c.from) return false; // "plus de 2000 soldats" is a count
  const tokens = doc.tokens;
  const prev = tokens[c.from - 1];
  if (prev !== undefined && !numeric.newlineBefore && (YEAR_PREPOSITIONS.has(prev.key) || MONTHS.has(prev.fold))) return true;
  // "2000 soldats" is a count; "2024." or "2024, il" is a year
  const next = tokens[c.to];
  if (next === undefined || next.kind !== 'word' || next.newlineBefore) return true;
  // "2025 a été une année record", "2024 restera": a count of two thousand would take a plural verb
  if (YEAR_VERBS.has(next.fold)) return true;
  const first = next.text.charAt(0);
  return first !== first.toLowerCase();
}

/** Prepositions that make a year of a number in words: "en deux mille vingt-cinq", "depuis mil neuf cent" ("de" counts). */
const WORD_YEAR_PREPOSITIONS: ReadonlySet<string> = new Set(['en', 'depuis', 'dès', "jusqu'en"]);

/**
 * "En deux mille vingt-cinq, la ville …": a number in words in the range of years, after "en"/"depuis", with no
 * noun after it to count ("en deux mille exemplaires" stays a count).
 */
function isYearInWords(doc: PreparedDocument, c: Candidate, modifierFrom: number): boolean {
  if (c.unit !== null || modifierFrom < c.from || !Number.isInteger(c.value) || c.value < 1000 || c.value > 2100) return false;
  const prev = doc.tokens[c.from - 1];
  if (prev === undefined || !WORD_YEAR_PREPOSITIONS.has(prev.key)) return false;
  const next = doc.tokens[c.to];
  return next === undefined || next.kind !== 'word' || next.text.charAt(0) !== next.text.charAt(0).toLowerCase();
}

/** "au 12 rue de la Paix", "le 3 bis place du Marché": a whole number before a singular street noun. */
function isHouseNumber(doc: PreparedDocument, c: Candidate): boolean {
  if (c.unit !== null || !Number.isInteger(c.value) || c.value < 1) return false;
  let next = doc.tokens[c.to];
  if (next !== undefined && HOUSE_NUMBER_SUFFIXES.has(next.fold)) next = doc.tokens[c.to + 1];
  return next !== undefined && next.kind === 'word' && STREET_NOUNS.has(next.fold);
}

/** Singular verbs (folded) after a year as a subject: "2025 a été", "2024 est", "2026 sera", "1989 marque". */
const YEAR_VERBS: ReadonlySet<string> = new Set(['a', 'est', 'sera', 'fut', 'etait', 'restera', 'reste', 'marque', 'marquera', 's\'annonce', 'devrait', 'pourrait']);

/**
 * "48 h", "a duré 11 h", "en 2 h 01 min 09 s", "un film de 2 h": an "h"
 * figure that is a length of time, as the date rules read it: more than a
 * day of hours, a smaller unit after it, a duration word before it.
 */
function isLengthInHours(c: Candidate, prev: Token | undefined): boolean {
  if (c.unit === null || c.unit.kind !== 'duration') return false;
  return c.unit.unit !== 'hour' || readsAsLength(prev?.key ?? '', c.value);
}

/** "15:30", "15 heures 30", "à 15 heures", "15 h". */
function isTime(doc: PreparedDocument, c: Candidate, modifierFrom: number): boolean {
  const tokens = doc.tokens;
  const prev = tokens[c.core.from - 1];
  // the minutes of "15:30", "15 h 30", "15 heures 30" (in digits: "en 48 heures une soixantaine de personnes" counts)
  if (prev !== undefined && c.core.source === 'digits' && isNumberToken(tokens[c.core.from - 2])) {
    if (prev.fold === 'h' || prev.fold === 'heures' || (prev.text === ':' && !prev.spaceBefore)) return true;
  }
  const next = tokens[c.core.to];
  if (next === undefined) return false;
  if (next.fold === 'h' || next.fold === 'h.') return !isLengthInHours(c, prev);
  if (next.text === ':' && !next.spaceBefore && isNumberToken(tokens[c.core.to + 1])) return true;
  if (c.unit?.unit !== 'hour') return false;
  if (isNumberToken(tokens[c.unit.to])) return true;
  // "réduites à une heure par jour": hours per period are a length, whatever comes before
  if (perPeriod(doc, c.to, next.sentence)) return false;
  if (c.value > 24) return false;
  // "à partir de 18 heures" reads as a lower bound, but of a time of day
  if (prev !== undefined && afterFromClock(doc, c.core.from, prev.sentence)) return true;
  if (modifierFrom !== c.from) return false;
  if (prev !== undefined && TIME_PREPOSITIONS.has(prev.key)) return true;
  // "samedi (21 heures)": the kick-off time of a day
  if (prev?.text === '(' && WEEKDAYS.has(tokens[c.from - 2]?.fold ?? '')) return true;
  // "de 9 heures à 17 heures", "entre 8 heures et 20 heures": two times of day, either bound
  const link = tokens[c.to]?.key;
  if ((prev?.key === 'de' || prev?.key === 'entre') && (link === 'à' || link === 'et') && isNumberToken(tokens[c.to + 1])) return true;
  const opener = tokens[c.from - 4]?.key;
  return (
    ((prev?.key === 'à' && opener === 'de') || (prev?.key === 'et' && opener === 'entre')) &&
    HOUR_WORDS.has(tokens[c.from - 2]?.key ?? '') &&
    isNumberToken(tokens[c.from - 3])
  );
}

/**
 * "Boeing 737", "article 5", "numéro deux", "Apollo 11", "iPhone 16": a number that names
 * something; "Gironde (33)", "Lorient (56100)": a département number or a
 * postcode in brackets after a name.
 */
function isCode(doc: PreparedDocument, c: Candidate, numeric: Token): boolean {
  const tokens = doc.tokens;
  const prev = tokens[c.from - 1];
  if (prev === undefined || numeric.newlineBefore) return false;
  if (prev.text === '(' && tokens[c.to]?.text === ')' && c.unit === null && /^\d{2,5}$/u.test(numeric.text)) {
    const named = tokens[c.from - 2];
    if (named !== undefined && named.kind === 'word' && named.text.charAt(0) !== named.text.charAt(0).toLowerCase()) return true;
  }
  // A label names no length nor amount: "le dernier étage 54 minutes plus tard" is a duration, "cette saison 72 €" money.
  const measured = c.unit !== null && (c.unit.kind === 'duration' || c.unit.kind === 'measure' || c.unit.kind === 'money' || c.unit.kind === 'percent');
  if ((LABEL_NOUNS.has(prev.key) && !measured && !isTimeAdverbial(tokens, c)) || NAMING_WORDS.has(prev.key) || isListedLabel(tokens, c.from, c.unit === null) || isElidedLabel(doc, c, numeric)) return true;
  if (prev.text === '°' && tokens[c.from - 2]?.fold === 'n') return true;
  if (c.unit === null && isNumberAfterYear(tokens, c.from, numeric)) return true;
  if (c.unit !== null || prev.kind !== 'word' || NUMBER_LEADERS.has(prev.fold)) return false;
  return namingWord(prev) && prev.sentence === numeric.sentence && !isSentenceStart(doc, prev);
}

/**
 * A word that may name the number after it: capitalised ("Boeing 737") and no function word (not a capitalised
 * preposition after a dateline, "Genève - Devant 9 500 spectateurs"), or a brand in camel case ("iPhone 16").
 */
function namingWord(t: Token): boolean {
  const first = t.text.charAt(0);
  return (first !== first.toLowerCase() && !NOT_NOUNS.has(t.fold)) || INNER_CAPITAL.test(t.text);
}

/**
 * "la loi 2024-123", "le dossier 2023/456": a number glued by a hyphen or a slash to a year before it is the serial
 * part of a reference (a law, a case, a decree). "5-10 %" (no year before) and "1500-2000 personnes" stay ranges.
 */
function isNumberAfterYear(tokens: readonly Token[], from: number, numeric: Token): boolean {
  const joint = tokens[from - 1];
  const year = tokens[from - 2];
  if (joint === undefined || year === undefined || numeric.spaceBefore || joint.spaceBefore) return false;
  if ((joint.text !== '-' && joint.text !== '/') || year.kind !== 'number' || !looksLikeYear(year.text)) return false;
  // "1500-2000 personnes": a second figure above the first is the top of a range.
  return numeric.text.length !== 4 || Number(numeric.text) < Number(year.text);
}

/** Plural noun endings: "spectateurs", "chevaux". */
const PLURAL_END = /[sx]$/u;

/**
 * "atteint cette saison 15100 spectateurs": the label noun is a time adverbial after its demonstrative ("ce", "cet",
 * "cette"), and the number
 * counts the plural noun after it.
 */
function isTimeAdverbial(tokens: readonly Token[], c: Candidate): boolean {
  const counted = tokens[c.to];
  return DEMONSTRATIVES.has(tokens[c.from - 2]?.key ?? '') && counted !== undefined && counted.kind === 'word' && counted.text === counted.key && PLURAL_END.test(counted.key);
}

/**
 * A label after another in a list: "18" in "les lignes 16 et 18", "5" in "articles 3, 4 ou 5"; so after a name's
 * number: "4" and "5" in "les véhicules Crit'Air 3, 4 et 5".
 */
function isListedLabel(tokens: readonly Token[], from: number, bare: boolean): boolean {
  for (let i = from - 1; i >= 1 && from - i <= 8; i -= 2) {
    const join = tokens[i];
    const label = tokens[i - 1];
    if (join === undefined || label === undefined || !LABEL_JOINS.has(join.key) || label.kind !== 'number') return false;
    // After a name's number only a bare number ("selon France 24, 5 euros": an amount).
    if (LABEL_NOUNS.has(tokens[i - 2]?.key ?? '') || (bare && namesNumber(tokens, i - 2))) return true;
  }
  return false;
}

/** A capitalised word inside its sentence that names the number after it ("Air" of "Crit'Air 3"; not "Devant 9 500"). */
function namesNumber(tokens: readonly Token[], at: number): boolean {
  const name = tokens[at];
  const before = tokens[at - 1];
  if (name === undefined || before === undefined || name.kind !== 'word' || before.sentence !== name.sentence) return false;
  // After punctuation only when glued to it ("Crit'Air"): a capital after a comma or a dash may open a clause.
  return namingWord(name) && (before.kind !== 'punct' || !name.spaceBefore);
}

/**
 * "la 17 en 2027", "le bouclage de la 15 par l'ouest": a number of two or
 * more after the singular "la" cannot count what follows (that would be
 * plural); it stands for a named thing (a line, a road, a room) whose noun
 * is left out.
 */
function isElidedLabel(doc: PreparedDocument, c: Candidate, numeric: Token): boolean {
  if (c.unit !== null || c.core.to !== c.core.from + 1 || !/^\d{1,3}$/u.test(numeric.text) || c.value < 2) return false;
  return doc.tokens[c.from - 1]?.key === 'la';
}

/**
 * "un mois de juillet", "le mois d'août": the month is named, no length of
 * time is measured.
 */
function isNamedMonth(doc: PreparedDocument, c: Candidate): boolean {
  if (c.unit?.kind !== 'duration' || c.unit.unit !== 'month' || c.value !== 1) return false;
  const de = doc.tokens[c.to];
  return (de?.key === 'de' || de?.key === "d'") && MONTHS.has(doc.tokens[c.to + 1]?.fold ?? '');
}

/** A capital after the first letter: "iPhone", "eBay". */
const INNER_CAPITAL = /^\p{Ll}+\p{Lu}/u;

function isSentenceStart(doc: PreparedDocument, t: Token): boolean {
  const s = doc.sentences[t.sentence];
  return s !== undefined && s.tokenStart === t.index;
}

/** "01 23 45 67 89", "+33 1 23": a run of short numbers separated by spaces. */
function isPhoneLike(doc: PreparedDocument, c: Candidate): boolean {
  const tokens = doc.tokens;
  const short = (t: Token | undefined) => t !== undefined && t.kind === 'number' && t.text.length <= 3 && /^\d+$/u.test(t.text);
  const here = tokens[c.core.from];
  if (!short(here)) return false;
  const prev = tokens[c.core.from - 1];
  const next = tokens[c.core.from + 1];
  return short(next) || (short(prev) && (short(tokens[c.core.from - 2]) || short(next)));
}

/** "24h/24", "7j/7", "24 h/24": the figure after the slash of an "all the time" idiom. */
function isRoundTheClock(doc: PreparedDocument, c: Candidate): boolean {
  const slash = doc.tokens[c.from - 1];
  const before = doc.tokens[c.from - 2];
  if (slash?.text !== '/' || slash.spaceBefore || before === undefined) return false;
  return /^\d{1,2}[hj]$/u.test(before.key) || before.key === 'h' || before.key === 'j';
}

/** "appeler le 15", "composez le 3919": a number called is a phone number (an emergency or help line). */
function isNumberCalled(doc: PreparedDocument, c: Candidate): boolean {
  if (c.unit !== null || doc.tokens[c.from - 1]?.key !== 'le') return false;
  const verb = doc.tokens[c.from - 2]?.fold ?? '';
  return CALL_VERB_PREFIXES.some((p) => verb.startsWith(p));
}

/** Words after a score: "1-0 face à Lyon", "2-1 contre Lens", "3-0 à domicile". */
const SCORE_FOLLOWERS: ReadonlySet<string> = new Set(['a', 'au', 'face', 'contre', 'lors', 'en', 'apres', 'avant', 'et', 'mais', 'pour', 'dans', 'sur', 'grace', 'sous', 'devant', 'chez']);

/** Highest number of a side in a score ("1-0", "3–2", "(2-1)"). */
const MAX_SCORE = 99;

/**
 * "battant Liverpool (1-0)", "un score de 3–2": two small integers glued by a
 * hyphen or an en dash, with no word after them, are a score, not two
 * counts; "5-10 soldats" is a range. Ranges of years ("2019-2020") are dates
 * already; "KN-23" is one word.
 */
function isScore(doc: PreparedDocument, c: Candidate): boolean {
  const tokens = doc.tokens;
  const small = (t: Token | undefined) => t !== undefined && t.kind === 'number' && /^\d{1,2}$/u.test(t.text) && Number(t.text) <= MAX_SCORE;
  const dash = (t: Token | undefined) => t !== undefined && !t.spaceBefore && (t.text === '-' || t.text === '–');
  const here = tokens[c.core.from];
  if (c.unit !== null || !small(here) || c.core.to !== c.core.from + 1) return false;
  // Nothing counted after the pair: punctuation, the end, or a preposition ("1-0 face à Lyon").
  const free = (t: Token | undefined) => t === undefined || t.kind === 'punct' || SCORE_FOLLOWERS.has(t.fold);
  const next = tokens[c.core.from + 1];
  const after = tokens[c.core.from + 2];
  if (dash(next) && small(after) && after !== undefined && !after.spaceBefore) return free(tokens[c.core.from + 3]);
  const prev = tokens[c.core.from - 1];
  const before = tokens[c.core.from - 2];
  if (here !== undefined && !here.spaceBefore && dash(prev) && small(before) && free(tokens[c.core.from + 1])) return true;
  // "7-6 [7/5]", "7-6 (8/6)": the points of a tie-break, two small integers with a slash between brackets.
  const slash = (t: Token | undefined) => t !== undefined && !t.spaceBefore && t.text === '/';
  const opens = (t: Token | undefined) => t !== undefined && (t.text === '(' || t.text === '[');
  const closes = (t: Token | undefined) => t !== undefined && (t.text === ')' || t.text === ']');
  if (opens(prev) && slash(next) && small(after) && closes(tokens[c.core.from + 3])) return true;
  if (opens(tokens[c.core.from - 3]) && slash(prev) && small(before) && closes(next)) return true;
  return isScoreWithA(tokens, c.core.from, small, free);
}

/**
 * "Montréal a battu Toronto 4 à 2 samedi", "gagné 24 à 17.": two small integers joined by "à", the first not
 * below the second (a range goes up), with no "de" before them (a change: "passé de 4 à 2 %") and nothing counted
 * after them (a weekday may follow).
 */
function isScoreWithA(
  tokens: readonly Token[],
  at: number,
  small: (t: Token | undefined) => boolean,
  free: (t: Token | undefined) => boolean,
): boolean {
  const isA = (t: Token | undefined) => t !== undefined && t.key === 'à';
  // `at` is the first number of the pair, or the second one.
  const first = isA(tokens[at + 1]) ? at : isA(tokens[at - 1]) ? at - 2 : -1;
  if (first < 0) return false;
  const a = tokens[first];
  const b = tokens[first + 2];
  if (!small(a) || !small(b) || Number(a?.text) < Number(b?.text)) return false;
  const opener = tokens[first - 1]?.fold;
  if (opener === 'de' || opener === "d'" || opener === 'entre') return false;
  const after = tokens[first + 3];
  return free(after) || (after !== undefined && (WEEKDAYS.has(after.fold) || after.fold === 'hier'));
}

/** Words a ratio's noun may take between "un" and "sur": "un jeune Français sur deux". */
const MAX_RATIO_NOUN_WORDS = 2;

/**
 * "un train sur trois", "une entreprise sur cinq", "un Français sur 10 a": the
 * "un" of a ratio is a count of one, not an article. The noun (one or two
 * words, or none: "un sur deux") is followed by "sur" and a number that ends
 * the phrase (punctuation, a word that is no noun, a verb of opinion).
 */
function opensRatio(tokens: readonly Token[], c: Candidate): boolean {
  for (let i = c.core.to - 1; i < c.core.to + MAX_RATIO_NOUN_WORDS; i++) {
    if (tokens[i]?.kind !== 'word') return false;
    if (tokens[i + 1]?.key !== 'sur') continue;
    const n = tokens[i + 2];
    const after = tokens[i + 3];
    // "un roman sur trois générations": a number counting a noun of its own is no ratio.
    // A noun counted by two or more is plural: "un Français sur cinq renonce", "un train sur trois circulera" go on
    // with a verb (a singular form after a plural number is no noun of it).
    const singular = after !== undefined && after.kind === 'word' && after.text === after.key && !/[sx]$/u.test(after.fold) && n !== undefined && n.key !== 'un' && n.key !== 'une';
    const closes = after === undefined || after.kind !== 'word' || NOT_NOUNS.has(after.fold) || RATIO_VERBS.has(after.fold) || singular;
    return n !== undefined && (n.kind === 'number' || isNumberWord(n.key)) && closes;
  }
  return false;
}

/** Words after "une seconde" that keep it a length of time: "une seconde plus tard", "une seconde après". */
const AFTER_SECOND: ReadonlySet<string> = new Set(['plus', 'après', 'avant', 'de', "d'", 'à', 'pour', 'et', 'ou', 'trop', 'seulement', 'près']);

/**
 * "une seconde fois", "une seconde vague": "seconde" as the ordinal before a
 * noun, not one second. The time unit stands alone or before an adverb or a
 * preposition ("en une seconde", "une seconde plus tard").
 */
function isOrdinalSecond(doc: PreparedDocument, c: Candidate): boolean {
  if (!c.core.loneOne || c.to !== c.core.to + 1) return false;
  const unit = doc.tokens[c.core.to];
  const next = doc.tokens[c.to];
  return unit?.fold === 'seconde' && next !== undefined && next.kind === 'word' && next.text === next.key && !AFTER_SECOND.has(next.key);
}

/**
 * Why a candidate is not a quantity, or null when it is one. The reason is a
 * short tag for tracing ("year", "date", "time", "code", "phone", …).
 *
 * @example
 * // "depuis 2016"
 * notQuantityReason(doc, candidate, candidate.from) // 'year'
 */
/**
 * Is the candidate the article "un", "une" (alone, with no unit, opening no ratio)? The not-quantity rule rejects it
 * whatever modifier stands before it, so the scan asks this first and reads no modifier for the commonest word it meets.
 */
export function isArticle(doc: PreparedDocument, c: Candidate): boolean {
  return c.core.loneOne && c.unit === null && !opensRatio(doc.tokens, c) && !opensRange(doc.tokens, c);
}

/** "une à deux semaines", "un à trois ans": "un" is the lower bound of a range of number words. */
function opensRange(tokens: readonly Token[], c: Candidate): boolean {
  const next = tokens[c.core.to + 1];
  return tokens[c.core.to]?.key === 'à' && next !== undefined && next.kind === 'word' && isNumberWord(next.key) && next.key !== 'un' && next.key !== 'une';
}

export function notQuantityReason(doc: PreparedDocument, c: Candidate, modifierFrom: number): string | null {
  const tokens = doc.tokens;
  const first = tokens[c.core.from];
  if (first === undefined) return 'empty';
  if (isArticle(doc, c)) return 'article';
  // "le 200 m quatre nages": the number names the event.
  if (c.unit === null && EVENT_NAME_NOUNS.has(tokens[c.core.to]?.fold ?? '')) return 'event';
  // "pas un euro", "Pas une couronne du budget n'ira …": an emphatic negation, not one unit
  if (c.core.loneOne && tokens[c.from - 1]?.fold === 'pas') return 'negation';
  // More digits than a double holds exactly: an identifier, never an amount.
  if (!Number.isFinite(c.value) || Math.abs(c.value) > MAX_AMOUNT) return 'identifier';
  const numeric = first.kind === 'number' ? first : (tokens[c.core.from + 1] ?? first);
  if (c.core.source === 'digits') {
    if (hasLeadingZero(numeric.text) && !numeric.text.includes(',') && !numeric.text.includes('.')) return 'code';
    if (isYear(doc, c, numeric, modifierFrom)) return 'year';
    if (isDayOfMonth(doc, c)) return 'date';
    if (isPhoneLike(doc, c) || isNumberCalled(doc, c)) return 'phone';
    if (isRoundTheClock(doc, c)) return 'idiom';
    if (isScore(doc, c)) return 'score';
    if (isHouseNumber(doc, c)) return 'address';
    if (isCode(doc, c, numeric)) return 'code';
    // a number glued to a word: "F 16", "A380"-like leftovers, "1er" are words already
    const prev = tokens[c.from - 1];
    const opening = tokens[c.from];
    if (prev !== undefined && opening !== undefined && !opening.spaceBefore && prev.kind === 'word') return 'code';
  } else if (c.core.source === 'words') {
    const prev = tokens[c.from - 1];
    if (prev !== undefined && LABEL_NOUNS.has(prev.key)) return 'code';
    if (isYearInWords(doc, c, modifierFrom)) return 'year';
    // "Les Quatre Cents Coups", "Trois-Rivières": a capitalised number word inside a name
    const isCap = first.text.charAt(0) !== first.text.charAt(0).toLowerCase();
    if (isCap && !isSentenceStart(doc, first) && !first.newlineBefore && prev !== undefined && prev.kind !== 'quote' && prev.kind !== 'punct') {
      return 'name';
    }
    const p0 = prev?.fold ?? '';
    // "remis à neuf", "flambant neuf", "tout neuf", "quoi de neuf": the adjective "neuf" (new)
    if (first.fold === 'neuf' && c.core.to === c.core.from + 1 && c.unit === null) {
      const p = prev?.fold ?? '';
      if (p === 'flambant' || p === 'tout' || p === 'quoi' || (p === 'a' && (tokens[c.from - 2]?.fold ?? '').startsWith('rem'))) {
        return 'adjective';
      }
    }
    // "le marché du neuf", "acheter du neuf": new-built housing, not nine ("le neuf mars" is a date)
    if (first.fold === 'neuf' && c.core.to === c.core.from + 1 && (p0 === 'du' || p0 === 'le') && !MONTHS.has(tokens[c.to]?.fold ?? '')) return 'adjective';
    // "flambant neuf", "tolérance zéro", "risque zéro": after a noun, with nothing to count after it
    // "des températures proches de zéro", "une croissance proche de zéro": near nothing, no count
    if (first.fold === 'zero' && p0 === 'de' && (tokens[c.from - 2]?.fold ?? '').startsWith('proche')) return 'idiom';
    const lone = c.core.to === c.core.from + 1 && c.unit === null && (first.fold === 'neuf' || first.fold === 'zero');
    if (lone && prev !== undefined && prev.kind === 'word' && !NUMBER_LEADERS.has(prev.fold) && tokens[c.to]?.kind !== 'word') {
      return 'adjective';
    }
  }
  if (c.unit === null && FRACTION_NOUNS.has(tokens[c.to]?.fold ?? '')) return 'fraction';
  if (isNamedMonth(doc, c)) return 'date';
  if (isTime(doc, c, modifierFrom)) return 'time';
  if (isOrdinalSecond(doc, c)) return 'ordinal';
  return null;
}
