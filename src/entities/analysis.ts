/**
 * The per-document analysis every entity rule reads: dictionary hits and the
 * runs of unknown capitalised words, each computed in one pass over tokens.
 */
import type { PreparedDocument, Token } from '../types.js';
import { foldKey, isCapitalized, isLatinLower, isLatinUpper } from '../text/normalize.js';
import { COMMON_WORDS, RUN_BREAKERS } from './data/common-words.js';
import { ungluedAuxiliaries } from './glued-auxiliary.js';
import { isDictionarySurname } from './refiners/link-persons.js';
import { withGluedOrganizations } from './glued-organization.js';
import { ARTICLE_PARTICLES, ELIDED_SURNAME_PREFIXES, GENERATION_SUFFIXES, KOREA_CUES, NAME_PARTICLES, PERSON_ONLY_PARTICLES } from './data/name-context.js';
import { FIRST_NAME_KEYS, isGivenName } from './lexicons.js';
import { HONORIFICS, PERSON_TITLES, PORTFOLIO_PREPOSITIONS, TITLE_COMPLEMENTS } from './data/titles.js';
import { GEO_NAME_HEADS } from './data/geo-features.js';
import { EVENT_HEADS, NAMED_EVENTS } from './data/events.js';
import { NAME_PREFIXES } from './data/prefixes.js';
import { DEMONYM_ORG_HEADS, LOWERCASE_ORG_HEADS, ORG_DOMAINS, ORG_HEADS } from './data/org-heads.js';
import { LOCAL_BODY_HEADS, PLACE_SUFFIX_HEADS, TERRITORIAL_ACRONYMS } from './data/local-bodies.js';
import { CAP, CAPS, type Analysis, type EntityContext, type NameRun } from './types.js';
import type { DictionaryMatch } from '../lexicon/dictionary.js';
import { defineWordClass } from '../text/word-classes.js';


/** Portfolios and domains after "de" that open no name, by fold: "ministre de l'Energie" is written without its accent too. */
const PORTFOLIO_FOLDS: ReadonlySet<string> = new Set([...ORG_DOMAINS, ...TITLE_COMPLEMENTS].map((k) => foldKey(k)));
/** Which rule trigger list a word key belongs to: one lookup per word instead of one per list. */
const ORG_HEAD = 1;
const GEO_HEAD = 2;
const EVENT_HEAD = 3;
const TRIGGER_OF: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  // A word in several lists triggers the first of: organisation heads, geographic heads, events (later sets overwrite).
  for (const k of NAMED_EVENTS.keys()) m.set(k, EVENT_HEAD);
  for (const k of EVENT_HEADS) m.set(k, EVENT_HEAD);
  for (const k of GEO_NAME_HEADS) m.set(k, GEO_HEAD);
  for (const k of [...ORG_HEADS, ...LOWERCASE_ORG_HEADS, ...DEMONYM_ORG_HEADS]) m.set(k, ORG_HEAD);
  // Local bodies' heads ("communauté de communes"): their first word triggers the organisation rules too.
  for (const head of LOCAL_BODY_HEADS) m.set(head[0] ?? '', ORG_HEAD);
  for (const k of [...PLACE_SUFFIX_HEADS, ...TERRITORIAL_ACRONYMS.keys()]) m.set(k, ORG_HEAD);
  return m;
})();

/** Forms that set a rule trigger in `analyse`: trigger-list words, "Nord" and "Sud", words with a name prefix. */
const TRIGGER_WORD = defineWordClass(
  (w) => TRIGGER_OF.has(w.key) || w.text === 'Nord' || w.text === 'Sud' || (w.key.length > 4 && w.key.includes('-') && NAME_PREFIXES.some((p) => w.key.startsWith(p))),
);

/** Capitalised forms, "al-Assad" included (shape CAP), and of those the ones in capitals (CAPS): see `shapeOf`. */
const CAPITALIZED_WORD = defineWordClass((w) => (shapeOf(w.text) || articledName(w.text)) !== 0);
const ALL_CAPS_WORD = defineWordClass((w) => (shapeOf(w.text) & CAPS) !== 0);

