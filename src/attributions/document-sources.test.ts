import { describe, expect, it } from 'vitest';
import { attributionsOf, flat, type EntitySpec } from './test-utils.js';

const E: EntitySpec[] = [
  ['Commission européenne', 'ORGANIZATION'],
  ['Conseil national électoral', 'ORGANIZATION'],
  ['CNE', 'ORGANIZATION', 'Conseil national électoral'],
  ['Cour des comptes', 'ORGANIZATION'],
  ['ONU', 'ORGANIZATION', 'Organisation des Nations unies'],
  ['Paul Durand', 'PERSON'],
  ['janvier', 'DATE'],
  ['février', 'DATE'],
];

const view = (text: string) => attributionsOf(text, E).map(flat).map((a) => [a.kind, a.content, a.canonical]);

describe('the author of an audit or of the latest results after "selon … publié par"', () => {
  it.each([
    ['Selon un audit publié en 2021 par la Commission européenne, le groupe restait contrôlé.', [['according-to', 'le groupe restait contrôlé', 'Commission européenne']]],
    ['Selon les derniers résultats publiés par le Conseil national électoral, le candidat recueillait 40,3 % des suffrages.', [['according-to', 'le candidat recueillait 40,3 % des suffrages', 'Conseil national électoral']]],
    ['Selon le dernier rapport publié par l’ONU, la faim progresse.', [['according-to', 'la faim progresse', 'Organisation des Nations unies']]],
  ])('%s', (text, expected) => {
    expect(view(text)).toEqual(expected);
  });
});

describe('a present participle in apposition to the source of "selon" is no part of the content', () => {
  it.each([
    [
      'Selon les résultats publiés par le Conseil national électoral (CNE), portant sur 88,6 % des procès-verbaux, le candidat recueillait 40,3 % des suffrages.',
      [['according-to', 'le candidat recueillait 40,3 % des suffrages', 'Conseil national électoral']],
    ],
    ['Selon la Cour des comptes, tablant sur des données de 2023, le coût a doublé.', [['according-to', 'le coût a doublé', 'Cour des comptes']]],
    // "pendant" is a preposition: the clause keeps it.
    ['Selon la Cour des comptes, pendant la crise, le coût a doublé.', [['according-to', 'pendant la crise, le coût a doublé', 'Cour des comptes']]],
  ])('%s', (text, expected) => {
    expect(view(text)).toEqual(expected);
  });
});

describe('a month between an inverted cue and its speaker', () => {
  it.each([
    ['« La maîtrise des coûts n’est pas acquise », avait averti en janvier la Cour des comptes.', [['direct', 'La maîtrise des coûts n’est pas acquise', 'Cour des comptes']]],
    ['« Nous partirons », a déclaré en février Paul Durand.', [['direct', 'Nous partirons', 'Paul Durand']]],
    // A month is no infinitive after a cue: the infinitive that follows is.
    ['Paul Durand a promis en février de partir.', [['indirect', 'de partir', 'Paul Durand']]],
  ])('%s', (text, expected) => {
    expect(view(text)).toEqual(expected);
  });
});
