import { describe, expect, it } from 'vitest';
import { attributionsOf, flat, type EntitySpec } from '../test-utils.js';

const E: EntitySpec[] = [
  ['Iouri Ouchakov', 'PERSON'],
  ['Newsweek', 'ORGANIZATION'],
];

describe('cité par / citant', () => {
  it('copies the content of the main attribution, as according-to', () => {
    const text = 'Cela pourrait inclure un traité, a déclaré le conseiller du Kremlin, Iouri Ouchakov, cité par les agences de presse russes.';
    const got = attributionsOf(text, E).map(flat);
    expect(got).toEqual([
      { kind: 'indirect', content: 'Cela pourrait inclure un traité', start: 0, cue: 'a déclaré', lemma: 'déclarer', source: 'Iouri Ouchakov', canonical: 'Iouri Ouchakov' },
      { kind: 'according-to', content: 'Cela pourrait inclure un traité', start: 0, cue: 'cité par', lemma: 'cité par', source: 'agences de presse russes', canonical: 'agences de presse russes' },
    ]);
  });

  it('works with a participle before the main clause', () => {
    const text = 'Citant un collaborateur du Kremlin, les agences russes ont déclaré lundi que les dirigeants signeront des accords.';
    const got = attributionsOf(text, E).map(flat);
    expect(got).toContainEqual({ kind: 'according-to', content: 'les dirigeants signeront des accords', start: 77, cue: 'Citant', lemma: 'citer', source: 'collaborateur du Kremlin', canonical: 'collaborateur du Kremlin' });
    expect(got).toContainEqual({ kind: 'indirect', content: 'les dirigeants signeront des accords', start: 77, cue: 'ont déclaré', lemma: 'déclarer', source: 'agences russes', canonical: 'agences russes' });
  });

  it('is dropped without a main attribution in its sentence', () => {
    expect(attributionsOf('Il a lu un livre citant Victor Hugo.', E)).toEqual([]);
  });
});
