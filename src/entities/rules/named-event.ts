/**
 * Historical events named after a place ("la guerre de Corée", "la guerre du
 * Golfe") are claimed as one span so the place inside is not read as a
 * location; the span is dropped from the output (events are not entities).
 */
import { candidate } from '../candidate.js';
import { NAMED_EVENTS } from '../data/events.js';
import { BLOCKED, type Candidate, type Rule } from '../types.js';

const OF: ReadonlySet<string> = new Set(['de', 'du', "d'", 'des']);

export const namedEvent: Rule = {
  id: 'named-event',
  find(a) {
    const out: Candidate[] = [];
    const tokens = a.doc.tokens;
    for (const h of a.triggers.events) {
      const names = NAMED_EVENTS.get(tokens[h]?.key ?? '');
      if (names === undefined || !OF.has(tokens[h + 1]?.key ?? '')) continue;
      const one = tokens[h + 2]?.fold ?? '';
      const two = `${one} ${tokens[h + 3]?.fold ?? ''}`;
      const end = names.has(two) ? h + 4 : names.has(one) ? h + 3 : -1;
      if (end !== -1) out.push(candidate(a, h, end, { type: BLOCKED, rule: 'named-event', rank: 2, confidence: 0.5 }));
    }
    return out;
  },
};
