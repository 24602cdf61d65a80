/**
 * Scraped pages glue a media or company name to the web-page word after it:
 * "BloombergActualités", "ReutersVidéo". A CamelCase word whose leading
 * segments are a dictionary organisation and whose other segments are common
 * words of page furniture is that organisation, over the whole word. A brand
 * written in CamelCase ("TotalEnergies") is left alone: its tail is not a
 * common word (and it may be a dictionary name itself).
 */
import type { DictionaryMatch } from '../lexicon/dictionary.js';
import type { PreparedDocument, Token } from '../types.js';
import { COMMON_WORDS } from './data/common-words.js';
import { lookupName } from './lookup.js';
import type { EntityContext } from './types.js';
import { defineWordClass } from '../text/word-classes.js';

/** Most segments a glued word is split into. */
const MAX_SEGMENTS = 4;

/** Segments of a CamelCase word, split before a capital that follows a lower-case letter: "BloombergActualités" → ["Bloomberg", "Actualités"]. */
export function camelSegments(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 1; i < text.length; i++) {
    const prev = text.charAt(i - 1);
    const ch = text.charAt(i);
    const prevLower = prev !== prev.toUpperCase() && prev === prev.toLowerCase();
    const upper = ch !== ch.toLowerCase() && ch === ch.toUpperCase();
    if (prevLower && upper) {
      out.push(text.slice(from, i));
      from = i;
    }
  }
  out.push(text.slice(from));
  return out;
}

/** Does an ASCII or Latin lower-case letter come right before a capital ("gA" in "BloombergActualités")? No allocation. */
function camelCased(text: string): boolean {
  let lower = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const isUpper = (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
    if (isUpper && lower) return true;
    lower = (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
  }
  return false;
}

/** Capitalised camel-case forms of four characters or more ("BloombergActualités"): the words tried below. */
const CAMEL_WORD = defineWordClass((w) => {
  const c = w.text.charCodeAt(0);
  return w.text.length >= 4 && ((c >= 65 && c <= 90) || c > 127) && camelCased(w.text);
});

/** The dictionary match of a glued word at token `i`, or null. */
function gluedMatch(t: Token, ctx: EntityContext): DictionaryMatch | null {
  if (t.kind !== 'word' || t.key.includes('-')) return null;
  const segments = camelSegments(t.text);
  if (segments.length < 2 || segments.length > MAX_SEGMENTS) return null;
  for (let n = segments.length - 1; n >= 1; n--) {
    if (!segments.slice(n).every((s) => COMMON_WORDS.has(s.toLowerCase()))) break;
    const payload = lookupName(ctx.dictionaries, segments.slice(0, n).join(''), 'ORGANIZATION');
    if (payload !== null) return { tokenStart: t.index, tokenEnd: t.index + 1, payload, alternatives: [] };
  }
  return null;
}

/**
 * The dictionary matches with those of glued organisation words added, in
 * token order.
 *
 * @example
 * withGluedOrganizations(prepare('avec BloombergActualités'), dict, ctx) // + Bloomberg over "BloombergActualités"
 */
export function withGluedOrganizations(doc: PreparedDocument, dict: readonly DictionaryMatch[], ctx: EntityContext): readonly DictionaryMatch[] {
  let added: DictionaryMatch[] | null = null;
  let k = 0;
  for (const t of doc.tokens) {
    // A capitalised word with a lower-case letter followed by a capital inside: one bit for most tokens.
    if ((t.classes & CAMEL_WORD) === 0 || t.kind !== 'word') continue;
    // Not inside a dictionary match (the matches are in token order).
    while (k < dict.length && (dict[k]?.tokenEnd ?? 0) <= t.index) k++;
    const m = dict[k];
    if (m !== undefined && m.tokenStart <= t.index) continue;
    const hit = gluedMatch(t, ctx);
    if (hit !== null) (added ??= []).push(hit);
  }
  if (added === null) return dict;
  return [...dict, ...added].sort((x, y) => x.tokenStart - y.tokenStart);
}
