import { describe, expect, it } from 'vitest';
import { expected, quantityAt, shapeOf, type Row } from '../test-helpers.js';

const rows: Row[] = [
  { input: 'une hausse de 30 % en un an', text: '30 %', value: 30, kind: 'percent', unit: '%', start: 14 },
  { input: 'une hausse de 30% en un an', text: '30%', value: 30, kind: 'percent', unit: '%', start: 14 },
  { input: 'une hausse de 30\u00A0%', text: '30\u00A0%', value: 30, kind: 'percent', unit: '%', start: 14 },
  { input: '8 pour cent des voix', text: '8 pour cent', value: 8, kind: 'percent', unit: '%', start: 0 },
  { input: 'trente pour cent des voix', text: 'trente pour cent', value: 30, kind: 'percent', unit: '%', start: 0 },
  { input: '+3,2 % sur un an', text: '+3,2 %', value: 3.2, kind: 'percent', unit: '%', start: 0 },
  { input: 'les services (+2,3 %) et l’industrie (-0,8 %)', text: '-0,8 %', value: -0.8, kind: 'percent', unit: '%', start: 38 },
  { input: 'les services (+2,3 %) et l’industrie', text: '+2,3 %', value: 2.3, kind: 'percent', unit: '%', start: 14 },
  { input: 'près de 30 % des électeurs', text: '30 %', value: 30, kind: 'percent', unit: '%', approximate: true, start: 8 },
  { input: 'un taux de 0,5 ‰', text: '0,5 ‰', value: 0.05, kind: 'percent', unit: '%', start: 11 },
  { input: 'une natalité de 9 pour mille', text: '9 pour mille', value: 0.9, kind: 'percent', unit: '%', start: 16 },
  { input: 'moins de 5 %', text: '5 %', value: 5, kind: 'percent', unit: '%', approximate: true, range: { min: null, max: 5 }, start: 9 },
];

describe('percent: % and pour cent', () => {
  it.each(rows)('$input → $text', (row) => {
    expect(shapeOf(quantityAt(row.input, row.text))).toEqual(expected(row));
  });
});
