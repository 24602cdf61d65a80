/**
 * Name lexicons the person rules read, keyed by accent-folded lower case
 * ("Sergueï" → "serguei"), built once from the generated lists.
 */
import { EAST_ASIAN_SURNAMES, FIRST_NAMES } from '../lexicon/generated/first-names.js';
import { foldText } from '../text/normalize.js';

function folded(list: Iterable<string>): ReadonlySet<string> {
  const out = new Set<string>();
  for (const name of list) out.add(foldText(name));
  return out;
}

/** First names: "Vladimir", "Sergueï", "Lloyd". */
export const FIRST_NAME_KEYS: ReadonlySet<string> = folded(FIRST_NAMES);
/** Korean and Chinese family names written first: "Kim", "Ri", "Xi". */
export const EAST_ASIAN_SURNAME_KEYS: ReadonlySet<string> = folded(EAST_ASIAN_SURNAMES);
