/**
 * Institutional names built on a head noun: "Conseil national de sécurité",
 * "Agence centrale de presse coréenne", "Cour pénale internationale",
 * "Institut Hudson", "Service national de renseignement sud-coréen",
 * "ministère russe des Affaires étrangères", "l'armée russe",
 * "ambassade de Corée du Nord à Pékin", "Conseil de sécurité de l'ONU",
 * and standing committees by their remit: "la commission des lois".
 */
import type { Token } from '../../types.js';
import { glued, hitAt, isGluedElision, runFrom } from '../analysis.js';
import { candidate } from '../candidate.js';
import { MONTHS } from '../../quantities/data/units.js';
import { ADJECTIVE_REQUIRED, DOMAIN_REQUIRED, BUILDING_CUES, BUILDING_HEADS, DATED_NAME_HEADS, DEFINITE_ONLY_HEADS, DEMONYM_DOMAIN_HEADS, INDEFINITE_DETERMINERS, NOT_PLACE_COMPLEMENT, QUALIFIER_REQUIRED, BRANCH_REQUIRED, DEMONYM_ORG_HEADS, LOWERCASE_ORG_HEADS, NOUNS_LIKE_INFINITIVES, ORG_ADJECTIVES, ORG_DOMAINS, ORG_HEADS, JOINT_ADJECTIVES, MINISTRY_PORTFOLIOS, PORTFOLIO_TAILS, PERSONLESS_HEADS, PLACED_ORG_HEADS, RESEARCH_DOMAINS, SERVICE_BRANCHES, UNIVERSITY_ADJECTIVES, INQUIRY_HEADS } from '../data/org-heads.js';
import { BLOCKED, type Analysis, type Candidate, type Rule } from '../types.js';
import { COMPETITION_NAMES } from '../data/events.js';
import { FIRST_NAME_KEYS } from '../lexicons.js';
import { TITLE_COMPLEMENTS } from '../data/titles.js';

/** Country of an entry id: "org:FR:police-nationale", "iso:ID", "city:KR:seoul" → "FR", "ID", "KR". */
const COUNTRY_OF_ID = /^(?:iso|city|region|org):([A-Z]{2})(?::|$)/u;

/** Longest name read, in tokens. */
const MAX_TOKENS = 12;

/** Prepositions that open a complement inside a name: "de", "du", "des", "d'", "de la", "de l'"; Spanish and Portuguese "del", "do", "da". */
const OF: ReadonlySet<string> = new Set(['de', 'du', 'des', "d'", 'del', 'do', 'da', 'dos', 'das']);
/** Articles after "de": "de la Défense", "de l'ONU". */
const ARTICLE: ReadonlySet<string> = new Set(['la', "l'"]);

function dictType(a: Analysis, i: number): string | null {
  const k = a.dictAt[i] ?? -1;
  return k === -1 ? null : (a.dict[k]?.payload.type ?? null);
}

/** End (exclusive) of the dictionary hit or single word at `i`. */
function unitEnd(a: Analysis, i: number): number {
  const k = a.dictAt[i] ?? -1;
  return k === -1 ? i + 1 : (a.dict[k]?.tokenEnd ?? i + 1);
}

function usable(a: Analysis, i: number, sentence: number): Token | null {
  const t = a.doc.tokens[i];
  if (t === undefined || t.sentence !== sentence || t.newlineBefore || glued(a.doc.tokens[i - 1], t)) return null;
  return t;
}

/**
 * Words after "de" that never open the complement of a name: "la Banque
 * mondiale de l'époque", "la Commission européenne de son côté", "de plus".
 */
const NOT_COMPLEMENT: ReadonlySet<string> = new Set([
  'plus', 'moins', 'nouveau', 'même', 'manière', 'façon', 'fait', 'retour', 'concert', 'ailleurs', 'abord', 'autant',
  'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos', 'votre', 'vos', 'mon', 'ma', 'mes',
  'tout', 'toute', 'tous', 'toutes', 'nombreux', 'nombreuses', 'loin', 'près', 'suite', 'sorte', 'part', 'côté', 'après',
  'avant', 'époque', 'année', 'années', 'mois', 'semaine', 'semaines', 'jour', 'jours', 'moment', 'heure', 'période',
  'temps', 'passé', 'lors', 'hier', 'demain', 'aujourd\'hui', 'nouvelles', 'nouveaux', 'quoi', 'cela', 'ceux', 'celle',
  'celui', 'celles', 'chacun', 'autre', 'autres', 'certains', 'certaines', 'plusieurs', 'beaucoup', 'peu', 'trop',
  'très', 'bien', 'mal', 'nouvelle', 'façade', 'surcroît', 'facto', 'justesse', 'entrée', 'emblée',
  // ordinals: "la Cour constitutionnelle du premier tour"
  'premier', 'première', 'premiers', 'premières', 'second', 'seconde', 'dernier', 'dernière', 'derniers', 'dernières',
  'prochain', 'prochaine', 'prochains', 'prochaines',
]);
/** "deuxième", "troisièmes": ordinals open no complement either. */
const ORDINAL = /i[eè]mes?$/u;

/**
 * A common noun that may stand in the complement of a name already shown to
 * be one by its adjective or demonym: "Commission chilienne du cuivre",
 * "Institut national de statistique et de géographie".
 */
function complementNoun(a: Analysis, j: number, t: Token): boolean {
  return t.kind === 'word' && a.shape[j] === 0 && t.key.length >= 3 && !NOT_COMPLEMENT.has(t.key) && !ORDINAL.test(t.key) && a.dictAt[j] === -1;
}

/** Infinitive endings: "intervenir", "négocier", "prendre", "permettre", "réduire". */
const INFINITIVE_ENDING = /(?:er|ir|dre|ttre|uire)$/u;

/**
 * A word shaped like an infinitive after a bare "de" (a noun would take an
 * article or "du"), which opens the clause after a name rather than its
 * complement: "permet aux Forces d'autodéfense d'intervenir", "a demandé à
 * l'Agence de sécurité de réagir".
 */
function infinitiveAfterDe(of: string, key: string): boolean {
  return (of === 'de' || of === "d'") && key.length >= 5 && INFINITIVE_ENDING.test(key) && !NOUNS_LIKE_INFINITIVES.has(key);
}

