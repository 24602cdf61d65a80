/**
 * depeche: French news extraction. Entities with canonical names, quantities
 * with values, and attributions (who said what), as spans of the input.
 *
 * @example
 * import { extract } from 'depeche';
 * const { entities, quantities, attributions } = extract(texte, { referenceDate: '2024-03-29' });
 */
import { createExtractor, getDefaultExtractor } from './extractor.js';
import type { Attribution, Entity, Extraction, ExtractionSection, ExtractOptions, PreparedDocument, Quantity, TextSource } from './types.js';

/**
 * People, organisations, places, dates and nationalities, with canonical names.
 *
 * @example
 * extractEntities('M. Poutine est arrivé à Pyongyang.')
 * // [{ text: 'Poutine', type: 'PERSON', canonical: 'Vladimir Poutine', … }, { text: 'Pyongyang', type: 'LOCATION', … }]
 */
export function extractEntities(text: string | PreparedDocument, options?: ExtractOptions): Entity[] {
  return getDefaultExtractor().extractEntities(text, options);
}

/**
 * Counts, money, percentages, measures and durations with value, unit and object.
 *
 * @example
 * extractQuantities('environ 7.000 conteneurs')
 * // [{ text: '7.000', kind: 'count', value: 7000, approximate: true, object: { text: 'conteneurs', … }, … }]
 */
export function extractQuantities(text: string | PreparedDocument, options?: ExtractOptions): Quantity[] {
  return getDefaultExtractor().extractQuantities(text, options);
}

/**
 * Who said what: direct quotes, reported speech and "selon X".
 *
 * @example
 * extractAttributions('« Nous vaincrons », a déclaré KCNA.')
 * // [{ kind: 'direct', content: { text: 'Nous vaincrons', … }, cue: { text: 'a déclaré', lemma: 'déclarer', … }, source: { text: 'KCNA', … } }]
 */
export function extractAttributions(text: string | PreparedDocument, options?: ExtractOptions): Attribution[] {
  return getDefaultExtractor().extractAttributions(text, options);
}

/**
 * All three pipelines on one shared analysis of the text.
 *
 * @example
 * const { entities, quantities, attributions } = extract(texte, { referenceDate: '2024-03-29' });
 */
export function extract(text: string | PreparedDocument, options?: ExtractOptions): Extraction {
  return getDefaultExtractor().extract(text, options);
}

/**
 * `extract` on a text of any length read chunk by chunk (a file stream, a
 * fetch body, an array of strings): yields the results section by section,
 * offsets counted from the start of the stream, holding a few sections and
 * one chunk at a time.
 *
 * @example
 * for await (const section of extractStream(createReadStream('depeches.txt'))) {
 *   for (const e of section.entities) console.log(e.start, e.type, e.canonical);
 * }
 */
export function extractStream(source: TextSource | string | Uint8Array, options?: ExtractOptions): AsyncGenerator<ExtractionSection, void, undefined> {
  return getDefaultExtractor().extractStream(source, options);
}

export { createExtractor };
export { prepare } from './text/prepare.js';
export { validateDictionary } from './lexicon/dictionary.js';
export type {
  Attribution,
  AttributionKind,
  Dictionary,
  DictionaryEntry,
  Entity,
  EntityType,
  Extraction,
  ExtractionSection,
  ExtractOptions,
  Extractor,
  ExtractorConfig,
  PreparedDocument,
  Quantity,
  QuantityKind,
  Sentence,
  Span,
  TextSource,
  Token,
  TokenKind,
} from './types.js';
