/**
 * Rule `duration`: a number of time units: "6 mois", "trois mois",
 * "pendant 1 an", "un an et demi", "deux heures et demie" (et quart), "une demi-heure",
 * "des dizaines d'années", "trois décennies" (30 years), "1 min 52 s" (112
 * seconds), "23 min 41 s 6" (1421.6 seconds), "62 ans et 9 mois" (753 months). A lone "un"/"une" counts only before a time noun
 * that it can quantify ("un an", "une semaine"; not "un jour", the idiom).
 */
import type { PreparedDocument, Token } from '../../types.js';
import { HALF_WORDS, UNIT_WORDS } from '../data/number-words.js';
import { MARGIN_NOUNS, ONE_DURATION_NAMES, SECOND_FRACTIONS, type DurationUnit } from '../data/units.js';
import { NOT_NOUNS } from '../data/stopwords.js';
import { resolveDuration } from '../resolve/units.js';
import { compactLength } from '../../entities/dates/tokens.js';
import type { Candidate, NumberCore, UnitMatch } from './types.js';

/**
 * The time unit after a number, if any.
 *
 * @example
 * // "un an et demi"
 * readDuration(doc, core) // { kind: 'duration', unit: 'year', to: core.to + 3, add: 0.5, … }
 */
export function readDuration(doc: PreparedDocument, core: NumberCore): UnitMatch | null {
  const tokens = doc.tokens;
  let j = core.to;
  if (core.nounLike && (tokens[j]?.fold === 'de' || tokens[j]?.fold === "d'")) j++;
  const t = tokens[j];
  if (t !== undefined && core.source === 'digits' && core.to === core.from + 1) {
    const raceTime = readMinutesMark(doc, core) ?? readSecondsMark(doc, core) ?? readSecondsAndHundredths(doc, core);
    if (raceTime !== null) return raceTime;
  }
  if (t === undefined || t.newlineBefore || t.kind !== 'word') return null;
  // "une demi-heure", "un demi-siècle"
  if (core.loneOne && t.fold.startsWith('demi-')) {
    const half = resolveDuration(t.fold.slice(5));
    if (half === null) return null;
    return { kind: 'duration', unit: inYears(half), from: core.from, to: j + 1, factor: 0.5 * yearsPer(half), add: 0 };
  }
  const fraction = fractionOfSecond(doc, core, j);
  if (fraction !== null) return fraction;
  const named = resolveDuration(t.fold);
  if (named === null) return null;
  const unit = inYears(named);
  const factor = yearsPer(named);
  if (core.loneOne && !ONE_DURATION_NAMES.has(t.fold)) return null;
  let to = j + 1;
  let add = 0;
  // "un an et demi", "deux heures et demie"
  // "deux heures et quart"
  if (tokens[to]?.fold === 'et' && core.source !== 'vague') {
    const fraction = HALF_WORDS.has(tokens[to + 1]?.fold ?? '') ? 0.5 : tokens[to + 1]?.fold === 'quart' ? 0.25 : 0;
    if (fraction > 0) {
      add = fraction * factor;
      to += 2;
    }
  }
  if (add !== 0 || (core.source !== 'digits' && unit !== 'year')) return { kind: 'duration', unit, from: core.from, to, factor, add };
  const compound = smallerUnits(doc, { kind: 'duration', unit, from: core.from, to, factor, add }, core.source === 'digits');
  return core.source === 'digits' ? withTenths(doc, compound) : compound;
}

/**
 * "23 min 41 s 6", "59 s 87": the digits after the abbreviation "s" of a
 * race time are tenths or hundredths of a second, not a count. Only one or
 * two digits, before punctuation, the end, or a word that is no noun
 * ("1 min 32 s 7 après trois fautes"; not "52 s 3 tours").
 */
function withTenths(doc: PreparedDocument, m: UnitMatch): UnitMatch {
  const tokens = doc.tokens;
  const s = tokens[m.to - 1];
  const n = tokens[m.to];
  if (m.unit !== 'second' || s === undefined || (s.fold !== 's' && s.fold !== 'sec') || n === undefined || n.kind !== 'number') return m;
  if (!/^\d{1,2}$/u.test(n.text) || !n.spaceBefore || n.newlineBefore || n.sentence !== s.sentence) return m;
  const after = tokens[m.to + 1];
  if (after !== undefined && after.kind === 'word' && !after.newlineBefore && !NOT_NOUNS.has(after.fold)) return m;
  return { ...m, to: m.to + 1, add: m.add + Number(n.text) / 10 ** n.text.length };
}

/**
 * "1 min 52 s", "2 heures 30 minutes", "2 h 01 min 09 s": smaller units
 * after the first, the whole counted in the last; "62 ans et 9 mois": the
 * months may follow "et" (not a half: "et demi" is read before); "64 jours,
 * 19 heures, 22 minutes et 49 secondes": a race time listed with commas, kept
 * whole only when the list closes with "et" (not "3 jours, 12 heures par jour").
 */
