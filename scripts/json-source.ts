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
 * extraction (measured RSS), for the same data.
 */

/** Escape JSON text for a template literal: backslashes, backquotes and "${". */
function forTemplate(json: string): string {
  return json.replace(/\\/gu, '\\\\').replace(/`/gu, '\\`').replace(/\$\{/gu, '\\${');
}

/**
 * Escape the characters beyond Latin-1 ("ș", "’") the JSON way ("\\u0219"): the template literal then holds
 * one byte per character. One such character in it would make V8 store the whole literal, which the module keeps
 * for as long as it is loaded, with two bytes per character (0.9 MB more for the built-in tables).
 */
function latin1Json(json: string): string {
  // A character beyond the BMP becomes its two surrogates, as JSON writes it.
  return json.replace(/[^\u0000-\u00ff]/gu, (c) => [...Array(c.length).keys()].map((i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''));
}

/** Source of a template literal holding `items` as a JSON array, one item per line. */
export function jsonArrayText(items: readonly unknown[]): string {
  return `\`[\n${items.map((item) => forTemplate(latin1Json(JSON.stringify(item)))).join(',\n')}\n]\``;
}

/** Source of an expression that evaluates to `items` (JSON values, one per line). */
export function jsonArraySource(items: readonly unknown[]): string {
  return `JSON.parse(${jsonArrayText(items)})`;
}
