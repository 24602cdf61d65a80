/**
 * Shape of one entry of the built-in geopolitical dictionary, as written by
 * `scripts/build-lexicon.ts` into `src/lexicon/generated/*.ts`.
 */
export interface BuiltinEntry {
  readonly canonical: string;
  /** 'PERSON' | 'ORGANIZATION' | 'LOCATION' | 'NATIONALITY' */
  readonly type: string;
  /** Every surface form, the canonical included. */
  readonly aliases: readonly string[];
  /** Stable key: "iso:KP", "city:KP:pyongyang", "org:otan", "person:vladimir-poutine"... */
  readonly id: string;
  /** LOCATION: country | territory | city | region | continent; ORGANIZATION: international | government | agency | media | party | military | company | think-tank; NATIONALITY: nationality | supranational | people. */
  readonly subtype: string;
}

/**
 * The built-in dictionaries, best first: when two entries share an alias,
 * the earlier dictionary wins ("Washington" the city before any person,
 * "Corée" the country before a region). Their aliases compile in this order.
 */
export const BUILTIN_DICTIONARY_ORDER = ['countries', 'organizations', 'cities', 'regions', 'people', 'demonyms'] as const;

export type BuiltinDictionaryName = (typeof BUILTIN_DICTIONARY_ORDER)[number];
