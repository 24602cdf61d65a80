/**
 * A name followed by its acronym in parentheses: "Service de renseignement
 * extérieur (SVR)", "le directeur du renseignement extérieur russe (SVR)",
 * "le service d'information de sécurité (Bis)". Both the expansion and the
 * acronym are organisations; the link-acronyms refiner gives them one
 * canonical name.
 */
import { isAllCaps, isCapitalized } from '../../text/normalize.js';
import { candidate } from '../candidate.js';
import { NON_ORG_ACRONYMS } from '../data/acronyms.js';
import { SAILING_WORDS } from '../data/name-context.js';
import { LOWERCASE_ORG_HEADS, ORG_DOMAINS, ORG_HEADS } from '../data/org-heads.js';
import { PERSON_TITLES } from '../data/titles.js';
import { BLOCKED, CAP, type Analysis, type Candidate, type Rule } from '../types.js';
import { FIRST_NAME_KEYS } from '../lexicons.js';
import { INSTITUTION_NOUNS, spelledStart } from './acronym-definition.js';
import { readName } from './org-name.js';
import { demonymNounBefore } from './person-title.js';
import { hitAt, runFrom } from '../analysis.js';

/** Words that end the expansion when reading back: determiners and contractions. */
const STOP: ReadonlySet<string> = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'du', 'des', 'au', 'aux', 'son', 'sa', 'ses', 'ce', 'cette', 'et', 'ou', 'avec', 'contre', 'par', 'pour', 'que', 'qui', 'selon', 'chez', 'via', 'malgré']);
/** Longest expansion read back, in tokens. */
const MAX_BACK = 8;

/** An acronym shape: "SVR", "KCNA", or a short capitalised form "Bis", "Otan". */
function acronymShape(text: string): boolean {
  if (text.length < 2 || text.length > 8) return false;
  return isAllCaps(text) || (isCapitalized(text) && text.length <= 5);
}

/** Words left out of initials: "Organisation mondiale de la santé" → OMS. */
const SKIP_INITIAL: ReadonlySet<string> = new Set(['de', "d'", 'du', 'des', 'la', "l'", 'le', 'les', 'et', 'pour', 'à', 'au', 'aux', 'en']);

/** The initials of the expansion and the acronym share their first two letters or more: "parquet national antiterroriste (PNAT)". */
function initialsFit(a: Analysis, start: number, open: number): boolean {
  const acr = a.doc.tokens[open + 1]?.fold ?? '';
  let initials = '';
  for (let i = start; i < open; i++) {
    const t = a.doc.tokens[i];
    if (t !== undefined && t.kind === 'word' && !SKIP_INITIAL.has(t.key)) initials += t.fold.charAt(0);
  }
  const n = Math.min(initials.length, acr.length);
  return n >= 2 && initials.slice(0, n) === acr.slice(0, n);
}

/**
 * Words that open a clause or carry its verb: the name read back by its initials never runs over them
 * ("l'Assemblée, où son parti, l'Action … (ADN)", "Le groupe est parti tôt, a indiqué le peloton … (PGHM)").
 */
const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'où', 'qui', 'que', "qu'", 'dont', 'lequel', 'laquelle', 'lesquels', 'lesquelles',
  'a', 'ont', 'est', 'sont', 'avait', 'avaient', 'était', 'étaient', 'sera', 'seront',
]);

/** Longest expansion read back by its initials, in tokens. */
const MAX_INITIALS_BACK = 18;
/** Prepositions of a seat closing an expansion: "… de secours de l'Aude (SDIS 11)". */
const OF_PLACE: ReadonlySet<string> = new Set(['de', 'du', "d'", 'des']);

/** Initials of the words `from..to` (exclusive), function words left out: "service départemental d'incendie et de secours" → "sdis". */
function initialsOf(a: Analysis, from: number, to: number): string {
  let initials = '';
  for (let i = from; i < to; i++) {
    const t = a.doc.tokens[i];
    if (t !== undefined && t.kind === 'word' && !SKIP_INITIAL.has(t.key)) initials += t.fold.charAt(0);
  }
  return initials;
}

/**
 * The acronym in the brackets at `open` is spelled exactly by the initials
 * of the lower-case words right before it, opened by a common noun that
 * heads no body: "gaz naturel liquéfié (GNL)", "organisme génétiquement
 * modifié (OGM)" (a thing, not an organisation; "la juridiction
 * interrégionale spécialisée (JIRS)" is one).
 */
