import { describe, expect, it } from 'vitest';
import { attributionsOf, flat, type EntitySpec } from '../test-utils.js';

const E: EntitySpec[] = [
  ['Kremlin', 'ORGANIZATION'],
  ['Kiev', 'LOCATION', 'Ukraine'],
  ['ONG Vigie', 'ORGANIZATION'],
];

// [input, kind, content, start, cue, lemma, source, canonical]
const CASES: [string, string, string, number, string, string, string, string][] = [
  ['Le Kremlin, accusé par l’opposition de tirer les ficelles, a démenti.', 'indirect', 'de tirer les ficelles', 36, 'accusé', 'accuser', 'opposition', 'opposition'],
  ['Le général a été accusé par Kiev d’avoir bombardé la centrale.', 'indirect', 'd’avoir bombardé la centrale', 33, 'accusé', 'accuser', 'Kiev', 'Ukraine'],
  ['La société, soupçonnée par l’ONG Vigie d’avoir « maquillé » ses comptes, conteste.', 'mixed', 'd’avoir « maquillé » ses comptes', 39, 'soupçonnée', 'soupçonner', 'ONG Vigie', 'ONG Vigie'],
];

describe('passive accusation with its agent', () => {
  it.each(CASES)('%s', (input, kind, content, start, cue, lemma, source, canonical) => {
    expect(attributionsOf(input, E).map(flat)).toContainEqual({ kind, content, start, cue, lemma, source, canonical });
  });

  it.each([
    'Il a été accusé par erreur de vol.',
    'Le joueur, accusé par la suite, a quitté le club.',
  ])('finds no agent in: %s', (input) => {
    expect(attributionsOf(input, E).map(flat).filter((a) => a.cue === 'accusé')).toEqual([]);
  });
});
