/**
 * The built-in geopolitical dictionary, compiled once on first use.
 */
import type { Dictionary } from '../types.js';
import { compileDictionaries, type CompiledDictionary } from './dictionary.js';

/** Priority of built-in entries: after every user dictionary. */
export const BUILTIN_PRIORITY = 1_000_000;

let compiled: CompiledDictionary | null = null;

/** The built-in dictionaries as plain data. */
export function builtinDictionaries(): Dictionary[] {
  return [];
}

/** The built-in dictionary, compiled on first call and cached. */
export function builtinCompiled(): CompiledDictionary {
  if (compiled === null) compiled = compileDictionaries(builtinDictionaries(), BUILTIN_PRIORITY);
  return compiled;
}