function commonNounSpelled(a: Analysis, open: number): boolean {
  const tokens = a.doc.tokens;
  const acr = tokens[open + 1]?.fold ?? '';
  const sentence = tokens[open]?.sentence;
  if (acr.length < 2) return false;
  for (let s = open - 1; s >= 0 && open - s <= 2 * acr.length + 1; s--) {
    const t = tokens[s];
    if (t === undefined || t.sentence !== sentence || (t.kind !== 'word' && t.kind !== 'elision') || a.shape[s] !== 0 || a.dictAt[s] !== -1) return false;
    if (SKIP_INITIAL.has(t.key)) continue;
    const initials = initialsOf(a, s, open);
    if (initials.length > acr.length) return false;
    if (initials === acr) return !INSTITUTION_NOUNS.has(t.key) && !ORG_DOMAINS.has(t.key);
  }
  return false;
}

/**
 * The letters of the acronym read in order in the initials, first and last
 * letters matching: "inrae" in "inraae" (Institut national de recherche
 * pour l'agriculture, l'alimentation et l'environnement); a two-letter
 * acronym must match exactly.
 */
function lettersFit(acr: string, initials: string): boolean {
  if (acr.length < 2 || initials.length < acr.length || acr.charAt(0) !== initials.charAt(0) || acr.charAt(acr.length - 1) !== initials.charAt(initials.length - 1)) return false;
  if (acr.length === 2) return initials === acr;
  let k = 0;
  for (let i = 0; i < initials.length && k < acr.length; i++) if (initials.charAt(i) === acr.charAt(k)) k++;
  return k === acr.length;
}

/** Start of a seat closing the words before `open`: "de l'Aude", "du Morbihan", "de Paris"; `open` when there is none. */
function seatStart(a: Analysis, open: number): number {
  const k = a.dictAt[open - 1] ?? -1;
  const hit = k === -1 ? undefined : a.dict[k];
  // A place of the dictionary, or a capitalised word (the dictionary leaves "Aude" or "Cher" out as common words).
  if (hit !== undefined ? hit.payload.type !== 'LOCATION' || hit.tokenEnd !== open : a.shape[open - 1] !== CAP) return open;
  let j = (hit?.tokenStart ?? open - 1) - 1;
  const article = a.doc.tokens[j]?.key ?? '';
  if (article === 'la' || article === "l'") j--;
  return OF_PLACE.has(a.doc.tokens[j]?.key ?? '') ? j : open;
}

/**
 * Start of an expansion opened by an organisation head whose initials spell
 * the acronym in brackets at `open`, read back across lower-case words and
 * commas: "brigade de répression du banditisme (BRB)", "service
 * départemental d'incendie et de secours de l'Aude (SDIS 11)"; -1 when none.
 */
function initialsStart(a: Analysis, open: number): number {
  const tokens = a.doc.tokens;
  const acr = (tokens[open + 1]?.fold ?? '').replace(/[^a-z]/gu, '');
  const sentence = tokens[open]?.sentence;
  const seat = seatStart(a, open);
  for (let h = open - 1; h >= 0 && open - h <= MAX_INITIALS_BACK; h--) {
    const t = tokens[h];
    if (t === undefined || t.sentence !== sentence || !(t.kind === 'word' || t.kind === 'elision' || t.key === ',') || CLAUSE_WORDS.has(t.key)) return -1;
    if (t.kind !== 'word' || !ORG_HEADS.has(t.key) || t.fold.charAt(0) !== acr.charAt(0)) continue;
    if (lettersFit(acr, initialsOf(a, h, open)) || (seat < open && seat > h && lettersFit(acr, initialsOf(a, h, seat)))) return h;
  }
  return -1;
}

/** Longest acronym written as a word before its number: "Sdis", "Samu". */
const MAX_WORD_ACRONYM = 6;

/** A number glued to an acronym in its brackets: "(SDIS 11)", "(Sdis 11)" (the press's spelling), the département's number. */
function numberedAcronym(a: Analysis, open: number): boolean {
  const tokens = a.doc.tokens;
  const acr = tokens[open + 1];
  const n = tokens[open + 2];
  const spelled = acr !== undefined && (isAllCaps(acr.text) || (isCapitalized(acr.text) && acr.text.length <= MAX_WORD_ACRONYM));
  return acr !== undefined && acr.kind === 'word' && spelled && acr.text.length >= 2 && n !== undefined && n.kind === 'number' && /^\d{1,3}$/u.test(n.text) && tokens[open + 3]?.key === ')';
}

