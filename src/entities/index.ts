/**
 * extractEntities pipeline: rules find candidate mentions over the prepared
 * document, refiners resolve overlaps, link mentions and give canonical names.
 */
import type { Entity, PreparedDocument } from '../types.js';
import type { CompiledDictionary } from '../lexicon/dictionary.js';

/** What the entity pipeline receives besides the document. */
export interface EntityContext {
  /** Compiled dictionaries, best first: per-call user, extractor user, then built-ins. */
  readonly dictionaries: readonly CompiledDictionary[];
  /** Publication date for relative dates, or null. */
  readonly referenceDate: Date | null;
}

/** Find the entities of a prepared document. */
export function findEntities(doc: PreparedDocument, ctx: EntityContext): Entity[] {
  void doc;
  void ctx;
  return [];
}
