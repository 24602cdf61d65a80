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
  readonly id?: string;
  readonly subtype?: string;
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
  const c: { -readonly [K in keyof Candidate]: Candidate[K] } = {
    start: first.start,
    end: last.end,
    type: init.type,
    canonical: init.canonical ?? a.doc.text.slice(first.start, last.end),
    confidence: init.confidence,
    rule: init.rule,
    rank: init.rank,
    tokenStart: from,
    tokenEnd: to,
  };
  if (init.id !== undefined) c.id = init.id;
  if (init.subtype !== undefined) c.subtype = init.subtype;
  return c;
}
