/**
 * Dictionaries: validation, compilation into a token-level trie, and
 * matching over a prepared document in one pass.
 *
 * Aliases are tokenised with the same tokeniser as the text and indexed by
 * accent-folded, lower-case pieces (a hyphen splits a piece), so "Kim Jong-un"
 * matches "Kim Jong Un" and "Etats-Unis" matches "États-Unis". A capitalised
 * alias only matches a capitalised word ("Nord" is not "nord"); a lower-case
 * alias (a demonym) matches any case.
 */
import type { Dictionary, DictionaryEntry, EntityType, PreparedDocument, Token } from '../types.js';
import { tokenize } from '../text/tokenize.js';
import { describe } from '../text/prepare.js';
import { foldKey, isCapitalized, isLatinUpper, keyOf } from '../text/normalize.js';
import type { WordClass } from '../text/word-classes.js';
import { latin1Escaped, latin1Unescaped } from './packed-keys.js';

/** What a dictionary match resolves to. */
export interface DictionaryPayload {
  readonly canonical: string;
  readonly type: EntityType;
  readonly id?: string;
  readonly subtype?: string;
  /** Name of the dictionary the entry came from. */
  readonly source: string;
  /** Lower wins: user dictionaries come before built-ins. */
  readonly priority: number;
  /** The alias must match a capitalised word. */
  readonly needsCapital: boolean;
  /**
   * A short acronym ("NIS", "FAO") only matches a word in capitals: its letters
   * are read one by one, and the press never writes it "Nis" (the city).
   * Longer ones are also written with one capital ("Otan", "Unesco").
   */
  readonly needsUpper: boolean;
  /**
   * A title opening with its article ("Le Temps", "La Croix", "Le Point")
   * also needs its second word capitalised: "Le temps presse" opening a
   * sentence is no newspaper.
   */
  readonly needsSecondCapital: boolean;
  /**
   * An alias whose first word is lower case but which holds capitalised
   * words further on ("place Beauvau", "mer Noire", "groupe Wagner") matches
   * a first word in any case, and at least this many capitalised words after
   * it: "la place beauvau" in lower case is no ministry. 0 for the others.
   */
  readonly laterCapitals: number;
  /** The alias as written in the dictionary. */
  readonly alias: string;
}

interface TrieNode {
  next: Map<string, TrieNode> | null;
  /** Payloads of aliases ending exactly here. */
  payloads: DictionaryPayload[] | null;
  /**
   * An alias that matches a lower-case first word ends here or further
   * ("kremlin", "nord-coréen"): a walk from a lower-case word stops where
   * none does ("la" of "La Haye").
   */
  lower: boolean;
}

/** An entry as the compiler reads it: a user entry, or a built-in one (frozen data). */
type SourceEntry = Readonly<Omit<DictionaryEntry, 'aliases'>> & { readonly aliases?: readonly string[] };

/** A dictionary as the compiler reads it. */
export interface SourceDictionary {
  readonly name: string;
  readonly entries: readonly SourceEntry[];
}

/** A compiled, immutable dictionary set. */
export interface CompiledDictionary {
  readonly names: readonly string[];
  readonly size: number;
  /** @internal */
  readonly root: TrieNode;
  /**
   * @internal A word class holding every form that can start an alias of
   * this dictionary (0: none, every token is looked up).
   */
  readonly headClass?: WordClass;
  /**
   * @internal The trie path, canonical name and id of every PERSON form, in
   * compile order: what the person linking indexes, without walking the
   * whole trie.
   */
  readonly persons?: Iterable<PersonForm>;
}

/** A dictionary hit over tokens `tokenStart..tokenEnd` (exclusive). */
export interface DictionaryMatch {
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly payload: DictionaryPayload;
  /** Other payloads for the same span, best first. */
  readonly alternatives: readonly DictionaryPayload[];
}

const ENTRY_FIELDS = new Set(['canonical', 'type', 'aliases', 'id', 'subtype']);

