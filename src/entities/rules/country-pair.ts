/**
 * Two countries joined by a hyphen, as headlines pair them: "Thaïlande-
 * Cambodge", "Israël-Iran", "Arménie-Azerbaïdjan", "États-Unis-Chine". Each
 * country is a LOCATION of its own, its span inside the word. Every part must
 * be a country of the dictionaries (a hyphenated name of one place,
 * "Bosnie-Herzégovine", is a dictionary entry and never reaches this rule);
 * after a route noun, towns too ("les lignes Lille-Amiens et Arras-Dunkerque").
 */
import { candidate, makeCandidate } from '../candidate.js';
import type { DictionaryPayload } from '../../lexicon/dictionary.js';
import { lookupPath } from '../lookup.js';
import type { Candidate, Rule } from '../types.js';
import type { Token } from '../../types.js';
import { defineWordClass } from '../../text/word-classes.js';
import { ROUTE_NOUNS } from '../data/geo-features.js';

/** A capital right after an inner hyphen: the only words this rule reads. */
const CAPITAL_AFTER_HYPHEN = /-\p{Lu}/u;
const PAIRED = defineWordClass((w) => w.text.length > 4 && CAPITAL_AFTER_HYPHEN.test(w.text));

/** Most hyphenated parts read: two countries of three parts each ("Guinée-Bissau", "Trinité-et-Tobago"). */
const MAX_PARTS = 6;

/** A country's entry: its id is an ISO code ("iso:TH"). */
const COUNTRY_ID = /^iso:/u;

/** A country of the dictionaries: a place whose id is an ISO code. */
const isCountry = (p: DictionaryPayload): boolean => p.type === 'LOCATION' && p.id !== undefined && COUNTRY_ID.test(p.id);

/** A country or a town of the dictionaries. */
const isCountryOrTown = (p: DictionaryPayload): boolean => isCountry(p) || (p.type === 'LOCATION' && p.subtype === 'city');

/** Most tokens back from a pair to its route noun, over earlier pairs and their links ("lignes A-B, C-D et E-F"). */
const ROUTE_REACH = 6;

/** A route noun stands before the token `i`, maybe before other pairs joined by "et" or commas. */
function afterRouteNoun(tokens: readonly Token[], i: number): boolean {
  const sentence = tokens[i]?.sentence;
  for (let k = i - 1; k >= 0 && i - k <= ROUTE_REACH; k--) {
    const t = tokens[k];
    if (t === undefined || t.sentence !== sentence) return false;
    if (ROUTE_NOUNS.has(t.key)) return true;
    if (!(t.key === 'et' || t.key === ',' || t.key === 'les' || t.key === 'la' || t.key === 'le' || (t.kind === 'word' && t.text.includes('-')))) return false;
  }
  return false;
}

export const countryPair: Rule = {
  id: 'country-pair',
  find(a) {
    const out: Candidate[] = [];
    const tokens = a.doc.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t === undefined || (t.classes & PAIRED) === 0 || t.kind !== 'word' || a.dictAt[i] !== -1) continue;
      const parts = t.text.split('-');
      const folds = t.fold.split('-');
      if (parts.length > MAX_PARTS || folds.length !== parts.length) continue;
      const found: Candidate[] = [];
      // Towns only after a route noun ("les lignes Lille-Amiens"); countries anywhere ("Israël-Iran").
      const accepts = afterRouteNoun(tokens, i) ? isCountryOrTown : isCountry;
      let j = 0;
      let offset = t.start;
      // Longest run of parts that names a country first: "États-Unis-Chine" is "États-Unis" + "Chine".
      while (j < parts.length) {
        let k = parts.length;
        for (; k > j; k--) {
          const p = lookupPath(a.ctx.dictionaries, folds.slice(j, k), accepts);
          if (p === null) continue;
          // the parts' characters and the hyphens between them
          let length = k - j - 1;
          for (let m = j; m < k; m++) length += parts[m]?.length ?? 0;
          const base = candidate(a, i, i + 1, { type: 'LOCATION', rule: 'country-pair', rank: 2, confidence: 0.85, canonical: p.canonical, id: p.id, subtype: p.subtype });
          found.push(makeCandidate({ ...base, start: offset, end: offset + length }));
          offset += length + 1;
          break;
        }
        if (k === j) break;
        j = k;
      }
      if (j === parts.length && found.length >= 2) out.push(...found);
    }
    return out;
  },
};
