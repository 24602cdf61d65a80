import { describe, expect, it } from 'vitest';
import { readNumberWords } from './number-words.js';

const words = (s: string) => s.split(' ');

describe('readNumberWords: French cardinals', () => {
  it.each([
    ['zero', 0, 1],
    ['deux', 2, 1],
    ['seize', 16, 1],
    ['dix-sept', 17, 1],
    ['vingt et un', 21, 3],
    ['vingt-deux', 22, 1],
    ['soixante et onze', 71, 3],
    ['soixante-dix-sept', 77, 1],
    ['quatre-vingts', 80, 1],
    ['quatre vingt', 80, 2],
    ['quatre-vingt-dix-neuf', 99, 1],
    ['cent', 100, 1],
    ['deux cents', 200, 2],
    ['trois cent vingt', 320, 3],
    ['sept mille', 7000, 2],
    ['mille cent', 1100, 2],
    ['mille deux cents', 1200, 3],
    ['deux mille vingt-quatre', 2024, 3],
    ['cent mille', 100000, 2],
    ['un million', 1e6, 2],
    ['deux millions cinq cent mille', 2.5e6, 5],
    ['trois milliards et demi', 3.5e9, 4],
    ['un million et demi', 1.5e6, 4],
    ['septante-cinq', 75, 1],
    ['un demi-million', 5e5, 2],
    ['un demi milliard', 5e8, 3],
  ])('%s → %d (%d tokens)', (input, value, used) => {
    const read = readNumberWords(words(input));
    expect(read?.value).toBe(value);
    expect(read?.used).toBe(used);
  });

  it.each([
    // stops before the word that cannot continue the number
    ['deux trois', 2, 1],
    ['mille mille', 1000, 1],
    ['vingt et', 20, 1],
    ['un cent', 1, 1],
    ['trois et quatre', 3, 1],
  ])('%s stops early → %d (%d tokens)', (input, value, used) => {
    const read = readNumberWords(words(input));
    expect(read?.value).toBe(value);
    expect(read?.used).toBe(used);
  });

  it.each([['mille-feuille'], ['deux-roues'], ['pays'], ['et']])('%s is not a number', (input) => {
    expect(readNumberWords(words(input))).toBeNull();
  });

  it('flags a lone "un"/"une" (an article unless a unit follows)', () => {
    expect(readNumberWords(['une'])?.loneOne).toBe(true);
    expect(readNumberWords(['un', 'million'])?.loneOne).toBe(false);
  });

  it('flags a trailing scale ("millions de …")', () => {
    expect(readNumberWords(['deux', 'millions'])?.endsWithScale).toBe(true);
    expect(readNumberWords(['trois', 'milliards', 'et', 'demi'])?.endsWithScale).toBe(true);
    expect(readNumberWords(['deux', 'cents'])?.endsWithScale).toBe(false);
  });
});
