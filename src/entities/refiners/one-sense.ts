/**
 * One sense per document: a capitalised word left untyped takes the type of
 * the same name typed elsewhere in the text ("le journal tchèque Denik N …
 * indique Denik N"), and a single word that opens a multi-word organisation
 * name stands for it ("Disney Channel … Disney"). A weak guess gives way to
 * the same name typed from stronger context ("à Modalia" … "le distributeur
 * en ligne Modalia": the firm).
 */
import { candidate, mapCandidates, changed } from '../candidate.js';
import { TOWN_NAME_ARTICLES } from '../data/name-context.js';
import { ORG_HEADS } from '../data/org-heads.js';
import { UNKNOWN, type Candidate, type Refiner } from '../types.js';

/** The same name whatever its apostrophes: "Cox’s Bazar" is "Cox's Bazar". */
function nameKey(text: string): string {
  return text.includes('’') ? text.replace(/’/gu, "'") : text;
}

/** Rank class of weak guesses ("à Modalia" read as a place by its preposition alone). */
const WEAK_RANK = 4;

/** A weak guess takes the type of the same name read from stronger context elsewhere in the text. */
function weakRetyped(text: string, c: Candidate, typed: ReadonlyMap<string, Candidate>): Candidate {
  if (Math.floor(c.rank) < WEAK_RANK || c.type === 'DATE' || c.type === 'NATIONALITY') return c;
  const same = typed.get(nameKey(text.slice(c.start, c.end)));
  if (same === undefined || same.type === c.type || Math.floor(same.rank) >= WEAK_RANK) return c;
  return changed(c, { type: same.type, canonical: same.canonical, id: same.id, subtype: same.subtype, confidence: Math.min(same.confidence, 0.7) });
}

/** The untyped run `c` with the capital article before it, when the text typed that longer name elsewhere. */
function withCapitalArticle(a: Parameters<Refiner>[0], c: Candidate, typed: ReadonlyMap<string, Candidate>): Candidate | null {
  const article = a.doc.tokens[c.tokenStart - 1];
  if (article === undefined || !TOWN_NAME_ARTICLES.has(article.text) || article.sentence !== a.doc.tokens[c.tokenStart]?.sentence) return null;
  const same = typed.get(nameKey(a.doc.text.slice(article.start, c.end)));
  if (same === undefined) return null;
  return candidate(a, c.tokenStart - 1, c.tokenEnd, { type: same.type, rule: c.rule, rank: c.rank, confidence: Math.min(same.confidence, 0.7), canonical: same.canonical, id: same.id, subtype: same.subtype });
}

export const oneSense: Refiner = (a, found) => {
  const typed = new Map<string, Candidate>();
  const orgFirstWord = new Map<string, Candidate>();
  for (const c of found) {
    if (c.type === UNKNOWN || c.type === 'DATE' || c.type === 'NATIONALITY') continue;
    const key = nameKey(a.doc.text.slice(c.start, c.end));
    // The reading of the strongest rank class wins: "le distributeur Modalia" over the guess "à Modalia".
    const kept = typed.get(key);
    if (kept === undefined || (Math.floor(c.rank) < WEAK_RANK && Math.floor(kept.rank) >= WEAK_RANK)) typed.set(key, c);
    if (c.type === 'ORGANIZATION' && c.tokenEnd - c.tokenStart >= 2) {
      const first = a.doc.tokens[c.tokenStart];
      if (first !== undefined && first.kind === 'word' && first.text !== first.key && !ORG_HEADS.has(first.key) && !orgFirstWord.has(first.text)) orgFirstWord.set(first.text, c);
    }
  }
  if (typed.size === 0) return found;
  return mapCandidates(found, (c) => {
    if (c.type !== UNKNOWN) return weakRetyped(a.doc.text, c, typed);
    const text = a.doc.text.slice(c.start, c.end);
    const same = typed.get(nameKey(text));
    if (same === undefined) {
      // "Le maire de La Séguinière" after "sa ferme de La Séguinière": the run left its capital article out.
      const articled = withCapitalArticle(a, c, typed);
      if (articled !== null) return articled;
      const org = c.tokenEnd - c.tokenStart === 1 ? orgFirstWord.get(text) : undefined;
      return org === undefined ? c : changed(c, { type: 'ORGANIZATION', canonical: text, confidence: 0.6 });
    }
    return changed(c, { type: same.type, canonical: same.canonical, id: same.id, subtype: same.subtype, confidence: Math.min(same.confidence, 0.7) });
  });
};
