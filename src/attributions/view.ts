/**
 * The read-only view the attribution rules share: the prepared document,
 * its quotations paired once, the entities indexed by token, and the
 * reporting cues found in one pass.
 */
import type { Entity, PreparedDocument, Token } from '../types.js';
import { tokenAt } from '../text/prepare.js';
import { NICKNAME_WORDS, QUOTE_PAIRS } from '../text/data.js';
import { gluedAuxiliaryCue, readCuesAt, type Cue } from './cues.js';
import { NICKNAME_ARTICLES } from './data.js';
import { triggerMask } from './triggers.js';

/** A pair of quotation marks: token indices of the opening and closing mark. */
export interface Quote {
  readonly open: number;
  readonly close: number;
}

/** Everything the rules read. Built once per document by `buildView`. */
export interface View {
  readonly doc: PreparedDocument;
  readonly tokens: readonly Token[];
  readonly quotes: readonly Quote[];
  /** Quote opened at a token index. */
  readonly quoteByOpen: ReadonlyMap<number, Quote>;
  /** Quote closed at a token index. */
  readonly quoteByClose: ReadonlyMap<number, Quote>;
  /** For each token, the quote that holds it (marks included), or undefined. */
  readonly quoteOf: readonly (Quote | undefined)[];
  /** For each token, the speaker-capable entity (not DATE, not NATIONALITY) that covers it. */
  readonly entityOf: readonly (Entity | undefined)[];
  /** For each token, 1 when a DATE entity covers it. */
  readonly inDate: Uint8Array;
  /** For each token, the NATIONALITY entity that covers it ("le jeune Landais", "le club bordelais"), or undefined. */
  readonly nationalityOf: readonly (Entity | undefined)[];
  /** Speaker-capable entities in text order. */
  readonly entities: readonly Entity[];
  readonly cues: readonly Cue[];
  /** Cue starting at a token index. */
  readonly cueAt: ReadonlyMap<number, Cue>;
  /** For each token, 1 when a cue covers it ("précisé" of "a précisé"). */
  readonly inCue: Uint8Array;
  /** Indices of the tokens holding a trigger class (`defineTrigger`), in text order: where rules and cues can start. */
  readonly triggered: readonly number[];
  /** Indices of the ":" tokens, in text order. */
  readonly colons: readonly number[];
  /** Indices of the "," tokens, in text order. */
  readonly commas: readonly number[];
}

/** Token indices a rule may start at, listed in one pass so that no rule reads every token again. */
interface TokenIndex {
  readonly triggered: number[];
  readonly colons: number[];
  readonly commas: number[];
}

function indexTokens(tokens: readonly Token[]): TokenIndex {
  const mask = triggerMask();
  const triggered: number[] = [];
  const colons: number[] = [];
  const commas: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined) continue;
    if ((t.classes & mask) !== 0) triggered.push(i);
    // Commas and colons are always 'punct' tokens: one test on the kind spares two string tests on every word.
    if (t.kind === 'punct') {
      if (t.text === ',') commas.push(i);
      else if (t.key === ':') colons.push(i);
    }
  }
  return { triggered, colons, commas };
}

/** A quotation longer than this is a stray mark, not a quote. */
const MAX_QUOTE_CHARS = 3000;

/** Pair quotation marks left to right; straight quotes toggle; a blank line closes nothing. */
export function pairQuotes(doc: PreparedDocument): Quote[] {
  const out: Quote[] = [];
  let open: { at: number; closers: readonly string[] } | null = null;
  for (const t of doc.tokens) {
    if (t.kind !== 'quote') {
      if (open !== null && t.newlineBefore && blankLineBefore(doc, t)) open = null;
      continue;
    }
    if (open !== null) {
      const opener = doc.tokens[open.at];
      if (opener !== undefined && t.start - opener.end > MAX_QUOTE_CHARS) open = null;
    }
    if (open !== null && open.closers.includes(t.text)) {
      out.push({ open: open.at, close: t.index });
      open = null;
      continue;
    }
    if (open === null) {
      const closers = QUOTE_PAIRS.get(t.text);
      if (closers !== undefined) open = { at: t.index, closers };
    }
  }
  return out;
}

