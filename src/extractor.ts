/**
 * The public entry points: input validation, option handling, one shared
 * text layer per call, and the order in which the pipelines run.
 */
import { findAttributions } from './attributions/index.js';
import { findEntities } from './entities/index.js';
import { rememberPersons } from './entities/refiners/link-persons.js';
import type { EarlierPerson } from './entities/types.js';
import { builtinCompiled } from './lexicon/builtins.js';
import { compileDictionaries, type CompiledDictionary } from './lexicon/dictionary.js';
import { findQuantities } from './quantities/index.js';
import { describe, isPrepared, prepare } from './text/prepare.js';
import { SECTION_CHARS, sectionBounds, shiftAttributions, shiftEntities, shiftQuantities, streamSections } from './text/sections.js';
import { shareAttributions, shareEntities, shareQuantities, type StringTable } from './text/shared-strings.js';
import type {
  Attribution,
  Dictionary,
  Entity,
  Extraction,
  ExtractionSection,
  ExtractOptions,
  Extractor,
  ExtractorConfig,
  PreparedDocument,
  Quantity,
  TextSource,
} from './types.js';

/** Dictionaries passed per call are compiled once per object and reused. */
const perCallCache = new WeakMap<readonly Dictionary[], CompiledDictionary>();

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/u;

/** Parse `referenceDate` ("2024-03-29" or a Date) into a UTC date, or throw a TypeError. */
export function parseReferenceDate(value: unknown): Date | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new TypeError('depeche: options.referenceDate is an invalid Date');
    return new Date(Date.UTC(value.getFullYear(), value.getMonth(), value.getDate()));
  }
  if (typeof value === 'string') {
    const m = ISO_DATE.exec(value.trim());
    if (m !== null) {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const date = new Date(Date.UTC(y, mo - 1, d));
      if (date.getUTCMonth() === mo - 1 && date.getUTCDate() === d) return date;
    }
    throw new TypeError(`depeche: options.referenceDate must be "YYYY-MM-DD" or a Date, received ${JSON.stringify(value)}`);
  }
  throw new TypeError(`depeche: options.referenceDate must be "YYYY-MM-DD" or a Date, received ${describe(value)}`);
}

function checkText(text: unknown, fn: string): PreparedDocument {
  if (isPrepared(text)) return text;
  if (typeof text !== 'string') {
    throw new TypeError(`depeche: ${fn}(text) expects \`text\` to be a string or a prepared document, received ${describe(text)}`);
  }
  return prepare(text);
}

function checkOptions(options: unknown, fn: string): ExtractOptions {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`depeche: ${fn}(text, options) expects \`options\` to be an object, received ${describe(options)}`);
  }
  return options as ExtractOptions;
}

function compilePerCall(dictionaries: unknown): CompiledDictionary | null {
  if (dictionaries === undefined) return null;
  if (!Array.isArray(dictionaries)) {
    throw new TypeError(`depeche: options.dictionaries must be an array of dictionaries, received ${describe(dictionaries)}`);
  }
  const list = dictionaries as Dictionary[];
  let compiled = perCallCache.get(list);
  if (compiled === undefined) {
    compiled = compileDictionaries(list);
    perCallCache.set(list, compiled);
  }
  return compiled;
}

/** Whitespace-only input: nothing to find. */
function isBlank(doc: PreparedDocument): boolean {
  return doc.tokens.length === 0;
}

/**
 * Build a reusable extractor: dictionaries are validated and compiled once.
 *
 * @example
 * const depeche = createExtractor({ dictionaries: [{ name: 'armes', entries: [{ canonical: 'KN-23', type: 'WEAPON' }] }] });
 * depeche.extractEntities('Un missile KN-23 a été tiré.')[0]?.type // 'WEAPON'
 */
