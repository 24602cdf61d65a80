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

/**
 * The entries of a generated table (`*_ENTRIES_JSON`). The tables are kept as
 * that text, which the module holds anyway, and parsed where they are read:
 * parsed once and kept, the 6,600 entries held 1.5 MB more.
 */
export function parseEntries(json: string): BuiltinEntry[] {
  return JSON.parse(json) as BuiltinEntry[];
}

/**
 * Entry `i` of a generated table alone, parsed from its line (the table has
 * one entry per line after the opening bracket); `lineEnds` is
 * `lineBreaks(json)` (packed-keys.ts).
 */
export function entryAt(json: string, lineEnds: Uint32Array, i: number): BuiltinEntry {
  const start = (lineEnds[i] ?? 0) + 1;
  let end = lineEnds[i + 1] ?? json.length;
  if (json.charCodeAt(end - 1) === 44) end--; // the comma between entries
  return JSON.parse(json.slice(start, end)) as BuiltinEntry;
}