/** Words that may follow a capitalised head in a long name: "Association pour les études…", "Fonds … pour toujours". */
const NAME_LINKS: ReadonlySet<string> = new Set(['pour', 'sur', 'contre', 'de', 'du', 'des', "d'", 'en', 'à']);

/**
 * Start of a long name whose acronym, in another language, spells none of its words, read back from the "(" at
 * `open` to its capitalised head over words only: "l'Association pour les études juridiques sur l'immigration
 * (ASGI)", "un Fonds Forêts tropicales pour toujours (TFFF)"; -1 when a clause word, a mark or a person stands
 * between, or when the head is followed by neither a link nor a capitalised word.
 */
function linkedNameStart(a: Analysis, open: number): number {
  const tokens = a.doc.tokens;
  const sentence = tokens[open]?.sentence;
  for (let h = open - 1; h >= 0 && open - h <= MAX_NAME; h--) {
    const t = tokens[h];
    if (t === undefined || t.sentence !== sentence || !(t.kind === 'word' || t.kind === 'elision') || CLAUSE_WORDS.has(t.key)) return -1;
    const k = a.dictAt[h] ?? -1;
    if (k !== -1 && a.dict[k]?.payload.type === 'PERSON') return -1;
    if (a.shape[h] !== CAP || !ORG_HEADS.has(t.key) || PERSON_TITLES.has(t.key)) continue;
    const next = tokens[h + 1];
    return h + 1 < open && next !== undefined && (NAME_LINKS.has(next.key) || a.shape[h + 1] !== 0) ? h : -1;
  }
  return -1;
}

/** Longest institutional name read forward to the "(", in tokens. */
const MAX_NAME = 12;

/**
 * The capitalised head of an institutional name that runs right up to the
 * "(" at `open`: "Commission péruvienne du lithium (…)", "Institut national
 * de statistique et de géographie (…)"; -1 when there is none.
 */
function nameHeadBefore(a: Analysis, open: number): number {
  const tokens = a.doc.tokens;
  const sentence = tokens[open]?.sentence;
  for (let h = open - 1; h >= 0 && open - h <= MAX_NAME; h--) {
    const t = tokens[h];
    if (t === undefined || t.sentence !== sentence || (t.kind !== 'word' && t.kind !== 'elision')) return -1;
    if (a.shape[h] === 0 || !ORG_HEADS.has(t.key)) continue;
    const end = readName(a, h, t, true)?.end ?? -1;
    // "Association polonaise de l'énergie éolienne (PSEW)": the adjective of the name's last noun, before the bracket.
    if (end === open || (end > h && open - end <= MAX_TAIL && lowerTail(a, end, open))) return h;
  }
  return -1;
}

/** Most lower-case words between the end of a name read and its acronym's bracket. */
const MAX_TAIL = 2;

/** Tokens `from..to` are lower-case words of no dictionary entry, no function word: "éolienne". */
function lowerTail(a: Analysis, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = a.doc.tokens[k];
    if (t === undefined || t.kind !== 'word' || a.shape[k] !== 0 || a.dictAt[k] !== -1 || STOP.has(t.key) || SKIP_INITIAL.has(t.key) || t.key.length < 4) return false;
  }
  return true;
}

/**
 * A short name in brackets after an institutional name read from its head:
 * the syllable acronyms of the press ("Cochilco", "Inegi", "Instat"), not a
 * known place, person or first name ("(Québec)", "(Paris)").
 */
function syllableAcronym(a: Analysis, i: number): boolean {
  const t = a.doc.tokens[i];
  return t !== undefined && t.kind === 'word' && t.text.length >= 3 && t.text.length <= 10 && isCapitalized(t.text) && a.dictAt[i] === -1 && !FIRST_NAME_KEYS.has(t.fold);
}

/** A capitalised word after "à" ends right before the "(" at `open`: "à Petite-Forêt (Nord)". */
function townAfterPreposition(a: Analysis, open: number): boolean {
  // The run ending at the bracket starts at most a few words before it.
  for (let k = open - 1; k >= 0 && open - k <= MAX_BACK; k--) {
    const run = runFrom(a, k);
    if (run !== undefined) return run.tokenEnd === open && run.rawStart === run.tokenStart && a.doc.tokens[run.tokenStart - 1]?.key === 'à';
  }
  return false;
}

