import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../index.js';

// [input, expected ORGANIZATION and LOCATION spans as "TYPE:text"]: a legislature or a high court and its country or region are one body.
const CASES: [string, string[]][] = [
  ['L’Assemblée nationale de la Republika Srpska a adopté un budget.', ['ORGANIZATION:Assemblée nationale de la Republika Srpska']],
  ['Le Parlement de Catalogne a voté la loi.', ['ORGANIZATION:Parlement de Catalogne']],
  ['La Cour suprême du Brésil a tranché.', ['ORGANIZATION:Cour suprême du Brésil']],
  ['La Cour constitutionnelle d’Ukraine a été saisie.', ['ORGANIZATION:Cour constitutionnelle d’Ukraine']],
  // Alone, or before a date or a common noun, the body stays as it is.
  ['L’Assemblée nationale a voté mardi.', ['ORGANIZATION:Assemblée nationale']],
  ['La Cour suprême a siégé à Washington.', ['ORGANIZATION:Cour suprême', 'LOCATION:Washington']],
  ['Le Sénat a reçu le président de la Bolivie.', ['ORGANIZATION:Sénat', 'LOCATION:Bolivie']],
];

describe('a legislature of a country or a region', () => {
  it.each(CASES)('%s', (input, expected) => {
    const found = extractEntities(input).filter((e) => e.type === 'ORGANIZATION' || e.type === 'LOCATION');
    expect(found.map((e) => `${e.type}:${e.text}`)).toEqual(expected);
  });
});
