/**
 * Rule `counted-object`: the noun phrase a count is about:
 * "7.000 ⟨conteneurs d'armes⟩", "4,8 millions de ⟨projectiles⟩",
 * "des milliers d'⟨obus d'artillerie⟩", "les deux ⟨pays⟩".
 * The phrase is a head noun, at most one adjective, and at most one
 * complement "de/d'" + noun (+ adjective). It stops at any other
 * preposition, a verb, a pronoun or punctuation.
 */
import type { PreparedDocument, Span, Token } from '../../types.js';
import { NOT_NOUNS } from '../data/stopwords.js';
import { spanOf } from '../../text/prepare.js';
import type { NumberCore } from './types.js';

/** Suffixes of words that are seldom nouns or adjectives after a count: adverbs, gerunds. */
function looksLikeAdverb(fold: string): boolean {
  return fold.length > 5 && (fold.endsWith('ment') || fold.endsWith('ant'));
}

/** A lower-case content word that may belong to a noun phrase. */
function isContentWord(t: Token | undefined): t is Token {
  if (t === undefined || t.kind !== 'word' || t.newlineBefore) return false;
  if (NOT_NOUNS.has(t.fold) || looksLikeAdverb(t.fold)) return false;
  const first = t.text.charAt(0);
  return first === first.toLowerCase();
}

/** A past participle after the noun starts a reduced relative clause: "obus ⟨destinés⟩ à", "corps ⟨retrouvés⟩". */
function isParticiple(t: Token): boolean {
  const k = t.key;
  return k.endsWith('é') || k.endsWith('ée') || k.endsWith('és') || k.endsWith('ées');
}

/** An adjective slot: a content word that agrees with its noun and is not a participle. */
function isAdjectiveOf(noun: Token, t: Token | undefined): t is Token {
  return isContentWord(t) && agrees(noun, t) && !isParticiple(t);
}

/** Plural agreement: after a plural head, an adjective ends in -s or -x ("pays voisins", not "gouvernements nient"). */
function agrees(head: Token, word: Token): boolean {
  const plural = (w: string) => w.endsWith('s') || w.endsWith('x') || w.endsWith('z');
  return !plural(head.fold) || plural(word.fold);
}

/**
 * The counted noun phrase after a count, or null. `properNoun` says which
 * capitalised words may head it (the nationality nouns of the document).
 *
 * @example
 * // "environ 7.000 conteneurs d'armes à la Russie"
 * readCountedObject(doc, core, to) // { text: "conteneurs d'armes", … }
 */
export function readCountedObject(doc: PreparedDocument, core: NumberCore, to: number, properNoun: (t: Token) => boolean = () => false): Span | null {
  const tokens = doc.tokens;
  let j = to;
  const de = (t: Token | undefined) => t !== undefined && !t.newlineBefore && (t.fold === 'de' || t.fold === "d'");
  if (core.nounLike) {
    // "4,8 millions de projectiles": the object follows "de"
    if (!de(tokens[j])) return null;
    j++;
  }
  const head = tokens[j];
  // "62 Palestiniens", "trois Français": a demonym noun is capitalised.
  const properHead = head !== undefined && !head.newlineBefore && properNoun(head);
  if (!properHead && !isContentWord(head)) return null;
  if (head === undefined) return null;
  let end = j + 1;
  // one adjective: "conteneurs maritimes", "missiles balistiques"
  const adjective = tokens[end];
  if (isAdjectiveOf(head, adjective)) end++;
  // one complement: "conteneurs d'armes", "obus d'artillerie"
  const complement = tokens[end + 1];
  if (de(tokens[end]) && isContentWord(complement)) {
    end += 2;
    const adj2 = tokens[end];
    if (isAdjectiveOf(complement, adj2)) end++;
  }
  return spanOf(doc, j, end);
}
