/**
 * One string per distinct value among the results of a long input.
 *
 * The results of a day of wire copy repeat the same names, cues and speakers
 * thousands of times ("Poutine", "a déclaré"), and each result held its own
 * string: engines copy a slice shorter than 13 characters and make a longer
 * one a 32-byte reference into the input. When a long string is analysed
 * section by section, each result's strings are replaced by the first equal
 * string met in the same call, from a table that lives only for that call.
 * The characters are the same, so the output is the same.
 */
import type { Attribution, Entity, Quantity } from '../types.js';

/** Distinct strings met so far in one call, each mapped to itself. */
export type StringTable = Map<string, string>;

/**
 * The string of `table` equal to `value` (`value` itself the first time).
 *
 * @example
 * const table: StringTable = new Map();
 * shared(table, 'Poutine') === shared(table, 'Pou' + 'tine') // true: one string object
 */
export function shared(table: StringTable, value: string): string {
  const known = table.get(value);
  if (known !== undefined) return known;
  table.set(value, value);
  return value;
}

/** Entities with their text and canonical name taken from `table` (in place). */
export function shareEntities(items: Entity[], table: StringTable): Entity[] {
  for (const e of items) {
    e.text = shared(table, e.text);
    e.canonical = shared(table, e.canonical);
  }
  return items;
}

/** Quantities with their text and their object's text taken from `table` (in place). */
export function shareQuantities(items: Quantity[], table: StringTable): Quantity[] {
  for (const q of items) {
    q.text = shared(table, q.text);
    if (q.object !== undefined) q.object.text = shared(table, q.object.text);
  }
  return items;
}

/**
 * Attributions with their cue and source strings taken from `table` (in
 * place). The content, a clause or a quotation, seldom repeats: it is left as
 * it is rather than kept in the table.
 */
export function shareAttributions(items: Attribution[], table: StringTable): Attribution[] {
  for (const a of items) {
    if (a.cue !== null) a.cue.text = shared(table, a.cue.text);
    if (a.source !== null) {
      a.source.text = shared(table, a.source.text);
      if (a.source.canonical !== undefined) a.source.canonical = shared(table, a.source.canonical);
    }
  }
  return items;
}
