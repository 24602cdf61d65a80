import { describe, expect, it } from 'vitest';
import { found } from '../test-utils.js';

// A stock index is no entity, and nothing inside it is one. [input, word that must be in no entity]
const INDICES: [string, string][] = [
  ['Hermès est la première capitalisation du CAC 40, loin devant LVMH.', 'CAC'],
  ['Le S&P 500 a gagné 1,5 % mardi.', 'S&P'],
  ['L’Euro Stoxx 50 et le Stoxx 600 progressent.', 'Stoxx'],
  ['Le Dow Jones a cédé 1 % à Wall Street.', 'Dow'],
  ['Le Nikkei 225 a chuté de 3 %.', 'Nikkei'],
  ['Le SBF 120 recule, le Hang Seng aussi.', 'Seng'],
];

// The companies and newspapers behind the names stay entities. [input, expected "TYPE:text@start"]
const NOT_INDICES: [string, string][] = [
  ['S&P a dégradé la note de la France.', 'ORGANIZATION:S&P@0'],
  ['Hermès est la première capitalisation du CAC 40, loin devant LVMH.', 'ORGANIZATION:LVMH@61'],
  ['Selon le quotidien Nikkei, Toyota va investir.', 'ORGANIZATION:Nikkei@19'],
];

describe('stock indices', () => {
  it.each(INDICES)('%s: no entity on %s', (input, word) => {
    expect(found(input).filter((e) => e.includes(word))).toEqual([]);
  });
  it.each(NOT_INDICES)('%s → %s', (input, expected) => {
    expect(found(input)).toContain(expected);
  });
});
