/**
 * Membership in a large sorted list of keys shipped as one string, one key per
 * line: a binary search read in place, so that no string per key is ever made
 * (a `Set` of 20,000 names costs about a megabyte of heap; the string and the
 * index of line starts cost a tenth of it). The line index is built on the
 * first lookup. The keys must be sorted by UTF-16 code units
 * (`Array.prototype.sort` without a comparator) and contain no newline.
 * `packKeys` writes such a string: a character beyond Latin-1 (and a
 * backslash) as "\uXXXX", so that V8 stores it with one byte per character
 * (one "ł" among 200,000 characters would double its size).
 */

/** A character beyond Latin-1, or a backslash (the escape character itself). */
const ESCAPED = /[^\u0000-\u005b\u005d-\u00ff]/gu;
/** A character beyond Latin-1 (in JSON text, whose backslashes are already its own escapes). */
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/gu;

/** Does `text` hold a character beyond Latin-1, or a backslash when `backslashes`? */
function needsEscape(text: string, backslashes: boolean): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff || (backslashes && c === 92)) return true;
  }
  return false;
}

/** "\uXXXX" for each UTF-16 unit of `c` (a character beyond the BMP becomes its two surrogates, as JSON writes it). */
function unitEscapes(c: string): string {
  let out = '';
  for (let i = 0; i < c.length; i++) out += `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return out;
}

/**
 * `text` with every character beyond Latin-1 written "\uXXXX" (and every backslash too, unless `backslashes` is
 * false, for JSON text whose backslashes are its own escapes): V8 then stores a literal of it with one byte per
 * character. A text that needs no escape is returned as it is.
 *
 * @example
 * latin1Escaped('łodz') // '\\u0142odz'
 */
export function latin1Escaped(text: string, backslashes = true): string {
  return needsEscape(text, backslashes) ? text.replace(backslashes ? ESCAPED : BEYOND_LATIN1, unitEscapes) : text;
}

/** The text `latin1Escaped` wrote. */
export function latin1Unescaped(text: string): string {
  return text.indexOf('\\') < 0 ? text : text.replace(/\\u([0-9a-f]{4})/gu, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * A key as the packed string holds it.
 *
 * @example
 * packKey('łodz') // '\\u0142odz'
 */
export function packKey(key: string): string {
  return latin1Escaped(key);
}

/**
 * Offsets of the line breaks of `text`, in order: line `i` runs between break `i - 1` (or the start) and break `i`
 * (or the end).
 */
export function lineBreaks(text: string): Uint32Array {
  let n = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) n++;
  const out = new Uint32Array(n);
  for (let k = 0, at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) out[k++] = at;
  return out;
}

/**
 * The packed string of `keys` (distinct, no newline): each key as `packKey`
 * writes it, sorted by code units, one per line.
 */
export function packKeys(keys: readonly string[]): string {
  return keys.map(packKey).sort().join('\n');
}

/** Order of `key` against the slice `from..to` of `packed`: negative, zero or positive. */
function compareAt(packed: string, key: string, from: number, to: number): number {
  const n = Math.min(key.length, to - from);
  for (let i = 0; i < n; i++) {
    const d = key.charCodeAt(i) - packed.charCodeAt(from + i);
    if (d !== 0) return d;
  }
  return key.length - (to - from);
}

/** Start of every line of `packed`, then its length plus one as the start of a line after the last. */
function lineStarts(packed: string): Uint32Array {
  const breaks = lineBreaks(packed);
  const out = new Uint32Array(breaks.length + 2);
  for (let k = 0; k < breaks.length; k++) out[k + 1] = (breaks[k] ?? 0) + 1;
  out[breaks.length + 1] = packed.length + 1;
  return out;
}

/**
 * A membership test over the sorted keys of `packed`, one per line.
 *
 * @example
 * const has = packedKeySet('alba\nbacolod\nmuret');
 * has('bacolod') // true
 * has('bacolo') // false
 */
export function packedKeySet(packed: string): (key: string) => boolean {
  let starts: Uint32Array | null = null;
  return (raw) => {
    if (packed.length === 0) return false;
    const key = packKey(raw);
    const at = (starts ??= lineStarts(packed));
    let lo = 0;
    let hi = at.length - 2;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const d = compareAt(packed, key, at[mid] ?? 0, (at[mid + 1] ?? 1) - 1);
      if (d === 0) return true;
      if (d > 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  };
}