/** Forms that name one of the Koreas ("Corée", "nord-coréen", "Séoul"); see `mentionsKorea`. */
const KOREA_WORD = defineWordClass(
  (w) => w.fold.length >= 5 && (shapeOf(w.text) !== 0 || articledName(w.text) !== 0 || w.fold.charCodeAt(0) === 99 || w.fold.includes('-')) && mentionsKorea(w.fold),
);

/**
 * The dictionary hit over token `i`, if any. Read through this helper rather
 * than `a.dict[a.dictAt[i] ?? -1]`: an array read at index -1 (no hit, or a
 * token before the first) is a named-property lookup, and a read site that
 * has seen one stays megamorphic (slow for every later read there).
 */
export function hitAt(a: Analysis, i: number): DictionaryMatch | undefined {
  const k = i >= 0 && i < a.dictAt.length ? (a.dictAt[i] ?? -1) : -1;
  return k >= 0 ? a.dict[k] : undefined;
}

/** The run of capitalised words that starts at token `i`, if any (see `hitAt` for why a helper). */
export function runFrom(a: Analysis, i: number): NameRun | undefined {
  const k = i >= 0 && i < a.runAt.length ? (a.runAt[i] ?? -1) : -1;
  return k >= 0 ? a.runs[k] : undefined;
}

/** A letter-bearing word written with an initial capital: "Poutine", "KCNA", "Kyou-hyun". */
export function isNameWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && isCapitalized(t.text);
}

/**
 * Shape bits of a word, with an ASCII fast path: most tokens start with a
 * lower-case ASCII letter and cost one comparison.
 */
export function shapeOf(text: string): number {
  // No read past the end of an empty text (it would deoptimise this hot function).
  if (text.length === 0) return 0;
  const c = text.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return 0;
  if (!(c >= 65 && c <= 90) && !isCapitalized(text)) return 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const d = text.charCodeAt(i);
    if (isLatinLower(d)) return CAP;
    if (isLatinUpper(d)) letters++;
    else if (d > 0xff) {
      const ch = text.charAt(i);
      const lower = ch.toLowerCase();
      if (lower === ch.toUpperCase()) continue;
      if (ch === lower) return CAP;
      letters++;
    }
  }
  return letters >= 2 ? CAP | CAPS : CAP;
}

/** Arabic article prefixes of surnames: "al-Assad", "el-Sissi", "ad-Dawla". */
const ARTICLE_PREFIX = /^(?:al|el|ad|ar|as|at|az|an|ash|ech|ibn|bin|ben|abu|abou)-\p{Lu}/u;

/** "al-Assad", "el-Sissi": a lower-case article glued to a capitalised name counts as a capitalised word. */
function articledName(text: string): number {
  // The article is two to four letters and a hyphen: most words fail this before the pattern is tried.
  const hyphen = text.charCodeAt(2) === 45 || text.charCodeAt(3) === 45 || text.charCodeAt(4) === 45;
  return hyphen && text.charCodeAt(0) >= 97 && ARTICLE_PREFIX.test(text) ? CAP : 0;
}

/** Does a folded word name one of the Koreas ("coree", "nord-coreen", "seoul")? */
function mentionsKorea(fold: string): boolean {
  for (const cue of KOREA_CUES) if (fold.includes(cue)) return true;
  return false;
}

