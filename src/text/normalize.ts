/**
 * Token normalisation. The input string is never rewritten: each token keeps
 * its original slice and gets a `key` and an accent-folded `fold` that rules
 * match on.
 */

/** Typographic apostrophes and look-alikes that French text uses for elision ("l’agence"). */
export const APOSTROPHES = "'’‘`ʼ´";

/** Spaces that French typography puts inside numbers and before ; : ! ? % € ("10 000", "30 %"). */
const SPACE_LIKE = /[\u00A0\u202F\u2007\u2009]/gu;
const APOSTROPHE_LIKE = /[’‘`ʼ´]/gu;
/** Hyphen look-alikes (U+2010 hyphen, U+2011 non-breaking hyphen) in compounds. */
const HYPHEN_LIKE = /[\u2010\u2011]/gu;
const COMBINING_MARKS = /\p{M}+/gu;

/** The matching key, by the definition: NFC, lower case, straight apostrophe, plain spaces and hyphens. */
function keyByDefinition(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(APOSTROPHE_LIKE, "'")
    .replace(SPACE_LIKE, ' ')
    .replace(HYPHEN_LIKE, '-');
}

/** The accent fold, by the definition: NFD, combining marks dropped, "œ" and "æ" spelt out. */
function foldByDefinition(key: string): string {
  let out = key.normalize('NFD').replace(COMBINING_MARKS, '');
  if (out.includes('œ')) out = out.replace(/œ/gu, 'oe');
  if (out.includes('æ')) out = out.replace(/æ/gu, 'ae');
  return out;
}

/**
 * Below U+0300 no character combines with its neighbours: NFC leaves such a
 * string as it is, and NFD and case mapping work one character at a time.
 * The same holds for the typographic apostrophes, hyphens and spaces of
 * French text (U+2007, U+2009, U+2010, U+2011, U+2018, U+2019, U+202F),
 * which have no canonical decomposition. The key and the fold of a word made of such characters are
 * then those of its code units, read from tables filled on first use: no
 * Unicode normalisation call, which costs about a microsecond per word.
 */
const TABLE_SIZE = 0x2030;
function inTable(c: number): boolean {
  return c < 0x300 || c === 0x2007 || c === 0x2009 || c === 0x2010 || c === 0x2011 || c === 0x2018 || c === 0x2019 || c === 0x202f;
}
/** Key of each code unit `inTable` ('' until first met). */
const KEY_OF_UNIT: string[] = new Array<string>(TABLE_SIZE).fill('');
/** Fold of each code unit `inTable` ('' until first met). */
const FOLD_OF_UNIT: string[] = new Array<string>(TABLE_SIZE).fill('');

/**
 * Apply a per-unit table to `text` (the definition for text with a unit
 * outside the table). ASCII units are passed over with no table read: a
 * fold leaves them all as they are, a key changes only the capitals and the
 * backquote (`isKey`).
 */
function mapUnits(text: string, table: string[], definition: (s: string) => string, isKey: boolean): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && !(isKey && ((c >= 65 && c <= 90) || c === 96))) continue;
    if (!inTable(c)) return definition(text);
    let unit = table[c] ?? '';
    if (unit === '') {
      unit = definition(String.fromCharCode(c));
      table[c] = unit;
    }
    if (unit.length === 1 && unit.charCodeAt(0) === c) continue;
    out += text.slice(copied, i) + unit;
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** The matching key of a token: NFC, lower case, straight apostrophe, plain spaces and hyphens. */
export function keyOf(text: string): string {
  // ASCII without a backquote ("Poutine", "OTAN"): the key is the lower case, one builtin call instead of a
  // string built a capital at a time (the name lists are folded so at load, and every new capitalised form).
  return plainAscii(text) ? text.toLowerCase() : mapUnits(text, KEY_OF_UNIT, keyByDefinition, true);
}

/** Only ASCII code units, none of them the backquote (which a key turns into an apostrophe). */
function plainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || c === 96) return false;
  }
  return true;
}

/** The accent-folded form of a key: "états-unis" → "etats-unis", "cœur" → "coeur". */
export function foldKey(key: string): string {
  return mapUnits(key, FOLD_OF_UNIT, foldByDefinition, false);
}

/** `foldKey(keyOf(text))`: the form dictionaries are indexed by. */
export function foldText(text: string): string {
  return foldKey(keyOf(text));
}

/** An ASCII digit "0"–"9", by code unit. */
export function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * `text.charCodeAt(at)`, the method read from `String.prototype`. Token keys and texts are copies, slices, joins and
 * literals: strings of several internal layouts, each with its own hidden class. A `text.charCodeAt` read at a site
 * that meets five of them goes megamorphic: a generic property lookup and a call per token in the optimised code of
 * the rule loops that test every token. Read from the prototype, the method is known and the code unit read inline.
 */
export function codeUnitAt(text: string, at: number): number {
  return String.prototype.charCodeAt.call(text, at);
}

/** Does the text start with an ASCII digit ("1er", "7h30")? (a test rule loops make on every token) */
export function startsWithDigit(text: string): boolean {
  return isAsciiDigit(codeUnitAt(text, 0));
}

/** An upper-case letter of ASCII or Latin-1 ("A", "É"), by code unit. */
export function isLatinUpper(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7);
}

/** A lower-case letter of ASCII or Latin-1 ("a", "é", "ß"), by code unit. */
export function isLatinLower(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 0xdf && code <= 0xff && code !== 0xf7);
}

/** True when the word starts with an upper-case letter ("Moscou", "OTAN", "É"). */
export function isCapitalized(text: string): boolean {
  // The empty text is asked too ("the next token's text, or ''"): answered before reading past its end, which
  // would send the optimised code of this hot function back to the interpreter.
  if (text.length === 0) return false;
  const first = text.codePointAt(0);
  if (first === undefined) return false;
  // ASCII and Latin-1 ("É", "à") answer without building strings.
  if (first < 0x100) return isLatinUpper(first);
  const ch = String.fromCodePoint(first);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** True when every letter of the word is upper case and it has at least two letters ("OTAN", "KN-23"). */
export function isAllCaps(text: string): boolean {
  let letters = 0;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    // ASCII answers without case-mapping strings.
    if (c < 128) {
      if (c >= 97 && c <= 122) return false;
      if (c >= 65 && c <= 90) letters++;
      continue;
    }
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    if (lower === upper) continue;
    if (ch !== upper) return false;
    letters++;
  }
  return letters >= 2;
}
