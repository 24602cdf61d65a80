import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../index.js';
import { isWorldCity } from './world-city.js';

/** "TYPE:text@start" for every entity whose text is one of `surfaces`. */
function typed(text: string, surfaces: readonly string[]): string[] {
  return extractEntities(text)
    .filter((e) => surfaces.includes(e.text))
    .map((e) => `${e.type}:${e.text}@${e.start}`);
}

// [phenomenon, input, surfaces looked at, expected entities among them]
const CASES: [string, string, string[], string[]][] = [
  [
    'towns of the gazetteer that no context types: after a noun that is no place announcer',
    'Les pluies ont inondé une école de Bacolod et les rizières de Tarlac.',
    ['Bacolod', 'Tarlac'],
    ['LOCATION:Bacolod@35', 'LOCATION:Tarlac@62'],
  ],
  [
    'a town after a verb and "de"',
    'Les coureurs s’élanceront de Castres vendredi, puis rouleront vers Albi.',
    ['Castres', 'Albi'],
    ['LOCATION:Castres@29', 'LOCATION:Albi@67'],
  ],
  [
    'a known place and a word after it that make a town of the gazetteer (place-compound), not a club of a city',
    'Les quartiers de Cebu City sont inondés ; Manchester City a gagné.',
    ['Cebu City', 'Manchester City'],
    ['LOCATION:Cebu City@17', 'ORGANIZATION:Manchester City@42'],
  ],
  ['the crude benchmark is no town', 'Le prix du baril de Brent a reculé de 2 %.', ['Brent'], []],
  ['the town of a treaty is no place', 'Les accords de paix de Dayton ont mis fin à la guerre.', ['Dayton'], []],
  ['a name after a definite article is no town', "La présidente de l'Union a salué le vote.", ['Union'], []],
  ['a name right after a noun names a thing', 'Le cargo Bacolod a accosté mardi.', ['Bacolod'], []],
  ['a capital that opens the sentence is no evidence', 'Union sacrée, a lancé le ministre.', ['Union'], []],
  ['a word in capitals is no town of the gazetteer', 'Des militants de BACOLOD ont manifesté.', ['BACOLOD'], []],
];

describe('world-city: a name no rule typed, found in the gazetteer of towns', () => {
  it.each(CASES)('%s', (_phenomenon, text, surfaces, expected) => {
    expect(typed(text, surfaces)).toEqual(expected);
  });

  it('gives the town its own spelling, the city subtype and a weak confidence', () => {
    const [e] = extractEntities('Une école de Bacolod a été fermée.');
    expect(e).toMatchObject({ type: 'LOCATION', text: 'Bacolod', canonical: 'Bacolod', subtype: 'city' });
    expect(e?.confidence).toBeLessThan(0.7);
  });
});

describe('isWorldCity', () => {
  it.each([
    ['bacolod', true],
    ['muret', true],
    ['a coruna', true],
    ['mandaue', true],
    ['bacolo', false],
    ['bacolodx', false],
    ['', false],
    ['zzzzzz', false],
  ])('%s → %s', (key, expected) => {
    expect(isWorldCity(key)).toBe(expected);
  });
});
