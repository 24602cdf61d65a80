/**
 * extractQuantities pipeline: span finding (rules) and value resolution
 * (resolve/) are kept apart.
 */
import type { Entity, PreparedDocument, Quantity } from '../types.js';

/** What the quantity pipeline receives besides the document. */
export interface QuantityContext {
  /** Entities already found (DATE spans are not quantities), when available. */
  readonly entities: readonly Entity[] | null;
}

/** Find the quantities of a prepared document. */
export function findQuantities(doc: PreparedDocument, ctx: QuantityContext): Quantity[] {
  void doc;
  void ctx;
  return [];
}
