/**
 * A capitalised name announced by a press or company noun is an
 * organisation: "l'agence Yonhap", "l'agence de presse russe Tass", "le
 * journal tchèque Denik N", "le groupe Wagner"; so is a maker described by
 * its products ("le fabricant de chaudières Altherm") and the firm of an
 * employee ("analyste chez Oddo BHF").
 */
import { candidate } from '../candidate.js';
import { ACRONYM_ANNOUNCERS, ADJECTIVE_LIKE_VERBS, ANNOUNCER_ADJECTIVE_ENDINGS, ANNOUNCER_FILLERS, APPOSED_PRESS_ANNOUNCERS, DIRECT_ANNOUNCERS, INDEX_FILLERS, INDEX_NOUNS, MEDIA_ANNOUNCERS, MEMBER_ANNOUNCERS, ORG_ANNOUNCERS, SURVEY_SERIES_ENDINGS } from '../data/name-context.js';
import { BLOCKED, CAP, CAPS, type Analysis, type Candidate, type NameRun, type Rule } from '../types.js';
import { defineWordClass } from '../../text/word-classes.js';
import { FIRST_NAME_KEYS } from '../lexicons.js';
import { CIVIC_GROUP_NOUNS, CIVIC_NAME_ADJECTIVES } from '../data/org-heads.js';
import { hitAt } from '../analysis.js';
import { NON_ORG_ACRONYMS } from '../data/acronyms.js';

/** How many words may stand between the noun and the name. */
const GAP = 4;

/**
 * End of an announced name that goes on over a place and more capitalised
 * words: "l'association Route Bretagne Solidarité", "la société Provence
 * Énergies Nouvelles"; `end` when no place inside the name follows.
 */
function throughPlaces(a: Analysis, end: number): number {
  const tokens = a.doc.tokens;
  const k = a.dictAt[end] ?? -1;
  const hit = k === -1 ? undefined : a.dict[k];
  const first = tokens[end];
  if (hit === undefined || hit.payload.type !== 'LOCATION' || hit.tokenStart !== end || first === undefined || !first.spaceBefore) return end;
  let j = hit.tokenEnd;
  const sentence = first.sentence;
  while (tokens[j]?.kind === 'word' && tokens[j]?.sentence === sentence && tokens[j]?.spaceBefore === true && a.shape[j] !== 0 && a.dictAt[j] === -1) j++;
  return j > hit.tokenEnd ? j : end;
}

/**
 * End of a party's or a union's name after the lower-case adjectives that go on with it ("le parti Renouveau
 * citoyen", "le syndicat Force paysanne"); `end` when none follows. A word of the dictionary (a demonym, a place)
 * closes the name: "le parti Likoud israélien".
 */
function throughAdjectives(a: Analysis, end: number): number {
  const tokens = a.doc.tokens;
  const sentence = tokens[end - 1]?.sentence;
  let j = end;
  while (tokens[j]?.kind === 'word' && tokens[j]?.sentence === sentence && a.shape[j] === 0 && a.dictAt[j] === -1 && CIVIC_NAME_ADJECTIVES.has(tokens[j]?.key ?? '')) j++;
  return j;
}

/** Nouns of firms often named after their founder: the name right after them is the firm's. */
const FIRM_NOUNS: ReadonlySet<string> = new Set(['cabinet', 'groupe', 'maison', 'société', 'firme', 'banque', 'laboratoire', 'holding', 'studio', 'label', 'enseigne', 'marque', 'compagnie', 'entreprise']);

/**
 * Firm and press nouns written with a capital as the first word of the name: "la Maison Vasseur", "le Groupe
 * Legendre", "Radio Oxygène", "Télé Congo".
 */
const HOUSE_NOUNS: ReadonlySet<string> = new Set(['maison', 'groupe', 'laboratoires', 'cabinet', 'compagnie', 'studios', 'radio', 'télé']);

/** Of those, the press nouns, a name's first word even at a sentence's start: "Radio Oxygène a annoncé…". */
const PRESS_HOUSE_NOUNS: ReadonlySet<string> = new Set(['radio', 'télé']);

