import { describe, expect, it } from 'vitest';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { TokenKind } from '../types.js';
import { foldKey, keyOf } from './normalize.js';
import { gluedWordBreaks, tokenize } from './tokenize.js';

/** [text, start, kind] for every token; `end` is checked through the slice rule. */
type T = [text: string, start: number, kind: TokenKind];

function toks(input: string): T[] {
  return tokenize(input).map((t) => {
    expect(input.slice(t.start, t.end)).toBe(t.text);
    return [t.text, t.start, t.kind];
  });
}

/** The token whose text is `text` (first one). */
function tok(input: string, text: string) {
  const found = tokenize(input).find((t) => t.text === text);
  if (found === undefined) throw new Error(`no token ${JSON.stringify(text)} in ${JSON.stringify(input)}: ${tokenize(input).map((t) => t.text).join('|')}`);
  return found;
}

describe('tokenize: elisions', () => {
  it.each<[string, T[]]>([
    ["l'agence", [["l'", 0, 'elision'], ['agence', 2, 'word']]],
    ['l’agence', [['l’', 0, 'elision'], ['agence', 2, 'word']]],
    ["d'un", [["d'", 0, 'elision'], ['un', 2, 'word']]],
    ['d’Etat', [['d’', 0, 'elision'], ['Etat', 2, 'word']]],
    ["j'ai", [["j'", 0, 'elision'], ['ai', 2, 'word']]],
    ['m’a', [['m’', 0, 'elision'], ['a', 2, 'word']]],
    ["n'est", [["n'", 0, 'elision'], ['est', 2, 'word']]],
    ["s'il", [["s'", 0, 'elision'], ['il', 2, 'word']]],
    ['t’es', [['t’', 0, 'elision'], ['es', 2, 'word']]],
    ["c'est", [["c'", 0, 'elision'], ['est', 2, 'word']]],
    ["qu'il", [["qu'", 0, 'elision'], ['il', 3, 'word']]],
    ['qu’elle', [['qu’', 0, 'elision'], ['elle', 3, 'word']]],
    ["jusqu'à", [["jusqu'", 0, 'elision'], ['à', 6, 'word']]],
    ['jusqu’au', [['jusqu’', 0, 'elision'], ['au', 6, 'word']]],
    ["lorsqu'il", [["lorsqu'", 0, 'elision'], ['il', 7, 'word']]],
    ['puisqu’on', [['puisqu’', 0, 'elision'], ['on', 7, 'word']]],
    ["quoiqu'elle", [["quoiqu'", 0, 'elision'], ['elle', 7, 'word']]],
    ["L'Élysée", [["L'", 0, 'elision'], ['Élysée', 2, 'word']]],
    ['l´agence', [['l´', 0, 'elision'], ['agence', 2, 'word']]],
    // Before a number in digits.
    ["près d'1h30", [['près', 0, 'word'], ["d'", 5, 'elision'], ['1h30', 7, 'word']]],
    ['d’1,5 million', [['d’', 0, 'elision'], ['1,5', 2, 'number'], ['million', 6, 'word']]],
    // Before an opening quotation mark glued to it.
    ["d'«une»", [["d'", 0, 'elision'], ['«', 2, 'quote'], ['une', 3, 'word'], ['»', 6, 'quote']]],
    ['l’“ennemi”', [['l’', 0, 'elision'], ['“', 2, 'quote'], ['ennemi', 3, 'word'], ['”', 9, 'quote']]],
    ["qu'1 %", [["qu'", 0, 'elision'], ['1', 3, 'number'], ['%', 5, 'symbol']]],
    ["dit qu'il", [['dit', 0, 'word'], ["qu'", 4, 'elision'], ['il', 7, 'word']]],
    // "c'" before an h, and a word ending in c before an elided h, stay apart from the Breton "c'h".
    ["c'hier", [["c'", 0, 'elision'], ['hier', 2, 'word']]],
    ["qu'hier", [["qu'", 0, 'elision'], ['hier', 3, 'word']]],
    ["lorsqu’Hélène", [['lorsqu’', 0, 'elision'], ['Hélène', 7, 'word']]],
  ])('%j', (input, expected) => {
    expect(toks(input)).toEqual(expected);
  });

  it.each<[string, T[]]>([
    ["aujourd'hui", [["aujourd'hui", 0, 'word']]],
    ['aujourd’hui', [['aujourd’hui', 0, 'word']]],
    ["d'aujourd'hui", [["d'", 0, 'elision'], ["aujourd'hui", 2, 'word']]],
    ["quelqu'un", [["quelqu'un", 0, 'word']]],
    ["presqu'île", [["presqu'île", 0, 'word']]],
    ["O'Brien", [["O'Brien", 0, 'word']]],
    // The Breton digraph "c'h" is a letter of the name.
    ['Armel Le Cléac’h', [['Armel', 0, 'word'], ['Le', 6, 'word'], ['Cléac’h', 9, 'word']]],
    ["Cléac'h,", [["Cléac'h", 0, 'word'], [',', 7, 'punct']]],
    ["Kerc'hoas", [["Kerc'hoas", 0, 'word']]],
    ['PENMARC’H', [['PENMARC’H', 0, 'word']]],
    ["d'Armel Le Cléac'h", [["d'", 0, 'elision'], ['Armel', 2, 'word'], ['Le', 8, 'word'], ["Cléac'h", 11, 'word']]],
    // No letter after the apostrophe: no elision.
    ["l' agence", [['l', 0, 'word'], ["'", 1, 'punct'], ['agence', 3, 'word']]],
  ])('keeps %j', (input, expected) => {
    expect(toks(input)).toEqual(expected);
  });

  it.each([
    ['l’agence', "l'"],
    ["L'agence", "l'"],
    ['Jusqu’à', "jusqu'"],
    ['l´agence', "l'"],
  ])('%s: elision key %s', (input, key) => {
    expect(tokenize(input)[0]?.key).toBe(key);
  });
});

