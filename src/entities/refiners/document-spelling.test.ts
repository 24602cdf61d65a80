import { describe, expect, it } from 'vitest';
import { createExtractor, extractAttributions, extractEntities } from '../../index.js';
import type { Dictionary } from '../../types.js';

/** "text@start=canonical#id" for every PERSON. */
function persons(text: string, dictionaries?: Dictionary[]): string[] {
  const ents = dictionaries === undefined ? extractEntities(text) : extractEntities(text, { dictionaries });
  return ents.filter((e) => e.type === 'PERSON').map((e) => `${e.text}@${e.start}=${e.canonical}#${e.id ?? ''}`);
}

// [phenomenon, input, expected PERSON mentions]
const CASES: [string, string, string[]][] = [
  [
    'the document spelling of a built-in person wins, for every mention',
    'Sergueï Choïgu est arrivé. Choïgu a parlé.',
    ['Sergueï Choïgu@0=Sergueï Choïgu#person:serguei-choigou', 'Choïgu@27=Sergueï Choïgu#person:serguei-choigou'],
  ],
  [
    'another transliteration of the first name',
    'L’ambassadeur Alexander Matsegora a démenti. M. Matsegora a insisté.',
    ['Alexander Matsegora@14=Alexander Matsegora#person:alexandre-matsegora', 'Matsegora@48=Alexander Matsegora#person:alexandre-matsegora'],
  ],
  [
    'a surname met before the full name follows it too',
    'Matsegora a démenti. L’ambassadeur Alexander Matsegora a insisté.',
    ['Matsegora@0=Alexander Matsegora#person:alexandre-matsegora', 'Alexander Matsegora@35=Alexander Matsegora#person:alexandre-matsegora'],
  ],
  [
    'only the surname written: the dictionary name stays',
    'Poutine a parlé.',
    ['Poutine@0=Vladimir Poutine#person:vladimir-poutine'],
  ],
  [
    'the fullest written form wins (most name words)',
    'Vladimir Poutine a parlé. Vladimir Vladimirovitch Poutine a ri.',
    [
      'Vladimir Poutine@0=Vladimir Vladimirovitch Poutine#person:vladimir-poutine',
      'Vladimir Vladimirovitch Poutine@26=Vladimir Vladimirovitch Poutine#person:vladimir-poutine',
    ],
  ],
  [
    'a tie between written forms: the one the dictionary uses stays',
    'Iuri Ouchakov a parlé. Iouri Ouchakov a ri.',
    ['Iuri Ouchakov@0=Iouri Ouchakov#person:iouri-ouchakov', 'Iouri Ouchakov@23=Iouri Ouchakov#person:iouri-ouchakov'],
  ],
  [
    'a tie with no dictionary form: the first written one',
    'Sergei Shoigu a parlé. Sergey Shoigu a ri.',
    ['Sergei Shoigu@0=Sergei Shoigu#person:serguei-choigou', 'Sergey Shoigu@23=Sergei Shoigu#person:serguei-choigou'],
  ],
  [
    'the dictionary name written without its accents keeps the accented dictionary spelling',
    'Sergueï Choigou a parlé. Choigou a ri.',
    ['Sergueï Choigou@0=Sergueï Choïgou#person:serguei-choigou', 'Choigou@25=Sergueï Choïgou#person:serguei-choigou'],
  ],
  [
    'the accented dictionary name is kept for a name written without accents',
    'Viktor Orban a rencontré Donald Tusk. Orban a ri.',
    ['Viktor Orban@0=Viktor Orbán#person:viktor-orban', 'Donald Tusk@25=Donald Tusk#person:donald-tusk', 'Orban@38=Viktor Orbán#person:viktor-orban'],
  ],
  [
    'a name written with more accents than the dictionary is the more exact spelling',
    'Le président Recep Tayyip Erdoğan a parlé. Erdogan a ri.',
    ['Recep Tayyip Erdoğan@13=Recep Tayyip Erdoğan#person:recep-tayyip-erdogan', 'Erdogan@43=Recep Tayyip Erdoğan#person:recep-tayyip-erdogan'],
  ],
  [
    'a no-break hyphen is no accent: the dictionary spelling stays',
    'Le député Jean\u2011Luc Mélenchon a parlé.',
    ['Jean\u2011Luc Mélenchon@10=Jean-Luc Mélenchon#person:jean-luc-melenchon'],
  ],
  [
    'two persons keep their own names',
    'Sergei Lavrov et Sergueï Choïgou ont parlé. Lavrov a ri, Choïgou aussi.',
    [
      'Sergei Lavrov@0=Sergei Lavrov#person:serguei-lavrov',
      'Sergueï Choïgou@17=Sergueï Choïgou#person:serguei-choigou',
      'Lavrov@44=Sergei Lavrov#person:serguei-lavrov',
      'Choïgou@57=Sergueï Choïgou#person:serguei-choigou',
    ],
  ],
];

describe('document spelling of dictionary persons', () => {
  it.each(CASES)('%s', (_what, input, expected) => {
    expect(persons(input)).toEqual(expected);
  });

  it('a user dictionary entry keeps the user canonical', () => {
    const dictionaries: Dictionary[] = [{ name: 'mine', entries: [{ canonical: 'CHOÏGOU Sergueï', type: 'PERSON', aliases: ['Sergueï Choïgu'], id: 'mine:1' }] }];
    expect(persons('Sergueï Choïgu est arrivé.', dictionaries)).toEqual(['Sergueï Choïgu@0=CHOÏGOU Sergueï#mine:1']);
    const ex = createExtractor({ dictionaries });
    expect(ex.extractEntities('Sergueï Choïgu est arrivé.').map((e) => e.canonical)).toEqual(['CHOÏGOU Sergueï']);
  });

  it('attribution sources follow the entity canonical', () => {
    const [att] = extractAttributions('« Nous tiendrons », a déclaré Sergueï Choïgu.');
    expect(att?.source).toMatchObject({ text: 'Sergueï Choïgu', canonical: 'Sergueï Choïgu' });
  });
});

describe('document spelling: a name word split otherwise', () => {
  it.each([
    ['Le Premier ministre Abdelhamid Dbeibah a parlé. Dbeibah a ajouté.', 'Dbeibah', 'Abdelhamid Dbeibah'],
    ['Le Premier ministre Abdelhamid Dbeibah a parlé.', 'Abdelhamid Dbeibah', 'Abdelhamid Dbeibah'],
    // A hyphen or accents missing keep the dictionary's spelling.
    ['Shin Wonsik a parlé.', 'Shin Wonsik', 'Shin Won-sik'],
    ['Viktor Orban a parlé.', 'Viktor Orban', 'Viktor Orbán'],
  ])('%s: %s → %s', (input, surface, canonical) => {
    expect(extractEntities(input).find((e) => e.text === surface)?.canonical).toBe(canonical);
  });
});