/**
 * Start of a firm's name opened by a capitalised firm noun in the run ("la Maison Vasseur", "La Maison Vasseur,
 * fondée en 1898"), after the name's capitalised article if any; -1 when none, or when a firm noun opens its sentence
 * with no article (its capital says nothing; a press noun's does: "Radio Oxygène a annoncé").
 */
function houseStart(a: Analysis, run: NameRun): number {
  const tokens = a.doc.tokens;
  const h = NAME_ARTICLES.has(tokens[run.rawStart]?.text ?? '') ? run.rawStart + 1 : run.rawStart;
  const key = tokens[h]?.key ?? '';
  if (run.tokenEnd - h < 2 || (h === run.rawStart && run.initial && !PRESS_HOUSE_NOUNS.has(key)) || a.shape[h] !== CAP || !HOUSE_NOUNS.has(key)) return -1;
  return a.dictAt[h] === -1 && a.dictAt[h + 1] === -1 ? h : -1;
}

/** Forms of "être" before the participle "parti": "il est parti de Lyon". */
const BE_FORMS: ReadonlySet<string> = new Set(['est', 'sont', 'était', 'étaient', 'sera', 'seront', 'serait', 'été', 'être', 'suis', 'es', 'sommes', 'êtes', 'fut']);

/** Official gazettes, capitalised then "officiel": "Journal officiel", "Bulletin officiel". */
const GAZETTES: ReadonlySet<string> = new Set(['journal', 'bulletin']);

/** "Journal officiel" at token `i`: the official gazette, a common name of the press. */
function gazette(a: Analysis, i: number): boolean {
  const t = a.doc.tokens[i];
  return t !== undefined && a.shape[i] !== 0 && GAZETTES.has(t.key) && a.doc.tokens[i + 1]?.key === 'officiel';
}

/** Nouns of associations and groups whose names take their town: "l'union commerciale Les Vitrines de Tours". */
const GROUP_NOUNS: ReadonlySet<string> = new Set(['union', 'association', 'collectif', 'fondation', 'coalition', 'alliance', 'mouvement', 'syndicat', 'club']);

/**
 * End of "de Tours", "du Mans", "d'Ivry" after a name opened by its
 * article ("l'union commerciale Les Vitrines de Tours", "l'association Les
 * Amis de Lyon"): the place belongs to the name; `end` when no place follows.
 */
function ofPlace(a: Analysis, end: number): number {
  const of = a.doc.tokens[end]?.key;
  if (of !== 'de' && of !== "d'" && of !== 'du') return end;
  const k = a.dictAt[end + 1] ?? -1;
  const hit = k === -1 ? undefined : a.dict[k];
  return hit !== undefined && hit.tokenStart === end + 1 && hit.payload.type === 'LOCATION' && a.doc.tokens[end + 1]?.sentence === a.doc.tokens[end]?.sentence ? hit.tokenEnd : end;
}

/** Quarters of a country that end a title: "Le Courrier de l'Ouest", "La Voix du Nord", "La Dépêche du Midi". Keys. */
const TITLE_QUARTERS: ReadonlySet<string> = new Set(['nord', 'sud', 'est', 'ouest', 'centre', 'midi']);

/**
 * End of "de l'Ouest", "du Nord" after a title opened by its article ("le quotidien Le Courrier de l'Ouest"): a
 * quarter of the country, capitalised, belongs to the title (a town does not: "Le Courrier de Rimouski"); `end` when
 * none follows.
 */
function ofQuarter(a: Analysis, end: number): number {
  const tokens = a.doc.tokens;
  const of = tokens[end]?.key;
  const at = of === 'du' ? end + 1 : (of === 'de' && tokens[end + 1]?.key === "l'") ? end + 2 : -1;
  const q = tokens[at];
  return q !== undefined && a.shape[at] === CAP && TITLE_QUARTERS.has(q.key) && q.sentence === tokens[end - 1]?.sentence ? at + 1 : end;
}