describe('tokenize: clitic inversion', () => {
  it.each<[string, T[]]>([
    ['a-t-il', [['a', 0, 'word'], ['-t-il', 1, 'clitic']]],
    ['a-t-elle', [['a', 0, 'word'], ['-t-elle', 1, 'clitic']]],
    ['dit-elle', [['dit', 0, 'word'], ['-elle', 3, 'clitic']]],
    ['affirme-t-on', [['affirme', 0, 'word'], ['-t-on', 7, 'clitic']]],
    ['ont-ils', [['ont', 0, 'word'], ['-ils', 3, 'clitic']]],
    ['peut-on', [['peut', 0, 'word'], ['-on', 4, 'clitic']]],
    ['« Non », a-t-il ajouté', [['«', 0, 'quote'], ['Non', 2, 'word'], ['»', 6, 'quote'], [',', 7, 'punct'], ['a', 9, 'word'], ['-t-il', 10, 'clitic'], ['ajouté', 16, 'word']]],
    // Capitalised verb at the start of a sentence.
    ['Dit-il.', [['Dit', 0, 'word'], ['-il', 3, 'clitic'], ['.', 6, 'punct']]],
    ['Non. A-t-elle dit', [['Non', 0, 'word'], ['.', 3, 'punct'], ['A', 5, 'word'], ['-t-elle', 6, 'clitic'], ['dit', 14, 'word']]],
    ['« Faut-il', [['«', 0, 'quote'], ['Faut', 2, 'word'], ['-il', 6, 'clitic']]],
  ])('%j', (input, expected) => {
    expect(toks(input)).toEqual(expected);
  });

  it.each<[string, T[]]>([
    ['Kim Jong-il', [['Kim', 0, 'word'], ['Jong-il', 4, 'word']]],
    ['Jong-il', [['Jong-il', 0, 'word']]],
    ['le dirigeant Jong-il', [['le', 0, 'word'], ['dirigeant', 3, 'word'], ['Jong-il', 13, 'word']]],
    ['(Jong-il)', [['(', 0, 'punct'], ['Jong-il', 1, 'word'], [')', 8, 'punct']]],
    ['va-t-en', [['va-t-en', 0, 'word']]],
    ['peut-être', [['peut-être', 0, 'word']]],
    ['est-ce', [['est-ce', 0, 'word']]],
  ])('keeps %j', (input, expected) => {
    expect(toks(input)).toEqual(expected);
  });

  it('clitic keys', () => {
    expect(tok('a-t-il', '-t-il').key).toBe('-t-il');
    expect(tok('dit-elle', '-elle').key).toBe('-elle');
  });
});

