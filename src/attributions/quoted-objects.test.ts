import { describe, expect, it } from 'vitest';
import { attributionsOf, flat, type EntitySpec } from './test-utils.js';

const E: EntitySpec[] = [
  ['Union européenne', 'ORGANIZATION'],
  ['Zak Brown', 'PERSON'],
  ['McLaren', 'ORGANIZATION'],
  ['Congrès', 'ORGANIZATION'],
  ['Mohammed ben Salmane', 'PERSON'],
  ['Donald Trump', 'PERSON'],
];

const view = (text: string) => attributionsOf(text, E).map(flat).map((a) => [a.kind, a.content, a.source, a.canonical]);

describe('lawmakers, missions and princes speak', () => {
  it.each([
    ['Au Congrès, plusieurs parlementaires ont dénoncé un « chèque en blanc ».', [['mixed', 'un « chèque en blanc »', 'plusieurs parlementaires', 'plusieurs parlementaires']]],
    [
      'La mission d’observation électorale de l’Union européenne a jugé le scrutin « globalement pacifique ».',
      [['mixed', 'le scrutin « globalement pacifique »', 'mission d’observation électorale de l’Union européenne', 'mission d’observation électorale de l’Union européenne']],
    ],
    [
      'Donald Trump a reçu le prince héritier Mohammed ben Salmane. Le prince héritier a promis de porter à « près de 1 000 milliards » les investissements.',
      [['mixed', 'de porter à « près de 1 000 milliards » les investissements', 'prince héritier', 'Mohammed ben Salmane']],
    ],
    // A mission in its other sense, without a quotation, reports nothing.
    ['La mission a permis de sauver trois otages.', []],
  ])('%s', (text, expected) => {
    expect(view(text)).toEqual(expected);
  });
});

describe('a finding or a word "parler de" in quotation marks is what was said', () => {
  it.each([
    [
      'La mission d’observation de l’Union européenne a salué le scrutin, tout en relevant des « lenteurs injustifiées ».',
      [['mixed', 'des « lenteurs injustifiées »', 'mission d’observation de l’Union européenne', 'mission d’observation de l’Union européenne']],
    ],
    ['Le maire a constaté une « nette dégradation » des comptes.', [['mixed', 'une « nette dégradation » des comptes', 'maire', 'maire']]],
    ['Le directeur de McLaren, Zak Brown, a parlé d’un «jour historique» pour l’écurie.', [['mixed', 'd’un «jour historique» pour l’écurie', 'Zak Brown', 'Zak Brown']]],
    // Without a quotation: a finding of traces, talking about one's family report nothing.
    ['La police a relevé des traces de pas.', []],
    ['Zak Brown a parlé de sa famille.', []],
  ])('%s', (text, expected) => {
    expect(view(text)).toEqual(expected);
  });
});

describe('a gerund after a main clause that reports nothing takes its subject', () => {
  it.each([
    ['Zak Brown a salué la saison, tout en relevant des « erreurs évitables ».', [['mixed', 'des « erreurs évitables »', 'Zak Brown', 'Zak Brown']]],
    ['McLaren a fêté le titre, en dénonçant un « acharnement » des commissaires.', [['mixed', 'un « acharnement » des commissaires', 'McLaren', 'McLaren']]],
    // A "que" between: the gerund belongs to the report, whose speaker it keeps.
    [
      'Zak Brown a estimé que McLaren avait gagné, tout en relevant des « erreurs évitables ».',
      [['indirect', 'McLaren avait gagné', 'Zak Brown', 'Zak Brown'], ['mixed', 'des « erreurs évitables »', 'Zak Brown', 'Zak Brown']],
    ],
  ])('%s', (text, expected) => {
    expect(view(text)).toEqual(expected);
  });
});
