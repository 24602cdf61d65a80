/**
 * extractQuantities pipeline: span finding (rules/) and value resolution
 * (resolve/) are kept apart.
 *
 * One pass over the tokens finds number cores (digits, words, vague amounts)
 * and the unit after each; then each candidate gets its modifier, is checked
 * against the not-quantity rule, joins a range with its neighbour, gets its
 * counted object, and is dropped if it overlaps a DATE entity.
 */
import type { Entity, PreparedDocument, Quantity, QuantityKind, Span, Token } from '../types.js';
import { HUNDRED_WORDS, THOUSAND_WORDS, UNIT_WORDS, VAGUE_DETERMINERS } from './data/number-words.js';
import { MONEY_NOUNS } from './data/currencies.js';
import { isNumberWord } from './resolve/number-words.js';
import { spanOf, tokenAt } from '../text/prepare.js';
import { startsWithDigit } from '../text/normalize.js';
import { readCountedObject } from './rules/counted-object.js';
import { isSign, readDigitNumber, startsDigitNumber } from './rules/digit-number.js';
import { readCompactDuration, readDuration } from './rules/duration.js';
import { NO_UNIT, readMeasure, readScaleBefore } from './rules/measure.js';
import { readModifier, readPostposedBound, type ModifierMatch } from './rules/modifiers.js';
import { readMoneyAfter, readMoneyBefore } from './rules/money.js';
import { resolveCurrency, type CountryMentions } from './resolve/units.js';
import { isArticle, notQuantityReason } from './rules/not-quantity.js';
import { readPercent } from './rules/percent.js';
import { readRange } from './rules/ranges.js';
import type { Candidate, NumberCore, UnitMatch } from './rules/types.js';
import { readVagueAmount, startsVagueAmount } from './rules/vague-amount.js';
import { readWordNumber, startsWordNumber } from './rules/word-number.js';
import { defineWordClass } from '../text/word-classes.js';

/** What the quantity pipeline receives besides the document. */
export interface QuantityContext {
  /** Entities already found (DATE spans are not quantities), when available. */
  readonly entities: readonly Entity[] | null;
}

/** Ids of the quantity rules, in the order they run (each is `rules/<id>.ts`). */
export const QUANTITY_RULES: readonly string[] = [
  'vague-amount', 'digit-number', 'word-number', 'money', 'percent', 'measure', 'duration', 'modifiers',
  'not-quantity', 'ranges', 'counted-object',
];

/** Floating-point noise from "4,8 × 10^6" or "1,1 × 10^6": keep 12 significant digits. */
function clean(value: number): number {
  // Whole numbers below 10^12 have no noise to remove (most values): no string round trip.
  if (Number.isInteger(value) && Math.abs(value) < 1e12) return value;
  return Number(value.toPrecision(12));
}

/** Folded keys that may open a number core: number words and the determiners of vague amounts. */
const TRIGGERS: ReadonlySet<string> = new Set([
  ...UNIT_WORDS.keys(), ...HUNDRED_WORDS, ...THOUSAND_WORDS, ...VAGUE_DETERMINERS,
]);

/** Forms that may open a number core as a word: the triggers and hyphenated number words ("vingt-deux"). */
const CORE_WORD = defineWordClass((w) => TRIGGERS.has(w.fold) || (w.fold.includes('-') && isNumberWord(w.fold)));

/** Cheap gate run on every token: one bit for ordinary words; of the other tokens only numbers and signs. */
function mayOpenCore(t: Token): boolean {
  if (t.kind === 'number') return true;
  if (t.kind === 'word') return (t.classes & CORE_WORD) !== 0;
  return (t.kind === 'punct' || t.kind === 'symbol') && isSign(t.text);
}

/** The number core starting at token `i`, if any. A vague amount ("des milliers") wins over its determiner. */
function readCore(doc: PreparedDocument, i: number): NumberCore | null {
  if (startsVagueAmount(doc, i)) {
    const vague = readVagueAmount(doc, i);
    if (vague !== null) return vague;
  }
  if (startsDigitNumber(doc, i)) return readDigitNumber(doc, i);
  if (startsWordNumber(doc, i)) return readWordNumber(doc, i);
  return null;
}

