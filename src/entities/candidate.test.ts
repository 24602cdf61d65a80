import { describe, expect, it } from 'vitest';
import { changed, makeCandidate } from './candidate.js';
import type { Candidate } from './types.js';

const base: Candidate = makeCandidate({
  start: 4,
  end: 11,
  type: 'UNKNOWN',
  canonical: 'Poutine',
  id: 'wikidata:Q7747',
  subtype: undefined,
  value: undefined,
  confidence: 0.5,
  rule: 'unknown-name',
  rank: 9,
  tokenStart: 1,
  tokenEnd: 2,
});

describe('changed: a candidate with some fields changed', () => {
  it('changes the given fields and keeps the others', () => {
    expect(changed(base, { type: 'PERSON', canonical: 'Vladimir Poutine', confidence: 0.8 })).toEqual({
      ...base,
      type: 'PERSON',
      canonical: 'Vladimir Poutine',
      confidence: 0.8,
    });
  });

  it('a change left undefined keeps the field', () => {
    expect(changed(base, { id: undefined, canonical: 'V. Poutine' }).id).toBe('wikidata:Q7747');
  });

  it('returns a new object with the same keys in the same order, and leaves the candidate alone', () => {
    const c = changed(base, { start: 0, tokenStart: 0 });
    expect(c).not.toBe(base);
    expect(Object.keys(c)).toEqual(Object.keys(base));
    expect(base.start).toBe(4);
  });
});
