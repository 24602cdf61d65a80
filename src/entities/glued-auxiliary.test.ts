import { describe, expect, it } from 'vitest';
import { extractEntities } from '../index.js';

/** "TYPE:text@start=canonical" for every entity but dates and nationalities. */
function names(text: string): string[] {
  return extractEntities(text)
    .filter((e) => e.type !== 'DATE' && e.type !== 'NATIONALITY')
    .map((e) => `${e.type}:${e.text}@${e.start}=${e.canonical}`);
}

// [phenomenon, input, expected names]
const GLUED: [string, string, string[]][] = [
  ['dictionary full name', 'Le président russe, Vladimir Poutinea félicité la Corée du Nord.', ['PERSON:Vladimir Poutine@20=Vladimir Poutine', 'LOCATION:Corée du Nord@50=Corée du Nord']],
  ['surname of a dictionary person', 'Hier, Poutinea déclaré que tout allait bien.', ['PERSON:Poutine@6=Vladimir Poutine']],
  ['dictionary organisation, adverb before the participle', 'Le Kremlina également démenti.', ['ORGANIZATION:Kremlin@3=Kremlin']],
  ['dictionary place', 'Selon nos informations, Pékina réagi vivement.', ['LOCATION:Pékin@24=Pékin']],
  ['two-letter stem ending a dictionary name', 'Kim Jong Una supervisé l’essai.', ['PERSON:Kim Jong Un@0=Kim Jong Un']],
  ['participle in -û', 'Le Premier ministre Michel Barnier a chuté. Barniera dû partir.', ['PERSON:Michel Barnier@20=Michel Barnier', 'PERSON:Barnier@44=Michel Barnier']],
  ['elided article glued after a dictionary name', 'L’axe entre Russie et la Corée du Nordl’Occident craint.', ['LOCATION:Russie@12=Russie', 'LOCATION:Corée du Nord@25=Corée du Nord', 'LOCATION:Occident@40=Occident']],
  ['elided pronoun glued after a dictionary surname', 'Le président Macronl’a dit.', ['PERSON:Macron@13=Emmanuel Macron']],
  ['name written elsewhere in the text', 'Le ministre Jean Dupontel est venu. Hier, Dupontela répondu.', ['PERSON:Jean Dupontel@12=Jean Dupontel', 'PERSON:Dupontel@42=Jean Dupontel']],
];

// [phenomenon, input, a surface that must not be an entity]
const NOT_GLUED: [string, string, string][] = [
  ['the whole word is a dictionary name', 'Le Kenya uni a voté.', 'Keny'],
  ['the whole word is a dictionary name', 'Hier, Ankara irrité a protesté.', 'Ankar'],
  ['unknown stem', 'Hier, Samantha déçue est partie.', 'Samanth'],
  ['unknown stem', 'Hier, Roma battue a protesté.', 'Rom'],
  ['a separate auxiliary', 'Hier, Roma a été battue.', 'Rom'],
  ['no participle after it', 'Hier, Pékina dans la nuit.', 'Pékin'],
  ['no participle after it', 'La Sofia lundi dernier, Poutinea qui part.', 'Poutine'],
  ['a conditional is no participle', 'Hier, Poutinea pourrait venir.', 'Poutine'],
  ['"que" is no participle', 'Il a parlé à l’agence Apa que rien ne change.', 'Ap'],
  ['a common word', 'Cela pourrait changer. Cela fait peur.', 'Cel'],
  ['an apostrophe with a space after it', 'Hier, Dupontel’ a parlé.', 'Dupontel'.slice(0, -1)],
  ['unknown stem before an elision', 'Hier, le Texasl’a dit.', 'Texa'],
];

describe('glued auxiliary "a" after a name', () => {
  it.each(GLUED)('%s: %s', (_what, input, expected) => {
    const got = names(input);
    expect(got).toEqual(expected);
    for (const e of extractEntities(input)) expect(e.text).toBe(input.slice(e.start, e.end));
  });
  it.each(NOT_GLUED)('%s: %s', (_what, input, surface) => {
    expect(extractEntities(input).map((e) => e.text)).not.toContain(surface);
  });
  it('keeps the whole word when it is a dictionary name', () => {
    expect(names('Le Kenya uni a voté.')).toContain('LOCATION:Kenya@3=Kenya');
  });
});
