/**
 * Name lexicons the person rules read, keyed by accent-folded lower case
 * ("Sergueï" → "serguei"), built once from the generated lists.
 */
import { EAST_ASIAN_SURNAMES, FIRST_NAMES } from '../lexicon/generated/first-names.js';
import { GIVEN_NAME_KEYS } from '../lexicon/generated/given-names.js';
import { packedKeySet } from '../lexicon/packed-keys.js';
import { foldText } from '../text/normalize.js';

function folded(list: Iterable<string>): ReadonlySet<string> {
  const out = new Set<string>();
  for (const name of list) out.add(foldText(name));
  return out;
}

/**
 * Folded first names that also take the compounds of two of them:
 * "georges-louis", "marie-claude", "anne-laure" are first names when
 * "georges" and "louis" are, without listing every pair.
 */
class FirstNameKeys extends Set<string> {
  override has(key: string): boolean {
    if (super.has(key)) return true;
    const hyphen = key.indexOf('-');
    if (hyphen < 2 || hyphen > key.length - 3 || key.indexOf('-', hyphen + 1) !== -1) return false;
    return super.has(key.slice(0, hyphen)) && super.has(key.slice(hyphen + 1));
  }
}

/** First names: "Vladimir", "Sergueï", "Lloyd", and compounds of two: "Georges-Louis". */
export const FIRST_NAME_KEYS: ReadonlySet<string> = new FirstNameKeys(folded(FIRST_NAMES));
/** Korean and Chinese family names written first: "Kim", "Ri", "Xi". */
export const EAST_ASIAN_SURNAME_KEYS: ReadonlySet<string> = folded(EAST_ASIAN_SURNAMES);

/**
 * Given names of many countries that the hand list lacks ("Johannes", "Tadej"), by fold: weaker evidence, read only
 * for a name of two or three words that opens with one.
 */
export const isGivenName: (key: string) => boolean = packedKeySet(GIVEN_NAME_KEYS);
