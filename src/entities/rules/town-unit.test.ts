import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../index.js';

// [input, expected ORGANIZATION and LOCATION spans as "TYPE:text→canonical"]: a unit named by its town is that town's unit.
const CASES: [string, string[]][] = [
  [
    'Le PGHM de Bourg-Saint-Maurice appelle les skieurs à la prudence.',
    ['ORGANIZATION:PGHM de Bourg-Saint-Maurice→peloton de gendarmerie de haute montagne de Bourg-Saint-Maurice'],
  ],
  ['Le PGHM de Chamonix a été alerté.', ['ORGANIZATION:PGHM de Chamonix→peloton de gendarmerie de haute montagne de Chamonix']],
  ['Les secouristes du PGHM d’Oloron sont partis.', ['ORGANIZATION:PGHM d’Oloron→peloton de gendarmerie de haute montagne d’Oloron']],
  // No town after it: the unit alone; a town after another word stays a place.
  ['Le PGHM a été alerté à Chamonix.', ['ORGANIZATION:PGHM→peloton de gendarmerie de haute montagne', 'LOCATION:Chamonix→Chamonix']],
  ['Le PGHM de garde est intervenu.', ['ORGANIZATION:PGHM→peloton de gendarmerie de haute montagne']],
];

describe('a unit named by its town', () => {
  it.each(CASES)('%s', (input, expected) => {
    const found = extractEntities(input).filter((e) => e.type === 'ORGANIZATION' || e.type === 'LOCATION');
    expect(found.map((e) => `${e.type}:${e.text}→${e.canonical}`)).toEqual(expected);
  });
});
