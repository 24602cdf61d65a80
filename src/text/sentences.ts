/**
 * Sentence splitting over tokens. Knows French abbreviations and initials,
 * keeps an open quotation in one sentence until it closes, and treats line
 * breaks (paragraphs, headlines, scraped menus) as boundaries.
 */
import type { Sentence } from '../types.js';
import { ABBREVIATIONS, QUOTE_PAIRS, SENTENCE_FINAL } from './data.js';
import { codeUnitAt, isCapitalized } from './normalize.js';
import type { RawToken } from './tokenize.js';
import { defineWordClass } from './word-classes.js';

/** Forms that start with a capital: tested once per form, then one bit per token. */
const CAPITALIZED = defineWordClass((w) => isCapitalized(w.text));

/** A quotation that has not closed after this many characters was a stray mark. */
const MAX_QUOTE_CHARS = 1500;

/** Is the full stop at `dot` the end of an abbreviation or an initial ("M.", "J.", "av. J.-C.")? */
export function isAbbreviationDot(tokens: readonly RawToken[], dot: number): boolean {
  const prev = tokens[dot - 1];
  const tok = tokens[dot];
  if (prev === undefined || tok === undefined || tok.key !== '.' || tok.spaceBefore) return false;
  if (ABBREVIATIONS.has(prev.key)) {
    // "etc." may end a sentence; the others never do.
    return prev.key !== 'etc';
  }
  // Initials: one capital letter ("J. Biden", "Kim J. Un").
  if (prev.kind !== 'word' || prev.text.length !== 1 || !isCapitalized(prev.text)) return false;
  return !letterEndsSentence(tokens, dot);
}

/** Words that open a sentence and no name: "la génération Z. Une centaine …", "la vitamine D. Les …". */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'une', 'des', 'les', 'le', 'la', "l'", 'il', 'elle', 'ils', 'elles', 'on', 'ce', 'cette', 'ces', 'cet', 'cela', 'selon', 'mais',
  'en', 'au', 'aux', 'dans', 'pour', 'depuis', 'après', 'avec', 'sur', 'lors', 'plus', 'nous', 'si', 'ainsi', 'pourtant',
]);

/**
 * Does the capital letter before `dot` end a sentence rather than stand as an
 * initial: a letter after a lower-case word ("génération Z", "plan B"), then
 * a sentence opener followed by a lower-case word ("Une centaine", not "Le
 * Pen")?
 */
function letterEndsSentence(tokens: readonly RawToken[], dot: number): boolean {
  const before = tokens[dot - 2];
  const next = tokens[dot + 1];
  const after = tokens[dot + 2];
  if (before === undefined || next === undefined || after === undefined || before.kind !== 'word' || isCapitalized(before.text)) return false;
  return SENTENCE_OPENERS.has(next.key) && !isCapitalized(after.text);
}

const DOTS = /^\.+$/u;

/** Sentence-final punctuation, including scraped runs of dots ("2000.. En"). */
export function isFinal(key: string): boolean {
  return SENTENCE_FINAL.has(key) || (codeUnitAt(key, 0) === 46 && DOTS.test(key));
}

/** Can `tok` start a new sentence after final punctuation? */
function canStartSentence(tok: RawToken): boolean {
  if (tok.kind === 'number' || tok.kind === 'quote') return true;
  if (tok.kind === 'punct') return tok.text === '-' || tok.text === '—' || tok.text === '–' || tok.text === '(';
  return (tok.classes & CAPITALIZED) !== 0;
}

function blankLineBetween(text: string, from: number, to: number): boolean {
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) newlines++;
    if (newlines >= 2) return true;
  }
  return false;
}

/** Most tokens of a dateline before its dash: "WASHINGTON, 15 janv. 2025 (AFP) -". */
const MAX_DATELINE = 16;
const DASHES: ReadonlySet<string> = new Set(['-', '—', '–']);

/**
 * Does token `i` follow a wire dateline "PLACE[, DATE] (AGENCY) -" that
 * opens the sentence starting at `sentenceStart`?
 */
function datelineEndsBefore(tokens: readonly RawToken[], i: number, sentenceStart: number): boolean {
  const dash = tokens[i - 1];
  const tok = tokens[i];
  if (dash === undefined || tok === undefined || dash.kind !== 'punct' || !DASHES.has(dash.text) || !dash.spaceBefore || !tok.spaceBefore || !canStartSentence(tok)) return false;
  if (i - sentenceStart > MAX_DATELINE) return false;
  if (tokens[i - 2]?.text === ')' && tokens[i - 4]?.text === '(') {
    const agency = tokens[i - 3];
    return agency !== undefined && agency.kind === 'word' && isCapitalized(agency.text) && i - 4 > sentenceStart;
  }
  return placeAndDate(tokens, sentenceStart, i - 1) || placeOnly(tokens, sentenceStart, i - 1);
}

/** Most words of a dateline's place alone: "Périgueux -", "Saint-Jean-de-Luz -", "La Roche-sur-Yon -". */
const MAX_DATELINE_PLACE = 4;

/**
 * "Périgueux - Aux urgences …", "LAVAL - Le conseil …": regional datelines, a line opening with a capitalised place
 * of at most a few words and nothing else before the dash at `dash`.
 */