/** End of "et de sécurité", "et du développement" (a second domain joined to the first) at `i`, or 0. */
function coordinatedDomain(a: Analysis, i: number, sentence: number, anyNoun = false): number {
  if (usable(a, i, sentence)?.key !== 'et') return 0;
  let j = i + 1;
  const of = usable(a, j, sentence)?.key ?? '';
  if (!OF.has(of)) return 0;
  j++;
  if (of === 'de' && ARTICLE.has(a.doc.tokens[j]?.key ?? '')) j++;
  const d = usable(a, j, sentence);
  if (d === null) return 0;
  return (d.kind === 'word' && a.shape[j] === 0 && ORG_DOMAINS.has(d.key) && dictType(a, j) === null) || (anyNoun && complementNoun(a, j, d)) ? j + 1 : 0;
}

/** End of "contre la drogue", "contre le terrorisme" after "lutte" at `i`, or 0. */
function struggleTarget(a: Analysis, i: number, sentence: number): number {
  if (usable(a, i, sentence)?.key !== 'contre') return 0;
  let j = i + 1;
  if (PURPOSE_ARTICLES.has(usable(a, j, sentence)?.key ?? '')) j++;
  return targetNounEnd(a, j, sentence);
}

/**
 * End of the common noun at `j` that a struggle or an aid is for, with its own adjective ("contre le terrorisme
 * international", "à l'investissement local"), or 0 when no such noun is there.
 */
function targetNounEnd(a: Analysis, j: number, sentence: number): number {
  const d = usable(a, j, sentence);
  if (d === null || !complementNoun(a, j, d)) return 0;
  const adj = usable(a, j + 1, sentence);
  return adj !== null && a.shape[j + 1] === 0 && targetAdjective(a, j + 1, adj) ? j + 2 : j + 1;
}

/** A lower-case adjective of a target noun: listed, or shaped like one and no verb ("local", "social", "rural"). */
function targetAdjective(a: Analysis, k: number, t: Token): boolean {
  if (t.kind !== 'word' || a.dictAt[k] !== -1) return false;
  if (ORG_ADJECTIVES.has(t.key) || COMPLEMENT_ADJECTIVES.has(t.key)) return true;
  return t.key.length >= 5 && ADJECTIVE_ENDING.test(t.key) && !VERBS_LIKE_ADJECTIVES.has(t.key) && !NOUNS_LIKE_ADJECTIVES.has(t.key);
}

/**
 * Domains of aid that take their beneficiaries after "aux" or "à la": "Comité de soutien aux familles des disparus";
 * and of response, their emergencies: "Force nationale de réponse aux catastrophes", "Agence de préparation aux crises".
 */
const AID_DOMAINS: ReadonlySet<string> = new Set(['soutien', 'aide', 'assistance', 'accompagnement', 'accueil', 'réponse', 'riposte', 'préparation', 'adaptation']);

/** End of "aux familles", "à l'enfance" after an aid domain at `i`, or 0. */
function beneficiaryEnd(a: Analysis, i: number, sentence: number): number {
  let j = i;
  const to = usable(a, j, sentence)?.key;
  if (to === 'aux') j++;
  else if (to === 'à' && (usable(a, j + 1, sentence)?.key === 'la' || usable(a, j + 1, sentence)?.key === "l'")) j += 2;
  else return 0;
  return targetNounEnd(a, j, sentence);
}

/**
 * End of ", du Commerce", "et de l'Industrie", "et des Affaires étrangères"
 * at `i` (another capitalised portfolio joined to the one before), or 0.
 */
function coordinatedComplement(a: Analysis, i: number, sentence: number, afterPlace = false): number {
  const joint = usable(a, i, sentence)?.key;
  if (joint !== ',' && joint !== 'et') return 0;
  let j = i + 1;
  // ", et de la Culture"
  if (joint === ',' && usable(a, j, sentence)?.key === 'et') j++;
  const of = usable(a, j, sentence)?.key ?? '';
  if (!OF.has(of)) return 0;
  j++;
  if (of === 'de' && ARTICLE.has(a.doc.tokens[j]?.key ?? '')) j++;
  const c = usable(a, j, sentence);
  const type = dictType(a, j);
  // "du Danemark et du Groenland": a second place only after a first one.
  if (c === null || c.kind !== 'word' || a.shape[j] === 0 || (type !== null && type !== 'ORGANIZATION' && !(afterPlace && type === 'LOCATION'))) return 0;
  let k = unitEnd(a, j);
  while (usable(a, k, sentence) !== null && a.shape[k] === 0 && COMPLEMENT_ADJECTIVES.has(a.doc.tokens[k]?.key ?? '')) k++;
  return k;
}

/** Most "de" complements in a name's purpose: "pour le traitement des prisonniers de guerre". */
const MAX_PURPOSE_COMPLEMENTS = 2;

/** Articles after "pour" in a name's purpose: "pour la sécurité", "pour l'unité", "pour un …". */
const PURPOSE_ARTICLES: ReadonlySet<string> = new Set(['la', "l'", 'le', 'les', 'un', 'une']);

/**
 * End of the purpose of a name after "pour" at `i`: "l'unité des Roumains",
 * "la sécurité et la coopération en Europe", "la Méditerranée"; 0 when what
 * follows is no name's purpose ("pour la première fois").
 */
