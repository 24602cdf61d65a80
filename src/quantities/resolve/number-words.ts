/**
 * Value of a sequence of French number words ("quatre-vingt-dix-neuf",
 * "deux millions cinq cent mille", "trois milliards et demi").
 * Span finding is elsewhere (rules/word-number.ts); this reads folded token
 * keys and says how many tokens form a well-built cardinal.
 */
import { HALF_WORDS, HUNDRED_WORDS, SCALE_WORDS, THOUSAND_WORDS, UNIT_WORDS } from '../data/number-words.js';

/** The reading of the longest well-formed cardinal at the start of a token list. */
export interface WordNumber {
  /** The value: 99 for "quatre-vingt-dix-neuf". */
  readonly value: number;
  /** How many tokens it uses ("soixante et onze" uses 3). */
  readonly used: number;
  /** It ends with "million(s)"/"milliard(s)": "de" + noun or currency may follow. */
  readonly endsWithScale: boolean;
  /** It is the single word "un" or "une": an article unless a unit follows. */
  readonly loneOne: boolean;
  /** The last scale used (10^6 for "deux millions"), 1 when none: "entre deux et trois millions" shares it. */
  readonly scale: number;
}

type Last = 'none' | 'unit' | 'tens' | 'teen' | 'hundred' | 'thousand' | 'scale' | 'et' | 'half';

interface State {
  /** "trois milliards et demi": the half belongs to the scale, so "d'euros" may still follow. */
  halfOfScale: boolean;
  total: number;
  thousands: number;
  current: number;
  last: Last;
  lastScale: number;
  words: number;
}

const TENS_TAKING_UNIT = new Set([20, 30, 40, 50, 60, 70, 80, 90]);

/**
 * Apply one word to the state; false when the word cannot continue the
 * number ("deux trois", "mille mille", "un cent").
 */
function step(s: State, word: string, next: string | undefined): boolean {
  if (word === 'et') {
    // "vingt et un", "soixante et onze", "trois milliards et demi"
    const r = s.current % 100;
    if (next !== undefined && HALF_WORDS.has(next) && s.last !== 'none' && s.last !== 'et') {
      s.last = 'et';
      return true;
    }
    if ((next === 'un' || next === 'une' || next === 'onze') && s.last === 'tens' && r >= 20 && r <= 70) {
      s.last = 'et';
      return true;
    }
    return false;
  }
  if (HALF_WORDS.has(word)) {
    // "un demi-million", "un demi-milliard d'euros": half of the scale right after, in place of the "un"
    if (next !== undefined && SCALE_WORDS.has(next) && s.last === 'unit' && s.current === 1 && s.thousands === 0 && s.total === 0) {
      s.current = 0.5;
      return true;
    }
    if (s.last !== 'et') return false;
    if (s.lastScale > 0 && s.current === 0 && s.thousands === 0) {
      s.total += s.lastScale / 2;
      s.halfOfScale = true;
    }
    else if (s.current === 0 && s.thousands > 0) s.thousands += 500;
    else s.current += 0.5;
    s.last = 'half';
    return true;
  }
  if (s.last === 'half') return false;
  const unit = UNIT_WORDS.get(word);
  if (unit !== undefined) {
    const r = s.current % 100;
    if (word === 'zero') {
      if (s.last !== 'none') return false;
      s.last = 'unit';
      return true;
    }
    // "quatre-vingt(s)": four twenties
    if (unit === 20 && s.last === 'unit' && r === 4) {
      s.current += 76;
      s.last = 'tens';
      return true;
    }
    const fresh = s.last === 'none' || s.last === 'hundred' || s.last === 'thousand' || s.last === 'scale';
    if (fresh && r === 0) {
      s.current += unit;
      s.last = unit >= 20 ? 'tens' : unit >= 10 ? 'teen' : 'unit';
      return true;
    }
    if (s.last === 'et' && (unit === 1 || unit === 11)) {
      s.current += unit;
      s.last = unit === 1 ? 'unit' : 'teen';
      return true;
    }
    if (s.last === 'tens' && TENS_TAKING_UNIT.has(r) && unit < 10 && unit > 0) {
      s.current += unit;
      s.last = 'unit';
      return true;
    }
    // "soixante-dix", "quatre-vingt-dix-neuf" → 60 + 10..19, 80 + 10..19
    if (s.last === 'tens' && (r === 60 || r === 80) && unit >= 10 && unit < 20) {
      s.current += unit;
      s.last = 'teen';
      return true;
    }
    // "dix-sept", "dix-huit", "dix-neuf" after 60/80: "soixante-dix-sept"
    if (s.last === 'teen' && r % 10 === 0 && (r === 10 || r === 70 || r === 90) && unit >= 7 && unit <= 9) {
      s.current += unit;
      s.last = 'unit';
      return true;
    }
    return false;
  }
  if (HUNDRED_WORDS.has(word)) {
    if (s.current === 0 && (s.last === 'none' || s.last === 'thousand' || s.last === 'scale')) {
      s.current = 100;
    } else if (s.last === 'unit' && s.current >= 2 && s.current <= 9) {
      s.current *= 100;
    } else {
      return false;
    }
    s.last = 'hundred';
    return true;
  }
  if (THOUSAND_WORDS.has(word)) {
    if (s.thousands > 0 || s.last === 'thousand' || s.last === 'et') return false;
    if (s.current === 1 && s.last === 'unit') return false; // "un mille" is not French
    s.thousands = (s.current === 0 ? 1 : s.current) * 1000;
    s.current = 0;
    s.last = 'thousand';
    return true;
  }
  const scale = SCALE_WORDS.get(word);
  if (scale !== undefined) {
    const group = s.thousands + s.current;
    if (group === 0 || (s.lastScale > 0 && scale >= s.lastScale) || s.last === 'et') return false;
    s.total += group * scale;
    s.thousands = 0;
    s.current = 0;
    s.lastScale = scale;
    s.last = 'scale';
    return true;
  }
  return false;
}