/** The unit after the core (money, percent, measure, duration, in that order), or a currency before it. */
function readUnit(doc: PreparedDocument, core: NumberCore, mentions: () => CountryMentions): UnitMatch | null {
  return (
    readMoneyAfter(doc, core, mentions) ??
    readPercent(doc, core) ??
    readMeasure(doc, core) ??
    readDuration(doc, core) ??
    readMoneyBefore(doc, core, mentions) ??
    readScaleBefore(doc, core)
  );
}

/** A candidate that passed the not-quantity rule, with its modifier. */
interface Kept {
  readonly candidate: Candidate;
  readonly modifier: ModifierMatch | null;
}

/** Pass 1: every candidate of the document, left to right, without overlaps. */
function scan(doc: PreparedDocument, mentions: () => CountryMentions): Kept[] {
  const kept: Kept[] = [];
  const n = doc.tokens.length;
  let i = 0;
  while (i < n) {
    const t = doc.tokens[i];
    const core = t !== undefined && mayOpenCore(t) ? readCore(doc, i) : null;
    if (core === null) {
      // "en 24h", "près d'1h30": a compact "h" word that measures time.
      const compact = t !== undefined && t.kind === 'word' && startsWithDigit(t.key) ? readCompactDuration(doc, i) : null;
      if (compact !== null) kept.push({ candidate: compact, modifier: readModifier(doc, i) });
      i++;
      continue;
    }
    const unit = readUnit(doc, core, mentions);
    const value = clean(core.value * (unit?.factor ?? 1) + (unit?.add ?? 0));
    const candidate: Candidate = { core, unit, from: unit?.from ?? core.from, to: unit?.to ?? core.to, value };
    // The article "un", "une" is no quantity whatever stands before it: rejected before any modifier is read.
    if (isArticle(doc, candidate)) {
      i = Math.max(candidate.to, i + 1);
      continue;
    }
    const modifier = readModifier(doc, candidate.from);
    if (notQuantityReason(doc, candidate, modifier?.from ?? candidate.from) === null) kept.push({ candidate, modifier });
    i = Math.max(candidate.to, i + 1);
  }
  return kept;
}

/** Pronominal numbers have nothing after them to count: "toutes deux soumises", "tous trois". */
function isPronominal(doc: PreparedDocument, from: number): boolean {
  const prev = doc.tokens[from - 1]?.fold;
  return prev === 'tous' || prev === 'toutes';
}

function makeQuantity(
  doc: PreparedDocument,
  from: number,
  to: number,
  kind: QuantityKind,
  value: number | null,
  approximate: boolean,
  unit: string | undefined,
  range: Quantity['range'] | undefined,
  object: Span | null,
): Quantity {
  const { start, end, text } = spanOf(doc, from, to);
  // The common shapes are whole literals: each quantity is one compact object.
  if (range === undefined) {
    if (unit === undefined) return object === null ? { start, end, text, kind, value, approximate } : { start, end, text, kind, value, approximate, object };
    if (object === null) return { start, end, text, kind, value, approximate, unit };
  }
  const q: Quantity = { start, end, text, kind, value, approximate };
  if (range !== undefined) q.range = range;
  if (unit !== undefined) q.unit = unit;
  if (object !== null) q.object = object;
  return q;
}

/** The public unit: none for a measure on a scale ("magnitude 6,0"). */
function unitName(unit: string | undefined): string | undefined {
  return unit === NO_UNIT ? undefined : unit;
}