function purposeEnd(a: Analysis, i: number, sentence: number, named = false): number {
  let j = i;
  if (PURPOSE_ARTICLES.has(usable(a, j, sentence)?.key ?? '')) j++;
  const noun = usable(a, j, sentence);
  if (noun === null || noun.kind !== 'word' || dictType(a, j) === 'PERSON') return 0;
  let k = unitEnd(a, j);
  // "pour la renaissance nationale": the purpose's own adjective.
  while (a.shape[k] === 0 && (ORG_ADJECTIVES.has(usable(a, k, sentence)?.key ?? '') || COMPLEMENT_ADJECTIVES.has(usable(a, k, sentence)?.key ?? ''))) k++;
  // "des Roumains", "du Mozambique", "de la démocratie"; two of them: "le traitement des prisonniers de guerre".
  for (let n = 0; n < MAX_PURPOSE_COMPLEMENTS; n++) {
    const of = usable(a, k, sentence)?.key ?? '';
    if (!OF.has(of)) break;
    let m = k + 1;
    if (of === 'de' && ARTICLE.has(a.doc.tokens[m]?.key ?? '')) m++;
    const c = usable(a, m, sentence);
    if (c === null || c.kind !== 'word' || dictType(a, m) === 'PERSON') break;
    // The second only in lower case, a noun of the first ("de guerre"), not a place the sentence goes on to.
    if (n > 0 && a.shape[m] !== 0) break;
    k = unitEnd(a, m);
  }
  // "et la coopération"
  if (usable(a, k, sentence)?.key === 'et' && PURPOSE_ARTICLES.has(usable(a, k + 1, sentence)?.key ?? '') && usable(a, k + 2, sentence)?.kind === 'word' && a.shape[k + 2] === 0) k += 3;
  // "en Europe"
  if (usable(a, k, sentence)?.key === 'en' && dictType(a, k + 1) === 'LOCATION') k = unitEnd(a, k + 1);
  // Only a name confirmed by its acronym in brackets: "Alliance pour l'unité des Roumains (AUR)";
  // "compte sur le Sénat pour la réforme." is a purpose of the sentence.
  const open = a.doc.tokens[k];
  const acronym = a.doc.tokens[k + 1];
  if (open?.text === '(' && acronym !== undefined && acronym.kind === 'word' && /^\p{Lu}{2,}/u.test(acronym.text) && a.doc.tokens[k + 2]?.text === ')') return k;
  // A name already shown to be one by its capital inside the sentence or by its domain takes a purpose that is a
  // common noun: "le Parti pour la renaissance nationale", "l'Institut de recherche pour le développement"
  // ("pour la première fois", "pour l'instant" are the sentence's).
  // ("le Parlement pour un mandat de cinq ans": an indefinite purpose is the sentence's).
  return named && j === i + 1 && DEFINITE_ARTICLES.has(a.doc.tokens[i]?.key ?? '') && a.shape[j] === 0 && complementNoun(a, j, noun) && !NOT_PURPOSE.has(noun.key) ? k : 0;
}

/** Definite articles, the only ones before a name's purpose without its acronym: "pour la démocratie". */
const DEFINITE_ARTICLES: ReadonlySet<string> = new Set(['la', "l'", 'le', 'les']);

/**
 * Heads that take a purpose as their whole name, with no domain before it: "Parti pour la renaissance nationale",
 * "Mouvement pour la paix", "Union pour la démocratie" (not "le Parlement pour la session").
 */
const PURPOSE_HEADS: ReadonlySet<string> = new Set([
  'parti', 'mouvement', 'union', 'alliance', 'front', 'rassemblement', 'coalition', 'congrès', 'convention', 'ligue',
  'association', 'fondation', 'comité', 'collectif', 'institut', 'fonds', 'agence', 'centre', 'conseil', 'observatoire',
]);

/** Nouns after "pour" and an article that make an adverbial of the sentence, no name's purpose: "pour l'instant". */
const NOT_PURPOSE: ReadonlySet<string> = new Set(['instant', 'reste', 'plupart', 'essentiel', 'compte', 'occasion', 'fois', 'heure', 'moment', 'cause', 'raison', 'coup', 'bien', 'mieux', 'pire', 'forme', 'principe']);

/**
 * Read a name from the head at token `h`; returns its end (exclusive) and
 * whether it holds a capitalised complement, or null when nothing follows.
 */
/**
 * `end`, or the end of the two countries joined by a hyphen right after a
 * name closed by a joint adjective: "la Chambre de commerce conjointe
 * Pakistan-Afghanistan" (the pair is the name's, not two places).
 */
function countryPairEnd(a: Analysis, end: number): number {
  const tokens = a.doc.tokens;
  const pair = tokens[end];
  if (!JOINT_ADJECTIVES.has(tokens[end - 1]?.key ?? '') || pair === undefined || pair.kind !== 'word' || !pair.spaceBefore || a.shape[end] === 0) return end;
  // One hyphenated token of two capitalised parts ("Pakistan-Afghanistan", "Maroc-Espagne").
  const parts = pair.text.split('-');
  return parts.length === 2 && parts.every((p) => p.length > 1 && p.charAt(0) !== p.charAt(0).toLowerCase()) ? end + 1 : end;
}

/** Overseas territories that have their own ISO code but whose bodies are the country's: "iso:GF" is French. */
const OVERSEAS_OF: ReadonlyMap<string, string> = new Map([
  ['GF', 'FR'], ['GP', 'FR'], ['MQ', 'FR'], ['RE', 'FR'], ['YT', 'FR'], ['PM', 'FR'], ['BL', 'FR'], ['MF', 'FR'],
  ['WF', 'FR'], ['PF', 'FR'], ['NC', 'FR'],
]);

/** Country of a dictionary id, an overseas territory counting as its country's. */
function countryOf(id: string | undefined): string | undefined {
  const code = COUNTRY_OF_ID.exec(id ?? '')?.[1];
  return code === undefined ? undefined : (OVERSEAS_OF.get(code) ?? code);
}

/**
 * End of "de Guyane", "de la Bretagne", "du Finistère" at `i` after a national body of the dictionary whose id is
 * `orgId`, when the place is a region, a département or an overseas territory of the body's own country: the
 * body's regional branch ("Office national des forêts de Guyane"); -1 otherwise ("Cour pénale internationale de
 * La Haye", a body and its seat; "Conseil d'État de Genève", another country's).
 */
function regionalBranchEnd(a: Analysis, i: number, orgId: string | undefined, sentence: number): number {
  const own = countryOf(orgId);
  if (own === undefined || !(orgId ?? '').startsWith('org:')) return -1;
  const of = usable(a, i, sentence)?.key ?? '';
  if (of !== 'de' && of !== "d'" && of !== 'du') return -1;
  const j = of === 'de' && ARTICLE.has(usable(a, i + 1, sentence)?.key ?? '') ? i + 2 : i + 1;
  const hit = hitAt(a, j);
  if (hit === undefined || hit.tokenStart !== j || hit.payload.type !== 'LOCATION' || usable(a, j, sentence) === null) return -1;
  const regional = hit.payload.subtype === 'region' || hit.payload.subtype === 'territory';
  return regional && countryOf(hit.payload.id) === own ? hit.tokenEnd : -1;
}

/** A known first name and a surname (a run of two words or more) at `i`, after a head of `PERSONLESS_HEADS` at `h`. */
export function personAfterPersonlessHead(a: Analysis, h: number, i: number): boolean {
  if (!PERSONLESS_HEADS.has(a.doc.tokens[h]?.key ?? '')) return false;
  const run = runFrom(a, i);
  return run !== undefined && run.tokenEnd - run.tokenStart >= 2 && FIRST_NAME_KEYS.has(a.doc.tokens[i]?.fold ?? '');
}

/**
 * A lower-case domain of the head: any domain, and for a ministry every
 * portfolio of a minister too ("le ministère de l'intérieur kosovar").
 */
