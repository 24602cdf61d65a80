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

/** The matching key of a token: NFC, lower case, straight apostrophe, plain spaces and hyphens. */
export function keyOf(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(APOSTROPHE_LIKE, "'")
    .replace(SPACE_LIKE, ' ')
    .replace(HYPHEN_LIKE, '-');
}

/** The accent-folded form of a key: "états-unis" → "etats-unis", "cœur" → "coeur". */
export function foldKey(key: string): string {
  let out = key.normalize('NFD').replace(COMBINING_MARKS, '');
  if (out.includes('œ')) out = out.replace(/œ/gu, 'oe');
  if (out.includes('æ')) out = out.replace(/æ/gu, 'ae');
  return out;
}

/** `foldKey(keyOf(text))`: the form dictionaries are indexed by. */
export function foldText(text: string): string {
  return foldKey(keyOf(text));
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
