import { describe, expect, it } from 'vitest';
import { expected, quantityAt, shapeOf, type Row } from '../test-helpers.js';

const rows: Row[] = [
  { input: 'des milliers de obus d’artillerie destinés', text: 'des milliers', value: 1000, kind: 'count', approximate: true, object: 'obus d’artillerie', start: 0 },
  { input: 'des dizaines de corps retrouvés', text: 'des dizaines', value: 10, kind: 'count', approximate: true, object: 'corps', start: 0 },
  { input: 'des millions de munitions d’artillerie', text: 'des millions', value: 1000000, kind: 'count', approximate: true, object: 'munitions d’artillerie', start: 0 },
  { input: 'une dizaine de blessés', text: 'une dizaine', value: 10, kind: 'count', approximate: true, object: 'blessés', start: 0 },
  { input: 'une centaine', text: 'une centaine', value: 100, kind: 'count', approximate: true, start: 0 },
  { input: 'l’arrachage de milliers d’hectares de vignes', text: 'milliers d’hectares', value: 1000, kind: 'measure', unit: 'ha', approximate: true, start: 15 },
  { input: 'des centaines de milliers de manifestants', text: 'des centaines de milliers', value: 100000, kind: 'count', approximate: true, object: 'manifestants', start: 0 },
  { input: 'plus d’une centaine de morts', text: 'une centaine', value: 100, kind: 'count', approximate: true, range: { min: 100, max: null }, object: 'morts', start: 7 },
  { input: 'une vingtaine de pays', text: 'une vingtaine', value: 20, kind: 'count', approximate: true, object: 'pays', start: 0 },
];

describe('vague-amount: collective nouns', () => {
  it.each(rows)('$input → $text', (row) => {
    expect(shapeOf(quantityAt(row.input, row.text))).toEqual(expected(row));
  });
});
