/**
 * Building candidates from token ranges, so every span obeys the contract:
 * `text === input.slice(start, end)`, never starting or ending on whitespace.
 */
import type { EntityType } from '../types.js';
import type { Analysis, Candidate } from './types.js';

/** Options of `candidate`. */
export interface CandidateInit {
  readonly type: EntityType;
  readonly rule: string;
  readonly rank: number;
  readonly confidence: number;
  /** Defaults to the surface text. */
  readonly canonical?: string;
  readonly id?: string | undefined;
  readonly subtype?: string | undefined;
}

/**
 * A candidate over tokens `from..to` (exclusive).
 *
 * @example
 * candidate(a, 3, 5, { type: 'PERSON', rule: 'person-title', rank: 3, confidence: 0.9 })
 */
export function candidate(a: Analysis, from: number, to: number, init: CandidateInit): Candidate {
  const first = a.doc.tokens[from];
  const last = a.doc.tokens[to - 1];
  if (first === undefined || last === undefined || to <= from) throw new RangeError(`depeche: empty token range ${from}..${to}`);
  // Every candidate has the same fields (absent ones undefined): one object shape for the refiners to read.
  return {
    start: first.start,
    end: last.end,
    type: init.type,
    canonical: init.canonical ?? a.doc.text.slice(first.start, last.end),
    id: init.id,
    subtype: init.subtype,
    value: undefined,
    confidence: init.confidence,
    rule: init.rule,
    rank: init.rank,
    tokenStart: from,
    tokenEnd: to,
  };
}
