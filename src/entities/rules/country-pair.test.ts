import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../index.js';

// [input, expected LOCATION spans as "text→canonical"]: each country of a hyphenated pair is a place of its own.
const CASES: [string, string[]][] = [
  ['Israël-Iran : la tension monte encore.', ['Israël→Israël', 'Iran→Iran']],
  ['Le dialogue Inde-Pakistan reprend.', ['Inde→Inde', 'Pakistan→Pakistan']],
  ['Le sommet Etats-Unis-Chine est reporté.', ['Etats-Unis→États-Unis', 'Chine→Chine']],
  ['Kirghizstan-Tadjikistan : neuf mois après l’accord frontalier.', ['Kirghizstan→Kirghizistan', 'Tadjikistan→Tadjikistan']],
  ['La frontière Kirghizie-Ouzbékistan est rouverte.', ['Kirghizie→Kirghizistan', 'Ouzbékistan→Ouzbékistan']],
  // One place with a hyphen stays one; cities are no pair of countries.
  ['La Bosnie-Herzégovine vote dimanche.', ['Bosnie-Herzégovine→Bosnie-Herzégovine']],
  ['Le TGV Marseille-Strasbourg est supprimé.', []],
];

describe('country pairs joined by a hyphen', () => {
  it.each(CASES)('%s', (input, expected) => {
    const places = extractEntities(input).filter((e) => e.type === 'LOCATION');
    expect(places.map((e) => `${e.text}→${e.canonical}`)).toEqual(expected);
    for (const e of places) expect(input.slice(e.start, e.end)).toBe(e.text);
  });
});
