/**
 * Long inputs (a day of wire copy pasted as one string, a scraped feed) are
 * analysed section by section so that memory stays bounded: the tokens of one
 * section are dropped before the next is read. Sections end at paragraph
 * breaks, so no sentence, quote or list is cut; a news article is far shorter
 * than one section and is always analysed whole.
 */
import type { Attribution, Entity, Quantity, Span, TextSource } from '../types.js';

/**
 * Characters per section before a paragraph break is looked for (one or two
 * news articles). Larger sections let a section's objects outlive a
 * young-generation collection, and V8 then allocates them in the old
 * generation for the rest of the input (allocation-site pretenuring): peak
 * memory of `extractStream` on 10 MB went from 185 to 300 MB in half the runs
 * with 64 K, and from 118 to 180 MB in most runs with 16 K once the rules
 * allocated 10 % more per character; with 8 K it stays at 118–123 MB.
 */
export const SECTION_CHARS = 1 << 13;

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
    const end = breakAfter(text, start + size, Math.min(n, start + 2 * size), true);
    if (end < 0 || end >= n) break;
    out.push([start, end]);
    start = end;
  }
  out.push([start, n]);
  return out;
}

/**
 * Where the first section of `text` ends when more text may follow it: the
 * offset `sectionBounds` would give for any continuation, or -1 while that
 * still depends on characters not read yet (a blank line being written, no
 * line break after the first `size` characters).
 *
 * @example
 * firstSectionEnd('a\n\nb', 1) // 3
 * firstSectionEnd('a\n', 1)    // -1: "a\n\n…" or "a\nb…"
 */
export function firstSectionEnd(text: string, size: number = SECTION_CHARS): number {
  if (text.length <= size) return -1;
  const end = breakAfter(text, size, 2 * size, false);
  return end >= 0 && end < text.length ? end : -1;
}

/** The text of a section and its offset in the whole input. */
export interface SectionText {
  offset: number;
  text: string;
}

/**
 * The sections of a text read chunk by chunk, the same as `sectionBounds`
 * gives for the whole text, without holding more than a few sections and
 * one chunk. UTF-8 bytes are decoded across chunk boundaries; an empty
 * stream has no section. `stats.scans` counts the looks for a section end
 * (a logarithmic number on a text without line breaks).
 */
export async function* streamSections(
  chunks: TextSource,
  size: number = SECTION_CHARS,
  stats?: { scans: number },
): AsyncGenerator<SectionText, void, undefined> {
  let decoder: InstanceType<typeof TextDecoder> | null = null;
  let buffer = '';
  let offset = 0;
  const take = (end: number): SectionText => {
    const section = { offset, text: buffer.slice(0, end) };
    buffer = buffer.slice(end);
    offset += end;
    return section;
  };
  let position = 0;
  // Buffer length at which to look for a section end again: twice the length of an undecided buffer, so that a
  // text with no line break for megabytes is scanned (and its pieces joined) a logarithmic number of times.
  let checkAt = size + 1;
  for await (const chunk of chunks) {
    let piece: string;
    // A string after bytes comes after the bytes of a character they left unfinished.
    if (typeof chunk === 'string') piece = decoder === null ? chunk : decoder.decode() + chunk;
    // The byte-order mark is kept, as readFileSync(file, 'utf8') keeps it: offsets are those of the decoded text.
    else if (chunk instanceof Uint8Array) piece = (decoder ??= new TextDecoder('utf-8', { ignoreBOM: true })).decode(chunk, { stream: true });
    else throw new TypeError(`depeche: extractStream(source) expects chunks of text (strings or UTF-8 bytes), received ${typeof chunk} at chunk ${position}`);
    position++;
    // A section's worth at a time: the buffer stays a few sections long however large the chunks.
    for (let k = 0; k < piece.length; k += size) {
      buffer += piece.length <= size ? piece : piece.slice(k, k + size);
      if (buffer.length < checkAt) continue;
      if (stats !== undefined) stats.scans++;
      for (let end = firstSectionEnd(buffer, size); end > 0; end = firstSectionEnd(buffer, size)) yield take(end);
      checkAt = Math.max(size + 1, 2 * buffer.length);
    }
  }
  if (decoder !== null) buffer += decoder.decode();
  for (const [start, end] of sectionBounds(buffer, size)) if (end > start) yield { offset: offset + start, text: buffer.slice(start, end) };
}

/** Whitespace other than a line feed ("\r", tab, space, NBSP…). */
function isBlankChar(code: number): boolean {
  return code !== 10 && (code === 32 || code === 9 || code === 13 || (code > 127 && /\s/u.test(String.fromCharCode(code))));
}

/** `breakAfter` cannot tell yet: the text read so far may continue. */
const UNDECIDED = -2;

/**
 * The offset just after the first paragraph break at or after `from` and
 * before `limit`; else after the first line break before `limit`; else after
 * the first line break beyond it; -1 when the text has none. Only the line
 * breaks up to `limit` (and one beyond) are looked at, so splitting a whole
 * text stays linear. When the text is not `complete`, UNDECIDED whenever the
 * answer depends on what follows its last character.
 */
function breakAfter(text: string, from: number, limit: number, complete: boolean): number {
  let firstBefore = -1;
  let pos = from;
  for (;;) {
    const nl = text.indexOf('\n', pos);
    if (nl < 0) {
      if (complete || (firstBefore >= 0 && text.length >= limit)) return firstBefore >= 0 ? firstBefore + 1 : -1;
      return UNDECIDED;
    }
    if (nl >= limit) return firstBefore >= 0 ? firstBefore + 1 : nl + 1;
    let k = nl + 1;
    while (k < text.length && isBlankChar(text.charCodeAt(k))) k++;
    if (k === text.length && !complete) return UNDECIDED;
    if (text.charCodeAt(k) === 10) return k + 1;
    if (firstBefore < 0) firstBefore = nl;
    pos = nl + 1;
  }
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
