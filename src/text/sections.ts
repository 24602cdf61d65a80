/**
 * Long inputs (a day of wire copy pasted as one string, a scraped feed) are
 * analysed section by section so that memory stays bounded: the tokens of one
 * section are dropped before the next is read. Sections end at paragraph
 * breaks, so no sentence, quote or list is cut; a news article is far shorter
 * than one section and is always analysed whole.
 */
import type { Attribution, Entity, Quantity, Span } from '../types.js';

/** Characters per section before a paragraph break is looked for (about a dozen news articles). */
export const SECTION_CHARS = 1 << 16;

const BLANK_LINE = /\n[^\S\n]*\n/gu;

/**
 * Split points of `text`: `[start, end)` pairs covering the whole string.
 * Each section is at least `size` characters (but the last) and ends after a
 * blank line; failing one within another `size` characters, after a line
 * break; a text without line breaks stays one section.
 *
 * @example
 * sectionBounds('a\n\nb', 1) // [[0, 3], [3, 4]]
 */
export function sectionBounds(text: string, size: number = SECTION_CHARS): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const n = text.length;
  let start = 0;
  while (n - start > size) {
    const end = breakAfter(text, start + size, Math.min(n, start + 2 * size));
    if (end < 0 || end >= n) break;
    out.push([start, end]);
    start = end;
  }
  out.push([start, n]);
  return out;
}

/**
 * The offset just after the first paragraph break at or after `from` and
 * before `limit`; else after the first line break before `limit`; else after
 * the nearest break of either kind; -1 when the text has none.
 */
function breakAfter(text: string, from: number, limit: number): number {
  BLANK_LINE.lastIndex = from;
  const m = BLANK_LINE.exec(text);
  const blank = m === null ? -1 : m.index + m[0].length;
  if (blank >= 0 && m !== null && m.index < limit) return blank;
  const nl = text.indexOf('\n', from);
  if (nl < 0) return -1;
  return nl < limit || blank < 0 ? nl + 1 : Math.min(nl + 1, blank);
}

/** A nested span may be shared between results, so it is copied rather than moved. */
function moved<T extends Span>(span: T, by: number): T {
  return { ...span, start: span.start + by, end: span.end + by };
}

/** Move entity offsets from section to input coordinates (in place). */
export function shiftEntities(items: Entity[], by: number): Entity[] {
  if (by === 0) return items;
  for (const e of items) {
    e.start += by;
    e.end += by;
  }
  return items;
}

/** Move quantity offsets (and their object spans) from section to input coordinates (in place). */
export function shiftQuantities(items: Quantity[], by: number): Quantity[] {
  if (by === 0) return items;
  for (const q of items) {
    q.start += by;
    q.end += by;
    if (q.object !== undefined) q.object = moved(q.object, by);
  }
  return items;
}

/** Move attribution parts from section to input coordinates (in place). */
export function shiftAttributions(items: Attribution[], by: number): Attribution[] {
  if (by === 0) return items;
  for (const a of items) {
    a.content = moved(a.content, by);
    if (a.cue !== null) a.cue = moved(a.cue, by);
    if (a.source !== null) a.source = moved(a.source, by);
  }
  return items;
}