describe('tokenize: hyphenated words', () => {
  it.each<[string, T[]]>([
    ['nord-coréen', [['nord-coréen', 0, 'word']]],
    ['Saint-Pétersbourg', [['Saint-Pétersbourg', 0, 'word']]],
    ['Kim Kyou-hyun', [['Kim', 0, 'word'], ['Kyou-hyun', 4, 'word']]],
    ['KN-23', [['KN-23', 0, 'word']]],
    ['États-Unis', [['États-Unis', 0, 'word']]],
    ['Extrême‑Orient', [['Extrême‑Orient', 0, 'word']]], // U+2011 non-breaking hyphen
    ['vis-à-vis', [['vis-à-vis', 0, 'word']]],
    // A dash between spaces is punctuation, a trailing hyphen too.
    ['Moscou - Pyongyang', [['Moscou', 0, 'word'], ['-', 7, 'punct'], ['Pyongyang', 9, 'word']]],
    ['pré- et post-', [['pré', 0, 'word'], ['-', 3, 'punct'], ['et', 5, 'word'], ['post', 8, 'word'], ['-', 12, 'punct']]],
  ])('%j', (input, expected) => {
    expect(toks(input)).toEqual(expected);
  });

  it('non-breaking hyphen is a plain hyphen in the key', () => {
    expect(tokenize('Extrême‑Orient')[0]?.key).toBe('extrême-orient');
  });
});

describe('tokenize: numbers', () => {
  it.each<[string, T[]]>([
    ['7.000', [['7.000', 0, 'number']]],
    ['10 000', [['10 000', 0, 'number']]],
    ['10\u00A0000', [['10\u00A0000', 0, 'number']]],
    ['10\u202F000', [['10\u202F000', 0, 'number']]],
    ['1 000 000', [['1 000 000', 0, 'number']]],
    ['79,99', [['79,99', 0, 'number']]],
    ['4,8 millions', [['4,8', 0, 'number'], ['millions', 4, 'word']]],
    ['2.5', [['2.5', 0, 'number']]],
    ['1 234,56', [['1 234,56', 0, 'number']]],
    ['7.000 conteneurs', [['7.000', 0, 'number'], ['conteneurs', 6, 'word']]],
    // A year next to a count is two numbers.
    ['en 2024 100 soldats', [['en', 0, 'word'], ['2024', 3, 'number'], ['100', 8, 'number'], ['soldats', 12, 'word']]],
    // Sentence-final dot after a number.
    ['en 1948.', [['en', 0, 'word'], ['1948', 3, 'number'], ['.', 7, 'punct']]],
    ['12, 13', [['12', 0, 'number'], [',', 2, 'punct'], ['13', 4, 'number']]],
    ['3,5Md€', [['3,5', 0, 'number'], ['Md', 3, 'word'], ['€', 5, 'symbol']]],
    ['7h30', [['7h30', 0, 'word']]],
  ])('%j', (input, expected) => {
    expect(toks(input)).toEqual(expected);
  });

  it.each([
    ['10\u00A0000', '10 000'],
    ['10\u202F000', '10 000'],
    ['79,99', '79,99'],
  ])('%j has key %j', (input, key) => {
    expect(tokenize(input)[0]?.key).toBe(key);
  });
});

describe('tokenize: percent and currency', () => {
  it.each<[string, T[]]>([
    ['30 %', [['30', 0, 'number'], ['%', 3, 'symbol']]],
    ['30\u00A0%', [['30', 0, 'number'], ['%', 3, 'symbol']]],
    ['30%', [['30', 0, 'number'], ['%', 2, 'symbol']]],
    ['79,99 €', [['79,99', 0, 'number'], ['€', 6, 'symbol']]],
    ['79,99€', [['79,99', 0, 'number'], ['€', 5, 'symbol']]],
    ['$10', [['$', 0, 'symbol'], ['10', 1, 'number']]],
    ['£3 ¥5 ₩100 ₽', [['£', 0, 'symbol'], ['3', 1, 'number'], ['¥', 3, 'symbol'], ['5', 4, 'number'], ['₩', 6, 'symbol'], ['100', 7, 'number'], ['₽', 11, 'symbol']]],
    ['5 ‰', [['5', 0, 'number'], ['‰', 2, 'symbol']]],
  ])('%j', (input, expected) => {
    expect(toks(input)).toEqual(expected);
  });
});