function portfolioOf(headKey: string, key: string): boolean {
  return ORG_DOMAINS.has(key) || (DEMONYM_DOMAIN_HEADS.has(headKey) && TITLE_COMPLEMENTS.has(key));
}

export function readName(
  a: Analysis,
  h: number,
  head: Token,
  capitalHead: boolean,
): { end: number; capitalised: boolean; demonym: boolean; place: boolean; adjective: boolean; domain: boolean } | null {
  const sentence = head.sentence;
  let end = h + 1;
  let capitalised = false;
  let demonym = false;
  let place = false;
  let adjective = false;
  let domain = false;
  // An adjective of the list or a demonym (not one guessed from its ending): the name may take any common noun after it.
  let listedAdjective = false;
  let i = h + 1;
  // "la Police nationale indonésienne": a dictionary name opened by the head is read whole, then what follows it.
  const own = hitAt(a, h);
  if (own !== undefined && own.tokenStart === h && own.payload.type === 'ORGANIZATION' && own.tokenEnd > h + 1) {
    // "Office national des forêts de Guyane": a national body and one region of its own country, its regional branch.
    const branch = regionalBranchEnd(a, own.tokenEnd, own.payload.id, sentence);
    if (branch !== -1) return { end: branch, capitalised: true, demonym: false, place: true, adjective: false, domain: false };
    // Only a demonym extends it (a country's own "Police nationale"); "de La Haye" after it is a place of its own.
    const next = own.tokenEnd;
    const k = a.dictAt[next] ?? -1;
    const nat = k === -1 ? undefined : a.dict[k];
    const t = usable(a, next, sentence);
    if (t === null || nat === undefined || nat.payload.type !== 'NATIONALITY' || nat.tokenStart !== next) return null;
    // "la Chambre des représentants américaine": the demonym of the name's own country adds nothing.
    const ownCountry = COUNTRY_OF_ID.exec(own.payload.id ?? '')?.[1];
    if (ownCountry === undefined || ownCountry === COUNTRY_OF_ID.exec(nat.payload.id ?? '')?.[1]) return null;
    return { end: nat.tokenEnd, capitalised: true, demonym: true, place: false, adjective: true, domain: false };
  }
  while (i < a.doc.tokens.length && i - h < MAX_TOKENS) {
    const t = usable(a, i, sentence);
    if (t === null) break;
    const type = dictType(a, i);
    if (type === 'NATIONALITY') {
      i = unitEnd(a, i);
      end = i;
      demonym = true;
      listedAdjective = true;
      continue;
    }
    if (type === null && t.kind === 'word' && a.shape[i] === 0 && (ORG_ADJECTIVES.has(t.key) || ((i === h + 1 || ((adjective || domain) && end === i)) && adjectiveBeforeComplement(a, i, sentence, listedAdjective)))) {
      adjective = true;
      if (ORG_ADJECTIVES.has(t.key)) listedAdjective = true;
      i++;
      end = i;
      continue;
    }
    // A proper name right after a capitalised head: "Institut Hudson", "Agence France-Presse".
    // ("du Parlement Mohammed al-Halboussi": a person after a single institution is its member.)
    if (capitalHead && i === h + 1 && t.kind === 'word' && a.shape[i] !== 0 && (type === null || type === 'ORGANIZATION' || type === 'LOCATION') && !personAfterPersonlessHead(a, h, i)) {
      i = unitEnd(a, i);
      // "Brigades Ezzedine al-Qassam": the whole proper name after the head.
      if (type === null) while (usable(a, i, sentence) !== null && a.doc.tokens[i]?.kind === 'word' && a.shape[i] !== 0 && a.dictAt[i] === -1) i++;
      end = i;
      capitalised = true;
      continue;
    }
    if (OF.has(t.key)) {
      let j = i + 1;
      if (t.key === 'de' && ARTICLE.has(a.doc.tokens[j]?.key ?? '')) j++;
      const c = usable(a, j, sentence);
      if (c === null) break;
      // "Mouvement du 23 mars", "Front du 5 juillet": a capitalised name's date.
      if (capitalHead && DATED_NAME_HEADS.has(head.key) && c.kind === 'number' && i === end && MONTHS.has(usable(a, j + 1, sentence)?.fold ?? '')) {
        i = j + 2;
        end = i;
        capitalised = true;
        continue;
      }
      const ctype = dictType(a, j);
      if (c.kind === 'word' && a.shape[j] !== 0 && ctype !== 'PERSON') {
        // "des Affaires étrangères", "de la Sécurité d'État", "de Corée du Nord", "de l'ONU".
        let k = unitEnd(a, j);
        // "université de San Marcos": an unknown name of several words is read whole (a run splits before a first name and its surname).
        const run = ctype === null ? runFrom(a, j) : undefined;
        if (run !== undefined && run.tokenStart === j && run.tokenEnd > k) k = run.tokenEnd;
        // "des Portages-de-l'Outaouais": a hyphenated name closed by a glued elided article and a known name.
        if (isGluedElision(a.doc.tokens, k) && a.shape[k + 1] !== 0 && usable(a, k + 1, sentence) !== null) k = unitEnd(a, k + 1);
        if (ctype === 'LOCATION') place = true;
        while (k < a.doc.tokens.length) {
          const d = usable(a, k, sentence);
          if (d === null) break;
          if (d.key === "d'" && (a.shape[k + 1] ?? 0) !== 0 && usable(a, k + 1, sentence) !== null) k += 2;
          else if (a.shape[k] === 0 && (ORG_ADJECTIVES.has(d.key) || COMPLEMENT_ADJECTIVES.has(d.key))) k++;
          // "ministère de la Transition écologique", "de l'Action sociale": a relational adjective of the portfolio.
          else if (a.shape[k] === 0 && k === unitEnd(a, j) && relationalAdjective(a, k, d)) k++;
          else break;
        }
        i = k;
        end = k;
        capitalised = true;
        // "ministère de l'Économie, du Commerce et de l'Industrie", "de l'Europe et des Affaires étrangères".
        const afterPlace = ctype === 'LOCATION';
        for (let more = coordinatedComplement(a, i, sentence, afterPlace); more > 0; more = coordinatedComplement(a, i, sentence, afterPlace)) {
          i = more;
          end = more;
        }
        continue;
      }
      // After a capitalised head and its adjective, any common noun: "Commission chilienne du cuivre".
      // After a domain too, its own complement: "Consortium de compensation des assurances".
      // Right after a head capitalised inside its sentence, too: "l'Union des transporteurs routiers du Mali",
      // "le Comité de politique monétaire", "le Conseil du café-cacao" (the capital makes it a name).
      const anyNoun = capitalHead && !capitalised && (listedAdjective || domain || (i === h + 1 && !opensSentence(a, h)));
      if ((c.kind === 'word' && a.shape[j] === 0 && portfolioOf(head.key, c.key) && ctype === null) || (anyNoun && complementNoun(a, j, c) && !(j === i + 1 && infinitiveAfterDe(t.key, c.key)))) {
        i = j + 1;
        // "des affaires étrangères", "de la sécurité intérieure", "des ressources naturelles": the domain's own adjective.
        for (let d = usable(a, i, sentence); d !== null && a.shape[i] === 0 && (COMPLEMENT_ADJECTIVES.has(d.key) || relationalAdjective(a, i, d)); d = usable(a, i, sentence)) i++;
        end = i;
        domain = true;
        // "Agence américaine de lutte contre la drogue".
        const target = c.key === 'lutte' ? struggleTarget(a, i, sentence) : AID_DOMAINS.has(c.key) ? beneficiaryEnd(a, i, sentence) : 0;
        if (target > 0) {
          i = target;
          end = i;
        }
        // "Conseil de paix et de sécurité", "Banque … pour la reconstruction et le développement": a second domain.
        const second = coordinatedDomain(a, i, sentence, anyNoun);
        if (second > 0) {
          i = second;
          end = i;
        }
        continue;
      }
      break;
    }
    // "Alliance pour l'unité des Roumains", "Union pour la Méditerranée": a purpose right after a capitalised head.
    // "Institut de recherche sur la défense nationale et la sécurité": the subject of a research domain, the same way.
    const subject = t.key === 'sur' && domain && RESEARCH_DOMAINS.has(a.doc.tokens[i - 1]?.key ?? '');
    if (capitalHead && (t.key === 'pour' || subject) && i === end) {
      const named = !capitalised && (domain || (i === h + 1 && !opensSentence(a, h) && PURPOSE_HEADS.has(head.key)));
      const purpose = purposeEnd(a, i + 1, sentence, named);
      if (purpose > 0) {
        end = purpose;
        capitalised = true;
      }
      break;
    }
    // "Groupe d'experts des Nations unies sur le Nicaragua": the country an inquiry body is about closes its name.
    if (capitalHead && t.key === 'sur' && INQUIRY_HEADS.has(head.key)) {
      const j = PURPOSE_ARTICLES.has(usable(a, i + 1, sentence)?.key ?? '') ? i + 2 : i + 1;
      const k = a.dictAt[j] ?? -1;
      const place = k === -1 ? undefined : a.dict[k];
      if (place !== undefined && place.tokenStart === j && place.payload.type === 'LOCATION' && place.payload.id?.startsWith('iso:') === true) end = place.tokenEnd;
      break;
    }
    // "Mission des Nations unies en RDC (Monusco)": a place after the name, confirmed by the acronym that follows.
    if (capitalised && (t.key === 'en' || t.key === 'au' || t.key === 'aux') && dictType(a, i + 1) === 'LOCATION') {
      const after = unitEnd(a, i + 1);
      const open = a.doc.tokens[after];
      const acronym = a.doc.tokens[after + 1];
      if (open?.text === '(' && acronym !== undefined && acronym.kind === 'word' && a.doc.tokens[after + 2]?.text === ')' && /^\p{Lu}/u.test(acronym.text)) {
        end = after;
      }
      break;
    }
    // "ambassade de Corée du Nord à Pékin": the seat closes the name.
    if (PLACED_ORG_HEADS.has(head.key) && place && (t.key === 'à' || t.key === 'en') && dictType(a, i + 1) === 'LOCATION') {
      end = unitEnd(a, i + 1);
      break;
    }
    break;
  }
  if (end > h + 1) end = coordinatedAdjectiveEnd(a, end, sentence);
  return end > h + 1 ? { end, capitalised, demonym, place, adjective: adjective || demonym, domain } : null;
}