/** Capitalised articles that open a title's name: "Le Nouvelliste", "La Tribune", "Les Échos". */
const NAME_ARTICLES: ReadonlySet<string> = new Set(['Le', 'La', 'Les', "L'", 'L’']);
/** Words right before "X" that make it the social network: "sur X", "le réseau social X". */
const X_CUES: ReadonlySet<string> = new Set(['sur', 'social', 'réseau', 'plateforme']);

/** "indice", "indices": one bit per token instead of a set lookup (this scan runs at every token). */
const INDEX_NOUN = defineWordClass((w) => INDEX_NOUNS.has(w.key));

/** Words that join the items of a list: "Facebook, YouTube et X". */
const LIST_JOINS: ReadonlySet<string> = new Set([',', 'et', 'ou']);

/** Words before the first item of a list of firms: "comme X, TikTok…", "sur X, Facebook…". */
const LIST_OPENERS: ReadonlySet<string> = new Set([',', 'et', 'ou', ':', '(', '«', 'comme', 'dont', 'sur', 'de', 'des', 'que', 'entre']);

/** A company or a medium of the dictionary that ends at `end` (exclusive) or starts at `start`. */
function firmAt(a: Analysis, i: number, edge: 'end' | 'start'): boolean {
  const hit = hitAt(a, i);
  if (hit === undefined || hit.payload.type !== 'ORGANIZATION' || (hit.payload.subtype !== 'company' && hit.payload.subtype !== 'media')) return false;
  return edge === 'end' ? hit.tokenEnd === i + 1 : hit.tokenStart === i;
}

/** The token at `i` is an item of a list next to a company or a medium: "Facebook, YouTube et X", "X, TikTok". */
function listedWithFirms(a: Analysis, i: number): boolean {
  const tokens = a.doc.tokens;
  const sentence = tokens[i]?.sentence;
  const before = LIST_JOINS.has(tokens[i - 1]?.key ?? '') && tokens[i - 2]?.sentence === sentence && firmAt(a, i - 2, 'end');
  if (before) return true;
  // Opening a list: at the start of its clause or after a preposition ("les rayons X, Facebook…" is no list of firms).
  const prev = tokens[i - 1];
  const opens = prev === undefined || prev.sentence !== sentence || LIST_OPENERS.has(prev.key);
  return opens && LIST_JOINS.has(tokens[i + 1]?.key ?? '') && tokens[i + 2]?.sentence === sentence && firmAt(a, i + 2, 'start');
}

/** Makers and sellers described by their products before their name: "le fabricant de pompes à chaleur et de chaudières Altherm". */
const PRODUCT_ANNOUNCERS: ReadonlySet<string> = new Set([
  'fabricant', 'fabricants', 'constructeur', 'producteur', 'spécialiste', 'géant', 'distributeur', 'éditeur', 'exploitant',
  'équipementier', 'fournisseur', 'leader', 'application', 'plateforme',
]);
/** Longest product phrase between such a noun and the name, in tokens. */
const PRODUCT_GAP = 9;

/**
 * A maker's noun then its products in lower case right before the name at
 * `start`: "le fabricant de pompes à chaleur et de chaudières Altherm",
 * "le géant du luxe Kering" (the products start with "de", "du", "des").
 */
function productAnnouncer(a: Analysis, start: number): boolean {
  const tokens = a.doc.tokens;
  const sentence = tokens[start]?.sentence;
  for (let i = start - 1; i >= 0 && start - i <= PRODUCT_GAP; i--) {
    const t = tokens[i];
    if (t === undefined || t.sentence !== sentence || !(t.kind === 'word' || t.kind === 'elision') || a.shape[i] !== 0) return false;
    if (PRODUCT_ANNOUNCERS.has(t.key)) {
      const of = tokens[i + 1]?.key ?? '';
      return i + 1 < start && (of === 'de' || of === "d'" || of === 'du' || of === 'des');
    }
    // "l'association européenne des sidérurgistes Eurofer", "le syndicat des pilotes Alter": a body described by its
    // members, its adjectives (or a demonym) between.
    if (MEMBER_ANNOUNCERS.has(t.key)) {
      let j = i + 1;
      while (j < start - 1 && (announcerAdjective(a, j) || hitAt(a, j)?.payload.type === 'NATIONALITY')) j++;
      const of = tokens[j]?.key ?? '';
      return j + 1 < start && (of === 'de' || of === "d'" || of === 'du' || of === 'des');
    }
  }
  return false;
}

