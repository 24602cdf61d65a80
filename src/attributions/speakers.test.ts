import { describe, expect, it } from 'vitest';
import { attributionsOf, flat, type EntitySpec } from './test-utils.js';

const E: EntitySpec[] = [
  ['Vladimir Poutine', 'PERSON'],
  ['Kim Jong-un', 'PERSON', 'Kim Jong Un'],
  ['Kim Kyou-hyun', 'PERSON'],
  ['Kremlin', 'ORGANIZATION'],
  ['Séoul', 'LOCATION', 'Séoul', 'city:KR:seoul'],
  ['Yoo Sang-bum', 'PERSON'],
];

// [input, source, canonical]
const CASES: [string, string, string][] = [
  ['Le président Vladimir Poutine et le dirigeant Kim Jong-un ont tenu un sommet au cours duquel ce dernier a déclaré que les liens étaient prioritaires.', 'ce dernier', 'Kim Jong Un'],
  ['Le Kremlin a indiqué qu’il y avait un potentiel. Bien qu’il ait affirmé que cela ne devait pas inquiéter, rien ne change.', 'il', 'Kremlin'],
  ['Selon Yoo Sang-bum, lorsque Kim Kyou-hyun a été interrogé, il a déclaré que des exercices étaient prévus.', 'il', 'Kim Kyou-hyun'],
  ['Séoul a déclaré que le Nord avait expédié des armes.', 'Séoul', 'Corée du Sud'],
  ['Le porte-parole du ministère, Kim Kyou-hyun, a déclaré que tout allait bien.', 'Kim Kyou-hyun', 'Kim Kyou-hyun'],
  ['Cela continue, selon le rapport, qui indique que les réunions ont eu lieu.', 'qui', 'rapport'],
];

describe('speakers', () => {
  it.each(CASES)('%s', (input, source, canonical) => {
    const got = attributionsOf(input, E).map(flat);
    expect(got.some((a) => a.source === source && a.canonical === canonical && a.kind !== 'according-to')).toBe(true);
  });

  it('gives no source to a quote whose speaker cannot be found', () => {
    const got = attributionsOf('« Tout va bien se passer demain matin », a répondu.', E);
    for (const a of got) expect(a.source).toBeNull();
  });
});