function fail(dict: string, index: number, entry: unknown, field: string, what: string, got: unknown): never {
  const label =
    typeof entry === 'object' && entry !== null && typeof (entry as { canonical?: unknown }).canonical === 'string'
      ? ` ("${(entry as { canonical: string }).canonical}")`
      : '';
  throw new TypeError(
    `depeche: dictionary "${dict}" entry ${index}${label}: field \`${field}\` must be ${what}, received ${describeValue(got)}`,
  );
}

function describeValue(v: unknown): string {
  if (typeof v === 'string') return v.trim() === '' ? 'an empty string' : JSON.stringify(v);
  return describe(v);
}

function nonEmpty(v: unknown): v is string {
  return typeof v === 'string' && v.trim() !== '';
}

/**
 * Check a dictionary and return a clean copy holding only the known fields.
 * Throws a TypeError naming the dictionary, the entry and the field.
 *
 * @example
 * validateDictionary({ name: 'armes', entries: [{ canonical: 'KN-23', type: 'WEAPON' }] })
 */
export function validateDictionary(input: unknown, position = 0): Dictionary {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new TypeError(`depeche: dictionary ${position} must be an object { name, entries }, received ${describe(input)}`);
  }
  const rawName = (input as { name?: unknown }).name;
  if (!nonEmpty(rawName)) {
    throw new TypeError(`depeche: dictionary ${position}: field \`name\` must be a non-empty string, received ${describeValue(rawName)}`);
  }
  const rawEntries = (input as { entries?: unknown }).entries;
  if (!Array.isArray(rawEntries)) {
    throw new TypeError(`depeche: dictionary "${rawName}": field \`entries\` must be an array, received ${describeValue(rawEntries)}`);
  }
  const entries: DictionaryEntry[] = rawEntries.map((e: unknown, i: number) => {
    if (typeof e !== 'object' || e === null || Array.isArray(e)) fail(rawName, i, e, 'entry', 'an object', e);
    const rec = e as Record<string, unknown>;
    for (const k of Object.keys(rec)) {
      if (!ENTRY_FIELDS.has(k)) fail(rawName, i, e, k, `one of ${[...ENTRY_FIELDS].join(', ')} (unknown field)`, rec[k]);
    }
    if (!nonEmpty(rec.canonical)) fail(rawName, i, e, 'canonical', 'a non-empty string', rec.canonical);
    if (!nonEmpty(rec.type)) fail(rawName, i, e, 'type', 'a non-empty string', rec.type);
    const out: DictionaryEntry = { canonical: rec.canonical.trim(), type: rec.type.trim() };
    if (rec.aliases !== undefined) {
      if (!Array.isArray(rec.aliases)) fail(rawName, i, e, 'aliases', 'an array of strings', rec.aliases);
      const aliases = rec.aliases as unknown[];
      aliases.forEach((a, j) => {
        if (!nonEmpty(a)) fail(rawName, i, e, `aliases[${j}]`, 'a non-empty string', a);
      });
      out.aliases = (aliases as string[]).map((a) => a.trim());
    }
    if (rec.id !== undefined) {
      if (!nonEmpty(rec.id)) fail(rawName, i, e, 'id', 'a non-empty string', rec.id);
      out.id = rec.id;
    }
    if (rec.subtype !== undefined) {
      if (!nonEmpty(rec.subtype)) fail(rawName, i, e, 'subtype', 'a non-empty string', rec.subtype);
      out.subtype = rec.subtype;
    }
    return out;
  });
  return { name: rawName.trim(), entries };
}

/** The fold pieces of one token: "jong-un" → ["jong", "un"]. */
function piecesOf(fold: string): string[] {
  return fold.includes('-') ? fold.split('-').filter((p) => p !== '') : [fold];
}

/** Lower-case letters and single spaces only: such an alias tokenises into its words. */
const PLAIN_ALIAS = /^\p{Ll}+(?: \p{Ll}+)*$/u;