function smallerUnits(doc: PreparedDocument, m: UnitMatch, digits: boolean): UnitMatch {
  const tokens = doc.tokens;
  let out = m;
  // The duration before the first comma of a listed time, kept if the list does not close with "et".
  let beforeList: UnitMatch | null = null;
  for (;;) {
    const smaller = SMALLER_UNIT.get(out.unit as DurationUnit);
    if (smaller === undefined) break;
    const sep = tokens[out.to]?.key;
    const listed = digits && smaller.unit !== 'month' && (sep === ',' || sep === 'et');
    const joined = (smaller.unit === 'month' && sep === 'et') || listed ? 1 : 0;
    const n = tokens[out.to + joined];
    // "62 ans et 9 mois", "27 ans et trois mois": after "et", the months may be written in words
    const amount = n === undefined ? undefined : n.kind === 'number' ? (/^\d{1,2}$/u.test(n.text) ? Number(n.text) : undefined) : joined === 1 && !listed ? UNIT_WORDS.get(n.fold) : undefined;
    if ((!digits && joined === 0) || n === undefined || amount === undefined || amount < 1 || amount >= smaller.per) break;
    const u = tokens[out.to + joined + 1];
    // "2 h 09", "sous les 2 h 04": two-digit minutes after an "h" need no unit of their own (as a time of day, "à 14 h 30" is a DATE)
    if (joined === 0 && smaller.unit === 'minute' && tokens[out.to - 1]?.fold === 'h' && /^\d\d$/u.test(n.text) && (u === undefined || resolveDuration(u.fold) === null) && u?.fold !== 's') {
      return { ...out, unit: 'minute', to: out.to + 1, factor: out.factor * smaller.per, add: out.add * smaller.per + amount };
    }
    // "5 minutes 30 d'avance", "en 1 min 30": the seconds after the minutes need no unit of their own either, when no
    // noun follows the number ("10 minutes 3 fois" is no duration of 603 s).
    if (joined === 0 && smaller.unit === 'second' && n.spaceBefore && n.sentence === tokens[out.to - 1]?.sentence && (u === undefined || secondsEnd(u))) {
      return { ...out, unit: 'second', to: out.to + 1, factor: out.factor * smaller.per, add: out.add * smaller.per + amount };
    }
    const next = u === undefined ? null : u.fold === 's' || u.fold === 'sec' ? 'second' : resolveDuration(u.fold);
    if (u === undefined || next !== smaller.unit || n.sentence !== u.sentence || (smaller.unit === 'month' && joined === 0)) break;
    if (sep === ',' && beforeList === null) beforeList = out;
    // the amount so far in the smaller unit, plus this one: (value × factor + add) × per + n
    out = { ...out, unit: smaller.unit, to: out.to + joined + 2, factor: out.factor * smaller.per, add: out.add * smaller.per + amount };
    if (listed && sep === 'et') return out;
  }
  return beforeList ?? out;
}

/** Words after which "5 minutes 30" ends: "5 minutes 30 d'avance", "en 1 min 30 et 2 min 10", "1 min 30 devant X". */
const AFTER_SECONDS: ReadonlySet<string> = new Set([
  'de', "d'", 'du', 'des', 'et', 'ou', 'sur', 'avant', 'apres', 'devant', 'derriere', 'dans', 'pour', 'en', 'a', 'au', 'aux',
  'contre', 'seulement', 'environ', 'pres',
]);

/** Can the token after "5 minutes 30" end the duration: punctuation, or a preposition or a conjunction? */
function secondsEnd(u: Token): boolean {
  if (u.kind === 'number' || u.text === '%') return false;
  if (u.kind !== 'word' && u.kind !== 'elision') return true;
  return AFTER_SECONDS.has(u.fold);
}

/** The unit a compound duration ends in, and how many of it make the first: "1 min 52 s" = 112 s. */
const SMALLER_UNIT: ReadonlyMap<DurationUnit, { unit: DurationUnit; per: number }> = new Map([
  ['day', { unit: 'hour', per: 24 }],
  ['minute', { unit: 'second', per: 60 }],
  ['hour', { unit: 'minute', per: 60 }],
  ['year', { unit: 'month', per: 12 }],
]);

/** Decades and centuries are counted in years ("trois décennies" = 30 years): the API's units stop at the year. */
function inYears(unit: DurationUnit): DurationUnit {
  return unit === 'decade' || unit === 'century' ? 'year' : unit;
}

function yearsPer(unit: DurationUnit): number {
  return unit === 'decade' ? 10 : unit === 'century' ? 100 : 1;
}

/**
 * A length of time written as one compact "h" word: "en 24h", "les 48h de
 * garde à vue", "un film de 2h30", "contre près d'1h30" (1.5 hours). The
 * same word read as a time of day ("à 7h30") is a DATE, not a quantity.
 */
export function readCompactDuration(doc: PreparedDocument, i: number): Candidate | null {
  const length = compactLength(doc, i);
  if (length === null) return null;
  const value = length.hours + length.minutes / 60;
  const core: NumberCore = { from: i, to: i + 1, value, source: 'digits', approximate: false, nounLike: false, loneOne: false, scale: 1 };
  const unit: UnitMatch = { kind: 'duration', unit: 'hour', from: i, to: i + 1, factor: 1, add: 0 };
  return { core, unit, from: i, to: i + 1, value };
}

