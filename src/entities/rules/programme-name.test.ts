import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../index.js';

describe('programme-name', () => {
  it.each([
    ['Le site a été financé par le plan France 2030, selon le ministère.', 'France'],
    ['Le programme Horizon 2020 a soutenu le laboratoire.', 'Horizon'],
    ['La stratégie Europe 2020 a échoué.', 'Europe'],
  ])('a programme named by a name and a year is no entity, nor anything inside it: %s', (input, name) => {
    const found = extractEntities(input);
    expect(found.some((e) => e.text === name || e.text === name + ' 20' || /^20\d\d$/u.test(e.text))).toBe(false);
  });
  it('a place and a year without a programme noun stay what they are', () => {
    const found = extractEntities('Le sommet de France 2030 aura lieu à Lyon.').map((e) => `${e.type}:${e.text}`);
    expect(found).toContain('LOCATION:Lyon');
    expect(extractEntities('La France a prévu 2030 comme échéance.').map((e) => e.type)).toContain('LOCATION');
  });
});