/** An adjective's ending, "-ive(s)" included (after "et" it is no verb "arrive"). */
const COORDINATED_ADJECTIVE_ENDING = /(?:ique|al|ale|aux|aire|el|elle|if|ive|ier|ière|ienne|ée)s?$/u;

/**
 * `end`, or the end of a second adjective joined by "et" to the lower-case adjective that closes a name: "École
 * nationale d'études politiques et administratives", "Institut des hautes études sociales et économiques". Both
 * adjectives agree in number.
 */
function coordinatedAdjectiveEnd(a: Analysis, end: number, sentence: number): number {
  const last = a.doc.tokens[end - 1];
  const second = usable(a, end + 1, sentence);
  if (last === undefined || last.kind !== 'word' || a.shape[end - 1] !== 0 || usable(a, end, sentence)?.key !== 'et') return end;
  if (second === null || second.kind !== 'word' || a.shape[end + 1] !== 0 || a.dictAt[end + 1] !== -1) return end;
  const adjectives = COORDINATED_ADJECTIVE_ENDING.test(last.key) && COORDINATED_ADJECTIVE_ENDING.test(second.key) && second.key.length >= 5;
  return adjectives && last.key.endsWith('s') === second.key.endsWith('s') ? end + 2 : end;
}

/** End of a competition's name whose head is at `h` ("Ligue Europa", "Ligue des champions"), or -1. */
function competitionEnd(tokens: readonly Token[], h: number): number {
  for (const rest of COMPETITION_NAMES.get(tokens[h]?.key ?? '') ?? []) {
    if (rest.every((k, i) => tokens[h + 1 + i]?.key === k)) return h + 1 + rest.length;
  }
  return -1;
}

/** "devant la mairie de Lyon", "le contrôle de la mairie de Mekele": the head at `h` names the building. */
function namesBuilding(tokens: readonly Token[], h: number): boolean {
  const det = tokens[h - 1]?.key;
  if (det !== 'la' && det !== "l'") return false;
  const before = tokens[h - 2]?.key ?? '';
  return BUILDING_CUES.has(before) || (before === 'de' && BUILDING_CUES.has(tokens[h - 3]?.key ?? ''));
}

/**
 * Endings of French relational adjectives: "géologique", "postal",
 * "judiciaire", "culturel", "éducatif", "routier", "pétrolière" ("-ive" is left out: "arrive").
 */
