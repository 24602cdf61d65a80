import { describe, expect, it } from 'vitest';
import { found } from '../test-utils.js';

// A département's service by its acronym and the département's number: one ORGANIZATION. [input, "TYPE:text@start"]
const BODIES: [string, string][] = [
  ['Le Sdis 11 a mobilisé 300 pompiers.', 'ORGANIZATION:Sdis 11@3'],
  ['Le SDIS 33 est intervenu dans la nuit.', 'ORGANIZATION:SDIS 33@3'],
  ['Le Samu 31 a été appelé.', 'ORGANIZATION:Samu 31@3'],
  ['Selon la DDTM 11, la route est coupée.', 'ORGANIZATION:DDTM 11@9'],
  ['Le SDIS 2A a envoyé deux Canadair.', 'ORGANIZATION:SDIS 2A@3'],
];

// No département's number after it: the acronym alone, or nothing. [input, surface that must not be found]
const NOT_BODIES: [string, string][] = [
  ['Le Samu a reçu 12 appels.', 'Samu a'],
  ['Le SDIS a 200 véhicules.', 'SDIS a'],
  ['Le Samu 99 n’existe pas.', 'Samu 99'],
  ['Le sdis 11 est écrit en minuscules.', 'sdis 11'],
];

describe('departmental bodies', () => {
  it.each(BODIES)('%s → %s', (input, expected) => {
    expect(found(input)).toContain(expected);
  });
  it.each(NOT_BODIES)('%s: no entity %s', (input, surface) => {
    expect(found(input).some((e) => e.includes(`:${surface}@`))).toBe(false);
  });
});
