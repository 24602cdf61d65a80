/**
 * Scraped text that glued the auxiliary "a" to a name: "Vladimir Poutinea
 * félicité", or the letter of an elided article: "Corée du Nordl’Occident".
 * A capitalised word ending in "a", followed by a lower-case past
 * participle, or ending in an elided letter followed by its apostrophe and
 * a glued word, whose stem without that letter is a known name — a dictionary name
 * ("Vladimir Poutine"), the surname of a dictionary person, or a capitalised
 * word written elsewhere in the document — is read as the stem: the entity
 * pipeline sees a token ending before the "a". "Ankara", "Kenya", "Roma" stay
 * whole: their stem is not a known name, or the whole word is one.
 */
import { matchDictionaries, type DictionaryMatch } from '../lexicon/dictionary.js';
import { lookupName } from './lookup.js';
import type { PreparedDocument, Token } from '../types.js';
import { APOSTROPHES, isCapitalized } from '../text/normalize.js';
import { COMMON_WORDS } from './data/common-words.js';
import { AUXILIARY_ADVERBS, ELIDED_LETTERS, NOT_PARTICIPLES, PARTICIPLE_ENDINGS, PARTICIPLES_IN_AIT } from './data/glued-auxiliary.js';
import { isDictionarySurname } from './refiners/link-persons.js';
import type { EntityContext } from './types.js';
import { classesOf, defineWordClass } from '../text/word-classes.js';
import { retokened } from '../text/tokenize.js';
import { withTokens } from '../text/prepare.js';

/** Shortest glued word: a two-letter stem and the "a" ("Kim Jong Una supervisé"). */
const MIN_LENGTH = 3;

/** Capitalised forms of at least MIN_LENGTH characters: the only words `gluedShape` and `gluedElision` accept. */
const GLUED_CANDIDATE = defineWordClass((w) => w.text.length >= MIN_LENGTH && isCapitalized(w.text));

/** Types a stem may have in the dictionary. */
const NAME_TYPES: ReadonlySet<string> = new Set(['PERSON', 'ORGANIZATION', 'LOCATION']);

function isParticiple(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word' || !t.spaceBefore || t.newlineBefore || isCapitalized(t.text)) return false;
  if (NOT_PARTICIPLES.has(t.key) || !PARTICIPLE_ENDINGS.some((e) => t.key.endsWith(e))) return false;
  // No participle ends in "-que": "que", "lorsque", "presque", "politique" ("l'agence Apa que …").
  if (t.key.endsWith('que')) return false;
  // "-ait" is an imperfect or a conditional ("pourrait", "était"), save "fait" and "(ex)trait".
  return !t.key.endsWith('ait') || PARTICIPLES_IN_AIT.some((e) => t.key.endsWith(e));
}

/** A capitalised mixed-case word ending in a lower-case "a" after a lower-case letter, followed by a participle. */
function gluedShape(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  // Most words fail the first, cheap tests.
  if (t === undefined || t.kind !== 'word' || t.text.charCodeAt(t.text.length - 1) !== 97 || t.text.length < MIN_LENGTH || t.key.includes('-')) return false;
  const before = t.text.charAt(t.text.length - 2);
  if (before === before.toUpperCase() || !isCapitalized(t.text) || COMMON_WORDS.has(t.key)) return false;
  let next = i + 1;
  const n = tokens[next];
  if (n !== undefined && n.sentence === t.sentence && AUXILIARY_ADVERBS.has(n.key) && n.spaceBefore && !n.newlineBefore) next++;
  const p = tokens[next];
  return p !== undefined && p.sentence === t.sentence && isParticiple(p);
}

/** "Corée du Nordl’Occident": an elided article or pronoun glued to the word before it, then its apostrophe and the next word. */
function gluedElision(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const apostrophe = tokens[i + 1];
  const next = tokens[i + 2];
  // Most words are not followed by a glued apostrophe: test that first.
  if (apostrophe === undefined || apostrophe.spaceBefore || apostrophe.text.length !== 1 || !APOSTROPHES.includes(apostrophe.text)) return false;
  if (t === undefined || next === undefined || t.kind !== 'word' || t.text.length < MIN_LENGTH) return false;
  if (!ELIDED_LETTERS.has(t.text.charAt(t.text.length - 1)) || !isCapitalized(t.text) || t.key.includes('-')) return false;
  const before = t.text.charAt(t.text.length - 2);
  if (before === before.toUpperCase()) return false;
  return next.kind === 'word' && !next.spaceBefore;
}

/** The token without its last character. */
function trimmed(t: Token): Token {
  const form = { text: t.text.slice(0, -1), key: t.key.slice(0, -1), fold: t.fold.slice(0, -1) };
  return retokened(t, form, t.end - 1, classesOf(form));
}

