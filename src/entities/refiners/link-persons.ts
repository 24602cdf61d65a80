/**
 * In-document person linking: a bare surname ("Poutine", "M. Kim",
 * "Narychkine") takes the canonical name of a fuller mention of the same
 * person in the text, or of a dictionary person; so does another word of
 * exactly one full name of the text ("M. Debretsion" after "Debretsion
 * Gebremichael", "Mme Trang" after "Đặng Thu Trang"). Among several people with
 * that surname ("Kim Jong Un", "Kim Kyou-hyun") the one mentioned most so
 * far wins, then the most recent. An untyped capitalised word that is such
 * a surname becomes a PERSON; a place guessed from a preposition too ("a
 * déclaré à Shin" after "Shin Wonsik").
 */
import { changed } from '../candidate.js';
import type { CompiledDictionary } from '../../lexicon/dictionary.js';
import { foldText, keyOf } from '../../text/normalize.js';
import { detached } from '../../text/tokenize.js';
import { GENERATION_SUFFIXES, NAME_PARTICLES } from '../data/name-context.js';
import { EAST_ASIAN_SURNAME_KEYS, FIRST_NAME_KEYS } from '../lexicons.js';
import type { Entity } from '../../types.js';
import { UNKNOWN, type Analysis, type Candidate, type EarlierPerson, type Refiner } from '../types.js';

interface Person {
  readonly canonical: string;
  readonly id?: string;
  mentions: number;
  last: number;
}

/** The fold key a bare mention of this full name uses: the family name. */
function surnameKeys(folds: readonly string[]): string[] {
  const words = folds.filter((f) => !NAME_PARTICLES.has(f) && !GENERATION_SUFFIXES.has(f));
  const first = words[0];
  const last = words[words.length - 1];
  if (first === undefined || last === undefined || words.length < 2) return [];
  // Korean and Chinese names put the family name first: "Kim Jong Un" → "kim".
  return EAST_ASIAN_SURNAME_KEYS.has(first) ? [first] : variants(last);
}

/**
 * The whole hyphenated family name of a full name whose dictionary path
 * splits it ("Alix Didier Fils-Aimé" → "fils-aime"): written in one word in
 * the text, it is that person's surname, not a pair of two surnames.
 */
function hyphenatedSurname(path: readonly string[], canonical: string): string[] {
  const last = canonical.slice(canonical.lastIndexOf(' ') + 1);
  if (path.length < 2 || !last.includes('-')) return [];
  const fold = foldText(last);
  return fold.replace(/-/gu, '') === path.slice(-fold.split('-').length).join('') ? [fold] : [];
}

/** A surname and its bare forms: "al-assad" → ["al-assad", "assad"]; "saint-exupery" → [..., "exupery"]. */
function variants(fold: string): string[] {
  const dash = fold.lastIndexOf('-');
  return dash > 0 && dash < fold.length - 1 ? [fold, fold.slice(dash + 1)] : [fold];
}

/** Folded "saint-", "sainte-", "st-", "ste-" opening a compound name. */
const SAINT_PREFIX = /^(?:saint|sainte|st|ste)-/u;

/** Name tokens of a candidate, as fold keys. */
function foldsOf(a: Analysis, c: Candidate): string[] {
  const out: string[] = [];
  for (let i = c.tokenStart; i < c.tokenEnd; i++) {
    const t = a.doc.tokens[i];
    if (t !== undefined && t.kind === 'word') out.push(t.fold);
  }
  return out;
}

/** The fold of the one name word of a mention made of a surname and its particles ("von der Leyen" → "leyen"), or null. */
function bareSurname(a: Analysis, c: Candidate): string | null {
  let word: string | null = null;
  for (let i = c.tokenStart; i < c.tokenEnd; i++) {
    const t = a.doc.tokens[i];
    if (t === undefined) return null;
    if (t.kind === 'word' && NAME_PARTICLES.has(t.key) && i < c.tokenEnd - 1) continue;
    // "M. L.": the dot of an initial.
    if (t.key === '.' && i === c.tokenEnd - 1 && i > c.tokenStart) continue;
    if (word !== null) return null;
    word = t.fold;
  }
  return word;
}

