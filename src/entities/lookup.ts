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
  const path = aliasPath(name);
  for (const set of sets) {
    let node: CompiledDictionary['root'] | undefined = set.root;
    for (const piece of path) {
      node = node?.next?.get(piece);
      if (node === undefined) break;
    }
    const hit = node?.payloads?.find((p) => type === null || p.type === type);
    if (hit !== undefined) return hit;
  }
  return null;
}
