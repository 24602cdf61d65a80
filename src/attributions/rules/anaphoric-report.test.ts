import { describe, expect, it } from 'vitest';
import { attributionsOf, flat, type EntitySpec } from '../test-utils.js';

const E: EntitySpec[] = [
  ['Agence centrale de presse coréenne', 'ORGANIZATION'],
  ['Newsweek', 'ORGANIZATION'],
];

// [input, content, start, cue, lemma, source]
const CASES: [string, string, number, string, string, string][] = [
  ['Narychkine a rencontré Ri Chang Dae. C’est ce qu’a rapporté l’Agence centrale de presse coréenne.', 'Narychkine a rencontré Ri Chang Dae', 0, 'a rapporté', 'rapporter', 'Agence centrale de presse coréenne'],
  ['Le Kremlin a envoyé son chef espion à Pyongyang. Newsweek a rapporté la nouvelle.', 'Le Kremlin a envoyé son chef espion à Pyongyang', 0, 'a rapporté', 'rapporter', 'Newsweek'],
];

describe('cue pointing back at the previous sentence', () => {
  it.each(CASES)('%s', (input, content, start, cue, lemma, source) => {
    const got = attributionsOf(input, E).map(flat);
    expect(got).toContainEqual({ kind: 'according-to', content, start, cue, lemma, source, canonical: source });
  });
});
