import { describe, expect, it } from 'vitest';
import { entityNamed, found } from '../test-utils.js';

// [input, surface, start]: a name, then its age in apposition, is a person.
const POSITIVE: [string, string, number][] = [
  ['Dans le cortège, Eszter, 29 ans, infirmière à Debrecen, a crié.', 'Eszter', 17],
  ['Nusrat, 23 ans, étudiante en économie, ira voter.', 'Nusrat', 0],
  ['« C’est magique », confiait Gwenaëlle, 51 ans, venue de Rezé.', 'Gwenaëlle', 28],
  ['Le conducteur, Anatole Brizard (45 ans), a été placé en garde à vue.', 'Anatole Brizard', 15],
];

const NEGATIVE: [string, string][] = [
  // After a definite article, a thing that has an age: an aircraft, a festival.
  ['Le Rafale, 20 ans, vole encore.', 'Rafale'],
  ['Le Printemps de Bourges, 48 ans, s’ouvre mardi.', 'PERSON:Printemps'],
  // After a locative preposition, or years of a lapse of time: a place.
  ['À Tuchan, 30 ans après l’incendie, rien n’a changé.', 'PERSON:Tuchan'],
  ['Depuis Kourou, 50 ans de lancements ont eu lieu.', 'PERSON:Kourou'],
  ['Fabrezan, 20 ans de sécheresse ont ruiné les vignes.', 'PERSON:Fabrezan'],
  // No age unit after the number.
  ['Tikal, 30 kilomètres plus loin, est fermé.', 'PERSON:Tikal'],
];

describe('age apposition', () => {
  it.each(POSITIVE)('%s → %s', (input, surface, start) => {
    const e = entityNamed(input, surface);
    expect(e, found(input).join(' | ')).toBeDefined();
    expect(e?.type).toBe('PERSON');
    expect(e?.start).toBe(start);
    expect(e?.canonical).toBe(surface);
  });
  it.each(NEGATIVE)('%s: no person %s', (input, surface) => {
    expect(found(input).some((f) => f.includes(surface) && f.startsWith('PERSON'))).toBe(false);
  });
});
