import { describe, expect, it } from 'vitest';
import { expected, quantityAt, shapeOf, type Row } from '../test-helpers.js';

const rows: Row[] = [
  { input: 'entre 12 euros et 15 euros', text: '12 euros et 15 euros', value: null, kind: 'money', unit: 'EUR', approximate: true, range: { min: 12, max: 15 }, start: 6 },
  { input: 'entre 12 et 15 euros', text: '12 et 15 euros', value: null, kind: 'money', unit: 'EUR', approximate: true, range: { min: 12, max: 15 }, start: 6 },
  { input: 'de 5 à 10 ans de prison', text: '5 à 10 ans', value: null, kind: 'duration', unit: 'year', approximate: true, range: { min: 5, max: 10 }, start: 3 },
  { input: '5 à 10 morts', text: '5 à 10', value: null, kind: 'count', approximate: true, range: { min: 5, max: 10 }, object: 'morts', start: 0 },
  // A hyphen between two numbers in digits, the unit on the second.
  { input: 'une hausse de 5-10 %', text: '5-10 %', value: null, kind: 'percent', unit: '%', approximate: true, range: { min: 5, max: 10 }, start: 14 },
  { input: 'des peines de 10-15 ans', text: '10-15 ans', value: null, kind: 'duration', unit: 'year', approximate: true, range: { min: 10, max: 15 }, start: 14 },
  { input: 'entre 5-10 soldats', text: '5-10', value: null, kind: 'count', approximate: true, range: { min: 5, max: 10 }, object: 'soldats', start: 6 },
  { input: 'entre 2 et 3 millions de personnes', text: '2 et 3 millions', value: null, kind: 'count', approximate: true, range: { min: 2000000, max: 3000000 }, object: 'personnes', start: 6 },
  { input: 'entre deux et trois millions d’euros', text: 'deux et trois millions d’euros', value: null, kind: 'money', unit: 'EUR', approximate: true, range: { min: 2000000, max: 3000000 }, start: 6 },
  { input: 'de 10 à 15 %', text: '10 à 15 %', value: null, kind: 'percent', unit: '%', approximate: true, range: { min: 10, max: 15 }, start: 3 },
];

describe('ranges: one quantity, value null, both bounds', () => {
  it.each(rows)('$input → $text', (row) => {
    expect(shapeOf(quantityAt(row.input, row.text))).toEqual(expected(row));
  });
});
