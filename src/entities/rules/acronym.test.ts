import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../index.js';

describe('acronym', () => {
  it.each([
    // Train services and products are no organisations; the companies that run them are.
    ['Le trafic des TER reprendra lundi en Bretagne.', 'TER'],
    ['Deux TGV sur trois circuleront, et le RER B restera fermé.', 'TGV'],
    // A common noun phrase and its usual acronym; the French VAT is no Quebec network.
    ['Le produit intérieur brut (PIB) a reculé de 0,3 %.', 'PIB'],
    ['Le produit intérieur brut (PIB) a reculé de 0,3 %.', 'produit intérieur brut'],
    ['La TVA sur l’électricité passera à 20 %.', 'TVA'],
  ])('%s: no entity on %s', (input, surface) => {
    expect(extractEntities(input).some((e) => e.text === surface)).toBe(false);
  });
  it('a network named by its announcer is still found', () => {
    expect(extractEntities('Il l’a dit à la chaîne TVA mardi.').find((e) => e.text === 'TVA')?.type).toBe('ORGANIZATION');
  });
  it('an unknown word in capitals is an organisation', () => {
    expect(extractEntities('Le syndicat FNSPA a appelé à la grève.').find((e) => e.text === 'FNSPA')?.type).toBe('ORGANIZATION');
  });
});

describe('acronym expansion read back by its initials', () => {
  it.each([
    ['Le groupe est parti tôt, a indiqué le peloton de gendarmerie de haute montagne (PGHM).', 'peloton de gendarmerie de haute montagne', 38],
    ['La cordée a été surprise, a précisé le Service départemental d’incendie et de secours (SDIS).', 'Service départemental d’incendie et de secours', 39],
  ])('never runs back over a verb: %s', (input, name, start) => {
    const orgs = extractEntities(input).filter((e) => e.type === 'ORGANIZATION' && e.start < input.indexOf('('));
    expect(orgs.map((e) => [e.text, e.start])).toEqual([[name, start]]);
  });
});
