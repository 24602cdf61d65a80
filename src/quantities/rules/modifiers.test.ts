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
  { input: 'une ville de 60 000 habitants environ', text: '60 000', value: 60000, kind: 'count', approximate: true, object: 'habitants', start: 13 },
  { input: 'un déficit attendu à 23 milliards d’euros', text: '23 milliards d’euros', value: 23e9, kind: 'money', unit: 'EUR', approximate: true, start: 21 },
  { input: 'un besoin proche de 0,4 % du PIB', text: '0,4 %', value: 0.4, kind: 'percent', unit: '%', approximate: true, start: 20 },
  { input: 'peut-être un million de visiteurs', text: 'un million', value: 1e6, kind: 'count', approximate: true, object: 'visiteurs', start: 10 },
  // A bound after the amount or what it counts.
  { input: 'un scrutin dans quatre ans au plus', text: 'quatre ans', value: 4, kind: 'duration', unit: 'year', approximate: true, range: { min: null, max: 4 }, start: 16 },
  { input: 'des classes de 20 élèves au maximum', text: '20', value: 20, kind: 'count', approximate: true, range: { min: null, max: 20 }, object: 'élèves', start: 15 },
  // A verb or a preposition that bounds the number: lower, or upper when negated.
  { input: 'la dette a dépassé 1,1 million', text: '1,1 million', value: 1.1e6, kind: 'count', approximate: true, range: { min: 1.1e6, max: null }, start: 19 },
  { input: 'l’affluence dépasse les 36 000 spectateurs', text: '36 000', value: 36000, kind: 'count', approximate: true, range: { min: 36000, max: null }, object: 'spectateurs', start: 24 },
  { input: 'la croissance ne devrait pas dépasser 1,1 %', text: '1,1 %', value: 1.1, kind: 'percent', unit: '%', approximate: true, range: { min: null, max: 1.1 }, start: 38 },
  { input: 'le déficit ne dépasse plus 3 %', text: '3 %', value: 3, kind: 'percent', unit: '%', approximate: true, range: { min: null, max: 3 }, start: 27 },
  { input: 'le coût n’excède pas 500 euros', text: '500 euros', value: 500, kind: 'money', unit: 'EUR', approximate: true, range: { min: null, max: 500 }, start: 21 },
  { input: 'des rançons pouvant atteindre 500 euros', text: '500 euros', value: 500, kind: 'money', unit: 'EUR', approximate: true, range: { min: null, max: 500 }, start: 30 },
  { input: 'le baril est tombé sous les 60 dollars', text: '60 dollars', value: 60, kind: 'money', unit: 'USD', approximate: true, range: { min: null, max: 60 }, start: 28 },
  { input: 'le bitcoin a franchi la barre des 100 000 dollars', text: '100 000 dollars', value: 100000, kind: 'money', unit: 'USD', approximate: true, range: { min: 100000, max: null }, start: 34 },
  { input: 'il fait au-dessus de 40 °C', text: '40 °C', value: 40, kind: 'measure', unit: '°C', approximate: true, range: { min: 40, max: null }, start: 21 },
  // An adverb between the bound verb and its number.
  { input: 'les coupures dépassent régulièrement 20 heures par jour', text: '20 heures', value: 20, kind: 'duration', unit: 'hour', approximate: true, range: { min: 20, max: null }, start: 37 },
  { input: 'le mercure a déjà dépassé les 35 °C', text: '35 °C', value: 35, kind: 'measure', unit: '°C', approximate: true, range: { min: 35, max: null }, start: 30 },
  { input: 'l’indice a dépassé mardi les 2 900 points', text: '2 900', value: 2900, kind: 'count', approximate: true, range: { min: 2900, max: null }, object: 'points', start: 29 },
  // Verbs of approximation: approximate, no bound.
  { input: 'la récolte devrait avoisiner 2,4 millions d’hectolitres', text: '2,4 millions d’hectolitres', value: 2.4e6, kind: 'measure', unit: 'hL', approximate: true, start: 29 },
  { input: 'le thermomètre a frôlé les 40 °C', text: '40 °C', value: 40, kind: 'measure', unit: '°C', approximate: true, start: 27 },
  { input: 'le chômage avoisine 8 %', text: '8 %', value: 8, kind: 'percent', unit: '%', approximate: true, start: 20 },
];

// Not bounds: a threshold's own figure, a noun of the verb's stem, "dépasser de" (by), "atteindre" without "pouvoir".
describe('modifiers: exact figures near a bound word', () => {
  it.each([
    ['trois partis franchissent le seuil de 5 %', '5 %'],
    ['un excédent de 3 milliards d’euros', '3 milliards d’euros'],
    ['la production dépasse de 3 % celle de 2023', '3 %'],
    ['le taux a atteint 5 %', '5 %'],
  ])('%s: %s is exact', (input, text) => {
    const q = quantityAt(input, text);
    expect(q).toBeDefined();
    expect(q?.approximate).toBe(false);
    expect(q?.range).toBeUndefined();
  });
});

describe('modifiers: left out of the span, they set approximate and range', () => {
  it.each(rows)('$input → $text', (row) => {
    expect(shapeOf(quantityAt(row.input, row.text))).toEqual(expected(row));
  });
});