/** Pass 2: ranges, modifiers' effects and counted objects. */
function build(doc: PreparedDocument, kept: readonly Kept[], properNoun: (t: Token) => boolean, mentions: () => CountryMentions): Quantity[] {
  const out: Quantity[] = [];
  // The unit each kept candidate ended with, its own or inherited, for the numbers set against it.
  const units: (Inherited | null)[] = [];
  // The last money amount so far, for a bare scale after a money noun ("une fortune supérieure à 50 millions").
  let lastMoney: Inherited | null = null;
  for (let k = 0; k < kept.length; k++) {
    const here = kept[k];
    if (here === undefined) continue;
    const c = here.candidate;
    const next = kept[k + 1];
    const range = next === undefined ? null : readRange(doc, c, next.candidate);
    if (range !== null) {
      const kind = range.unit?.kind ?? 'count';
      const object = kind === 'count' ? readCountedObject(doc, range.upper.core, range.upper.to, properNoun) : null;
      out.push(makeQuantity(doc, range.from, range.to, kind, null, true, unitName(range.unit?.unit), { min: range.min, max: range.max }, object));
      units[k] = units[k + 1] = range.unit;
      k++;
      continue;
    }
    const object = c.unit === null && !isPronominal(doc, c.from) ? readCountedObject(doc, c.core, c.to, properNoun) : null;
    // "quatre ans au plus", "20 élèves au maximum": the bound may follow the amount or what it counts.
    const effect = here.modifier?.effect ?? readPostposedBound(doc, object === null ? c.to : tokenAt(doc, object.end));
    const bounds = effect === 'min' ? { min: c.value, max: null } : effect === 'max' ? { min: null, max: c.value } : undefined;
    // "3 000 euros environ": the approximation may follow the amount.
    const approximate = c.core.approximate || (effect !== undefined && effect !== null) || doc.tokens[c.to]?.key === 'environ';
    // "20 milliards de dollars, dont 12 milliards versés", "57 birrs, contre 52 avant", "de 280 000 à 400 000 tonnes":
    // a bare number takes the unit of the amount it is set against.
    const against = againstWhich(doc, kept, k);
    // "soit l'équivalent de six fois Paris": a multiplier takes no unit.
    const multiplier = doc.tokens[c.to]?.key === 'fois';
    const inherited =
      c.unit === null && object === null && !multiplier
        ? (rateCurrency(doc, c, next?.candidate, mentions) ??
          unitBefore(doc, kept[against]?.candidate, units[against] ?? null, c) ??
          unitAfter(doc, c, next?.candidate) ??
          (lastMoney !== null && afterMoneyNoun(doc, c) ? lastMoney : null))
        : null;
    units[k] = c.unit ?? inherited;
    if (units[k]?.kind === 'money') lastMoney = units[k] ?? null;
    const kind = c.unit?.kind ?? inherited?.kind ?? 'count';
    const unit = unitName(c.unit?.unit ?? inherited?.unit);
    // "moins 12 degrés": below zero, the sign in the span.
    const minus = kind === 'measure' && (unit === '°C' || unit === '°F') && here.modifier === null && c.value !== null && belowZero(doc, c.from);
    // "est passé de 54 à 62 millions d'euros": the bare figure set against a scaled amount takes its scale too.
    const value = inherited !== null && inherited === next?.candidate.unit ? scaledLike(c, next.candidate) : c.value;
    out.push(makeQuantity(doc, minus ? c.from - 1 : c.from, c.to, kind, minus && value !== null ? -value : value, approximate, unit, bounds, object));
  }
  return out;
}

/** The value of the bare figure `c` read on the scale of the amount `b` after it, when smaller than it (54 → 54e6 before "62 millions"). */
function scaledLike(c: Candidate, b: Candidate): number | null {
  if (c.value === null || c.core.scale !== 1 || b.core.scale <= 1) return c.value;
  return c.value < b.core.value / b.core.scale + 1e-9 ? c.value * b.core.scale : c.value;
}

/** Words before "moins" that make it a comparison, not a sign: "au moins 30 degrés", "pas moins de", "le moins". */
const NOT_A_SIGN: ReadonlySet<string> = new Set(['au', 'pas', 'le', 'la', 'les', 'du', 'de', 'non', 'rien', 'ou', 'plus']);

