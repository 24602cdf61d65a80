import { describe, expect, it } from 'vitest';
import { found } from '../test-utils.js';

// A treaty named after its town, or by its noun, a demonym and its subject: no entity inside. [input, word]
const TREATIES: [string, string][] = [
  ['Il faut tenir l’objectif de 1,5 °C de l’accord de Paris.', 'Paris'],
  ['Les accords de Minsk sont morts.', 'Minsk'],
  ['Le traité de Lisbonne prévoit cela.', 'Lisbonne'],
  ['Les accords d’Oslo ont échoué.', 'Oslo'],
  ['Le protocole de Kyoto a expiré.', 'Kyoto'],
  ['Les conventions de Genève protègent les civils.', 'Genève'],
  ['Les accords de Washington, censés ouvrir la voie, sont signés.', 'Washington'],
  ['Le pacte européen sur la migration et l’asile entrera en vigueur.', 'européen'],
  ['En vertu de l’article 4 du traité de l’Atlantique Nord, les alliés consultent.', 'Atlantique'],
];

// The town's consent, a treaty signed in a town, a demonym with no subject stay entities. [input, "TYPE:text@start"]
const NOT_TREATIES: [string, string][] = [
  ['Il a agi avec l’accord de Washington.', 'LOCATION:Washington@26'],
  ['Sans l’accord de Moscou, rien ne se fera.', 'LOCATION:Moscou@17'],
  ['Un accord de paix a été signé à Pretoria.', 'LOCATION:Pretoria@32'],
  ['L’indemnité est prévue par le règlement européen, dit-il.', 'NATIONALITY:européen@40'],
  ['Le pacte européen est critiqué.', 'NATIONALITY:européen@9'],
  ['Sans l’accord de la France, rien ne se fera.', 'LOCATION:France@20'],
  ['Il vit au bord de l’Atlantique Nord.', 'LOCATION:Atlantique Nord@20'],
];

describe('treaties', () => {
  it.each(TREATIES)('%s: no entity on %s', (input, word) => {
    expect(found(input).filter((e) => e.includes(word))).toEqual([]);
  });
  it.each(NOT_TREATIES)('%s → %s', (input, expected) => {
    expect(found(input)).toContain(expected);
  });
});