/** Second marks of a race time: the double quote and the double prime. */
const SECOND_MARKS: ReadonlySet<string> = new Set(['"', '″']);
/** Minute marks of a race time: the apostrophe and the prime ("27'30\"", "3′45″"). */
const MINUTE_MARKS: ReadonlySet<string> = new Set(["'", '′', '’']);

/** The token at `i` is glued to the one before it. */
function glued(doc: PreparedDocument, i: number): boolean {
  const t = doc.tokens[i];
  return t !== undefined && !t.spaceBefore;
}

/** A two-digit number token (seconds or hundredths). */
function isTwoDigits(doc: PreparedDocument, i: number): boolean {
  const t = doc.tokens[i];
  return t !== undefined && t.kind === 'number' && /^\d{2}$/u.test(t.text);
}

/**
 * "27'30\"", "3′45″", "1'45\"32": minutes, a minute mark, two digits of seconds, a second mark (and hundredths);
 * the second mark is required, so a Swiss "9'500" never reads as a time.
 */
function readMinutesMark(doc: PreparedDocument, core: NumberCore): UnitMatch | null {
  const m = core.to;
  if (!MINUTE_MARKS.has(doc.tokens[m]?.text ?? '') || !glued(doc, m) || !glued(doc, m + 1) || !isTwoDigits(doc, m + 1)) return null;
  if (!SECOND_MARKS.has(doc.tokens[m + 2]?.text ?? '') || !glued(doc, m + 2)) return null;
  const seconds = Number(doc.tokens[m + 1]?.text);
  if (seconds >= 60) return null;
  const hundredths = glued(doc, m + 3) && isTwoDigits(doc, m + 3) ? Number(doc.tokens[m + 3]?.text) / 100 : null;
  const to = hundredths === null ? m + 3 : m + 4;
  return { kind: 'duration', unit: 'second', from: core.from, to, factor: 60, add: seconds + (hundredths ?? 0) };
}

/**
 * "52 centièmes", "7 centièmes", "trois dixièmes de seconde": a margin in fractions of a second, a duration in
 * seconds; not "deux dixièmes de point", "trois centièmes du budget" (a fraction of something else).
 */
function fractionOfSecond(doc: PreparedDocument, core: NumberCore, j: number): UnitMatch | null {
  const t = doc.tokens[j];
  const share = t === undefined || core.loneOne ? undefined : SECOND_FRACTIONS.get(t.fold);
  if (share === undefined) return null;
  const of = doc.tokens[j + 1]?.fold;
  const ofSecond = (of === 'de' || of === "d'") && (doc.tokens[j + 2]?.fold === 'seconde' || doc.tokens[j + 2]?.fold === 'secondes');
  // "7 centièmes d'avance", "de retard": the margin itself.
  const margin = (of === 'de' || of === "d'") && MARGIN_NOUNS.has(doc.tokens[j + 2]?.fold ?? '');
  if (!ofSecond && !margin && (of === 'de' || of === "d'" || of === 'du' || of === 'des')) return null;
  return { kind: 'duration', unit: 'second', from: core.from, to: ofSecond ? j + 3 : j + 1, factor: share, add: 0 };
}

/**
 * "20 s 91", "59 s 87": a race time in seconds, the abbreviation "s", then the hundredths (one or two digits) before
 * punctuation, the end or a word that is no noun ("en 20 s 91 (7 centièmes …)"; not "52 s 3 tours"). A bare "20 s"
 * is left to the other readings ("s" alone is read only in a compound time, "1 min 52 s").
 */
function readSecondsAndHundredths(doc: PreparedDocument, core: NumberCore): UnitMatch | null {
  const s = doc.tokens[core.to];
  if (s === undefined || (s.text !== 's' && s.text !== 'sec') || !s.spaceBefore) return null;
  const m: UnitMatch = { kind: 'duration', unit: 'second', from: core.from, to: core.to + 1, factor: 1, add: 0 };
  const read = withTenths(doc, m);
  return read === m ? null : read;
}

/**
 * "9"58", "19″32": a race time in seconds and hundredths, written with a second mark glued between whole seconds
 * and two digits (sports results).
 */
function readSecondsMark(doc: PreparedDocument, core: NumberCore): UnitMatch | null {
  const mark = doc.tokens[core.to];
  const hundredths = doc.tokens[core.to + 1];
  if (mark === undefined || hundredths === undefined || mark.spaceBefore || hundredths.spaceBefore) return null;
  if (!SECOND_MARKS.has(mark.text) || hundredths.kind !== 'number' || !/^\d{2}$/u.test(hundredths.text)) return null;
  // A mark closing a quote ("« 9 » puis"): the digits after it must end the figure.
  const after = doc.tokens[core.to + 2];
  if (after !== undefined && !after.spaceBefore && after.kind === 'number') return null;
  return { kind: 'duration', unit: 'second', from: core.from, to: core.to + 2, factor: 1, add: Number(hundredths.text) / 100 };
}
