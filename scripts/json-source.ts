/**
 * Large generated tables are written as JSON inside a template literal,
 * parsed once at load, one item per line (so diffs stay readable):
 *
 *   export const PEOPLE_ENTRIES: readonly BuiltinEntry[] = JSON.parse(`[
 *   {"canonical":"Vladimir Poutine",…},
 *   …
 *   ]`);
 *
 * V8 parses a JSON string far more cheaply than the same data as object
 * literals, whose syntax trees and literal boilerplates it keeps: with the
 * built-in tables as literals, the process held 5–7 MB more after the first
 * extraction (measured RSS), for the same data. The built-in entry tables go
 * further and stay that text (`jsonArrayText`), parsed where they are read;
 * characters beyond Latin-1 are escaped so that V8 keeps the text one byte
 * per character.
 */
import { latin1Escaped } from '../src/lexicon/packed-keys.js';

/** Escape JSON text for a template literal: backslashes, backquotes and "${". */
function forTemplate(json: string): string {
  return json.replace(/\\/gu, '\\\\').replace(/`/gu, '\\`').replace(/\$\{/gu, '\\${');
}

/** Source of a template literal holding `items` as a JSON array, one item per line. */
export function jsonArrayText(items: readonly unknown[]): string {
  return `\`[\n${items.map((item) => forTemplate(latin1Escaped(JSON.stringify(item), false))).join(',\n')}\n]\``;
}

/** Source of an expression that evaluates to `items` (JSON values, one per line). */
export function jsonArraySource(items: readonly unknown[]): string {
  return `JSON.parse(${jsonArrayText(items)})`;
}
