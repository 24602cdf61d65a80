import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../index.js';
import { found } from '../test-utils.js';

// Institutional names read from their head: [input, surface, type].
const NAMES: [string, string, string][] = [
  // An unknown name of several words after "de" is read whole.
  ['Elle enseigne à l’université de Santa Catalina depuis 2019.', 'université de Santa Catalina', 'ORGANIZATION'],
  ['Le tribunal de Puerto Viejo a rendu son jugement.', 'tribunal de Puerto Viejo', 'ORGANIZATION'],
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