function placeOnly(tokens: readonly RawToken[], start: number, dash: number): boolean {
  const first = tokens[start];
  if (first === undefined || !(start === 0 || first.newlineBefore) || dash - start < 1 || dash - start > MAX_DATELINE_PLACE) return false;
  for (let k = start; k < dash; k++) {
    const t = tokens[k];
    if (t === undefined || t.kind !== 'word' || !isCapitalized(t.text)) return false;
  }
  return true;
}

/** Month names and their abbreviations, by the start of their key: "décembre", "déc". */
const MONTH_START = /^(?:janv|f[ée]vr|mars$|avr|mai$|juin$|juil|ao[uû]t$|sept|oct|nov|d[ée]c)/u;

/**
 * "Banda Aceh (Indonésie), 28 décembre -", "PARIS, 5 mars 2025 -": a line
 * opening with a capitalised place, then a comma, then a day and a month
 * (and a year) right before the dash at `dash`.
 */
function placeAndDate(tokens: readonly RawToken[], start: number, dash: number): boolean {
  const first = tokens[start];
  if (first === undefined || (start > 0 && !first.newlineBefore) || first.kind !== 'word' || !isCapitalized(first.text)) return false;
  let last = dash - 1;
  if (/^\d{4}$/u.test(tokens[last]?.text ?? '')) last--;
  const month = tokens[last];
  const day = tokens[last - 1];
  if (month === undefined || day === undefined || !MONTH_START.test(month.key) || !/^\d{1,2}(?:er)?$/u.test(day.key)) return false;
  return tokens[last - 2]?.text === ',' && last - 2 > start;
}

/**
 * Return the token indices where a sentence starts (always including 0 when
 * there is a token).
 */
export function sentenceStarts(text: string, tokens: readonly RawToken[]): number[] {
  const starts: number[] = [];
  if (tokens.length === 0) return starts;
  starts.push(0);
  // Open quotations: the mark and where it opened.
  let open: { closers: readonly string[]; at: number } | null = null;
  for (let i = 1; i < tokens.length; i++) {
    const tok = tokens[i];
    const prev = tokens[i - 1];
    if (tok === undefined || prev === undefined) continue;
    if (prev.kind === 'quote') open = updateQuote(open, prev);
    if (open !== null && tok.start - open.at > MAX_QUOTE_CHARS) open = null;
    let boundary = false;
    if (tok.newlineBefore) {
      // A line break ends a sentence unless an open quotation goes on in the
      // next line without a blank line between.
      boundary = open === null || blankLineBetween(text, prev.end, tok.start);
      if (boundary) open = null;
    } else if (open === null && datelineEndsBefore(tokens, i, starts[starts.length - 1] ?? 0)) {
      // "Gaza, 15 janv. 2025 (AFP) - Au moins …": the dateline is a segment of its own.
      boundary = true;
    } else if (open === null && canStartSentence(tok) && tok.spaceBefore) {
      if (isFinal(prev.key)) {
        boundary = !isAbbreviationDot(tokens, i - 1);
      } else if (prev.kind === 'quote' && open === null && isFinal(tokens[i - 2]?.key ?? '')) {
        // « Nous partons. » Il … : the quotation closed on a full stop.
        boundary = true;
      }
    }
    if (boundary) starts.push(i);
  }
  return starts;
}

function updateQuote(
  open: { closers: readonly string[]; at: number } | null,
  tok: RawToken,
): { closers: readonly string[]; at: number } | null {
  if (open !== null && open.closers.includes(tok.text)) return null;
  if (open === null) {
    const closers = QUOTE_PAIRS.get(tok.text);
    if (closers !== undefined) return { closers, at: tok.start };
  }
  return open;
}

/** A line in capitals ("OFFRE SPÉCIALE", "LA CORÉE DU NORD SIMULE…"): at least four letters, none lower case. */
function isShouting(text: string, start: number, end: number): boolean {
  let letters = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    // ASCII without a case conversion: most lines have a lower-case letter within a few characters.
    if (code < 128) {
      if (code >= 97 && code <= 122) return false;
      if (code >= 65 && code <= 90) letters++;
      continue;
    }
    const ch = text[i] ?? '';
    const lower = ch.toLowerCase();
    if (lower === ch.toUpperCase()) continue;
    if (ch === lower) return false;
    letters++;
  }
  return letters >= 4;
}

/** Build sentence objects from start indices and mark the headline lines. */
export function buildSentences(text: string, tokens: RawToken[], starts: readonly number[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (let s = 0; s < starts.length; s++) {
    const tokenStart = starts[s] ?? 0;
    const tokenEnd = starts[s + 1] ?? tokens.length;
    const first = tokens[tokenStart];
    const last = tokens[tokenEnd - 1];
    if (first === undefined || last === undefined) continue;
    const nextTok = tokens[tokenEnd];
    const ownLine = first.newlineBefore || tokenStart === 0;
    const endsLine = nextTok === undefined || nextTok.newlineBefore;
    const finalPunct = isFinal(last.key) || last.kind === 'quote' || last.key === ':' || last.key === ';';
    const shouting = isShouting(text, first.start, last.end);
    sentences.push({
      index: sentences.length,
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
      tokenStart,
      tokenEnd,
      headline: (ownLine && endsLine && !finalPunct) || shouting,
    });
  }
  return sentences;
}
