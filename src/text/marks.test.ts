import { describe, expect, it } from 'vitest';
import { markRange } from './marks.js';

describe('markRange', () => {
  it('marks from..to-1 as fill(1, from, to) does', () => {
    const marks = new Uint8Array(5);
    markRange(marks, 1, 3);
    expect([...marks]).toEqual([0, 1, 1, 0, 0]);
  });

  it('skips indices outside the array and empty ranges', () => {
    const marks = new Uint8Array(3);
    markRange(marks, 2, 9);
    markRange(marks, 1, 1);
    expect([...marks]).toEqual([0, 0, 1]);
  });
});