/** Is the temperature at `from` read "moins N" (below zero), "moins" a word of its own before the number? */
function belowZero(doc: PreparedDocument, from: number): boolean {
  const m = doc.tokens[from - 1];
  if (m === undefined || m.key !== 'moins' || m.sentence !== doc.tokens[from]?.sentence) return false;
  return !NOT_A_SIGN.has(doc.tokens[from - 2]?.key ?? '');
}

/** Most tokens between a money noun and the bare scale it makes money: "une fortune supérieure à 50 millions". */
const MAX_MONEY_NOUN_GAP = 4;

/** Is the bare scale `c` ("50 millions") shortly after a noun of money in its sentence, no punctuation between? */
function afterMoneyNoun(doc: PreparedDocument, c: Candidate): boolean {
  if (!c.core.nounLike || c.core.source === 'vague') return false;
  const sentence = doc.tokens[c.from]?.sentence;
  for (let i = c.from - 1; i >= 0 && c.from - i <= MAX_MONEY_NOUN_GAP + 1; i--) {
    const t = doc.tokens[i];
    if (t === undefined || t.sentence !== sentence || (t.kind !== 'word' && t.kind !== 'number')) return false;
    if (MONEY_NOUNS.has(t.fold)) return true;
  }
  return false;
}

/** Most tokens between an amount and a bare scale that takes its currency ("…de dollars, dont 12 milliards"). */
const MAX_CURRENCY_GAP = 3;

/** Words that set a bare number against the amount before it: "contre 52", "dont deux", "soit 40", "à 8", "et 12". */
const AGAINST: ReadonlySet<string> = new Set(['contre', 'dont', 'soit']);
const JOINS: ReadonlySet<string> = new Set(['à', 'et', 'ou', '-', '–']);
/** Most tokens between "contre"/"dont"/"soit" and the number: "contre un bénéfice de 64 millions". */
const MAX_AGAINST_GAP = 4;

/** Unit of an amount, as a bare number inherits it. */
type Inherited = Pick<UnitMatch, 'kind' | 'unit'>;

/**
 * The unit a bare number takes from the amount before it in its sentence,
 * or null: a scale right after money ("un prêt de 20 milliards de dollars,
 * dont 12 milliards"), a number set against it by "contre", "dont", "soit"
 * ("57 birrs pour un dollar, contre 52 avant", "quatre ans, dont deux
 * ferme", "contre un bénéfice de 64 millions"), or joined to it ("de 12
 * dollars à 8"). Nothing counted may follow the number (the caller checks).
 */
function unitBefore(doc: PreparedDocument, prev: Candidate | undefined, prevUnit: Inherited | null, c: Candidate): Inherited | null {
  if (prev === undefined || prevUnit === null || c.core.source === 'vague') return null;
  const a = doc.tokens[prev.to - 1];
  const b = doc.tokens[c.from];
  if (a === undefined || b === undefined || a.sentence !== b.sentence) return null;
  if (prevUnit.kind === 'money' && c.core.nounLike && c.from - prev.to <= MAX_CURRENCY_GAP) return prevUnit;
  const before = doc.tokens[c.from - 1]?.key ?? '';
  if (JOINS.has(before) && c.from - 1 === prev.to) return prevUnit;
  for (let i = c.from - 1; i >= prev.to && c.from - i <= MAX_AGAINST_GAP + 1; i--) {
    const key = doc.tokens[i]?.key ?? '';
    if (AGAINST.has(key)) return prevUnit;
    if (key === '.' || key === ';' || key === ':') return null;
  }
  return null;
}

/**
 * The amount a bare number at `k` is set against: the one before it, or the
 * one before that when the nearer is the "1" of a rate ("132 birrs pour un
 * dollar, contre 57": birrs).
 */
