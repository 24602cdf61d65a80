import { describe, expect, it } from 'vitest';
import { extractEntities } from '../index.js';
import { camelSegments } from './glued-organization.js';

/** "TYPE:text@start=canonical" for every entity but dates and nationalities. */
function names(text: string): string[] {
  return extractEntities(text)
    .filter((e) => e.type !== 'DATE' && e.type !== 'NATIONALITY')
    .map((e) => `${e.type}:${e.text}@${e.start}=${e.canonical}`);
}

// [phenomenon, input, expected names]
const CASES: [string, string, string[]][] = [
  [
    'dictionary media glued to a page word; a clause word ends the run; the place stands alone',
    'Il a parlé avec BloombergActualités Quoi Séoul a identifié des conteneurs.',
    ['ORGANIZATION:BloombergActualités@16=Bloomberg', 'LOCATION:Séoul@41=Séoul'],
  ],
  ['dictionary media glued to "Vidéo"', 'Selon ReutersVidéo, le front a cédé.', ['ORGANIZATION:ReutersVidéo@6=Reuters']],
  ['a CamelCase brand stays as it is', 'Le groupe TotalEnergies a investi.', ['ORGANIZATION:TotalEnergies@10=TotalEnergies']],
  ['a capitalised conjunction ends a name', 'Le texte cite Jean Dupontel Mais personne ne répond.', ['PERSON:Jean Dupontel@14=Jean Dupontel']],
  ['a capitalised interrogative ends a name', 'Interrogé par Jean Dupontel Pourquoi ce choix, il se tait.', ['PERSON:Jean Dupontel@14=Jean Dupontel']],
  ['a name particle does not end a name', 'Hier, Marine Le Pen a parlé.', ['PERSON:Marine Le Pen@6=Marine Le Pen']],
  ['a place inside an institutional name stays inside', 'Il enseigne à l’Université de Séoul depuis 2010.', ['ORGANIZATION:Université de Séoul@16=Université de Séoul']],
];

// [phenomenon, input, a surface that must not be an organisation]
const NOT_ORG: [string, string, string][] = [
  ['the tail is not a page word', 'Il utilise BloombergTerminal chaque jour.', 'BloombergTerminal'],
  ['the head is not a dictionary organisation', 'Il lit SuperActualités chaque jour.', 'SuperActualités'],
];

describe('scraped capitalised runs and glued organisation names', () => {
  it.each(CASES)('%s: %s', (_what, input, expected) => {
    expect(names(input)).toEqual(expected);
  });
  it.each(NOT_ORG)('%s: %s', (_what, input, surface) => {
    expect(extractEntities(input).some((e) => e.text === surface && e.type === 'ORGANIZATION' && e.canonical !== surface)).toBe(false);
  });
  it.each([
    ['BloombergActualités', ['Bloomberg', 'Actualités']],
    ['TotalEnergies', ['Total', 'Energies']],
    ['OTAN', ['OTAN']],
    ['McDonald', ['Mc', 'Donald']],
  ] as const)('camelSegments(%s)', (word, segments) => {
    expect(camelSegments(word)).toEqual(segments);
  });
});
