/**
 * "le Nord" / "le Sud" in a text about Korea name the two Koreas: "Séoul a
 * accusé le Nord", "une victoire rapide sur le Sud" → LOCATION with the
 * canonical "Corée du Nord" / "Corée du Sud".
 */
import { candidate } from '../candidate.js';
import { aliasPath, type DictionaryPayload } from '../../lexicon/dictionary.js';
import { lookupPath } from '../lookup.js';
import type { Candidate, Rule } from '../types.js';
import { MASCULINE_DEFINITE } from '../data/name-context.js';

const CANONICAL: ReadonlyMap<string, string> = new Map([
  ['Nord', 'Corée du Nord'],
  ['Sud', 'Corée du Sud'],
]);

/**
 * The trie paths of the two canonicals, built on first use: the names are fixed, and building a path tokenises
 * the name, which `lookupName` did again for every document that says "le Nord".
 */
let paths: ReadonlyMap<string, readonly string[]> | null = null;
function pathOf(canonical: string): readonly string[] {
  paths ??= new Map([...CANONICAL.values()].map((c) => [c, aliasPath(c)]));
  return paths.get(canonical) ?? aliasPath(canonical);
}
const isLocation = (p: DictionaryPayload): boolean => p.type === 'LOCATION';

export const koreaNorthSouth: Rule = {
  id: 'korea-north-south',
  find(a) {
    const out: Candidate[] = [];
    if (!a.korean) return out;
    const tokens = a.doc.tokens;
    const known = new Map<string, { id?: string; subtype?: string }>();
    for (const i of a.triggers.compass) {
      const t = tokens[i];
      if (t === undefined || a.dictAt[i] !== -1) continue;
      const canonical = CANONICAL.get(t.text);
      if (canonical === undefined || !MASCULINE_DEFINITE.has(tokens[i - 1]?.key ?? '')) continue;
      // "Corée du Nord" is a dictionary hit; "Amérique du Sud" too: only a bare "le Nord" is read here.
      let entry = known.get(canonical);
      if (entry === undefined) {
        // The dictionary's id for the state, when it has one ("iso:KP").
        const p = lookupPath(a.ctx.dictionaries, pathOf(canonical), isLocation);
        entry = p === null ? { subtype: 'country' } : { ...(p.id !== undefined ? { id: p.id } : {}), subtype: p.subtype ?? 'country' };
        known.set(canonical, entry);
      }
      out.push(candidate(a, i, i + 1, { type: 'LOCATION', rule: 'korea-north-south', rank: 2, confidence: 0.8, canonical, ...entry }));
    }
    return out;
  },
};
