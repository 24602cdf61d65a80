import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../index.js';
import { found } from '../test-utils.js';

// Institutional names read from their head: [input, surface, type].
const NAMES: [string, string, string][] = [
  // An unknown name of several words after "de" is read whole.
  ['Elle enseigne à l’université de Santa Catalina depuis 2019.', 'université de Santa Catalina', 'ORGANIZATION'],
  ['Le tribunal de Puerto Viejo a rendu son jugement.', 'tribunal de Puerto Viejo', 'ORGANIZATION'],
  // An adjective after a domain, then a capitalised complement.
  ['Selon l’Institut d’études océanographiques du Canada, la mer monte.', 'Institut d’études océanographiques du Canada', 'ORGANIZATION'],
  ['Un rapport de l’Office de recherche agronomique du Maroc le confirme.', 'Office de recherche agronomique du Maroc', 'ORGANIZATION'],
  // A first name and its surname after the complement are a person of their own.
  ['Le ministère de l’Intérieur Bruno Retailleau a répondu.', 'Bruno Retailleau', 'PERSON'],
];

describe('org-name', () => {
  it.each(NAMES)('%s → %s', (input, surface, type) => {
    const e = extractEntities(input).find((x) => x.text === surface);
    expect(e, found(input).join(' | ')).toBeDefined();
    expect(e?.start).toBe(input.indexOf(surface));
    expect(e?.type).toBe(type);
  });
});

// Names left in English with a head and its complement after "of", "for", "on": [input, surface].
const ENGLISH: [string, string][] = [
  ['Selon le Peterson Institute for International Economics, la croissance ralentit.', 'Peterson Institute for International Economics'],
  ['Un rapport du Council on Hemispheric Affairs le confirme.', 'Council on Hemispheric Affairs'],
  ['Le think tank Institute for the Study of Conflict a publié une carte.', 'Institute for the Study of Conflict'],
  ['Elle a étudié à la Kenyatta University of Agriculture and Technology, à Juja.', 'Kenyatta University of Agriculture and Technology'],
];

describe('org-foreign-head', () => {
  it.each(ENGLISH)('%s → %s', (input, surface) => {
    const e = extractEntities(input).find((x) => x.text === surface);
    expect(e, found(input).join(' | ')).toBeDefined();
    expect(e?.start).toBe(input.indexOf(surface));
    expect(e?.type).toBe('ORGANIZATION');
  });
});