interface PersonIndex {
  /** Surname → canonical names → their ids. */
  readonly surnames: Map<string, Map<string, string | undefined>>;
  /** Name without spaces or hyphens ("shinwonsik") → canonical name: "Shin Wonsik" is "Shin Won-sik". */
  readonly compact: Map<string, string>;
  /** Last two name words of the names of three or more ("oligui nguema") → canonical names → their ids. */
  readonly endings: Map<string, Map<string, string | undefined>>;
}

/** Name words of a full name: its folds without particles or generation suffixes. */
function nameWordsOf(folds: readonly string[]): string[] {
  return folds.filter((f) => !NAME_PARTICLES.has(f) && !GENERATION_SUFFIXES.has(f));
}

/** Key of the last two name words of a name of three or more ("brice clotaire oligui nguema" → "oligui nguema"), or null. */
function endingKey(words: readonly string[]): string | null {
  return words.length >= 3 ? `${words[words.length - 2]} ${words[words.length - 1]}` : null;
}

const dictIndex = new WeakMap<CompiledDictionary, PersonIndex>();

/** The PERSON entries of a compiled dictionary, by surname and compact form (walked once, cached). */
function indexOf(d: CompiledDictionary): PersonIndex {
  let index = dictIndex.get(d);
  if (index !== undefined) return index;
  const built = new Map<string, Map<string, string | undefined>>();
  const compact = new Map<string, string>();
  const endings = new Map<string, Map<string, string | undefined>>();
  const add = (path: readonly string[], p: { readonly canonical: string; readonly id?: string }): void => {
    if (path.length >= 2 && !compact.has(path.join(''))) compact.set(path.join(''), p.canonical);
    for (const key of [...surnameKeys(path), ...hyphenatedSurname(path, p.canonical)]) {
      let set = built.get(key);
      if (set === undefined) built.set(key, (set = new Map()));
      if (!set.has(p.canonical)) set.set(p.canonical, p.id);
    }
    const ending = endingKey(nameWordsOf(path));
    if (ending !== null) {
      let set = endings.get(ending);
      if (set === undefined) endings.set(ending, (set = new Map()));
      if (!set.has(p.canonical)) set.set(p.canonical, p.id);
    }
  };
  if (d.persons !== undefined) {
    // The compiler listed the person forms: no walk through the places and organisations.
    for (const { path, payload } of d.persons) add(path, payload);
  } else {
    const stack: { node: typeof d.root; path: string[] }[] = [{ node: d.root, path: [] }];
    for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
      for (const p of item.node.payloads ?? []) if (p.type === 'PERSON') add(item.path, p);
      if (item.node.next !== null) for (const [piece, child] of item.node.next) stack.push({ node: child, path: [...item.path, piece] });
    }
  }
  index = { surnames: built, compact, endings };
  dictIndex.set(d, index);
  return index;
}

/** The dictionary person whose name is written here without its hyphens or spaces ("Shin Wonsik"). */
function compactMatch(a: Analysis, folds: readonly string[]): string | null {
  const key = folds.join('').replace(/-/gu, '');
  for (const d of a.ctx.dictionaries) {
    const hit = indexOf(d).compact.get(key);
    if (hit !== undefined) return hit;
  }
  return null;
}

/**
 * Is `fold` the surname of a person of these dictionaries ("poutine")?
 *
 * @example
 * isDictionarySurname([builtinCompiled()], 'poutine') // true
 */
export function isDictionarySurname(dictionaries: readonly CompiledDictionary[], fold: string): boolean {
  return dictionaries.some((d) => indexOf(d).surnames.has(fold));
}

/**
 * The dictionary person a bare surname names, when exactly one entry has it.
 *
 * @example
 * dictionarySurnameOwner([builtinCompiled()], 'ortega') // { canonical: 'Daniel Ortega' }
 */
export function dictionarySurnameOwner(dictionaries: readonly CompiledDictionary[], key: string): { canonical: string; id?: string } | null {
  for (const d of dictionaries) {
    const set = indexOf(d).surnames.get(key);
    if (set === undefined) continue;
    if (set.size > 1) return null;
    for (const [canonical, id] of set) return id !== undefined ? { canonical, id } : { canonical };
  }
  return null;
}

