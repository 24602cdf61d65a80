import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../index.js';

// [input, expected PERSON spans as "text→canonical"]: each well-known surname of a hyphenated pair is a person of its own.
const CASES: [string, string[]][] = [
  ['Au Nicaragua, le couple Ortega-Murillo expulse vingt-huit opposants.', ['Ortega→Daniel Ortega', 'Murillo→Rosario Murillo']],
  ['Ortega-Murillo : la répression ne faiblit pas.', ['Ortega→Daniel Ortega', 'Murillo→Rosario Murillo']],
  ['Le tandem Poutine-Medvedev a gouverné la Russie.', ['Poutine→Vladimir Poutine', 'Medvedev→Dmitri Medvedev']],
  // A compound surname of one person stays one name: after a first name, or with a half that is no famous surname.
  ['Ana Ortega-Murillo, une avocate, a été arrêtée.', ['Ana Ortega-Murillo→Ana Ortega-Murillo']],
  ['Claude Lévi-Strauss a enseigné longtemps.', ['Claude Lévi-Strauss→Claude Lévi-Strauss']],
  ['Le cabinet Ortega-Durand a fermé.', []],
  ['Jean-Pierre Raffarin a parlé.', ['Jean-Pierre Raffarin→Jean-Pierre Raffarin']],
];

describe('person pairs joined by a hyphen', () => {
  it.each(CASES)('%s', (input, expected) => {
    const persons = extractEntities(input).filter((e) => e.type === 'PERSON');
    expect(persons.map((e) => `${e.text}→${e.canonical}`)).toEqual(expected);
    for (const e of persons) expect(input.slice(e.start, e.end)).toBe(e.text);
  });
});
