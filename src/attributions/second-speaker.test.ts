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

describe('a cleft "c’est … que" before a subject and its verb is no reported clause', () => {
  const P: EntitySpec[] = [['Dominique Simonnot', 'PERSON'], ['Paris', 'LOCATION']];
  it.each([
    // The verb's object is no inverted speaker, so "elle" of the next sentence is the woman named as subject.
    [
      'C’est dans ce contexte que Dominique Simonnot, la Contrôleure générale, a présenté mercredi un rapport. « C’est indigne », a-t-elle déclaré.',
      [['direct', 'C’est indigne', 'elle', 'Dominique Simonnot']],
    ],
    ['C’est à Paris que la ministre, très attendue, a présenté un plan.', []],
    // Without a subject after "que" the clause before an inverted cue is still reported.
    ['C’est une erreur que de partir, a déclaré Dominique Simonnot.', [['indirect', 'C’est une erreur que de partir', 'Dominique Simonnot', 'Dominique Simonnot']]],
    ['C’est un échec, a estimé Dominique Simonnot.', [['indirect', 'C’est un échec', 'Dominique Simonnot', 'Dominique Simonnot']]],
  ])('%s', (text, expected) => {
    expect(attributionsOf(text, P).map(flat).map((a) => [a.kind, a.content, a.source, a.canonical])).toEqual(expected);
  });
});
