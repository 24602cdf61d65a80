import { describe, expect, it } from 'vitest';
import { prepare } from '../text/prepare.js';
import { tokenize } from '../text/tokenize.js';
import { builtinAliasPaths, builtinCompiled, builtinDictionaries } from './builtins.js';
import { aliasPath, compileDictionaries, compileValid, formCount, formsOf, matchDictionaries, validateDictionary } from './dictionary.js';

const geo = {
  name: 'geo',
  entries: [
    { canonical: 'Corée du Nord', type: 'LOCATION', aliases: ['RPDC'], id: 'iso:KP' },
    { canonical: 'États-Unis', type: 'LOCATION', aliases: ['USA'], id: 'iso:US' },
    { canonical: 'OTAN', type: 'ORGANIZATION', aliases: ['Organisation du traité de l’Atlantique nord'] },
    { canonical: 'Kim Jong Un', type: 'PERSON' },
    { canonical: 'nord-coréen', type: 'NATIONALITY', aliases: ['nord-coréenne', 'nord-coréens'] },
    { canonical: 'Nord', type: 'LOCATION' },
  ],
};
const compiled = compileDictionaries([geo]);

function hits(text: string, sets = [compiled]) {
  const doc = prepare(text);
  return matchDictionaries(doc, sets).map((m) => {
    const a = doc.tokens[m.tokenStart];
    const b = doc.tokens[m.tokenEnd - 1];
    return [text.slice(a?.start, b?.end), a?.start, m.payload.canonical];
  });
}

