import { describe, expect, it } from 'vitest';
import { attributionsOf, flat, type EntitySpec } from '../test-utils.js';

const E: EntitySpec[] = [['Trump', 'PERSON', 'Donald Trump'], ['Anne Roy', 'PERSON']];

const view = (text: string) => attributionsOf(text, E).map(flat).map((a) => [a.kind, a.content, a.cue, a.canonical]);

describe('", avant de qualifier X de « … »": a later act of saying by the same speaker', () => {
  it.each([
    // The first report ends before "avant de"; the second has the speaker of the first.
    [
      'Trump a estimé que son invité « ne savait rien » de l’opération, avant de qualifier le journaliste de personnage « très controversé ».',
      [
        ['mixed', 'son invité « ne savait rien » de l’opération', 'a estimé', 'Donald Trump'],
        ['mixed', 'le journaliste de personnage « très controversé »', 'qualifier', 'Donald Trump'],
      ],
    ],
    // After a main clause that reports nothing: its subject.
    ['Anne Roy a salué le vote, avant de dénoncer une « trahison » de la droite.', [['mixed', 'une « trahison » de la droite', 'dénoncer', 'Anne Roy']]],
    // An object without a quotation, a verb of saying of several senses, an act that is no saying: nothing more.
    ['Anne Roy a affirmé que le vote était acquis, avant de dénoncer la droite.', [['indirect', 'le vote était acquis', 'a affirmé', 'Anne Roy']]],
    ['Anne Roy a annoncé une hausse, avant de lancer une « opération spéciale ».', [['indirect', 'une hausse', 'a annoncé', 'Anne Roy']]],
    ['Anne Roy a affirmé que les travaux dureraient deux ans, avant de partir en vacances.', [['indirect', 'les travaux dureraient deux ans, avant de partir en vacances', 'a affirmé', 'Anne Roy']]],
  ])('%s', (text, expected) => {
    expect(view(text)).toEqual(expected);
  });
});

describe('", après avoir appelé X à …": an earlier act of saying by the main clause’s subject', () => {
  it.each([
    [
      'L’armée a mené des frappes sur quatre villages, après avoir appelé leurs habitants à évacuer, deux jours après la rencontre.',
      [['indirect', 'leurs habitants à évacuer', 'avoir appelé', 'armée']],
    ],
    ['Anne Roy a quitté la salle, après avoir dénoncé une « mascarade ».', [['mixed', 'une « mascarade »', 'avoir dénoncé', 'Anne Roy']]],
    // An object with no quotation and no call, a place after "appelé": nothing.
    ['Anne Roy a quitté la salle, après avoir annoncé sa démission.', []],
    ['Anne Roy a quitté la salle, après avoir appelé à Paris.', []],
  ])('%s', (text, expected) => {
    expect(view(text)).toEqual(expected);
  });
});