export function createExtractor(config: ExtractorConfig = {}): Extractor {
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    throw new TypeError(`depeche: createExtractor(config) expects an object, received ${describe(config)}`);
  }
  if (config.builtins !== undefined && typeof config.builtins !== 'boolean') {
    throw new TypeError(`depeche: config.builtins must be a boolean, received ${describe(config.builtins)}`);
  }
  if (config.dictionaries !== undefined && !Array.isArray(config.dictionaries)) {
    throw new TypeError(`depeche: config.dictionaries must be an array of dictionaries, received ${describe(config.dictionaries)}`);
  }
  const own = config.dictionaries !== undefined && config.dictionaries.length > 0 ? compileDictionaries(config.dictionaries) : null;
  const useBuiltins = config.builtins !== false;
  const defaultDate = parseReferenceDate(config.referenceDate);

  const contextFor = (options: ExtractOptions, earlierPersons: Map<string, EarlierPerson> | null) => {
    const perCall = compilePerCall(options.dictionaries);
    const sets: CompiledDictionary[] = [];
    if (perCall !== null) sets.push(perCall);
    if (own !== null) sets.push(own);
    if (useBuiltins) sets.push(builtinCompiled());
    const referenceDate = options.referenceDate !== undefined ? parseReferenceDate(options.referenceDate) : defaultDate;
    return earlierPersons === null ? { dictionaries: sets, referenceDate } : { dictionaries: sets, referenceDate, earlierPersons };
  };

  /** Entities of a document or of one section; `earlier` carries the full names of a long input from section to section. */
  const entitiesOf = (doc: PreparedDocument, options: ExtractOptions, earlier: Map<string, EarlierPerson> | null): Entity[] => {
    if (isBlank(doc)) return [];
    const entities = sortSpans(findEntities(doc, contextFor(options, earlier)));
    if (earlier !== null) rememberPersons(earlier, entities);
    return entities;
  };

  const quantitiesOf = (doc: PreparedDocument, entities: readonly Entity[] | null): Quantity[] =>
    isBlank(doc) ? [] : sortSpans(findQuantities(doc, { entities }));

  const attributionsOf = (doc: PreparedDocument, entities: readonly Entity[]): Attribution[] =>
    isBlank(doc) ? [] : sortAttributions(findAttributions(doc, { entities }));

  /**
   * Run `job` on the whole input, or section by section for a long string
   * (see text/sections.ts), the sections sharing the full names met so far.
   * `place` moves a section's results to input offsets and takes their
   * repeated strings from the call's table (see text/shared-strings.ts).
   */
  const bySection = <T>(
    text: unknown,
    fn: string,
    job: (doc: PreparedDocument, earlier: Map<string, EarlierPerson> | null) => T,
    place: (result: T, by: number, strings: StringTable) => T,
    join: (parts: T[]) => T,
  ): T => {
    if (typeof text !== 'string' || text.length <= SECTION_CHARS) return job(checkText(text, fn), null);
    const earlier = new Map<string, EarlierPerson>();
    const strings: StringTable = new Map();
    const parts = sectionBounds(text).map(([start, end]) => place(job(prepare(text.slice(start, end)), earlier), start, strings));
    return parts.length === 1 ? (parts[0] as T) : join(parts);
  };

  const extractJob = (doc: PreparedDocument, opts: ExtractOptions, earlier: Map<string, EarlierPerson> | null): Extraction => {
    const entities = entitiesOf(doc, opts, earlier);
    return { entities, quantities: quantitiesOf(doc, entities), attributions: attributionsOf(doc, entities) };
  };

  return {
    extractEntities(text, options) {
      const opts = checkOptions(options, 'extractEntities');
      return bySection(text, 'extractEntities', (doc, earlier) => entitiesOf(doc, opts, earlier), placeEntities, concat);
    },
    extractQuantities(text, options) {
      const opts = checkOptions(options, 'extractQuantities');
      return bySection(text, 'extractQuantities', (doc, earlier) => quantitiesOf(doc, entitiesOf(doc, opts, earlier)), placeQuantities, concat);
    },
    extractAttributions(text, options) {
      const opts = checkOptions(options, 'extractAttributions');
      return bySection(text, 'extractAttributions', (doc, earlier) => attributionsOf(doc, entitiesOf(doc, opts, earlier)), placeAttributions, concat);
    },
    extract(text, options) {
      const opts = checkOptions(options, 'extract');
      return bySection(text, 'extract', (doc, earlier) => extractJob(doc, opts, earlier), placeExtraction, joinExtractions);
    },
    extractStream(source, options) {
      const chunks = checkSource(source);
      const opts = checkOptions(options, 'extractStream');
      // A bad reference date or dictionary is an error at the call, not at the first section.
      contextFor(opts, null);
      return streamJob(chunks, (doc, earlier) => extractJob(doc, opts, earlier));
    },
  };
}