/** The one canonical name of a set, with its id; null when the set names several people. */
function onlyOne(set: ReadonlyMap<string, string | undefined> | undefined): { canonical: string; id?: string } | null {
  if (set === undefined || set.size !== 1) return null;
  for (const [canonical, id] of set) return id !== undefined ? { canonical, id } : { canonical };
  return null;
}

/**
 * The longer name a two-word name ends ("M. González Urrutia" after
 * "Edmundo González Urrutia"; "Oligui Nguema" for the dictionary's "Brice
 * Clotaire Oligui Nguema"): the one full name of the text of three or more
 * words ending so, else the one such dictionary name.
 */
function longerName(a: Analysis, words: readonly string[], inText: ReadonlyMap<string, Map<string, string | undefined>>): { canonical: string; id?: string } | null {
  if (words.length !== 2) return null;
  const key = `${words[0]} ${words[1]}`;
  const set = inText.get(key);
  if (set !== undefined) return onlyOne(set);
  for (const d of a.ctx.dictionaries) {
    const hit = indexOf(d).endings.get(key);
    if (hit !== undefined) return onlyOne(hit);
  }
  return null;
}

/** An unknown two-word name as the person whose longer name it ends, or the candidate as it is. */
function asLongerName(a: Analysis, c: Candidate, inText: ReadonlyMap<string, Map<string, string | undefined>>): Candidate {
  const longer = longerName(a, nameWordsOf(foldsOf(a, c)), inText);
  return longer === null ? c : changed(c, { type: 'PERSON', canonical: longer.canonical, id: longer.id, confidence: Math.max(c.confidence, 0.75) });
}

