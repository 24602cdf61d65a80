/**
 * Exact dictionary look-up of a name outside the text ("Corée du Nord" for
 * "le Nord"), by walking the compiled trie along the name's pieces.
 */
import { aliasPath, type CompiledDictionary, type DictionaryPayload } from '../lexicon/dictionary.js';

/**
 * The best payload of an alias written exactly as `name`, or null.
 *
 * @example
 * lookupName([builtinCompiled()], 'Corée du Nord')?.id // "iso:KP"
 */
export function lookupName(sets: readonly CompiledDictionary[], name: string, type: string | null): DictionaryPayload | null {
  return lookupPath(sets, aliasPath(name), (p) => type === null || p.type === type);
}

/**
 * The first payload that `accepts` at the end of a trie path of folded
 * pieces ("etats", "unis"), or null: one Map lookup per piece, no tokenising.
 */
export function lookupPath(sets: readonly CompiledDictionary[], pieces: readonly string[], accepts: (p: DictionaryPayload) => boolean): DictionaryPayload | null {
  for (const set of sets) {
    let node: CompiledDictionary['root'] | undefined = set.root;
    for (const piece of pieces) {
      node = node?.next?.get(piece);
      if (node === undefined) break;
    }
    const hit = node?.payloads?.find(accepts);
    if (hit !== undefined) return hit;
  }
  return null;
}
