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
  return makeCandidate({
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
  });
}

/**
 * A candidate from its fields, always built by this one object literal:
 * every candidate then has one object shape, and the refiners' reads of
 * `start`, `type` or `canonical` stay monomorphic (spread copies and
 * literals written elsewhere gave V8 a dozen shapes to tell apart).
 */
export function makeCandidate(f: Candidate): Candidate {
  return {
    start: f.start,
    end: f.end,
    type: f.type,
    canonical: f.canonical,
    id: f.id,
    subtype: f.subtype,
    value: f.value,
    confidence: f.confidence,
    rule: f.rule,
    rank: f.rank,
    tokenStart: f.tokenStart,
    tokenEnd: f.tokenEnd,
  };
}

/**
 * `c` with some fields changed; a change left undefined keeps the field of
 * `c` ("id: chosen.id" keeps the id of `c` when the chosen name has none).
 *
 * @example
 * changed(c, { type: 'PERSON', canonical: 'Vladimir Poutine' })
 */
export function changed(c: Candidate, changes: Partial<Candidate>): Candidate {
  const fields: Record<string, unknown> = { ...c };
  for (const [k, v] of Object.entries(changes)) if (v !== undefined) fields[k] = v;
  return makeCandidate(fields as unknown as Candidate);
}
