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
import type { PreparedDocument, Token } from '../types.js';
import { APOSTROPHES, isCapitalized } from '../text/normalize.js';
import { AUXILIARY_ADVERBS, ELIDED_LETTERS, NOT_PARTICIPLES, PARTICIPLE_ENDINGS } from './data/glued-auxiliary.js';
import { isDictionarySurname } from './refiners/link-persons.js';
import type { EntityContext } from './types.js';

/** Shortest glued word: a two-letter stem and the "a" ("Kim Jong Una supervisé"). */
const MIN_LENGTH = 3;

/** Types a stem may have in the dictionary. */
const NAME_TYPES: ReadonlySet<string> = new Set(['PERSON', 'ORGANIZATION', 'LOCATION']);

function isParticiple(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word' || !t.spaceBefore || t.newlineBefore || isCapitalized(t.text)) return false;
  return !NOT_PARTICIPLES.has(t.key) && PARTICIPLE_ENDINGS.some((e) => t.key.endsWith(e));
}

/** A capitalised mixed-case word ending in a lower-case "a" after a lower-case letter, followed by a participle. */
function gluedShape(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined || t.kind !== 'word' || t.text.length < MIN_LENGTH || t.key.includes('-') || !t.text.endsWith('a')) return false;
  const before = t.text.charAt(t.text.length - 2);
  if (before === before.toUpperCase() || !isCapitalized(t.text)) return false;
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
  if (t === undefined || apostrophe === undefined || next === undefined || t.kind !== 'word' || t.text.length < MIN_LENGTH) return false;
  if (!ELIDED_LETTERS.has(t.text.charAt(t.text.length - 1)) || !isCapitalized(t.text) || t.key.includes('-')) return false;
  const before = t.text.charAt(t.text.length - 2);
  if (before === before.toUpperCase()) return false;
  return apostrophe.text.length === 1 && APOSTROPHES.includes(apostrophe.text) && !apostrophe.spaceBefore && next.kind === 'word' && !next.spaceBefore;
}

/** The token without its last character. */
function trimmed(t: Token): Token {
  return { ...t, end: t.end - 1, text: t.text.slice(0, -1), key: t.key.slice(0, -1), fold: t.fold.slice(0, -1) };
}

function withTokens(doc: PreparedDocument, tokens: readonly Token[]): PreparedDocument {
  return { ...doc, tokens };
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
  const covered = new Uint8Array(tokens.length);
  for (const m of dict) covered.fill(1, m.tokenStart, m.tokenEnd);
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] === 0 && (gluedShape(tokens, i) || gluedElision(tokens, i))) (glued ??= []).push(i);
  }
  if (glued === null) return { doc, dict };

  const patched = [...tokens];
  for (const i of glued) patched[i] = trimmed(tokens[i] as Token);
  const trial = matchDictionaries(withTokens(doc, patched), ctx.dictionaries);
  const endsAt = new Map<number, DictionaryMatch>();
  for (const m of trial) endsAt.set(m.tokenEnd - 1, m);
  // Capitalised words written elsewhere, not opening a sentence.
  const seen = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (t !== undefined && t.kind === 'word' && isCapitalized(t.text) && prev !== undefined && prev.sentence === t.sentence) seen.add(t.key);
  }
  let all = true;
  let any = false;
  for (const i of glued) {
    const stem = patched[i] as Token;
    const hit = endsAt.get(i);
    const known = (hit !== undefined && NAME_TYPES.has(hit.payload.type)) || isDictionarySurname(ctx.dictionaries, stem.fold) || seen.has(stem.key);
    if (!known) {
      patched[i] = tokens[i] as Token;
      all = false;
    } else any = true;
  }
  if (!any) return { doc, dict };
  const out = withTokens(doc, patched);
  return { doc: out, dict: all ? trial : matchDictionaries(out, ctx.dictionaries) };
}
