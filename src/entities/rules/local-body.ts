/**
 * French local public bodies in lower case, named after their territory (data/local-bodies.ts): "la communauté de
 * communes Cœur de Sologne", "le syndicat mixte du bassin versant de l'Aubrette", "le syndicat intercommunal d'eau
 * potable du Haut-Lirou", "la métropole de Lyon". The head, the lower-case words of its remit linked by "de" and the
 * capitalised territory make one ORGANIZATION. Only after a definite article or a contraction: "une communauté de
 * communes de la Sarthe" is any of them, not one named. Also a territorial acronym with its French place ("l'ARS
 * Occitanie", "le Sdis du Var") and a town with its intercommunal suffix ("Grenoble-Alpes Métropole").
 */
import { candidate } from '../candidate.js';
import { LOCAL_BODY_HEADS, PLACE_ONLY_HEADS, PLACE_SUFFIX_HEADS, TERRITORIAL_ACRONYMS } from '../data/local-bodies.js';
import { INDEFINITE_DETERMINERS } from '../data/org-heads.js';
import type { Token } from '../../types.js';
import type { Analysis, Candidate, Rule } from '../types.js';
import { glued, hitAt } from '../analysis.js';

/** Links between the head, its remit and its territory. */
const LINKS: ReadonlySet<string> = new Set(['de', 'du', 'des', "d'"]);
/** Articles after "de": "de la Vienne", "de l'Aubrette". */
const ARTICLES: ReadonlySet<string> = new Set(['la', "l'", 'les']);
/** Lower-case words of a remit between the head and the territory ("bassin versant", "eau potable"), at most. */
const MAX_REMIT = 4;
/** Longest name, in tokens. */
const MAX_TOKENS = 16;

/** The token at `i` when it is a word of the sentence `sentence`, on the same line, not glued to the one before. */
function wordAt(a: Analysis, i: number, sentence: number): Token | null {
  const t = a.doc.tokens[i];
  if (t === undefined || t.sentence !== sentence || t.newlineBefore || glued(a.doc.tokens[i - 1], t)) return null;
  return t.kind === 'word' || t.kind === 'elision' ? t : null;
}

/** Length of the head at `h`, or 0. */
function headLength(tokens: readonly Token[], h: number): number {
  for (const head of LOCAL_BODY_HEADS) if (head.every((k, n) => tokens[h + n]?.key === k)) return head.length;
  return 0;
}

/** After a link at `j` ("de", "de la", "du", "d'"), the index of the word it introduces; -1 when none is there. */
function afterLink(a: Analysis, j: number, sentence: number): number {
  const link = wordAt(a, j, sentence);
  if (link === null || !LINKS.has(link.key)) return -1;
  return link.key === 'de' && ARTICLES.has(wordAt(a, j + 1, sentence)?.key ?? '') ? j + 2 : j + 1;
}

/**
 * End of a capitalised territory at `i` ("Pays de Lunel-Ardière", "Cœur de Sologne", "Grand Verdalais", "la
 * Vienne"): capitalised words, or dictionary names, joined by links; -1 when `i` is not capitalised.
 */
function territoryEnd(a: Analysis, i: number, sentence: number): number {
  if (a.shape[i] === 0 || wordAt(a, i, sentence) === null) return -1;
  let j = i;
  for (;;) {
    const hit = hitAt(a, j);
    j = hit !== undefined && hit.tokenStart === j ? hit.tokenEnd : j + 1;
    if (a.shape[j] !== 0 && wordAt(a, j, sentence) !== null) continue;
    const next = afterLink(a, j, sentence);
    if (next !== -1 && a.shape[next] !== 0 && wordAt(a, next, sentence) !== null) j = next;
    else return j;
  }
}

/** Nouns of an area named by its town's demonym: "la région grenobloise", "l'agglomération lyonnaise". Keys. */
const DEMONYM_AREAS: ReadonlySet<string> = new Set(['région', 'agglomération', 'métropole', 'ville', 'vallée', 'aire']);

/** End of "région grenobloise" at `i` (an area noun and a lower-case demonym), or -1. */
function demonymAreaEnd(a: Analysis, i: number, sentence: number): number {
  const noun = wordAt(a, i, sentence);
  const demonym = hitAt(a, i + 1);
  if (noun === null || a.shape[i] !== 0 || !DEMONYM_AREAS.has(noun.key) || demonym === undefined || demonym.tokenStart !== i + 1) return -1;
  return demonym.payload.type === 'NATIONALITY' && a.shape[i + 1] === 0 && wordAt(a, i + 1, sentence) !== null ? demonym.tokenEnd : -1;
}

