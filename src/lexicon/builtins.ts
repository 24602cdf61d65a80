/**
 * The built-in geopolitical dictionary, compiled once on first use: countries,
 * cities and regions, demonyms, organisations and people, generated into
 * `src/lexicon/generated/` by `scripts/build-lexicon.ts`.
 */
import type { Dictionary, DictionaryEntry } from '../types.js';
import type { BuiltinEntry } from './builtin-entry.js';
import { compileDictionaries, startsAlias, type CompiledDictionary } from './dictionary.js';
import { defineWordClass, unclassified } from '../text/word-classes.js';
import { DEMONYM_ENTRIES } from './generated/demonyms.js';
import { CITY_ENTRIES, COUNTRY_ENTRIES, REGION_ENTRIES } from './generated/geo.js';
import { ORGANIZATION_ENTRIES } from './generated/organizations.js';
import { PEOPLE_ENTRIES } from './generated/people.js';

/** Priority of built-in entries: after every user dictionary. */
export const BUILTIN_PRIORITY = 1_000_000;

let compiled: CompiledDictionary | null = null;

function toEntries(list: readonly BuiltinEntry[]): DictionaryEntry[] {
  return list.map((e) => ({ canonical: e.canonical, type: e.type, aliases: [...e.aliases], id: e.id, subtype: e.subtype }));
}

/**
 * The built-in dictionaries as plain data, best first: when two entries
 * share an alias, the earlier dictionary wins ("Washington" the city before
 * any person, "Corée" the country before a region).
 *
 * @example
 * builtinDictionaries().map((d) => d.name) // ['countries', 'organizations', 'cities', 'regions', 'people', 'demonyms']
 */
export function builtinDictionaries(): Dictionary[] {
  return [
    { name: 'countries', entries: toEntries(COUNTRY_ENTRIES) },
    { name: 'organizations', entries: toEntries(ORGANIZATION_ENTRIES) },
    { name: 'cities', entries: toEntries(CITY_ENTRIES) },
    { name: 'regions', entries: toEntries(REGION_ENTRIES) },
    { name: 'people', entries: toEntries(PEOPLE_ENTRIES) },
    { name: 'demonyms', entries: toEntries(DEMONYM_ENTRIES) },
  ];
}

/**
 * Forms that can start a built-in alias. Before the built-ins are compiled
 * (`prepare` alone, or an extractor without built-ins) every form gets the
 * bit, which only means "look it up"; compiling them drops every cached
 * classification. Their aliases are tokenised with classification off.
 */
const BUILTIN_HEAD = defineWordClass((w) => compiled === null || startsAlias(compiled, w.fold));

/** The built-in dictionary, compiled on first call and cached. */
export function builtinCompiled(): CompiledDictionary {
  if (compiled === null) {
    const trie = unclassified(() => compileDictionaries(builtinDictionaries(), BUILTIN_PRIORITY));
    // `unclassified` has dropped every cached classification: the forms met from now on get the exact bit.
    compiled = { ...trie, headClass: BUILTIN_HEAD };
  }
  return compiled;
}