function againstWhich(doc: PreparedDocument, kept: readonly Kept[], k: number): number {
  const prev = kept[k - 1]?.candidate;
  if (prev === undefined) return k - 1;
  // "2 500 afghanis (31 euros), contre 1 800": a conversion in brackets is not what the number is set against.
  if (k >= 2 && inBracketsBefore(doc, prev, kept[k]?.candidate)) return k - 2;
  if (prev.value !== 1) return k - 1;
  const by = doc.tokens[prev.from - 1]?.key;
  return (by === 'pour' || by === 'par') && k >= 2 ? k - 2 : k - 1;
}

/** Most words between an opening bracket and the amount in it: "(environ 112 milliards d'euros)". */
const MAX_BRACKET_LEAD = 3;

/** Is `a` inside brackets that close before `c`? ("(31 euros), contre 1 800", "(environ 112 milliards d'euros), dont 35 milliards") */
function inBracketsBefore(doc: PreparedDocument, a: Candidate, c: Candidate | undefined): boolean {
  if (c === undefined) return false;
  let open = false;
  for (let i = a.from - 1; i >= 0 && a.from - i <= MAX_BRACKET_LEAD + 1; i--) {
    const key = doc.tokens[i]?.key;
    if (key === '(') {
      open = true;
      break;
    }
    if (key === ')' || key === ',' || key === '.') return false;
  }
  if (!open) return false;
  for (let i = a.to; i < c.from; i++) if (doc.tokens[i]?.key === ')') return true;
  return false;
}

/** Most tokens from a rate back to the currency it prices: "la livre syrienne s'échange lundi autour de 11 000". */
const MAX_RATE_GAP = 12;

/**
 * "la roupie est tombée à 16 500 pour un dollar", "le kyat s'échangeait
 * autour de 4 400 pour un dollar": a bare number priced against one unit of
 * another currency is an amount of the currency named before it in its
 * sentence, the nearest first.
 */
function rateCurrency(doc: PreparedDocument, c: Candidate, next: Candidate | undefined, mentions: () => CountryMentions): Inherited | null {
  if (next === undefined || next.unit?.kind !== 'money' || next.value !== 1 || next.from !== c.to + 1) return null;
  const by = doc.tokens[c.to]?.key;
  if (by !== 'pour' && by !== 'par') return null;
  const sentence = doc.tokens[c.from]?.sentence;
  for (let i = c.from - 1; i >= 0 && c.from - i <= MAX_RATE_GAP; i--) {
    const t = doc.tokens[i];
    if (t === undefined || t.sentence !== sentence) break;
    if (t.kind !== 'word') continue;
    const r = resolveCurrency(t.text, t.fold, doc.tokens[i + 1]?.fold, mentions());
    if (r !== null && r.factor === 1 && r.unit !== next.unit.unit) return { kind: 'money', unit: r.unit };
  }
  return null;
}

/** "de 280 000 à 400 000 tonnes", "entre 12 et 15 %" left apart: the first bound takes the unit of the second. */
function unitAfter(doc: PreparedDocument, c: Candidate, next: Candidate | undefined): Inherited | null {
  if (next === undefined || next.unit === null || next.core.from !== c.to + 1 || c.core.source === 'vague') return null;
  return JOINS.has(doc.tokens[c.to]?.key ?? '') && next.unit.from === next.core.from ? next.unit : null;
}

/** Drop quantities that overlap a DATE entity ("1948", "du 25 au 27 mars", "il y a trois ans"). */
function withoutDates(quantities: Quantity[], entities: readonly Entity[] | null): Quantity[] {
  if (entities === null) return quantities;
  const dates = entities.filter((e) => e.type === 'DATE').sort((a, b) => a.start - b.start);
  if (dates.length === 0) return quantities;
  const out: Quantity[] = [];
  let d = 0;
  let maxEnd = -1;
  for (const q of quantities) {
    // advance over dates starting before the quantity ends, tracking the furthest end seen
    while (d < dates.length && (dates[d]?.start ?? Infinity) < q.end) {
      maxEnd = Math.max(maxEnd, dates[d]?.end ?? -1);
      d++;
    }
    if (maxEnd > q.start) continue;
    out.push(q);
  }
  return out;
}

