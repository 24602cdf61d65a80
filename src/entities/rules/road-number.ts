/**
 * French roads by their letters and number: "la D 6015", "la RN 7", "la N20", "la RD 906". The road is a
 * LOCATION (as a motorway, "l'A62"); its letters are no organisation ("RN" is also the Rassemblement national)
 * and its number no quantity of the road.
 */
import { candidate } from '../candidate.js';
import { ROAD_CUES, ROAD_JOINTS, ROAD_PREFIXES } from '../data/geo-features.js';
import type { Analysis, Candidate, Rule } from '../types.js';

/** A road's number: one to four digits. */
const ROAD_NUMBER = /^\d{1,4}$/u;
/** Letters and number written as one word: "RN7", "D6015". */
const GLUED_ROAD = /^(?:RN|RD|CD|N|D|M)\d{1,4}$/u;

/**
 * Is the road's letters or glued name at `i` introduced by an article or a road noun, or listed after a road that
 * ends at `lastEnd` ("les RN 7 et RN 85")? ("TF1 et M6": a channel after another name is no road.)
 */
function cued(a: Analysis, i: number, lastEnd: number): boolean {
  const before = a.doc.tokens[i - 1];
  if (before === undefined || before.sentence !== a.doc.tokens[i]?.sentence) return false;
  return ROAD_CUES.has(before.key) || (ROAD_JOINTS.has(before.key) && lastEnd === i - 1);
}

/** The first token of a road ending at the number token `n` ("RN" of "RN 7"), or -1. */
function spacedRoadStart(a: Analysis, n: number): number {
  const number = a.doc.tokens[n];
  const letters = a.doc.tokens[n - 1];
  if (number === undefined || letters === undefined || !number.spaceBefore || letters.kind !== 'word') return -1;
  return ROAD_PREFIXES.has(letters.text) && ROAD_NUMBER.test(number.text) ? n - 1 : -1;
}

export const roadNumber: Rule = {
  id: 'road-number',
  find(a) {
    const out: Candidate[] = [];
    const tokens = a.doc.tokens;
    let lastEnd = -1;
    // Roads are rare: the number tokens ("RN 7") and the unknown capitalised words ("N20") are all it reads.
    let run = 0;
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i];
      if (t === undefined) continue;
      if (t.kind === 'number') {
        const from = spacedRoadStart(a, i);
        if (from >= 0 && cued(a, from, lastEnd)) {
          out.push(candidate(a, from, i + 1, { type: 'LOCATION', subtype: 'road', rule: 'road-number', rank: 1, confidence: 0.8 }));
          lastEnd = i + 1;
        }
        continue;
      }
      // "la N20": a glued road is an unknown name of one word.
      while (run < a.runs.length && (a.runs[run]?.tokenStart ?? 0) < i) run++;
      const r = a.runs[run];
      if (r === undefined || r.tokenStart !== i || r.tokenEnd !== i + 1 || !GLUED_ROAD.test(t.text) || !cued(a, i, lastEnd)) continue;
      out.push(candidate(a, i, i + 1, { type: 'LOCATION', subtype: 'road', rule: 'road-number', rank: 1, confidence: 0.8 }));
      lastEnd = i + 1;
    }
    return out;
  },
};