export const linkPersons: Refiner = (a, found) => {
  // Full names of three or more words in the text, by their last two.
  const textEndings = new Map<string, Map<string, string | undefined>>();
  for (const c of found) {
    if (c.type !== 'PERSON' || c.tokenEnd - c.tokenStart < 3) continue;
    const ending = endingKey(nameWordsOf(foldsOf(a, c)));
    if (ending === null) continue;
    let set = textEndings.get(ending);
    if (set === undefined) textEndings.set(ending, (set = new Map()));
    if (!set.has(c.canonical)) set.set(c.canonical, c.id);
  }
  // Full names of the document, by surname, with their canonical names.
  const full = new Map<string, { person: Person; start: number }[]>();
  // The other name words of those full names, for a person called by one of them alone.
  const given = new Map<string, Set<Person>>();
  const people = new Map<string, Person>();
  const fullAt = new Map<Candidate, Person>();
  const renamed = new Map<Candidate, Candidate>();
  // First names met alone ("Rachid, 54 ans, …"): that name alone again is the same person of the story.
  const firstNamed = new Set<string>();
  for (const f of found) if (f.type === 'PERSON' && f.rule === 'first-name' && f.tokenEnd - f.tokenStart === 1) firstNamed.add(foldsOf(a, f)[0] ?? '');
  for (const found1 of found) {
    // "López Obrador a ri": an unknown name that ends a longer full name is that person.
    const found0 = found1.type === UNKNOWN ? asLongerName(a, found1, textEndings) : found1;
    if (found0 !== found1) renamed.set(found1, found0);
    if (found0.type !== 'PERSON') continue;
    const folds = foldsOf(a, found0);
    const keys = surnameKeys(folds);
    if (keys.length === 0) continue;
    const known = found0.rule === 'dictionary-hit' ? null : compactMatch(a, folds);
    const longer = known !== null || found0.rule === 'dictionary-hit' ? null : longerName(a, nameWordsOf(folds), textEndings);
    const c = known !== null ? changed(found0, { canonical: known }) : longer !== null ? changed(found0, { canonical: longer.canonical, id: longer.id }) : found0;
    if (c !== found0) renamed.set(found1, c);
    let person = people.get(c.canonical);
    if (person === undefined) {
      person = c.id !== undefined ? { canonical: c.canonical, id: c.id, mentions: 0, last: -1 } : { canonical: c.canonical, mentions: 0, last: -1 };
      people.set(c.canonical, person);
    }
    fullAt.set(c, person);
    for (const key of keys) {
      let list = full.get(key);
      if (list === undefined) full.set(key, (list = []));
      list.push({ person, start: c.start });
    }
    // Its other name words: "M. Debretsion" for "Debretsion Gebremichael", "Mme Trang" for "Đặng Thu Trang".
    for (const word of nameWordsOf(folds)) {
      if (keys.includes(word)) continue;
      let set = given.get(word);
      if (set === undefined) given.set(word, (set = new Set()));
      set.add(person);
    }
  }

  // Characters other readings hold: a particle there is not free to join a surname (built on first need).
  let held: Uint8Array | null = null;
  const taken = (): Uint8Array => {
    if (held === null) {
      held = new Uint8Array(a.doc.text.length);
      for (const c of found) if (c.type !== UNKNOWN) held.fill(1, c.start, c.end);
    }
    return held;
  };
  const out: Candidate[] = [];
  for (const c0 of found) {
    const c = renamed.get(c0) ?? c0;
    const own = fullAt.get(c);
    if (own !== undefined) {
      own.mentions++;
      own.last = c.start;
      out.push(c);
      continue;
    }
    // A bare surname, maybe with its particles: "Poutine", "von der Leyen".
    const surname = bareSurname(a, c);
    // A single letter ("X") is no surname to look up alone, save an initial with its dot ("M. B.").
    const single = surname !== null && (surname.length > 1 || a.doc.text.charCodeAt(c.end - 1) === 46);
    // Guesses that a surname overrides: "à Shin" (locative), "le camp de Trump" (place noun), "MACRON" (acronym shape).
    const linkable =
      c.type === 'PERSON' ||
      c.type === UNKNOWN ||
      (c.type === 'LOCATION' && (c.rule === 'locative' || c.rule === 'name-shape' || c.rule === 'place-announcer')) ||
      (c.type === 'ORGANIZATION' && c.rule === 'acronym');
    if (!single || !linkable || c.rule === 'dictionary-hit' || c.rule === 'person-pair') {
      out.push(c);
      continue;
    }
    // "Saint-Michel", "Sainte-Anne": a saint's name in a place or a parish is no bare surname ("Michel").
    const keys = SAINT_PREFIX.test(surname ?? '') ? [surname ?? ''] : variants(surname ?? '');
    let chosen: Person | EarlierPerson | null = null;
    for (const key of keys) if (chosen === null) chosen = choose(full.get(key), c.start);
    // A full name of an earlier section of a long input.
    for (const key of keys) if (chosen === null) chosen = a.ctx.earlierPersons?.get(key) ?? null;
    // Another word of exactly one full name of the text: a given name, or the family name of a name written family first.
    if (chosen === null) {
      const one = given.get(surname ?? '');
      if (one !== undefined && one.size === 1) for (const p of one) chosen = p;
    }
    if (chosen !== null) {
      if ('mentions' in chosen) {
        chosen.mentions++;
        chosen.last = c.start;
      }
      out.push(withParticles(a, changed(c, { type: 'PERSON', canonical: chosen.canonical, id: chosen.id, confidence: Math.max(c.confidence, 0.8) }), taken));
      continue;
    }
    // A name met alone before as a first name is that person of the story again ("Rachid, 54 ans, … Rachid a vu").
    if (c.type === UNKNOWN && keys.some((k) => firstNamed.has(k))) {
      out.push(changed(c, { type: 'PERSON', confidence: Math.max(c.confidence, 0.7) }));
      continue;
    }
    let known: { canonical: string; id?: string } | null = null;
    // A place noun's guess gives way to a known person's surname too: "le camp de Trump", "près de Poutine".
    if (c.type === 'PERSON' || c.type === UNKNOWN || c.rule === 'acronym' || c.rule === 'place-announcer') for (const key of keys) if (known === null) known = dictionarySurnameOwner(a.ctx.dictionaries, key);
    // A first name alone that is also a dictionary surname names someone of the story, not that person:
    // "Rachid, qui tient une brasserie" is not the Iraqi president Abdel Latif Rachid.
    if (known !== null && (c.type === UNKNOWN || c.rule === 'first-name') && keys.some((k) => FIRST_NAME_KEYS.has(k))) {
      out.push(changed(c, { type: 'PERSON', confidence: Math.max(c.confidence, 0.7) }));
      continue;
    }
    if (known !== null) out.push(withParticles(a, changed(c, { type: 'PERSON', canonical: known.canonical, id: known.id, confidence: Math.max(c.confidence, 0.75) }), taken));
    else out.push(c);
  }
  return out;
};

