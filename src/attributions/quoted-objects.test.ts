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
    ['Au Congrès, plusieurs parlementaires ont dénoncé un « chèque en blanc ».', [['mixed', 'un « chèque en blanc »', 'parlementaires', 'parlementaires']]],
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

describe('what stands between a verb and its object: a stressed pronoun, a part of the day; a range as a figure', () => {
  const P: EntitySpec[] = [['Confédération paysanne', 'ORGANIZATION'], ['Russie', 'LOCATION']];
  const kinds = (text: string) => attributionsOf(text, P).map(flat).map((a) => [a.kind, a.content, a.cue]);
  it.each([
    ['La Confédération paysanne réclame, elle, l’arrêt des abattages totaux.', [['indirect', 'l’arrêt des abattages totaux', 'réclame']]],
    ['Les éleveurs exigent, eux, la fin des abattages.', [['indirect', 'la fin des abattages', 'exigent']]],
    ['L’armée de l’air a fait état dans la nuit de 98 drones lancés par la Russie.', [['indirect', 'de 98 drones lancés par la Russie', 'a fait état']]],
    ['Le ministre a annoncé dans la matinée la fermeture des écoles.', [['indirect', 'la fermeture des écoles', 'a annoncé']]],
    ['Le gouvernement estime le coût des dégâts entre 6 et 7 milliards de dollars.', [['indirect', 'le coût des dégâts entre 6 et 7 milliards de dollars', 'estime']]],
    // "estimer" with no figure put on its object reports nothing; nor does "entre" without an amount.
    ['Le gouvernement estime les dégâts entre les deux villes.', []],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('a panel or a party called "formation" speaks; a cause named for an effect is reported', () => {
  const P: EntitySpec[] = [['CNIL', 'ORGANIZATION'], ['CNE', 'ORGANIZATION'], ['SNCF', 'ORGANIZATION']];
  const got = (text: string) => attributionsOf(text, P).map(flat).map((a) => [a.content, a.source]);
  it.each([
    [
      'Dans sa délibération, la formation restreinte de la CNIL, chargée des sanctions, relève que le site déposait des traceurs. « Quatre clics », ajoute-t-elle.',
      [['le site déposait des traceurs', 'formation restreinte de la CNIL'], ['Quatre clics', 'elle']],
    ],
    ['La formation a duré trois ans.', []],
    ['Le CNE a attribué la lenteur du comptage à une panne du système.', [['la lenteur du comptage à une panne du système', 'CNE']]],
    ['La SNCF a attribué les retards à des problèmes techniques.', [['les retards à des problèmes techniques', 'SNCF']]],
    // A contract or a prize given to someone is no cause.
    ['Le ministère a attribué le marché à une entreprise chinoise.', []],
  ])('%s', (text, expected) => {
    expect(got(text)).toEqual(expected);
  });
});