/**
 * "Vierzon (Cher)", "Springfield (Illinois)", "Hennebont (Morbihan)": a
 * known place in brackets, or a capitalised word (not in capitals) after a
 * known place, qualifies the place; it is no acronym.
 */
function placeInBrackets(a: Analysis, open: number): boolean {
  const inside = open + 1;
  const k = a.dictAt[inside] ?? -1;
  if (k !== -1 && a.dict[k]?.payload.type === 'LOCATION') return true;
  const before = a.dictAt[open - 1] ?? -1;
  const t = a.doc.tokens[inside];
  // "construites par Alstom à Petite-Forêt (Nord)": an unknown town after "à" and its département.
  if (before === -1 && t !== undefined && !isAllCaps(t.text) && a.doc.tokens[open + 2]?.key === ')' && townAfterPreposition(a, open)) return true;
  if (before === -1 || a.dict[before]?.payload.type !== 'LOCATION' || t === undefined || isAllCaps(t.text)) return false;
  // "Comité civique de Potosí (Comcipo)": a name read from its head up to the place, which the word's first letter opens, takes an acronym.
  const head = nameHeadBefore(a, open);
  return head === -1 || a.doc.tokens[head]?.fold.charAt(0) !== t.fold.charAt(0);
}

/**
 * A person's name right before the "(" at `open`: a known first name then
 * capitalised words ("Mikkel Sørensen"), or a person of the dictionary.
 */
function personBefore(a: Analysis, open: number): boolean {
  const tokens = a.doc.tokens;
  const k = a.dictAt[open - 1] ?? -1;
  if (k !== -1) return a.dict[k]?.payload.type === 'PERSON' && a.dict[k]?.tokenEnd === open;
  // "le Danois Mikkel Sørensen (…)": a demonym noun announces the person.
  let from = open - 1;
  while (from > 0 && tokens[from - 1]?.kind === 'word' && a.shape[from - 1] !== 0 && a.dictAt[from - 1] === -1 && open - from < 4) from--;
  if (demonymNounBefore(a, from)) return true;
  // A first name, then one to three capitalised words up to the bracket ("le Danois Mikkel Sørensen").
  for (let i = open - 2; i >= 0 && open - i <= 4; i--) {
    const t = tokens[i];
    if (t === undefined || t.kind !== 'word' || a.shape[i] === 0 || a.dictAt[i] !== -1) return false;
    if (FIRST_NAME_KEYS.has(t.fold)) return true;
  }
  return false;
}

/** Does the text speak of offshore sailing ("skipper", "voilier", "Imoca")? */
function aboutSailing(a: Analysis): boolean {
  return a.doc.tokens.some((t) => SAILING_WORDS.has(t.key));
}

/** Longest name in brackets after a person, in tokens. */
const MAX_BRACKETED = 6;

/**
 * End (the ")") of a name of several words in the brackets opened at
 * `open`: capitalised first, then words of the name ("Visma-Lease a Bike",
 * "Decathlon AG2R La Mondiale"); 0 when the brackets hold anything else.
 */
function bracketedName(a: Analysis, open: number): number {
  const tokens = a.doc.tokens;
  const first = tokens[open + 1];
  if (first === undefined || first.kind !== 'word' || a.shape[open + 1] === 0) return 0;
  for (let j = open + 2; j <= open + 1 + MAX_BRACKETED; j++) {
    const t = tokens[j];
    if (t === undefined || t.sentence !== first.sentence) return 0;
    if (t.key === ')') return j;
    if (t.kind !== 'word' && t.kind !== 'number') return 0;
  }
  return 0;
}

/** An organisation of the dictionary ends right before the "(" at `open`. */
function dictOrgEndsAt(a: Analysis, open: number): boolean {
  const hit = hitAt(a, open - 1);
  return hit !== undefined && hit.tokenEnd === open && hit.payload.type === 'ORGANIZATION';
}

/** A plural ending: "détecteurs", "équipements", "engins", "travaux". */
const PLURAL = /[sx]$/u;

/**
 * The expansion `start..open` is a lower-case phrase opened by a plural
 * common noun that is no organisation head ("détecteurs de victimes
 * d'avalanche", "équipements de protection individuelle"), or by a singular
 * one that is no institution noun either ("dermatose nodulaire contagieuse",
 * "zone économique exclusive"): things, not a body.
 */
