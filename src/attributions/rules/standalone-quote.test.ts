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

  it('takes the speaker the next sentence names ("Ainsi s\'exprime X", "Voilà ce qu\'a déclaré X")', () => {
    const so = attributionsOf('« Nous avons tout perdu dans la crue. » Ainsi s’exprime Paul Morel, agriculteur.', [['Paul Morel', 'PERSON']]).map(flat);
    expect(so.map((a) => [a.content, a.cue, a.source])).toEqual([['Nous avons tout perdu dans la crue.', 's’exprime', 'Paul Morel']]);
    const what = attributionsOf('« Je ne regrette rien de tout cela. » Voilà ce qu’a déclaré l’accusé.').map(flat);
    expect(what.map((a) => [a.content, a.cue, a.source])).toEqual([['Je ne regrette rien de tout cela.', 'a déclaré', 'accusé']]);
    // Any other next sentence leaves the quotation alone.
    const other = attributionsOf('« Nous avons tout perdu dans la crue. » Ainsi va la vie.').map(flat);
    expect(other.map((a) => a.cue)).toEqual([null]);
  });
});