/** Split a token key into its hyphen-joined parts: "quatre-vingt-dix" → 3 parts. */
function partsOf(key: string): string[] {
  return key.split('-');
}

/** The first hyphen-joined part of a key ("quatre" of "quatre-vingt"), without splitting the whole key. */
function firstPart(key: string): string {
  const hyphen = key.indexOf('-');
  return hyphen < 0 ? key : key.slice(0, hyphen);
}

/** Apply the parts of one token key to the state; false at the first part that cannot continue the number. */
function stepKey(s: State, key: string, nextTokenFirst: string | undefined): boolean {
  // Most keys have no hyphen: one part, and no array for it.
  if (!key.includes('-')) {
    if (key === '' || !step(s, key, nextTokenFirst)) return false;
    s.words++;
    return true;
  }
  const parts = partsOf(key);
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p] ?? '';
    const next = p + 1 < parts.length ? parts[p + 1] : nextTokenFirst;
    if (part === '' || !step(s, part, next)) return false;
    s.words++;
  }
  return true;
}

/**
 * Read the longest well-formed cardinal at the start of `keys` (folded token
 * keys, one per token). A hyphenated token counts only when all its parts are
 * number words ("mille-feuille" is not a number). Returns null when the first
 * token is not a number word.
 *
 * @example
 * readNumberWords(['quatre-vingt-dix-neuf']).value             // 99
 * readNumberWords(['mille', 'cent']).value                      // 1100
 * readNumberWords(['deux', 'millions', 'cinq', 'cent', 'mille']) // value 2_500_000, used 5
 * readNumberWords(['trois', 'milliards', 'et', 'demi']).value   // 3_500_000_000
 */
export function readNumberWords(keys: readonly string[]): WordNumber | null {
  const s: State = { halfOfScale: false, total: 0, thousands: 0, current: 0, last: 'none', lastScale: 0, words: 0 };
  let best: WordNumber | null = null;
  for (let t = 0; t < keys.length; t++) {
    const key = keys[t] ?? '';
    const following = keys[t + 1];
    const nextTokenFirst = following === undefined ? undefined : firstPart(following);
    // A key that cannot continue ends the reading: `best` holds the number so far, and the state is not read again
    // (no snapshot to restore).
    if (!stepKey(s, key, nextTokenFirst)) break;
    if (s.last !== 'et') {
      best = {
        value: s.total + s.thousands + s.current,
        used: t + 1,
        endsWithScale: s.last === 'scale' || s.halfOfScale,
        loneOne: s.words === 1 && (key === 'un' || key === 'une'),
        scale: s.lastScale > 0 && s.thousands === 0 && s.current === 0 ? s.lastScale : 1,
      };
    }
  }
  return best;
}

/** Every word a cardinal in words is made of: units, hundreds, thousands, scales, "et" and the halves. */
function inNumberVocabulary(part: string): boolean {
  return UNIT_WORDS.has(part) || HUNDRED_WORDS.has(part) || THOUSAND_WORDS.has(part) || SCALE_WORDS.has(part) || HALF_WORDS.has(part) || part === 'et';
}

/**
 * Can the folded key be part of a cardinal ("mille", "vingt-deux", "et")?
 * `readNumberWords` stops at the first key that cannot, so a caller need not
 * read further than it (plus that key, which `readNumberWords` looks at).
 */
export function mayContinueNumber(key: string): boolean {
  if (!key.includes('-')) return inNumberVocabulary(key);
  for (const part of partsOf(key)) if (!inNumberVocabulary(part)) return false;
  return true;
}

/** True when the folded key is (or starts) a number word: a cheap test before `readNumberWords`. */
export function isNumberWord(key: string): boolean {
  const first = firstPart(key);
  return UNIT_WORDS.has(first) || HUNDRED_WORDS.has(first) || THOUSAND_WORDS.has(first);
}
