/**
 * Builds the built-in geopolitical dictionary.
 *
 *   npx tsx scripts/build-lexicon.ts          write src/lexicon/generated/*.ts
 *   npx tsx scripts/build-lexicon.ts --check  fail if the committed files are stale
 *
 * Inputs: the hand-edited lists in src/lexicon/data/*.json, the French names of
 * `i18n-iso-countries` and the French names and demonyms of `world-countries`.
 * Output: compact TypeScript modules under src/lexicon/generated/ (one entry a
 * line), committed, never edited by hand.
 *
 * `buildLexicon()` is pure (reads files, writes nothing) so the test suite can
 * regenerate in-process and compare with what is committed.
 */
import { jsonArrayText } from './json-source.js';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BUILTIN_DICTIONARY_ORDER, type BuiltinDictionaryName, type BuiltinEntry } from '../src/lexicon/builtin-entry.js';
import { aliasPath, formsOf } from '../src/lexicon/dictionary.js';
import { latin1Escaped } from '../src/lexicon/packed-keys.js';

const require = createRequire(import.meta.url);

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DATA_DIR = join(ROOT, 'src/lexicon/data');
export const GENERATED_DIR = join(ROOT, 'src/lexicon/generated');

const TYPES = new Set(['PERSON', 'ORGANIZATION', 'LOCATION', 'NATIONALITY']);

/**
 * Short French words an alias must never be (case-folded): a capitalised alias
 * also matches a sentence-initial word ("IL" would match "Il").
 */
export const FORBIDDEN_ALIASES: ReadonlySet<string> = new Set(
  (
    'a au aux as an ai ca ce ces ci de des du da di do en es et eu il ils je la le les lu ma me mes ne ni no ' +
    'nos on or os ou pa pe pu qu sa se ses si so son sur ta te tes tu un une va vu y ça là où est été mai ' +
    'mars juin août sept nord sud est ouest fin car dont par pour avec sans sous chez lui elle nous vous leur ' +
    'tout tous mais donc ont sont été fait dit hier vers entre selon aussi plus moins bien'
  ).split(' '),
);

/** Countries that are not ISO-independent but are treated as country-like. */
const COUNTRY_LIKE = new Set(['XK', 'PS', 'TW']);
/** world-countries records that are not places in the news sense. */
const SKIP_COUNTRIES = new Set(['AQ', 'BV', 'HM', 'UM', 'IO', 'GS']);

// ---------------------------------------------------------------------------
// Input shapes

interface RawEntry {
  canonical: string;
  type: string;
  aliases: string[];
  id?: string;
  subtype?: string;
}

interface RawList {
  source: string;
  entries: RawEntry[];
  /** countries-extra.json: package names never to use as aliases. */
  excludeAliases?: string[];
  /** demonyms-extra.json: country ids whose package demonyms are dropped. */
  skip?: string[];
}

interface RawFirstNames {
  source: string;
  names: string[];
  koreanChineseSurnames: string[];
  feminine: string[];
  unisex: string[];
}

interface WorldCountry {
  cca2: string;
  cca3: string;
  independent: boolean | null;
  translations: Record<string, { common: string; official: string } | undefined>;
  demonyms?: Record<string, { m: string; f: string } | undefined>;
}

interface IsoCountries {
  registerLocale(locale: unknown): void;
  getNames(lang: string, options: { select: 'all' }): Record<string, string[]>;
}

// ---------------------------------------------------------------------------
// Helpers