/**
 * Drop quantities inside the name of an organisation or a place: "20
 * Minutes" (the newspaper), "60 Millions de consommateurs", "avenue du
 * 8-Mai-1945". Both lists are sorted by start.
 */
function withoutNames(quantities: Quantity[], entities: readonly Entity[] | null): Quantity[] {
  if (entities === null) return quantities;
  let names: Entity[] | null = null;
  for (const e of entities) if ((e.type === 'ORGANIZATION' || e.type === 'LOCATION') && /\d/u.test(e.text)) (names ??= []).push(e);
  if (names === null) return quantities;
  names.sort((a, b) => a.start - b.start);
  // One sweep: the furthest end of the names starting at or before each quantity.
  const out: Quantity[] = [];
  let n = 0;
  let maxEnd = -1;
  for (const q of quantities) {
    while (n < names.length && (names[n]?.start ?? Infinity) <= q.start) {
      maxEnd = Math.max(maxEnd, names[n]?.end ?? -1);
      n++;
    }
    if (maxEnd >= q.end) continue;
    out.push(q);
  }
  return out;
}

/**
 * How many times the entities name each country (by their ids): places,
 * demonyms and national bodies. It picks the currency of a name several
 * countries use ("dinars" in a story on Serbia).
 *
 * @example
 * countryMentions([{ id: 'iso:RS', … }, { id: 'city:RS:belgrade', … }]).get('RS') // 2
 */
export function countryMentions(entities: readonly Entity[]): CountryMentions {
  const counts = new Map<string, number>();
  for (const e of entities) {
    const country = e.id === undefined ? undefined : countryOfId(e.id);
    if (country !== undefined) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  return counts;
}

/** Id prefixes that carry a country code after them. */
const COUNTRY_ID_PREFIXES: ReadonlySet<string> = new Set(['iso', 'city', 'region', 'org']);

/**
 * The country part of an entity id: "iso:RS", "city:RS:belgrade", "region:SD:darfour-sud", "org:SD:fsr" → "RS";
 * none for "org:onu" or "person:x". Read without a regular expression: this runs for every entity of a document
 * with money.
 */
function countryOfId(id: string): string | undefined {
  const colon = id.indexOf(':');
  // Two letters after the colon, then the end or another colon (no read past the end of the id).
  const end = colon + 3;
  if (colon < 0 || end > id.length || !COUNTRY_ID_PREFIXES.has(id.slice(0, colon))) return undefined;
  return isAsciiUpper(id.charCodeAt(colon + 1)) && isAsciiUpper(id.charCodeAt(colon + 2)) && (end === id.length || id.charCodeAt(end) === 58)
    ? id.slice(colon + 1, end)
    : undefined;
}

function isAsciiUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

/**
 * Find the quantities of a prepared document: counts, money, percentages,
 * measures and durations, each with its value, unit, modifiers and counted
 * object. Sorted by start, then longer first.
 *
 * @example
 * findQuantities(prepare("Séoul a identifié au moins 10 000 conteneurs."), { entities: null })
 * // [{ text: '10 000', kind: 'count', value: 10000, approximate: true,
 * //    range: { min: 10000, max: null }, object: { text: 'conteneurs', … }, … }]
 */
export function findQuantities(doc: PreparedDocument, ctx: QuantityContext): Quantity[] {
  // Nationality nouns may head a counted object ("62 Palestiniens").
  const nationals = new Set((ctx.entities ?? []).filter((e) => e.type === 'NATIONALITY').map((e) => e.start));
  let mentions: CountryMentions | undefined;
  const countries = (): CountryMentions => (mentions ??= countryMentions(ctx.entities ?? []));
  const quantities = withoutNames(withoutDates(build(doc, scan(doc, countries), (t) => nationals.has(t.start), countries), ctx.entities), ctx.entities);
  return quantities.sort((a, b) => a.start - b.start || b.end - a.end);
}
