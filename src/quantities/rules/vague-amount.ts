/**
 * Rule `vague-amount`: collective nouns that give an order of magnitude:
 * "une dizaine", "des centaines", "des milliers", "des millions",
 * "plusieurs dizaines de milliers". The determiner is part of the span (gold:
 * `⟦des milliers⟧ d'obus`), save a partitive "de" ("de ⟦milliers⟧
 * d'hectares"); the value is the noun's unit (10, 100, 1000, 10^6),
 * and the amount is approximate.
 */
import type { PreparedDocument } from '../../types.js';
import { AMBIGUOUS_VAGUE_NOUNS, SCALE_WORDS, VAGUE_DETERMINERS, VAGUE_NOUNS } from '../data/number-words.js';
import type { NumberCore } from './types.js';

function magnitude(fold: string): number | undefined {
  return VAGUE_NOUNS.get(fold) ?? SCALE_WORDS.get(fold);
}

/** True when the token can open a vague amount (a determiner such as "des", "une", "plusieurs"). */
export function startsVagueAmount(doc: PreparedDocument, i: number): boolean {
  const t = doc.tokens[i];
  return t !== undefined && VAGUE_DETERMINERS.has(t.fold);
}

/**
 * Read a vague amount at token `i` (a determiner).
 *
 * @example
 * // "des dizaines de milliers de manifestants"
 * readVagueAmount(doc, 0) // { value: 10_000, from: 0, to: 4, approximate: true, nounLike: true, … }
 */
export function readVagueAmount(doc: PreparedDocument, i: number): NumberCore | null {
  const tokens = doc.tokens;
  const det = tokens[i];
  const noun = tokens[i + 1];
  if (det === undefined || noun === undefined || noun.kind !== 'word') return null;
  const collective = VAGUE_NOUNS.get(noun.fold);
  const scale = SCALE_WORDS.get(noun.fold);
  // "un million" is exact (word-number reads it); "des millions" is vague; "une dizaine" is vague.
  if (collective === undefined && (scale === undefined || det.fold === 'un' || det.fold === 'une')) return null;
  const singular = det.fold === 'un' || det.fold === 'une';
  const plural = noun.fold.endsWith('s');
  if (singular === plural) return null; // "une milliers", "des dizaine": not French
  const after = tokens[i + 2];
  const followedByDe = after !== undefined && (after.fold === 'de' || after.fold === "d'");
  // "en quarantaine", "une quinzaine" (a fortnight): the noun must count something
  if (AMBIGUOUS_VAGUE_NOUNS.has(noun.fold) && !followedByDe) return null;
  let value = collective ?? scale ?? 0;
  let to = i + 2;
  // "des centaines de milliers", "plusieurs dizaines de millions"
  const chained = followedByDe ? tokens[i + 3] : undefined;
  const chainedValue = chained === undefined ? undefined : magnitude(chained.fold);
  if (chained !== undefined && chainedValue !== undefined && chainedValue > value && chained.fold.endsWith('s')) {
    value *= chainedValue;
    to = i + 4;
  }
  // "l'arrachage de milliers d'hectares": the partitive "de" is no determiner of the amount and stays out of the span.
  const from = det.fold === 'de' ? i + 1 : i;
  return { from, to, value, source: 'vague', approximate: true, nounLike: true, loneOne: false, scale: 1 };
}