/** Jobs held at a firm: "analyste chez Oddo BHF", "économiste chez Natixis". */
const EMPLOYEE_NOUNS: ReadonlySet<string> = new Set([
  'analyste', 'analystes', 'économiste', 'économistes', 'stratège', 'stratégiste', 'gérant', 'gérante', 'ingénieur', 'ingénieure',
  'salarié', 'salariée', 'salariés', 'employé', 'employée', 'employés', 'cadre', 'cadres', 'directeur', 'directrice', 'associé',
  'associée', 'chercheur', 'chercheuse', 'consultant', 'consultante', 'trader', 'délégué', 'déléguée', 'syndicaliste',
]);

/**
 * Tokens of the stock index named after the noun at `i` ("l'indice
 * Nikkei", "l'indice boursier Hang Seng"): a known name or the capitalised
 * words after the noun and its fillers; null when none follows.
 */
function indexAfter(a: Analysis, i: number): { start: number; end: number } | null {
  const tokens = a.doc.tokens;
  const sentence = tokens[i]?.sentence;
  let start = i + 1;
  while (INDEX_FILLERS.has(tokens[start]?.key ?? '')) start++;
  const first = tokens[start];
  if (first === undefined || first.sentence !== sentence || a.shape[start] === 0 || first.kind !== 'word') return null;
  const hit = hitAt(a, start);
  if (hit !== undefined) return hit.tokenStart === start ? { start, end: hit.tokenEnd } : null;
  let end = start;
  while (tokens[end]?.kind === 'word' && tokens[end]?.sentence === sentence && a.shape[end] !== 0 && a.dictAt[end] === -1) end++;
  return { start, end };
}

/** Words that close a name in apposition: "sa radio, Andalus, a revendiqué", "… sa radio, Andalus." */
const APPOSITION_ENDS: ReadonlySet<string> = new Set([',', '.', ')', ';']);

/**
 * The run `start..end` is a press name in apposition after its noun and a comma: "diffusé par sa radio, Andalus,
 * avoir visé…" (a first name there opens a person: "son journal, Pierre Dupont, …" is no medium).
 */
function apposedPressName(a: Analysis, start: number, end: number): boolean {
  const tokens = a.doc.tokens;
  const comma = tokens[start - 1];
  const noun = tokens[start - 2];
  if (comma?.key !== ',' || noun === undefined || !APPOSED_PRESS_ANNOUNCERS.has(noun.key) || noun.key !== noun.text || a.dictAt[start] !== -1) return false;
  if (FIRST_NAME_KEYS.has(tokens[start]?.fold ?? '')) return false;
  const close = tokens[end];
  return close !== undefined && APPOSITION_ENDS.has(close.key) && close.sentence === comma.sentence && noun.sentence === comma.sentence;
}

/** Nouns of a firm's place in its group, in apposition after its name: "Sodilec, filiale de Brenac SAS, …". Keys. */
const SUBSIDIARY_NOUNS: ReadonlySet<string> = new Set(['filiale', 'filiales', 'succursale', 'coentreprise']);

/** Words after such a noun that open the parent's name: "filiale de", "filiale du groupe", "filiale d'Axa". */
const PARENT_LINKS: ReadonlySet<string> = new Set(['de', 'du', "d'", 'des']);

/** The name ending at `end` is a firm put in its group by an apposition: ", filiale de Brenac SAS". */
function subsidiaryApposition(a: Analysis, end: number): boolean {
  const tokens = a.doc.tokens;
  const comma = tokens[end];
  const noun = tokens[end + 1];
  return comma?.key === ',' && noun !== undefined && SUBSIDIARY_NOUNS.has(noun.key) && noun.key === noun.text && PARENT_LINKS.has(tokens[end + 2]?.key ?? '') && noun.sentence === tokens[end - 1]?.sentence;
}

