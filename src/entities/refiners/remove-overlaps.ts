/**
 * Keep one reading per stretch of text: candidates are taken best first
 * (rank class, then longer span, then rank) and a candidate that overlaps
 * one already kept is dropped. "ministère russe des Affaires étrangères"
 * keeps the whole name and drops the demonym "russe" inside it.
 */
import type { Candidate, Refiner } from '../types.js';

function better(x: Candidate, y: Candidate): number {
  return Math.floor(x.rank) - Math.floor(y.rank) || y.end - y.start - (x.end - x.start) || x.rank - y.rank || x.start - y.start;
}

export const removeOverlaps: Refiner = (a, found) => {
  const taken = new Uint8Array(a.doc.text.length);
  const kept: Candidate[] = [];
  for (const c of [...found].sort(better)) {
    let free = true;
    for (let i = c.start; i < c.end; i++) {
      if (taken[i] === 1) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((x, y) => x.start - y.start || y.end - x.end);
};
