import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeUnitAt, foldKey, keyOf, startsWithDigit } from './normalize.js';

// The definitions the fast paths must agree with, written out here on their own.
const keyReference = (s: string): string =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘`ʼ´]/gu, "'")
    .replace(/[\u00A0\u202F\u2007\u2009]/gu, ' ')
    .replace(/[\u2010\u2011]/gu, '-');
const foldReference = (s: string): string => s.normalize('NFD').replace(/\p{M}+/gu, '').replace(/œ/gu, 'oe').replace(/æ/gu, 'ae');

/**
 * Characters where a per-character shortcut could go wrong: capitals with a
 * two-character lower case ("İ"), ligatures, combining marks that compose
 * with the letter before them, the typographic apostrophes, hyphens and
 * spaces, spaces with a canonical decomposition (U+2000), Greek final sigma,
 * a Hangul syllable and its jamo, an astral letter.
 */
const TRICKY = [
  ...'aAzZ09 -\'`´’‘ʼ.,;«»…—–',
  ...'éÉèÈêÊëàÀâÂçÇîÎïôÔûÛüùœŒæÆßẞÿŸñÑ',
  'İ', 'ı', 'ǅ', 'Ω', 'Å', 'Å',
  '\u0301', '\u0300', '\u0327', '\u0308', '\u0338',
  '\u00A0', '\u202F', '\u2007', '\u2009', '\u2000', '\u2001', '\u2010', '\u2011',
  'Σ', 'σ', 'ς', '한', '\u1100', '\u1161', '𝐀', '日',
];

describe('keyOf and foldKey agree with their definitions', () => {
  it('on every code unit of the table range and the typographic marks, alone and before a combining mark', () => {
    const units: string[] = [];
    for (let c = 0; c < 0x300; c++) units.push(String.fromCharCode(c));
    units.push('\u2007', '\u2009', '\u2010', '\u2011', '\u2018', '\u2019', '\u202F');
    for (const u of units) {
      for (const s of [u, `${u}\u0301`, `a${u}`, `${u}b`, `É${u}é`]) {
        expect(keyOf(s), JSON.stringify(s)).toBe(keyReference(s));
        expect(foldKey(s), JSON.stringify(s)).toBe(foldReference(s));
        expect(foldKey(keyOf(s)), JSON.stringify(s)).toBe(foldReference(keyReference(s)));
      }
    }
  });

  it('on random strings of tricky characters (property)', () => {
    const tricky = fc.array(fc.constantFrom(...TRICKY), { maxLength: 12 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(tricky, (s) => {
        expect(keyOf(s)).toBe(keyReference(s));
        expect(foldKey(s)).toBe(foldReference(s));
      }),
      { numRuns: 3000 },
    );
  });

  it.each<[string, string, string]>([
    ['États-Unis', 'états-unis', 'etats-unis'],
    ['L’Élysée', "l'élysée", "l'elysee"],
    ['Cœur', 'cœur', 'coeur'],
    ['Jong\u2011un', 'jong-un', 'jong-un'],
    ['10\u202F000', '10 000', '10 000'],
    ['Pyongyang', 'pyongyang', 'pyongyang'],
    ['moscou', 'moscou', 'moscou'],
    // A decomposed accent (NFD input) composes in the key and goes in the fold.
    ['Se\u0301oul', 'séoul', 'seoul'],
  ])('%s → key %s, fold %s', (text, key, fold) => {
    expect(keyOf(text)).toBe(key);
    expect(foldKey(keyOf(text))).toBe(fold);
  });

  it('returns the input itself when nothing changes (no copy of plain words)', () => {
    const word = ['mos', 'cou'].join('');
    expect(Object.is(keyOf(word), word)).toBe(true);
    expect(Object.is(foldKey(word), word)).toBe(true);
  });
});

describe('codeUnitAt, startsWithDigit', () => {
  it('read what charCodeAt reads, whatever the string layout', () => {
    const long = 'Le 1er régiment d’infanterie, 7h30 : « Kim Jong-un »';
    for (const s of ['', '1er', 'é', 'l’', long, long.slice(3, 20), `${long.slice(0, 10)}${long.slice(30)}`]) {
      for (let i = -1; i <= s.length; i++) expect(Object.is(codeUnitAt(s, i), s.charCodeAt(i))).toBe(true);
    }
    fc.assert(fc.property(fc.string(), (s) => startsWithDigit(s) === /^[0-9]/u.test(s)));
  });
});