/** Shortest lower-case word read as an adjective by its ending ("aux" alone is a preposition). */
const MIN_ADJECTIVE = 5;

/** Is token `i` a lower-case adjective by its ending ("météorologique", "spatiale"), no verb ("indique")? */
function announcerAdjective(a: Analysis, i: number): boolean {
  const t = a.doc.tokens[i];
  if (t === undefined || t.kind !== 'word' || a.shape[i] !== 0 || t.key.length < MIN_ADJECTIVE || ADJECTIVE_LIKE_VERBS.has(t.key)) return false;
  return ANNOUNCER_ADJECTIVE_ENDINGS.some((e) => t.key.endsWith(e));
}

export const orgAnnouncer: Rule = {
  id: 'org-announcer',
  find(a) {
    const out: Candidate[] = [];
    const tokens = a.doc.tokens;
    for (const run of a.runs) {
      // "le réseau TER": a common noun in capitals is no name after a noun of networks and groups (a channel is one:
      // "la chaîne TVA").
      if (run.tokenEnd === run.tokenStart + 1 && NON_ORG_ACRONYMS.has(a.doc.tokens[run.tokenStart]?.key ?? '') && !MEDIA_ANNOUNCERS.has(a.doc.tokens[run.tokenStart - 1]?.key ?? '')) continue;
      // "publié au Journal officiel": the gazette is no name (nor a place); the name after it is its own ("Journal officiel El Peruano").
      if (run.tokenEnd === run.tokenStart + 1 && gazette(a, run.tokenStart)) {
        out.push(candidate(a, run.tokenStart, run.tokenStart + 2, { type: BLOCKED, rule: 'org-announcer', rank: 2, confidence: 0.5 }));
        continue;
      }
      // "la Maison Vasseur", "le Groupe Legendre": a capitalised firm noun opens the firm's whole name (not at a sentence's start).
      const house = houseStart(a, run);
      if (house !== -1) {
        out.push(candidate(a, house, run.tokenEnd, { type: 'ORGANIZATION', rule: 'org-announcer', rank: 3, confidence: 0.7 }));
        continue;
      }
      // "l'ONG Foro Penal": the announcer in capitals opens the run; the name is the rest of it.
      if (run.tokenEnd - run.tokenStart >= 2 && ACRONYM_ANNOUNCERS.has(tokens[run.tokenStart]?.key ?? '') && ((a.shape[run.tokenStart] ?? 0) & CAPS) !== 0) {
        out.push(candidate(a, run.tokenStart + 1, run.tokenEnd, { type: 'ORGANIZATION', rule: 'org-announcer', rank: 3, confidence: 0.7 }));
        continue;
      }
      // "le quotidien Le Nouvelliste": a capitalised article stripped from the run belongs to the announced name.
      const article = run.rawStart === run.tokenStart - 1 && NAME_ARTICLES.has(tokens[run.rawStart]?.text ?? '');
      // "la télévision d'État Eri-TV": "État" after "d'" is the announcer's complement, not the name.
      const ofState = run.rawStart === run.tokenStart - 1 && tokens[run.rawStart]?.fold === 'etat' && tokens[run.rawStart - 1]?.key === "d'";
      if (run.rawStart !== run.tokenStart && !article && !ofState) continue;
      const sentence = tokens[run.tokenStart]?.sentence;
      // "un sondage Eurobaromètre": a survey series, no body.
      const lastFold = tokens[run.tokenEnd - 1]?.fold ?? '';
      if (lastFold.includes('barom') && SURVEY_SERIES_ENDINGS.some((e) => lastFold.endsWith(e))) {
        out.push(candidate(a, run.tokenStart, run.tokenEnd, { type: BLOCKED, rule: 'org-announcer', rank: 2, confidence: 0.5 }));
        continue;
      }
      // "publiée sur X", "le réseau social X": the platform once called Twitter.
      // "Facebook, YouTube et X": listed with other platforms.
      if (run.tokenEnd === run.tokenStart + 1 && tokens[run.tokenStart]?.text === 'X' && (X_CUES.has(tokens[run.tokenStart - 1]?.key ?? '') || listedWithFirms(a, run.tokenStart))) {
        out.push(candidate(a, run.tokenStart, run.tokenEnd, { type: 'ORGANIZATION', rule: 'org-announcer', rank: 3, confidence: 0.7 }));
        continue;
      }
      // "diffusé par sa radio, Andalus, …": a press name in apposition.
      if (!article && !ofState && apposedPressName(a, run.rawStart, run.tokenEnd)) {
        out.push(candidate(a, run.rawStart, run.tokenEnd, { type: 'ORGANIZATION', rule: 'org-announcer', rank: 3, confidence: 0.7 }));
        continue;
      }
      // "Sodilec, filiale de Brenac SAS, …": a firm by its apposition (a person is no subsidiary).
      if (!article && !ofState && subsidiaryApposition(a, run.tokenEnd)) {
        out.push(candidate(a, run.rawStart, run.tokenEnd, { type: 'ORGANIZATION', rule: 'org-announcer', rank: 3, confidence: 0.7 }));
        continue;
      }
      // "analyste chez Oddo BHF": the firm of an employee; "le fabricant de chaudières Altherm": a maker by its products.
      const chez = tokens[run.rawStart - 1]?.key === 'chez' && EMPLOYEE_NOUNS.has(tokens[run.rawStart - 2]?.key ?? '');
      if (!article && !ofState && (chez || productAnnouncer(a, run.rawStart))) {
        out.push(candidate(a, run.rawStart, run.tokenEnd, { type: 'ORGANIZATION', rule: 'org-announcer', rank: 3, confidence: 0.7 }));
        continue;
      }
      for (let i = run.rawStart - 1, n = 0; i >= 0 && n < GAP; i--, n++) {
        const t = tokens[i];
        if (t === undefined || t.sentence !== sentence) break;
        // ("Il est parti de Lyon": the participle of "partir" after "être".)
        if (ORG_ANNOUNCERS.has(t.key) && (t.key === t.text || gazette(a, i)) && !(t.key === 'parti' && BE_FORMS.has(tokens[i - 1]?.key ?? '')) && !(n > 0 && DIRECT_ANNOUNCERS.has(t.key))) {
          // A name announced and going on over a place outranks the place's own compounds ("Bretagne Solidarité").
          // ("le quotidien Le Droit de Gatineau": a newspaper's town is no part of its title.)
          const placed = article && GROUP_NOUNS.has(t.key) ? ofPlace(a, throughPlaces(a, run.tokenEnd)) : article ? ofQuarter(a, throughPlaces(a, run.tokenEnd)) : throughPlaces(a, run.tokenEnd);
          const end = n === 0 && CIVIC_GROUP_NOUNS.has(t.key) ? throughAdjectives(a, placed) : placed;
          // "le cabinet Roland Berger", "la maison Christian Dior": a firm right after its noun is named after its founder, no person.
          const firm = n === 0 && FIRM_NOUNS.has(t.key);
          out.push(candidate(a, ofState ? run.tokenStart : run.rawStart, end, { type: 'ORGANIZATION', rule: 'org-announcer', rank: end > run.tokenEnd ? 2 : firm ? 2.9 : 3, confidence: 0.75 }));
          break;
        }
        const k = a.dictAt[i] ?? -1;
        // Demonyms in between: "le journal tchèque Denik N".
        if (k !== -1 && a.dict[k]?.payload.type === 'NATIONALITY') continue;
        if (!ANNOUNCER_FILLERS.has(t.key) && !announcerAdjective(a, i)) break;
      }
    }
    // "l'indice Nikkei": a stock index, not the newspaper or a body.
    for (const t of tokens) {
      if ((t.classes & INDEX_NOUN) === 0 || t.kind !== 'word' || a.shape[t.index] !== 0) continue;
      const index = indexAfter(a, t.index);
      if (index !== null) out.push(candidate(a, index.start, index.end, { type: BLOCKED, rule: 'org-announcer', rank: 1, confidence: 0.5 }));
    }
    return out;
  },
};