function blankLineBefore(doc: PreparedDocument, t: Token): boolean {
  const prev = doc.tokens[t.index - 1];
  if (prev === undefined) return false;
  let n = 0;
  for (let i = prev.end; i < t.start; i++) if (doc.text.charCodeAt(i) === 10) n++;
  return n >= 2;
}

/** Most tokens inside a nickname's quotation marks ("« El Chapo »"). */
export const MAX_NICKNAME_TOKENS = 4;

/** "dit « Hemedti »", "alias « El Chapo »": a short capitalised quotation after a nickname word names, says nothing. */
function isNickname(doc: PreparedDocument, q: Quote): boolean {
  const before = doc.tokens[q.open - 1];
  const first = doc.tokens[q.open + 1];
  if (before === undefined || first === undefined || !NICKNAME_WORDS.has(before.key) || q.close - q.open - 1 > MAX_NICKNAME_TOKENS) return false;
  // After a comma or a name: "a dit « … »" is a verb of saying.
  const named = doc.tokens[q.open - 2];
  return capitalisedName(doc, q.open + 1) && named !== undefined && (named.key === ',' || named.text !== named.key);
}

/** A capitalised word at `i`, or an article before one ("le Lion"). */
function capitalisedName(doc: PreparedDocument, i: number): boolean {
  const t = doc.tokens[i];
  const word = NICKNAME_ARTICLES.has(t?.key ?? '') ? doc.tokens[i + 1] : t;
  return word !== undefined && word.kind === 'word' && word.text !== word.key;
}

/**
 * The cue is "dit" after a name and its comma, before a nickname's quotation, or before a capitalised name closed by
 * a comma ("Daglo, dit Hemedti, a …"; "« Non », dit Hemedti." and "C'est fini pour Poutine, dit Zelensky." report).
 */
function givesNickname(doc: PreparedDocument, c: Cue): boolean {
  const t = doc.tokens[c.from];
  const named = doc.tokens[c.from - 2];
  if (t === undefined || c.to !== c.from + 1 || !NICKNAME_WORDS.has(t.key) || doc.tokens[c.from - 1]?.key !== ',') return false;
  if (named === undefined || named.kind !== 'word' || named.text === named.key) return false;
  const next = doc.tokens[c.from + 1];
  if (next?.kind === 'quote') return capitalisedName(doc, c.from + 2);
  let k = c.from + 1;
  while (k < c.from + 1 + MAX_NICKNAME_TOKENS && doc.tokens[k]?.kind === 'word' && doc.tokens[k]?.text !== doc.tokens[k]?.key) k++;
  return k > c.from + 1 && doc.tokens[k]?.key === ',';
}

/**
 * An array of `n` entries that all read as undefined. `new Array(n).fill(undefined)` writes every entry a second
 * time and still leaves a holey array; an array of holes reads the same (only indexed reads are made) and one
 * undefined stored gives it the same elements kind at once, so every reader keeps the one kind it was optimised for.
 */
function undefinedArray<T>(n: number): (T | undefined)[] {
  const out = new Array<T | undefined>(n);
  if (n > 0) out[0] = undefined;
  return out;
}

const byStartThenLongest = (a: Entity, b: Entity) => a.start - b.start || b.end - a.end;
const byFrom = (a: Cue, b: Cue) => a.from - b.from;

/**
 * Is the list already in the order `compare` sorts it in? Then a stable sort would leave it as it is, and is not run:
 * the entities come sorted from the entity pipeline and the cues from the left-to-right reading.
 */
function inOrder<T>(items: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let i = 1; i < items.length; i++) {
    const a = items[i - 1];
    const b = items[i];
    if (a !== undefined && b !== undefined && compare(a, b) > 0) return false;
  }
  return true;
}