/**
 * A bare surname takes in the particles its full name writes before it when
 * the text has them there too: "Mme Le Pen" → "Le Pen" (Marine Le Pen),
 * "le général De Gaulle" → "De Gaulle" (Charles de Gaulle).
 */
function withParticles(a: Analysis, c: Candidate, taken: () => Uint8Array): Candidate {
  // Most surnames have no particle before them: one look-up.
  if (c.tokenEnd - c.tokenStart !== 1 || !NAME_PARTICLES.has(a.doc.tokens[c.tokenStart - 1]?.key ?? '')) return c;
  const words = c.canonical.split(/\s+/u);
  const last = words[words.length - 1];
  if (last === undefined || foldText(last) !== a.doc.tokens[c.tokenStart]?.fold) return c;
  let n = 0;
  while (n < 2 && NAME_PARTICLES.has(keyOf(words[words.length - 2 - n] ?? ''))) n++;
  if (n === 0 || words.length - n < 2) return c;
  const sentence = a.doc.tokens[c.tokenStart]?.sentence;
  for (let k = 0; k < n; k++) {
    const t = a.doc.tokens[c.tokenStart - n + k];
    const after = a.doc.tokens[c.tokenStart - n + k + 1];
    if (t === undefined || after === undefined || t.kind !== 'word' || t.sentence !== sentence || !after.spaceBefore || after.newlineBefore) return c;
    if (t.key !== keyOf(words[words.length - 1 - n + k] ?? '') || taken()[t.start] === 1) return c;
  }
  const first = a.doc.tokens[c.tokenStart - n];
  return first === undefined ? c : changed(c, { start: first.start, tokenStart: c.tokenStart - n });
}

/** The most mentioned person so far with this surname, then the most recent; else the first one named later. */
function choose(list: readonly { person: Person; start: number }[] | undefined, at: number): Person | null {
  if (list === undefined) return null;
  let best: Person | null = null;
  for (const { person, start } of list) {
    if (start >= at) continue;
    if (best === null || person.mentions > best.mentions || (person.mentions === best.mentions && person.last > best.last)) best = person;
  }
  if (best !== null) return best;
  for (const { person, start } of list) if (start > at) return person;
  return null;
}

/**
 * Surname keys remembered from section to section: a stream of any length
 * keeps at most this many (a few megabytes), the names met longest ago
 * going first.
 */
export const MAX_EARLIER_KEYS = 20_000;

/**
 * Add the full names among a section's entities to the names later sections
 * link to, by surname key; a later full name of the same surname replaces
 * an earlier one (the most recent wins, as within a section).
 *
 * @example
 * rememberPersons(earlier, extractEntities('Le législateur Yoo Sang-bum a parlé.')) // earlier.get('yoo')?.canonical === 'Yoo Sang-bum'
 */
export function rememberPersons(into: Map<string, EarlierPerson>, entities: readonly Entity[]): void {
  for (const e of entities) {
    if (e.type !== 'PERSON') continue;
    const keys = surnameKeys(foldText(e.canonical).split(' ').filter((w) => w !== ''));
    // A name read off the text is a slice of its section: a copy, so that the map does not keep the section alive.
    const canonical = detached(e.canonical);
    const person: EarlierPerson = e.id !== undefined ? { canonical, id: e.id } : { canonical };
    for (const key of keys) {
      // Latest mention last; past the limit, the names met longest ago go first.
      into.delete(key);
      into.set(key, person);
    }
    for (const oldest of into.keys()) {
      if (into.size <= MAX_EARLIER_KEYS) break;
      into.delete(oldest);
    }
  }
}
