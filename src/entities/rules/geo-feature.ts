/**
 * A geographic feature noun with a capitalised specifier is a place name:
 * "mer Rouge", "golfe Persique", "océan Indien", "détroit d'Ormuz", "mer de
 * Chine méridionale", "bande de Gaza". The lower-case noun belongs to the name.
 */
import { candidate } from '../candidate.js';
import { PLURAL_RIVER_NOUNS, POSITION_ADJECTIVES, RIVER_COLOURS, RIVER_FEATURE_NOUNS, RIVER_NOUNS } from '../data/geo-features.js';
import type { Analysis, Candidate, Rule } from '../types.js';

/** Lower-case words that may close such a name: "mer de Chine méridionale", "océan Pacifique nord". */
const CLOSERS: ReadonlySet<string> = new Set([...POSITION_ADJECTIVES, 'nord', 'sud']);

/** End of the capitalised specifier starting at `i` (a dictionary hit or a run of capitalised words), or -1. */
export function specifierEnd(a: Analysis, i: number, sentence: number): number {
  const t = a.doc.tokens[i];
  if (t === undefined || t.sentence !== sentence || t.kind !== 'word' || a.shape[i] === 0) return -1;
  const k = a.dictAt[i] ?? -1;
  if (k !== -1) {
    const m = a.dict[k];
    return m !== undefined && m.tokenStart === i && m.payload.type !== 'PERSON' ? m.tokenEnd : -1;
  }
  let j = i + 1;
  while (a.doc.tokens[j]?.sentence === sentence && a.doc.tokens[j]?.kind === 'word' && a.shape[j] !== 0 && a.dictAt[j] === -1) j++;
  return j;
}

/** "la chaîne N1", "le canal 5": no sea, range or river has a digit in its name; a channel or a road does. */
function hasDigit(a: Analysis, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (/\p{N}/u.test(a.doc.tokens[i]?.text ?? '')) return true;
  return false;
}

/** Feature nouns that name a place only through "de": "chaîne" alone before a name is a television channel. */
const LINKED_ONLY: ReadonlySet<string> = new Set(['chaîne']);

/**
 * Feature nouns that, with "de", only name what their complement names:
 * "l'île de Sumatra" is Sumatra, "le massif des Corbières" the Corbières,
 * "la vallée de Campan" Campan ("le col du Tourmalet", "le détroit de
 * Taïwan" keep their noun).
 */
const SAME_AS_NAME: ReadonlySet<string> = new Set(['île', 'îles', 'archipel', 'massif', 'vallée', 'plateau']);

export const geoFeature: Rule = {
  id: 'geo-feature',
  find(a) {
    const out: Candidate[] = [];
    const tokens = a.doc.tokens;
    for (const h of a.triggers.geoHeads) {
      const head = tokens[h];
      if (head === undefined || a.shape[h] !== 0) continue;
      let i = h + 1;
      const link = tokens[i]?.key;
      const linked = link === 'de' || link === "d'" || link === 'du' || link === 'des';
      // "la chaîne des Andes" is a range, "la chaîne Telesur" a channel.
      if (!linked && LINKED_ONLY.has(head.key)) continue;
      if (linked) i++;
      // "mer de l'Est", "golfe de la Syrte".
      if (link === 'de' && (tokens[i]?.key === "l'" || tokens[i]?.key === 'la')) i++;
      let end = specifierEnd(a, i, head.sentence);
      if (end === -1 || hasDigit(a, i, end)) continue;
      const next = tokens[end];
      if (next !== undefined && next.sentence === head.sentence && CLOSERS.has(next.key)) end++;
      // "l'île de Sumatra", "l'archipel des Spratleys": the island is its name alone ("détroit de Taïwan" is not Taïwan).
      // "le fleuve Litani", "la rivière Kelani": a river named right after its noun is its name alone ("le fleuve Jaune" is not).
      const river = i === h + 1 && RIVER_NOUNS.has(head.key) && !RIVER_COLOURS.has(tokens[i]?.key ?? '');
      // "le delta de la Kaveri", "la vallée du Gier": a river's feature with an article names the river alone
      // ("la vallée de Ferghana", with no article, is the valley's own name).
      const ofRiver = RIVER_FEATURE_NOUNS.has(head.key) && (link === 'du' || link === 'des' || (link === 'de' && i === h + 3));
      const from = (i > h + 1 && SAME_AS_NAME.has(head.key)) || river || ofRiver ? i : h;
      out.push(candidate(a, from, end, { type: 'LOCATION', rule: 'geo-feature', rank: 2, confidence: 0.7, subtype: 'region' }));
      // "les rivières Ravi et Sutlej": the second name after "et" is a river too.
      if (river && PLURAL_RIVER_NOUNS.has(head.key) && tokens[end]?.key === 'et') {
        const second = specifierEnd(a, end + 1, head.sentence);
        if (second !== -1 && !hasDigit(a, end + 1, second)) out.push(candidate(a, end + 1, second, { type: 'LOCATION', rule: 'geo-feature', rank: 2, confidence: 0.7, subtype: 'region' }));
      }
    }
    return out;
  },
};