function pluralThings(a: Analysis, start: number, open: number): boolean {
  const first = a.doc.tokens[start];
  if (first === undefined || first.kind !== 'word' || ORG_HEADS.has(first.key) || LOWERCASE_ORG_HEADS.has(first.key) || ORG_DOMAINS.has(first.key)) return false;
  if (!PLURAL.test(first.key) && (INSTITUTION_NOUNS.has(first.key) || open - start < 2)) return false;
  for (let k = start; k < open; k++) if (a.shape[k] !== 0 || a.dictAt[k] !== -1) return false;
  return true;
}

/** Tokens of the one-word runs spelled `key` ("DVA" wherever it stands alone). */
function sameWordRuns(a: Analysis, key: string): number[] {
  const out: number[] = [];
  for (const run of a.runs) if (run.tokenEnd - run.tokenStart === 1 && a.doc.tokens[run.tokenStart]?.key === key) out.push(run.tokenStart);
  return out;
}

/** Start of the expansion before token `open` (the "("), or -1. */
function expansionStart(a: Analysis, open: number): number {
  const named = nameHeadBefore(a, open);
  if (named !== -1) return named;
  const tokens = a.doc.tokens;
  const sentence = tokens[open]?.sentence;
  let start = -1;
  let head = false;
  for (let i = open - 1, n = 0; n < MAX_BACK; i--, n++) {
    const t = tokens[i];
    if (t === undefined || t.sentence !== sentence || (t.kind !== 'word' && t.kind !== 'elision')) {
      start = i + 1;
      break;
    }
    // "Safran à Gennevilliers (ARG)": a name never runs over "à" and the place after it.
    if (t.key === 'à' && a.shape[i + 1] !== 0) return -1;
    if (ORG_HEADS.has(t.key)) {
      start = i;
      head = true;
      // "le parti de gauche Inuit Ataqatigiit (IA)": a lower-case common noun announces the name after it.
      if (a.shape[i] === 0 && !LOWERCASE_ORG_HEADS.has(t.key)) {
        let k = i + 1;
        while (k < open && a.shape[k] === 0) k++;
        if (k < open) start = k;
      }
      break;
    }
    // "du renseignement extérieur russe (SVR)" stops at "du"; "Service des renseignements (SVR)" goes on to its head.
    if (STOP.has(t.key) && !ORG_HEADS.has(tokens[i - 1]?.key ?? '')) {
      start = i + 1;
      break;
    }
  }
  if (start === -1 || start >= open) return -1;
  // The expansion must look institutional: a head, a domain noun or a capital, and not be a bare title.
  let institutional = head;
  for (let i = start; i < open; i++) {
    const t = tokens[i];
    if (t === undefined) return -1;
    if (ORG_DOMAINS.has(t.key) || (isCapitalized(t.text) && !PERSON_TITLES.has(t.key))) institutional = true;
  }
  // "le député Dupont (Nord)": a title opens a person's name and its constituency, no expansion.
  if (PERSON_TITLES.has(tokens[start]?.key ?? '') && !ORG_HEADS.has(tokens[start]?.key ?? '')) return -1;
  // "… d'appui à la sécurité (MMAS)": one lower-case word is the end of a name not read, never a name.
  if (open - start === 1 && a.shape[start] === 0) return -1;
  if (!institutional && initialsFit(a, start, open)) institutional = true;
  return institutional ? start : -1;
}