/** Run `job` on each section of a streamed text, the sections sharing the full names met so far. */
async function* streamJob(
  chunks: TextSource,
  job: (doc: PreparedDocument, earlier: Map<string, EarlierPerson>) => Extraction,
): AsyncGenerator<ExtractionSection, void, undefined> {
  const earlier = new Map<string, EarlierPerson>();
  for await (const { offset, text } of streamSections(chunks)) {
    yield { offset, text, ...shiftExtraction(job(prepare(text), earlier), offset) };
  }
}

/** A string or a byte array (a Buffer) is one chunk; anything else must be iterable (sync or async). */
function checkSource(source: unknown): TextSource {
  if (typeof source === 'string' || source instanceof Uint8Array) return [source];
  if (typeof source === 'object' && source !== null && (Symbol.asyncIterator in source || Symbol.iterator in source)) return source as TextSource;
  throw new TypeError(`depeche: extractStream(source) expects \`source\` to be a string, UTF-8 bytes or an iterable of text chunks (a readable stream, an array), received ${describe(source)}`);
}

function shiftExtraction(r: Extraction, by: number): Extraction {
  return {
    entities: shiftEntities(r.entities, by),
    quantities: shiftQuantities(r.quantities, by),
    attributions: shiftAttributions(r.attributions, by),
  };
}

const placeEntities = (r: Entity[], by: number, strings: StringTable): Entity[] => shareEntities(shiftEntities(r, by), strings);
const placeQuantities = (r: Quantity[], by: number, strings: StringTable): Quantity[] => shareQuantities(shiftQuantities(r, by), strings);
const placeAttributions = (r: Attribution[], by: number, strings: StringTable): Attribution[] => shareAttributions(shiftAttributions(r, by), strings);

/** A section's results of a long string: at input offsets, with the call's shared strings. */
function placeExtraction(r: Extraction, by: number, strings: StringTable): Extraction {
  return {
    entities: placeEntities(r.entities, by, strings),
    quantities: placeQuantities(r.quantities, by, strings),
    attributions: placeAttributions(r.attributions, by, strings),
  };
}

function joinExtractions(parts: Extraction[]): Extraction {
  return {
    entities: concat(parts.map((p) => p.entities)),
    quantities: concat(parts.map((p) => p.quantities)),
    attributions: concat(parts.map((p) => p.attributions)),
  };
}

/**
 * Results of consecutive sections, in order (each list is already sorted and
 * they do not interleave). The list is made at its final length: grown by
 * push, the 190,000 entities of a 10 MB string left 3 MB of outgrown copies
 * as garbage at the moment memory peaks.
 */
function concat<T>(parts: T[][]): T[] {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Array<T>(length);
  let at = 0;
  for (const p of parts) for (const x of p) out[at++] = x;
  return out;
}

/** Sort by start, then longer span first (the contract's order). */
export function sortSpans<T extends { start: number; end: number }>(items: T[]): T[] {
  return items.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Attributions sort by the start of their earliest part (bounds read once per attribution, not per comparison). */
function sortAttributions(items: Attribution[]): Attribution[] {
  const keyed = items.map((a) => ({
    a,
    start: Math.min(a.content.start, a.cue?.start ?? Infinity, a.source?.start ?? Infinity),
    end: Math.max(a.content.end, a.cue?.end ?? -Infinity, a.source?.end ?? -Infinity),
  }));
  keyed.sort((x, y) => x.start - y.start || y.end - x.end);
  for (let i = 0; i < keyed.length; i++) items[i] = (keyed[i] as { a: Attribution }).a;
  return items;
}

let defaultExtractor: Extractor | null = null;

/** The shared extractor with built-ins and no user dictionary. */
export function getDefaultExtractor(): Extractor {
  if (defaultExtractor === null) defaultExtractor = createExtractor();
  return defaultExtractor;
}

/** Re-exported for the package entry. */
export type { Extraction };