describe('matchDictionaries', () => {
  it.each([
    ['la Corée du Nord a tiré', 'Corée du Nord', 3, 'Corée du Nord'],
    ['la COREE DU NORD a tiré', 'COREE DU NORD', 3, 'Corée du Nord'],
    ['les Etats-Unis', 'Etats-Unis', 4, 'États-Unis'],
    ['les Etats Unis', 'Etats Unis', 4, 'États-Unis'],
    ['l’Otan se réunit', 'Otan', 2, 'OTAN'],
    ["l'OTAN se réunit", 'OTAN', 2, 'OTAN'],
    ['par Kim Jong-un hier', 'Kim Jong-un', 4, 'Kim Jong Un'],
    ['par Kim Jong-Un hier', 'Kim Jong-Un', 4, 'Kim Jong Un'],
    ['le dirigeant nord-coréen', 'nord-coréen', 13, 'nord-coréen'],
    ['les Nord-Coréens', 'Nord-Coréens', 4, 'nord-coréen'],
    ["l'Organisation du traité de l'Atlantique nord", "Organisation du traité de l'Atlantique nord", 2, 'OTAN'],
  ])('%s → %s', (text, surface, start, canonical) => {
    expect(hits(text)).toContainEqual([surface, start, canonical]);
  });

  it.each([
    ['le vent du nord souffle'],
    ['la Corée\ndu Nord'],
    ['Corée du'],
  ])('finds no entity in %j', (text) => {
    expect(hits(text).filter(([, , c]) => c !== 'Nord')).toEqual([]);
    expect(hits(text).map(([s]) => s)).not.toContain('nord');
  });

  // Acronyms of two or three capitals are spelt letter by letter: written "Nis", "Usa" or "Map" the word is another one.
  it.each([
    ['le NIS a confirmé', [['NIS', 3, 'Service national du renseignement']]],
    ['arrivée de Nis hier', []],
    ['les USA et la RPDC', [['USA', 4, 'États-Unis'], ['RPDC', 14, 'Corée du Nord']]],
    ['Usa de son droit', []],
    ['la Rpdc a tiré', [['Rpdc', 3, 'Corée du Nord']]],
    ['L’OTAN et l’Otan', [['OTAN', 2, 'OTAN'], ['Otan', 12, 'OTAN']]],
  ])('a short acronym needs capitals: %s', (text, expected) => {
    const nis = compileDictionaries([{ name: 'nis', entries: [{ canonical: 'Service national du renseignement', type: 'ORGANIZATION', aliases: ['NIS'] }] }]);
    expect(hits(text, [compiled, nis])).toEqual(expected);
  });

  it('a title opening with its article needs its second word capitalised', () => {
    const press = compileDictionaries([{ name: 'p', entries: [{ canonical: 'Le Temps', type: 'ORGANIZATION' }, { canonical: 'Le Point', type: 'ORGANIZATION' }] }]);
    expect(hits('Le temps presse. Selon Le Temps, non. Le point de vue. Le Point a écrit.', [press])).toEqual([
      ['Le Temps', 23, 'Le Temps'],
      ['Le Point', 55, 'Le Point'],
    ]);
  });

  it('two forms of one alias that differ in case: the one asking less decides, in either order', () => {
    for (const aliases of [['Houthis', 'houthis'], ['houthis', 'Houthis']]) {
      const d = compileDictionaries([{ name: 'h', entries: [{ canonical: 'Houthis', type: 'ORGANIZATION', aliases }] }]);
      expect(hits('Les houthis et les Houthis ont tiré.', [d])).toEqual([
        ['houthis', 4, 'Houthis'],
        ['Houthis', 19, 'Houthis'],
      ]);
    }
  });

  it('ends a name before a lone dash', () => {
    expect(hits('à la Corée du Nord - le pays')).toEqual([['Corée du Nord', 5, 'Corée du Nord']]);
  });

  it('falls back to a shorter alias when the longer one needs a capital', () => {
    const mixed = compileDictionaries([
      { name: 'm', entries: [{ canonical: 'Monde arabe', type: 'LOCATION' }, { canonical: 'monde', type: 'CONCEPT' }] },
    ]);
    expect(hits('le monde arabe', [mixed])).toEqual([['monde', 3, 'monde']]);
    expect(hits('le Monde arabe', [mixed])).toEqual([['Monde arabe', 3, 'Monde arabe']]);
  });

  it('reads a name opened by a number with the case of the word after it, in the built-ins too', () => {
    const media = compileDictionaries([{ name: 'm', entries: [{ canonical: '60 Millions de consommateurs', type: 'ORGANIZATION' }] }]);
    expect(hits('selon 60 Millions de consommateurs, le prix', [media])).toEqual([['60 Millions de consommateurs', 6, '60 Millions de consommateurs']]);
    expect(hits('plus de 60 millions de consommateurs', [media])).toEqual([]);
    const doc = prepare('Il a confié à 20 Minutes son inquiétude.');
    expect(matchDictionaries(doc, [builtinCompiled()]).some((m) => m.payload.canonical === '20 Minutes')).toBe(true);
  });

  describe('an alias opening with a lower-case word and holding capitals after it', () => {
    const places = compileDictionaries([
      {
        name: 'p',
        entries: [
          { canonical: 'Beauvau', type: 'ORGANIZATION', aliases: ['place Beauvau'] },
          { canonical: 'mer de Chine méridionale', type: 'LOCATION' },
          { canonical: 'Département d’État', type: 'ORGANIZATION', aliases: ["département d'État"] },
        ],
      },
    ]);
    it.each([
      ['selon la place Beauvau, le', 'place Beauvau', 9, 'Beauvau'],
      ['Place Beauvau, on se tait', 'Place Beauvau', 0, 'Beauvau'],
      ['en mer de Chine méridionale', 'mer de Chine méridionale', 3, 'mer de Chine méridionale'],
      ['le département d’Etat a dit', 'département d’Etat', 3, 'Département d’État'],
    ])('%s → %s', (text, surface, start, canonical) => {
      expect(hits(text, [places])).toEqual([[surface, start, canonical]]);
    });
    it.each([['sur la place beauvau'], ['la mer de chine méridionale'], ['le département d’état civil']])('not in lower case: %s', (text) => {
      expect(hits(text, [places])).toEqual([]);
    });
    it('matches in the built-ins ("mer Noire", "île de la Réunion")', () => {
      expect(hits('en mer Noire et sur l’île de la Réunion', [builtinCompiled()]).map((h) => h[0])).toEqual(['mer Noire', 'île de la Réunion']);
    });
    // A brand whose first word opens in lower case with capitals inside ("beIN"): as written, or capitalised.
    it.each([
      ['diffusé sur beIN Sports ce soir', 'beIN Sports'],
      ['BeIN Sports diffusera le match', 'BeIN Sports'],
    ])('a brand with inner capitals: %s', (text, surface) => {
      expect(hits(text, [builtinCompiled()]).map((h) => h[0])).toEqual([surface]);
    });
    it('not a brand in lower case: "bein sports"', () => {
      expect(hits('sur bein sports ce soir', [builtinCompiled()])).toEqual([]);
    });
  });

  it('keeps the leftmost-longest match', () => {
    expect(hits('la Corée du Nord')).toEqual([['Corée du Nord', 3, 'Corée du Nord']]);
  });

  it('lets an earlier dictionary win on the same span', () => {
    const user = compileDictionaries([{ name: 'user', entries: [{ canonical: 'Organisation atlantique', type: 'ALLIANCE', aliases: ['OTAN'] }] }]);
    const doc = prepare("l'OTAN");
    const [m] = matchDictionaries(doc, [user, compiled]);
    expect(m?.payload.type).toBe('ALLIANCE');
    expect(m?.alternatives.map((p) => p.canonical)).toEqual(['OTAN']);
  });
});

