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

/** Does `key` hold a character that `packKey` escapes? */
function needsEscape(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c > 0xff || c === 92) return true;
  }
  return false;
}

/**
 * A key as the packed string holds it.
 *
 * @example
 * packKey('łodz') // '\\u0142odz'
 */
export function packKey(key: string): string {
  return needsEscape(key) ? key.replace(/[^\u0000-\u005b\u005d-\u00ff]/gu, (c) => [...Array(c.length).keys()].map((i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join('')) : key;
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
  let n = 1;
  for (let i = 0; i < packed.length; i++) if (packed.charCodeAt(i) === 10) n++;
  const out = new Uint32Array(n + 1);
  let k = 1;
  for (let i = 0; i < packed.length; i++) if (packed.charCodeAt(i) === 10) out[k++] = i + 1;
  out[n] = packed.length + 1;
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
