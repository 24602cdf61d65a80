import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../index.js';

// [input, expected LOCATION spans as "text→canonical"]: each country of a hyphenated pair is a place of its own.
const CASES: [string, string[]][] = [
  ['Israël-Iran : la tension monte encore.', ['Israël→Israël', 'Iran→Iran']],
  ['Le dialogue Inde-Pakistan reprend.', ['Inde→Inde', 'Pakistan→Pakistan']],
  ['Le sommet Etats-Unis-Chine est reporté.', ['Etats-Unis→États-Unis', 'Chine→Chine']],
  ['Kirghizstan-Tadjikistan : neuf mois après l’accord frontalier.', ['Kirghizstan→Kirghizistan', 'Tadjikistan→Tadjikistan']],
  ['La frontière Kirghizie-Ouzbékistan est rouverte.', ['Kirghizie→Kirghizistan', 'Ouzbékistan→Ouzbékistan']],
  // One place with a hyphen stays one.
  ['La Bosnie-Herzégovine vote dimanche.', ['Bosnie-Herzégovine→Bosnie-Herzégovine']],
  // Towns pair after a route noun ("le TGV", "les lignes"), not elsewhere ("Paris-Roubaix" is a race).
  ['Le TGV Marseille-Strasbourg est supprimé.', ['Marseille→Marseille', 'Strasbourg→Strasbourg']],
  ['Les lignes Lille-Amiens et Arras-Dunkerque sont coupées.', ['Lille→Lille', 'Amiens→Amiens', 'Arras→Arras', 'Dunkerque→Dunkerque']],
  ['Il a gagné Paris-Roubaix.', []],
];

describe('country pairs joined by a hyphen', () => {
  it.each(CASES)('%s', (input, expected) => {
    const places = extractEntities(input).filter((e) => e.type === 'LOCATION');
    expect(places.map((e) => `${e.text}→${e.canonical}`)).toEqual(expected);
    for (const e of places) expect(input.slice(e.start, e.end)).toBe(e.text);
  });
});
