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
 * `found.map(fn)`, always as a packed array. Array.prototype.map builds a
 * packed array when the interpreter runs it but a holey one once optimised
 * code inlines it: the refiner that reads the result next then meets a second
 * array shape, and its optimised code is thrown away and compiled again.
 *
 * @example
 * mapCandidates(found, (c) => (c.type === 'UNKNOWN' ? changed(c, { type: 'PERSON' }) : c))
 */
export function mapCandidates(found: readonly Candidate[], fn: (c: Candidate) => Candidate): Candidate[] {
  const out: Candidate[] = [];
  for (const c of found) out.push(fn(c));
  return out;
}

/**
 * `c` with some fields changed; a change left undefined keeps the field of
 * `c` ("id: chosen.id" keeps the id of `c` when the chosen name has none).
 *
 * @example
 * changed(c, { type: 'PERSON', canonical: 'Vladimir Poutine' })
 */
export function changed(c: Candidate, changes: Partial<Candidate>): Candidate {
  // Field by field, not a spread copy and a loop over Object.entries: the
  // refiners call this for many candidates of every document, and the copy,
  // the entry arrays and a dictionary-mode record were three allocations each.
  return makeCandidate({
    start: changes.start ?? c.start,
    end: changes.end ?? c.end,
    type: changes.type ?? c.type,
    canonical: changes.canonical ?? c.canonical,
    id: changes.id ?? c.id,
    subtype: changes.subtype ?? c.subtype,
    value: changes.value ?? c.value,
    confidence: changes.confidence ?? c.confidence,
    rule: changes.rule ?? c.rule,
    rank: changes.rank ?? c.rank,
    tokenStart: changes.tokenStart ?? c.tokenStart,
    tokenEnd: changes.tokenEnd ?? c.tokenEnd,
  });
}