describe('tokenize: quotation marks, ellipsis, punctuation', () => {
  it.each<[string, T[]]>([
    ['« Oui »', [['«', 0, 'quote'], ['Oui', 2, 'word'], ['»', 6, 'quote']]],
    ['«\u00A0Oui\u00A0»', [['«', 0, 'quote'], ['Oui', 2, 'word'], ['»', 6, 'quote']]],
    ['«Oui»', [['«', 0, 'quote'], ['Oui', 1, 'word'], ['»', 4, 'quote']]],
    ['“Oui”', [['“', 0, 'quote'], ['Oui', 1, 'word'], ['”', 4, 'quote']]],
    ['‹Oui›', [['‹', 0, 'quote'], ['Oui', 1, 'word'], ['›', 4, 'quote']]],
    ['"Oui"', [['"', 0, 'quote'], ['Oui', 1, 'word'], ['"', 4, 'quote']]],
    ['„Oui“', [['„', 0, 'quote'], ['Oui', 1, 'word'], ['“', 4, 'quote']]],
    ['Attends…', [['Attends', 0, 'word'], ['…', 7, 'punct']]],
    ['Attends...', [['Attends', 0, 'word'], ['...', 7, 'punct']]],
    ['en 2000.. En', [['en', 0, 'word'], ['2000', 3, 'number'], ['..', 7, 'punct'], ['En', 10, 'word']]],
    ['Quoi ?!', [['Quoi', 0, 'word'], ['?', 5, 'punct'], ['!', 6, 'punct']]],
    ['(AFP)', [['(', 0, 'punct'], ['AFP', 1, 'word'], [')', 4, 'punct']]],
    ['a — b', [['a', 0, 'word'], ['—', 2, 'punct'], ['b', 4, 'word']]],
  ])('%j', (input, expected) => {
    expect(toks(input)).toEqual(expected);
  });
});

describe('tokenize: URLs, e-mails, hashtags', () => {
  it.each<[string, T[]]>([
    ['https://www.lemonde.fr/a?b=1', [['https://www.lemonde.fr/a?b=1', 0, 'url']]],
    ['voir https://x.fr/p.', [['voir', 0, 'word'], ['https://x.fr/p', 5, 'url'], ['.', 19, 'punct']]],
    ['(www.kcna.kp)', [['(', 0, 'punct'], ['www.kcna.kp', 1, 'url'], [')', 12, 'punct']]],
    ['«http://a.b/c»', [['«', 0, 'quote'], ['http://a.b/c', 1, 'url'], ['»', 13, 'quote']]],
    ['jean.dupont@exemple.fr', [['jean.dupont@exemple.fr', 0, 'email']]],
    ['écrire à jean.dupont@exemple.fr.', [['écrire', 0, 'word'], ['à', 7, 'word'], ['jean.dupont@exemple.fr', 9, 'email'], ['.', 31, 'punct']]],
    ['#Ukraine', [['#Ukraine', 0, 'hashtag']]],
    ['@elysee et #JO2024', [['@elysee', 0, 'hashtag'], ['et', 8, 'word'], ['#JO2024', 11, 'hashtag']]],
    ['# seul', [['#', 0, 'punct'], ['seul', 2, 'word']]],
  ])('%j', (input, expected) => {
    expect(toks(input)).toEqual(expected);
  });
});

describe('tokenize: glued scraped words', () => {
  it.each<[string, string[]]>([
    ['uneACTUALITESinternationalPOLITIQUE', ['une', 'ACTUALITES', 'international', 'POLITIQUE']],
    ['BloombergActualités', ['BloombergActualités']],
    ['TotalEnergies', ['TotalEnergies']],
    ['ArcelorMittal', ['ArcelorMittal']],
    ['iPhone', ['iPhone']],
    ['McDonald', ['McDonald']],
    ['ONGs', ['ONGs']],
    ['PyeongChang', ['PyeongChang']],
    ['KCNA', ['KCNA']],
  ])('%j', (input, expected) => {
    const out = tokenize(input);
    expect(out.map((t) => t.text)).toEqual(expected);
    // Offsets are contiguous and cover the word.
    let at = 0;
    for (const t of out) {
      expect(t.start).toBe(at);
      at = t.end;
      expect(t.kind).toBe('word');
    }
    expect(at).toBe(input.length);
  });

  it('glued pieces have no space before', () => {
    const out = tokenize('uneACTUALITES');
    expect(out.map((t) => t.spaceBefore)).toEqual([true, false]);
  });

  it('gluedWordBreaks returns UTF-16 offsets', () => {
    expect(gluedWordBreaks('uneACTUALITESinternationalPOLITIQUE')).toEqual([3, 13, 26]);
  });
});

