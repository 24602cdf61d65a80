import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../index.js';

// [input, expected ORGANIZATION and LOCATION spans as "TYPE:text"]: an inquiry or expert body's name ends with the country it is about.
const CASES: [string, string[]][] = [
  ['Selon le Groupe d’experts des Nations unies sur le Nicaragua, 135 détenus ont été libérés.', ['ORGANIZATION:Groupe d’experts des Nations unies sur le Nicaragua']],
  ['La Commission d’enquête des Nations unies sur la Syrie a publié un rapport.', ['ORGANIZATION:Commission d’enquête des Nations unies sur la Syrie']],
  // "sur" after another body, or after a verb, is no part of the name.
  ['La Commission européenne a débattu sur la Syrie.', ['ORGANIZATION:Commission européenne', 'LOCATION:Syrie']],
  ['Le Groupe Renault mise sur la Chine.', ['ORGANIZATION:Groupe Renault', 'LOCATION:Chine']],
  ['La Commission européenne sur la Syrie reste divisée.', ['ORGANIZATION:Commission européenne', 'LOCATION:Syrie']],
];

describe('an inquiry body and the country it is about', () => {
  it.each(CASES)('%s', (input, expected) => {
    const found = extractEntities(input).filter((e) => e.type === 'ORGANIZATION' || e.type === 'LOCATION');
    expect(found.map((e) => `${e.type}:${e.text}`)).toEqual(expected);
  });
});