/**
 * Tokenise an alias into its trie path. Most aliases are plain words
 * ("Corée du Nord"): they skip the tokeniser, which keeps compiling the
 * built-in dictionary off the first call's time.
 */
export function aliasPath(alias: string): string[] {
  const key = keyOf(alias);
  // Only a capital at the start of a word is allowed ("Corée du Nord", not "TotalEnergies" or "uneACTUALITES").
  if (PLAIN_ALIAS.test(key) && !hasInnerCapitals(alias)) return foldKey(key).split(' ');
  const path: string[] = [];
  for (const t of tokenize(alias)) path.push(...piecesOf(t.fold));
  return path;
}

/** A capital letter that does not open its word. */
function hasInnerCapitals(alias: string): boolean {
  for (let i = 1; i < alias.length; i++) {
    const ch = alias.charAt(i);
    if (alias.charAt(i - 1) !== ' ' && ch !== ch.toLowerCase()) return true;
  }
  return false;
}

function newNode(): TrieNode {
  return { next: null, payloads: null, lower: false };
}

function insert(root: TrieNode, path: readonly string[], payload: DictionaryPayload): void {
  let node = root;
  if (!payload.needsCapital) root.lower = true;
  for (const piece of path) {
    if (node.next === null) node.next = new Map();
    let child = node.next.get(piece);
    if (child === undefined) {
      child = newNode();
      node.next.set(piece, child);
    }
    node = child;
    if (!payload.needsCapital) node.lower = true;
  }
  if (node.payloads === null) node.payloads = [];
  // One payload per (canonical, type, source): aliases of one entry collapse.
  const k = node.payloads.findIndex((p) => p.canonical === payload.canonical && p.type === payload.type && p.source === payload.source);
  const p = node.payloads[k];
  if (p === undefined) {
    node.payloads.push(payload);
    node.payloads.sort((a, b) => a.priority - b.priority);
  } else if (
    (p.needsCapital && !payload.needsCapital) ||
    (p.needsUpper && !payload.needsUpper) ||
    (p.needsSecondCapital && !payload.needsSecondCapital) ||
    (!p.needsCapital && !payload.needsCapital && payload.laterCapitals < p.laterCapitals)
  ) {
    // Two forms of one alias that differ in case ("Houthis", "houthis"): the one that asks less decides.
    const needsCapital = p.needsCapital && payload.needsCapital;
    node.payloads[k] = {
      ...p,
      needsCapital,
      needsUpper: p.needsUpper && payload.needsUpper,
      needsSecondCapital: p.needsSecondCapital && payload.needsSecondCapital,
      laterCapitals: needsCapital ? 0 : Math.min(p.needsCapital ? Infinity : p.laterCapitals, payload.needsCapital ? Infinity : payload.laterCapitals),
    };
  }
}

/** The distinct forms of an entry, canonical first: the order its aliases compile in. */
export function formsOf(entry: SourceEntry): string[] {
  const forms = [entry.canonical];
  for (const a of entry.aliases ?? []) if (!forms.includes(a)) forms.push(a);
  return forms;
}

/** How many forms `formsOf` gives for all these entries, counted without building them. */
export function formCount(dictionaries: readonly SourceDictionary[]): number {
  let n = 0;
  for (const dict of dictionaries) {
    for (const entry of dict.entries) {
      const aliases = entry.aliases ?? [];
      n++;
      for (let a = 0; a < aliases.length; a++) if (aliases[a] !== entry.canonical && aliases.indexOf(aliases[a] as string) === a) n++;
    }
  }
  return n;
}

/** Acronyms of two or three capitals: spelt letter by letter, never written with one capital. */
const SHORT_ACRONYM = /^\p{Lu}{2,3}$/u;

