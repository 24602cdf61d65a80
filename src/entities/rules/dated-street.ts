/**
 * A street or a square named after a date, with its noun: "place du
 * 13-Mai", "rue du 4-Septembre", "avenue du 8-Mai-1945" (LOCATION). The
 * day, the capitalised month and the year are glued by hyphens.
 */
import { candidate } from '../candidate.js';
import { DATE_NAMED_FACILITIES } from '../data/geo-features.js';
import { MONTHS } from '../dates/data.js';
import type { Analysis, Candidate, Rule } from '../types.js';

/** A hyphen glued to the tokens on both sides of it, at `j`. */
function gluedHyphen(a: Analysis, j: number): boolean {
  const t = a.doc.tokens[j];
  const next = a.doc.tokens[j + 1];
  return t !== undefined && next !== undefined && t.text === '-' && !t.spaceBefore && !next.spaceBefore;
}

/** End of a hyphenated date name starting at `i` ("13-Mai", "8-Mai-1945"), or -1. */
export function datedNameEnd(a: Analysis, i: number): number {
  const tokens = a.doc.tokens;
  const day = tokens[i];
  if (day === undefined || day.kind !== 'number' || !/^(?:[1-9]|[12]\d|3[01])$/u.test(day.text)) return -1;
  const month = tokens[i + 2];
  if (!gluedHyphen(a, i + 1) || month === undefined || a.shape[i + 2] === 0) return -1;
  // "Mai-1945" may come as one token.
  const hyphen = month.key.indexOf('-');
  if (hyphen !== -1) return MONTHS.has(month.key.slice(0, hyphen)) && /^\d{4}$/u.test(month.key.slice(hyphen + 1)) ? i + 3 : -1;
  if (!MONTHS.has(month.key)) return -1;
  const year = tokens[i + 4];
  return gluedHyphen(a, i + 3) && year !== undefined && year.kind === 'number' && /^\d{4}$/u.test(year.text) ? i + 5 : i + 3;
}

export const datedStreet: Rule = {
  id: 'dated-street',
  find(a) {
    const out: Candidate[] = [];
    const tokens = a.doc.tokens;
    // From the day (numbers are few): "du" and the facility noun before it.
    for (let d = 2; d < tokens.length; d++) {
      if (tokens[d]?.kind !== 'number' || tokens[d - 1]?.key !== 'du') continue;
      const h = d - 2;
      const head = tokens[h];
      if (head === undefined || head.kind !== 'word' || !DATE_NAMED_FACILITIES.has(head.key)) continue;
      const end = datedNameEnd(a, d);
      if (end !== -1 && tokens[end - 1]?.sentence === head.sentence) {
        out.push(candidate(a, h, end, { type: 'LOCATION', subtype: 'facility', rule: 'dated-street', rank: 2, confidence: 0.8 }));
      }
    }
    return out;
  },
};
