/**
 * DATE mentions from the dates module (src/entities/dates/). They win
 * overlaps against every other reading except user dictionary entries and
 * a dictionary name that holds the whole date ("le Journal du dimanche",
 * "Radio Lundi"): there the day is a word of the name.
 */
import { tokenAt } from '../../text/prepare.js';
import { findDates } from '../dates/index.js';
import { makeCandidate } from '../candidate.js';
import type { Candidate, Rule } from '../types.js';
import { hitAt } from '../analysis.js';

export const dateMentions: Rule = {
  id: 'date-mention',
  find(a) {
    const out: Candidate[] = [];
    for (const d of findDates(a.doc, a.ctx.referenceDate)) {
      const tokenStart = tokenAt(a.doc, d.start);
      const tokenEnd = Math.max(tokenStart + 1, tokenAt(a.doc, d.end));
      const name = hitAt(a, tokenStart);
      if (name !== undefined && name.payload.type !== 'DATE' && name.tokenStart <= tokenStart && name.tokenEnd >= tokenEnd && name.tokenEnd - name.tokenStart > tokenEnd - tokenStart) {
        continue;
      }
      out.push(
        makeCandidate({
          start: d.start,
          end: d.end,
          type: 'DATE',
          canonical: d.canonical,
          id: undefined,
          subtype: undefined,
          value: d.value,
          confidence: d.confidence,
          rule: 'date-mention',
          rank: 1,
          tokenStart,
          tokenEnd,
        }),
      );
    }
    return out;
  },
};
