/**
 * Rule `word-number`: a cardinal written in words: "deux", "sept mille",
 * "quatre-vingt-dix-neuf", "soixante et onze", "un million",
 * "deux millions cinq cent mille", "trois milliards et demi".
 */
import type { PreparedDocument } from '../../types.js';
import { isNumberWord, mayContinueNumber, readNumberWords } from '../resolve/number-words.js';
import type { NumberCore } from './types.js';

/** Longest run of tokens a cardinal can use ("deux millions cinq cent mille …"). */
const MAX_WORDS = 12;

/** True when the token can open a number in words. */
export function startsWordNumber(doc: PreparedDocument, i: number): boolean {
  const t = doc.tokens[i];
  return t !== undefined && t.kind === 'word' && isNumberWord(t.fold);
}

/**
 * Read a cardinal in words at token `i`. Only word tokens take part, so
 * "cent" in "pour cent" or "mille" in "mille-feuille" never join a number
 * they do not belong to.
 *
 * @example
 * // "Les deux millions cinq cent mille habitants"
 * readWordNumber(doc, 1) // { value: 2_500_000, from: 1, to: 6, … }
 */
export function readWordNumber(doc: PreparedDocument, i: number): NumberCore | null {
  const keys: string[] = [];
  for (let j = i; j < doc.tokens.length && keys.length < MAX_WORDS; j++) {
    const t = doc.tokens[j];
    if (t === undefined || t.kind !== 'word' || (j > i && t.newlineBefore)) break;
    keys.push(t.fold);
    // The number ends at the first word no cardinal holds; that word is kept, as the reader looks one word ahead.
    if (!mayContinueNumber(t.fold)) break;
  }
  const read = readNumberWords(keys);
  if (read === null) return null;
  return {
    from: i,
    to: i + read.used,
    value: read.value,
    source: 'words',
    approximate: false,
    nounLike: read.endsWithScale,
    loneOne: read.loneOne,
    scale: read.scale,
  };
}
