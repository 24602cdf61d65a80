import { describe, expect, it } from 'vitest';
import { expected, quantitiesOf, quantityAt, shapeOf, type Row } from '../test-helpers.js';

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
  // The lower figure leaves out the thousands the upper one writes; a bare "4000" or "4 500" shares nothing.
  { input: '3 à 4 000 personnes', text: '3 à 4 000', value: null, kind: 'count', approximate: true, range: { min: 3000, max: 4000 }, object: 'personnes', start: 0 },
  { input: 'trois à quatre mille manifestants', text: 'trois à quatre mille', value: null, kind: 'count', approximate: true, range: { min: 3000, max: 4000 }, object: 'manifestants', start: 0 },
  { input: 'entre 2 et 4500 euros', text: '2 et 4500 euros', value: null, kind: 'money', unit: 'EUR', approximate: true, range: { min: 2, max: 4500 }, start: 6 },
  { input: 'de 10 à 15 %', text: '10 à 15 %', value: null, kind: 'percent', unit: '%', approximate: true, range: { min: 10, max: 15 }, start: 3 },
  // "une" as the lower bound of a range of number words is the number one, not an article.
  { input: 'dans une à deux semaines', text: 'une à deux semaines', value: null, kind: 'duration', unit: 'week', approximate: true, range: { min: 1, max: 2 }, start: 5 },
  { input: 'un à trois ans de prison', text: 'un à trois ans', value: null, kind: 'duration', unit: 'year', approximate: true, range: { min: 1, max: 3 }, start: 0 },
];

describe('ranges: one quantity, value null, both bounds', () => {
  it.each(rows)('$input → $text', (row) => {
    expect(shapeOf(quantityAt(row.input, row.text))).toEqual(expected(row));
  });
});

describe('ranges: after a verb of change, a before and an after (two quantities)', () => {
  it.each([
    ['le taux est passé de 5 à 10 %', ['5', '10 %']],
    ['le litre est passé en un an de 730 à 840 francs CFA', ['un an', '730', '840 francs CFA']],
    ['le chômage a chuté depuis 2020 de 12 à 9 %', ['12', '9 %']],
    ['la part a progressé nettement de 2 à 5 %', ['2', '5 %']],
    ['le prix a augmenté cette année de 3 à 4 euros', ['3', '4 euros']],
    // The verb's object between it and its "de X à Y".
    ['la banque pourrait relever son taux directeur de 0,5 % à 0,75 %', ['0,5 %', '0,75 %']],
    ["le texte prévoit d'allonger la période d'essai de trois à six mois", ['trois', 'six mois']],
  ])('%s', (input, texts) => {
    expect(quantitiesOf(input).map((q) => q.text)).toEqual(texts);
  });
  it.each([
    ['il risque de 5 à 10 ans de prison', '5 à 10 ans'],
    ['un montant, en tout, de 5 à 10 millions', '5 à 10 millions'],
    // Right after a verb of length, the range of the change.
    ['le détour allonge de 10 à 14 jours le trajet', '10 à 14 jours'],
    ['le trajet sera allongé de 25 à 40 minutes', '25 à 40 minutes'],
  ])('no verb of change: %s is one range', (input, text) => {
    expect(quantitiesOf(input).map((q) => q.text)).toEqual([text]);
  });
});

describe('ranges: the first figure of a change takes the scale and the unit of the second', () => {
  it('passée de 54 à 62 millions d’euros', () => {
    const [first, second] = quantitiesOf('la dette est passée de 54 à 62 millions d’euros');
    expect([first?.text, first?.value, first?.unit, first?.kind]).toEqual(['54', 54000000, 'EUR', 'money']);
    expect([second?.text, second?.value]).toEqual(['62 millions d’euros', 62000000]);
  });
});
