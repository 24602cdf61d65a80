import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../index.js';

/** "TYPE:text@start=canonical" for every entity whose text is one of `surfaces`. */
function typed(text: string, surfaces: readonly string[]): string[] {
  return extractEntities(text)
    .filter((e) => surfaces.includes(e.text))
    .map((e) => `${e.type}:${e.text}@${e.start}=${e.canonical}`);
}

// Names with given names no list holds ("Tadrek", "Wuoli"): only the surname written alone makes them people.
// [phenomenon, input, surfaces looked at, expected entities among them]
const CASES: [string, string, string[], string[]][] = [
  [
    'a full name whose surname the text writes alone, before and after',
    'Koskivaara gagne. L’étape a souri à Tadrek Koskivaara. Koskivaara a attaqué à 5 km.',
    ['Koskivaara', 'Tadrek Koskivaara'],
    ['PERSON:Koskivaara@0=Tadrek Koskivaara', 'PERSON:Tadrek Koskivaara@36=Tadrek Koskivaara', 'PERSON:Koskivaara@55=Tadrek Koskivaara'],
  ],
  [
    'three words',
    'Le prix revient à Wuoli Amaru Quispe. Quispe a remercié son équipe.',
    ['Wuoli Amaru Quispe', 'Quispe'],
    ['PERSON:Wuoli Amaru Quispe@18=Wuoli Amaru Quispe', 'PERSON:Quispe@38=Wuoli Amaru Quispe'],
  ],
  ['without the surname alone, an unknown pair stays untyped', 'L’étape a tourné à l’avantage de Tadrek Koskivaara mardi.', ['Tadrek Koskivaara'], []],
  ['a thing named after a person is no person', 'Tempête Zelmira : alerte rouge. Zelmira a touché la côte.', ['Tempête Zelmira'], []],
  ['a firm whose last word recurs is no person', 'Selon Koskivaara Research, le marché recule. Research a publié mardi.', ['Koskivaara Research'], ['ORGANIZATION:Koskivaara Research@6=Koskivaara Research']],
];

describe('recurring-surname: an untyped full name whose surname stands alone elsewhere', () => {
  it.each(CASES)('%s', (_phenomenon, text, surfaces, expected) => {
    expect(typed(text, surfaces)).toEqual(expected);
  });
});