/** End of the name from the end `j` of its head: remit words and links, then the territory; -1 when none closes it. */
function bodyEnd(a: Analysis, j: number, sentence: number, placeOnly: boolean): number {
  let remit = 0;
  while (remit <= MAX_REMIT) {
    // "communauté de communes Cœur de Sologne": the territory right after the head.
    const direct = territoryEnd(a, j, sentence);
    if (direct !== -1) return direct;
    const next = afterLink(a, j, sentence);
    if (next === -1) return -1;
    // "de la Vienne", or "de la région grenobloise": a capitalised territory or an area named by its demonym.
    const place = territoryEnd(a, next, sentence);
    if (place !== -1) return place;
    const area = demonymAreaEnd(a, next, sentence);
    if (area !== -1) return area;
    if (placeOnly) return -1;
    // "du bassin versant de …", "d'eau potable du …": lower-case words of the remit, up to the next link.
    let k = next;
    while (remit <= MAX_REMIT && a.shape[k] === 0 && wordAt(a, k, sentence)?.kind === 'word' && !LINKS.has(a.doc.tokens[k]?.key ?? '')) {
      k++;
      remit++;
    }
    if (k === next) return -1;
    j = k;
  }
  return -1;
}

/** The dictionary place at `i` is French: "Occitanie", "Var", "Lyon" (ids "region:FR:…", "city:FR:…"). */
function frenchPlaceAt(a: Analysis, i: number): number {
  const hit = hitAt(a, i);
  return hit !== undefined && hit.tokenStart === i && hit.payload.type === 'LOCATION' && (hit.payload.id ?? '').includes(':FR:') ? hit.tokenEnd : -1;
}

/**
 * "l'ARS Occitanie", "le Sdis du Var", "la CCI de Normandie": a territorial acronym at `i` and the French place right
 * after it or after "de"; the candidate, its canonical the full name with the same place, or null.
 */
function territorialAcronym(a: Analysis, i: number): Candidate | null {
  const t = a.doc.tokens[i];
  const full = t === undefined || a.shape[i] === 0 ? undefined : TERRITORIAL_ACRONYMS.get(t.key);
  if (t === undefined || full === undefined) return null;
  const direct = wordAt(a, i + 1, t.sentence) === null ? -1 : frenchPlaceAt(a, i + 1);
  const next = direct === -1 ? afterLink(a, i + 1, t.sentence) : -1;
  const end = direct !== -1 ? direct : next === -1 || wordAt(a, next, t.sentence) === null ? -1 : frenchPlaceAt(a, next);
  if (end === -1) return null;
  const c = candidate(a, i, end, { type: 'ORGANIZATION', rule: 'local-body', rank: 2, confidence: 0.8 });
  return { ...c, canonical: `${full}${a.doc.text.slice(t.end, c.end)}` };
}

/**
 * "Grenoble-Alpes Métropole", "Rennes Métropole": a capitalised suffix head at `h` right after a capitalised town,
 * with the territory words after it ("Tours Métropole Val de Loire"); the candidate or null.
 */
function placeSuffixed(a: Analysis, h: number): Candidate | null {
  const t = a.doc.tokens[h];
  if (t === undefined || a.shape[h] === 0 || !PLACE_SUFFIX_HEADS.has(t.key) || !t.spaceBefore || wordAt(a, h - 1, t.sentence) === null || a.shape[h - 1] === 0) return null;
  const place = a.dictAt[h - 1] !== -1 ? (hitAt(a, h - 1)?.tokenStart ?? h - 1) : h - 1;
  // The town itself opens the name: a capitalised word before it would be another name's ("Le Mans Métropole" aside).
  if (a.dictAt[h - 1] !== -1 && hitAt(a, h - 1)?.payload.type !== 'LOCATION') return null;
  const after = territoryEnd(a, h + 1, t.sentence);
  const end = after !== -1 && a.doc.tokens[h + 1]?.spaceBefore === true ? after : h + 1;
  return candidate(a, place, end, { type: 'ORGANIZATION', rule: 'local-body', rank: 2, confidence: 0.75 });
}

export const localBody: Rule = {
  id: 'local-body',
  find(a) {
    const out: Candidate[] = [];
    const tokens = a.doc.tokens;
    for (const h of a.triggers.orgHeads) {
      const head = tokens[h];
      if (head === undefined) continue;
      const named = territorialAcronym(a, h) ?? placeSuffixed(a, h);
      if (named !== null) {
        out.push(named);
        continue;
      }
      if (a.shape[h] !== 0 || INDEFINITE_DETERMINERS.has(tokens[h - 1]?.key ?? '')) continue;
      const length = headLength(tokens, h);
      if (length === 0) continue;
      const end = bodyEnd(a, h + length, head.sentence, PLACE_ONLY_HEADS.has(head.key));
      if (end === -1 || end - h > MAX_TOKENS) continue;
      out.push(candidate(a, h, end, { type: 'ORGANIZATION', rule: 'local-body', rank: 2, confidence: 0.75 }));
    }
    return out;
  },
};
