/**
 * `prepare(text)`: the shared text layer, computed once per document and read
 * by the three pipelines.
 */
import type { PreparedDocument, Sentence, Token } from '../types.js';
import { buildSentences, sentenceStarts } from './sentences.js';
import { tokenize } from './tokenize.js';

const PREPARED = Symbol.for('depeche.prepared');

interface Branded extends PreparedDocument {
  readonly [PREPARED]: true;
}

/**
 * Tokenise and split a French text into sentences. Offsets point into the
 * original string; the text is never rewritten.
 *
 * @example
 * const doc = prepare("M. Poutine a déclaré : « Nous gagnerons. »");
 * doc.sentences.length // 1
 * doc.tokens[1].text   // "Poutine"
 */
export function prepare(text: string): PreparedDocument {
  if (typeof text !== 'string') {
    throw new TypeError(`depeche: prepare(text) expects \`text\` to be a string, received ${describe(text)}`);
  }
  const raw = tokenize(text);
  const starts = sentenceStarts(text, raw);
  const sentences: Sentence[] = buildSentences(text, raw, starts);
  // Tokens are filled in place: no copy of 100k objects per megabyte.
  const tokens: Token[] = raw;
  for (const s of sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i];
      if (t !== undefined) t.sentence = s.index;
    }
  }
  return documentOf(text, tokens, sentences);
}

/**
 * A prepared document, always built by this one object literal: every
 * document then has one object shape, and the functions that read `tokens`
 * or `text` stay monomorphic (a spread copy made another shape, and the first
 * document that needed one sent some thirty optimised functions back to the
 * interpreter).
 */
function documentOf(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): PreparedDocument {
  const doc: Branded = { text, tokens, sentences, [PREPARED]: true };
  return doc;
}

/**
 * The prepared document `doc` with other tokens (the same text and sentences).
 *
 * @example
 * withTokens(doc, patched).tokens === patched // true
 */
export function withTokens(doc: PreparedDocument, tokens: readonly Token[]): PreparedDocument {
  return documentOf(doc.text, tokens, doc.sentences);
}

/** True for a document made by `prepare`. */
export function isPrepared(value: unknown): value is PreparedDocument {
  return typeof value === 'object' && value !== null && (value as Partial<Branded>)[PREPARED] === true;
}

/** A short description of a received value for error messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}

/** Index of the token whose span contains `offset`, or of the first token after it (binary search). */
export function tokenAt(doc: PreparedDocument, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const t = doc.tokens[mid];
    if (t !== undefined && t.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The span of tokens `from..to` (inclusive..exclusive) as a Span of the original text. */
export function spanOf(doc: PreparedDocument, from: number, to: number): { start: number; end: number; text: string } {
  const a = doc.tokens[from];
  const b = doc.tokens[to - 1];
  if (a === undefined || b === undefined) throw new RangeError(`depeche: empty token range ${from}..${to}`);
  return { start: a.start, end: b.end, text: doc.text.slice(a.start, b.end) };
}