/** Key under which the matcher sees an alias: case- and accent-folded, hyphen = space. */
export function foldKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[-‐‑–]/g, ' ')
    .replace(/\s*'\s*/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

export function slug(s: string): string {
  return foldKey(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Why a surface form is unusable, or null when it is fine. */
export function formProblem(form: string): string | null {
  if (form.trim() === '') return 'empty form';
  if (form !== form.trim()) return 'leading or trailing whitespace';
  if (/\s{2,}/.test(form) || /[\t\n\r\u00a0]/.test(form)) return 'stray whitespace';
  if (/\s[-']|[-'’]\s/.test(form)) return 'space around a hyphen or apostrophe';
  if (FORBIDDEN_ALIASES.has(foldKey(form))) return 'collides with a French function word';
  if (/^\p{L}{1,2}$/u.test(form) && form !== form.toUpperCase()) return 'one- or two-letter non-acronym';
  return null;
}

function fail(file: string, index: number, what: string): never {
  throw new Error(`build-lexicon: ${file} entry ${index}: ${what}`);
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8')) as unknown;
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

function readList(file: string): RawList {
  const raw = readJson(file);
  if (typeof raw !== 'object' || raw === null) throw new Error(`build-lexicon: ${file}: not an object`);
  const obj = raw as Record<string, unknown>;
  if (typeof obj.source !== 'string' || obj.source.trim() === '') throw new Error(`build-lexicon: ${file}: missing "source"`);
  if (!Array.isArray(obj.entries)) throw new Error(`build-lexicon: ${file}: missing "entries"`);
  const allowedTop = new Set(['source', 'entries', 'excludeAliases', 'skip']);
  for (const k of Object.keys(obj)) if (!allowedTop.has(k)) throw new Error(`build-lexicon: ${file}: unknown field "${k}"`);
  const allowed = new Set(['canonical', 'type', 'aliases', 'id', 'subtype']);
  const entries: RawEntry[] = obj.entries.map((e: unknown, i: number) => {
    if (typeof e !== 'object' || e === null) fail(file, i, 'not an object');
    const r = e as Record<string, unknown>;
    for (const k of Object.keys(r)) if (!allowed.has(k)) fail(file, i, `unknown field "${k}"`);
    if (typeof r.canonical !== 'string') fail(file, i, 'canonical must be a string');
    const p = formProblem(r.canonical);
    if (p !== null) fail(file, i, `canonical ${JSON.stringify(r.canonical)}: ${p}`);
    if (typeof r.type !== 'string' || !TYPES.has(r.type)) fail(file, i, `type must be one of ${[...TYPES].join(', ')}`);
    if (!isStringArray(r.aliases)) fail(file, i, `(${r.canonical}) aliases must be an array of strings`);
    for (const a of r.aliases) {
      const q = formProblem(a);
      if (q !== null) fail(file, i, `(${r.canonical}) alias ${JSON.stringify(a)}: ${q}`);
    }
    const out: RawEntry = { canonical: r.canonical, type: r.type, aliases: r.aliases };
    if (r.id !== undefined) {
      if (typeof r.id !== 'string' || !/^[a-z]+:[A-Za-z0-9:-]+$/.test(r.id)) fail(file, i, `(${r.canonical}) bad id`);
      out.id = r.id;
    }
    if (r.subtype !== undefined) {
      if (typeof r.subtype !== 'string' || r.subtype.trim() === '') fail(file, i, `(${r.canonical}) bad subtype`);
      out.subtype = r.subtype;
    }
    return out;
  });
  const list: RawList = { source: obj.source, entries };
  if (obj.excludeAliases !== undefined) {
    if (!isStringArray(obj.excludeAliases)) throw new Error(`build-lexicon: ${file}: excludeAliases must be strings`);
    list.excludeAliases = obj.excludeAliases;
  }
  if (obj.skip !== undefined) {
    if (!isStringArray(obj.skip)) throw new Error(`build-lexicon: ${file}: skip must be strings`);
    list.skip = obj.skip;
  }
  return list;
}

/** Exact-string dedupe, order kept. */
function uniq(forms: Iterable<string>): string[] {
  return [...new Set(forms)];
}

/** French plural of a demonym form. */
export function pluralize(form: string): string {
  if (/[sxz]$/.test(form)) return form;
  if (/eau$/.test(form)) return `${form}x`;
  if (/al$/.test(form)) return `${form.slice(0, -2)}aux`;
  return `${form}s`;
}

/** All inflections of the given singular demonym forms, lower-case. */
export function inflect(forms: readonly string[]): string[] {
  const out: string[] = [];
  for (const f of forms) {
    const low = f.toLowerCase();
    out.push(low, pluralize(low));
  }
  return uniq(out);
}

/**
 * Collects entries of one type and guarantees that no fold key is claimed by
 * two entries. `strict` conflicts throw (hand data); others drop the later
 * claim with a warning (package data, resolved by priority order).
 */
class Registry {
  private readonly owner = new Map<string, string>();
  constructor(
    private readonly type: string,
    private readonly warnings: string[],
  ) {}

  claim(entry: BuiltinEntry, strict: boolean): BuiltinEntry | null {
    const kept: string[] = [];
    const local = new Set<string>();
    for (const a of entry.aliases) {
      const k = foldKey(a);
      const other = this.owner.get(k);
      if (other !== undefined && other !== entry.id) {
        if (strict) {
          throw new Error(`build-lexicon: ${this.type} alias ${JSON.stringify(a)} of ${entry.id} is already used by ${other}`);
        }
        this.warnings.push(`dropped ${this.type} alias ${JSON.stringify(a)} of ${entry.id} (already ${other})`);
        continue;
      }
      local.add(k);
      kept.push(a);
    }
    if (kept.length === 0) {
      this.warnings.push(`dropped ${entry.id}: no alias left`);
      return null;
    }
    for (const k of local) this.owner.set(k, entry.id);
    // A canonical name taken by an earlier entry gives way to the first alias left.
    const canonical = kept.includes(entry.canonical) ? entry.canonical : (kept[0] ?? entry.canonical);
    return { ...entry, canonical, aliases: kept };
  }
}

// ---------------------------------------------------------------------------
// Build

export interface LexiconBuild {
  countries: BuiltinEntry[];
  cities: BuiltinEntry[];
  regions: BuiltinEntry[];
  demonyms: BuiltinEntry[];
  organizations: BuiltinEntry[];
  people: BuiltinEntry[];
  firstNames: string[];
  eastAsianSurnames: string[];
  /** file name (relative to src/lexicon/generated) → content */
  files: Record<string, string>;
  warnings: string[];
}

function loadCountrySources(): { world: WorldCountry[]; isoNames: Record<string, string[]> } {
  const world = require('world-countries') as WorldCountry[];
  const iso = require('i18n-iso-countries') as IsoCountries;
  iso.registerLocale(require('i18n-iso-countries/langs/fr.json'));
  return { world, isoNames: iso.getNames('fr', { select: 'all' }) };
}

function entry(canonical: string, type: string, aliases: readonly string[], id: string, subtype: string): BuiltinEntry {
  return { canonical, type, aliases: uniq([canonical, ...aliases]), id, subtype };
}

export function buildLexicon(): LexiconBuild {
  const warnings: string[] = [];
  const { world, isoNames } = loadCountrySources();

  const countriesExtra = readList('countries-extra.json');
  const cityList = readList('capitals-cities.json');
  const regionList = readList('regions.json');
  const orgList = readList('organizations.json');
  const peopleList = readList('people.json');
  const demExtra = readList('demonyms-extra.json');
  const firstNamesRaw = readJson('first-names.json') as RawFirstNames;

  const exclude = new Set((countriesExtra.excludeAliases ?? []).map(foldKey));
  const extraById = new Map<string, RawEntry>();
  const extraOther: RawEntry[] = [];
  for (const e of countriesExtra.entries) {
    if (e.type !== 'LOCATION') throw new Error(`build-lexicon: countries-extra.json: ${e.canonical} must be LOCATION`);
    if (e.id === undefined) throw new Error(`build-lexicon: countries-extra.json: ${e.canonical} needs an id`);
    if (e.id.startsWith('iso:')) extraById.set(e.id, e);
    else extraOther.push(e);
  }

  // Countries, most important first: that order decides who keeps a shared name.
  const ordered = world
    .filter((c) => !SKIP_COUNTRIES.has(c.cca2))
    .map((c) => ({ c, rank: c.independent === true || COUNTRY_LIKE.has(c.cca2) ? 0 : 1 }))
    .sort((a, b) => a.rank - b.rank || (a.c.cca2 < b.c.cca2 ? -1 : a.c.cca2 > b.c.cca2 ? 1 : 0));

  const locations = new Registry('LOCATION', warnings);
  const countries: BuiltinEntry[] = [];
  for (const { c, rank } of ordered) {
    const id = `iso:${c.cca2}`;
    const fra = c.translations.fra;
    const extra = extraById.get(id);
    extraById.delete(id);
    const names: string[] = [];
    for (const raw of [fra?.common, fra?.official, ...(isoNames[c.cca2] ?? [])]) {
      if (raw === undefined) continue;
      const n = raw.replace(/’/g, "'");
      const problem = /[(),]/.test(n)
        ? 'punctuation'
        : /^(La|Les|Le|L') /.test(n)
          ? 'leading article'
          : exclude.has(foldKey(n))
            ? 'excluded'
            : formProblem(n);
      if (problem !== null) {
        warnings.push(`skipped country name ${JSON.stringify(raw)} of ${id}: ${problem}`);
        continue;
      }
      names.push(n);
    }
    const canonical = extra?.canonical ?? fra?.common ?? names[0];
    if (canonical === undefined) {
      warnings.push(`skipped ${id}: no French name`);
      continue;
    }
    const subtype = extra?.subtype ?? (rank === 0 ? 'country' : 'territory');
    // Hand aliases are checked strictly; package names yield to earlier claims.
    const hand = extra === undefined ? [] : uniq([extra.canonical, ...extra.aliases]);
    const fromHand = locations.claim(entry(canonical, 'LOCATION', hand.length > 0 ? hand : [canonical], id, subtype), hand.length > 0);
    const fromPkg = locations.claim(entry(canonical, 'LOCATION', names, id, subtype), false);
    const aliases = uniq([...(fromHand?.aliases ?? []), ...(fromPkg?.aliases ?? [])]);
    const first = aliases[0];
    if (first === undefined) continue;
    countries.push({ canonical: aliases.includes(canonical) ? canonical : first, type: 'LOCATION', aliases, id, subtype });
  }
  for (const id of extraById.keys()) throw new Error(`build-lexicon: countries-extra.json: ${id} is not a world-countries code`);
  for (const e of extraOther) {
    const got = locations.claim(entry(e.canonical, 'LOCATION', e.aliases, e.id ?? `hist:${slug(e.canonical)}`, e.subtype ?? 'country'), true);
    if (got !== null) countries.push(got);
  }

  const fromList = (list: RawList, file: string, type: string, reg: Registry, idOf: (e: RawEntry) => string, defaultSubtype: string): BuiltinEntry[] => {
    const out: BuiltinEntry[] = [];
    const seenIds = new Set<string>();
    list.entries.forEach((e, i) => {
      if (e.type !== type) fail(file, i, `(${e.canonical}) type must be ${type}`);
      const id = e.id ?? idOf(e);
      if (seenIds.has(id)) fail(file, i, `duplicate id ${id}`);
      seenIds.add(id);
      const got = reg.claim(entry(e.canonical, type, e.aliases, id, e.subtype ?? defaultSubtype), true);
      if (got !== null) out.push(got);
    });
    return out;
  };

  const cities = fromList(cityList, 'capitals-cities.json', 'LOCATION', locations, (e) => {
    throw new Error(`build-lexicon: capitals-cities.json: ${e.canonical} needs an id "city:CC:slug"`);
  }, 'city');
  for (const c of cities) {
    if (!/^city:[A-Z]{2}:[a-z0-9-]+$/.test(c.id)) throw new Error(`build-lexicon: capitals-cities.json: bad city id ${c.id}`);
  }
  const regions = fromList(regionList, 'regions.json', 'LOCATION', locations, (e) => `region:${slug(e.canonical)}`, 'region');

  const organizations = fromList(orgList, 'organizations.json', 'ORGANIZATION', new Registry('ORGANIZATION', warnings), (e) => `org:${slug(e.canonical)}`, 'organization');
  const people = fromList(peopleList, 'people.json', 'PERSON', new Registry('PERSON', warnings), (e) => `person:${slug(e.canonical)}`, 'person');

  // Demonyms: hand overrides (same iso id) replace the package forms.
  const nat = new Registry('NATIONALITY', warnings);
  const demSkip = new Set(demExtra.skip ?? []);
  const demById = new Map<string, RawEntry>();
  const demOther: RawEntry[] = [];
  demExtra.entries.forEach((e, i) => {
    if (e.type !== 'NATIONALITY') fail('demonyms-extra.json', i, `(${e.canonical}) type must be NATIONALITY`);
    for (const f of [e.canonical, ...e.aliases]) {
      if (f !== f.toLowerCase()) fail('demonyms-extra.json', i, `(${e.canonical}) demonym forms are lower-case`);
    }
    if (e.id === undefined) fail('demonyms-extra.json', i, `(${e.canonical}) needs an id`);
    if (e.id.startsWith('iso:')) demById.set(e.id, e);
    else demOther.push(e);
  });
  const demonyms: BuiltinEntry[] = [];
  for (const { c } of ordered) {
    const id = `iso:${c.cca2}`;
    const hand = demById.get(id);
    demById.delete(id);
    if (hand !== undefined) {
      const got = nat.claim(entry(hand.canonical, 'NATIONALITY', inflect([hand.canonical, ...hand.aliases]), id, hand.subtype ?? 'nationality'), true);
      if (got !== null) demonyms.push(got);
      continue;
    }
    if (demSkip.has(id)) continue;
    const d = c.demonyms?.fra;
    if (d === undefined) continue;
    const forms = [d.m, d.f]
      .flatMap((f) => f.split(/\s*,\s*/))
      .map((f) => f.trim().toLowerCase())
      .filter((f) => {
        if (f === '') return false;
        if (/\s/.test(f)) {
          warnings.push(`skipped demonym ${JSON.stringify(f)} of ${id}`);
          return false;
        }
        return formProblem(f) === null;
      });
    const canonical = forms[0];
    if (canonical === undefined) continue;
    const got = nat.claim(entry(canonical, 'NATIONALITY', inflect(forms), id, 'nationality'), false);
    if (got !== null) demonyms.push(got);
  }
  for (const id of demById.keys()) throw new Error(`build-lexicon: demonyms-extra.json: ${id} is not a world-countries code`);
  for (const e of demOther) {
    const got = nat.claim(entry(e.canonical, 'NATIONALITY', inflect([e.canonical, ...e.aliases]), e.id ?? `people:${slug(e.canonical)}`, e.subtype ?? 'people'), true);
    if (got !== null) demonyms.push(got);
  }

  // First names.
  if (!isStringArray(firstNamesRaw.names) || !isStringArray(firstNamesRaw.koreanChineseSurnames) || !isStringArray(firstNamesRaw.feminine) || !isStringArray(firstNamesRaw.unisex)) {
    throw new Error('build-lexicon: first-names.json: "names", "koreanChineseSurnames", "feminine" and "unisex" must be arrays of strings');
  }
  const checkNames = (list: string[], what: string): string[] => {
    for (const n of list) {
      // Surnames may be one or two letters ("O", "Ri", "Yu"): only the spacing rules apply to them.
      const p = formProblem(n);
      const spacingOnly = p === 'collides with a French function word' || p === 'one- or two-letter non-acronym';
      if (p !== null && !(spacingOnly && what === 'surname')) {
        throw new Error(`build-lexicon: first-names.json: ${what} ${JSON.stringify(n)}: ${p}`);
      }
      if (!/^\p{Lu}/u.test(n)) throw new Error(`build-lexicon: first-names.json: ${what} ${JSON.stringify(n)} must be capitalised`);
    }
    const seen = new Set<string>();
    for (const n of list) {
      if (seen.has(n)) warnings.push(`duplicate ${what} ${n}`);
      seen.add(n);
    }
    return [...seen];
  };
  const firstNames = checkNames(firstNamesRaw.names, 'first name');
  const eastAsianSurnames = checkNames(firstNamesRaw.koreanChineseSurnames, 'surname');
  // Gender lists are only read for a pronoun's referent, never matched in the text: capitalised and without repeats.
  const genderList = (list: string[], what: string): string[] => {
    for (const n of list) if (!/^\p{Lu}/u.test(n)) throw new Error(`build-lexicon: first-names.json: ${what} ${JSON.stringify(n)} must be capitalised`);
    return [...new Set(list)];
  };
  const feminineNames = genderList(firstNamesRaw.feminine, 'feminine name');
  const unisexNames = genderList(firstNamesRaw.unisex, 'unisex name');

  const sources = (...s: string[]): string => s.map((x) => `//   ${x}`).join('\n');
  const header = (from: string): string =>
    `// GENERATED by scripts/build-lexicon.ts — do not edit; edit src/lexicon/data/*.json and run \`npx tsx scripts/build-lexicon.ts\`.\n// Sources:\n${from}\n`;
  const PKG_SOURCES = [
    'i18n-iso-countries (French names, getNames("fr", { select: "all" }))',
    'world-countries (translations.fra, demonyms.fra)',
  ];
  // The text of the entries, parsed where it is read (parseEntries, builtinEntryAt): see builtins.ts.
  const block = (name: string, entries: readonly BuiltinEntry[]): string =>
    `/** ${entries.length} entries, one per line. */\nexport const ${name}_JSON = ${jsonArrayText(entries.map(plainEntry))};\n`;

  const files: Record<string, string> = {
    'geo.ts':
      header(sources(...PKG_SOURCES, `countries-extra.json: ${countriesExtra.source}`, `capitals-cities.json: ${cityList.source}`, `regions.json: ${regionList.source}`)) +
      '\n' +
      block('COUNTRY_ENTRIES', countries) +
      '\n' +
      block('CITY_ENTRIES', cities) +
      '\n' +
      block('REGION_ENTRIES', regions),
    'demonyms.ts':
      header(sources(PKG_SOURCES[1] ?? '', `demonyms-extra.json: ${demExtra.source}`)) +
      '\n' +
      block('DEMONYM_ENTRIES', demonyms),
    'organizations.ts':
      header(sources(`organizations.json: ${orgList.source}`)) +
      '\n' +
      block('ORGANIZATION_ENTRIES', organizations),
    'people.ts':
      header(sources(`people.json: ${peopleList.source}`)) +
      '\n' +
      block('PEOPLE_ENTRIES', people),
    'first-names.ts':
      header(sources(`first-names.json: ${firstNamesRaw.source}`)) +
      '\n/** First names common in French news, as written (capitalised, accented). */\n' +
      `export const FIRST_NAMES: ReadonlySet<string> = new Set([\n${wrapStrings(firstNames)}\n]);\n` +
      '\n/** Korean and Chinese family names that open a name ("Ri Chang Dae", "Kim Kyou-hyun"). */\n' +
      `export const EAST_ASIAN_SURNAMES: ReadonlySet<string> = new Set([\n${wrapStrings(eastAsianSurnames)}\n]);\n` +
      '\n/** Women\'s first names, as written: with them, the other first names are men\'s (a pronoun\'s gender). */\n' +
      `export const FEMININE_FIRST_NAMES: ReadonlySet<string> = new Set([\n${wrapStrings(feminineNames)}\n]);\n` +
      '\n/** First names given to men and women alike ("Dominique", "Camille", "Andrea"): no gender. */\n' +
      `export const UNISEX_FIRST_NAMES: ReadonlySet<string> = new Set([\n${wrapStrings(unisexNames)}\n]);\n`,
    'alias-paths.ts': renderAliasPaths({ countries, organizations, cities, regions, people, demonyms }),
  };

  return { countries, cities, regions, demonyms, organizations, people, firstNames, eastAsianSurnames, files, warnings };
}

/**
 * The trie path of every built-in form (its fold pieces, as the tokeniser
 * gives them, joined by spaces), one per line in compile order: the first
 * extraction reads them instead of tokenising thousands of aliases. A
 * change to the tokeniser or to normalisation makes this file stale, which
 * `--check` (CI) reports.
 */
function renderAliasPaths(lists: Record<BuiltinDictionaryName, readonly BuiltinEntry[]>): string {
  const paths: string[] = [];
  for (const name of BUILTIN_DICTIONARY_ORDER) {
    for (const e of lists[name]) for (const form of formsOf({ canonical: e.canonical, type: e.type, aliases: [...e.aliases] })) paths.push(aliasPath(form).join(' '));
  }
  // One byte per character in the loaded module: see latin1Escaped.
  const body = paths.map((path) => latin1Escaped(path)).join('\n').replace(/[\\`]/gu, (c) => `\\${c}`).replace(/\$\{/gu, '\\${');
  return (
    '// GENERATED by scripts/build-lexicon.ts from the built-in entries and the tokeniser — do not edit; run `npx tsx scripts/build-lexicon.ts`.\n\n' +
    `/** Trie path of each of the ${paths.length} built-in forms, in compile order (see builtinAliasPaths in ../builtins.ts). */\n` +
    `export const ALIAS_PATHS = \`${body}\`;\n`
  );
}

/** An entry with its fields in one order: every built-in entry gets the same object shape when parsed. */
function plainEntry(e: BuiltinEntry): BuiltinEntry {
  return { canonical: e.canonical, type: e.type, aliases: e.aliases, id: e.id, subtype: e.subtype };
}

function wrapStrings(list: readonly string[]): string {
  const lines: string[] = [];
  let line = ' ';
  for (const n of list) {
    const piece = ` ${JSON.stringify(n)},`;
    if (line.length + piece.length > 110) {
      lines.push(line);
      line = ' ';
    }
    line += piece;
  }
  if (line.trim() !== '') lines.push(line);
  return lines.join('\n');
}

function main(): void {
  const check = process.argv.includes('--check');
  const verbose = process.argv.includes('--verbose');
  const built = buildLexicon();
  if (verbose) for (const w of built.warnings) console.warn(`warning: ${w}`);
  let stale = 0;
  mkdirSync(GENERATED_DIR, { recursive: true });
  for (const [name, content] of Object.entries(built.files)) {
    const path = join(GENERATED_DIR, name);
    let old = '';
    try {
      old = readFileSync(path, 'utf8');
    } catch {
      old = '';
    }
    if (old === content) continue;
    stale++;
    if (check) console.error(`stale: src/lexicon/generated/${name}`);
    else writeFileSync(path, content);
  }
  const total = Object.values(built.files).reduce((n, c) => n + Buffer.byteLength(c), 0);
  console.log(
    `countries ${built.countries.length}, cities ${built.cities.length}, regions ${built.regions.length}, ` +
      `demonyms ${built.demonyms.length}, organizations ${built.organizations.length}, people ${built.people.length}, ` +
      `first names ${built.firstNames.length}, east-asian surnames ${built.eastAsianSurnames.length}; ` +
      `${(total / 1024).toFixed(0)} KB, ${built.warnings.length} warnings${verbose ? '' : ' (--verbose to list)'}`,
  );
  if (check && stale > 0) process.exit(1);
  if (!check && stale > 0) console.log(`wrote ${stale} file(s) in src/lexicon/generated/`);
}

const invoked = process.argv[1];
if (invoked !== undefined && import.meta.url === pathToFileURL(resolve(invoked)).href) main();
