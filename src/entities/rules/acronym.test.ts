import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../index.js';

describe('acronym', () => {
  it.each([
    // Train services and products are no organisations; the companies that run them are.
    ['Le trafic des TER reprendra lundi en Bretagne.', 'TER'],
    ['Deux TGV sur trois circuleront, et le RER B restera fermé.', 'TGV'],
  ])('%s: no entity on %s', (input, surface) => {
    expect(extractEntities(input).some((e) => e.text === surface)).toBe(false);
  });
  it('an unknown word in capitals is an organisation', () => {
    expect(extractEntities('Le syndicat FNSPA a appelé à la grève.').find((e) => e.text === 'FNSPA')?.type).toBe('ORGANIZATION');
  });
});
