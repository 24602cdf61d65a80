/**
 * French tokeniser. One left-to-right pass; each token is a slice of the
 * original string with its offsets, so nothing ever has to be mapped back.
 */
import type { Token, TokenKind } from '../types.js';
import { ELISION_PREFIXES, CLITIC_PRONOUNS, QUOTE_CHARS, JOINED_APOSTROPHE_WORDS } from './data.js';
import { isFinal } from './sentences.js';
import { foldKey, isAsciiDigit, keyOf } from './normalize.js';
import { classesOf, onWordClassDefined } from './word-classes.js';

/** A token whose `sentence` is filled in by the sentence splitter (-1 until then). */
export type RawToken = Token;

// Every pattern below is sticky (`y`), anchored at the scan position, and
// linear: no nested quantifier can match the same character two ways.

/** "https://…", "www.…": up to the next whitespace or closing bracket/quote. */
const URL = /(?:https?:\/\/|www\.)[^\s<>«»“”"‹›()[\]{}]+/uy;
/**
 * "prenom.nom@exemple.fr". Parts are bounded (RFC 5321: local part ≤ 64,
 * label ≤ 63) so a failed attempt never scans far.
 */
const EMAIL = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,8}/uy;
/** Longest e-mail local part: an '@' further away cannot start here. */
const MAX_LOCAL_PART = 64;
/** "#Ukraine", "@elysee" */
const HASHTAG = /[#@][\p{L}\p{N}_]+/uy;
/**
 * Numbers with French conventions: thousands by dot, space, NBSP or narrow
 * NBSP ("7.000", "10 000"), or by an apostrophe as in Switzerland
 * ("61'250"), decimal comma or dot ("79,99", "2.5").
 */
const NUMBER =
  /(?:\d{1,3}(?:[.\u0020\u00A0\u202F\u2009'’]\d{3})+(?![\p{N}])(?:,\d+)?|\d+(?:[.,]\d+)?)(?![\p{N}])/uy;
/** A word: letters, marks, digits, joined by inner hyphens ("nord-coréen", "KN-23", "a-t-il"). */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-\u2010\u2011][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/uy;
/** "…" or "..." and longer runs of dots. */
const ELLIPSIS = /…|\.{2,}/uy;
const SPACE = /\s/u;
const NEWLINE = /[\n\r\u2028\u2029]/u;
const DIGIT = /\p{N}/u;
const DIGITS_ONLY = /^\p{N}+$/u;
const LETTER = /\p{L}/u;
const CURRENCY_OR_SYMBOL = /[\p{Sc}%‰°§&+=<>~^|\\/*]/u;

/** Plain lower-case ASCII words need no normalisation: their key and fold are the text. */
const PLAIN = /^[a-z0-9]+$/u;
/** What the tokeniser knows of a surface form: its keys, its word classes and what splitting a word needs. */
interface Lexeme {
  readonly key: string;
  readonly fold: string;
  readonly classes: number;
  /**
   * Where a clitic starts ("a-t-il" → 1), inside a sentence and at its
   * start ("Dit-il" splits only there); null when the form has no hyphen.
   */
  readonly clitic: readonly [inside: number, initial: number] | null;
  /** Offsets where glued scraped words split ("uneACTUALITES" → [3]); empty for most forms. */
  readonly gluedBreaks: readonly number[];
}

const NO_BREAKS: readonly number[] = [];

/** Lexeme per distinct surface form; news vocabulary repeats, so this saves most normalisation and class tests. */
const KEY_CACHE = new Map<string, Lexeme>();
/**
 * Forms held before the cache starts afresh. The frequent forms of news come
 * back within a few articles; a larger cache only holds rare ones: 100,000
 * forms kept 12 MB more alive on a 10 MB stream with a growing vocabulary,
 * for no gain in speed.
 */
const KEY_CACHE_MAX = 25_000;

/**
 * Forms met once, as bits of a hash table: a form enters the cache the second
 * time it is met. Most distinct forms of a long text are met once (names,
 * typos, figures, a feed's changing vocabulary); cached, each one's lexeme,
 * key copy and Map entry outlived two young-generation collections and were
 * left as garbage in the old generation when the cache started afresh (about
 * 120 bytes a form, 19 MB on a 10 MB stream where one word in four is new).
 * Checking a bit allocates nothing. A form whose bit another set is cached
 * on its first meeting: the table starts afresh once an eighth of it is set,
 * which keeps those mistakes under one in eight.
 */
const SEEN_BITS = 1 << 18;
const SEEN = new Int32Array(SEEN_BITS >>> 5);
const SEEN_MAX = SEEN_BITS >>> 3;
let seenCount = 0;

/** Was `form` (or a form with the same hash) met since the table last started afresh? Marks it as met. */
function metBefore(form: string): boolean {
  // FNV-1a over the UTF-16 code units.
  let h = 0x811c9dc5;
  for (let i = 0; i < form.length; i++) h = Math.imul(h ^ form.charCodeAt(i), 0x01000193);
  const bit = (h >>> 0) & (SEEN_BITS - 1);
  const word = bit >>> 5;
  const mask = 1 << (bit & 31);
  const cell = SEEN[word] ?? 0;
  if ((cell & mask) !== 0) return true;
  if (seenCount >= SEEN_MAX) {
    SEEN.fill(0);
    seenCount = 0;
  }
  SEEN[word] = (SEEN[word] ?? 0) | mask;
  seenCount++;
  return false;
}

onWordClassDefined(() => {
  KEY_CACHE.clear();
  SEEN.fill(0);
  seenCount = 0;
});

/**
 * Shortest slice V8 makes by reference into its parent string
 * (`SlicedString::kMinLength`); shorter slices are copies.
 */
const MIN_SLICED_LENGTH = 13;

/**
 * A copy of a slice that does not point into the text it was cut from:
 * engines slice long strings by reference, and what outlives the call (the
 * form cache, the names remembered from section to section) must not keep
 * whole documents alive through it.
 *
 * @example
 * detached(longText.slice(0, 20)) // the same 20 characters, in a string of their own
 */
export function detached(slice: string): string {
  // A JSON round trip gives a new flat string (concatenation would give a rope).
  return slice.length < MIN_SLICED_LENGTH ? slice : (JSON.parse(JSON.stringify(slice)) as string);
}

function keysOf(slice: string): Lexeme {
  let hit = KEY_CACHE.get(slice);
  if (hit === undefined) {
    // The cached strings are built from a copy: a key may be the slice itself ("ministre" is its own key).
    const form = detached(slice);
    const plain = PLAIN.test(form);
    const key = plain ? form : keyOf(form);
    const fold = plain ? form : foldKey(key);
    const clitic = form.includes('-') ? ([cliticStart(form, key, false), cliticStart(form, key, true)] as const) : null;
    const gluedBreaks = hasInnerCapital(form) ? gluedWordBreaks(form) : NO_BREAKS;
    hit = { key, fold, classes: classesOf({ text: form, key, fold }), clitic, gluedBreaks };
    if (metBefore(form)) {
      if (KEY_CACHE.size >= KEY_CACHE_MAX) KEY_CACHE.clear();
      KEY_CACHE.set(form, hit);
    }
  }
  return hit;
}

/**
 * A token as the tokeniser makes it. A class, not an object literal: V8
 * tracks object literals by allocation site and, when a site's objects all
 * survive a young-generation collection (a section's tokens are alive until
 * the section is done), may allocate every later object of the site in the
 * old generation. Tokens were so "pretenured" in about one stream run in
 * six, and the 10 MB stream then peaked at 180–190 MB instead of 110 MB.
 * Objects made by a constructor are not tracked that way.
 */
class TokenRecord implements RawToken {
  index: number;
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
  key: string;
  fold: string;
  classes: number;
  spaceBefore: boolean;
  newlineBefore: boolean;
  sentence: number;

  constructor(slice: string, lex: Lexeme, start: number, end: number, kind: TokenKind, spaceBefore: boolean, newlineBefore: boolean, index: number) {
    this.index = index;
    this.start = start;
    this.end = end;
    this.text = slice;
    this.kind = kind;
    this.key = lex.key;
    this.fold = lex.fold;
    this.classes = lex.classes;
    this.spaceBefore = spaceBefore;
    this.newlineBefore = newlineBefore;
    this.sentence = -1;
  }
}

function makeToken(slice: string, lex: Lexeme, start: number, end: number, kind: TokenKind, spaceBefore: boolean, newlineBefore: boolean, index: number): RawToken {
  return new TokenRecord(slice, lex, start, end, kind, spaceBefore, newlineBefore, index);
}

/**
 * Token `t` with another surface form and end, made by the tokeniser's own
 * class: a token object of another shape (a spread copy) makes every
 * function that reads tokens polymorphic from the first document that holds
 * one.
 *
 * @example
 * retokened(t, { text: 'Poutine', key: 'poutine', fold: 'poutine' }, t.end - 1, classes).text // "Poutine"
 */
export function retokened(t: Token, form: { readonly text: string; readonly key: string; readonly fold: string }, end: number, classes: number): Token {
  const lex: Lexeme = { key: form.key, fold: form.fold, classes, clitic: null, gluedBreaks: NO_BREAKS };
  const copy = new TokenRecord(form.text, lex, t.start, end, t.kind, t.spaceBefore, t.newlineBefore, t.index);
  copy.sentence = t.sentence;
  return copy;
}

/** Does the word have an upper-case letter after its first character? (cheap pre-test for glued words) */
function hasInnerCapital(word: string): boolean {
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
    if (c >= 0xc0 && (c < 0xdf || c > 0xff) && c !== 0xf7) {
      const ch = word[i] ?? '';
      if (ch !== ch.toLowerCase()) return true;
    }
  }
  return false;
}

/** "aujourd" of "aujourd'hui": only these heads can start a word that keeps its apostrophe. */
const JOINED_HEADS: ReadonlySet<string> = new Set([...JOINED_APOSTROPHE_WORDS].map((w) => w.slice(0, w.indexOf("'"))));

/** Class of a BMP code unit for WORD: 0 not yet known, 1 letter or digit, 2 mark only, 3 neither. */
const CLASS = new Uint8Array(0x10000);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;

function classOf(code: number): number {
  let c = CLASS[code] ?? 3;
  if (c === 0) {
    const ch = String.fromCharCode(code);
    c = code >= 0xd800 && code <= 0xdfff ? 3 : LETTER_OR_DIGIT.test(ch) ? 1 : MARK.test(ch) ? 2 : 3;
    CLASS[code] = c;
  }
  return c;
}
for (let code = 0; code < 128; code++) {
  CLASS[code] = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 3;
}

/** Per BMP code unit: 0 not yet known, 1 a symbol (currency, %, °, maths), 2 punctuation. */
const SYMBOL_CLASS = new Uint8Array(0x10000);

/** Is the character a symbol rather than punctuation? (a table lookup after the first test of each character) */
function isSymbol(code: number): boolean {
  let c = SYMBOL_CLASS[code] ?? 2;
  if (c === 0) {
    c = CURRENCY_OR_SYMBOL.test(String.fromCharCode(code)) ? 1 : 2;
    SYMBOL_CLASS[code] = c;
  }
  return c === 1;
}

/** Bits of `charBits`: what the tokeniser's per-character patterns say of a code unit. */
const KNOWN = 1;
const SPACE_BIT = 2;
const NEWLINE_BIT = 4;
const DIGIT_BIT = 8;
const LETTER_BIT = 16;
const QUOTE_BIT = 32;
/** Per code unit: 0 not yet known, else KNOWN and the bits of the patterns it matches. */
const CHAR_BITS = new Uint8Array(0x10000);

/**
 * What SPACE, NEWLINE, DIGIT, LETTER and QUOTE_CHARS say of one code unit
 * (a lone surrogate matches none), from a table filled on first sight: the
 * main loop tests French non-ASCII characters (no-break spaces, accented
 * capitals, guillemets) without running a pattern each time.
 */
function charBits(code: number): number {
  let bits = CHAR_BITS[code] ?? 0;
  if (bits === 0) {
    const ch = String.fromCharCode(code);
    bits = KNOWN;
    if (SPACE.test(ch)) bits |= SPACE_BIT;
    if (NEWLINE.test(ch)) bits |= NEWLINE_BIT;
    if (DIGIT.test(ch)) bits |= DIGIT_BIT;
    if (LETTER.test(ch)) bits |= LETTER_BIT;
    if (QUOTE_CHARS.has(ch)) bits |= QUOTE_BIT;
    CHAR_BITS[code] = bits;
  }
  return bits;
}

const isHyphen = (code: number): boolean => code === 45 || code === 0x2010 || code === 0x2011;

/**
 * End of the WORD that starts at `pos` (same language as the WORD pattern),
 * or -1: a table lookup per character instead of a regex match object per
 * word. Astral characters (surrogates) fall back to the pattern.
 */
function scanWord(text: string, pos: number): number {
  const n = text.length;
  if (pos >= n || classOf(text.charCodeAt(pos)) !== 1) return text.charCodeAt(pos) >= 0xd800 && text.charCodeAt(pos) <= 0xdbff ? matchAt(WORD, text, pos) : -1;
  let i = pos + 1;
  for (;;) {
    while (i < n) {
      const code = text.charCodeAt(i);
      const c = classOf(code);
      if (c === 1 || c === 2) i++;
      else if (code >= 0xd800 && code <= 0xdbff) return matchAt(WORD, text, pos);
      else break;
    }
    // An inner hyphen joins the next letter or digit: "nord-coréen", "KN-23".
    if (i + 1 < n && isHyphen(text.charCodeAt(i)) && classOf(text.charCodeAt(i + 1)) === 1) i += 2;
    else return i;
  }
}

function matchAt(re: RegExp, text: string, pos: number): number {
  re.lastIndex = pos;
  const m = re.exec(text);
  return m === null ? -1 : pos + m[0].length;
}

const isUpper = (c: string): boolean => c !== c.toLowerCase() && c === c.toUpperCase();
const isLower = (c: string): boolean => c !== c.toUpperCase() && c === c.toLowerCase();

/**
 * Split a word at the places scraped text glues words together:
 * "uneACTUALITESinternationalPOLITIQUE" → une | ACTUALITES | international | POLITIQUE,
 * "BloombergActualités" → Bloomberg | Actualités. Short heads such as
 * "McDonald", "iPhone" or "ONGs" stay whole.
 */
export function gluedWordBreaks(word: string): number[] {
  const breaks: number[] = [];
  // Short words ("OTAN", "iPhone") never split: no need to read their characters.
  if (word.length < 7) return breaks;
  const chars = Array.from(word);
  if (chars.length < 7) return breaks;
  let offset = 0;
  let runStart = 0;
  const offsets: number[] = [];
  for (const c of chars) {
    offsets.push(offset);
    offset += c.length;
  }
  for (let i = 1; i < chars.length; i++) {
    const prev = chars[i - 1] ?? '';
    const cur = chars[i] ?? '';
    const next = chars[i + 1] ?? '';
    const headLen = i - runStart;
    // lower → UPPER UPPER: "uneACTUALITES"; lower → Upper lower (CamelCase) with a long head and
    // tail: "BloombergActualités" (but "PyeongChang" stays whole).
    // CamelCase alone ("TotalEnergies", "BlackRock", "BloombergActualités") is
    // not split: brand names are written that way.
    const lowerToUpper = isLower(prev) && isUpper(cur) && isUpper(next) && headLen >= 2 && isUpper(chars[i + 2] ?? '');
    // UPPER run (≥ 3) → lower run (≥ 3): "ACTUALITESinternational".
    const upperToLower =
      isUpper(prev) && isLower(cur) && headLen >= 4 && isUpper(chars[i - 2] ?? '') && isLower(next) && isLower(chars[i + 2] ?? '');
    if (lowerToUpper || upperToLower) {
      breaks.push(offsets[i] ?? 0);
      runStart = i;
    }
  }
  return breaks;
}

/**
 * Does a verb form end the way inversion needs before this pronoun? "dit-il",
 * "prend-elle", "ont-ils", "suis-je", "as-tu", "avez-vous"; after "-t-" any
 * form fits ("A-t-il"). Korean given names ("Jong-il") end otherwise.
 */
function verbEndFits(head: string, joint: string, pronoun: string): boolean {
  if (joint === '-t-') return true;
  const last = head[head.length - 1] ?? '';
  switch (pronoun) {
    case 'il':
    case 'elle':
    case 'on':
    case 'ils':
    case 'elles':
      return last === 't' || last === 'd';
    case 'je':
      return true;
    default:
      return last === 's' || last === 'z' || last === 'x';
  }
}

/**
 * If the word ends in a clitic ("a-t-il", "dit-elle", "affirme-t-on"), the
 * offset where the clitic starts. A capitalised head ("Dit-il", "A-t-elle",
 * "Faut-il") only splits at the start of a sentence, so "Kim Jong-il" or
 * "le dirigeant Jong-il" keep their hyphen.
 */
function cliticStart(word: string, lower: string, sentenceInitial: boolean): number {
  if (!word.includes('-')) return -1;
  for (const pronoun of CLITIC_PRONOUNS) {
    for (const joint of ['-t-', '-']) {
      const suffix = joint + pronoun;
      if (lower.length > suffix.length && lower.endsWith(suffix)) {
        const head = word.slice(0, word.length - suffix.length);
        if (head.length === 0 || head.includes('-')) continue;
        // "Kim Jong-il" keeps its hyphen: a capitalised head must open a sentence
        // and be otherwise lower case ("Dit-il", "A-t-elle").
        const rest = head.slice(1);
        if (head !== head.toLowerCase() && !(sentenceInitial && rest === rest.toLowerCase() && verbEndFits(lower.slice(0, head.length), joint, pronoun))) {
          continue;
        }
        return word.length - suffix.length;
      }
    }
  }
  return -1;
}

/**
 * Tokenise French text. Offsets point into `text`; every non-space character
 * belongs to exactly one token.
 *
 * @example
 * tokenize("l’agence a-t-il dit").map(t => t.text) // ["l’", "agence", "a", "-t-il", "dit"]
 */
export function tokenize(text: string): RawToken[] {
  const tokens: RawToken[] = [];
  let pos = 0;
  let spaceBefore = true;
  let newlineBefore = false;
  /** `slice` is `text.slice(start, end)` and `lex` its lexeme when the caller has them already. */
  const push = (start: number, end: number, kind: TokenKind, slice?: string, lex?: Lexeme) => {
    const surface = slice ?? text.slice(start, end);
    tokens.push(makeToken(surface, lex ?? keysOf(surface), start, end, kind, spaceBefore, newlineBefore, tokens.length));
    spaceBefore = false;
    newlineBefore = false;
  };
  const n = text.length;
  // Position of the next '@' at or after `pos` (n when none): e-mails are only
  // tried when one is near, and the search runs once per '@', not per word.
  let nextAt = -1;
  while (pos < n) {
    const code = text.charCodeAt(pos);
    // Characters are read by code unit (`text[pos]` was a keyed load that saw every string representation).
    if (code === 32 || (code >= 9 && code <= 13) || (code > 127 && (charBits(code) & SPACE_BIT) !== 0)) {
      spaceBefore = true;
      if (code === 10 || code === 13 || (code > 127 && (charBits(code) & NEWLINE_BIT) !== 0)) newlineBefore = true;
      pos++;
      continue;
    }
    // A lone surrogate or an astral character (emoji): one symbol token.
    if (code >= 0xd800 && code <= 0xdfff) {
      const cp = text.codePointAt(pos) ?? code;
      const len = cp > 0xffff ? 2 : 1;
      if (len === 2 && LETTER.test(String.fromCodePoint(cp))) {
        // astral letters (rare scripts) are handled as words by WORD below
      } else {
        push(pos, pos + len, 'symbol');
        pos += len;
        continue;
      }
    }
    let end = -1;
    if ((code === 104 || code === 119) && (text.startsWith('http', pos) || text.startsWith('www.', pos)) && (end = matchAt(URL, text, pos)) > 0) {
      end = trimTrailingPunct(text, pos, end);
      push(pos, end, 'url');
      pos = end;
      continue;
    }
    if ((code === 35 || code === 64) && (end = matchAt(HASHTAG, text, pos)) > 0) {
      push(pos, end, 'hashtag');
      pos = end;
      continue;
    }
    const isDigit = code >= 48 && code <= 57 ? true : code < 128 ? false : (charBits(code) & DIGIT_BIT) !== 0;
    const isLetter =
      (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
        ? true
        : code < 128
          ? false
          : code >= 0xd800 && code <= 0xdbff
            ? LETTER.test(String.fromCodePoint(text.codePointAt(pos) ?? code))
            : (charBits(code) & LETTER_BIT) !== 0;
    if (isDigit || isLetter) {
      if (nextAt < pos) {
        nextAt = text.indexOf('@', pos);
        if (nextAt < 0) nextAt = n;
      }
      const emailEnd = nextAt < n && nextAt - pos <= MAX_LOCAL_PART ? matchAt(EMAIL, text, pos) : -1;
      if (emailEnd > 0) {
        const trimmed = trimTrailingPunct(text, pos, emailEnd);
        push(pos, trimmed, 'email');
        pos = trimmed;
        continue;
      }
    }
    if (isDigit && (end = matchAt(NUMBER, text, pos)) > 0) {
      // "7h30", "2e": an integer glued to letters is read as one word; "3,5Md€" keeps its number.
      const after = text[end] ?? '';
      if (!LETTER.test(after) || !/^\d+$/u.test(text.slice(pos, end))) {
        push(pos, end, 'number');
        pos = end;
        continue;
      }
    }
    if ((isDigit || isLetter) && (end = scanWord(text, pos)) > 0) {
      // (Never `tokens[-1]`: a read at index -1 is a named-property lookup that leaves the site megamorphic.)
      pos = pushWord(text, pos, end, push, tokens.length > 0 ? tokens[tokens.length - 1] : undefined, newlineBefore);
      continue;
    }
    if (code === 46 && (end = matchAt(ELLIPSIS, text, pos)) > 0) {
      push(pos, end, 'punct');
      pos = end;
      continue;
    }
    if (code === 0x2026) {
      push(pos, pos + 1, 'punct');
      pos++;
      continue;
    }
    if ((charBits(code) & QUOTE_BIT) !== 0) {
      push(pos, pos + 1, 'quote');
      pos++;
      continue;
    }
    push(pos, pos + 1, isSymbol(code) ? 'symbol' : 'punct');
    pos++;
  }
  return tokens;
}

/** Does a word after `last` open a sentence (for clitic splitting of "Dit-il")? */
function opensSentence(last: RawToken | undefined, newlineBefore: boolean): boolean {
  return (
    last === undefined || newlineBefore || last.kind === 'quote' || isFinal(last.key) || last.key === '—' || last.key === '–'
  );
}

/** ' ’ ‘ ` ʼ ´ without a regex: this runs after every word. */
function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 0x2018 || code === 96 || code === 0x2bc || code === 0xb4;
}

/**
 * The Breton digraph "c'h" inside a word ("Cléac’h", "Kerc'hoas", "Penmarc'h"): the apostrophe at `apostrophe`
 * is a letter of the name. Only after a head of two letters or more, so the elision "c'" stays one.
 */
function isBretonDigraph(text: string, start: number, apostrophe: number): boolean {
  const before = text.charCodeAt(apostrophe - 1) | 0x20;
  const after = text.charCodeAt(apostrophe + 1) | 0x20;
  return apostrophe - start >= 2 && before === 0x63 && after === 0x68;
}

/** A digit or an opening quotation mark (« “ „ ") may follow an elision with no letter between. */
function elidesBefore(code: number): boolean {
  return isAsciiDigit(code) || code === 0xab || code === 0x201c || code === 0x201e || code === 34;
}

/** URLs and e-mails do not take the sentence's final punctuation ("voir www.x.fr."). */
function trimTrailingPunct(text: string, start: number, end: number): number {
  let e = end;
  while (e > start + 1 && /[.,;:!?'’]/u.test(text[e - 1] ?? '')) e--;
  return e;
}

/**
 * Push one WORD match, splitting elisions ("l’", "qu’", "jusqu’"), clitics
 * ("-t-il") and glued scraped words, and joining an apostrophe that is part
 * of the word ("aujourd’hui", "O’Brien"). Returns the new scan position.
 */
function pushWord(
  text: string,
  start: number,
  end: number,
  push: (s: number, e: number, k: TokenKind, slice?: string, lex?: Lexeme) => void,
  last: RawToken | undefined,
  newlineBefore: boolean,
): number {
  let wordEnd = end;
  // A word at the very end of the text has no apostrophe after it: reading past the end would give NaN, and
  // the optimised code of this function (one of the hottest) would be thrown away for it.
  const more = wordEnd < text.length;
  // Apostrophe after the word: a word that keeps it ("aujourd'hui",
  // "quelqu'un", "O'Brien"), or an elision ("l'", "jusqu'").
  // "près d'1,5 million", "d'1h30": an elision before a number in digits; "d'« une terreur »": before a quotation.
  if (more && isApostrophe(text.charCodeAt(wordEnd)) && elidesBefore(text.charCodeAt(wordEnd + 1)) && ELISION_PREFIXES.has(keysOf(text.slice(start, wordEnd)).key)) {
    push(start, wordEnd + 1, 'elision');
    return wordEnd + 1;
  }
  if (more && isApostrophe(text.charCodeAt(wordEnd)) && wordEnd + 1 < text.length && (charBits(text.charCodeAt(wordEnd + 1)) & LETTER_BIT) !== 0) {
    // The head key through the cache: elisions are among the most frequent words.
    const head = keysOf(text.slice(start, wordEnd)).key;
    // "l'", "d'", "qu'": an elision that starts no joined word needs no look at the next word.
    if (!JOINED_HEADS.has(head) && ELISION_PREFIXES.has(head)) {
      push(start, wordEnd + 1, 'elision');
      return wordEnd + 1;
    }
    const restEnd = scanWord(text, wordEnd + 1);
    const joined = restEnd > 0 && JOINED_HEADS.has(head) ? keyOf(text.slice(start, restEnd)) : '';
    if (joined !== '' && JOINED_APOSTROPHE_WORDS.has(joined)) {
      wordEnd = restEnd;
    } else if (ELISION_PREFIXES.has(head)) {
      push(start, wordEnd + 1, 'elision');
      return wordEnd + 1;
    } else if (restEnd > 0 && ((head.length <= 2 && text.charCodeAt(start) !== head.charCodeAt(0)) || isBretonDigraph(text, start, wordEnd))) {
      wordEnd = restEnd;
    }
  }
  const word = text.slice(start, wordEnd);
  const lex = keysOf(word);
  const clitic = lex.clitic === null ? -1 : lex.clitic[opensSentence(last, newlineBefore) ? 1 : 0];
  if (clitic > 0) {
    push(start, start + clitic, 'word');
    push(start + clitic, wordEnd, 'clitic');
    return wordEnd;
  }
  let s = start;
  if (lex.gluedBreaks.length > 0) {
    for (const b of lex.gluedBreaks) {
      push(s, start + b, 'word');
      s = start + b;
    }
  }
  const rest = s === start ? word : text.slice(s, wordEnd);
  const c = rest.charCodeAt(0);
  const digitFirst = (c >= 48 && c <= 57) || (c > 127 && DIGIT.test(rest.charAt(0)));
  push(s, wordEnd, digitFirst && DIGITS_ONLY.test(rest) ? 'number' : 'word', rest, s === start ? lex : undefined);
  return wordEnd;
}