/** A single capital letter: an initial ("F" of "John F. Kennedy"). */
function isInitial(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word' || t.text.length !== 1) return false;
  const c = t.text.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

/** Two word tokens glued without a space ("Nordl", "BloombergActualités" split by the tokeniser). */
export function glued(prev: Token | undefined, t: Token): boolean {
  return prev !== undefined && !t.spaceBefore && prev.kind === 'word' && t.kind === 'word';
}

/** An apostrophe and "s" glued to the word before token `j`: "Cox's", "Cox’s". */
function isGluedPossessive(tokens: readonly Token[], j: number): boolean {
  const apostrophe = tokens[j];
  const s = tokens[j + 1];
  return apostrophe !== undefined && s !== undefined && !apostrophe.spaceBefore && !s.spaceBefore && s.text === 's' && (apostrophe.text === "'" || apostrophe.text === '’');
}

/** An apostrophe at `j` glued between a hyphenated word ending in "-d" or "-l" and a word: "Saint-Jean-d’Angély". */
export function isGluedElision(tokens: readonly Token[], j: number): boolean {
  const apostrophe = tokens[j];
  const before = tokens[j - 1];
  const after = tokens[j + 1];
  if (apostrophe === undefined || before === undefined || after === undefined || apostrophe.spaceBefore || after.spaceBefore || after.kind !== 'word') return false;
  if (apostrophe.text !== "'" && apostrophe.text !== '’') return false;
  const n = before.key.length;
  return n > 2 && before.key.charCodeAt(n - 2) === 45 && (before.key.endsWith('d') || before.key.endsWith('l'));
}

/**
 * An apostrophe at `j` glued between a word ending in "c" and a lower-case
 * word starting with "h": the Breton letter "c'h" of "Guivarc'h",
 * "Kerc'hoas" (French elides no "c" before "h").
 */
export function isBretonCh(tokens: readonly Token[], j: number): boolean {
  const apostrophe = tokens[j];
  const before = tokens[j - 1];
  const after = tokens[j + 1];
  if (apostrophe === undefined || before === undefined || after === undefined || apostrophe.spaceBefore || after.spaceBefore || after.kind !== 'word') return false;
  return (apostrophe.text === "'" || apostrophe.text === '’') && before.key.endsWith('c') && after.text.charCodeAt(0) === 104;
}

/** How many lower-case person particles ("von der", "van", "bin") stand right before token `i`, at most two. */
function leadingParticles(tokens: readonly Token[], shape: Uint8Array, i: number): number {
  let n = 0;
  while (n < 2) {
    const t = tokens[i - n - 1];
    const after = tokens[i - n];
    if (t === undefined || after === undefined || !after.spaceBefore || after.newlineBefore || t.sentence !== after.sentence) break;
    if (t.kind !== 'word' || shape[i - n - 1] !== 0 || !NAME_PARTICLES.has(t.key)) break;
    n++;
  }
  // The particle next to the name, or the first of two, must join persons only: "von", "van der", not "de".
  if (n === 0) return 0;
  if (PERSON_ONLY_PARTICLES.has(tokens[i - n]?.key ?? '')) return n;
  return n === 2 && PERSON_ONLY_PARTICLES.has(tokens[i - 1]?.key ?? '') ? 1 : 0;
}

/** Tokens that open a clause, after which a capital proves nothing. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([':', '«', '“', '"', '—', '–', '-', '(', '•', '‹', '„', '*', '·', '[', '|']);

/**
 * Sentences whose letter words are mostly in capitals ("OFFRE SPÉCIALE", "LA
 * CORÉE DU NORD SIMULE…"), from the per-sentence counts of words of two
 * characters or more and of those in capitals.
 */
function capsSentences(words: Int32Array, caps: Int32Array): boolean[] {
  const out: boolean[] = [];
  for (let s = 0; s < words.length; s++) {
    const w = words[s] ?? 0;
    const c = caps[s] ?? 0;
    out.push(w > 0 && c >= 2 && c / w >= 0.6);
  }
  return out;
}

/** A word that may lead a run but is not a name itself: sentence-initial common words, titles, honorifics. */
function strippable(t: Token): boolean {
  return COMMON_WORDS.has(t.key) || PERSON_TITLES.has(t.key) || HONORIFICS.has(t.key);
}

/**
 * Build the shared analysis of a document.
 *
 * @example
 * analyse(prepare('Le législateur Yoo Sang-bum a parlé.'), ctx).runs.length // 1
 */
/**
 * "Sana Qureshi": an organisation the dictionary knows by its acronym ("SANA", the Syrian agency, written "Sana" as
 * French news writes acronyms it pronounces), read in a word written as a name, which is also a given name and comes
 * right before another capitalised word: the first name of a person, not the organisation.
 */
function withoutGivenNameAcronyms(doc: PreparedDocument, dict: readonly DictionaryMatch[]): readonly DictionaryMatch[] {
  let out: DictionaryMatch[] | null = null;
  for (let k = 0; k < dict.length; k++) {
    const m = dict[k] as DictionaryMatch;
    if (givenNameAcronym(doc, m)) out ??= dict.slice(0, k);
    else if (out !== null) out.push(m);
  }
  return out ?? dict;
}

function givenNameAcronym(doc: PreparedDocument, m: DictionaryMatch): boolean {
  if (m.tokenEnd !== m.tokenStart + 1 || m.payload.type !== 'ORGANIZATION') return false;
  const t = doc.tokens[m.tokenStart];
  const next = doc.tokens[m.tokenEnd];
  if (t === undefined || next === undefined || t.kind !== 'word' || t.text === t.text.toUpperCase() || !isCapitalized(t.text)) return false;
  // Only an acronym of the dictionary: its canonical name is not the word itself ("Sana" → "SANA" or a long name).
  if (!(FIRST_NAME_KEYS.has(t.fold) || isGivenName(t.fold)) || m.payload.canonical === t.text) return false;
  return next.kind === 'word' && next.spaceBefore && !next.newlineBefore && next.sentence === t.sentence && isCapitalized(next.text) && next.text !== next.text.toUpperCase();
}

export function analyse(input: PreparedDocument, ctx: EntityContext): Analysis {
  // "Vladimir Poutinea félicité": the rules read the name without the glued auxiliary.
  const unglued = ungluedAuxiliaries(input, ctx);
  const doc = unglued.doc;
  // "BloombergActualités": a dictionary organisation glued to a page word.
  const dict = withoutGivenNameAcronyms(doc, withGluedOrganizations(doc, unglued.dict, ctx));
  const tokens = doc.tokens;
  const dictAt = new Int32Array(tokens.length).fill(-1);
  dict.forEach((m, k) => {
    for (let i = m.tokenStart; i < m.tokenEnd; i++) dictAt[i] = k;
  });
  // One pass: word shapes, rule triggers and the Korean context.
  const shape = new Uint8Array(tokens.length);
  const orgHeads: number[] = [];
  const parens: number[] = [];
  const compass: number[] = [];
  const geoHeads: number[] = [];
  const dots: number[] = [];
  const events: number[] = [];
  const prefixed: number[] = [];
  let korean = false;
  const wordsIn = new Int32Array(doc.sentences.length);
  const capsIn = new Int32Array(doc.sentences.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined) continue;
    if (t.kind === 'word') {
      // shapeOf(t.text) || articledName(t.text), read off the form's classes.
      shape[i] = (t.classes & CAPITALIZED_WORD) === 0 ? 0 : (t.classes & ALL_CAPS_WORD) !== 0 ? CAP | CAPS : CAP;
      // Words of two characters or more, per sentence, for capsSentences (the span length is the text length).
      if (t.end - t.start >= 2) {
        wordsIn[t.sentence] = (wordsIn[t.sentence] ?? 0) + 1;
        if (((shape[i] ?? 0) & CAPS) !== 0) capsIn[t.sentence] = (capsIn[t.sentence] ?? 0) + 1;
      }
      if ((t.classes & TRIGGER_WORD) !== 0) {
        const trigger = TRIGGER_OF.get(t.key);
        if (trigger === ORG_HEAD) orgHeads.push(i);
        else if (trigger === GEO_HEAD) geoHeads.push(i);
        else if (trigger === EVENT_HEAD) events.push(i);
        else if (t.text === 'Nord' || t.text === 'Sud') compass.push(i);
        else if (shape[i] === 0) prefixed.push(i);
      }
      // "Corée", "nord-coréen", "Séoul": the Koreas are in the text.
      if ((t.classes & KOREA_WORD) !== 0) korean = true;
    } else if (t.key === '(') parens.push(i);
    else if (t.key === '.' && !t.spaceBefore && tokens[i + 1]?.spaceBefore === false) dots.push(i);
  }
  const capsSentence = capsSentences(wordsIn, capsIn);
  const runs: NameRun[] = [];
  const runAt = new Int32Array(tokens.length).fill(-1);

  for (const s of doc.sentences) {
    if (capsSentence[s.index] === true) continue;
    let firstWord = true;
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      const t = tokens[i];
      if (t === undefined) break;
      if (t.kind !== 'word' || shape[i] === 0 || dictAt[i] !== -1) {
        if (t.kind === 'number' || t.kind === 'word') firstWord = false;
        i++;
        continue;
      }
      const initial = firstWord || CLAUSE_OPENERS.has(tokens[i - 1]?.key ?? '');
      firstWord = false;
      // Extend over capitalised words and inner particles, never across a
      // dictionary hit, a line break or glued scraped words.
      let j = i + 1;
      while (j < s.tokenEnd) {
        const u = tokens[j];
        if (u === undefined || u.newlineBefore || glued(tokens[j - 1], u) || dictAt[j] !== -1) break;
        // "BloombergActualités Quoi Séoul": a clause-opening word ends the name.
        if (u.kind === 'word' && shape[j] !== 0 && !RUN_BREAKERS.has(u.key)) {
          j++;
          continue;
        }
        // "John F. Kennedy", "Múte B. Egede": a middle initial and its dot inside a name.
        // ("Selon M. Ridwan": the word before an initial must be a name's.)
        if (u.key === '.' && !u.spaceBefore && j - 1 > i && isInitial(tokens[j - 1]) && !strippable(tokens[j - 2] as Token) && j + 1 < s.tokenEnd) {
          const v = tokens[j + 1];
          if (v !== undefined && v.kind === 'word' && v.spaceBefore && !v.newlineBefore && shape[j + 1] !== 0 && dictAt[j + 1] === -1 && !RUN_BREAKERS.has(v.key)) {
            j += 2;
            continue;
          }
        }
        // "Saint-Jean-d’Angély", "Portages-de-l’Outaouais": an elided article closing a hyphenated name, glued to the rest of it.
        if (isGluedElision(tokens, j) && j + 1 < s.tokenEnd && shape[j + 1] !== 0 && dictAt[j + 1] === -1) {
          j += 2;
          continue;
        }
        // "Maël Guivarc'h", "Youenn Le Berc'h": the Breton "c'h" glued inside the name.
        if (isBretonCh(tokens, j)) {
          j += 2;
          continue;
        }
        // "Koffi N'Guessan", "Moussa N'Diaye": a capitalised elided prefix glued to the surname.
        if (u.kind === 'elision' && ELIDED_SURNAME_PREFIXES.has(u.key) && isCapitalized(u.text) && j + 1 < s.tokenEnd && tokens[j + 1]?.spaceBefore === false && tokens[j + 1]?.kind === 'word' && shape[j + 1] === CAP && (tokens[j + 1]?.text.length ?? 0) >= 3 && dictAt[j + 1] === -1) {
          j += 2;
          continue;
        }
        // "Cox's Bazar", "Martha's Vineyard": an English possessive inside a name.
        if (isGluedPossessive(tokens, j) && j + 2 < s.tokenEnd && tokens[j + 2]?.kind === 'word' && shape[j + 2] !== 0 && tokens[j + 2]?.spaceBefore === true && dictAt[j + 2] === -1) {
          j += 3;
          continue;
        }
        // "Ursula von der Leyen", "Rafael van der Vaart": two particles only when the first joins persons only.
        // "Juan de la Cruz", "Vicente de la O Levy": "de la" inside a name opened by a known first name, or by any
        // after a lower-case title ("le juge Ramiro Cárdenas de la Torre").
        const opener = tokens[i];
        const titled = opener !== undefined && PERSON_TITLES.has(tokens[i - 1]?.key ?? '') && shape[i - 1] === 0 && tokens[i - 1]?.sentence === opener.sentence;
        const hispanic = u.key === 'de' && ARTICLE_PARTICLES.has(tokens[j + 1]?.key ?? '') && (FIRST_NAME_KEYS.has(opener?.fold ?? '') || titled);
        const n = (PERSON_ONLY_PARTICLES.has(u.key) && NAME_PARTICLES.has(tokens[j + 1]?.key ?? '') && shape[j + 1] === 0) || hispanic ? 2 : 1;
        const v = tokens[j + n];
        if (NAME_PARTICLES.has(u.key) && j + n < s.tokenEnd && v !== undefined && v.kind === 'word' && shape[j + n] !== 0 && !v.newlineBefore && dictAt[j + n] === -1 && !COMMON_WORDS.has(v.key)) {
          j += n + 1;
          continue;
        }
        break;
      }
      // "Ferdinand Marcos Jr. a déclaré": the abbreviation's dot belongs to the name (not when it ends the sentence).
      if (j > i + 1 && GENERATION_SUFFIXES.has(tokens[j - 1]?.key ?? '') && tokens[j]?.text === '.' && tokens[j]?.spaceBefore === false && j + 1 < s.tokenEnd) j++;
      // "Kévin L., 24 ans", "M. L., avec": a surname given by its initial keeps its dot, after a first name or an honorific.
      else if (tokens[j]?.text === '.' && tokens[j]?.spaceBefore === false && j + 1 < s.tokenEnd && isInitial(tokens[j - 1]) && (j > i + 1 ? !strippable(tokens[j - 2] as Token) : HONORIFICS.has(tokens[i - 2]?.key ?? '') && !HONORIFICS.has(tokens[j - 1]?.key ?? ''))) j++;
      // Strip leading common words, titles and honorifics: "Président Vladimir Poutine" → "Vladimir Poutine".
      // A portfolio after "de" is no name either: "le ministre des Affaires étrangères", "de la République".
      let k = i;
      while (k < j) {
        const u = tokens[k];
        if (u === undefined || !(strippable(u) || (k === i && PORTFOLIO_FOLDS.has(u.fold) && PORTFOLIO_PREPOSITIONS.has(tokens[k - 1]?.key ?? '')))) break;
        // "le ministre des Finances, Cheikh Diba": a title that is also a first name, capitalised inside the sentence
        // before a surname, is the first name (the title is written in lower case: "le cheikh Tamim").
        if (!(k === i && initial) && k + 1 < j && !COMMON_WORDS.has(u.key) && FIRST_NAME_KEYS.has(u.fold)) break;
        k++;
      }
      // "Mme von der Leyen": lower-case particles that only join persons open the name.
      const lead = k === i ? leadingParticles(tokens, shape, i) : 0;
      // Two names side by side split before a first name: "allié de Poutine Sergei Markov".
      let from = k - lead;
      let rawFrom = i - lead;
      for (let m = k + 1; m < j; m++) {
        const prev = tokens[m - 1];
        const cur = tokens[m];
        // Only when a surname follows the first name: "Tarik Saleh" stays whole, "Saleh" being also a first name.
        // A lower-case particle is no first name, whatever its letters: "Badr ben Hamad" ("Ben" is one).
        if (cur === undefined || prev === undefined || m + 1 >= j || shape[m] === 0 || !FIRST_NAME_KEYS.has(cur.fold)) continue;
        if (FIRST_NAME_KEYS.has(prev.fold) || NAME_PARTICLES.has(prev.key) || shape[m - 1] === 0) continue;
        // One unknown word before the first name, after a word that is no name, is more likely a first name the
        // list lacks than a surname: "raconte Amna Adam Ishag" is one person; "allié de Poutine Sergei Markov"
        // splits on a known surname, "France Bleu Serge Bousquet-Cassagne" after a known name.
        if (m - from === 1 && (from === 0 || dictAt[from - 1] === -1) && !isDictionarySurname(ctx.dictionaries, prev.fold)) continue;
        runAt[from] = runs.length;
        runs.push({ tokenStart: from, tokenEnd: m, rawStart: rawFrom, initial: initial && from === i });
        from = m;
        rawFrom = m;
      }
      if (from < j) {
        runAt[from] = runs.length;
        runs.push({ tokenStart: from, tokenEnd: j, rawStart: rawFrom, initial: initial && from === i });
      }
      i = j;
    }
  }
  return { doc, ctx, dict, dictAt, runs, runAt, capsSentence, korean, shape, triggers: { orgHeads, parens, compass, geoHeads, dots, events, prefixed } };
}
