/**
 * A capitalised name defined by the acronym in brackets after it, when the
 * acronym's letters spell the name's words: "Fédération autonome de
 * l'enseignement (FAE)", "Centre de services scolaire de Montréal (CSSDM)",
 * "Centre international pour le règlement des différends relatifs aux
 * investissements (Cirdi)", "Société des mines de l'Aïr (Somaïr)", "Parti
 * action et solidarité (PAS)". The name runs up to the bracket through
 * lower-case words and places (which then belong to it), and the acronym,
 * once defined, is an organisation wherever it comes back written the same
 * way ("le siège du PAS", never the adverb "pas").
 */
import { isAllCaps, isCapitalized } from '../../text/normalize.js';
import { candidate } from '../candidate.js';
import { LOWERCASE_ORG_HEADS, ORG_HEADS } from '../data/org-heads.js';
import { FIRST_NAME_KEYS } from '../lexicons.js';
import type { Analysis, Candidate, Rule } from '../types.js';

/** Longest name read back from the "(", in tokens. */
const MAX_DEFINITION = 18;

/** Words whose initial an acronym may leave out: "Organisation mondiale de la santé" → OMS. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(['de', "d'", 'du', 'des', 'la', "l'", 'le', 'les', 'et', 'pour', 'à', 'au', 'aux', 'en', 'sur', 'contre', 'l', 'd']);

/** Words no name holds: determiners of a clause, pronouns, auxiliaries, "selon" ("la Société a vendu sa filiale (SVF)"). */
const NOT_IN_NAME: ReadonlySet<string> = new Set([
  'un', 'une', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'mon', 'ma', 'mes', 'notre', 'nos', 'votre', 'vos',
  'qui', 'que', 'qu\'', 'dont', 'où', 'il', 'elle', 'ils', 'elles', 'on', 'se', "s'", 'ne', "n'", 'pas', 'a', 'ont', 'est', 'sont',
  'était', 'avait', 'été', 'selon', 'par', 'avec', 'dans', 'mais', 'ou', 'lors', 'après', 'avant', 'depuis', 'chez',
]);

/**
 * The words of a stretch as folded parts: a hyphenated word gives one part
 * per piece ("sapeurs-pompiers" → "sapeurs", "pompiers"); `content` tells
 * the parts that are words of the name (not "de", "la", "et") and do not
 * continue a hyphenated word.
 */
interface Parts {
  readonly text: string[];
  readonly content: boolean[];
}

function partsOf(a: Analysis, start: number, open: number): Parts {
  const out: Parts = { text: [], content: [] };
  for (let i = start; i < open; i++) {
    const t = a.doc.tokens[i];
    if (t === undefined || (t.kind !== 'word' && t.kind !== 'elision')) continue;
    const function_ = FUNCTION_WORDS.has(t.key);
    t.fold.split('-').forEach((p, n) => {
      if (p.length === 0) return;
      out.text.push(p);
      out.content.push(n === 0 && !function_);
    });
  }
  return out;
}

/** Nouns of institutions that open a name in lower case. */
export const INSTITUTION_NOUNS: ReadonlySet<string> = new Set([...ORG_HEADS, ...LOWERCASE_ORG_HEADS, 'juridiction', 'caisse', 'régie', 'cellule', 'pôle', 'groupement', 'brigade', 'unité']);

/** A cost no reading reaches. */
const NONE = 1 << 20;

/**
 * Most parts a name is spelled over (18 tokens, a few hyphenated): the
 * reading costs parts² per letter, and one word of 20,000 characters
 * "A-A-A-…" would give 10,000 parts.
 */
const MAX_PARTS = 48;

/**
 * Do the letters of `acr` spell the parts? The first letter is the first
 * part's initial; every later letter is the initial of a later part or a
 * later letter of the part the letter before was read in ("Somaïr":
 * SOciété des Mines de l'AÏR; "JIRS": Juridiction InterRégionale
 * Spécialisée). Words of the name passed over, between letters or after the
 * last one, cost 1 each ("CNC": Centre National du Cinéma et de l'image
 * animée costs 2); the cheapest reading must cost at most `budget`. More
 * than MAX_PARTS parts spell nothing.
 */
export function spells(acr: string, parts: Parts, budget: number): boolean {
  const m = parts.text.length;
  if (acr.length === 0 || m === 0 || m > MAX_PARTS || parts.text[0]?.charAt(0) !== acr.charAt(0)) return false;
  // cost[w] / pos[w]: cheapest reading of the letters so far with the last one in part w, at its leftmost position.
  let cost = new Int32Array(m).fill(NONE);
  let pos = new Int32Array(m);
  cost[0] = 0;
  for (let k = 1; k < acr.length; k++) {
    const ch = acr.charAt(k);
    const nextCost = new Int32Array(m).fill(NONE);
    const nextPos = new Int32Array(m);
    for (let w = 0; w < m; w++) {
      const c = cost[w] ?? NONE;
      if (c >= NONE) continue;
      const q = parts.text[w]?.indexOf(ch, (pos[w] ?? 0) + 1) ?? -1;
      if (q !== -1 && (c < (nextCost[w] ?? NONE) || (c === nextCost[w] && q < (nextPos[w] ?? 0)))) {
        nextCost[w] = c;
        nextPos[w] = q;
      }
      let passed = 0;
      for (let v = w + 1; v < m; v++) {
        if (parts.text[v]?.charAt(0) === ch && c + passed <= (nextCost[v] ?? NONE)) {
          nextCost[v] = c + passed;
          nextPos[v] = 0;
        }
        if (parts.content[v] === true) passed++;
      }
    }
    cost = nextCost;
    pos = nextPos;
  }
  let tail = 0;
  for (let w = m - 1; w >= 0; w--) {
    if ((cost[w] ?? NONE) + tail <= budget) return true;
    if (parts.content[w] === true) tail++;
  }
  return false;
}

