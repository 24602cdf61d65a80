import { describe, expect, it } from 'vitest';
import { attributionsOf, flat, type EntitySpec } from '../test-utils.js';

const E: EntitySpec[] = [
  ['Poutine', 'PERSON', 'Vladimir Poutine'],
  ['Corée du Nord', 'LOCATION'],
  ['Séoul', 'LOCATION', 'Séoul', 'city:KR:seoul'],
  ['Moscou', 'LOCATION', 'Moscou', 'city:RU:moscou'],
  ['Pyongyang', 'LOCATION', 'Pyongyang', 'city:KP:pyongyang'],
];

// [input, kind, content, start, cue, lemma, source, canonical]
const CASES: [string, string, string, number, string, string, string, string][] = [
  ['Poutine a félicité la Corée du Nord pour son « ferme soutien » à la guerre.', 'mixed', 'la Corée du Nord pour son « ferme soutien » à la guerre', 19, 'a félicité', 'féliciter', 'Poutine', 'Vladimir Poutine'],
  ['Séoul a accusé le Nord d’avoir expédié des armes à Moscou.', 'indirect', 'le Nord d’avoir expédié des armes à Moscou', 15, 'a accusé', 'accuser', 'Séoul', 'Corée du Sud'],
  ['Moscou et Pyongyang ont nié tout transfert d’armes mais se sont engagés à coopérer.', 'indirect', 'tout transfert d’armes', 28, 'ont nié', 'nier', 'Moscou et Pyongyang', 'Russie et Corée du Nord'],
  ['De hauts responsables américains se sont dits “profondément préoccupés” par les liens de Poutine, qui inquiètent.', 'mixed', '“profondément préoccupés” par les liens de Poutine', 46, 'se sont dits', 'se dire', 'hauts responsables américains', 'hauts responsables américains'],
];

describe('cue whose complement is the content', () => {
  it.each(CASES)('%s', (input, kind, content, start, cue, lemma, source, canonical) => {
    const got = attributionsOf(input, E).map(flat);
    expect(got).toContainEqual({ kind, content, start, cue, lemma, source, canonical });
  });
});