describe('compileDictionaries: the person forms', () => {
  it('lists every PERSON form with its trie path, and nothing else', () => {
    const d = compileDictionaries([geo, { name: 'p', entries: [{ canonical: 'Ursula von der Leyen', type: 'PERSON', aliases: ['Von der Leyen'] }] }]);
    expect([...(d.persons ?? [])].map((f) => [f.path.join(' '), f.payload.canonical])).toEqual([
      ['kim jong un', 'Kim Jong Un'],
      ['ursula von der leyen', 'Ursula von der Leyen'],
      ['von der leyen', 'Ursula von der Leyen'],
    ]);
  });
});

describe('compileValid with lazy branches', () => {
  const dictionaries = [geo, { name: 'p', entries: [{ canonical: 'Ursula von der Leyen', type: 'PERSON', aliases: ['Von der Leyen'] }, { canonical: 'Corée', type: 'LOCATION' }] }];
  const paths = dictionaries.flatMap((d) => d.entries.flatMap((e) => [...new Set([e.canonical, ...(e.aliases ?? [])])].map((a) => aliasPath(a).join(' '))));
  const text = 'La Corée du Nord, les États-Unis et l’OTAN : Kim Jong Un, Ursula von der Leyen et un diplomate nord-coréen, au Nord.';

  it('finds the same hits as the eager trie, the same payloads first', () => {
    const eager = compileValid(dictionaries, 0, paths);
    const lazy = compileValid(dictionaries, 0, paths, true);
    expect(hits(text, [lazy])).toEqual(hits(text, [eager]));
    expect(hits(text, [lazy]).map((h) => h[2])).toEqual(['Corée du Nord', 'États-Unis', 'OTAN', 'Kim Jong Un', 'Ursula von der Leyen', 'nord-coréen', 'Nord']);
  });

  it('builds a branch only when its first word is looked up, and lists every person at once', () => {
    const lazy = compileValid(dictionaries, 0, paths, true);
    expect(lazy.size).toBe(eagerSize(dictionaries, paths));
    expect([...(lazy.root.next?.keys() ?? [])]).toEqual([]);
    expect([...(lazy.persons ?? [])].map((f) => f.path.join(' '))).toEqual(['kim jong un', 'ursula von der leyen', 'von der leyen']);
    hits('la Corée', [lazy]);
    expect([...(lazy.root.next?.keys() ?? [])]).toEqual(['coree']);
    expect(lazy.root.next?.get('coree')?.payloads?.map((p) => p.canonical)).toEqual(['Corée']);
  });

  it('counts the forms of formsOf without building them (repeated and canonical aliases once)', () => {
    const repeated = [{ name: 'r', entries: [{ canonical: 'OTAN', type: 'ORGANIZATION', aliases: ['OTAN', 'Otan', 'NATO', 'Otan'] }] }];
    expect(formCount(repeated)).toBe(3);
    for (const set of [dictionaries, repeated, builtinDictionaries()]) {
      expect(formCount(set)).toBe(set.reduce((n, d) => n + d.entries.reduce((m, e) => m + formsOf(e).length, 0), 0));
    }
  });

  function eagerSize(d: typeof dictionaries, p: string[]): number {
    return compileValid(d, 0, p).size;
  }
});