/** A capitalised article then a capitalised word: "Le Temps", "La Croix", "L'Orient-Le Jour". */
const ARTICLE_TITLE = /^(?:Le|La|Les) \p{Lu}|^L['’]\p{Lu}/u;

/** The first word (after a number opening the name: "20 Minutes") starts with a capital. */
const FIRST_WORD_CAPITAL = /^(?:\d+ )?\p{Lu}/u;
/**
 * A first word that opens in lower case, then a space or an apostrophe: "mer Noire", "groupe Wagner", "île d'Yeu";
 * also a brand with inner capitals, "beIN Sports" (which then needs "Sports" capitalised, like "mer Noire").
 */
const LOWER_FIRST_WORD = /^(?:\d+ )?\p{Ll}\p{L}*['’ ]/u;

/** Words after the first that start with a capital: "département d'État" → 1, "mer de Chine méridionale" → 1. */
function capitalisedWordsAfterFirst(alias: string): number {
  const words = alias.split(/[\s'’-]+/u).filter((w) => w !== '');
  return words.slice(1).filter((w) => /^\p{Lu}/u.test(w)).length;
}

/** The payload of one form; an entry with an id and a subtype (every built-in) gets the one shape built as a literal. */

function payloadOf(entry: SourceEntry, source: string, priority: number, alias: string): DictionaryPayload {
  const { canonical, type, id, subtype } = entry;
  const needsCapital = FIRST_WORD_CAPITAL.test(alias) || (alias !== alias.toLowerCase() && !LOWER_FIRST_WORD.test(alias));
  const laterCapitals = needsCapital ? 0 : capitalisedWordsAfterFirst(alias);
  const needsUpper = SHORT_ACRONYM.test(alias);
  const needsSecondCapital = ARTICLE_TITLE.test(alias);
  if (id !== undefined && subtype !== undefined) return { canonical, type, id, subtype, source, priority, needsCapital, needsUpper, needsSecondCapital, laterCapitals, alias };
  return {
    canonical,
    type,
    ...(id !== undefined ? { id } : {}),
    ...(subtype !== undefined ? { subtype } : {}),
    source,
    priority,
    needsCapital,
    needsUpper,
    needsSecondCapital,
    laterCapitals,
    alias,
  };
}

/**
 * Compile dictionaries into one trie. Earlier dictionaries win over later
 * ones when two entries share an alias; pass user dictionaries first.
 *
 * @example
 * const d = compileDictionaries([{ name: 'armes', entries: [{ canonical: 'KN-23', type: 'WEAPON', aliases: ['KN23'] }] }]);
 */
export function compileDictionaries(dictionaries: readonly unknown[], firstPriority = 0): CompiledDictionary {
  return compileValid(
    dictionaries.map((raw, d) => validateDictionary(raw, d)),
    firstPriority,
    null,
  );
}

/**
 * Compile dictionaries that are valid already. `paths`, when given, holds
 * the trie path of every form (pieces joined by spaces), in compile order:
 * dictionaries, their entries, then `formsOf` each entry. The built-ins
 * come with their paths computed at build time, which takes tokenising
 * thousands of aliases off the first call.
 *
 * With paths and `lazy`, the forms are only grouped by their first trie key:
 * a group is inserted the first time its key is looked up (`LazyChildren`),
 * so a text builds the branches of the words it holds and the first call
 * does not pay for ten thousand aliases it never meets. The PERSON forms
 * are listed at once (the person linking indexes them all).
 */
export function compileValid(
  dictionaries: readonly SourceDictionary[],
  firstPriority: number,
  given: readonly string[] | string | null,
  lazy = false,
  reread?: EntrySource,
): CompiledDictionary {
  if (lazy && given !== null) return compileLazily(dictionaries, firstPriority, typeof given === 'string' ? given : given.map((path) => latin1Escaped(path)).join('\n'), reread);
  const paths = typeof given === 'string' ? given.split('\n').map(latin1Unescaped) : given;
  const root = newNode();
  let size = 0;
  let next = 0;
  const names: string[] = [];
  const persons: { path: readonly string[]; payload: DictionaryPayload }[] = [];
  dictionaries.forEach((dict, d) => {
    names.push(dict.name);
    for (const entry of dict.entries) {
      for (const alias of formsOf(entry)) {
        const path = paths === null ? aliasPath(alias) : (paths[next++] ?? '').split(' ');
        if (path.length === 0 || path[0] === '') continue;
        const payload = payloadOf(entry, dict.name, firstPriority + d, alias);
        insert(root, path, payload);
        if (entry.type === 'PERSON') persons.push({ path, payload });
        size++;
      }
    }
  });
  return { names, size, root, persons };
}

/**
 * The entries of the dictionaries compiled lazily, given again when needed
 * instead of kept (the built-ins re-read them from their JSON text): one
 * entry for a branch, a whole dictionary for the walk over the persons.
 */
export interface EntrySource {
  entry(dictionary: number, index: number): SourceEntry;
  all(dictionary: number): readonly SourceEntry[];
}

/** A form of a lazily compiled dictionary as the person linking reads it. */
export interface PersonForm {
  readonly path: readonly string[];
  readonly payload: Pick<DictionaryPayload, 'canonical' | 'id'>;
}

/**
 * `compileValid` with lazy branches: group the forms by their first trie key, insert a group when its key is first
 * looked up. This runs once, cold, on the first call, and what it builds stays for the life of the process, so the
 * forms are kept in typed arrays rather than one object or string per form: each form is the index of its entry, of
 * its alias in that entry (-1: the canonical) and of its path in `paths` joined by line breaks, sliced when its
 * group is inserted. A group is a run of a form list sorted by group (in compile order inside a group).
 */
function compileLazily(dictionaries: readonly SourceDictionary[], firstPriority: number, text: string, reread?: EntrySource): CompiledDictionary {
  const root = newNode();
  const count = formCount(dictionaries);
  // The entries, unless `reread` gives them again when a branch or the person walk needs them (then none is kept).
  const entries: SourceEntry[] = [];
  // Index of the first entry of each dictionary, then the number of entries.
  const dictionaryStart: number[] = [];
  let entryCount = 0;
  // Per kept form (empty paths are skipped), in compile order.
  let formEntry = new Uint32Array(count);
  let formAlias = new Int32Array(count);
  let formPathStart = new Uint32Array(count);
  let formPathEnd = new Uint32Array(count);
  let formGroup = new Uint32Array(count);
  const formPerson = new Uint8Array(count);
  // The group of each first key (until the group is inserted).
  const groupOf = new Map<string, number>();
  const groupSize: number[] = [];
  let persons = 0;
  let size = 0;
  let at = 0;
  for (let d = 0; d < dictionaries.length; d++) {
    const dict = dictionaries[d] as SourceDictionary;
    dictionaryStart.push(entryCount);
    for (let e = 0; e < dict.entries.length; e++) {
      const entry = dict.entries[e] as SourceEntry;
      const aliases = entry.aliases ?? [];
      const entryIndex = entryCount++;
      if (reread === undefined) entries.push(entry);
      // The forms of `formsOf`, without building its array: the canonical, then each new alias.
      for (let a = -1; a < aliases.length; a++) {
        if (a >= 0 && (aliases[a] === entry.canonical || aliases.indexOf(aliases[a] as string) < a)) continue;
        // The next line of `text` (none past its end: an empty path, skipped like one).
        const start = Math.min(at, text.length);
        let end = text.indexOf('\n', start);
        if (end < 0) end = text.length;
        at = end + 1;
        if (end === start) continue;
        const space = text.indexOf(' ', start);
        const head = latin1Unescaped(text.slice(start, space < 0 || space > end ? end : space));
        let group = groupOf.get(head);
        if (group === undefined) {
          group = groupSize.length;
          groupOf.set(head, group);
          groupSize.push(0);
        }
        groupSize[group] = (groupSize[group] ?? 0) + 1;
        formEntry[size] = entryIndex;
        formAlias[size] = a;
        formPathStart[size] = start;
        formPathEnd[size] = end;
        formGroup[size] = group;
        if (entry.type === 'PERSON') {
          formPerson[size] = 1;
          persons++;
        }
        size++;
      }
    }
  }
  dictionaryStart.push(entryCount);
  formEntry = formEntry.slice(0, size);
  formAlias = formAlias.slice(0, size);
  formPathStart = formPathStart.slice(0, size);
  formPathEnd = formPathEnd.slice(0, size);
  // The forms sorted by group, stable (a counting sort); the PERSON forms in compile order.
  const groupStart = new Uint32Array(groupSize.length + 1);
  for (let g = 0; g < groupSize.length; g++) groupStart[g + 1] = (groupStart[g] ?? 0) + (groupSize[g] ?? 0);
  const byGroup = new Uint32Array(size);
  const filled = groupStart.slice(0, groupSize.length);
  const personForms = new Uint32Array(persons);
  for (let k = 0, p = 0; k < size; k++) {
    const g = formGroup[k] ?? 0;
    byGroup[filled[g] ?? 0] = k;
    filled[g] = (filled[g] ?? 0) + 1;
    if (formPerson[k] === 1) personForms[p++] = k;
  }
  formGroup = new Uint32Array(0);
  /** The group under first key `key`, once: -1 when there is none or it was taken. */
  const take = (key: string): number => {
    const group = groupOf.get(key);
    if (group === undefined) return -1;
    groupOf.delete(key);
    return group;
  };
  const names = dictionaries.map((dict) => dict.name);
  const pathOf = (k: number): string[] => latin1Unescaped(text.slice(formPathStart[k] ?? 0, formPathEnd[k] ?? 0)).split(' ');
  const dictionaryOf = (index: number): number => {
    let d = 0;
    while ((dictionaryStart[d + 1] ?? Infinity) <= index) d++;
    return d;
  };
  /** The payload of form `k` (its entry kept or read again). */
  const payloadOfForm = (k: number): DictionaryPayload => {
    const index = formEntry[k] ?? 0;
    const d = dictionaryOf(index);
    const entry = reread === undefined ? (entries[index] as SourceEntry) : reread.entry(d, index - (dictionaryStart[d] ?? 0));
    const a = formAlias[k] ?? -1;
    return payloadOf(entry, names[d] ?? '', firstPriority + d, a < 0 ? entry.canonical : ((entry.aliases ?? [])[a] as string));
  };
  const insertGroup = (group: number): void => {
    for (let i = groupStart[group] ?? 0, end = groupStart[group + 1] ?? 0; i < end; i++) {
      const k = byGroup[i] ?? 0;
      insert(root, pathOf(k), payloadOfForm(k));
    }
  };
  // Conservative: some alias may match a lower-case first word (demonyms, "kremlin").
  root.lower = true;
  root.next = new LazyChildren(take, insertGroup);
  // Read once by the person linking (which indexes them): made on each walk rather than kept.
  // Only the canonical name and id: what the person index reads (no payload to work out per form).
  const personList: Iterable<PersonForm> = {
    *[Symbol.iterator]() {
      // Entries read again are read a dictionary at a time for the walk (one parse rather than one per person).
      let tableOf = -1;
      let table: readonly SourceEntry[] = [];
      for (const k of personForms) {
        const index = formEntry[k] ?? 0;
        let entry = entries[index];
        if (reread !== undefined) {
          const d = dictionaryOf(index);
          if (d !== tableOf) {
            tableOf = d;
            table = reread.all(d);
          }
          entry = table[index - (dictionaryStart[d] ?? 0)];
        }
        if (entry === undefined) continue;
        const { canonical, id } = entry;
        yield { path: pathOf(k), payload: id !== undefined ? { canonical, id } : { canonical } };
      }
    },
  };
  return { names, size, root, persons: personList };
}

/**
 * The root's children of a lazily compiled dictionary: looking up a first
 * key inserts the forms under it, in compile order (the order that decides
 * which payload of a shared alias comes first), then answers. Only `get`
 * builds: iterating the root sees the branches built so far, which is why
 * such a dictionary always lists its PERSON forms in `persons`.
 */
class LazyChildren extends Map<string, TrieNode> {
  readonly #take: (key: string) => number;
  readonly #insert: (group: number) => void;

  constructor(take: (key: string) => number, insertGroup: (group: number) => void) {
    super();
    this.#take = take;
    this.#insert = insertGroup;
  }

  override get(key: string): TrieNode | undefined {
    const child = super.get(key);
    if (child !== undefined) return child;
    const group = this.#take(key);
    if (group < 0) return undefined;
    this.#insert(group);
    return super.get(key);
  }
}

/** The alternatives of a hit with a single payload, shared (read-only). */
const NO_ALTERNATIVES: readonly DictionaryPayload[] = [];

/**
 * Find every dictionary hit, leftmost-longest, in one pass over the tokens.
 * Several compiled sets are searched together; at one span the set listed
 * first wins.
 */
export function matchDictionaries(doc: PreparedDocument, sets: readonly CompiledDictionary[]): DictionaryMatch[] {
  const out: DictionaryMatch[] = [];
  const tokens = doc.tokens;
  let i = 0;
  while (i < tokens.length) {
    let bestEnd = -1;
    let payloads: DictionaryPayload[] | null = null;
    // An index loop: this runs at every token, and nothing here should allocate.
    for (let s = 0; s < sets.length; s++) {
      const set = sets[s] as CompiledDictionary;
      const end = longestEnd(tokens, set.root, set.headClass ?? 0, i);
      if (end < 0 || end < bestEnd) continue;
      const fitting = fittingPayloads(nodeAt(tokens, set.root, i, end)?.payloads ?? [], tokens, i, end);
      payloads = end > bestEnd || payloads === null ? fitting : [...payloads, ...fitting];
      bestEnd = end;
    }
    if (bestEnd > 0 && payloads !== null) {
      const sorted = payloads.length > 1 ? [...payloads].sort((a, b) => a.priority - b.priority) : payloads;
      const payload = sorted[0];
      // Most hits have one payload: they share one empty list of alternatives (no rest-destructuring copy).
      if (payload !== undefined) out.push({ tokenStart: i, tokenEnd: bestEnd, payload, alternatives: sorted.length > 1 ? sorted.slice(1) : NO_ALTERNATIVES });
      i = bestEnd;
    } else {
      i++;
    }
  }
  return out;
}

/** A word in capitals ("NIS", "OTAN"), read without allocating: this runs during the walk. */
function inCapitals(text: string): boolean {
  if (text.length < 2) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c > 127) {
      const ch = text.charAt(i);
      if (ch !== ch.toUpperCase()) return false;
    }
  }
  return true;
}

/** Does the alias of `p` fit the words at `i`? ("Paris" needs a capital, "kremlin" does not, "NIS" needs capitals.) */
function fits(p: DictionaryPayload, tokens: readonly Token[], i: number, end: number, capitalized: boolean): boolean {
  if (p.needsSecondCapital && !isCapitalized(tokens[i + 1]?.text ?? '')) return false;
  if (p.needsUpper) return capitalized && inCapitals(tokens[i]?.text ?? '');
  if (p.laterCapitals > 0 && capitalisedAfter(tokens, i, end) < p.laterCapitals) return false;
  return capitalized || !p.needsCapital;
}

/** An upper-case letter at `c`, read without allocating for ASCII and Latin-1 (this runs during the walk). */
function upperAt(text: string, c: number): boolean {
  const code = text.charCodeAt(c);
  if (code < 0x100) return isLatinUpper(code);
  const ch = text.charAt(c);
  return ch !== ch.toLowerCase();
}

/** Capitalised words among the tokens `i+1..end-1` (a hyphenated token counts each capitalised piece: "Nouvelle-Zélande"). */
function capitalisedAfter(tokens: readonly Token[], i: number, end: number): number {
  let n = 0;
  for (let t = i + 1; t < end; t++) {
    const text = tokens[t]?.text ?? '';
    for (let c = 0; c < text.length; c++) {
      if ((c === 0 || text.charCodeAt(c - 1) === 45) && upperAt(text, c)) n++;
    }
  }
  return n;
}

/**
 * Is the name at `i` written with a capital? A number opening it takes the
 * case of the word after it: "20 Minutes", "60 Millions de consommateurs".
 */
function capitalStart(tokens: readonly Token[], i: number): boolean {
  const first = tokens[i];
  if (first === undefined) return false;
  return first.kind === 'number' ? isCapitalized(tokens[i + 1]?.text ?? '') : isCapitalized(first.text);
}

/** The payloads whose alias capitalisation fits the words at `i`. */
function fittingPayloads(payloads: readonly DictionaryPayload[], tokens: readonly Token[], i: number, end: number): DictionaryPayload[] {
  const capitalized = capitalStart(tokens, i);
  return payloads.filter((p) => fits(p, tokens, i, end, capitalized));
}

/** Does one of the payloads fit the words at `i`? (no allocation: runs during the walk) */
function anyFits(payloads: readonly DictionaryPayload[], tokens: readonly Token[], i: number, end: number, capitalized: boolean): boolean {
  for (const p of payloads) if (fits(p, tokens, i, end, capitalized)) return true;
  return false;
}

/** The trie node one token (a hyphenated token is several pieces) leads to from `node`. */
function step(node: TrieNode, fold: string): TrieNode | undefined {
  const next = node.next?.get(fold);
  // No trie key holds a hyphen: a miss on a hyphenated token may still match its pieces.
  if (next !== undefined || !fold.includes('-')) return next;
  let cur: TrieNode | undefined = node;
  for (const piece of piecesOf(fold)) {
    cur = cur.next?.get(piece);
    if (cur === undefined) return undefined;
  }
  // A lone dash ("Moscou - la capitale") has no pieces and ends the name.
  return cur === node ? undefined : cur;
}

/**
 * End (exclusive token index) of the longest alias from token `i` with a
 * payload that fits the case, over tokens of one sentence with no line break
 * or glued scraped words inside; -1 when none. Allocates nothing: this runs
 * at every token.
 */
function longestEnd(tokens: readonly Token[], root: TrieNode, headClass: WordClass, i: number): number {
  const first = tokens[i];
  // Most words start no alias: one bit test instead of a lookup in the root's thousands of keys.
  // (Numbers carry no word classes: "20 Minutes" is looked up.)
  if (first === undefined || (headClass !== 0 && (first.classes & headClass) === 0 && first.kind !== 'number')) return -1;
  const capitalized = capitalStart(tokens, i);
  let node = step(root, first.fold);
  let best = -1;
  const sentence = first.sentence;
  // After a lower-case first word, only the branches holding a lower-case alias can end in a hit.
  for (let t = i + 1; node !== undefined && (capitalized || node.lower); t++) {
    if (node.payloads !== null && anyFits(node.payloads, tokens, i, t, capitalized)) best = t;
    const tok = tokens[t];
    if (tok === undefined || tok.sentence !== sentence) break;
    // An alias never spans a line break or glued scraped words.
    if (tok.newlineBefore || (!tok.spaceBefore && tok.kind === 'word' && tokens[t - 1]?.kind === 'word')) break;
    node = step(node, tok.fold);
  }
  return best;
}

/**
 * Can a word start an alias of the dictionary? (the test of its head class)
 * A lower-case word ("la", "nord") only starts the aliases written in lower
 * case: "la" is a head of "La Haye" only when capitalised.
 */
export function startsAlias(dictionary: CompiledDictionary, word: { readonly text: string; readonly fold: string }): boolean {
  const node = step(dictionary.root, word.fold);
  return node !== undefined && (node.lower || isCapitalized(word.text));
}

/** The trie node reached by the tokens `i..end` (walked again for a hit: hits are few). */
function nodeAt(tokens: readonly Token[], root: TrieNode, i: number, end: number): TrieNode | undefined {
  let node: TrieNode | undefined = root;
  for (let t = i; t < end && node !== undefined; t++) node = step(node, tokens[t]?.fold ?? '');
  return node;
}
