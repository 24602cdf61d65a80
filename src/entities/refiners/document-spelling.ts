/**
 * A person the built-in dictionary knows goes by the fullest name the
 * document itself writes: "Sergueï Choïgu" in the text keeps that spelling
 * rather than the dictionary's "Sergueï Choïgou", and every mention of the
 * person ("M. Choïgu", "il") follows. The fullest written form is the one
 * with most name words (titles are never inside a span, particles do not
 * count), the first one on a tie. When the document writes the dictionary
 * name itself among its fullest forms, or that name without its accents or
 * hyphens ("Viktor Orban", "Shin Wonsik"), the dictionary spelling stays: it
 * is a name the text uses, correctly written (a name word split otherwise, "Abdelhamid" for "Abdel Hamid", is the
 * text's own transliteration, taken); when the text writes more
 * accents than the dictionary ("Recep Tayyip Erdoğan", "Israël Katz"), its
 * spelling is the more exact one and is taken. A bare
 * surname ("Poutine") gives no spelling, so the dictionary name stays; user
 * dictionary entries always keep the user's canonical. The `id` never changes.
 */
import { mapCandidates, changed } from '../candidate.js';
import { BUILTIN_PRIORITY } from '../../lexicon/builtins.js';
import { foldText } from '../../text/normalize.js';
import { NAME_PARTICLES } from '../data/name-context.js';
import type { Analysis, Candidate, Refiner } from '../types.js';
import { hitAt } from '../analysis.js';

/** The dictionary payload behind a dictionary-hit candidate, or null. */
function payloadOf(a: Analysis, c: Candidate): { priority: number; canonical: string } | null {
  if (c.rule !== 'dictionary-hit') return null;
  const m = hitAt(a, c.tokenStart);
  return m !== undefined && m.tokenStart === c.tokenStart && m.tokenEnd === c.tokenEnd ? m.payload : null;
}

/** Name words of a mention: word tokens that are not particles ("von der Leyen" has one). */
function nameWords(a: Analysis, c: Candidate): number {
  let n = 0;
  for (let i = c.tokenStart; i < c.tokenEnd; i++) {
    const t = a.doc.tokens[i];
    if (t !== undefined && t.kind === 'word' && !NAME_PARTICLES.has(t.key)) n++;
  }
  return n;
}

/** Accent-, case- and punctuation-blind key: "Viktor Orbán" and "Viktor Orban", "Shin Won-sik" and "Shin Wonsik" agree. */
function bareKey(name: string): string {
  return foldText(name).replace(/[\s\-‐‑'’]+/gu, '');
}

/** Separators between the letters of a folded name: " " a space, "-" a hyphen or an apostrophe, "." none. */
function separators(name: string): string {
  let out = '';
  for (const ch of foldText(name)) {
    if (/\s/u.test(ch)) out = out.slice(0, -1) + ' ';
    else if (/[\-‐‑'’]/u.test(ch)) out = out.endsWith(' ') ? out : out.slice(0, -1) + '-';
    else out += '.';
  }
  return out;
}

/**
 * Two spellings of one bare key split the name into other words: a space in one where the other has neither space
 * nor hyphen ("Abdelhamid Dbeibah" and "Abdel Hamid Dbeibah"); a hyphen for a space ("Kim Jong-un", "Kim Jong Un")
 * or for nothing ("Shin Wonsik", "Shin Won-sik") is the same name.
 */
function splitOtherwise(x: string, y: string): boolean {
  const a = separators(x);
  const b = separators(y);
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if ((a[i] === ' ' && b[i] === '.') || (a[i] === '.' && b[i] === ' ')) return true;
  return false;
}

/** Letters written with a diacritic: "Erdoğan" has one more than "Erdogan". */
function accents(name: string): number {
  let n = 0;
  // A letter with a diacritic decomposes into its base and a mark; a no-break hyphen or a curly apostrophe does not.
  for (const ch of name) if (ch.charCodeAt(0) >= 0xc0 && ch.normalize('NFD').length > 1) n++;
  return n;
}

/** The surface of a mention as a name: whitespace runs (line breaks, no-break spaces) become one space. */
function written(a: Analysis, c: Candidate): string {
  return a.doc.text.slice(c.start, c.end).replace(/\s+/gu, ' ');
}

/** Identity of a person across mentions: the dictionary id, else the canonical name. */
function personKey(c: Candidate): string {
  return c.id ?? `=${c.canonical}`;
}

export const documentSpelling: Refiner = (a, found) => {
  const user = new Set<string>();
  const best = new Map<string, { words: number; name: string; same: boolean }>();
  for (const c of found) {
    if (c.type !== 'PERSON') continue;
    const p = payloadOf(a, c);
    if (p === null) continue;
    const key = personKey(c);
    if (p.priority < BUILTIN_PRIORITY) {
      user.add(key);
      continue;
    }
    const words = nameWords(a, c);
    if (words < 2) continue;
    const seen = best.get(key);
    if (seen !== undefined && (words < seen.words || (words === seen.words && seen.same))) continue;
    const name = written(a, c);
    const same = name === c.canonical || (bareKey(name) === bareKey(c.canonical) && accents(name) <= accents(c.canonical) && !splitOtherwise(name, c.canonical));
    if (seen === undefined || words > seen.words) best.set(key, { words, name, same });
    else if (same) seen.same = true;
  }
  const renamed = new Map<string, string>();
  for (const [key, { name, same }] of best) {
    if (!user.has(key) && !same) renamed.set(key, name);
  }
  if (renamed.size === 0) return found;
  return mapCandidates(found, (c) => {
    if (c.type !== 'PERSON') return c;
    const name = renamed.get(personKey(c));
    return name === undefined ? c : changed(c, { canonical: name });
  });
};
