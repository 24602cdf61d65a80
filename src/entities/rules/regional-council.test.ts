import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../index.js';

// [input, expected ORGANIZATION and LOCATION spans as "TYPE:text→canonical"]: "la Région X" is X's regional council.
const CASES: [string, string[]][] = [
  ['Les travaux sont financés à 20 % par la Région Bretagne, qui exploite les TER.', ['ORGANIZATION:Région Bretagne→conseil régional de Bretagne']],
  ['Le président de la Région Hauts-de-France a parlé.', ['ORGANIZATION:Région Hauts-de-France→conseil régional des Hauts-de-France']],
  ['Une aide de la Région Occitanie est promise.', ['ORGANIZATION:Région Occitanie→conseil régional d\'Occitanie']],
  // "la Région" alone again in the story is the same council, sentence-initial too.
  [
    'La Région Normandie paie les cars. La Région a proposé une remise, selon la Région.',
    ['ORGANIZATION:Région Normandie→conseil régional de Normandie', 'ORGANIZATION:Région→conseil régional de Normandie', 'ORGANIZATION:Région→conseil régional de Normandie'],
  ],
  // Lower case is the territory; a bare "la Région" with no council named stays unread; two councils leave it unread.
  ['La région Bretagne est pluvieuse.', ['LOCATION:Bretagne→Bretagne']],
  ['La Région a proposé une réduction.', []],
  ['La Région Bretagne et la Région Normandie signent. La Région paiera.', ['ORGANIZATION:Région Bretagne→conseil régional de Bretagne', 'ORGANIZATION:Région Normandie→conseil régional de Normandie']],
];

describe('a regional council named "la Région"', () => {
  it.each(CASES)('%s', (input, expected) => {
    const found = extractEntities(input).filter((e) => e.type === 'ORGANIZATION' || e.type === 'LOCATION');
    expect(found.map((e) => `${e.type}:${e.text}→${e.canonical}`)).toEqual(expected);
  });
});
