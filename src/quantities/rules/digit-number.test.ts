import { describe, expect, it } from 'vitest';
import { expected, quantityAt, shapeOf, type Row } from '../test-helpers.js';

const rows: Row[] = [
  { input: 'environ 7.000 conteneurs d’armes', text: '7.000', value: 7000, kind: 'count', approximate: true, object: 'conteneurs d’armes', start: 8 },
  { input: 'Séoul a identifié au moins 10 000 conteneurs maritimes', text: '10 000', value: 10000, kind: 'count', approximate: true, range: { min: 10000, max: null }, object: 'conteneurs maritimes', start: 27 },
  { input: 'soit 10\u202F000 obus', text: '10\u202F000', value: 10000, kind: 'count', object: 'obus', start: 5 },
  // The Swiss thousands separator.
  { input: 'un seuil de 61\'250 francs suisses', text: '61\'250 francs suisses', value: 61250, kind: 'money', unit: 'CHF', start: 12 },
  { input: 'près de 1’200’000 votants', text: '1’200’000', value: 1200000, kind: 'count', approximate: true, object: 'votants', start: 8 },
  { input: 'un taux de 2.5 points', text: '2.5', value: 2.5, kind: 'count', object: 'points', start: 11 },
  { input: 'jusqu’à 4,8 millions de projectiles', text: '4,8 millions', value: 4800000, kind: 'count', approximate: true, range: { min: null, max: 4800000 }, object: 'projectiles', start: 8 },
  { input: 'un prêt de 1,5 milliard', text: '1,5 milliard', value: 1500000000, kind: 'count', start: 11 },
  { input: '30 mille manifestants', text: '30 mille', value: 30000, kind: 'count', object: 'manifestants', start: 0 },
  { input: 'une baisse de -3,5 points', text: '-3,5', value: -3.5, kind: 'count', object: 'points', start: 14 },
  { input: '2 millions et demi de doses', text: '2 millions et demi', value: 2500000, kind: 'count', object: 'doses', start: 0 },
  { input: '1 000 000 de personnes', text: '1 000 000', value: 1000000, kind: 'count', object: 'personnes', start: 0 },
  { input: 'le British Council publie 90 mots qui définissent', text: '90', value: 90, kind: 'count', object: 'mots', start: 26 },
  // The counted object stops before a prepositional phrase ("autour de", "près de") or an adverb.
  { input: '66 avions et 7 navires de guerre autour de l’île', text: '7', value: 7, kind: 'count', object: 'navires de guerre', start: 13 },
  { input: '3 soldats près de la frontière', text: '3', value: 3, kind: 'count', object: 'soldats', start: 0 },
  { input: '12 navires encore en mer', text: '12', value: 12, kind: 'count', object: 'navires', start: 0 },
];

describe('digit-number: numbers in digits with French conventions', () => {
  it.each(rows)('$input → $text', (row) => {
    expect(shapeOf(quantityAt(row.input, row.text))).toEqual(expected(row));
  });
});
