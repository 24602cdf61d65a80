import { describe, expect, it } from 'vitest';
import { found } from '../test-utils.js';

// A military unit named by its number: the ordinal, the noun, its arm and its demonym. [input, "TYPE:text@start"]
const UNITS: [string, string][] = [
  ['Des combats ont opposé la Radaa et la 444e brigade, une unité fidèle.', 'ORGANIZATION:444e brigade@38'],
  ['Le 3e régiment d’infanterie de marine est basé à Vannes.', 'ORGANIZATION:3e régiment d’infanterie de marine@3'],
  ['La 82e division aéroportée américaine a été déployée.', 'ORGANIZATION:82e division aéroportée américaine@3'],
  ['La 47e brigade mécanisée ukrainienne tient le front.', 'ORGANIZATION:47e brigade mécanisée ukrainienne@3'],
  ['Il a servi au 1er régiment étranger de cavalerie.', 'ORGANIZATION:1er régiment étranger de cavalerie@14'],
  ['La 7e flotte patrouille en mer de Chine.', 'ORGANIZATION:7e flotte@3'],
];

// A league level, a rank, an ordinal with no unit noun: no organisation. [input, word in no entity]
const NOT_UNITS: [string, string][] = [
  ['Il joue en 3e division depuis 2020.', 'division'],
  ['Le club est remonté en 2e division.', 'division'],
  ['La 2e division du championnat reprend samedi.', 'division'],
  ['Il a fini 3e, loin derrière.', '3e'],
  ['La 5e République est née en 1958.', '5e'],
];

describe('numbered military units', () => {
  it.each(UNITS)('%s → %s', (input, expected) => {
    expect(found(input)).toContain(expected);
  });
  it.each(NOT_UNITS)('%s: no entity on %s', (input, word) => {
    expect(found(input).filter((e) => e.includes(word))).toEqual([]);
  });
});
