import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../index.js';

/** "TYPE:text@start" for every entity whose text is one of `surfaces`. */
function typed(text: string, surfaces: readonly string[]): string[] {
  return extractEntities(text)
    .filter((e) => surfaces.includes(e.text))
    .map((e) => `${e.type}:${e.text}@${e.start}`);
}

// Given names of the secondary list (generated from @faker-js/faker), absent from the hand list of first names.
// [phenomenon, input, surfaces looked at, expected entities among them]
const CASES: [string, string, string[], string[]][] = [
  [
    'a given name of the secondary list opens a two-word name',
    'Le candidat populiste Ottavio Bellini a obtenu 12 % des voix.',
    ['Ottavio Bellini'],
    ['PERSON:Ottavio Bellini@22'],
  ],
  [
    'and a three-word name, at the start of a sentence too',
    'Radoslav Petrov Ivanov a quitté Sofia mardi.',
    ['Radoslav Petrov Ivanov'],
    ['PERSON:Radoslav Petrov Ivanov@0'],
  ],
  ['alone, it names nobody: a secondary given name needs a family name', 'Le navire Wilhelmina a coulé.', ['Wilhelmina'], []],
  ['a town of the gazetteer opened by a given name stays a place', 'Les pluies ont frappé près de Bela Vista mardi.', ['Bela Vista'], ['LOCATION:Bela Vista@30']],
  ['a firm named after a person is no person', 'Selon Evaristo Research, la croissance ralentit.', ['Evaristo Research'], ['ORGANIZATION:Evaristo Research@6']],
  ['after the noun of a body or a thing, the name is theirs', 'Le club Ottavio Central a gagné, le navire Eleonora Maersk aussi.', ['Ottavio Central', 'Eleonora Maersk'], ['ORGANIZATION:Ottavio Central@8']],
  ['a word written twice is no name', 'La journée Eleonora Eleonora a été annulée.', ['Eleonora Eleonora'], []],
  ['a word in capitals is no name word', 'Le groupe Ottavio SPA a été racheté.', ['Ottavio SPA'], ['ORGANIZATION:Ottavio SPA@10']],
];

describe('first-name: given names of many countries, as the first word of a name', () => {
  it.each(CASES)('%s', (_phenomenon, text, surfaces, expected) => {
    expect(typed(text, surfaces)).toEqual(expected);
  });
});
