/**
 * extractAttributions pipeline: quotes, reporting cues and speakers, with
 * speakers linked to the entities of the document.
 */
import type { Attribution, Entity, PreparedDocument } from '../types.js';

/** What the attribution pipeline receives besides the document. */
export interface AttributionContext {
  /** The document's entities (speakers are linked to them). */
  readonly entities: readonly Entity[];
}

/** Find who said what in a prepared document. */
export function findAttributions(doc: PreparedDocument, ctx: AttributionContext): Attribution[] {
  void doc;
  void ctx;
  return [];
}
