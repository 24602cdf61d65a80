import { describe, expect, it } from 'vitest';
import { expected, quantityAt, shapeOf, type Row } from '../test-helpers.js';

const rows: Row[] = [
  { input: 'des obus de 105 mm', text: '105 mm', value: 105, kind: 'measure', unit: 'mm', start: 12 },
  { input: 'à 5 km de la frontière', text: '5 km', value: 5, kind: 'measure', unit: 'km', start: 2 },
  { input: 'une zone de 300 km²', text: '300 km²', value: 300, kind: 'measure', unit: 'km²', start: 12 },
  { input: 'une zone de 300 kilomètres carrés', text: '300 kilomètres carrés', value: 300, kind: 'measure', unit: 'km²', start: 12 },
  { input: '2 tonnes de riz', text: '2 tonnes', value: 2, kind: 'measure', unit: 't', start: 0 },
  { input: '80 barils par jour', text: '80 barils', value: 80, kind: 'measure', unit: 'bbl', start: 0 },
  { input: 'il fait -10 °C ce matin', text: '-10 °C', value: -10, kind: 'measure', unit: '°C', start: 8 },
  // "moins" as a sign: below zero, in the span; "au moins", "pas moins de" stay comparisons.
  { input: 'il a fait moins 12 degrés cette nuit', text: 'moins 12 degrés', value: -12, kind: 'measure', unit: '°C', start: 10 },
  { input: 'Moins 3 °C à Lyon', text: 'Moins 3 °C', value: -3, kind: 'measure', unit: '°C', start: 0 },
  { input: 'il fait au moins 30 degrés', text: '30 degrés', value: 30, kind: 'measure', unit: '°C', approximate: true, range: { min: 30, max: null }, start: 17 },
  { input: 'un mur de 3 m de haut', text: '3 m', value: 3, kind: 'measure', unit: 'm', start: 10 },
  { input: '12 kg de cocaïne', text: '12 kg', value: 12, kind: 'measure', unit: 'kg', start: 0 },
  { input: '200 litres d’eau', text: '200 litres', value: 200, kind: 'measure', unit: 'L', start: 0 },
  // Physical rates after "par" are one unit; "barils par jour" stays barrels.
  { input: 'des rafales à 140 kilomètres par heure', text: '140 kilomètres par heure', value: 140, kind: 'measure', unit: 'km/h', start: 14 },
  { input: 'un taux de 0,8 gramme par litre de sang', text: '0,8 gramme par litre', value: 0.8, kind: 'measure', unit: 'g/L', start: 11 },
  // A volume per unit of time after "par" is a flow: the volume, "par seconde" outside (the gold's choice).
  { input: 'un débit de 0,4 mètre cube par seconde', text: '0,4 mètre cube', value: 0.4, kind: 'measure', unit: 'm³', start: 12 },
  // A rate written with a slash is one unit.
  { input: 'un pic à 80 µg/m³ hier', text: '80 µg/m³', value: 80, kind: 'measure', unit: 'µg/m³', start: 9 },
  { input: 'un rendement de 8 t/ha', text: '8 t/ha', value: 8, kind: 'measure', unit: 't/ha', start: 16 },
  { input: 'un taux de 1,2 g/l', text: '1,2 g/l', value: 1.2, kind: 'measure', unit: 'g/L', start: 11 },
  // "un"/"une" before a unit written out is one of it.
  { input: 'des files de plus d’un kilomètre', text: 'un kilomètre', value: 1, kind: 'measure', unit: 'km', approximate: true, range: { min: 1, max: null }, start: 20 },
  { input: 'il a bu un litre d’eau', text: 'un litre', value: 1, kind: 'measure', unit: 'L', start: 8 },
  { input: 'des milliers de tonnes', text: 'des milliers de tonnes', value: 1000, kind: 'measure', unit: 't', approximate: true, start: 0 },
];

describe('measure: SI-style units', () => {
  it.each(rows)('$input → $text', (row) => {
    expect(shapeOf(quantityAt(row.input, row.text))).toEqual(expected(row));
  });
});

describe('measure: a scale named before the number, no unit', () => {
  it.each([
    ['Un séisme de magnitude 6,0 a frappé la province.', 'magnitude 6,0', 6, 13],
    ['une réplique de Magnitude 5,5 ressentie', 'Magnitude 5,5', 5.5, 16],
    ['un tremblement de terre de magnitude 7 au large', 'magnitude 7', 7, 27],
  ])('%s → %s', (input, text, value, start) => {
    const q = quantityAt(input, text);
    expect(q).toMatchObject({ kind: 'measure', value, start, approximate: false });
    expect(q?.unit).toBeUndefined();
  });
  it('a number not right after the scale word stays what it is', () => {
    expect(quantityAt('la magnitude a atteint 6 selon l’institut', '6')).toMatchObject({ kind: 'count', value: 6 });
  });
});