/**
 * The document as the entity rules should read it, and its dictionary
 * matches. The same document comes back when no glued auxiliary is found.
 *
 * @example
 * ungluedAuxiliaries(prepare('Vladimir Poutinea félicité Kim.'), ctx).doc.tokens[1].text // "Poutine"
 */
export function ungluedAuxiliaries(doc: PreparedDocument, ctx: EntityContext): { doc: PreparedDocument; dict: DictionaryMatch[] } {
  const dict = matchDictionaries(doc, ctx.dictionaries);
  const tokens = doc.tokens;
  let glued: number[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    // Only capitalised words: one bit for most tokens.
    if (((tokens[i]?.classes ?? 0) & GLUED_CANDIDATE) === 0) continue;
    if (gluedShape(tokens, i) || gluedElision(tokens, i)) (glued ??= []).push(i);
  }
  if (glued === null) return { doc, dict };
  // Words the dictionary knows whole ("Ankara", "Kenya") stay whole.
  const covered = new Uint8Array(tokens.length);
  for (const m of dict) covered.fill(1, m.tokenStart, m.tokenEnd);
  glued = glued.filter((i) => covered[i] === 0);

  let names: Map<string, number[]> | null = null;
  const patched = [...tokens];
  const added: DictionaryMatch[] = [];
  let any = false;
  for (const i of glued) {
    const stem = trimmed(tokens[i] as Token);
    patched[i] = stem;
    const hit = nameEndingAt(doc.text, patched, i, ctx);
    let known = hit !== null || isDictionarySurname(ctx.dictionaries, stem.fold);
    if (!known) known = (names ??= namesInText(tokens)).get(stem.key)?.some((k) => k !== i) === true;
    if (!known) {
      patched[i] = tokens[i] as Token;
      continue;
    }
    any = true;
    if (hit !== null) added.push(hit);
  }
  if (!any) return { doc, dict };
  if (added.length === 0) return { doc: withTokens(doc, patched), dict };
  // The new names replace the shorter readings they overlap ("Vladimir" alone).
  const replaced = new Uint8Array(tokens.length);
  for (const n of added) replaced.fill(1, n.tokenStart, n.tokenEnd);
  const kept = dict.filter((m) => replaced[m.tokenStart] === 0 && replaced[m.tokenEnd - 1] === 0);
  return { doc: withTokens(doc, patched), dict: [...kept, ...added].sort((x, y) => x.tokenStart - y.tokenStart) };
}

/**
 * The capitalised words that do not open their sentence (names the text
 * itself uses), by key, with their token indices: built once per document,
 * only when a glued word needs it.
 */
function namesInText(tokens: readonly Token[]): Map<string, number[]> {
  const names = new Map<string, number[]>();
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (t === undefined || prev === undefined || t.kind !== 'word' || prev.sentence !== t.sentence || !isCapitalized(t.text)) continue;
    const at = names.get(t.key);
    if (at === undefined) names.set(t.key, [i]);
    else at.push(i);
  }
  return names;
}

/** Longest span a name may have, in tokens. */
const MAX_NAME_TOKENS = 6;

/**
 * The longest person, organisation or place of the dictionaries that ends
 * with the (trimmed) token `i`, over tokens joined by plain spaces in one
 * sentence and starting with a capital: "Vladimir Poutine", "Corée du Nord".
 */
function nameEndingAt(text: string, tokens: readonly Token[], i: number, ctx: EntityContext): DictionaryMatch | null {
  const last = tokens[i];
  if (last === undefined) return null;
  let from = i;
  // The furthest start: same sentence, no line break or glued word inside.
  while (from > 0 && i - from + 1 < MAX_NAME_TOKENS) {
    const cur = tokens[from];
    const prev = tokens[from - 1];
    if (cur === undefined || prev === undefined || prev.sentence !== last.sentence || cur.newlineBefore || !cur.spaceBefore) break;
    from--;
  }
  for (let k = from; k <= i; k++) {
    const first = tokens[k];
    if (first === undefined || first.kind !== 'word' || !isCapitalized(first.text)) continue;
    const name = text.slice(first.start, last.end);
    // The best reading first ("Washington" the city), then any name reading.
    const best = lookupName(ctx.dictionaries, name, null);
    if (best !== null && NAME_TYPES.has(best.type)) return { tokenStart: k, tokenEnd: i + 1, payload: best, alternatives: [] };
    for (const type of NAME_TYPES) {
      const payload = best === null ? null : lookupName(ctx.dictionaries, name, type);
      if (payload !== null) return { tokenStart: k, tokenEnd: i + 1, payload, alternatives: [] };
    }
  }
  return null;
}
