import { describe, expect, it } from 'vitest';
import { attributionsOf, flat } from '../test-utils.js';

describe('quotation without a cue', () => {
  it('is direct speech with no speaker when none can be found', () => {
    const got = attributionsOf('Le débat continue.\n\n« Nous ne reculerons devant rien, jamais. »').map(flat);
    expect(got).toEqual([{ kind: 'direct', content: 'Nous ne reculerons devant rien, jamais.', start: 22, cue: null, lemma: null, source: null, canonical: null }]);
  });

  it('takes the speaker of the attribution just before', () => {
    const got = attributionsOf('Le ministre Jean Dupont a déclaré que la réforme passera. « Nous irons jusqu’au bout de ce projet. »', [['Jean Dupont', 'PERSON']]).map(flat);
    expect(got[1]).toMatchObject({ kind: 'direct', content: 'Nous irons jusqu’au bout de ce projet.', cue: null, source: 'Jean Dupont', canonical: 'Jean Dupont' });
  });
});