/**
 * "Parti de l'union, de la solidarité et du développement (USDP)": an
 * acronym kept in another language's word order gives one letter to each
 * word of the name, in any order; three letters at least.
 */
function permutes(acr: string, parts: Parts): boolean {
  if (acr.length < 3) return false;
  const initials: string[] = [];
  parts.text.forEach((p, n) => {
    if (parts.content[n] === true) initials.push(p.charAt(0));
  });
  return initials.length === acr.length && initials.sort().join('') === [...acr].sort().join('');
}

/**
 * The acronym in the brackets opened at `open`: a word alone in them, in
 * capitals ("FAE", "PAS") or capitalised and unknown ("Cirdi", "Somaïr");
 * its folded letters, or null.
 */
function acronymIn(a: Analysis, open: number): string | null {
  const tokens = a.doc.tokens;
  const t = tokens[open + 1];
  if (t === undefined || t.kind !== 'word' || tokens[open + 2]?.key !== ')' || t.text.length < 2 || t.text.length > 10) return null;
  if (!isAllCaps(t.text) && !(isCapitalized(t.text) && a.dictAt[open + 1] === -1 && !FIRST_NAME_KEYS.has(t.fold))) return null;
  const k = a.dictAt[open + 1] ?? -1;
  const type = k === -1 ? null : a.dict[k]?.payload.type;
  if (type === 'LOCATION' || type === 'PERSON') return null;
  return /^[a-z]+$/u.test(t.fold) ? t.fold : null;
}

/**
 * Start of the capitalised name the acronym after the "(" at `open` spells,
 * the nearest one; -1 when there is none. A comma is read through only
 * before a function word (", de la solidarité"); a person's name does not
 * open a definition.
 */
export function definitionStart(a: Analysis, open: number, acr: string): number {
  const tokens = a.doc.tokens;
  const sentence = tokens[open]?.sentence;
  let words = 0;
  // A name opened in lower case gives way to a capitalised one further back ("Parti de l'union, … (USDP)").
  let lower = -1;
  for (let s = open - 1; s >= 0 && open - s <= MAX_DEFINITION; s--) {
    const t = tokens[s];
    if (t === undefined || t.sentence !== sentence) break;
    if (t.key === ',' && FUNCTION_WORDS.has(tokens[s + 1]?.key ?? '')) continue;
    if ((t.kind !== 'word' && t.kind !== 'elision') || (a.shape[s] === 0 && NOT_IN_NAME.has(t.key))) break;
    if (t.kind === 'word' && !FUNCTION_WORDS.has(t.key) && ++words > acr.length + 2) break;
    // A capitalised name, or one opened by an institution noun in lower case ("la juridiction interrégionale spécialisée (JIRS)").
    const capital = a.shape[s] !== 0;
    if ((!capital && (lower !== -1 || !INSTITUTION_NOUNS.has(t.key))) || !acr.includes(t.fold.charAt(0))) continue;
    const k = a.dictAt[s] ?? -1;
    if (k !== -1 && a.dict[k]?.payload.type === 'PERSON') continue;
    const parts = partsOf(a, s, open);
    if (!spells(acr, parts, Math.min(2, acr.length - 1)) && !permutes(acr, parts)) continue;
    if (capital) return s;
    lower = s;
  }
  return lower;
}

/** Start of the name the acronym in the brackets at `open` spells, or -1 (see `definitionStart`). */
export function spelledStart(a: Analysis, open: number): number {
  const acr = acronymIn(a, open);
  return acr === null ? -1 : definitionStart(a, open, acr);
}

export const acronymDefinition: Rule = {
  id: 'acronym-definition',
  find(a) {
    const out: Candidate[] = [];
    const tokens = a.doc.tokens;
    let defined: Map<string, number> | null = null;
    for (const open of a.triggers.parens) {
      const acr = acronymIn(a, open);
      if (acr === null || open < 1) continue;
      const start = definitionStart(a, open, acr);
      if (start === -1 || open - start < 2) continue;
      out.push(candidate(a, start, open, { type: 'ORGANIZATION', rule: 'acronym-expansion', rank: 2, confidence: 0.75 }));
      out.push(candidate(a, open + 1, open + 2, { type: 'ORGANIZATION', rule: 'acronym-expansion', rank: 2, confidence: 0.8 }));
      (defined ??= new Map()).set(tokens[open + 1]?.text ?? '', open + 1);
    }
    if (defined === null) return out;
    // The acronym again, written the same way, anywhere in the text (a headline may come first).
    for (const t of tokens) {
      if (t.kind !== 'word' || !defined.has(t.text) || defined.get(t.text) === t.index) continue;
      if (tokens[t.index - 1]?.key === '(' && tokens[t.index + 1]?.key === ')') continue;
      out.push(candidate(a, t.index, t.index + 1, { type: 'ORGANIZATION', rule: 'acronym-expansion', rank: 3, confidence: 0.7 }));
    }
    return out;
  },
};
