/**
 * The title of a work named after its genre noun and ending on a place:
 * "le drame La Nuit de Cahors, de …", "le roman Les Hivers de Tulle (…)",
 * "le grand succès s'appelle Un été à Bormes." Works are not entities and
 * nothing inside them is: the title is claimed (and dropped from the
 * output) so the place is not read on its own, here and wherever the same
 * title comes back in the text ("pour Les Hivers de Tulle", "des Hivers de
 * Tulle").
 */
import { candidate } from '../candidate.js';
import { BLOCKED, type Analysis, type Candidate, type Rule } from '../types.js';

/** Genre nouns that announce a title. */
const GENRES: ReadonlySet<string> = new Set([
  'film', 'comédie', 'drame', 'thriller', 'polar', 'documentaire', 'roman', 'livre', 'récit', 'essai', 'album', 'série',
  'feuilleton', 'pièce', 'spectacle', 'opéra', 'chanson', 'tube', 'biopic', 'long-métrage', 'court-métrage', 'recueil', 'intitulé', 'intitulée',
]);
/** Articles a title opens with or is contracted into: "Les Hivers" → "des Hivers", "pour Les Hivers". */
const ARTICLES: ReadonlySet<string> = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'au', 'aux']);
/** Longest title read back from its place, in tokens. */
const MAX_TITLE = 7;
/** Marks that close a title. */
const CLOSERS: ReadonlySet<string> = new Set([',', '.', '(', ')', ':', ';', '»', '"', '”', '!', '?']);

/** The title's genre noun or "s'appelle" right before token `s`. */
function announced(a: Analysis, s: number): boolean {
  const before = a.doc.tokens[s - 1];
  if (before === undefined || before.key !== before.text) return false;
  return GENRES.has(before.key) || (before.key === 'appelle' && a.doc.tokens[s - 2]?.key === "s'");
}

/** First token of a title ending at the place or name `start..end`, read back to its announcer; -1 when none. */
function titleStart(a: Analysis, start: number, end: number): number {
  const tokens = a.doc.tokens;
  const next = tokens[end];
  if (next !== undefined && next.sentence === tokens[start]?.sentence && !CLOSERS.has(next.key)) return -1;
  for (let s = start - 1; s >= 0 && start - s <= MAX_TITLE; s--) {
    const t = tokens[s];
    if (t === undefined || (t.kind !== 'word' && t.kind !== 'elision') || t.sentence !== tokens[start]?.sentence) return -1;
    if (a.shape[s] !== 0 && announced(a, s)) return s;
  }
  return -1;
}

/** The keys of the title's words after its article, up to the place. */
function wordsOf(a: Analysis, from: number, to: number): string[] {
  const keys: string[] = [];
  for (let i = from; i < to; i++) keys.push(a.doc.tokens[i]?.key ?? '');
  if (ARTICLES.has(keys[0] ?? '')) keys.shift();
  return keys;
}

export const workTitle: Rule = {
  id: 'work-title',
  find(a) {
    const out: Candidate[] = [];
    // The places a title may end on: known places and unknown capitalised names.
    const anchors: [number, number][] = [];
    for (const m of a.dict) if (m.payload.type === 'LOCATION') anchors.push([m.tokenStart, m.tokenEnd]);
    for (const run of a.runs) anchors.push([run.tokenStart, run.tokenEnd]);
    const text = (from: number, to: number): string => a.doc.text.slice(a.doc.tokens[from]?.start ?? 0, a.doc.tokens[to - 1]?.end ?? 0);
    // Each title as its place's text and the words before it; the most words a title has.
    const key = (place: string, words: readonly string[]): string => `${place}\u0000${words.join('\u0001')}`;
    let titles: Set<string> | null = null;
    let longest = 0;
    for (const [start, end] of anchors) {
      const s = titleStart(a, start, end);
      if (s === -1 || start - s < 2) continue;
      out.push(candidate(a, s, end, { type: BLOCKED, rule: 'work-title', rank: 2, confidence: 0.5 }));
      const words = wordsOf(a, s, start);
      (titles ??= new Set()).add(key(text(start, end), words));
      longest = Math.max(longest, words.length);
    }
    if (titles === null) return out;
    // The same title again: the same words before the same place, whatever the article, the longest first
    // (one look-up per length, not one per title).
    for (const [start, end] of anchors) {
      const place = text(start, end);
      for (let n = Math.min(longest, start); n >= 1; n--) {
        const words: string[] = [];
        for (let j = start - n; j < start; j++) words.push(a.doc.tokens[j]?.key ?? '');
        if (titles.has(key(place, words))) {
          out.push(candidate(a, start - n, end, { type: BLOCKED, rule: 'work-title', rank: 2, confidence: 0.5 }));
          break;
        }
      }
    }
    return out;
  },
};
