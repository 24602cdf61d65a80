import { describe, expect, it } from 'vitest';
import { attributionsOf, flat, type EntitySpec } from '../test-utils.js';

const E: EntitySpec[] = [
  ['Marie Lefèvre', 'PERSON'],
  ['Paolo Rinaldi', 'PERSON'],
  ['Lefèvre', 'PERSON', 'Marie Lefèvre'],
];

// [text, content, start, source, canonical]: the headline quote, direct, without a cue.
const CASES: [string, string, number, string | null, string | null][] = [
  // A quote opening the headline before a colon, said again in the body.
  [
    '« Nous tiendrons bon » : les éleveurs bloquent le port\n\nBrest, 3 juin (AFP) - « Nous tiendrons bon, quoi qu’il arrive », a déclaré Marie Lefèvre devant la foule.',
    'Nous tiendrons bon', 2, 'Marie Lefèvre', 'Marie Lefèvre',
  ],
  // After a comma at the end of the headline, the body quote holding the same words (and more).
  [
    'Cyclisme : Rinaldi gagne au sommet, “la plus belle victoire de ma vie”\n\nAnnecy, 9 juillet (AFP) - “C’est la plus belle victoire de toute ma vie”, a lancé Paolo Rinaldi à l’arrivée.',
    'la plus belle victoire de ma vie', 37, 'Paolo Rinaldi', 'Paolo Rinaldi',
  ],
  // No body quote with the same words: no speaker, the quote is still returned.
  ['Inondations : « on a tout perdu »\n\nNîmes, 2 mai (AFP) - Les pluies ont cessé.', 'on a tout perdu', 16, null, null],
];

describe('headline quote', () => {
  it.each(CASES)('%s', (text, content, start, source, canonical) => {
    const got = attributionsOf(text, E).map(flat).find((a) => a.start === start);
    expect(got).toEqual({ kind: 'direct', content, start, cue: null, lemma: null, source, canonical });
  });

  it('leaves a one-word scare quote and a quote with a cue of its own', () => {
    const got = attributionsOf('Grève : le « blocage » continue, Lefèvre dénonce une « trahison »\n\nParis (AFP) - Rien.', E).map(flat);
    expect(got).toEqual([{ kind: 'mixed', content: 'une « trahison »', start: 49, cue: 'dénonce', lemma: 'dénoncer', source: 'Lefèvre', canonical: 'Marie Lefèvre' }]);
  });
});
