/**
 * The built-in geopolitical dictionary, compiled once on first use: countries,
 * cities and regions, demonyms, organisations and people, generated into
 * `src/lexicon/generated/` by `scripts/build-lexicon.ts`.
 */
import type { Dictionary, DictionaryEntry } from '../types.js';
import { BUILTIN_DICTIONARY_ORDER, entryAt, parseEntries, type BuiltinDictionaryName, type BuiltinEntry } from './builtin-entry.js';
import { compileValid, formCount, startsAlias, type CompiledDictionary, type EntrySource, type SourceDictionary } from './dictionary.js';
import { defineWordClass, unclassified } from '../text/word-classes.js';
import { latin1Unescaped, lineBreaks } from './packed-keys.js';
import { DEMONYM_ENTRIES_JSON } from './generated/demonyms.js';
import { CITY_ENTRIES_JSON, COUNTRY_ENTRIES_JSON, REGION_ENTRIES_JSON } from './generated/geo.js';
import { ORGANIZATION_ENTRIES_JSON } from './generated/organizations.js';
import { PEOPLE_ENTRIES_JSON } from './generated/people.js';
import { ALIAS_PATHS } from './generated/alias-paths.js';

/** Priority of built-in entries: after every user dictionary. */
export const BUILTIN_PRIORITY = 1_000_000;

let compiled: CompiledDictionary | null = null;

function toEntries(list: readonly BuiltinEntry[]): DictionaryEntry[] {
  return list.map((e) => ({ canonical: e.canonical, type: e.type, aliases: [...e.aliases], id: e.id, subtype: e.subtype }));
}

/** The text of each built-in table (see parseEntries). */
const ENTRIES_JSON: Record<BuiltinDictionaryName, string> = {
  countries: COUNTRY_ENTRIES_JSON,
  organizations: ORGANIZATION_ENTRIES_JSON,
  cities: CITY_ENTRIES_JSON,
  regions: REGION_ENTRIES_JSON,
  people: PEOPLE_ENTRIES_JSON,
  demonyms: DEMONYM_ENTRIES_JSON,
};

/**
 * The built-in dictionaries as plain data, best first (BUILTIN_DICTIONARY_ORDER).
 *
 * @example
 * builtinDictionaries().map((d) => d.name) // ['countries', 'organizations', 'cities', 'regions', 'people', 'demonyms']
 */
export function builtinDictionaries(): Dictionary[] {
  return BUILTIN_DICTIONARY_ORDER.map((name) => ({ name, entries: toEntries(parseEntries(ENTRIES_JSON[name])) }));
}

/**
 * The trie paths computed at build time (`generated/alias-paths.ts`), one
 * per form in compile order; null when their count does not fit the
 * dictionaries (a stale file), and the aliases are then tokenised.
 */
export function builtinAliasPaths(dictionaries: readonly SourceDictionary[]): string[] | null {
  return builtinAliasText(dictionaries)?.split('\n').map(latin1Unescaped) ?? null;
}

/** The same paths as one text, a line each, as `latin1Escaped` writes them (what the lazy compiler reads, without a string per form). */
function builtinAliasText(dictionaries: readonly SourceDictionary[]): string | null {
  return formCount(dictionaries) === lineBreaks(ALIAS_PATHS).length + 1 ? ALIAS_PATHS : null;
}

/**
 * Forms that can start a built-in alias. Before the built-ins are compiled
 * (`prepare` alone, or an extractor without built-ins) every form gets the
 * bit, which only means "look it up"; compiling them drops every cached
 * classification. Their aliases are tokenised with classification off.
 */
const BUILTIN_HEAD = defineWordClass((w) => compiled === null || startsAlias(compiled, w));

/**
 * The built-in entries read again from the tables' text (an entry off its
 * line, or a whole table); undefined when a table does not have one line per
 * entry. Made apart from the compilation, so that it keeps no parsed entry
 * alive.
 */
function entryRereader(counts: readonly number[]): EntrySource | undefined {
  const texts = BUILTIN_DICTIONARY_ORDER.map((name) => ENTRIES_JSON[name]);
  const lineEnds = texts.map(lineBreaks);
  if (!lineEnds.every((ends, d) => ends.length === (counts[d] ?? -1) + 1)) return undefined;
  return {
    entry: (d, i) => entryAt(texts[d] ?? '', lineEnds[d] ?? new Uint32Array(0), i),
    all: (d) => parseEntries(texts[d] ?? '[]'),
  };
}

/** The built-in dictionary, compiled on first call and cached. */
export function builtinCompiled(): CompiledDictionary {
  if (compiled === null) {
    // The built-in data is valid by construction (tested in dictionary.test.ts): it skips validation.
    // Compiled lazily: a branch is built when a text first holds its first word.
    // The entries are parsed for the compilation and dropped: a branch built later reads its entries off their lines.
    const dictionaries = BUILTIN_DICTIONARY_ORDER.map((name) => ({ name, entries: parseEntries(ENTRIES_JSON[name]) }));
    const reread = entryRereader(dictionaries.map((d) => d.entries.length));
    const trie = unclassified(() => compileValid(dictionaries, BUILTIN_PRIORITY, builtinAliasText(dictionaries), true, reread));
    // `unclassified` has dropped every cached classification: the forms met from now on get the exact bit.
    compiled = { ...trie, headClass: BUILTIN_HEAD };
  }
  return compiled;
}
