import { describe, expect, it } from 'vitest';
import { hasLeadingZero, looksLikeYear, parseDigits } from './digits.js';

describe('parseDigits: French digit conventions', () => {
  it.each([
    ['7.000', 7000],
    ['10 000', 10000],
    ['10\u00A0000', 10000],
    ['10\u202F000', 10000],
    ['1.234.567', 1234567],
    ['1 234 567,5', 1234567.5],
    ['79,99', 79.99],
    ['4,8', 4.8],
    ['2.5', 2.5],
    ['3.14', 3.14],
    ['2.500', 2500],
    ['42', 42],
    ['0,5', 0.5],
  ])('%s → %d', (text, value) => {
    expect(parseDigits(text)).toBe(value);
  });

  it.each([['abc'], ['1,2,3'], ['']])('%s → null', (text) => {
    expect(parseDigits(text)).toBeNull();
  });
});

describe('hasLeadingZero / looksLikeYear', () => {
  it.each([
    ['007', true],
    ['09', true],
    ['0', false],
    ['70', false],
  ])('hasLeadingZero(%s) = %s', (text, want) => {
    expect(hasLeadingZero(text)).toBe(want);
  });
  it.each([
    ['1948', true],
    ['2024', true],
    ['7000', false],
    ['999', false],
    ['2 024', false],
  ])('looksLikeYear(%s) = %s', (text, want) => {
    expect(looksLikeYear(text)).toBe(want);
  });
});