describe('tokenize: keys and folds', () => {
  it.each([
    ['États', 'états', 'etats'],
    ['E\u0301tats', 'états', 'etats'], // NFD input: NFC key
    ['Cœur', 'cœur', 'coeur'],
    ['ÆON', 'æon', 'aeon'],
    ['OTAN', 'otan', 'otan'],
    ['Pyongyang', 'pyongyang', 'pyongyang'],
    ['Nord‐Coréen', 'nord-coréen', 'nord-coreen'], // U+2010 hyphen
  ])('%j → key %j fold %j', (input, key, fold) => {
    const out = tokenize(input);
    expect(out).toHaveLength(1);
    expect(out[0]?.text).toBe(input);
    expect(out[0]?.key).toBe(key);
    expect(out[0]?.fold).toBe(fold);
  });

  it('an NFD word keeps its original offsets', () => {
    const input = 'les E\u0301tats-Unis';
    const t = tok(input, 'E\u0301tats-Unis');
    expect([t.start, t.end]).toEqual([4, 15]);
    expect(t.key).toBe('états-unis');
  });

  it.each([
    ['aujourd’hui', "aujourd'hui"],
    ['10\u00A0000', '10 000'],
    ['10\u202F000', '10 000'],
  ])('keyOf(%j) = %j', (input, key) => {
    expect(keyOf(input)).toBe(key);
  });

  it('foldKey', () => {
    expect(foldKey('élysée')).toBe('elysee');
    expect(foldKey('œuvre')).toBe('oeuvre');
  });
});

describe('tokenize: spacing flags and odd input', () => {
  it('spaceBefore and newlineBefore', () => {
    const out = tokenize('Titre\n\nLe texte, ici');
    expect(out.map((t) => [t.text, t.spaceBefore, t.newlineBefore])).toEqual([
      ['Titre', true, false],
      ['Le', true, true],
      ['texte', true, false],
      [',', false, false],
      ['ici', true, false],
    ]);
  });

  it('indices are positions', () => {
    tokenize('a b c').forEach((t, i) => expect(t.index).toBe(i));
  });

  it.each<[string, T[]]>([
    ['', []],
    [' \n\t\u00A0\u202F', []],
    ['😀', [['😀', 0, 'symbol']]],
    ['a\uD800b', [['a', 0, 'word'], ['\uD800', 1, 'symbol'], ['b', 2, 'word']]],
    ['\uDC00', [['\uDC00', 0, 'symbol']]],
    ['\u0301a', [['\u0301', 0, 'punct'], ['a', 1, 'word']]],
  ])('%j', (input, expected) => {
    expect(toks(input)).toEqual(expected);
  });

  it('is linear on a long dotted run followed by @', () => {
    const input = 'a.'.repeat(50_000) + '@';
    const out = tokenize(input);
    expect(out.length).toBeGreaterThan(0);
  });
});

describe('tokenize: memory', () => {
  it('keeps no input alive through its cache of surface forms', () => {
    setFlagsFromString('--expose_gc');
    const gc = runInNewContext('gc') as () => void;
    gc();
    const before = process.memoryUsage().heapUsed;
    // 200 inputs of 100k characters, each with a long word of its own that the cache keeps.
    for (let i = 0; i < 200; i++) {
      const filler = 'Le gouvernement a annoncé de nouvelles mesures. '.repeat(2000);
      const word = `anticonstitutionnellement${i.toString(36).replace(/\d/gu, (d) => 'abcdefghij'.charAt(Number(d)))}`;
      expect(tokenize(`${filler}${word} fin.`).some((t) => t.text === word)).toBe(true);
    }
    gc();
    // 20 MB of inputs would stay reachable if a cached form pointed into its input.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(4 * 1024 * 1024);
  });
});

describe('tokenize: token objects', () => {
  // Tokens come from a constructor, not an object literal: V8 may move every later object of a literal's
  // allocation site to the old generation once a section's tokens all survive a collection (see TokenRecord).
  it('are made by a constructor, with the Token fields as own properties', () => {
    const [t] = tokenize('Kiev');
    expect(t).toBeDefined();
    expect(Object.getPrototypeOf(t)).not.toBe(Object.prototype);
    expect(Object.keys(t ?? {})).toEqual(['index', 'start', 'end', 'text', 'kind', 'key', 'fold', 'classes', 'spaceBefore', 'newlineBefore', 'sentence']);
    expect(JSON.parse(JSON.stringify(t))).toEqual({ index: 0, start: 0, end: 4, text: 'Kiev', kind: 'word', key: 'kiev', fold: 'kiev', classes: t?.classes, spaceBefore: true, newlineBefore: false, sentence: -1 });
  });
});