export const acronymExpansion: Rule = {
  id: 'acronym-expansion',
  find(a) {
    const out: Candidate[] = [];
    const tokens = a.doc.tokens;
    // A name in brackets after a person: a team, a party, or in a sailing text the boat (no entity); read once.
    let sailing: boolean | undefined;
    const afterPerson = (): string => ((sailing ??= aboutSailing(a)) ? BLOCKED : 'ORGANIZATION');
    for (const i of a.triggers.parens) {
      // "service départemental d'incendie et de secours (SDIS 33)": an acronym and its number.
      if (i >= 1 && numberedAcronym(a, i)) {
        const start = initialsStart(a, i);
        if (start === -1) continue;
        out.push(candidate(a, start, i, { type: 'ORGANIZATION', rule: 'acronym-expansion', rank: 2, confidence: 0.75 }));
        out.push(candidate(a, i + 1, i + 3, { type: 'ORGANIZATION', rule: 'acronym-expansion', rank: 2, confidence: 0.8 }));
        continue;
      }
      // "Jan Kovačič (UAE Team Emirates)", "Sørensen (Visma-Lease a Bike)": a team of several words after a person.
      if (i >= 1 && tokens[i + 2]?.key !== ')') {
        const close = bracketedName(a, i);
        if (close > 0 && personBefore(a, i)) {
          const type = afterPerson();
          out.push(candidate(a, i + 1, close, { type, rule: 'acronym-expansion', rank: type === BLOCKED ? 2 : 3, confidence: 0.65 }));
        }
        continue;
      }
      if (i < 1) continue;
      const acr = tokens[i + 1];
      if (acr === undefined || acr.kind !== 'word' || placeInBrackets(a, i)) continue;
      const shaped = acronymShape(acr.text);
      // "Mikkel Sørensen (Visma)", "Jean Dupont (LR)": after a person's name, the brackets hold a team or a party.
      if (personBefore(a, i)) {
        if (a.dictAt[i + 1] === -1 && (shaped || syllableAcronym(a, i + 1))) {
          const type = afterPerson();
          out.push(candidate(a, i + 1, i + 2, { type, rule: 'acronym-expansion', rank: type === BLOCKED ? 2 : 3, confidence: 0.7 }));
        }
        continue;
      }
      if (!shaped && !syllableAcronym(a, i + 1)) continue;
      // The head whose initials spell the acronym reaches furthest back: "Institut national de recherche pour l'agriculture, … (Inrae)".
      const spelled = shaped ? initialsStart(a, i) : -1;
      const read = shaped ? expansionStart(a, i) : nameHeadBefore(a, i);
      let start = spelled !== -1 && (read === -1 || spelled < read) ? spelled : read;
      // "l'Association pour les études juridiques sur l'immigration (ASGI)": a long name, its acronym in its own language.
      if (start === -1 && shaped && isAllCaps(acr.text) && tokens[i + 2]?.key === ')') start = linkedNameStart(a, i);
      if (start === -1) {
        // "gaz naturel liquéfié (GNL)": a common noun phrase and its acronym; the acronym, here and later, names no body.
        if (shaped && tokens[i + 2]?.key === ')' && commonNounSpelled(a, i)) {
          for (const k of sameWordRuns(a, acr.key)) out.push(candidate(a, k, k + 1, { type: BLOCKED, rule: 'acronym-expansion', rank: 2, confidence: 0 }));
          continue;
        }
        // "le parti Droit et justice (PiS)": the acronym of an organisation of the dictionary, whatever its initials.
        if (shaped && a.dictAt[i + 1] === -1 && tokens[i + 2]?.key === ')' && !NON_ORG_ACRONYMS.has(acr.key) && dictOrgEndsAt(a, i)) {
          out.push(candidate(a, i + 1, i + 2, { type: 'ORGANIZATION', rule: 'acronym-expansion', rank: 2, confidence: 0.75 }));
        }
        continue;
      }
      // "l'entreprise publique Yacimientos de Litio Bolivianos (YLB)": a common noun before the name the acronym spells is left out.
      if (a.shape[start] === 0 && !ORG_HEADS.has(tokens[start]?.key ?? '')) {
        const named = spelledStart(a, i);
        if (named > start && a.shape[named] !== 0) start = named;
      }
      // "le produit intérieur brut (PIB)", "la taxe sur la valeur ajoutée (TVA)": a common noun phrase and its usual acronym.
      if (a.shape[start] === 0 && NON_ORG_ACRONYMS.has(acr.key)) continue;
      // "des détecteurs de victimes d'avalanche (DVA)": things named by a plural common noun; the acronym, here and later, names no body.
      if (pluralThings(a, start, i)) {
        for (const k of sameWordRuns(a, acr.key)) out.push(candidate(a, k, k + 1, { type: BLOCKED, rule: 'acronym-expansion', rank: 2, confidence: 0 }));
        continue;
      }
      out.push(candidate(a, start, i, { type: 'ORGANIZATION', rule: 'acronym-expansion', rank: 2, confidence: 0.75 }));
      out.push(candidate(a, i + 1, i + 2, { type: 'ORGANIZATION', rule: 'acronym-expansion', rank: 2, confidence: 0.8 }));
    }
    return out;
  },
};
