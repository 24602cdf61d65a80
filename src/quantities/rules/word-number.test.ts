import { describe, expect, it } from 'vitest';
import { expected, quantityAt, shapeOf, type Row } from '../test-helpers.js';

const rows: Row[] = [
  { input: 'sept mille soldats', text: 'sept mille', value: 7000, kind: 'count', object: 'soldats', start: 0 },
  { input: 'quatre-vingt-dix-neuf morts', text: 'quatre-vingt-dix-neuf', value: 99, kind: 'count', object: 'morts', start: 0 },
  { input: 'soixante et onze blessés', text: 'soixante et onze', value: 71, kind: 'count', object: 'blessés', start: 0 },
  { input: 'mille cent euros', text: 'mille cent euros', value: 1100, kind: 'money', unit: 'EUR', start: 0 },
  { input: 'deux millions cinq cent mille habitants', text: 'deux millions cinq cent mille', value: 2500000, kind: 'count', object: 'habitants', start: 0 },
  { input: 'trois milliards et demi d’euros', text: 'trois milliards et demi d’euros', value: 3500000000, kind: 'money', unit: 'EUR', start: 0 },
  { input: 'fournir un million d’obus d’artillerie à l’Ukraine', text: 'un million', value: 1000000, kind: 'count', object: 'obus d’artillerie', start: 8 },
  { input: 'Certes, les deux pays sont confrontés', text: 'deux', value: 2, kind: 'count', object: 'pays', start: 12 },
  { input: 'des exercices navals à trois en Chine', text: 'trois', value: 3, kind: 'count', start: 23 },
  { input: 'sont toutes deux soumises à des sanctions', text: 'deux', value: 2, kind: 'count', start: 12 },
  { input: 'Trois personnes sont mortes.', text: 'Trois', value: 3, kind: 'count', object: 'personnes', start: 0 },
  { input: 'zéro mort', text: 'zéro', value: 0, kind: 'count', object: 'mort', start: 0 },
];

describe('word-number: cardinals in words', () => {
  it.each(rows)('$input → $text', (row) => {
    expect(shapeOf(quantityAt(row.input, row.text))).toEqual(expected(row));
  });
});