const ADJECTIVE_ENDING = /(?:ique|al|ale|aux|aire|el|elle|if|ier|ière)s?$/u;
/** Verbs with those endings that may follow a subject: "le Conseil rappelle de …". */
const VERBS_LIKE_ADJECTIVES: ReadonlySet<string> = new Set(['appelle', 'rappelle', 'interpelle', 'signale', 'égale', 'explique', 'indique', 'communique', 'applique', 'critique', 'fabrique', 'revendique', 'pratique', 'réplique', 'implique']);

/**
 * A word shaped like an adjective right after a capitalised head (or after
 * its adjective), with a complement after it: "Service géologique du
 * Danemark", "Office postal de …", "Bureau national interprofessionnel du
 * cognac". Only with the complement: "la Banque fabrique" stays a verb.
 */
function adjectiveBeforeComplement(a: Analysis, i: number, sentence: number, anyNoun = false): boolean {
  const t = a.doc.tokens[i];
  const of = usable(a, i + 1, sentence)?.key ?? '';
  if (t === undefined || t.key.length < 5 || !ADJECTIVE_ENDING.test(t.key) || VERBS_LIKE_ADJECTIVES.has(t.key) || !OF.has(of) || a.dictAt[i] !== -1) return false;
  // The complement must be a name's: capitalised ("du Danemark") or a domain ("de sécurité"), not "des billets".
  const j = of === 'de' && ARTICLE.has(a.doc.tokens[i + 2]?.key ?? '') ? i + 3 : i + 2;
  const c = usable(a, j, sentence);
  // After a listed adjective, any common noun: "Bureau national interprofessionnel du cognac".
  return c !== null && c.kind === 'word' && (a.shape[j] !== 0 || ORG_DOMAINS.has(c.key) || (anyNoun && complementNoun(a, j, c)));
}

/**
 * A relational adjective after a capitalised complement ("Transition
 * écologique", "Cohésion territoriale", "Souveraineté alimentaire"): the
 * adjective endings of six letters or more, not a verb, not a known name.
 */
function relationalAdjective(a: Analysis, k: number, d: Token): boolean {
  return d.kind === 'word' && d.key.length >= 6 && ADJECTIVE_ENDING.test(d.key) && !VERBS_LIKE_ADJECTIVES.has(d.key) && !NOUNS_LIKE_ADJECTIVES.has(d.key) && a.dictAt[k] === -1;
}

/** Nouns with adjective endings, which may follow a name without belonging to it: "la Banque de France politique …". */
const NOUNS_LIKE_ADJECTIVES: ReadonlySet<string> = new Set(['journal', 'journaux', 'affaire', 'affaires', 'salaire', 'salaires', 'tribunal', 'festival', 'canal', 'signal', 'appel', 'rappel', 'musique', 'politique', 'politiques']);

/** "département d'État", "secrétariat d'État": the head's complement is the State. */
function ofState(a: Analysis, h: number): boolean {
  return a.doc.tokens[h + 1]?.key === "d'" && a.doc.tokens[h + 2]?.key === 'état' && a.shape[h + 2] !== 0;
}

/** Tokens of an army branch right after the head at `h` ("de l'air"), or 0. */
function branchLength(a: Analysis, h: number): number {
  const sentence = a.doc.tokens[h]?.sentence ?? -1;
  for (const branch of SERVICE_BRANCHES) {
    if (branch.every((key, n) => usable(a, h + 1 + n, sentence)?.key === key)) return branch.length;
  }
  return 0;
}

/** The head is the first word of its sentence or clause. */
function opensSentence(a: Analysis, h: number): boolean {
  const t = a.doc.tokens[h];
  const prev = a.doc.tokens[h - 1];
  return t === undefined || prev === undefined || prev.sentence !== t.sentence || (prev.kind !== 'word' && prev.kind !== 'elision' && prev.kind !== 'number');
}

/** Adjectives of a capitalised complement: "Affaires étrangères", "Sécurité intérieure". */
const COMPLEMENT_ADJECTIVES: ReadonlySet<string> = new Set([
  'étrangères', 'étranger', 'étrangers', 'intérieure', 'intérieur', 'extérieure', 'sociales', 'social', 'publique',
  'publiques', 'publics', 'numérique', 'nationale', 'national', 'civile', 'civils', 'humains', 'économiques', 'européennes',
  'territoriale', 'militaires', 'nucléaire', "d'état",
  // plurals of the same: "le ministère des affaires intérieures", "des relations extérieures"
  'intérieures', 'extérieures', 'extérieurs', 'étrangère', 'maritimes', 'rurales', 'culturelles',
  // "Caisse régionale de crédit agricole du Morbihan", "Chambre d'agriculture", "Mutualité sociale agricole"
  'agricole', 'agricoles',
]);

/**
 * End of a ministry named in lower case by its portfolio at the head `h` ("le ministère de l'intérieur", "le ministère
 * des affaires étrangères", "le ministère de l'économie et des finances"), with its demonym ("… kosovar"); -1 when no
 * portfolio follows. ("un ministère de l'intérieur plus fort" is none: the caller skips an indefinite one.)
 */
function ministryEnd(a: Analysis, h: number): number {
  const sentence = a.doc.tokens[h]?.sentence ?? -1;
  // "le ministère indien des ressources en eau": the demonym may come before the portfolio.
  const demonym = hitAt(a, h + 1);
  const before = demonym !== undefined && demonym.tokenStart === h + 1 && demonym.payload.type === 'NATIONALITY' && a.shape[h + 1] === 0 ? demonym.tokenEnd : h + 1;
  let j = portfolioEnd(a, before, sentence);
  if (j === -1) return -1;
  // "de l'économie et des finances": a second portfolio joined by "et".
  if (usable(a, j, sentence)?.key === 'et') {
    const second = portfolioEnd(a, j + 1, sentence);
    if (second !== -1) j = second;
  }
  const hit = hitAt(a, j);
  if (hit !== undefined && hit.tokenStart === j && hit.payload.type === 'NATIONALITY' && a.shape[j] === 0) return hit.tokenEnd;
  return ofPlaceEnd(a, j, sentence);
}

/**
 * After a lower-case ministry's portfolio at `j`, the end of the country or province it serves ("le ministère de
 * l'agriculture du Pendjab", "le ministère de la santé de Gaza", as with capitals; dev26), or `j`.
 */