describe('validateDictionary', () => {
  it.each([
    [null, 'dictionary 0 must be an object'],
    [{ entries: [] }, 'field `name` must be a non-empty string'],
    [{ name: 'x', entries: {} }, 'dictionary "x": field `entries` must be an array'],
    [{ name: 'x', entries: [42] }, 'entry 0: field `entry` must be an object'],
    [{ name: 'x', entries: [{ type: 'WEAPON' }] }, 'entry 0: field `canonical` must be a non-empty string'],
    [{ name: 'x', entries: [{ canonical: 'KN-23', type: '' }] }, 'entry 0 ("KN-23"): field `type` must be a non-empty string, received an empty string'],
    [{ name: 'x', entries: [{ canonical: 'KN-23', type: 'W', aliases: 'KN23' }] }, 'field `aliases` must be an array of strings'],
    [{ name: 'x', entries: [{ canonical: 'KN-23', type: 'W', aliases: ['ok', 3] }] }, 'field `aliases[1]` must be a non-empty string'],
    [{ name: 'x', entries: [{ canonical: 'KN-23', type: 'W', colour: 'red' }] }, 'field `colour` must be one of'],
  ])('rejects %j', (input, message) => {
    expect(() => validateDictionary(input)).toThrow(TypeError);
    expect(() => validateDictionary(input)).toThrow(message);
  });

  it('rejects __proto__ keys without polluting Object.prototype', () => {
    const raw: unknown = JSON.parse('{"name":"x","entries":[{"canonical":"A","type":"T","__proto__":{"polluted":true}}]}');
    expect(() => validateDictionary(raw)).toThrow('field `__proto__`');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('copies only known fields', () => {
    const d = validateDictionary({ name: ' armes ', entries: [{ canonical: ' KN-23 ', type: 'WEAPON', aliases: [' KN23 '] }] });
    expect(d).toEqual({ name: 'armes', entries: [{ canonical: 'KN-23', type: 'WEAPON', aliases: ['KN23'] }] });
  });
});

describe('aliasPath: the trie path of an alias', () => {
  // Plain aliases skip the tokeniser; the path must be the one the tokeniser gives.
  const viaTokens = (alias: string) => tokenize(alias).flatMap((t) => (t.fold.includes('-') ? t.fold.split('-').filter((p) => p !== '') : [t.fold]));
  it.each([
    ['Corée du Nord', ['coree', 'du', 'nord']],
    ['États-Unis', ['etats', 'unis']],
    ['Agence France-Presse', ['agence', 'france', 'presse']],
    ["Quai d'Orsay", ['quai', "d'", 'orsay']],
    ['Kim Jong-il', ['kim', 'jong', 'il']],
    ['France 24', ['france', '24']],
    ['TotalEnergies', ['totalenergies']],
    ['Caucase du Sud', ['caucase', 'du', 'sud']],
  ])('%s', (alias, path) => {
    expect(aliasPath(alias)).toEqual(path);
    expect(aliasPath(alias)).toEqual(viaTokens(alias));
  });

  it('gives every built-in alias the path the tokeniser gives', () => {
    for (const d of builtinDictionaries()) {
      for (const e of d.entries) for (const a of [e.canonical, ...(e.aliases ?? [])]) expect(aliasPath(a)).toEqual(viaTokens(a));
    }
  });
});

describe('the built-in dictionaries compile from their build-time paths', () => {
  it('are valid as they are, so they skip validation', () => {
    builtinDictionaries().forEach((d, i) => expect(validateDictionary(d, i)).toEqual(d));
  });

  it('give the same trie from generated/alias-paths.ts as from tokenising every alias', () => {
    const dictionaries = builtinDictionaries();
    const paths = builtinAliasPaths(dictionaries);
    expect(paths).not.toBeNull();
    expect(compileValid(dictionaries, 7, paths)).toEqual(compileDictionaries(dictionaries, 7));
  });

  it('fall back to tokenising when the paths do not fit the entries (a stale file)', () => {
    const [first, ...rest] = builtinDictionaries();
    const grown = [{ name: 'extra', entries: [{ canonical: 'Zorglubie', type: 'LOCATION' }] }, ...(first === undefined ? [] : [first]), ...rest];
    expect(builtinAliasPaths(grown)).toBeNull();
  });
});
