/**
 * French roads by their letters and number: "la D 6015", "la RN 7", "la N20", "la RD 906". The road is a
 * LOCATION (as a motorway, "l'A62"); its letters are no organisation ("RN" is also the Rassemblement national)
 * and its number no quantity of the road.
 */
import { candidate } from '../candidate.js';
import { codeUnitAt } from '../../text/normalize.js';
import { ROAD_CUES, ROAD_JOINTS, ROAD_PREFIXES } from '../data/geo-features.js';
import type { Analysis, Candidate, Rule } from '../types.js';

/** A road's number: one to four digits. */
const ROAD_NUMBER = /^\d{1,4}$/u;
/** Letters and number written as one word: "RN7", "D6015". */
const GLUED_ROAD = /^(?:RN|RD|CD|N|D|M)\d{1,4}$/u;

/** First letters of the roads' letters (N, R, D, M, C): one test rules out nearly every word. */
const ROAD_INITIALS: ReadonlySet<number> = new Set([...'NRDMC'].map((c) => c.charCodeAt(0)));

/**
 * Is the road's letters or glued name at `i` introduced by an article or a road noun, or listed after a road that
 * ends at `lastEnd` ("les RN 7 et RN 85")? ("TF1 et M6": a channel after another name is no road.)
 */
function cued(a: Analysis, i: number, lastEnd: number): boolean {
  const before = a.doc.tokens[i - 1];
  if (before === undefined || before.sentence !== a.doc.tokens[i]?.sentence) return false;
  return ROAD_CUES.has(before.key) || (ROAD_JOINTS.has(before.key) && lastEnd === i - 1);
}

export const roadNumber: Rule = {
  id: 'road-number',
  find(a) {
    const out: Candidate[] = [];
    const tokens = a.doc.tokens;
    let lastEnd = -1;
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i];
      if (t === undefined || t.kind !== 'word' || t.text.length > 6 || !ROAD_INITIALS.has(codeUnitAt(t.text, 0))) continue;
      // "la RN 7", "la D 6015": the letters, a space, the number.
      const next = tokens[i + 1];
      if (ROAD_PREFIXES.has(t.text) && next !== undefined && next.kind === 'number' && next.spaceBefore && ROAD_NUMBER.test(next.text) && cued(a, i, lastEnd)) {
        out.push(candidate(a, i, i + 2, { type: 'LOCATION', subtype: 'road', rule: 'road-number', rank: 1, confidence: 0.8 }));
        lastEnd = i + 2;
        i++;
      } else if (GLUED_ROAD.test(t.text) && cued(a, i, lastEnd)) {
        out.push(candidate(a, i, i + 1, { type: 'LOCATION', subtype: 'road', rule: 'road-number', rank: 1, confidence: 0.8 }));
        lastEnd = i + 1;
      }
    }
    return out;
  },
};