function ofPlaceEnd(a: Analysis, j: number, sentence: number): number {
  const of = usable(a, j, sentence)?.key;
  const k = of === 'de' && ARTICLE.has(usable(a, j + 1, sentence)?.key ?? '') ? j + 2 : of === 'de' || of === 'du' || of === "d'" ? j + 1 : -1;
  const place = k === -1 || usable(a, k, sentence) === null ? undefined : hitAt(a, k);
  if (place === undefined || place.tokenStart !== k || place.payload.type !== 'LOCATION' || place.payload.subtype === 'city') return j;
  return place.tokenEnd;
}

/** End of "de l'intérieur", "des affaires étrangères" from the link at `j`, in lower case; -1 when no portfolio is there. */
function portfolioEnd(a: Analysis, j: number, sentence: number): number {
  const of = usable(a, j, sentence)?.key;
  if (of === 'de' && ARTICLE.has(usable(a, j + 1, sentence)?.key ?? '')) j += 2;
  else if (of === 'des' || of === 'du') j += 1;
  else return -1;
  const portfolio = usable(a, j, sentence);
  if (portfolio === null || a.shape[j] !== 0 || !MINISTRY_PORTFOLIOS.has(portfolio.key)) return -1;
  j++;
  // "des ressources en eau": a portfolio's fixed complement.
  const tail = PORTFOLIO_TAILS.get(portfolio.key);
  if (tail !== undefined && usable(a, j, sentence)?.key === tail[0] && usable(a, j + 1, sentence)?.key === tail[1]) j += 2;
  while (a.shape[j] === 0 && COMPLEMENT_ADJECTIVES.has(usable(a, j, sentence)?.key ?? '')) j++;
  return j;
}

/** Heads of a parliament's standing committees, written in lower case: "la commission des lois". */
const COMMITTEE_HEADS: ReadonlySet<string> = new Set(['commission', 'comité']);
/** Remits of standing committees: "des affaires sociales", "des lois", "des finances", "de la défense". */
const COMMITTEE_REMITS: ReadonlySet<string> = new Set(['affaires', 'lois', 'finances', 'comptes', 'défense']);
/** Adjectives of a committee's remit: "des affaires étrangères", "des affaires économiques". */
const REMIT_ADJECTIVES: ReadonlySet<string> = new Set([...ORG_ADJECTIVES, ...COMPLEMENT_ADJECTIVES, 'culturelles', 'européennes', 'publics', 'publiques']);
/** Longest committee name, in tokens ("commission des affaires étrangères de l'Assemblée nationale"). */
const MAX_COMMITTEE = 10;

/**
 * End of a standing committee named by its remit at the lower-case head
 * `h`: "la commission des affaires sociales", "le comité des finances de
 * la Chambre des communes" (its assembly, of the dictionary, belongs to the
 * name); -1 when no remit follows.
 */
function committeeEnd(a: Analysis, h: number): number {
  const tokens = a.doc.tokens;
  const sentence = tokens[h]?.sentence ?? -1;
  let j = h + 1;
  const of = usable(a, j, sentence)?.key;
  if (of === 'de' && ARTICLE.has(usable(a, j + 1, sentence)?.key ?? '')) j += 2;
  else if (of === 'des') j += 1;
  else return -1;
  const remit = usable(a, j, sentence);
  if (remit === null || a.shape[j] !== 0 || !COMMITTEE_REMITS.has(remit.key)) return -1;
  j++;
  while (j - h < MAX_COMMITTEE && a.shape[j] === 0 && REMIT_ADJECTIVES.has(usable(a, j, sentence)?.key ?? '')) j++;
  // "du Sénat", "de l'Assemblée nationale", "de la Chambre des communes".
  const of2 = usable(a, j, sentence)?.key ?? '';
  if (!OF.has(of2)) return j;
  const k = of2 === 'de' && ARTICLE.has(usable(a, j + 1, sentence)?.key ?? '') ? j + 2 : j + 1;
  const hit = hitAt(a, k);
  return hit !== undefined && hit.tokenStart === k && hit.payload.type === 'ORGANIZATION' && hit.tokenEnd - h <= MAX_COMMITTEE ? hit.tokenEnd : j;
}

/** Capitalised heads that name a body only with an adjective or a demonym after them: "la Liste serbe". Keys. */
const ADJECTIVE_NAMED_HEADS: ReadonlySet<string> = new Set(['liste']);

/** Determiners that make a capitalised head a kind, not a name: "un Conseil des ministres". */
const GENERIC_DETERMINERS: ReadonlySet<string> = new Set(['un', 'une', 'chaque']);

/** Heads of universities named by a proper name, often a place's: "Université Paris Cité", "l'université Paris 1 Panthéon-Sorbonne". */
const UNIVERSITY_HEADS: ReadonlySet<string> = new Set(['université', 'universidad', 'universidade', 'università', 'universität']);

/** A university's number: "Paris 1", "Lyon 2". */
const UNIVERSITY_NUMBER = /^\d{1,2}$/u;

/**
 * End of a university's name read from its head `h` over the capitalised
 * words, numbers and places of its proper name and a "de" joining two of
 * them: "Université Paris Cité", "université Paris 1 Panthéon-Sorbonne",
 * "Université Mayor de San Andrés"; or its adjectives and its town ("Université libre de Berlin"); -1 when no
 * capitalised name follows.
 */
function universityEnd(a: Analysis, h: number): number {
  const tokens = a.doc.tokens;
  const sentence = tokens[h]?.sentence ?? -1;
  let j = h + 1;
  while (j - h < MAX_TOKENS) {
    const t = usable(a, j, sentence);
    if (t === null) break;
    // "Université libre de Bruxelles", "Université nationale autonome du Mexique": its adjectives, then its town.
    if (j === h + 1 && a.shape[j] === 0 && UNIVERSITY_ADJECTIVES.has(t.key)) {
      let k = j + 1;
      while (k - j < 3 && a.shape[k] === 0 && UNIVERSITY_ADJECTIVES.has(usable(a, k, sentence)?.key ?? '')) k++;
      const of = usable(a, k, sentence)?.key ?? '';
      return (of === 'de' || of === "d'" || of === 'du') && dictType(a, k + 1) === 'LOCATION' && usable(a, k + 1, sentence) !== null ? unitEnd(a, k + 1) : -1;
    }
    if (t.kind === 'word' && a.shape[j] !== 0 && dictType(a, j) !== 'PERSON') j = unitEnd(a, j);
    else if (t.kind === 'number' && j > h + 1 && UNIVERSITY_NUMBER.test(t.text)) j++;
    else if (j > h + 1 && OF.has(t.key) && usable(a, j + 1, sentence)?.kind === 'word' && a.shape[j + 1] !== 0 && dictType(a, j + 1) === null) j++;
    // "université San Francisco de Quito": the town of the university closes its name.
    else if (j > h + 1 && (t.key === 'de' || t.key === "d'") && dictType(a, j + 1) === 'LOCATION' && usable(a, j + 1, sentence) !== null) return unitEnd(a, j + 1);
    else break;
  }
  return j > h + 1 ? j : -1;
}

