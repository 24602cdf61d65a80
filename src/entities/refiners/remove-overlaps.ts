/**
 * Keep one reading per stretch of text: candidates are taken best first
 * (rank class, then longer span, then rank) and a candidate that overlaps
 * one already kept is dropped. "ministère russe des Affaires étrangères"
 * keeps the whole name and drops the demonym "russe" inside it.
 */
import type { Candidate, Refiner } from '../types.js';
import { markRange } from '../../text/marks.js';

function better(x: Candidate, y: Candidate): number {
  return Math.floor(x.rank) - Math.floor(y.rank) || y.end - y.start - (x.end - x.start) || x.rank - y.rank || x.start - y.start;
}

/** Marks per character: covered by one candidate, by two or more, or by a contested candidate already kept. */
const ONCE = 1;
const SHARED = 2;
const TAKEN = 3;

/** Does the non-empty candidate `c` overlap no other one (every character of it covered once)? */
function alone(cover: Uint8Array, c: Candidate): boolean {
  if (c.end <= c.start) return false;
  for (let i = c.start; i < c.end; i++) if (cover[i] !== ONCE) return false;
  return true;
}

export const removeOverlaps: Refiner = (a, found) => {
  // Most candidates overlap no other one (85 % of them in news): the order of
  // the greedy choice cannot drop them, so only the others are sorted by
  // preference, a few instead of a hundred per article. One byte per
  // character, as the marks of the kept spans took before.
  const cover = new Uint8Array(a.doc.text.length);
  for (const c of found) for (let i = c.start; i < c.end; i++) cover[i] = cover[i] === 0 ? ONCE : SHARED;
  const kept: Candidate[] = [];
  const contested: Candidate[] = [];
  for (const c of found) (alone(cover, c) ? kept : contested).push(c);
  // A contested candidate only meets contested ones: their characters are never ONCE-only candidates' own.
  for (const c of contested.sort(better)) {
    let free = true;
    for (let i = c.start; i < c.end; i++) {
      if (cover[i] === TAKEN) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    markRange(cover, c.start, c.end, TAKEN);
    kept.push(c);
  }
  // Kept spans never overlap, so this order does not depend on the order they were kept in (empty spans, which
  // could tie, are all contested and kept in preference order as before).
  return kept.sort((x, y) => x.start - y.start || y.end - x.end);
};