/** Build the shared view of a document and its entities. */
export function buildView(doc: PreparedDocument, entities: readonly Entity[]): View {
  const tokens = doc.tokens;
  const quotes = pairQuotes(doc).filter((q) => !isNickname(doc, q));
  const quoteByOpen = new Map<number, Quote>();
  const quoteByClose = new Map<number, Quote>();
  const quoteOf: (Quote | undefined)[] = undefinedArray<Quote>(tokens.length);
  for (const q of quotes) {
    quoteByOpen.set(q.open, q);
    quoteByClose.set(q.close, q);
    for (let i = q.open; i <= q.close; i++) quoteOf[i] = q;
  }
  const entityOf: (Entity | undefined)[] = undefinedArray<Entity>(tokens.length);
  const inDate = new Uint8Array(tokens.length);
  const nationalityOf: (Entity | undefined)[] = undefinedArray<Entity>(tokens.length);
  const speakers: Entity[] = [];
  const sorted = inOrder(entities, byStartThenLongest) ? entities : [...entities].sort(byStartThenLongest);
  for (const e of sorted) {
    const date = e.type === 'DATE';
    const nationality = e.type === 'NATIONALITY';
    if (!date && !nationality) speakers.push(e);
    for (let i = tokenAt(doc, e.start); i < tokens.length; i++) {
      const t = tokens[i];
      if (t === undefined || t.start >= e.end) break;
      if (date) inDate[i] = 1;
      else if (nationality) nationalityOf[i] ??= e;
      else if (entityOf[i] === undefined) entityOf[i] = e;
    }
  }
  const { triggered, colons, commas } = indexTokens(tokens);
  // "le général Daglo, dit « Hemedti »", "Daglo, dit Hemedti": the participle that gives a nickname reports nothing.
  const cues = readCuesAt(doc, triggered).filter((c) => !givesNickname(doc, c));
  // "Vladimir Poutinea félicité": the entity layer found the name inside the glued word; its "a" is the auxiliary.
  // The entity is read first: most tokens have none, and then their token object is not read.
  for (let j = 1; j < tokens.length; j++) {
    const e = entityOf[j - 1];
    if (e === undefined) continue;
    const glued = tokens[j - 1];
    if (glued === undefined || e.end !== glued.end - 1 || !glued.text.endsWith('a')) continue;
    const cue = gluedAuxiliaryCue(doc, j);
    if (cue !== null && !cues.some((c) => c.from < cue.to && cue.from < c.to)) cues.push(cue);
  }
  if (!inOrder(cues, byFrom)) cues.sort(byFrom);
  const cueAt = new Map<number, Cue>();
  const inCue = new Uint8Array(tokens.length);
  for (const c of cues) {
    cueAt.set(c.from, c);
    inCue.fill(1, c.from, c.to);
  }
  return { doc, tokens, quotes, quoteByOpen, quoteByClose, quoteOf, entityOf, inDate, nationalityOf, entities: speakers, cues, cueAt, inCue, triggered, colons, commas };
}

/** The key of token `i`, or '' outside the document. */
export function keyAt(view: View, i: number): string {
  // Callers look one or two tokens past either end: answered by a bounds test, not by an array read out of bounds
  // (a negative index is a named-property lookup, and the first such read deoptimises the hot callers).
  return i >= 0 && i < view.tokens.length ? (view.tokens[i]?.key ?? '') : '';
}

/** First token index of the sentence holding token `i`. */
export function sentenceStart(view: View, i: number): number {
  const t = view.tokens[i];
  return t === undefined ? 0 : (view.doc.sentences[t.sentence]?.tokenStart ?? 0);
}

/** Token index after the last token of the sentence holding token `i`. */
export function sentenceEnd(view: View, i: number): number {
  const t = view.tokens[i];
  return t === undefined ? view.tokens.length : (view.doc.sentences[t.sentence]?.tokenEnd ?? view.tokens.length);
}

/**
 * The ")" closing a bracket, searched from `from` over at most `max` tokens of the same sentence; -1 when none, or
 * when another "(" opens first.
 */
export function closingBracket(view: View, from: number, max: number): number {
  const end = Math.min(sentenceEnd(view, from), from + max);
  for (let i = from; i < end; i++) {
    const k = keyAt(view, i);
    if (k === ')') return i;
    if (k === '(') return -1;
  }
  return -1;
}

/** Is token `i` punctuation (not a quote)? */
export function isPunct(view: View, i: number): boolean {
  const k = view.tokens[i]?.kind;
  return k === 'punct' || k === 'symbol';
}