export const orgName: Rule = {
  id: 'org-name',
  find(a) {
    const out: Candidate[] = [];
    const tokens = a.doc.tokens;
    let done = -1;
    for (const h of a.triggers.orgHeads) {
      if (h < done) continue;
      const head = tokens[h];
      if (head === undefined || head.kind !== 'word') continue;
      const capitalHead = a.shape[h] !== 0 && a.capsSentence[head.sentence] !== true;
      // "Université Paris Cité", "l'université Paris 1 Panthéon-Sorbonne": a university by its proper name.
      if (UNIVERSITY_HEADS.has(head.key)) {
        const end = universityEnd(a, h);
        if (end !== -1) {
          // "l'université Paris 1 Panthéon-Sorbonne": a university of the dictionary written after the head keeps its entry.
          const known = hitAt(a, h + 1);
          const same = known !== undefined && known.tokenStart === h + 1 && known.tokenEnd === end && known.payload.type === 'ORGANIZATION' ? known.payload : undefined;
          const init = { type: 'ORGANIZATION', rule: 'org-name', rank: 2, confidence: 0.8 } as const;
          out.push(candidate(a, h, end, same === undefined ? init : { ...init, canonical: same.canonical, id: same.id, subtype: same.subtype }));
          done = end;
          continue;
        }
      }
      // "le ministère de l'intérieur": a ministry by its portfolio, in lower case.
      if (!capitalHead && head.key === 'ministère' && !INDEFINITE_DETERMINERS.has(tokens[h - 1]?.key ?? '')) {
        const end = ministryEnd(a, h);
        if (end !== -1) {
          out.push(candidate(a, h, end, { type: 'ORGANIZATION', rule: 'org-name', rank: 2, confidence: 0.75 }));
          done = end;
          continue;
        }
      }
      // "la commission des affaires sociales": a standing committee by its remit.
      if (!capitalHead && COMMITTEE_HEADS.has(head.key)) {
        const end = committeeEnd(a, h);
        if (end !== -1) {
          out.push(candidate(a, h, end, { type: 'ORGANIZATION', rule: 'org-name', rank: 2, confidence: 0.75 }));
          done = end;
        }
        continue;
      }
      if (capitalHead ? !ORG_HEADS.has(head.key) : !LOWERCASE_ORG_HEADS.has(head.key) && !DEMONYM_ORG_HEADS.has(head.key)) continue;
      // "la Ligue Europa", "la Ligue des champions": a competition, claimed so that nothing inside is read.
      const competition = capitalHead ? competitionEnd(tokens, h) : -1;
      if (competition !== -1) {
        out.push(candidate(a, h, competition, { type: BLOCKED, rule: 'org-name', rank: 2, confidence: 0.5 }));
        done = competition;
        continue;
      }
      if (a.dictAt[h] !== -1 && (hitAt(a, h)?.tokenStart ?? h) !== h) continue;
      // "l'armée de l'air ukrainienne": the branch belongs to the head.
      const hb = capitalHead || !DEMONYM_ORG_HEADS.has(head.key) ? h : h + branchLength(a, h);
      if (!capitalHead && hb === h && BRANCH_REQUIRED.has(head.key)) continue;
      const name = readName(a, hb, head, capitalHead);
      if (name === null) continue;
      // Nothing read past a dictionary name: the dictionary's reading stands.
      const own = hitAt(a, h);
      if (own !== undefined && own.tokenStart === h && name.end <= own.tokenEnd) continue;
      if (!capitalHead && DEFINITE_ONLY_HEADS.has(head.key) && INDEFINITE_DETERMINERS.has(tokens[h - 1]?.key ?? '')) continue;
      if (!capitalHead && BUILDING_HEADS.has(head.key) && namesBuilding(tokens, h)) continue;
      if (!capitalHead) {
        // Lower-case heads need their proof: a capitalised complement ("ministère … des Affaires
        // étrangères"), a demonym ("l'armée russe") or a country ("l'ambassade de Corée du Nord").
        const ok =
          (LOWERCASE_ORG_HEADS.has(head.key) && !DEMONYM_ORG_HEADS.has(head.key) && name.capitalised &&
            (name.adjective || !ADJECTIVE_REQUIRED.has(head.key) || ofState(a, hb)) &&
            (name.adjective || name.domain || !QUALIFIER_REQUIRED.has(head.key)) &&
            (name.domain || !DOMAIN_REQUIRED.has(head.key)) &&
            // ("le département météorologique du Pakistan": with an adjective, a country's agency.)
            !(name.place && !name.adjective && NOT_PLACE_COMPLEMENT.has(head.key))) ||
          (DEMONYM_ORG_HEADS.has(head.key) && name.demonym && name.end - hb <= 3) ||
          (DEMONYM_DOMAIN_HEADS.has(head.key) && name.demonym && name.domain);
        if (!ok) continue;
      }
      // "un Conseil des ministres", "une Commission d'enquête": a capitalised head made indefinite, with nothing but
      // common nouns after it, is a kind of body or meeting, not one named.
      if (capitalHead && GENERIC_DETERMINERS.has(tokens[h - 1]?.key ?? '') && !name.capitalised && !name.adjective) continue;
      // "la Liste serbe": a list is a party only with its adjective or demonym ("la Liste des personnes" is none).
      if (capitalHead && ADJECTIVE_NAMED_HEADS.has(head.key) && !name.adjective) continue;
      // "Groupe de travail", "Service minimum" opening a sentence: the capital proves nothing, ask for more.
      if (capitalHead && opensSentence(a, h) && !name.capitalised && !name.adjective) continue;
      let end = name.end;
      if (!capitalHead && DEMONYM_ORG_HEADS.has(head.key) && !name.capitalised) end = Math.min(end, hb + 2);
      end = countryPairEnd(a, end);
      out.push(candidate(a, h, end, { type: 'ORGANIZATION', rule: 'org-name', rank: 2, confidence: capitalHead ? 0.85 : 0.75 }));
      done = end;
    }
    return out;
  },
};
