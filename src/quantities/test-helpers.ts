/**
 * Test helpers for the quantity rules (not exported from the package).
 */
import { prepare } from '../text/prepare.js';
import type { Quantity } from '../types.js';
import { findQuantities } from './index.js';

/** Quantities of a sentence, without entities. */
export function quantitiesOf(text: string): Quantity[] {
  return findQuantities(prepare(text), { entities: null });
}

/** The one quantity whose text is `surface` (the first one when several share it). */
export function quantityAt(text: string, surface: string): Quantity | undefined {
  return quantitiesOf(text).find((q) => q.text === surface);
}

/** One row of a table: input, expected surface, expected start and fields. */
export interface Row {
  readonly input: string;
  readonly text: string;
  readonly start: number;
  readonly value: number | null;
  readonly kind: Quantity['kind'];
  readonly unit?: string;
  readonly approximate?: boolean;
  readonly range?: Quantity['range'];
  readonly object?: string;
}

/** Compare a found quantity with a row: text, start, value, kind, unit, approximate, range and object text. */
export function shapeOf(q: Quantity | undefined): Omit<Row, 'input'> | undefined {
  if (q === undefined) return undefined;
  const out: { -readonly [K in keyof Omit<Row, 'input'>]: Omit<Row, 'input'>[K] } = {
    text: q.text,
    start: q.start,
    value: q.value,
    kind: q.kind,
    approximate: q.approximate,
  };
  if (q.unit !== undefined) out.unit = q.unit;
  if (q.range !== undefined) out.range = q.range;
  if (q.object !== undefined) out.object = q.object.text;
  return out;
}

/** The expected shape of a row, with `approximate: false` by default. */
export function expected(row: Row): Omit<Row, 'input'> {
  const { input, ...rest } = row;
  void input;
  return { approximate: false, ...rest };
}
