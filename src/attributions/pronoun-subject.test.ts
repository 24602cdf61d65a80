import { describe, expect, it } from 'vitest';
import { attributionsOf, flat, type EntitySpec } from './test-utils.js';

const E: EntitySpec[] = [
  ['Donald Trump', 'PERSON'],
  ['Mohammed ben Salmane', 'PERSON'],
  ['Maison Blanche', 'ORGANIZATION'],
  ['Verstappen', 'PERSON', 'Max Verstappen'],
  ['Piastri', 'PERSON', 'Oscar Piastri'],
  ['Horta N’Tam', 'PERSON'],
];

const sources = (text: string) => attributionsOf(text, E).map(flat).map((a) => [a.content, a.canonical]);

describe('"il" takes the subject, not a person named in an object or a complement', () => {
  it.each([
    // In the same sentence: the subject heading it, not the one received.
    [
      'Donald Trump a reçu mardi le prince Mohammed ben Salmane à la Maison Blanche, où il a annoncé la vente de F-35.',
      [['la vente de F-35', 'Donald Trump']],
    ],
    // In a later sentence: a person after "sur" does not take over from the last speaker.
    [
      'Verstappen a salué « une saison incroyable ». Le Néerlandais comptait 104 points de retard sur Piastri fin août. « J’aurais signé tout de suite », a-t-il confié.',
      [['une saison incroyable', 'Max Verstappen'], ['J’aurais signé tout de suite', 'Max Verstappen']],
    ],
    // A person heading a later sentence after a fronted adjunct still does.
    [
      'Verstappen a salué « une saison incroyable ». Le lendemain, le général Horta N’Tam a prêté serment. « La transition sera courte », a-t-il déclaré.',
      [['une saison incroyable', 'Max Verstappen'], ['La transition sera courte', 'Horta N’Tam']],
    ],
    // The only person of the sentence is still who "il" is.
    ['Le prince a reçu Donald Trump, qui a dit qu’il partirait.', [['il partirait', 'Donald Trump']]],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
});

describe('"le (nouveau) premier ministre" is the person named "à la tête du gouvernement"', () => {
  const P: EntitySpec[] = [['Petr Pavel', 'PERSON'], ['Andrej Babiš', 'PERSON'], ['mardi', 'DATE'], ['Ukraine', 'LOCATION']];
  const got = (text: string) => attributionsOf(text, P).map(flat).map((a) => [a.source, a.canonical]);
  it.each([
    [
      'Petr Pavel a nommé mardi Andrej Babiš à la tête du gouvernement. Le parti a gagné. Le nouveau premier ministre a dit vouloir aider l’Ukraine. « Pas une couronne », avait-il martelé.',
      [['nouveau premier ministre', 'Andrej Babiš'], ['il', 'Andrej Babiš']],
    ],
    // "à la tête de la délégation" is no government: the title falls back on the subject of the sentences before.
    [
      'Petr Pavel a envoyé mardi Andrej Babiš à la tête de la délégation. Le parti a gagné. Le premier ministre a dit vouloir aider l’Ukraine.',
      [['premier ministre', 'Petr Pavel']],
    ],
  ])('%s', (text, expected) => {
    expect(got(text)).toEqual(expected);
  });
});
