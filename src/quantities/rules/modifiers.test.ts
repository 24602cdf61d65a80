import { describe, expect, it } from 'vitest';
import { expected, quantityAt, shapeOf, type Row } from '../test-helpers.js';

const rows: Row[] = [
  { input: 'environ 7.000 conteneurs', text: '7.000', value: 7000, kind: 'count', approximate: true, object: 'conteneurs', start: 8 },
  { input: 'près de cinq millions d’obus', text: 'cinq millions', value: 5000000, kind: 'count', approximate: true, object: 'obus', start: 8 },
  { input: 'quelque 500 soldats', text: '500', value: 500, kind: 'count', approximate: true, object: 'soldats', start: 8 },
  { input: 'autour de 40 navires', text: '40', value: 40, kind: 'count', approximate: true, object: 'navires', start: 10 },
  { input: 'approximativement 40 navires', text: '40', value: 40, kind: 'count', approximate: true, object: 'navires', start: 18 },
  { input: 'au moins 10 000 conteneurs', text: '10 000', value: 10000, kind: 'count', approximate: true, range: { min: 10000, max: null }, object: 'conteneurs', start: 9 },
  { input: 'plus de 100 lancements de missiles depuis', text: '100', value: 100, kind: 'count', approximate: true, range: { min: 100, max: null }, object: 'lancements de missiles', start: 8 },
  { input: 'au-delà de 50 km', text: '50 km', value: 50, kind: 'measure', unit: 'km', approximate: true, range: { min: 50, max: null }, start: 11 },
  { input: 'jusqu’à 4,8 millions de projectiles', text: '4,8 millions', value: 4800000, kind: 'count', approximate: true, range: { min: null, max: 4800000 }, object: 'projectiles', start: 8 },
  { input: 'moins de 3 ans', text: '3 ans', value: 3, kind: 'duration', unit: 'year', approximate: true, range: { min: null, max: 3 }, start: 9 },
  { input: 'au plus 20 euros', text: '20 euros', value: 20, kind: 'money', unit: 'EUR', approximate: true, range: { min: null, max: 20 }, start: 8 },
  { input: 'plus de 2000 soldats', text: '2000', value: 2000, kind: 'count', approximate: true, range: { min: 2000, max: null }, object: 'soldats', start: 8 },
  // An estimate, and "environ" after the amount.
  { input: 'des dégâts estimés à 2 millions d’euros', text: '2 millions d’euros', value: 2000000, kind: 'money', unit: 'EUR', approximate: true, start: 21 },
  { input: 'un coût de l’ordre de 900 euros', text: '900 euros', value: 900, kind: 'money', unit: 'EUR', approximate: true, start: 22 },
  { input: 'il a payé 40 euros environ', text: '40 euros', value: 40, kind: 'money', unit: 'EUR', approximate: true, start: 10 },
];

describe('modifiers: left out of the span, they set approximate and range', () => {
  it.each(rows)('$input → $text', (row) => {
    expect(shapeOf(quantityAt(row.input, row.text))).toEqual(expected(row));
  });
});
