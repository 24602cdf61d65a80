/**
 * Membership in a large sorted list of keys shipped as one string, one key per
 * line: a binary search read in place, so that no string per key is ever made
 * (a `Set` of 20,000 names costs about a megabyte of heap; the string and the
 * index of line starts cost a tenth of it). The line index is built on the
 * first lookup. The keys must be sorted by UTF-16 code units
 * (`Array.prototype.sort` without a comparator) and contain no newline.
 */

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
  return (key) => {
    if (packed.length === 0) return false;
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
