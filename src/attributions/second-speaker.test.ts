import { describe, expect, it } from 'vitest';
import { attributionsOf, flat, type EntitySpec } from './test-utils.js';

const E: EntitySpec[] = [
  ['Emmanuel Macron', 'PERSON'],
  ['Keir Starmer', 'PERSON'],
  ['Washington', 'LOCATION', 'États-Unis'],
  ['Portugal', 'LOCATION'],
  ['Moscou', 'LOCATION'],
  ['Berlin', 'LOCATION'],
];

const view = (text: string) => attributionsOf(text, E).map(flat).map((a) => [a.kind, a.content, a.source]);

describe('a contrast whose subject reports on its own ends the first report', () => {
  it.each([
    [
      'Emmanuel Macron a jugé que le plan était “une base” mais qu’il devait être “amélioré”, tandis que le Premier ministre Keir Starmer a appelé à maintenir “la pression maximale” sur Moscou.',
      [
        ['mixed', 'le plan était “une base” mais qu’il devait être “amélioré”', 'Emmanuel Macron'],
        ['mixed', 'à maintenir “la pression maximale” sur Moscou', 'Keir Starmer'],
      ],
    ],
    [
      'Emmanuel Macron a estimé que la trêve tiendrait, alors que Keir Starmer a affirmé qu’elle était fragile.',
      [
        ['indirect', 'la trêve tiendrait', 'Emmanuel Macron'],
        ['indirect', 'elle était fragile', 'Keir Starmer'],
      ],
    ],
    // The subject of the contrast after an apposition: the name speaks, not the apposition ("tandis" is no participle).
    [
      'Washington a affirmé que l’élection était valide, tandis que le Portugal, ancienne puissance coloniale, a demandé que les résultats soient publiés.',
      [
        ['indirect', 'l’élection était valide', 'Washington'],
        ['indirect', 'les résultats soient publiés', 'Portugal'],
      ],
    ],
    // A contrast without a reporting verb of its own is still part of what was said.
    [
      'Emmanuel Macron a affirmé que les prix montaient, tandis que les salaires stagnaient.',
      [['indirect', 'les prix montaient, tandis que les salaires stagnaient', 'Emmanuel Macron']],
    ],
  ])('%s', (text, expected) => {
    expect(view(text)).toEqual(expected);
  });
});

describe('"pouvoir", "devoir" after a determiner are nouns, not a reported infinitive', () => {
  it.each([
    ['Washington a appelé au retour rapide d’un pouvoir civil.', [['indirect', 'au retour rapide d’un pouvoir civil', 'Washington']]],
    ['Berlin a appelé au respect du devoir de mémoire.', [['indirect', 'au respect du devoir de mémoire', 'Berlin']]],
    // After a phrase of plain words the infinitive is still read: "a affirmé à ses alliés pouvoir tenir".
    ['Berlin a affirmé à ses alliés pouvoir tenir six mois.', [['indirect', 'pouvoir tenir six mois', 'Berlin']]],
  ])('%s', (text, expected) => {
    expect(view(text)).toEqual(expected);
  });
});
