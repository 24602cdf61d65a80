import { describe, expect, it } from 'vitest';
import { attributionsOf, flat, type EntitySpec } from '../test-utils.js';

const E: EntitySpec[] = [
  ['Kremlin', 'ORGANIZATION'],
  ['ministère de l’Intérieur', 'ORGANIZATION'],
  ['État islamique', 'ORGANIZATION'],
];

// [input, content, start, cue, lemma, source]
const CASES: [string, string, number, string, string, string][] = [
  ['La fermeture de l’usine a été annoncée par la direction.', 'La fermeture de l’usine', 0, 'a été annoncée par', 'annoncer', 'direction'],
  ['La nouvelle a été démentie par le Kremlin.', 'La nouvelle', 0, 'a été démentie par', 'démentir', 'Kremlin'],
  ['Selon la presse, l’arrestation du suspect a été confirmée par le ministère de l’Intérieur lundi.', 'l’arrestation du suspect', 17, 'a été confirmée par', 'confirmer', 'ministère de l’Intérieur'],
  ['Le décès du chanteur a été annoncé par sa famille sur les réseaux sociaux.', 'Le décès du chanteur', 0, 'a été annoncé par', 'annoncer', 'famille'],
];

describe('report in the passive with its agent', () => {
  it.each(CASES)('%s', (input, content, start, cue, lemma, source) => {
    expect(attributionsOf(input, E).map(flat)).toContainEqual({ kind: 'indirect', content, start, cue, lemma, source, canonical: expect.any(String) });
  });

  it.each([
    // Not a verb of saying in this sense, or an attack claimed.
    'Il a été condamné par le tribunal à cinq ans de prison.',
    'L’attaque a été revendiquée par l’État islamique.',
    // A pronoun subject says nothing of what was said.
    'Elle a été annoncée par le président.',
    // No agent, or a participle without its auxiliary.
    'La fermeture de l’usine a été annoncée mardi.',
    'Le plan annoncé par le gouvernement prévoit des coupes.',
  ])('finds no passive report in: %s', (input) => {
    expect(attributionsOf(input, E).map(flat).filter((a) => a.cue?.startsWith('a été') === true)).toEqual([]);
  });
});
