/**
 * Speakers: find the noun phrase that says something (before a cue, after
 * an inverted cue, after "selon"), pick its head ("le porte-parole …, John
 * Kirby" → "John Kirby"), and resolve pronouns and anaphors ("il", "ce
 * dernier", "la même source") to an entity named earlier.
 */
import { adverbialLength, type Cue } from './cues.js';
import type { Attribution, Entity, EntityType } from '../types.js';
import {
  ANONYMITY_ENDS,
  SPEAKER_SITUATIONS,
  ANONYMITY_OPENERS,
  APPOSITION_ADVERBS,
  ELECTED,
  ELECTION_WIN_WORDS,
  FEMININE_TITLES,
  MASCULINE_TITLES,
  NUMBER_WORDS,
  WINNER_HEADS,
  FIRST_TITLES,
  APPOSITION_ADVERB_PAIRS,
  COMPLEMENTISERS,
  CONCERNED_ANAPHORS,
  APPOSITION_PREPOSITIONS,
  COORDINATORS,
  CUE_ADVERBS,
  DEFINITE_ARTICLES,
  DEFINITE_TITLE_DETERMINERS,
  APPOSITION_LIST_WORDS,
  DEMONSTRATIVE_DETERMINERS,
  DOCUMENT_NOUNS,
  FIRST_PERSON,
  LEADING_DETERMINERS,
  DOCUMENT_PARTICIPLES,
  SPAN_QUANTIFIERS,
  LAST_MENTION_ANAPHORS,
  LEFT_STOPS,
  MEDIUM_NOUNS,
  NEGATION_BEFORE,
  ORGANIZATION_ANAPHOR_HEADS,
  PARTICIPLE_ENDINGS,
  PERSON_ANAPHOR_HEADS,
  PLURAL_DETERMINERS,
  PREPOSITIONS_DE,
  REFLEXIVE,
  RIGHT_STOPS,
  SOURCE_ANAPHOR_HEADS,
  SOCIAL_PLATFORMS,
  OCCASION_LINKS,
  OCCASION_OPENERS,
  SPEAKER_NOUNS,
  SPEAKER_PAIRS,
  STRICT_BODY_HEADS,
  SUBJECT_PRONOUNS,
  VERB_GROUP_STARTERS,
  NP_DETERMINERS,
  ON_PLACE_PREPOSITIONS,
  READER_PARTICIPLES,
  DEFENDANT_HEADS,
  JUDGEMENT_VERB_FORMS,
  JUDGEMENT_VERB_PREFIXES,
} from './data.js';
import { AUXILIARY_FORMS } from '../lexicon/generated/reporting-verbs.js';
import { FEMININE_FIRST_NAMES, FIRST_NAMES, UNISEX_FIRST_NAMES } from '../lexicon/generated/first-names.js';
import { parseEntries } from '../lexicon/builtin-entry.js';
import { DEMONYM_ENTRIES_JSON } from '../lexicon/generated/demonyms.js';
import { foldText, isCapitalized } from '../text/normalize.js';
import { tokenAt } from '../text/prepare.js';
import { stateCanonical } from './metonymy.js';
import { closingBracket, isPunct, keyAt, MAX_NICKNAME_TOKENS, sentenceStart, type View } from './view.js';
import { NICKNAME_WORDS } from '../text/data.js';

/** How a speaker is to be resolved once earlier attributions are known. */
export type SpeakerMode =
  /** A name or noun phrase: its entity, or itself. */
  | 'np'
  /** "il", "elle", "-t-il": the most recent compatible speaker. */
  | 'pronoun'
  /** "ce dernier", "cette dernière": the last person named. */
  | 'last-person'
  /** "le ministre", "ce responsable": a person named before, preferably under that title. */
  | 'title'
  /** "l'agence", "le ministère": an organisation of a fitting kind named before. */
  | 'body'
  /** "la même source", "le communiqué": the last speaker quoted. */
  | 'last-source'
  /** "le premier", "la seconde": the first or the second of two people named just before. */
  | 'ordinal'
  /** "qui" of a relative clause: its antecedent. */
  | 'relative'
  /** A participle ("expliquant que") or a citation: the speaker of the main clause. */
  | 'inherit';

/** An unresolved speaker: token range as written plus how to resolve it. */
export interface SpeakerRef {
  readonly mode: SpeakerMode;
  /** Token range of the span to report (`to` exclusive). */
  readonly from: number;
  readonly to: number;
  /** Character span when it is part of a token ("il" of "-t-il"). */
  readonly start?: number;
  readonly end?: number;
  /** The entity heading the phrase, if any. */
  readonly entity?: Entity;
  /** Coordinated entities ("Moscou et Pyongyang"): canonical names joined by "et". */
  readonly canonical?: string;
  /** Head noun of an anaphor ("ministre" of "le ministre"). */
  readonly head?: string;
  /** Antecedent of a relative "qui". */
  readonly antecedent?: SpeakerRef;
  /** A title after a possessive ("son avocat"): only a person introduced under that title is meant, never the subject. */
  readonly possessive?: boolean;
  /** The phrase names a person or a body (entity, speaker noun, pronoun): safe for weak cues. */
  readonly plausible: boolean;
}

const MAX_NP = 12;

/** Is token `i` a hard boundary for a noun phrase (punctuation other than brackets and hyphens, a quote, a line start)? */
function hardBoundary(view: View, i: number): boolean {
  const t = view.tokens[i];
  if (t === undefined) return true;
  if (t.kind === 'quote') return true;
  // The dot of a name ("Ferdinand Marcos Jr.", "J.") is part of it.
  if (isPunct(view, i)) return !(t.key === '(' || t.key === ')' || t.key === '-' || (t.key === '.' && (isInitial(view, i) || view.entityOf[i] !== undefined)));
  return false;
}

/** "J." in "Kim J. Un": the full stop of an initial. */
function isInitial(view: View, i: number): boolean {
  const prev = view.tokens[i - 1];
  return prev !== undefined && prev.kind === 'word' && prev.text.length === 1 && !view.tokens[i]?.spaceBefore;
}

/** Where the author of a document ends: before a participle that qualifies the document ("… CBOS publié lundi"). */
function documentAuthorEnd(view: View, from: number, to: number): number {
  for (let i = from + 1; i < to; i++) if (DOCUMENT_PARTICIPLES.has(keyAt(view, i)) && view.entityOf[i] === undefined) return i;
  return to;
}

/**
 * "Pierre et Marie": the canonical names of coordinated entities, joined by
 * "et". Built by a loop (optimised code's map makes a holey array, and the
 * join then met two array shapes).
 */
function coordinatedCanonical(entities: readonly Entity[]): string {
  let out = '';
  for (let k = 0; k < entities.length; k++) {
    const e = entities[k];
    if (e !== undefined) out += (k === 0 ? '' : ' et ') + (stateCanonical(e) ?? e.canonical);
  }
  return out;
}

/** Build a speaker reference from a token range written as a noun phrase. */
export function speakerFromRange(view: View, from: number, to: number): SpeakerRef | null {
  let a = from;
  let b = to;
  while (b > a && (hardBoundary(view, b - 1) || keyAt(view, b - 1) === '(' || COORDINATORS.has(keyAt(view, b - 1)))) b--;
  while (a < b && (hardBoundary(view, a) || COORDINATORS.has(keyAt(view, a)))) a++;
  // "l'Agence internationale de l'énergie atomique (AIEA)": the bracketed acronym repeats the name.
  if (keyAt(view, b - 1) === ')' && b - a > 3 && keyAt(view, b - 3) === '(' && view.entityOf[b - 4] !== undefined) b -= 3;
  // A capitalised determiner inside the phrase starts a new sentence glued to scraped text ("date 2023-09 La principale agence").
  for (let i = a + 1; i < b - 1; i++) {
    const t = view.tokens[i];
    if (t !== undefined && LEADING_DETERMINERS.has(t.key) && isCapitalized(t.text) && view.entityOf[i] === undefined) a = i;
  }
  // "un diplomate européen en poste à Ankara", "des diplomates au fait des pourparlers": where the speaker stands is
  // not the speaker.
  for (let i = a + 1; i < b - 1; i++) {
    if (situationAt(view, i)) {
      b = i;
      break;
    }
  }
  // "un responsable ukrainien ayant requis l'anonymat": the request for anonymity describes the speaker.
  const anonymous = anonymityStart(view, b - 1, a);
  if (anonymous > a) b = anonymous;
  // "a confié l'un d'eux", "selon l'une d'entre elles": one of the speakers just quoted.
  if (partitivePronoun(view, a, b)) return { mode: 'last-source', from: a, to: b, head: 'source', plausible: true };
  const definite = DEFINITE_ARTICLES.has(keyAt(view, a));
  const singular = SINGULAR_DETERMINERS.has(keyAt(view, a));
  const possessive = SINGULAR_POSSESSIVES.has(keyAt(view, a));
  while (a < b - 1 && LEADING_DETERMINERS.has(keyAt(view, a)) && view.entityOf[a] === undefined) a++;
  while (a < b - 1 && SPAN_QUANTIFIERS.has(keyAt(view, a)) && view.entityOf[a] === undefined) a++;
  if (a >= b) return null;
  const first = keyAt(view, a);
  if (b - a === 1 && FIRST_PERSON.has(first)) return null;
  if (b - a === 1 && (SUBJECT_PRONOUNS.has(first) || STRESSED_PRONOUNS.has(first))) {
    if (first === 'on') return null;
    return { mode: 'pronoun', from: a, to: b, plausible: true };
  }
  // Entities inside the phrase.
  const inside: Entity[] = [];
  for (let i = a; i < b; i++) {
    const e = view.entityOf[i];
    if (e !== undefined && inside[inside.length - 1] !== e) inside.push(e);
  }
  if (inside.length >= 2 && coordinated(view, a, b)) {
    return { mode: 'np', from: a, to: b, canonical: coordinatedCanonical(inside), plausible: true };
  }
  const last = inside[inside.length - 1];
  if (last !== undefined) {
    const lastTok = b - 1;
    const endsPhrase = view.entityOf[lastTok] === last;
    const startTok = firstTokenOf(view, last, a);
    let d = startTok - 1;
    while (d > a && DEFINITE_ARTICLES.has(keyAt(view, d))) d--;
    const afterDe = PREPOSITIONS_DE.has(keyAt(view, d)) && d >= a;
    // "Les FSR du général Daglo": a title between the "de" and the person.
    const afterTitledDe = !afterDe && last.type === 'PERSON' && d > a && PERSON_ANAPHOR_HEADS.has(keyAt(view, d)) && PREPOSITIONS_DE.has(keyAt(view, d - 1));
    // "l'avocat de Julian Assange", "le gouvernement du Premier ministre X": the head speaks for the person, not the person.
    // ("le ministre de l'Intérieur Gérald Darmanin": the name after a portfolio is the title holder, who speaks.)
    if (endsPhrase && last.type === 'PERSON' && inside.length === 1 && ((PERSON_ANAPHOR_HEADS.has(first) && afterDe) || (PERSON_GROUP_HEADS.has(first) && deBetween(view, a + 1, startTok)))) {
      // "Le parti d'extrême droite de Santiago Abascal": the leader's party, named just before ("… des voix de Vox").
      const party = definite && PARTY_HEADS.has(first) ? lastEntity(view, a, PARTY_REACH, (e) => isOrg(e) && e.subtype === 'party') : undefined;
      return party === undefined ? { mode: 'np', from: a, to: b, plausible: true } : { mode: 'np', from: a, to: b, canonical: party.canonical, plausible: true };
    }
    // "le Parti démocratique du Kurdistan (PDK) de Massoud Barzani", "la Chambre de commerce conjointe
    // Pakistan-Afghanistan": a body named at the head speaks, not its leader nor the places that qualify it.
    const body = inside[0];
    if (body !== undefined && body !== last && isOrg(body) && view.entityOf[a] === body && (last.type === 'LOCATION' || (last.type === 'PERSON' && (afterDe || afterTitledDe)))) {
      return { mode: 'np', from: a, to: firstTokenAfter(view, body, a, b), entity: body, plausible: true };
    }
    // "le texte de Belém", "le protocole de Kyoto": a city after a document noun is where it was adopted, no author;
    // a capital speaks for its state ("le communiqué de Moscou").
    if (endsPhrase && afterDe && DOCUMENT_NOUNS.has(first) && inside.length === 1 && last.subtype === 'city' && stateCanonical(last) === undefined) {
      return { mode: 'np', from: a, to: b, plausible: true };
    }
    // "le député LFI", "la sénatrice RN": a party right after a person noun labels the person, who speaks.
    if (endsPhrase && inside.length === 1 && last.subtype === 'party' && startTok === a + 1 && PERSON_ANAPHOR_HEADS.has(first)) {
      return { mode: 'np', from: a, to: b, plausible: true };
    }
    if (endsPhrase && (!afterDe || documentAt(view, a) || last.type === 'PERSON')) {
      return { mode: 'np', from: startTok, to: b, entity: last, plausible: true };
    }
    const head = inside[0];
    // "Les États-Unis et leurs alliés": the whole coordination speaks.
    const coordination = head !== undefined && keyAt(view, firstTokenAfter(view, head, a, b)) === 'et';
    if (head !== undefined && view.entityOf[a] === head && !coordination) {
      return { mode: 'np', from: a, to: firstTokenAfter(view, head, a, b), entity: head, plausible: true };
    }
  }
  // "un communiqué de la présidence azerbaïdjanaise", "un rapport officiel du gouvernement": the author speaks.
  // "le dernier rapport de l'AIEA": an adjective before the document noun.
  const doc = DOCUMENT_NOUNS.has(first) ? a : PRENOMINAL_ADJECTIVES.has(first) && DOCUMENT_NOUNS.has(keyAt(view, a + 1)) ? a + 1 : -1;
  if (doc >= 0 && keyAt(view, doc) !== 'source' && keyAt(view, doc) !== 'sources') {
    // "un sondage YouGov publié en novembre", "une étude Ipsos": the name right after the document noun is its author.
    const maker = view.entityOf[doc + 1];
    if (maker !== undefined && isOrg(maker) && view.entityOf[doc] !== maker) {
      let e = doc + 1;
      while (e < b && view.entityOf[e] === maker) e++;
      return { mode: 'np', from: doc + 1, to: e, entity: maker, plausible: true };
    }
    let k = doc + 1;
    while (k < doc + 3 && k < b && view.tokens[k]?.kind === 'word' && !PREPOSITIONS_DE.has(keyAt(view, k)) && view.entityOf[k] === undefined) k++;
    if (PREPOSITIONS_DE.has(keyAt(view, k)) && k + 1 < b) {
      const author = speakerFromRange(view, k + 1, documentAuthorEnd(view, k + 1, b));
      if (author !== null && author.plausible) return author;
    }
  }
  if (b - a > MAX_NP) return null;
  const demonstrative = first === 'ce' || first === 'cet' || first === 'cette' || first === 'ces';
  // "explique ce viticulteur": a title's span is the noun phrase without its singular demonstrative.
  const titleFrom = demonstrative && first !== 'ces' ? a + 1 : a;
  const head = keyAt(view, b - 1);
  // "Le premier a affirmé", "la seconde a répondu": one of two people just named.
  if (definite && b - a === 1 && ORDINAL_ANAPHORS.has(first)) return { mode: 'ordinal', from: a, to: b, head: first, plausible: true };
  const concerned = definite && b - a === 1 && CONCERNED_ANAPHORS.has(first);
  if ((b - a === 1 && first.includes('-') && LAST_MENTION_ANAPHORS.has(first)) || (demonstrative && b - a === 2 && LAST_MENTION_ANAPHORS.has(head)) || concerned) {
    return { mode: 'last-person', from: a, to: b, plausible: true };
  }
  // "le chef de l'État", "le président américain", "le Premier ministre", "l'ancien Premier ministre néerlandais",
  // "ce spécialiste des Balkans": a title with its complement refers back too.
  if (definite || demonstrative) {
    let t = demonstrative ? a + 1 : a;
    if (TITLE_ADJECTIVES.has(keyAt(view, t))) t++;
    const title = formerTitle(keyAt(view, t));
    const ordinal = ordinalFirst(view, t);
    if (t < b && b - a <= MAX_TITLE_ANAPHOR && PERSON_ANAPHOR_HEADS.has(title) && !ordinal && (t + 1 < b || t > a) && titleComplement(view, t + 1, b)) {
      return { mode: 'title', from: titleFrom, to: b, head: title, plausible: true };
    }
    // "a souri le jeune Landais", "l'Argentin a estimé": a capitalised demonym after a singular article is a person.
    if (t === b - 1 && singular && view.nationalityOf[t] !== undefined && isCapitalized(view.tokens[t]?.text ?? '')) {
      return { mode: 'title', from: titleFrom, to: b, head: title, plausible: true };
    }
  }
  // "l'agence onusienne", "le ministère russe": a body's head and an adjective.
  if (definite && b - a === 2 && ORGANIZATION_ANAPHOR_HEADS.has(first) && view.entityOf[a + 1] === undefined && !isCapitalized(view.tokens[a + 1]?.text ?? 'X')) {
    return { mode: 'body', from: a, to: b, head: first, plausible: true };
  }
  // "Son entraîneur a salué …": the coach named before as "l'entraîneur X", not the player just quoted.
  if (possessive && b - a === 1 && PERSON_ANAPHOR_HEADS.has(head)) return { mode: 'title', from: a, to: b, head, plausible: true, possessive };
  if ((definite && b - a <= 2) || (demonstrative && b - a === 2)) {
    if (PERSON_ANAPHOR_HEADS.has(formerTitle(head))) return { mode: 'title', from: titleFrom, to: b, head: formerTitle(head), plausible: true };
    if (ORGANIZATION_ANAPHOR_HEADS.has(head)) return { mode: 'body', from: a, to: b, head, plausible: true };
    if (SOURCE_ANAPHOR_HEADS.has(head)) return { mode: 'last-source', from: a, to: b, head, plausible: true };
  }
  // "Les États-Unis et leurs alliés": a name at the head; "les activités d'essais de la Corée du Nord" is not.
  let plausible = inside.length > 0 && view.entityOf[a] !== undefined;
  for (let i = a; i < b && i < a + 3; i++) if (SPEAKER_NOUNS.has(keyAt(view, i)) || speakerCompound(keyAt(view, i))) plausible = true;
  // "la sécurité civile", "la garde côtière": a body of two words.
  if (b - a === 2 && SPEAKER_PAIRS.has(`${keyAt(view, a)} ${keyAt(view, a + 1)}`)) plausible = true;
  if (b - a <= 4 && isCapitalizedRun(view, a, b)) plausible = true;
  // "l'Administration générale des douanes": a capitalised head after its article names an institution.
  if (definite && a > from && b - a >= 2 && view.tokens[a]?.kind === 'word' && isCapitalized(view.tokens[a]?.text ?? '')) plausible = true;
  // "l'ONG Foro Penal", "le cabinet Capital Economics": a speaker noun then a name the entity layer missed; the name is who speaks.
  // "l'association Les Amis de la Terre": a name the entity layer read only in part is whole after the noun too
  // (not past a place: "le quotidien Le Droit de Gatineau").
  // "le collectif GenZ 212": a number may close the name.
  const numbered = b - a >= 3 && view.tokens[b - 1]?.kind === 'number' ? b - 1 : b;
  if (view.entityOf[a] === undefined && inside.every(isOrg) && b - a >= 2 && b - a <= 6 && SPEAKER_NOUNS.has(first) && !PREPOSITIONS_DE.has(keyAt(view, a + 1)) && isCapitalizedRun(view, a + 1, numbered)) {
    const x = view.tokens[a + 1];
    const y = view.tokens[b - 1];
    if (x !== undefined && y !== undefined) return { mode: 'np', from: a, to: b, canonical: view.doc.text.slice(x.start, y.end), plausible: true };
  }
  // A short phrase ("le chancelier", "Bruxelles") is read as a speaker when the cue is strong; see `short`.
  return { mode: 'np', from: a, to: b, plausible };
}

/** A "de" between the head and the name ("du Premier ministre X"). */
function deBetween(view: View, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (PREPOSITIONS_DE.has(keyAt(view, i))) return true;
  return false;
}

/** Heads of a group around a person: "le gouvernement du Premier ministre X", "l'entourage de X", "la famille de X". */
const PERSON_GROUP_HEADS: ReadonlySet<string> = new Set([
  'gouvernement', 'cabinet', 'entourage', 'équipe', 'famille', 'camp', 'proches', 'avocats', 'défense', 'parti', 'services', 'administration',
  // A leader's men: "les rebelles du colonel X", "les partisans de Y", "les troupes du général Z".
  'rebelles', 'partisans', 'soutiens', 'fidèles', 'troupes', 'hommes', 'combattants', 'miliciens', 'soldats', 'collaborateurs',
  'conseillers',
]);

/**
 * The speaker of an impersonal "on" after a fronted place ending at the comma `comma`: "Dans l'entourage de X, on …",
 * "À l'Élysée, on …", "Chez Renault, on …" (the place opens the sentence; the noun phrase after its preposition speaks).
 */
function frontedPlaceOfOn(view: View, comma: number, floor: number): SpeakerRef | null {
  if (!ON_PLACE_PREPOSITIONS.has(keyAt(view, floor))) return null;
  for (let i = floor + 1; i < comma; i++) if (keyAt(view, i) === ',') return null;
  const ref = speakerFromRange(view, floor + 1, comma);
  return ref !== null && ref.plausible ? ref : null;
}

/** "l'un d'eux", "l'une d'elles", "l'un d'entre eux": exactly the tokens `a`..`b`. */
function partitivePronoun(view: View, a: number, b: number): boolean {
  let i = keyAt(view, a) === "l'" ? a + 1 : a;
  if (keyAt(view, i) !== 'un' && keyAt(view, i) !== 'une') return false;
  if (keyAt(view, i + 1) !== "d'") return false;
  i += 2;
  if (keyAt(view, i) === 'entre') i++;
  return (keyAt(view, i) === 'eux' || keyAt(view, i) === 'elles') && i + 1 === b;
}

/** Heads of a party named after its leader: "le parti de X". */
const PARTY_HEADS: ReadonlySet<string> = new Set(['parti']);
/** Most sentences back to the party a "parti de <leader>" refers to. */
const PARTY_REACH = 2;

/** Adjectives before a title: "l'ancien Premier ministre", "la jeune femme", "le nouveau président". */
const TITLE_ADJECTIVES: ReadonlySet<string> = new Set([
  'ancien', 'ancienne', 'nouveau', 'nouvel', 'nouvelle', 'futur', 'future', 'actuel', 'actuelle', 'jeune', 'vieux', 'vieil', 'vieille',
]);

/** Adjectives that stand before a document noun: "le dernier rapport", "un récent sondage". */
const PRENOMINAL_ADJECTIVES: ReadonlySet<string> = new Set([
  'dernier', 'dernière', 'derniers', 'dernières', 'nouveau', 'nouvel', 'nouvelle', 'nouveaux', 'nouvelles', 'récent', 'récente',
  'récents', 'récentes', 'premier', 'première', 'premiers', 'premières', 'précédent', 'précédente', 'précédents', 'précédentes',
  'long', 'longue', 'bref', 'brève',
]);

/** Does a document noun stand at `i`, after an optional adjective ("rapport", "derniers résultats")? */
function documentAt(view: View, i: number): boolean {
  return DOCUMENT_NOUNS.has(keyAt(view, i)) || (PRENOMINAL_ADJECTIVES.has(keyAt(view, i)) && DOCUMENT_NOUNS.has(keyAt(view, i + 1)));
}

/** Longest title phrase read as an anaphor: "le chef de la diplomatie européenne". */
const MAX_TITLE_ANAPHOR = 6;
/** Words that may follow a title's head in its complement: "de l'État", "de la transition". */
const TITLE_LINKS: ReadonlySet<string> = new Set(['de', 'du', 'des', "d'", 'la', 'le', "l'", 'les']);

/**
 * Is `a..b` the complement of a title: lower-case words, links, nationalities
 * and places ("de l'État", "américain", "ministre israélien", "de la
 * transition")? A person or an organisation in it ("le porte-parole du
 * Kremlin") makes a new, unnamed speaker instead.
 */
function titleComplement(view: View, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const t = view.tokens[i];
    if (t === undefined) return false;
    // "ce viticulteur de 61 ans": an age is no other speaker.
    if (t.kind === 'number' && AGE_UNITS.has(keyAt(view, i + 1))) {
      i++;
      continue;
    }
    if (t.kind !== 'word' && t.kind !== 'elision') return false;
    const e = view.entityOf[i];
    if (e !== undefined) {
      if (e.type !== 'NATIONALITY' && e.type !== 'LOCATION') return false;
      continue;
    }
    if (!TITLE_LINKS.has(t.key) && (isCapitalized(t.text) && !PERSON_ANAPHOR_HEADS.has(t.key) && t.fold !== 'etat')) return false;
  }
  return true;
}

/** "la première fois", "le premier jour": "premier" at `i` is an ordinal, a title only before "ministre", "secrétaire" …. */
export function ordinalFirst(view: View, i: number): boolean {
  const k = keyAt(view, i);
  return (k === 'premier' || k === 'première') && !FIRST_TITLES.has(keyAt(view, i + 1));
}

/** Singular definite and demonstrative determiners: "le jeune Landais", "cette Lyonnaise". */
const SINGULAR_DETERMINERS: ReadonlySet<string> = new Set(['le', 'la', "l'", 'ce', 'cet', 'cette']);
/** Possessives of one person ("son entraîneur", "sa porte-parole", "leur avocat"). */
const SINGULAR_POSSESSIVES: ReadonlySet<string> = new Set(['son', 'sa', 'leur']);

/** Units of an age after a title: "ce viticulteur de 61 ans". */
const AGE_UNITS: ReadonlySet<string> = new Set(['ans', 'an']);

/** "Foro Penal", "Les Amis de la Terre": capitalised words, "de" and an article after it. */
function isCapitalizedRun(view: View, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const t = view.tokens[i];
    if (t === undefined || (t.kind !== 'word' && t.kind !== 'elision')) return false;
    const c = t.text.charAt(0);
    const link = PREPOSITIONS_DE.has(t.key) || (DEFINITE_ARTICLES.has(t.key) && i > a && PREPOSITIONS_DE.has(keyAt(view, i - 1)));
    if (c === c.toLowerCase() && !link) return false;
  }
  return true;
}

/** "Moscou et Pyongyang", "la Russie et la Corée du Nord": only entities, determiners and one "et". */
function coordinated(view: View, a: number, b: number): boolean {
  let ands = 0;
  for (let i = a; i < b; i++) {
    const k = keyAt(view, i);
    if (k === 'et') ands++;
    else if (view.entityOf[i] === undefined && !LEADING_DETERMINERS.has(k) && k !== ',') return false;
  }
  return ands === 1;
}

function firstTokenOf(view: View, e: Entity, lowest: number): number {
  let i = lowest;
  while (view.entityOf[i] !== e && i < view.tokens.length) i++;
  return i;
}

function firstTokenAfter(view: View, e: Entity, from: number, limit: number): number {
  let i = from;
  while (i < limit && view.entityOf[i] === e) i++;
  return i;
}

/** Words that make a comma-delimited segment an incise to skip ("citant X", "selon Y", "qui …"). */
export function isInciseStart(view: View, i: number): boolean {
  const k = keyAt(view, i);
  if (k === 'selon' || k === 'qui' || k === 'dont' || k === 'comme' || k === 'cité' || k === 'citée' || k === 'cités' || k === 'citées') return true;
  if (k === "d'" && keyAt(view, i + 1) === 'après') return true;
  const t = view.tokens[i];
  return t !== undefined && t.kind === 'word' && k.length > 4 && k.endsWith('ant') && view.entityOf[i] === undefined;
}

/** Walk left from `end` (exclusive) to the start of a plain noun phrase. */
/** Tokens of a social platform phrase at `i`: "sur X" (2), "sur les réseaux sociaux" (4); 0 when none. */
export function onPlatform(view: View, i: number): number {
  if (keyAt(view, i) !== 'sur') return 0;
  if (SOCIAL_PLATFORMS.has(keyAt(view, i + 1))) return 2;
  return keyAt(view, i + 1) === 'les' && keyAt(view, i + 2) === 'réseaux' && keyAt(view, i + 3) === 'sociaux' ? 4 : 0;
}

/** Most appositions walked back over to a name ("Fatoumata, 34 ans, aide-soignante à l'hôpital X, à Créteil,"). */
const MAX_APPOSITIONS = 4;

/**
 * The person or organisation named before the appositions that end at the
 * comma `comma`: "Gul Rahman, 45 ans, un habitant du village," → "Gul
 * Rahman". A segment between commas that is one name (with at most an
 * article) is the name; a segment holding a quotation, a cue, a relative or
 * a verb group ends the search. Null when none.
 */
export function apposedName(view: View, comma: number, floor: number): SpeakerRef | null {
  let c = comma;
  for (let hops = 0; hops < MAX_APPOSITIONS && keyAt(view, c) === ','; hops++) {
    // The segment runs back to a comma, or to a cue or a quotation before an inverted subject ("regrette X, …").
    let s = c - 1;
    while (s >= floor && keyAt(view, s) !== ',' && view.inCue[s] !== 1 && view.tokens[s]?.kind !== 'quote' && c - s <= MAX_NP + 2) {
      const t = view.tokens[s];
      if (t === undefined || VERB_GROUP_STARTERS.has(t.key) || t.key === 'qui' || t.key === 'que' || CLAUSE_STOPS.has(t.key)) return null;
      s--;
    }
    const from = s + 1;
    const named = view.entityOf[c - 1];
    if (named !== undefined && (named.type === 'PERSON' || named.type === 'ORGANIZATION')) {
      const nameStart = firstTokenOf(view, named, from);
      // An article, or an adverbial after an inverted cue ("regrette au contraire X,"), may stand before the name.
      let a = from;
      while (a < nameStart) {
        const n = LEADING_DETERMINERS.has(keyAt(view, a)) ? 1 : adverbialLength(view.doc, a);
        if (n === 0) break;
        a += n;
      }
      // After an inverted cue, adjuncts of the act may stand before the name ("a raconté par téléphone X,").
      const afterCue = s >= floor && (view.inCue[s] === 1 || view.tokens[s]?.kind === 'quote');
      if (a === nameStart || afterCue) return { mode: 'np', from: nameStart, to: c, entity: named, plausible: true };
    }
    if (s < floor || keyAt(view, s) !== ',') return null;
    c = s;
  }
  return null;
}

/**
 * "Les chiffres sont tombés mardi, et ils confirment …": a subject pronoun
 * after "et" takes up the subject that opens the sentence; when that is a
 * plain noun phrase that cannot speak ("Les chiffres"), neither can the
 * pronoun. The pronoun and the noun phrase must agree in number.
 */
function mutePronoun(view: View, ref: SpeakerRef, floor: number): boolean {
  let et = ref.from - 1;
  if (keyAt(view, et) !== 'et') return false;
  if (keyAt(view, et - 1) === ',') et--;
  const opening = keyAt(view, floor);
  if (!LEADING_DETERMINERS.has(opening) && !DEMONSTRATIVE_DETERMINERS.has(opening)) return false;
  if (PLURAL_DETERMINERS.has(opening) !== keyAt(view, ref.from).endsWith('s')) return false;
  let verb = floor + 1;
  while (verb < et && !VERB_GROUP_STARTERS.has(keyAt(view, verb)) && view.inCue[verb] !== 1) {
    if (hardBoundary(view, verb)) return false;
    verb++;
  }
  if (verb >= et) return false;
  const subject = speakerFromRange(view, floor, verb);
  return subject !== null && subject.mode === 'np' && !subject.plausible;
}

/** Prepositions that open a fronted adjunct, never a subject: "Dans un message publié sur Facebook, le chef …". */
const FRONTED_PREPOSITIONS: ReadonlySet<string> = new Set([
  'dans', 'sur', 'lors', 'après', 'avant', 'pendant', 'durant', 'depuis', 'dès', 'malgré', 'devant', 'chez', 'en', 'à', 'au', 'aux', 'par', 'sous', 'vers',
]);

/** Punctuation that ends a run of appositions. */
const CLAUSE_STOPS: ReadonlySet<string> = new Set([';', ':', '.', '!', '?', '(', ')']);

/** Does a locution of the speaker's situation start at token `i` ("en poste", "au fait", "au courant")? */
export function situationAt(view: View, i: number): boolean {
  return view.entityOf[i] === undefined && SPEAKER_SITUATIONS.get(keyAt(view, i))?.has(keyAt(view, i + 1)) === true;
}

function plainLeft(view: View, end: number, floor: number): number {
  let k = end - 1;
  while (k >= floor && end - k <= MAX_NP + 2) {
    if (hardBoundary(view, k)) break;
    // "Un rapport … publié en juillet estimait": a date after a participle belongs to the phrase, not a stop.
    // "Plusieurs diplomates en poste dans la capitale évoquent": where the speaker works belongs to the phrase.
    // ("poste" is then a noun, not the verb "poster").
    const posted = (keyAt(view, k - 1) === 'poste' && keyAt(view, k - 2) === 'en') || (keyAt(view, k) === 'en' && keyAt(view, k + 1) === 'poste');
    if (LEFT_STOPS.has(keyAt(view, k)) && view.entityOf[k] === undefined && !(view.inDate[k + 1] === 1 && isParticiple(keyAt(view, k - 1))) && !posted) break;
    if (view.inCue[k] === 1 && !(keyAt(view, k) === 'poste' && keyAt(view, k - 1) === 'en')) break;
    if (clauseCoordinator(view, k, floor)) break;
    k--;
  }
  return k + 1;
}

/**
 * Is the "et" at `k` the link of two clauses, so that the subject of the cue after it starts after it: "La direction a
 * annoncé la fermeture et les syndicats ont dénoncé …"? A noun phrase follows it, and a verb group (a cue, an auxiliary)
 * stands before it in the same stretch; "Le maire et la préfète ont annoncé" is one coordinated subject.
 */
function clauseCoordinator(view: View, k: number, floor: number): boolean {
  if (keyAt(view, k) !== 'et' || !NP_DETERMINERS.has(keyAt(view, k + 1)) || view.quoteOf[k] !== undefined) return false;
  for (let i = k - 1; i >= floor && k - i <= MAX_NP; i--) {
    if (hardBoundary(view, i) || view.quoteOf[i] !== undefined) return false;
    if (view.inCue[i] === 1 || (VERB_GROUP_STARTERS.has(keyAt(view, i)) && view.entityOf[i] === undefined)) return true;
  }
  return false;
}

/**
 * The speaker of "Un diplomate européen à Vienne juge …", "un responsable à Bruxelles affirme …": when the phrase
 * before the cue ends with "à" and a place, the noun phrase before "à" is the subject, the place only where it
 * stands. Null when that phrase cannot speak.
 */
function stationedSpeaker(view: View, start: number, end: number): SpeakerRef | null {
  const place = view.entityOf[end - 1];
  if (place === undefined || place.type !== 'LOCATION') return null;
  let at = end - 1;
  while (at > start && view.entityOf[at - 1] === place) at--;
  if (keyAt(view, at - 1) !== 'à' || at - 1 <= start) return null;
  const ref = speakerFromRange(view, start, at - 1);
  return ref !== null && ref.plausible && ref.mode !== 'pronoun' ? ref : null;
}

/** A hyphenated title one of whose parts speaks: "ministre-président", "ex-ministre", "président-directeur". */
function speakerCompound(key: string): boolean {
  return key.includes('-') && key.split('-').some((part) => SPEAKER_NOUNS.has(part));
}

/** Most tokens of a request for anonymity between a speaker and its cue ("s'exprimant sous couvert de l'anonymat"). */
const MAX_ANONYMITY_PHRASE = 9;

/**
 * First token of a phrase of anonymity that ends at `j` right before a cue ("ayant requis l'anonymat", "qui a requis
 * l'anonymat", "s'exprimant sous couvert d'anonymat", "qui a demandé à ne pas être identifié"), or -1.
 */
function anonymityStart(view: View, j: number, floor: number): number {
  if (!ANONYMITY_ENDS.has(keyAt(view, j))) return -1;
  let start = -1;
  for (let i = j - 1; i > floor && j - i <= MAX_ANONYMITY_PHRASE; i--) {
    const t = view.tokens[i];
    if (t === undefined || t.kind === 'punct' || t.kind === 'quote' || view.entityOf[i] !== undefined) break;
    if (ANONYMITY_OPENERS.has(t.key)) start = REFLEXIVE.has(keyAt(view, i - 1)) ? i - 1 : i;
  }
  return start;
}

/** Object pronouns between a subject and its verb: "il l'annonce", "elle leur a dit", "il en dit". */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(["l'", 'la', 'le', 'les', 'lui', 'leur', 'y', 'en']);
/** Words after which a pronoun is the subject itself ("Mais lui affirme que …"), not an object. */
const BEFORE_STRESSED_SUBJECT: ReadonlySet<string> = new Set([',', 'et', 'mais', 'ou', 'puis', 'donc', 'or', ':', ';']);
/** Most tokens between an earlier verb and the "et" of a verb coordinated with it. */
const MAX_COORDINATION = 14;
/** The same when the first verb's que-clause stands between. */
const MAX_COORDINATION_CLAUSE = 60;
/** Words that end the clause of an earlier verb: a coordinated verb does not share a subject across them. */
const COORDINATION_BREAKS: ReadonlySet<string> = new Set([',', ';', ':', 'que', "qu'", 'qui', 'selon', 'et', 'mais']);

/**
 * The earlier cue a verb after "et" at `et` is coordinated with ("rejettent
 * ces accusations et affirment que …"): the last cue of the clause, close
 * before, with its subject on its left, nothing between that ends the clause.
 */
function coordinatedCue(view: View, et: number, floor: number): Cue | undefined {
  const cues = view.cues;
  // The last cue ending before "et" (cues are in text order).
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cues[mid]?.to ?? Infinity) <= et) lo = mid + 1;
    else hi = mid;
  }
  // A cue inside a quotation ("une « menace directe »") is the speaker's words, not a verb of the clause.
  let n = lo - 1;
  while (n >= 0 && lo - n <= 3 && view.quoteOf[cues[n]?.from ?? 0] !== undefined) n--;
  const c = cues[n];
  if (c === undefined || c.from < floor || c.clitic >= 0 || c.participial) return undefined;
  // "a estimé que P et a demandé …": a finite verb group after "et" follows the first cue's que-clause (the clause ends there).
  // A cue of several senses only when a que-clause shows it reports ("a jugé samedi que P et a exhorté …").
  const afterClause = VERB_GROUP_STARTERS.has(keyAt(view, et + 1)) && (!c.weak || queWithin(view, c.to, Math.min(et, c.to + MAX_GAP_TO_QUE)));
  if (et - c.to > (afterClause ? MAX_COORDINATION_CLAUSE : MAX_COORDINATION)) return undefined;
  let inClause = false;
  // "a salué la loi, mais a dénoncé …": the comma before the coordinator closes the first verb's complement.
  const last = keyAt(view, et - 1) === ',' ? et - 1 : et;
  for (let i = c.to; i < last; i++) {
    const k = keyAt(view, i);
    const clausal = k === 'que' || k === "qu'" || view.tokens[i]?.kind === 'quote';
    if (clausal && afterClause) inClause = true;
    // "a confirmé que P, bien au-delà de Q, et s'est dit prêt à …": commas inside the que-clause, and the one that closes it.
    if (inClause && k === ',') continue;
    // "a annoncé l'extension de la zone, soit 120 000 bovins, mais a exclu …": commas of appositions inside the object.
    if (afterClause && k === ',' && OBJECT_APPOSITION_OPENERS.has(keyAt(view, i + 1))) continue;
    if (clausal ? !afterClause : COORDINATION_BREAKS.has(k)) return undefined;
  }
  return c;
}

/** Words after a comma that go on with an object ("…, soit 120 000 bovins, …", "…, dont 74 abattus, …"). */
const OBJECT_APPOSITION_OPENERS: ReadonlySet<string> = new Set(['soit', 'dont', 'notamment']);

/** Most tokens between a cue and its "que" ("a jugé samedi sur le réseau social X que"). */
const MAX_GAP_TO_QUE = 8;

/** Is there a "que" among tokens [from, to)? */
function queWithin(view: View, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (COMPLEMENTISERS.has(keyAt(view, i))) return true;
  return false;
}

/** Prepositions of where or to whom something was said: "à la foule", "devant la presse", "aux journalistes". */
const ADDRESSEE_PREPOSITIONS: ReadonlySet<string> = new Set(['à', 'au', 'aux', 'devant']);

/**
 * After an inverted cue, skip up to two short phrases of where or to whom
 * ("à la foule", "devant la presse à Berne") when a determiner or a person's
 * name follows them: that is the speaker. Returns `j` unchanged otherwise.
 */
function afterPlainAddressees(view: View, j: number): number {
  let k = j;
  for (let n = 0; n < 2 && ADDRESSEE_PREPOSITIONS.has(keyAt(view, k)); n++) {
    let m = k + 1;
    if (LEADING_DETERMINERS.has(keyAt(view, m)) && view.entityOf[m] === undefined) m++;
    const t = view.tokens[m];
    if (t === undefined || t.kind !== 'word') return j;
    const e = view.entityOf[m];
    if (e !== undefined) {
      if (e.type === 'PERSON') return j;
      while (view.entityOf[m] === e) m++;
    } else {
      if (isCapitalized(t.text) || view.inCue[m] === 1) return j;
      m++;
    }
    k = m;
    const next = view.entityOf[k];
    if ((LEADING_DETERMINERS.has(keyAt(view, k)) && next === undefined) || next?.type === 'PERSON') return k;
  }
  return j;
}

/** Prepositions before an outlet: "au micro de", "sur l'antenne de", "dans les colonnes du". */
const OUTLET_PREPOSITIONS: ReadonlySet<string> = new Set(['au', 'sur', 'à', 'dans']);
/** Most tokens of the outlet's name ("beIN Sports", "la Radio-télévision suisse"). */
const MAX_OUTLET_NAME = 5;

/**
 * After an inverted cue, skip the outlet it was said on ("au micro de beIN Sports", "sur l'antenne de la RTBF",
 * "dans les colonnes du Soir") when a new noun phrase or a person's name follows: that is the speaker. The outlet
 * noun needs its "de" complement, so that "a déclaré à la radio" is left to the addressee rule. Returns `j`
 * unchanged otherwise.
 */
function afterOutlet(view: View, j: number): number {
  if (!OUTLET_PREPOSITIONS.has(keyAt(view, j))) return j;
  let k = j + 1;
  if (keyAt(view, j) !== 'au' && LEADING_DETERMINERS.has(keyAt(view, k))) k++;
  if (!MEDIUM_NOUNS.has(keyAt(view, k)) || !PREPOSITIONS_DE.has(keyAt(view, k + 1))) return j;
  const sentence = view.tokens[j]?.sentence;
  for (let m = k + 2; m < k + 3 + MAX_OUTLET_NAME; m++) {
    const t = view.tokens[m];
    if (t === undefined || t.sentence !== sentence || t.kind === 'quote' || t.kind === 'punct' || view.inCue[m] === 1) return j;
    const e = view.entityOf[m];
    // The outlet's own article ("de la RTBF") is part of it; a determiner after a word of its name opens the speaker.
    if (m > k + 2 && ((freeDeterminer(view, m) && e === undefined) || (e?.type === 'PERSON' && e !== view.entityOf[m - 1]))) return m;
  }
  return j;
}

/** Most tokens of an occasion phrase after an inverted cue ("lors d'une conférence de presse à Lagrasse"). */
const MAX_OCCASION = 10;

/** Length of the opener of an occasion at `j` ("lors", "au cours", "en marge"), or 0. */
function occasionOpener(view: View, j: number): number {
  for (const words of OCCASION_OPENERS) if (words.every((w, n) => keyAt(view, j + n) === w)) return words.length;
  return 0;
}

/** Does a determiner at `k` open a new noun phrase, not one governed by the word before it? */
function freeDeterminer(view: View, k: number): boolean {
  const key = keyAt(view, k);
  const determiner = DEFINITE_ARTICLES.has(key) || DEMONSTRATIVE_DETERMINERS.has(key) || key === 'un' || key === 'une';
  return determiner && view.entityOf[k] === undefined && !OCCASION_LINKS.has(keyAt(view, k - 1));
}

/**
 * After an inverted cue, skip the phrase of the occasion it was said at ("lors
 * d'un point presse à Lagrasse", "au cours d'une réunion mardi", "en marge du
 * sommet", "lors de son arrivée") when a new noun phrase or a person's name
 * follows it: that is the speaker (a subject never opens with a preposition).
 * Returns `j` unchanged otherwise.
 */
function afterOccasion(view: View, j: number): number {
  const opener = occasionOpener(view, j);
  if (opener === 0) return j;
  const sentence = view.tokens[j]?.sentence;
  for (let k = j + opener + 2; k < j + opener + MAX_OCCASION; k++) {
    const t = view.tokens[k];
    if (t === undefined || t.sentence !== sentence || t.kind === 'quote' || t.kind === 'punct' || view.inCue[k] === 1) return j;
    if (freeDeterminer(view, k) || (view.entityOf[k]?.type === 'PERSON' && !OCCASION_LINKS.has(keyAt(view, k - 1)))) return k;
  }
  return j;
}

/** Most tokens looked back from a gerund for the verb group it depends on ("a réagi mardi soir en affirmant"). */
const MAX_GERUND_REACH = 8;

/**
 * "L'entraîneur a réagi en affirmant que P": a gerund of saying whose main verb reports nothing shares that verb's
 * subject. The subject before the auxiliary or negation opening the verb group before "en", or null.
 */
export function gerundSubject(view: View, cueFrom: number): SpeakerRef | null {
  if (keyAt(view, cueFrom - 1) !== 'en') return null;
  const floor = Math.max(sentenceStart(view, cueFrom), cueFrom - 1 - MAX_GERUND_REACH);
  for (let k = cueFrom - 2; k > floor; k--) {
    const t = view.tokens[k];
    if (t === undefined || t.kind === 'punct' || t.kind === 'quote') return null;
    if (!VERB_GROUP_STARTERS.has(t.key) || view.entityOf[k] !== undefined) continue;
    const before = keyAt(view, k - 1);
    const start = before === 'ne' || before === "n'" || before === 'se' || before === "s'" ? k - 1 : k;
    const subject = leftSubject(view, start);
    return subject !== null && subject.plausible ? subject : null;
  }
  return null;
}

/** Most tokens of a bracketed gloss between a subject and its verb. */
const MAX_GLOSS = 14;

/**
 * The "(" of a bracket closing at token `close` that holds a comma ("(PAM, ou WFP selon son sigle anglais)"), within
 * the sentence from `floor`; -1 when `close` is no ")" or the bracket holds no comma (a plain acronym is read with
 * the name).
 */
function glossOpening(view: View, close: number, floor: number): number {
  if (keyAt(view, close) !== ')') return -1;
  let comma = false;
  for (let k = close - 1; k >= floor && close - k <= MAX_GLOSS; k--) {
    const key = keyAt(view, k);
    if (key === ')') return -1;
    if (key === ',') comma = true;
    if (key === '(') return comma ? k : -1;
  }
  return -1;
}

/**
 * The subject of a preposed cue: the noun phrase just before it, across an
 * apposition ("le directeur du service, Kim Kyou-hyun, a déclaré") or an
 * incise ("Un rapport de Bloomberg, citant X, implique"). A verb after "et"
 * takes the subject of the verb it is coordinated with, one step back only.
 */
export function leftSubject(view: View, cueFrom: number, coordinated = true): SpeakerRef | null {
  let floor = sentenceStart(view, cueFrom);
  // "Le président Ferdinand Marcos Jr. a déclaré": a sentence split after the dot of a name goes on.
  if (floor === cueFrom && floor > 0 && keyAt(view, floor - 1) === '.' && view.entityOf[floor - 1] !== undefined) floor = sentenceStart(view, floor - 1);
  let j = cueFrom - 1;
  // "rejettent ces accusations et affirment que …": a verb coordinated with an earlier cue shares its subject.
  // "a affirmé que P, mais a qualifié …": "mais" too, after a comma or not.
  if (coordinated && (keyAt(view, j) === 'et' || keyAt(view, j) === 'mais')) {
    const earlier = coordinatedCue(view, j, floor);
    const shared = earlier === undefined ? null : leftSubject(view, earlier.subjectBefore ?? earlier.from, false);
    if (shared !== null) return shared;
  }
  // "s'est entretenu avec son homologue et a appelé …": a verb group after "et" with no cue before shares the subject
  // of the verb group it is coordinated with.
  // "L'agence a dénombré 212 décès et juge ce bilan « sous-estimé »": a finite cue right after "et" the same way.
  const finiteCue = view.cueAt.get(cueFrom);
  if (coordinated && (keyAt(view, j) === 'et' || keyAt(view, j) === 'mais') && (AUXILIARY_FORMS.has(keyAt(view, cueFrom)) || (finiteCue !== undefined && finiteCue.finite && !finiteCue.participial))) {
    const group = earlierVerbGroup(view, j, floor);
    const shared = group < 0 ? null : leftSubject(view, group, false);
    if (shared !== null && shared.plausible) return shared;
  }
  // "Un responsable ayant requis l'anonymat a affirmé", "un officier s'exprimant sous couvert d'anonymat a indiqué":
  // the request for anonymity describes the speaker, who stands before it.
  const anonymous = anonymityStart(view, j, floor);
  if (anonymous > floor) j = anonymous - 1;
  // "Le Programme alimentaire mondial (PAM, ou WFP selon son sigle anglais) estime": a bracket with commas of its own
  // right before the verb glosses the subject, which stands before it.
  const gloss = glossOpening(view, j, floor);
  if (gloss > floor) j = gloss - 1;
  // "Il l'annonce": the pronoun is the object, the subject stands before it ("Mais lui affirme": the subject).
  while (j > floor && OBJECT_PRONOUNS.has(keyAt(view, j)) && view.tokens[j]?.kind !== 'clitic' && !BEFORE_STRESSED_SUBJECT.has(keyAt(view, j - 1))) j--;
  if (j < floor) return null;
  const k = keyAt(view, j);
  if (k === 'qui') {
    let a = j - 1;
    // "X, économiste, pour qui P", "…, selon qui P", "…, d'après qui P": a preposition before the relative.
    const pour = (keyAt(view, a) === 'pour' || keyAt(view, a) === 'selon') && keyAt(view, a - 1) === ',';
    const dapres = keyAt(view, a) === 'après' && keyAt(view, a - 1) === "d'" && keyAt(view, a - 2) === ',';
    if (pour) a--;
    else if (dapres) a -= 2;
    if (keyAt(view, a) === ',') a--;
    const start = plainLeft(view, a + 1, floor);
    let antecedent = speakerFromRange(view, start, a + 1);
    // "a déclaré à France 24 un responsable kurde, selon qui …": the inverted subject of the cue before.
    if ((antecedent === null || !antecedent.plausible) && view.inCue[start - 1] === 1) {
      const inverted = rightSubject(view, start, true);
      if (inverted !== null && inverted.end === a + 1 && inverted.speaker.plausible) antecedent = inverted.speaker;
    }
    // "X, économiste au CREA, pour qui …": the person X in apposition, not the body named in the noun's complement.
    if ((pour || dapres) && antecedent !== null && antecedent.entity?.type !== 'PERSON' && keyAt(view, start - 1) === ',') {
      const named = view.entityOf[start - 2];
      if (named !== undefined && named.type === 'PERSON') {
        antecedent = { mode: 'np', from: firstTokenOf(view, named, Math.max(floor, start - 2 - MAX_NP)), to: start - 1, entity: named, plausible: true };
      }
    }
    // "Estelle Ngoua, une enseignante, qui dit …", "Gul Rahman, 45 ans, un habitant du village, qui dit …": the
    // relative follows appositions to a name; the name is the antecedent.
    // (A common noun heads the apposition: "un habitant du village de Mazar Dara" names a place, not the speaker.)
    const commonHead = antecedent !== null && (antecedent.entity === undefined || view.entityOf[antecedent.from] !== antecedent.entity);
    if (antecedent !== null && commonHead && keyAt(view, start - 1) === ',') {
      antecedent = apposedName(view, start - 1, floor) ?? nameBeforeApposition(view, start, a + 1, floor) ?? antecedent;
    } else if (commonHead && keyAt(view, a + 1) === ',' && APPOSITION_PREPOSITIONS.has(keyAt(view, start - 1))) {
      // "Christophe, 52 ans, ouvrier chez ArcelorMittal depuis trente ans, qui dit …": the phrase before the relative
      // is the complement of a preposition inside an apposition; the name the appositions follow is the antecedent.
      antecedent = apposedName(view, a + 1, floor) ?? antecedent;
    }
    // "à l'appel du collectif GenZ 212, qui réclame …": a phrase that cannot speak, set off by a comma, whose last "de"
    // complement can (a body; not "l'initiative de la JS qui proposait", restrictive, nor a place).
    if ((antecedent === null || !antecedent.plausible) && keyAt(view, a + 1) === ',') antecedent = speakingComplement(view, start, a + 1) ?? antecedent;
    return { mode: 'relative', from: j, to: j + 1, ...(antecedent === null ? {} : { antecedent }), plausible: antecedent?.plausible ?? false };
  }
  // "Dans l'entourage de la rectrice, on fait valoir que P", "À l'Élysée, on assure que P": the place "on" speaks from.
  if (k === 'on' && keyAt(view, j - 1) === ',') {
    const place = frontedPlaceOfOn(view, j - 1, floor);
    if (place !== null) return place;
  }
  if (k !== ',') {
    let start = plainLeft(view, j + 1, floor);
    // "le mouvement sans leader dénonce": a "sans" or "avec" phrase qualifies the noun before it, which speaks.
    if ((keyAt(view, start - 1) === 'sans' || keyAt(view, start - 1) === 'avec') && start - 2 >= floor && view.tokens[start - 2]?.kind === 'word') {
      const head = plainLeft(view, start - 1, floor);
      const ref = head < start - 1 ? speakerFromRange(view, head, start - 1) : null;
      if (ref !== null && ref.plausible) return ref;
    }
    // "Un diplomate européen à Vienne juge": the place after "à" says where the speaker is; the noun before it speaks.
    const stationed = stationedSpeaker(view, start, j + 1);
    if (stationed !== null) return stationed;
    const ref = speakerFromRange(view, start, j + 1);
    return ref !== null && ref.mode === 'pronoun' && mutePronoun(view, ref, floor) ? null : ref;
  }
  // Comma before the cue: an apposition or an incise.
  for (let hops = 0; hops < 3 && keyAt(view, j) === ','; hops++) {
    // "Les rebelles du colonel X, dit « le Lion », affirment": a quoted nickname in apposition; the phrase before speaks.
    const nickname = quotedNicknameComma(view, j);
    if (nickname >= 0) {
      j = nickname;
      continue;
    }
    const s1Start = segmentStart(view, j, floor);
    if (s1Start >= j) return null;
    // "La CEEAC, qui avait suspendu le Gabon après le putsch du 30 août 2023 avant de le réintégrer, a jugé": a long relative incise.
    const far = segmentStart(view, j, floor, MAX_RELATIVE_INCISE);
    if (far < s1Start && (keyAt(view, far) === 'qui' || keyAt(view, far) === 'dont') && keyAt(view, far - 1) === ',') {
      j = far - 1;
      continue;
    }
    const before = s1Start - 1;
    // "Les FSR du général Daglo, dit « Hemedti », affirment": a nickname in apposition; the phrase before it speaks.
    if (NICKNAME_WORDS.has(keyAt(view, s1Start)) && !view.cueAt.has(s1Start) && keyAt(view, before) === ',') {
      j = before;
      continue;
    }
    if (isInciseStart(view, s1Start) && keyAt(view, before) === ',') {
      j = before;
      continue;
    }
    // "X, qui s'est rendu sur place avec le ministre, Y, a promis": the apposition closes a relative incise on X.
    const relative = hops === 0 ? relativeOpening(view, before, floor) : -1;
    if (relative > 0) {
      j = relative - 1;
      continue;
    }
    // "Hun Sen, père de l'actuel chef du gouvernement, Hun Manet, et président du Sénat, a appelé": a bare title
    // after "et" is a second apposition to the subject; the name that opens the clause speaks, not one inside the first.
    if (keyAt(view, s1Start) === 'et' && view.tokens[s1Start + 1]?.kind === 'word' && !LEADING_DETERMINERS.has(keyAt(view, s1Start + 1)) && view.entityOf[s1Start + 1] === undefined) {
      const head = clauseHeadPerson(view, floor, before);
      if (head !== null) return head;
    }
    // "le chef de la junte, (le colonel) Assimi Goïta, a déclaré": the name in apposition speaks.
    const named = titledPerson(view, s1Start, j);
    if (named !== null && keyAt(view, before) === ',') return named;
    const s1 = speakerFromRange(view, s1Start, j);
    if (keyAt(view, before) !== ',') return s1;
    const s0Start = plainLeft(view, before, floor);
    const s0 = speakerFromRange(view, s0Start, before);
    // "Nathalie, 52 ans, infirmière à Créteil, dit": a person, her age, then her role; the person speaks.
    const aged = agedPerson(view, before, floor);
    if (aged !== null) return aged;
    // "Le joueur, lui, a répondu": a stressed pronoun between commas stresses the subject before it.
    if (j - s1Start === 1 && STRESSED_PRONOUNS.has(keyAt(view, s1Start)) && s0 !== null) return s0;
    if (s1 !== null && s1.entity?.type === 'PERSON' && s1.from === s1Start + leadingDeterminers(view, s1Start)) return s1;
    // "Interrogé par Reuters, un diplomate, a jugé": a participial phrase before the subject does not speak.
    const s0Segment = segmentStart(view, before, floor);
    // "Dans un message publié sur Facebook, le chef de l'État, …, a dénoncé": nor does a fronted prepositional phrase.
    const fronted = s0Segment === floor && FRONTED_PREPOSITIONS.has(keyAt(view, s0Segment));
    const adverbial = s1 !== null && view.entityOf[s0Segment] === undefined && (isParticiple(keyAt(view, s0Segment)) || fronted);
    // "Les paramilitaires, qui ont proclamé un gouvernement à Nyala, chef-lieu du Darfour, rejettent": a relative with an apposition of its own.
    if (isInciseStart(view, s0Segment) && keyAt(view, s0Segment - 1) === ',' && !adverbial) {
      j = s0Segment - 1;
      continue;
    }
    // "Les requérantes, A, B (FNE) et C, demandaient": a list of names in apposition; the noun that heads it speaks for all.
    if (s0 !== null && s0.entity === undefined && s0.plausible && coordinatedNames(view, s1Start, j)) return s0;
    if (s0 !== null && s0.entity !== undefined && s0.from === s0Segment + leadingDeterminers(view, s0Segment) && coordinatedNames(view, s1Start, j)) {
      let h = s0Segment - 1;
      while (keyAt(view, h) === ',') {
        const hs = segmentStart(view, h, floor);
        const item = hs < h ? view.entityOf[hs + leadingDeterminers(view, hs)] : undefined;
        if (item === undefined || speakerFromRange(view, hs, h)?.entity !== item) break;
        h = hs - 1;
      }
      if (keyAt(view, h) === ',') {
        const hs = segmentStart(view, h, floor);
        const head = hs < h ? speakerFromRange(view, hs, h) : null;
        if (head !== null && head.entity === undefined && head.plausible) return head;
      }
    }
    // "Le social-démocrate, également vice-chancelier, a reconnu": an apposition opening with an adverb describes the
    // noun before it, which speaks.
    if (s0 !== null && !adverbial && (s0.plausible || s0.mode === 'title' || s0.entity !== undefined || leadingDeterminers(view, s0Segment) > 0) && adverbOpensApposition(view, s1Start)) return s0;
    // "Le président de la région, membre du Parti populaire (PP), a annoncé": a bare noun in apposition describes
    // a title before it, which speaks (and refers to the person named earlier).
    if (s0 !== null && (s0.mode === 'title' || (s0.entity === undefined && PERSON_ANAPHOR_HEADS.has(keyAt(view, s0.from)))) && !adverbial && bareNounAt(view, s1Start)) return s0;
    // "Le prévenu, un chauffeur sans emploi, a reconnu": an indefinite apposition describes the definite noun before it.
    const indefinite = keyAt(view, s1Start) === 'un' || keyAt(view, s1Start) === 'une';
    if (s0 !== null && !adverbial && s0.plausible && indefinite && s0.entity === undefined && DEFINITE_TITLE_DETERMINERS.has(keyAt(view, s0Segment))) return s0;
    // "Les autorités de Port-Soudan, fidèles à l'armée, accusent": an apposition that cannot speak leaves the noun before it.
    if (s0 !== null && !adverbial && (s0.entity !== undefined || (s0.plausible && s1 !== null && (!s1.plausible || adjectivalPhrase(view, s1Start))))) return s0;
    return s1 ?? s0;
  }
  const start = plainLeft(view, j, floor);
  return speakerFromRange(view, start, j);
}

/** The comma before ", dit « … »" when the comma `j` closes such a nickname, or -1. */
function quotedNicknameComma(view: View, j: number): number {
  if (view.tokens[j - 1]?.kind !== 'quote') return -1;
  for (let k = j - 2; k >= j - 2 - MAX_NICKNAME_TOKENS && k > 1; k--) {
    if (view.tokens[k]?.kind !== 'quote') continue;
    return NICKNAME_WORDS.has(keyAt(view, k - 1)) && keyAt(view, k - 2) === ',' && !view.cueAt.has(k - 1) ? k - 2 : -1;
  }
  return -1;
}

/**
 * The last "de" complement of [from, to) when it can speak: "l'appel du collectif GenZ 212" → "collectif GenZ 212",
 * "à la demande de l'ONG X" → "ONG X". Null when there is none or it cannot speak.
 */
function speakingComplement(view: View, from: number, to: number): SpeakerRef | null {
  for (let k = to - 2; k > from; k--) {
    if (!PREPOSITIONS_DE.has(keyAt(view, k))) continue;
    const tail = speakerFromRange(view, k + 1, to);
    return tail !== null && tail.plausible && tail.mode === 'np' && (tail.entity === undefined || tail.entity.type === 'ORGANIZATION') ? tail : null;
  }
  return null;
}

/**
 * "l'œuvre du groupe Qilin, un collectif russophone qui a revendiqué …": an indefinite apposition right after a
 * name, with the relative glued to it, describes that name: the name is the antecedent. So does a definite or bare
 * title set off by commas after a person ("à l'appel de Milorad Dodik, l'ancien président de l'entité serbe, qui a
 * exigé …", "Jean Dupont, maire de la ville, qui a dit …"), when it lists nothing. Null otherwise.
 */
function nameBeforeApposition(view: View, start: number, end: number, floor: number): SpeakerRef | null {
  const named = view.entityOf[start - 2];
  if (named === undefined || (named.type !== 'ORGANIZATION' && named.type !== 'PERSON')) return null;
  const det = keyAt(view, start);
  const glued = keyAt(view, end) === 'qui' && (det === 'un' || det === 'une');
  if (!glued && !(named.type === 'PERSON' && titleApposition(view, start, end))) return null;
  return { mode: 'np', from: firstTokenOf(view, named, Math.max(floor, start - 2 - MAX_NP)), to: start - 1, entity: named, plausible: true };
}

/**
 * Is `start`..`end` (the comma before "qui") a title set off by commas, opened by a definite article or by a bare
 * lower-case noun ("l'ancien président de …,", "maire de la ville,"), with no coordination that would make it a list?
 */
function titleApposition(view: View, start: number, end: number): boolean {
  if (keyAt(view, end) !== ',' || keyAt(view, end + 1) !== 'qui' || keyAt(view, start - 1) !== ',') return false;
  const head = DEFINITE_TITLE_DETERMINERS.has(keyAt(view, start)) ? start + 1 : start;
  const t = view.tokens[head];
  if (t === undefined || t.kind !== 'word' || t.text !== t.key || view.entityOf[head] !== undefined) return false;
  for (let i = start; i < end; i++) if (APPOSITION_LIST_WORDS.has(keyAt(view, i))) return false;
  return true;
}

/** Does the apposition at `i` open with an adverb ("également vice-chancelier", "par ailleurs maire de Lyon")? */
function adverbOpensApposition(view: View, i: number): boolean {
  return APPOSITION_ADVERBS.has(keyAt(view, i)) || APPOSITION_ADVERB_PAIRS.has(`${keyAt(view, i)} ${keyAt(view, i + 1)}`);
}

/**
 * The person named before an age in apposition that ends at the comma
 * `comma` ("Nathalie, 52 ans,", "Karim B., 41 ans,"), or null.
 */
function agedPerson(view: View, comma: number, floor: number): SpeakerRef | null {
  if (keyAt(view, comma - 1) !== 'ans' || view.tokens[comma - 2]?.kind !== 'number' || keyAt(view, comma - 3) !== ',') return null;
  const named = view.entityOf[comma - 4];
  if (named === undefined || named.type !== 'PERSON') return null;
  return { mode: 'np', from: firstTokenOf(view, named, Math.max(floor, comma - 4 - MAX_NP)), to: comma - 3, entity: named, plausible: true };
}

/** Is [a, i) an age in apposition ("74 ans", "âgé de 74 ans")? */
function ageSegment(view: View, a: number, i: number): boolean {
  const from = keyAt(view, a) === 'âgé' || keyAt(view, a) === 'âgée' ? (keyAt(view, a + 1) === 'de' ? a + 2 : -1) : a;
  return from >= 0 && i === from + 2 && view.tokens[from]?.kind === 'number' && AGE_UNITS.has(keyAt(view, from + 1));
}

/** Prepositions after an adjective of an apposition: "fidèles à l'armée", "proche du pouvoir", "hostile au projet". */
const ADJECTIVE_PREPOSITIONS: ReadonlySet<string> = new Set(['à', 'au', 'aux', 'de', 'du', 'des', "d'", 'envers', 'contre']);

/** Does the segment at `i` open with an adjective and its preposition ("fidèles à l'armée"), a phrase that cannot speak? */
function adjectivalPhrase(view: View, i: number): boolean {
  const t = view.tokens[i];
  if (t === undefined || t.kind !== 'word' || view.entityOf[i] !== undefined || isCapitalized(t.text)) return false;
  if (LEADING_DETERMINERS.has(t.key) || SPEAKER_NOUNS.has(t.key) || PERSON_ANAPHOR_HEADS.has(t.key)) return false;
  return ADJECTIVE_PREPOSITIONS.has(keyAt(view, i + 1));
}

function leadingDeterminers(view: View, i: number): number {
  let n = 0;
  while (LEADING_DETERMINERS.has(keyAt(view, i + n))) n++;
  return n;
}

/** Most tokens of a relative incise between a subject and its cue. */
const MAX_RELATIVE_INCISE = 32;

/** Start of the comma-delimited segment that ends before token `comma`. */
/** Does a lower-case speaker noun without a determiner open the apposition at `i` ("membre du …", "chef de …")? */
function bareNounAt(view: View, i: number): boolean {
  const t = view.tokens[i];
  return t !== undefined && t.kind === 'word' && t.text === t.key && view.entityOf[i] === undefined && SPEAKER_NOUNS.has(t.key) && !LEADING_DETERMINERS.has(t.key);
}

function segmentStart(view: View, comma: number, floor: number, max = MAX_NP + 4): number {
  let k = comma - 1;
  // "membre du Parti populaire (PP, droite)": a comma inside brackets does not end the segment.
  let depth = 0;
  while (k >= floor && comma - k <= max) {
    const key = keyAt(view, k);
    // ", qui dénonce « des années de sous-investissement », a appelé": a relative incise closed by a quotation.
    const quoted = k === comma - 1 ? view.quoteByClose.get(k) : undefined;
    if (quoted !== undefined) {
      const qui = relativeBeforeQuote(view, quoted.open, floor);
      if (qui >= 0) return qui;
    }
    if (key === ')') depth++;
    else if (key === '(' && depth > 0) depth--;
    // "qui détenait 63,4 % de la Somaïr": a unit symbol after a number belongs to its amount.
    else if (depth === 0 && hardBoundary(view, k) && !(view.tokens[k]?.kind === 'symbol' && view.tokens[k - 1]?.kind === 'number')) break;
    k--;
  }
  return k + 1;
}

/** Most tokens looked back from "et" for the verb group it coordinates ("s'est entretenu par téléphone avec …"). */
const MAX_COORDINATED_GROUP = 20;

/**
 * The first token of the verb group before "et" at `et` (its auxiliary, or the reflexive before it), in the same
 * clause: no "que", "qui", quotation, colon or semicolon between; -1 when there is none.
 */
function earlierVerbGroup(view: View, et: number, floor: number): number {
  for (let k = et - 1; k >= floor && et - k <= MAX_COORDINATED_GROUP; k--) {
    const t = view.tokens[k];
    if (t === undefined || t.kind === 'quote' || t.key === ';' || t.key === ':' || t.key === 'qui' || COMPLEMENTISERS.has(t.key)) return -1;
    if (!AUXILIARY_FORMS.has(t.key)) continue;
    return keyAt(view, k - 1) === "s'" || keyAt(view, k - 1) === 'se' ? k - 1 : k;
  }
  return -1;
}

/** Most tokens between "qui" and the quotation that closes its incise (", qui dénonce « … »,"). */
const MAX_QUOTED_RELATIVE = 6;

/** The "qui" or "dont" after a comma that opens the words before the quotation at `open`, or -1. */
function relativeBeforeQuote(view: View, open: number, floor: number): number {
  for (let m = open - 1; m >= floor && open - m <= MAX_QUOTED_RELATIVE; m--) {
    const key = keyAt(view, m);
    if ((key === 'qui' || key === 'dont') && keyAt(view, m - 1) === ',') return m;
    if (hardBoundary(view, m)) return -1;
  }
  return -1;
}

/**
 * The "qui" of a relative incise ", qui <verb> …" that runs up to the comma
 * at `comma` (commas of appositions inside it), within MAX_RELATIVE_INCISE
 * tokens and with a verb right after "qui"; -1 when there is none.
 */
function relativeOpening(view: View, comma: number, floor: number): number {
  for (let k = comma - 1; k > floor && comma - k <= MAX_RELATIVE_INCISE; k--) {
    const t = view.tokens[k];
    if (t === undefined || t.kind === 'quote' || t.key === ';' || t.key === ':' || t.key === '.') return -1;
    if (t.key !== 'qui' || keyAt(view, k - 1) !== ',') continue;
    const next = view.tokens[k + 1];
    return next !== undefined && (next.kind === 'clitic' || AUXILIARY_FORMS.has(next.key) || next.key === 'se' || next.key === "s'" || NEGATION_BEFORE.has(next.key)) ? k : -1;
  }
  return -1;
}

/** Does token `i` show a verb or a clause (auxiliary, cue, clitic, subject pronoun, negation, "que", quotation)? */
function clauseMarker(view: View, i: number): boolean {
  const t = view.tokens[i];
  if (t === undefined) return false;
  if (t.kind === 'quote' || t.kind === 'clitic' || t.kind === 'number') return true;
  const k = t.key;
  return AUXILIARY_FORMS.has(k) || SUBJECT_PRONOUNS.has(k) || NEGATION_BEFORE.has(k) || k === 'que' || k === "qu'" || view.cueAt.has(i);
}

/**
 * Is the range before a cue its subject, not a reported clause? "Le groupe,
 * a annoncé …", "TotalEnergies, le géant pétrolier, a annoncé …", "Le
 * groupe, qui …, a annoncé …": a noun phrase naming a speaker, then
 * appositions or incises. 'strong' when nothing in it can be a verb (a name
 * ends it, or it has an apposition or an incise, or it is a determiner and
 * a noun); 'weak' when a longer phrase might still end with a verb ("Le
 * gouvernement démissionne"); null when it reads as a clause.
 */
export function subjectBefore(view: View, from: number, to: number): 'strong' | 'weak' | null {
  const start = afterFrontedAdjunct(view, from, to);
  if (start !== from) return subjectBefore(view, start, to) === null ? null : 'strong';
  let segFrom = from;
  let prevSeg = from;
  let segments = 0;
  let strong = false;
  for (let i = from; i <= to; i++) {
    if (i < to && keyAt(view, i) !== ',') continue;
    const a = segFrom;
    const segFromPrev = prevSeg;
    prevSeg = a;
    segFrom = i + 1;
    if (a >= i) return null;
    // "Le chef de l'Etat, 74 ans, a annoncé …": an age in apposition belongs to the subject before it.
    if ((segments > 0 && isInciseStart(view, a)) || (segments > 0 && ageSegment(view, a, i))) {
      segments++;
      strong = true;
      continue;
    }
    for (let k = a; k < i; k++) if (clauseMarker(view, k) || (hardBoundary(view, k) && keyAt(view, k) !== '(' && keyAt(view, k) !== ')')) return null;
    // "… du tabac, de l'alcool, de la dépression, précisent les auteurs": a segment "du …" / "de la …" after
    // one that ends on such a complement goes on with a list of the clause; an apposition is a noun phrase.
    if (segments > 0 && listedComplement(view, a, segFromPrev)) return null;
    // "Elisabeth Doineau (Union centriste)": a bracket after the name (party, acronym, age) is not part of the phrase.
    const e = bracketStart(view, a, i);
    const ref = speakerFromRange(view, a, e);
    // The first segment names the speaker; an apposition after it may be any noun phrase ("le géant pétrolier"),
    // or the last ones of a list of names ("Les requérantes, A, B (FNE) et C, demandaient …").
    if (ref === null || !SUBJECT_MODES.has(ref.mode) || ref.to !== e || (segments === 0 && !ref.plausible)) {
      if (segments === 0 || !coordinatedNames(view, a, i)) return null;
    }
    if (segments > 0 || (ref !== null && ref.entity !== undefined && view.entityOf[e - 1] === ref.entity) || e - a - leadingDeterminers(view, a) <= 1) strong = true;
    segments++;
  }
  return segments === 0 ? null : strong ? 'strong' : 'weak';
}

/**
 * Is [a, i) a coordination of noun phrases, each one a subject phrase with
 * an optional bracket ("France Nature Environnement (FNE) et Défense des
 * milieux aquatiques")? One "et" at most, the first conjunct named.
 */
function coordinatedNames(view: View, a: number, i: number): boolean {
  let et = -1;
  for (let k = a + 1; k < i - 1; k++) {
    if (keyAt(view, k) !== 'et') continue;
    if (et >= 0) return false;
    et = k;
  }
  if (et < 0 || view.entityOf[a + leadingDeterminers(view, a)] === undefined) return false;
  for (const [f, t] of [[a, et], [et + 1, i]] as const) {
    const e = bracketStart(view, f, t);
    const ref = speakerFromRange(view, f, e);
    if (ref === null || !SUBJECT_MODES.has(ref.mode) || ref.to !== e) return false;
  }
  return true;
}

/** Prepositions of the complements of a list: "du tabac", "de l'alcool", "des maladies". */
const COMPLEMENT_PREPOSITIONS: ReadonlySet<string> = new Set(['de', "d'", 'du', 'des']);
/** How near the end of the segment before it the previous complement of the list stands. */
const LIST_REACH = 4;

/**
 * Does the segment at `a` ("de l'alcool", "du tabac") go on with a list of
 * complements begun in the segment at `prev` ("après prise en compte du
 * tabac")? "de son côté", "de passage à Lyon" are incises, not items.
 */
function listedComplement(view: View, a: number, prev: number): boolean {
  const k = keyAt(view, a);
  if (!(k === 'du' || ((k === 'de' || k === "d'") && (keyAt(view, a + 1) === 'la' || keyAt(view, a + 1) === "l'")))) return false;
  const end = a - 1;
  for (let j = Math.max(prev, end - LIST_REACH); j < end; j++) if (COMPLEMENT_PREPOSITIONS.has(keyAt(view, j))) return true;
  return false;
}

/** Most tokens inside a bracket that closes a subject segment ("(Union centriste)", "(FMI)"). */
const MAX_BRACKET = 6;

/** Start of a closing bracketed group "( … )" that ends the segment [a, i) after some words, or `i` when there is none. */
export function bracketStart(view: View, a: number, i: number): number {
  if (keyAt(view, i - 1) !== ')') return i;
  for (let k = i - 2; k > a && k >= i - 2 - MAX_BRACKET; k--) {
    const key = keyAt(view, k);
    if (key === '(') return k;
    if (key === ')' || view.tokens[k]?.kind === 'quote') return i;
  }
  return i;
}

/**
 * Words that open a fronted adjunct, prepositions and the participle
 * "interrogé": "Lors d'un point de presse, X, a …", "À la barre, le prévenu, a …",
 * "Interrogé par Reuters, X a …".
 */
const ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set([
  'lors', 'à', 'au', 'aux', 'dans', 'en', 'après', 'avant', 'sur', 'depuis', 'devant', 'dès', 'pendant', 'face', 'interrogé', 'interrogée',
]);
/** Most tokens of a fronted adjunct. */
const MAX_ADJUNCT = 10;

/**
 * "Lors d'un point de presse jeudi, le porte-parole, X, a …": a fronted
 * adjunct (a preposition and a few words, no verb, no quotation) closed by
 * a comma before the subject. The token after its comma, or `from` when
 * there is none or nothing follows it.
 */
function afterFrontedAdjunct(view: View, from: number, to: number): number {
  if (!ADJUNCT_PREPOSITIONS.has(keyAt(view, from))) return from;
  const end = Math.min(to - 1, from + MAX_ADJUNCT + 1);
  for (let i = from + 1; i < end; i++) {
    if (keyAt(view, i) === ',') return i > from + 1 ? i + 1 : from;
    if (clauseMarker(view, i) || hardBoundary(view, i)) return from;
  }
  return from;
}

/** Speaker phrases that can be the subject before a cue: names and noun phrases, titles ("le chef de l'État"), bodies ("le groupe"). */
const SUBJECT_MODES: ReadonlySet<SpeakerRef['mode']> = new Set(['np', 'title', 'body', 'last-source']);

/** Most words of a title before a name in apposition ("le colonel", "le porte-parole du ministère"). */
const MAX_TITLE = 6;
/** Most words of a title's complement before the comma of an apposition ("le chef de la junte au pouvoir, …"). */
const MAX_TITLE_TAIL = 3;

/**
 * A person's name filling the segment [a, b), possibly after a title: "John
 * Kirby", "le colonel Assimi Goïta", "M. Dmitri Peskov". Not after a
 * preposition or a clause word ("par la voix de Dmitri Peskov").
 */
function titledPerson(view: View, a: number, b: number): SpeakerRef | null {
  if (b <= a) return null;
  const e = view.entityOf[b - 1];
  if (e === undefined || e.type !== 'PERSON') return null;
  const start = firstTokenOf(view, e, a);
  if (start - a > MAX_TITLE) return null;
  // "Kim Yo-jong, la sœur du dirigeant Kim Jong-un, a averti": the person after a kinship noun is someone else.
  if (relativeOf(view, a, start)) return null;
  for (let k = a; k < start; k++) {
    const key = keyAt(view, k);
    if (clauseMarker(view, k) || hardBoundary(view, k) || view.entityOf[k]?.type === 'PERSON') return null;
    if ((LEFT_STOPS.has(key) || RIGHT_STOPS.has(key)) && !LEADING_DETERMINERS.has(key)) return null;
  }
  return { mode: 'np', from: start, to: b, entity: e, plausible: true };
}

/**
 * The person named by the first segment of the clause, up to its first comma
 * before `to` ("L'ancien Premier ministre Hun Sen, …"): a name ending that
 * segment, or null.
 */
function clauseHeadPerson(view: View, floor: number, to: number): SpeakerRef | null {
  let c = floor;
  while (c < to && keyAt(view, c) !== ',') {
    if (hardBoundary(view, c)) return null;
    c++;
  }
  if (c >= to || c === floor) return null;
  const named = view.entityOf[c - 1];
  if (named === undefined || named.type !== 'PERSON') return null;
  const ref = speakerFromRange(view, floor, c);
  return ref !== null && ref.entity === named ? ref : null;
}

/** Nouns of a relation to another person: "la sœur du dirigeant X", "l'avocat de X", "un proche de X". */
const RELATION_NOUNS: ReadonlySet<string> = new Set([
  'sœur', 'soeur', 'frère', 'frere', 'fille', 'fils', 'épouse', 'epouse', 'mari', 'femme', 'veuve', 'père', 'pere', 'mère',
  'mere', 'cousin', 'cousine', 'oncle', 'tante', 'neveu', 'nièce', 'petit-fils', 'petite-fille', 'beau-frère',
  'belle-sœur', 'gendre', 'belle-fille', 'avocat', 'avocate', 'avocats', 'proche', 'proches', 'entourage', 'biographe',
]);

/** Does the title `a..start` name a relation ("la sœur du dirigeant") whose complement holds the person? */
function relativeOf(view: View, a: number, start: number): boolean {
  let i = a;
  while (i < start && LEADING_DETERMINERS.has(keyAt(view, i))) i++;
  if (!RELATION_NOUNS.has(keyAt(view, i))) return false;
  for (let k = i + 1; k < start; k++) if (PREPOSITIONS_DE.has(keyAt(view, k))) return true;
  return false;
}

/**
 * "la mère d'Émilie X, Sylvie,": after a relation noun whose complement is
 * the person `ref` ending at `end`, a one-word name (or a person) in
 * apposition, closed by a comma, a full stop or the end of the sentence.
 * That name, or null.
 */
function namedRelative(view: View, start: number, ref: SpeakerRef, end: number): SpeakerRef | null {
  const e = ref.entity;
  if (e === undefined || keyAt(view, end) !== ',' || !relativeOf(view, start, firstTokenOf(view, e, start))) return null;
  const at = end + 1;
  const t = view.tokens[at];
  if (t === undefined || t.kind !== 'word' || !isCapitalized(t.text) || t.sentence !== view.tokens[end]?.sentence) return null;
  const named = view.entityOf[at];
  if (named !== undefined && named.type !== 'PERSON') return null;
  let to = at + 1;
  while (named !== undefined && view.entityOf[to] === named) to++;
  const after = view.tokens[to];
  if (after !== undefined && after.sentence === t.sentence && after.key !== ',' && after.key !== '.') return null;
  return { mode: 'np', from: at, to, plausible: true, ...(named === undefined ? {} : { entity: named }) };
}

/** Prepositions after a participle that closes a speaker phrase ("joint par", "réalisée pour", "basé à"). */
const PARTICIPLE_TAIL_PREPOSITIONS: ReadonlySet<string> = new Set(['pour', 'à', 'au', 'aux', 'dans', 'sur', 'auprès']);

/** Does a noun or a name (no determiner, no "de") stand right before `i`, after `start`? */
function afterNoun(view: View, i: number, start: number): boolean {
  const k = keyAt(view, i - 1);
  return i - 1 > start && view.tokens[i - 1]?.kind === 'word' && !LEADING_DETERMINERS.has(k) && !PREPOSITIONS_DE.has(k) && k !== "l'";
}

/** Most tokens inside an incise of when or where after an inverted cue (", lors d'un point presse à Lagrasse,"). */
const MAX_CUE_INCISE = 9;
/** Prepositions that open such an incise besides the occasions: ", à Berne,", ", devant la presse,", ", sur X,". */
const CUE_INCISE_PREPOSITIONS: ReadonlySet<string> = new Set(['à', 'au', 'aux', 'devant', 'sur', 'depuis', 'auprès', 'en']);

/** Is token `i` one lower-case adjective of manner closed by a comma before a definite speaker (", lucide, l'entraîneur")? */
function mannerAdjective(view: View, i: number): boolean {
  const t = view.tokens[i];
  if (t === undefined || t.kind !== 'word' || t.text !== t.key || view.entityOf[i] !== undefined || view.inCue[i] === 1) return false;
  if (LEADING_DETERMINERS.has(t.key) || VERB_GROUP_STARTERS.has(t.key) || SUBJECT_PRONOUNS.has(t.key) || COORDINATORS.has(t.key)) return false;
  return keyAt(view, i + 1) === ',' && DEFINITE_ARTICLES.has(keyAt(view, i + 2));
}

/**
 * Tokens of an incise set off by commas at `j` (the first comma) right after an inverted cue that says when or
 * where it was said (", lundi,", ", lors d'un point presse,", ", à Berne,"), or how (", lucide,"), up to and with its
 * closing comma; 0 when none.
 */
function cueIncise(view: View, j: number): number {
  if (keyAt(view, j) !== ',') return 0;
  const open = j + 1;
  const opens = view.inDate[open] === 1 || adverbialLength(view.doc, open) > 0 || occasionOpener(view, open) > 0 || CUE_INCISE_PREPOSITIONS.has(keyAt(view, open));
  // "reconnaît, lucide, l'entraîneur": one adjective of manner set off by commas, then the speaker's determiner.
  if (!opens && mannerAdjective(view, open)) return 3;
  if (!opens) return 0;
  const sentence = view.tokens[j]?.sentence;
  for (let k = open + 1; k <= open + MAX_CUE_INCISE; k++) {
    const t = view.tokens[k];
    if (t === undefined || t.sentence !== sentence || t.kind === 'quote' || view.inCue[k] === 1) return 0;
    if (t.key === ',') return k + 1 - j;
    if (t.kind === 'punct') return 0;
  }
  return 0;
}

/** Result of reading an inverted subject: the speaker and the token after it. */
export interface RightSubject {
  readonly speaker: SpeakerRef;
  readonly end: number;
}

/**
 * The subject after an inverted cue (", a indiqué le 28 mars l'agence
 * nord-coréenne KCNA", ", a souligné ce lundi le porte-parole …, John
 * Kirby"), or after "selon", "cité par", "citant". With `author`, a
 * document noun before "par" gives way to its author, one hop only ("des
 * données compilées par l'agence Argus").
 */
export function rightSubject(view: View, pos: number, skipAdverbs: boolean, author = true): RightSubject | null {
  const tokens = view.tokens;
  let j = pos;
  // "« … », a déclaré, lundi, le ministre", ", a affirmé, lors d'un point presse, la préfète": an incise of when or
  // where set off by commas, then the speaker.
  if (skipAdverbs) j += cueIncise(view, j);
  if (skipAdverbs) {
    for (let n = 0; n < 7; n++) {
      const t = tokens[j];
      if (t === undefined || view.entityOf[j] !== undefined) break;
      // A number is skipped only as part of a date ("le 28 mars"), not as a quantity ("3 milliards").
      const dateNumber = t.kind === 'number' && (CUE_ADVERBS.has(keyAt(view, j + 1)) || view.inDate[j + 1] === 1);
      // An article is skipped only inside an adverbial ("dans la journée"), not before the subject ("le chef de …");
      // a demonstrative the same ("ce lundi", but "explique ce viticulteur").
      const determiner = DEFINITE_ARTICLES.has(t.key) || DEMONSTRATIVE_DETERMINERS.has(t.key);
      const article = determiner && !(CUE_ADVERBS.has(keyAt(view, j + 1)) || view.inDate[j + 1] === 1);
      // "a déclaré ce dernier": the anaphor is the subject, not a date ("ce lundi").
      const anaphor = LAST_MENTION_ANAPHORS.has(keyAt(view, j + 1)) && view.inDate[j] !== 1;
      // "a averti en janvier la Cour des comptes": "en" before a month is part of the date.
      const dateEn = t.key === 'en' && view.inDate[j + 1] === 1;
      if (!article && !anaphor && (CUE_ADVERBS.has(t.key) || view.inDate[j] === 1 || dateNumber || dateEn)) j++;
      else break;
    }
  }
  // "a déclaré à Reuters une source au sein de l'entreprise": the one spoken to comes before the speaker.
  // "a réagi auprès de l'AFP un responsable": "auprès de" the same way.
  const aupres = keyAt(view, j) === 'auprès' && (keyAt(view, j + 1) === 'de' || keyAt(view, j + 1) === "d'" || keyAt(view, j + 1) === 'du') ? 1 : 0;
  if (skipAdverbs && (keyAt(view, j) === 'à' || keyAt(view, j) === 'au' || aupres > 0)) {
    let k = j + 1 + aupres;
    if (keyAt(view, k) === "l'" || keyAt(view, k) === 'la') k++;
    const addressee = view.entityOf[k];
    if (addressee !== undefined && (addressee.type === 'ORGANIZATION' || addressee.type === 'PERSON')) {
      let e = k;
      while (view.entityOf[e] === addressee) e++;
      // "à l'AFP par téléphone", "à l'AFP mardi": how or when it was said, before the speaker.
      let f = e;
      if (keyAt(view, f) === 'par' && keyAt(view, f + 1) === 'téléphone') f += 2;
      while (f < e + 4 && view.inDate[f] === 1) f++;
      const next = keyAt(view, f);
      // "à l'AFP deux sources sécuritaires": a number opens the speaker too.
      if (LEADING_DETERMINERS.has(next) || NUMBER_WORDS.has(next) || (view.entityOf[f] !== undefined && view.entityOf[f] !== addressee)) j = f;
    }
    // "a déclaré à l'AFP la semaine dernière le ministre": a date after the one spoken to.
    while (j > pos && view.inDate[j] === 1) j++;
  }
  // "a déclaré sur X le porte-parole …", "a écrit sur les réseaux sociaux le chef de l'État": the platform where it
  // was said is never the speaker.
  if (skipAdverbs) j += onPlatform(view, j);
  // "a déclaré lors d'un point presse à Lagrasse le préfet": the occasion, then the speaker.
  if (skipAdverbs) j = afterOccasion(view, j);
  // "a lancé au micro de beIN Sports le capitaine", "a confié dans les colonnes du Soir la ministre": the outlet.
  if (skipAdverbs) j = afterOutlet(view, j);
  // "a lancé à la foule Nana X", "a réagi devant la presse à Berne la présidente …": where and to whom, then the speaker.
  if (skipAdverbs) j = afterPlainAddressees(view, j);
  const start = j;
  const sentence = tokens[pos]?.sentence;
  // A long name is read to its end ("le Bureau de la coordination des affaires humanitaires de l'ONU").
  while (j < tokens.length && (j - start < MAX_NP || (view.entityOf[j] !== undefined && view.entityOf[j] === view.entityOf[j - 1]))) {
    const t = tokens[j];
    if (t === undefined || t.sentence !== sentence) break;
    if (j > start && t.newlineBefore) break;
    if (hardBoundary(view, j)) break;
    // "la présidente de la Confédération et ministre des Finances, Karin X": two titles of one speaker.
    if (t.key === 'et' && j > start && PERSON_ANAPHOR_HEADS.has(keyAt(view, j + 1)) && view.entityOf[j + 1] === undefined) {
      j++;
      continue;
    }
    // "la ministre de l'Action et des Comptes publics, X", "le ministère du Travail et de l'Emploi": one portfolio.
    if (t.key === 'et' && j > start && portfolioCoordination(view, j)) {
      j++;
      continue;
    }
    if (view.entityOf[j] === undefined && RIGHT_STOPS.has(t.key) && j > start) break;
    j++;
  }
  if (j === start) return null;
  // "… de l'ONU (Ocha)": a bracket the cap cut open is read to its closing mark.
  for (let k = j - 1; k > start && j - k <= 2; k--) {
    if (keyAt(view, k) !== '(') continue;
    // "selon la police (3000 selon les organisateurs)": a figure in brackets is no part of the name.
    if (tokens[k + 1]?.kind === 'number') {
      j = k;
      break;
    }
    for (let c = j; c < j + 4 && tokens[c]?.sentence === sentence; c++) {
      if (keyAt(view, c) === ')') {
        j = c + 1;
        break;
      }
    }
    break;
  }
  let cut = j;
  const participle = cut - 1 > start && view.entityOf[cut - 1] === undefined && isParticiple(keyAt(view, cut - 1));
  // "un travailleur humanitaire joint par téléphone": the participle before "par" qualifies the speaker.
  // "une étude du cabinet X réalisée pour le gouvernement", "un diplomate basé à Genève": the same before other prepositions.
  // Only after a noun or a name, not a noun in "-é" itself ("la société à l'AFP", "de l'université à Paris").
  if (participle && (keyAt(view, j) === 'par' || (PARTICIPLE_TAIL_PREPOSITIONS.has(keyAt(view, j)) && afterNoun(view, cut - 1, start)))) cut--;
  let speaker = speakerFromRange(view, start, cut);
  let end = j;
  // "les résultats publiés lundi 29 septembre par la Commission": a date between the participle and "par".
  let by = j;
  if (participle) while (by < j + MAX_PUBLICATION_DATE && (view.inDate[by] === 1 || CUE_ADVERBS.has(keyAt(view, by)) || view.tokens[by]?.kind === 'number')) by++;
  if (by > j && keyAt(view, by) === 'par') speaker = speakerFromRange(view, start, cut - 1);
  // "des données compilées par l'agence Argus": the author of the document speaks.
  // "les derniers résultats publiés par le CNE": an adjective may stand before the document noun.
  // ("un rapport consulté par Reuters": who read it is no author.)
  const readBy = participle && READER_PARTICIPLES.has(keyAt(view, cut === j ? j - 1 : cut));
  if (author && !readBy && keyAt(view, by) === 'par' && speaker !== null && speaker.entity === undefined && documentAt(view, speaker.from)) {
    const author = rightSubject(view, by + 1, false, false);
    if (author !== null && (author.speaker.entity !== undefined || author.speaker.plausible)) return author;
  }
  // "a confié la mère d'Émilie X, Sylvie, arrivée de …": the relative named in apposition speaks, not the person of "de".
  const kin = speaker?.entity?.type === 'PERSON' ? namedRelative(view, start, speaker, j) : null;
  if (kin !== null) return { speaker: kin, end: kin.to };
  // Apposition: "le porte-parole du Conseil national de sécurité, John Kirby.", "le chef de la junte au pouvoir, le colonel Assimi Goïta."
  // Not after a name itself: "selon le Conseil national électoral (CNE), M. Maduro, …" — the council speaks about M. Maduro.
  // "le porte-parole de l'Alliance Fleuve Congo, Lawrence X": a name at the end of a title's complement is no name of the speaker.
  const named = speaker !== null && speaker.entity !== undefined && view.entityOf[speaker.from] === speaker.entity && view.entityOf[start + leadingDeterminers(view, start)] === speaker.entity;
  if (!named && (speaker === null || speaker.entity?.type !== 'PERSON')) {
    let c = j;
    while (c < j + MAX_TITLE_TAIL && keyAt(view, c) !== ',' && !hardBoundary(view, c) && !clauseMarker(view, c) && tokens[c]?.sentence === sentence) c++;
    if (keyAt(view, c) === ',') {
      let d = c + 1;
      while (d < tokens.length && d - c <= MAX_TITLE + 4 && !hardBoundary(view, d) && tokens[d]?.sentence === sentence && !(d > c + 1 && tokens[d]?.newlineBefore === true)) d++;
      // "la maire, Claire Mareuil (Les Écologistes),": the party in brackets after the name.
      const person = titledPerson(view, c + 1, bracketStart(view, c + 1, d)) ?? personAfterApposition(view, c, sentence);
      if (person !== null) {
        speaker = person;
        end = person.to;
      }
    }
  }
  return speaker === null ? null : { speaker, end };
}

/**
 * Does the "et" at `i` join two domains of one title's or body's "de" complement ("de l'Action et des Comptes
 * publics", "du Travail et de l'Emploi", "de l'Europe et des Affaires étrangères")? Not a second person or a body
 * named outright ("le ministre de l'Intérieur et M. X", "et la CGT"). Lower-case domains join only when the phrase
 * ends with the second one ("la chambre de commerce et d'industrie,", "le ministère de l'agriculture et de
 * l'alimentation."): "le ministre de l'intérieur et de nombreux élus" goes on.
 */
function portfolioCoordination(view: View, i: number): boolean {
  const before = view.tokens[i - 1];
  if (before === undefined || before.kind !== 'word') return false;
  if (!PREPOSITIONS_DE.has(keyAt(view, i + 1))) return false;
  const head = DEFINITE_ARTICLES.has(keyAt(view, i + 2)) ? i + 3 : i + 2;
  const domain = view.tokens[head];
  if (domain === undefined || domain.kind !== 'word') return false;
  if (!(isCapitalized(before.text) && isCapitalized(domain.text)) && !(view.entityOf[head] === undefined && phraseEndsAt(view, head + 1))) return false;
  // The first domain hangs on "de" too: "de l'Action", "du Travail".
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) if (PREPOSITIONS_DE.has(keyAt(view, k))) return true;
  return false;
}

/** Does a noun phrase end before token `i`: a comma, a bracket, a final mark or the end of the sentence? */
function phraseEndsAt(view: View, i: number): boolean {
  const t = view.tokens[i];
  return t === undefined || t.sentence !== view.tokens[i - 1]?.sentence || PHRASE_ENDS.has(t.key);
}

/** Punctuation that closes a noun phrase: a comma, or what ends a run of appositions. */
const PHRASE_ENDS: ReadonlySet<string> = new Set([',', ...CLAUSE_STOPS]);

/** Most tokens of an apposition to a body between a title and the name ("la coalition dont le M23 est la principale composante"). */
const MAX_BODY_APPOSITION = 16;

/**
 * "le porte-parole de l'Alliance X (AFC), la coalition dont le M23 est la
 * principale composante, Lawrence Kanyuka.": after the comma at `comma`, an
 * apposition to the body that opens with an article and has no comma of its
 * own, then a person's name that closes the incise (a comma, a full stop or
 * the end of the sentence follows it). That person, or null.
 */
function personAfterApposition(view: View, comma: number, sentence: number | undefined): SpeakerRef | null {
  if (!DEFINITE_ARTICLES.has(keyAt(view, comma + 1)) && keyAt(view, comma + 1) !== 'une' && keyAt(view, comma + 1) !== 'un') return null;
  for (let c = comma + 2; c <= comma + MAX_BODY_APPOSITION; c++) {
    const t = view.tokens[c];
    if (t === undefined || t.sentence !== sentence || t.kind === 'quote' || view.inCue[c] === 1 || (t.kind === 'punct' && t.key !== ',' && t.key !== '(' && t.key !== ')')) return null;
    if (t.key !== ',') continue;
    const e = view.entityOf[c + 1];
    if (e === undefined || e.type !== 'PERSON' || firstTokenOf(view, e, c + 1) !== c + 1) return null;
    let d = c + 1;
    while (view.entityOf[d] === e) d++;
    const after = view.tokens[d];
    if (after !== undefined && after.sentence === sentence && after.key !== ',' && after.key !== '.') return null;
    return { mode: 'np', from: c + 1, to: d, entity: e, plausible: true };
  }
  return null;
}

/** Most tokens of the date between a document's participle and its author ("publiés lundi 29 septembre par"). */
const MAX_PUBLICATION_DATE = 6;

/** Does the word end like a past participle ("joint", "interrogé", "citées")? */
export function isParticiple(key: string): boolean {
  return key.length > 3 && PARTICIPLE_ENDINGS.some((e) => key.endsWith(e)) && !NOT_PARTICIPLES.has(key);
}

/** Function words with a participle's ending ("mais", "depuis", "plus"). */
const NOT_PARTICIPLES: ReadonlySet<string> = new Set([
  'mais', 'jamais', 'depuis', 'puis', 'désormais', 'plus', 'tous', 'nous', 'vous', 'sous', 'dessus', 'soit', 'huit', 'nuit',
  'tandis',
]);

/** A resolved source as returned to the caller. */
export type Source = NonNullable<Attribution['source']>;

/** What the resolver remembers of earlier attributions. */
export interface SpeakerMemory {
  /** Resolved sources in text order with the token where they were said. */
  readonly said: { readonly at: number; readonly canonical: string; readonly entityType?: string; readonly plural: boolean; readonly head: string | undefined }[];
}

/** Create an empty memory for one document. */
export function newMemory(): SpeakerMemory {
  return { said: [] };
}

function spanSource(view: View, ref: SpeakerRef): Source | null {
  const a = view.tokens[ref.from];
  const b = view.tokens[ref.to - 1];
  if (a === undefined || b === undefined) return null;
  const start = ref.start ?? a.start;
  const end = ref.end ?? b.end;
  return { start, end, text: view.doc.text.slice(start, end) };
}

/**
 * A source in one of three fixed shapes, written as literals: adding fields
 * to a spread copy would give each object a shape of its own, which makes
 * every later read of it slow.
 */
function sourceOf(span: Source, canonical: string | undefined, entityType?: EntityType): Source {
  const { start, end, text } = span;
  if (canonical === undefined) return { start, end, text };
  return entityType === undefined ? { start, end, text, canonical } : { start, end, text, canonical, entityType };
}

function withEntity(src: Source, e: Entity | undefined): Source {
  if (e === undefined) return src;
  return sourceOf(src, stateCanonical(e) ?? e.canonical, e.type);
}

/** "le premier", "la seconde", "le deuxième": heads of an ordinal anaphor (after a definite article alone). */
const ORDINAL_ANAPHORS: ReadonlySet<string> = new Set(['premier', 'première', 'second', 'seconde', 'deuxième']);
/** Most sentences looked back for the pair an ordinal anaphor picks from. */
const ORDINAL_REACH = 2;

/**
 * The first (`rank` 0) or second (`rank` 1) distinct person named in the nearest earlier sentence that names two or
 * more, within a couple of sentences: "Macron et Scholz … Le premier …" → Macron.
 */
function ordinalPerson(view: View, at: number, rank: number): Entity | undefined {
  const t = view.tokens[at];
  if (t === undefined) return undefined;
  const top = entitiesBefore(view.entities, t.start);
  const bySentence = new Map<number, Entity[]>();
  for (let i = top - 1; i >= 0; i--) {
    const e = view.entities[i];
    if (e === undefined || !isPerson(e)) continue;
    const sent = view.tokens[tokenAt(view.doc, e.start)]?.sentence ?? 0;
    if (t.sentence - sent > ORDINAL_REACH) break;
    const list = bySentence.get(sent) ?? [];
    if (!list.some((x) => x.canonical === e.canonical)) list.unshift(e);
    bySentence.set(sent, list);
  }
  for (let sent = t.sentence; sent >= t.sentence - ORDINAL_REACH; sent--) {
    const list = bySentence.get(sent);
    if (list !== undefined && list.length >= 2) return list[rank];
  }
  return undefined;
}

/** Index of the first entity that starts at or after `offset` (binary search). */
function entitiesBefore(ents: readonly Entity[], offset: number): number {
  let lo = 0;
  let hi = ents.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ents[mid]?.start ?? Infinity) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Most entities looked at when searching back for an antecedent. */
const MAX_ANTECEDENTS = 40;

/** The last entity before token `at` that satisfies `ok`, within `maxSentences` sentences. */
function lastEntity(view: View, at: number, maxSentences: number, ok: (e: Entity) => boolean, sameSentenceOnly = false): Entity | undefined {
  const t = view.tokens[at];
  if (t === undefined) return undefined;
  const ents = view.entities;
  const top = entitiesBefore(ents, t.start);
  for (let i = top - 1; i >= 0 && top - i <= MAX_ANTECEDENTS; i--) {
    const e = ents[i];
    if (e === undefined) continue;
    const tok = view.tokens[tokenAt(view.doc, e.start)];
    const sent = tok?.sentence ?? 0;
    if (t.sentence - sent > maxSentences) return undefined;
    if (sameSentenceOnly && sent !== t.sentence) return undefined;
    if (tok !== undefined && view.quoteOf[tok.index] !== undefined) continue;
    if (ok(e)) return e;
  }
  return undefined;
}

/**
 * Is a speaker phrase plural ("les deux dirigeants", "des diplomates",
 * "ils")? Names and singular nouns are not; a singular pronoun never
 * refers back to a plural speaker.
 */
export function isPluralSpeaker(text: string, entityType: string | undefined): boolean {
  if (entityType !== undefined) return false;
  const first = text.trim().split(/\s+/u)[0] ?? '';
  const key = first.toLowerCase();
  // "associations de locataires", "experts psychiatres": a phrase without its determiner, headed by a plural noun.
  const pluralHead = key === first && SPEAKER_NOUNS.has(key) && /[sx]$/u.test(key) && SPEAKER_NOUNS.has(key.slice(0, -1));
  return PLURAL_DETERMINERS.has(key) || /^\d/u.test(key) || pluralHead;
}

function sentenceOfEntity(view: View, e: Entity): number {
  return view.tokens[tokenAt(view.doc, e.start)]?.sentence ?? -1;
}

/**
 * The first person (the subject, in news prose) of the nearest sentence
 * before token `at` that names a person, within `maxSentences`: "Blinken a
 * appelé la Chine … aux côtés de son homologue David Lammy. « … », a-t-il
 * martelé" → Blinken.
 */
/** Most tokens before a name at the head of its sentence ("Le président américain Donald Trump"). */
const MAX_HEAD_OFFSET = 4;

/** Most tokens between a comma and a name after it ("Le lendemain, le général Horta N'Tam"). */
const MAX_AFTER_COMMA = 3;

/** Does the entity head its sentence or stand just after a comma (a fronted adjunct, an apposition)? */
function atClauseHead(view: View, e: Entity): boolean {
  const tok = tokenAt(view.doc, e.start);
  if (tok - sentenceStart(view, tok) <= MAX_HEAD_OFFSET) return true;
  for (let k = tok - 1; k >= tok - MAX_AFTER_COMMA; k--) if (keyAt(view, k) === ',') return true;
  return false;
}

/** Prepositions before a person named in a complement: "104 points de retard sur Piastri", "avec X", "contre X". */
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['sur', 'avec', 'contre', 'pour', 'par', 'chez', 'entre', 'envers', 'face']);

/** Is the entity named right after a preposition, in a complement rather than as a subject? */
function afterPreposition(view: View, e: Entity): boolean {
  return OBJECT_PREPOSITIONS.has(keyAt(view, tokenAt(view.doc, e.start) - 1));
}

function subjectPerson(view: View, at: number, maxSentences: number): Entity | undefined {
  const last = lastEntity(view, at, maxSentences, isPerson);
  if (last === undefined) return undefined;
  const sentence = sentenceOfEntity(view, last);
  let first = last;
  const ents = view.entities;
  for (let i = entitiesBefore(ents, last.start) - 1; i >= 0; i--) {
    const e = ents[i];
    if (e === undefined) continue;
    const tok = tokenAt(view.doc, e.start);
    if ((view.tokens[tok]?.sentence ?? -1) !== sentence) break;
    if (isPerson(e) && view.quoteOf[tok] === undefined) first = e;
  }
  return first;
}

function lastSaid(
  view: View,
  memory: SpeakerMemory,
  at: number,
  maxSentences: number,
  singular = false,
  earlierSentence = false,
): SpeakerMemory['said'][number] | undefined {
  const sentence = view.tokens[at]?.sentence ?? 0;
  for (let i = memory.said.length - 1; i >= 0; i--) {
    const s = memory.said[i];
    if (s === undefined || s.at >= at || (singular && s.plural)) continue;
    if (earlierSentence && (view.tokens[s.at]?.sentence ?? -1) === sentence) continue;
    if (sentence - (view.tokens[s.at]?.sentence ?? 0) > maxSentences) return undefined;
    return s;
  }
  return undefined;
}

/** Most sentences back to the fuller phrase of a bare noun speaker ("la direction de la RATP" … "la direction"). */
const FULLER_REACH = 10;

/**
 * "selon la direction de la RATP" … "La direction juge": a bare noun after
 * a definite article names the speaker an earlier source phrase with the same
 * head named in full. That phrase, or undefined.
 */
function fullerSaid(view: View, memory: SpeakerMemory, ref: SpeakerRef): string | undefined {
  const t = view.tokens[ref.from];
  if (ref.to - ref.from !== 1 || t === undefined || t.kind !== 'word' || !DEFINITE_ARTICLES.has(keyAt(view, ref.from - 1))) return undefined;
  const prefix = `${t.key} `;
  for (let i = memory.said.length - 1; i >= 0; i--) {
    const s = memory.said[i];
    if (s === undefined || s.at >= ref.from) continue;
    if (t.sentence - (view.tokens[s.at]?.sentence ?? 0) > FULLER_REACH) return undefined;
    if (s.entityType === undefined && s.canonical.toLowerCase().startsWith(prefix)) return s.canonical;
  }
  return undefined;
}

/** A person who spoke in the sentence of `said`, before it; `said` itself when none did. */
function personSaidWith(view: View, memory: SpeakerMemory, said: SpeakerMemory['said'][number]): SpeakerMemory['said'][number] {
  const sentence = view.tokens[said.at]?.sentence;
  for (let i = memory.said.length - 1; i >= 0; i--) {
    const s = memory.said[i];
    if (s === undefined || s.at >= said.at) continue;
    if (view.tokens[s.at]?.sentence !== sentence) break;
    if (s.entityType === 'PERSON' && !s.plural) return s;
  }
  return said;
}

/** "selon lui", "d'après eux": stressed third-person pronouns. */
const STRESSED_PRONOUNS: ReadonlySet<string> = new Set(['lui', 'eux']);
/** Stressed pronouns of contrast after a subject: "Le joueur, lui, a répondu", "La ministre, elle, …". */
const CONTRAST_PRONOUNS: ReadonlySet<string> = new Set(['lui', 'elle', 'eux', 'elles']);

/** Most steps looked at before a name for its title ("le ministre taïwanais de la Défense, Wellington Koo"). */
const TITLE_WINDOW = 8;

/**
 * Is the person introduced with this title, just before the name or in
 * apposition after it? The title must have the anaphor's gender: "la
 * candidate" is not "le candidat X". Before the name, a bracketed group
 * ("Les Républicains (LR) de l'Oise") and each named entity count as one step.
 */
function titledWith(view: View, e: Entity, head: string): boolean {
  const first = tokenAt(view.doc, e.start);
  const sentence = view.tokens[first]?.sentence;
  let k = first - 1;
  for (let steps = 0; k >= 0 && steps < TITLE_WINDOW; steps++, k--) {
    const t = view.tokens[k];
    if (t === undefined || t.sentence !== sentence || t.kind === 'quote' || (t.key !== ',' && hardBoundary(view, k))) break;
    if (t.key === head) return true;
    if (t.key === ')') k = bracketOpening(view, k, first - TITLE_WINDOW * 2);
    const named = view.entityOf[k];
    // "Le président X a félicité Y": a title before another person is that person's.
    if (named !== undefined && named.type === 'PERSON') break;
    while (named !== undefined && view.entityOf[k - 1] === named) k--;
  }
  k = first;
  while (view.entityOf[k] === e) k++;
  if (keyAt(view, k) !== ',') return false;
  for (let n = k + 1; n <= k + 4; n++) {
    if (hardBoundary(view, n) || view.tokens[n]?.sentence !== sentence) break;
    if (keyAt(view, n) === head) return true;
  }
  return false;
}

/** The "(" that opens the bracket closed at `close`, searching back to `floor`; `close` itself when none. */
function bracketOpening(view: View, close: number, floor: number): number {
  for (let j = close - 1; j >= Math.max(0, floor); j--) {
    const k = keyAt(view, j);
    if (k === '(') return j;
    if (k === ')' || hardBoundary(view, j)) break;
  }
  return close;
}

/** Words after a name that make the person the winner of an election ("X a remporté", "X, largement élu"). */
const WIN_WINDOW = 4;

/** Most tokens inside a bracketed label after a name ("(Macif Santé Prévoyance)"). */
const MAX_LABEL = 8;


/** Is the person said to have won, right after the name ("X a remporté", "X largement élu", "X, élu dimanche")? */
/** Most tokens between a verb of judgement and the person it is about ("a condamné vendredi soir X"). */
const JUDGEMENT_WINDOW = 4;

/** Is the person `e` the object of a verb of judgement or charge just before it ("a condamné vendredi X")? */
function judgedPerson(view: View, e: Entity): boolean {
  const k = tokenAt(view.doc, e.start);
  const sentence = view.tokens[k]?.sentence;
  for (let n = k - 1; n >= 0 && k - n <= JUDGEMENT_WINDOW; n--) {
    const t = view.tokens[n];
    if (t === undefined || t.sentence !== sentence || t.kind === 'punct') return false;
    if (JUDGEMENT_VERB_FORMS.has(t.key) || JUDGEMENT_VERB_PREFIXES.some((p) => t.fold.startsWith(p))) return true;
  }
  return false;
}

function wonElection(view: View, e: Entity): boolean {
  let k = tokenAt(view.doc, e.start);
  while (view.entityOf[k] === e) k++;
  const sentence = view.tokens[k]?.sentence;
  // "Charlie Dalin (Macif Santé Prévoyance) a remporté", "X (PS) a été élu": the bracket after the name is its label.
  if (keyAt(view, k) === '(') {
    const close = closingBracket(view, k + 1, MAX_LABEL);
    if (close > 0) k = close + 1;
  }
  for (let n = k; n < k + WIN_WINDOW; n++) {
    const t = view.tokens[n];
    if (t === undefined || t.sentence !== sentence || t.kind === 'quote') break;
    if (ELECTION_WIN_WORDS.has(t.key)) return true;
  }
  return false;
}

/** Is the person introduced as a head of state: "le président sortant X", "le président X", "le chef de l'État X"? */
function headOfState(view: View, e: Entity): boolean {
  const first = tokenAt(view.doc, e.start);
  const sentence = view.tokens[first]?.sentence;
  for (let k = first - 1; k >= 0 && first - k <= TITLE_WINDOW; k--) {
    const t = view.tokens[k];
    if (t === undefined || t.sentence !== sentence || t.kind === 'quote' || (t.key !== ',' && hardBoundary(view, k))) break;
    if (t.fold === 'etat' && keyAt(view, k - 2) === 'chef') return true;
    if ((t.key === 'président' || t.key === 'présidente') && !PREPOSITIONS_DE.has(keyAt(view, k + 1))) return true;
  }
  return false;
}

/** Is the title the head of a government's: "le Premier ministre", "la cheffe du gouvernement"? */
function governmentTitle(view: View, ref: SpeakerRef): boolean {
  for (let i = ref.from; i < ref.to; i++) {
    const k = keyAt(view, i);
    if ((k === 'premier' || k === 'première') && keyAt(view, i + 1) === 'ministre') return true;
    if (GOVERNMENT_NOUNS.has(k) && i > ref.from) return true;
  }
  return false;
}

/** Nouns naming a government by its head: "le gouvernement de X", "le cabinet X". */
const GOVERNMENT_NOUNS: ReadonlySet<string> = new Set(['gouvernement', 'cabinet']);

/** Most words between a government noun and its head's name ("du gouvernement fédéral de Bart De Wever"). */
const GOVERNMENT_WINDOW = 4;

/** Is the person named as the head of a government: "le gouvernement (fédéral) de X", "le gouvernement X"? */
function leadsGovernment(view: View, e: Entity): boolean {
  if (atHeadOfGovernment(view, e)) return true;
  const first = tokenAt(view.doc, e.start);
  const sentence = view.tokens[first]?.sentence;
  for (let k = first - 1; k >= 0 && first - k <= GOVERNMENT_WINDOW; k--) {
    const t = view.tokens[k];
    if (t === undefined || t.sentence !== sentence || t.kind !== 'word' || view.entityOf[k] !== undefined) return false;
    if (GOVERNMENT_NOUNS.has(t.key)) return true;
    // Only "de" and lower-case adjectives stand between: "fédéral", "intérimaire".
    if (t.text !== t.key && !PREPOSITIONS_DE.has(t.key)) return false;
  }
  return false;
}

/** "a nommé Andrej Babiš à la tête du gouvernement": the person named right before "à la tête du gouvernement". */
function atHeadOfGovernment(view: View, e: Entity): boolean {
  let k = tokenAt(view.doc, e.start);
  while (view.entityOf[k] === e) k++;
  if (keyAt(view, k) !== 'à' || keyAt(view, k + 1) !== 'la' || keyAt(view, k + 2) !== 'tête') return false;
  // "du gouvernement", "de l'exécutif" is not listed; "de ce gouvernement" reads one word further.
  return (keyAt(view, k + 3) === 'du' && GOVERNMENT_NOUNS.has(keyAt(view, k + 4))) || (keyAt(view, k + 3) === 'de' && GOVERNMENT_NOUNS.has(keyAt(view, k + 5)));
}

/**
 * The last body before token `at` that `ok` accepts, anywhere earlier in the
 * document: a body named after a place ("le club bordelais") is named once,
 * in the lede, and the demonym makes it unambiguous.
 */
function placedBody(view: View, at: number, ok: (e: Entity) => boolean): Entity | undefined {
  const t = view.tokens[at];
  if (t === undefined) return undefined;
  const ents = view.entities;
  for (let i = entitiesBefore(ents, t.start) - 1; i >= 0; i--) {
    const e = ents[i];
    if (e !== undefined && ok(e)) return e;
  }
  return undefined;
}
/** Shortest place slug looked for in a name: "bordeaux", not the country code "ru". */
const MIN_PLACE_SLUG = 4;

/** Letters only, accents folded: "Union Bordeaux-Bègles" → "unionbordeauxbegles". */
const lettersOf = (text: string) => foldText(text).replace(/[^a-z]/gu, '');

/**
 * Does the organisation's name hold the place of a demonym ("bordelais",
 * id "city:FR:bordeaux" → "Union Bordeaux-Bègles") or the demonym itself
 * ("toulousain" → "Stade toulousain")?
 */
function namesPlaceOf(e: Entity, demonym: Entity): boolean {
  const name = lettersOf(`${e.text} ${e.canonical}`);
  const place = lettersOf(demonym.id?.slice(demonym.id.lastIndexOf(':') + 1) ?? '');
  const adjective = lettersOf(demonym.canonical);
  return (place.length >= MIN_PLACE_SLUG && name.includes(place)) || (adjective.length >= MIN_PLACE_SLUG && name.includes(adjective));
}

/** Masculine singular demonym of each country code ("MZ" → "mozambicain"), from the built-in demonyms. */
const COUNTRY_DEMONYMS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const d of parseEntries(DEMONYM_ENTRIES_JSON)) if (d.id?.startsWith('iso:') === true && !map.has(d.id.slice(4))) map.set(d.id.slice(4), d.canonical);
  return map;
})();

/** The country code of a place or demonym id: "iso:MZ", "city:MZ:maputo", "region:MZ:cabo-delgado" → "MZ". */
function countryOf(id: string | undefined): string | undefined {
  const parts = id?.split(':') ?? [];
  const code = parts[1];
  return (parts[0] === 'iso' || parts[0] === 'city' || parts[0] === 'region') && code !== undefined && /^[A-Z]{2}$/u.test(code) ? code : undefined;
}

/**
 * "Selon le gouvernement", no government named: the government of the
 * country the text is about so far — the country its places and demonyms
 * before token `at` name most often (the first one on a tie): "gouvernement
 * mozambicain" after "Maputo", "Mozambique", "Mozambicains".
 */
function nationalGovernment(view: View, at: number): string | undefined {
  const counts = new Map<string, number>();
  const count = (e: Entity | undefined) => {
    const code = e === undefined || (e.type !== 'LOCATION' && e.type !== 'NATIONALITY') ? undefined : countryOf(e.id);
    if (code !== undefined) counts.set(code, (counts.get(code) ?? 0) + 1);
  };
  for (let i = 0; i < at; i++) {
    if (view.entityOf[i] !== view.entityOf[i - 1]) count(view.entityOf[i]);
    if (view.nationalityOf[i] !== view.nationalityOf[i - 1]) count(view.nationalityOf[i]);
  }
  let best: string | undefined;
  for (const [code, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = code;
  const demonym = best === undefined ? undefined : COUNTRY_DEMONYMS.get(best);
  return demonym === undefined ? undefined : `gouvernement ${demonym}`;
}

/** Does the organisation's name hold the anaphor's head ("l'agence" → "Agence France-Presse")? */
function nameHolds(e: Entity, head: string): boolean {
  const words = `${e.text} ${e.canonical}`.toLowerCase().split(/[\s'’-]+/);
  return words.includes(head);
}

/** Most sentences looked back for a body that fits an anaphor once nearer ones failed ("selon l'agence"). */
const MAX_BODY_REACH = 12;
/** Most sentences looked back for an earlier anaphor with the same head: a story keeps "l'agence" for one body. */
const MAX_SAME_BODY_REACH = 30;

/** The organisation an earlier body anaphor with the same head was resolved to, within MAX_SAME_BODY_REACH sentences. */
function sameBodyAgain(view: View, memory: SpeakerMemory, at: number, head: string): string | undefined {
  const sentence = view.tokens[at]?.sentence ?? 0;
  for (let i = memory.said.length - 1; i >= 0; i--) {
    const s = memory.said[i];
    if (s === undefined || s.at >= at) continue;
    if (sentence - (view.tokens[s.at]?.sentence ?? 0) > MAX_SAME_BODY_REACH) return undefined;
    if (s.head === head && s.entityType === 'ORGANIZATION') return s.canonical;
  }
  return undefined;
}

/** Does the entity's name open with another body's head ("ministère de la Santé" for "l'agence")? */
function namedAsOtherBody(e: Entity, head: string): boolean {
  const first = e.text.split(/[\s'’]+/u)[0]?.toLowerCase() ?? '';
  return first !== head && ORGANIZATION_ANAPHOR_HEADS.has(first);
}

/**
 * Was the entity introduced by the head noun, right before its name or one word before it ("le groupe allemand
 * Kestner Verpackung", "la société X")? Then "le groupe", "la société" refer back to it.
 */
function introducedAs(view: View, e: Entity, head: string): boolean {
  const i = tokenAt(view.doc, e.start);
  return keyAt(view, i - 1) === head || (keyAt(view, i - 2) === head && view.tokens[i - 1]?.kind === 'word');
}

const isPerson = (e: Entity) => e.type === 'PERSON';
const isOrg = (e: Entity) => e.type === 'ORGANIZATION';
const isSpeakerEntity = (e: Entity) => e.type === 'PERSON' || e.type === 'ORGANIZATION';

/**
 * Resolve a speaker reference to a source: entity canonical and type when
 * the phrase names one or refers back to one, the phrase itself otherwise.
 */
export function resolveSpeaker(view: View, ref: SpeakerRef, memory: SpeakerMemory): Source | null {
  const src = spanSource(view, ref);
  if (src === null) return null;
  switch (ref.mode) {
    case 'np': {
      if (ref.canonical !== undefined) return sourceOf(src, ref.canonical);
      if (ref.entity !== undefined) {
        const e = ref.entity;
        return sourceOf(e, stateCanonical(e) ?? e.canonical, e.type);
      }
      return sourceOf(src, fullerSaid(view, memory, ref) ?? src.text);
    }
    case 'pronoun': {
      const found = pronounSource(view, ref, src, memory);
      // "Maëlle Guillou … Yannick Le Bihan … « … », a-t-elle déclaré": "elle" is a woman, "il" is not.
      const pronoun = keyAt(view, ref.from);
      if (found === null || found.entityType !== 'PERSON' || pronoun.endsWith('s')) return found;
      const feminine = pronoun.endsWith('elle');
      if (!feminine && !pronoun.endsWith('il')) return found;
      // Only a person of the other gender is passed over, for the nearest one of the pronoun's.
      const wanted = feminine ? 'f' : 'm';
      if (genderOf(view, found.canonical) !== (feminine ? 'm' : 'f')) return found;
      const other = lastEntity(view, ref.from, GENDER_REACH, (e) => isPerson(e) && genderOf(view, e.canonical) === wanted);
      if (other !== undefined) return withEntity(src, other);
      // "Le ministre X a été interpellé par une élue. « … », a-t-elle lancé": no named woman; the unnamed one.
      const unnamed = feminine ? unnamedWomanBefore(view, ref.from) : undefined;
      return unnamed === undefined ? found : sourceOf(src, unnamed);
    }
    case 'last-person': {
      // "l'intéressé", "ce dernier" name a man, "l'intéressée", "cette dernière" a woman: a person known to be of the
      // other gender is passed over ("Son avocate, Me X, … « … », a réagi l'intéressé" → the defendant).
      const word = keyAt(view, ref.to - 1);
      const wanted = word.endsWith('ière') || word.endsWith('ée') ? 'f' : word.endsWith('ier') || word.endsWith('é') ? 'm' : undefined;
      const other = wanted === 'f' ? 'm' : 'f';
      const fits = (e: Entity) => isPerson(e) && (wanted === undefined || genderOf(view, e.canonical) !== other);
      return withEntity(src, lastEntity(view, ref.from, 6, fits));
    }
    case 'ordinal':
      return withEntity(src, ordinalPerson(view, ref.from, ref.head === 'premier' || ref.head === 'première' ? 0 : 1));
    default:
      return resolveOther(view, ref, src, memory);
  }
}

/** Most sentences looked back for a person of the pronoun's gender. */
const GENDER_REACH = 8;

/**
 * The gender of a person by the first name of the canonical name or by a title before a mention ("Mme Karki",
 * "M. Guterres"): 'f', 'm', or undefined when nothing tells.
 */
function genderOf(view: View, canonical: string | undefined): 'f' | 'm' | undefined {
  if (canonical === undefined) return undefined;
  const first = canonical.split(/[\s]/u)[0] ?? '';
  if (FEMININE_FIRST_NAMES.has(first)) return 'f';
  if (FIRST_NAMES.has(first) && !UNISEX_FIRST_NAMES.has(first)) return 'm';
  for (const e of view.entities) {
    if (e.canonical !== canonical) continue;
    let before = tokenAt(view.doc, e.start) - 1;
    if (keyAt(view, before) === '.') before--;
    if (FEMININE_TITLES.has(keyAt(view, before))) return 'f';
    if (MASCULINE_TITLES.has(keyAt(view, before))) return 'm';
  }
  return undefined;
}

/** The source of a subject pronoun before any check of gender. */
function pronounSource(view: View, ref: SpeakerRef, src: Source, memory: SpeakerMemory): Source | null {
  const at = ref.from;
  const pronoun = keyAt(view, at);
  const plural = pronoun.endsWith('s') || pronoun === 'eux';
  if (!plural) {
    const here = lastEntity(view, at, 0, isPerson, true);
    // "X a reçu Y à la Maison Blanche, où il a annoncé …": the subject heading the sentence, not a person in the object.
    const head = here === undefined || atClauseHead(view, here) ? undefined : subjectPerson(view, at, 0);
    if (here !== undefined) return withEntity(src, head !== undefined && atClauseHead(view, head) ? head : here);
    // "La CORPIQ s'y oppose fermement : selon elle, …": a body heading the same sentence, when no person is named in it.
    const body = lastEntity(view, at, 0, isOrg, true);
    if (body !== undefined && atClauseHead(view, body) && view.quoteOf[tokenAt(view.doc, body.start)] === undefined) return withEntity(src, body);
  }
  const said = lastSaid(view, memory, at, 3, !plural);
  // A person written after the last speaker, in a later sentence, is the nearer antecedent;
  // of the persons of one sentence the first (its subject) is preferred.
  // Not a person named only in the object ("Le Néerlandais comptait 104 points de retard sur Piastri"): the speaker stays.
  const person = plural ? undefined : subjectPerson(view, at, 4);
  if (person !== undefined && (said === undefined || (sentenceOfEntity(view, person) > (view.tokens[said.at]?.sentence ?? -1) && !afterPreposition(view, person)))) {
    // "Le président a reçu Léon Marchand. « … », a-t-il déclaré": an unnamed title heading the sentence that names the
    // person only in its object is the subject the pronoun goes on with.
    const title = said === undefined ? unnamedTitleHeading(view, tokenAt(view.doc, person.start)) : undefined;
    return title === undefined ? withEntity(src, person) : sourceOf(src, title);
  }
  // "X, directeur de la SNCF, a jugé …, alors que l'entreprise a proposé …. « … », a-t-il ajouté": of the speakers
  // of one sentence a singular pronoun takes the person before the organisation.
  const speaker = said !== undefined && !plural && said.entityType === 'ORGANIZATION' ? personSaidWith(view, memory, said) : said;
  if (speaker !== undefined) return sourceOf(src, speaker.canonical, speaker.entityType);
  const e = plural ? lastEntity(view, at, 3, isSpeakerEntity) : (lastEntity(view, at, 4, isPerson) ?? lastEntity(view, at, 2, isOrg));
  // "Les syndicats ont été reçus. Ils ont jugé …": no named antecedent; the unnamed group heading the sentence before.
  const group = e === undefined && plural ? pluralGroupBefore(view, at) : undefined;
  return group === undefined ? withEntity(src, e) : sourceOf(src, group);
}

/**
 * The title noun ("président", "ministre") right after the singular definite article opening the sentence of the
 * person at token `at`, when a verb group follows the title at once ("Le président a reçu X", not "Le président
 * Macron a reçu …", "Le ministre de l'Intérieur X …", "Le président, X, …"); undefined otherwise.
 */
function unnamedTitleHeading(view: View, at: number): string | undefined {
  const from = sentenceStart(view, at);
  const det = keyAt(view, from);
  const noun = view.tokens[from + 1];
  if ((det !== 'le' && det !== 'la' && det !== "l'") || noun === undefined || !PERSON_ANAPHOR_HEADS.has(noun.key)) return undefined;
  return from + 2 < at && VERB_GROUP_STARTERS.has(keyAt(view, from + 2)) ? noun.text : undefined;
}

/** Determiners before an unnamed person's title: "une élue", "la députée", "cette avocate". */
const PERSON_DETERMINERS: ReadonlySet<string> = new Set(['une', 'la', "l'", 'cette']);

/** Is the title feminine by its form: the masculine title plus "e" ("élue", "avocate"), or "-rice", "-euse", "-ière", "-enne"? */
function feminineTitle(key: string): boolean {
  if (!PERSON_ANAPHOR_HEADS.has(key)) return false;
  return (key.endsWith('e') && PERSON_ANAPHOR_HEADS.has(key.slice(0, -1))) || /(?:rice|euse|ière|enne)$/u.test(key);
}

/**
 * The last feminine title with no name after it ("une élue", "la députée") in the pronoun's sentence or the one
 * before: the woman "elle" stands for when the only person named is a man.
 */
function unnamedWomanBefore(view: View, at: number): string | undefined {
  const sentence = view.tokens[at]?.sentence ?? 0;
  for (let i = at - 1; i > 0; i--) {
    const t = view.tokens[i];
    if (t === undefined || sentence - t.sentence > 1) return undefined;
    if (view.quoteOf[i] !== undefined) continue;
    if (feminineTitle(t.key) && PERSON_DETERMINERS.has(keyAt(view, i - 1)) && view.entityOf[i + 1] === undefined) return t.text;
  }
  return undefined;
}

/** Determiners of an unnamed plural group heading a sentence: "Les syndicats", "Des habitants", "Plusieurs témoins". */
const GROUP_DETERMINERS: ReadonlySet<string> = new Set(['les', 'des', 'ces', 'plusieurs']);
/** Most sentences looked back for the group a plural pronoun stands for. */
const GROUP_REACH = 1;

/**
 * The plural speaker noun ("syndicats", "pompiers") heading the pronoun's sentence or the one before, after a plural
 * determiner and before any name: the antecedent of "ils", "selon eux" when no entity is one.
 */
function pluralGroupBefore(view: View, at: number): string | undefined {
  const sentence = view.tokens[at]?.sentence ?? 0;
  for (let i = at - 1; i >= 0; i--) {
    const t = view.tokens[i];
    if (t === undefined || sentence - t.sentence > GROUP_REACH) return undefined;
    const previous = view.tokens[i - 1];
    if (previous !== undefined && previous.sentence === t.sentence) continue;
    // i opens a sentence: "Les pompiers …".
    const noun = view.tokens[i + 1];
    if (GROUP_DETERMINERS.has(t.key) && noun !== undefined && view.entityOf[i + 1] === undefined && /[sx]$/u.test(noun.key) && SPEAKER_NOUNS.has(noun.key)) {
      return noun.text;
    }
  }
  return undefined;
}

/** The source of the other reference modes (titles, bodies, relatives, earlier sources). */
function resolveOther(view: View, ref: SpeakerRef, src: Source, memory: SpeakerMemory): Source | null {
  switch (ref.mode) {
    case 'title': {
      const head = ref.head ?? '';
      // "le chef de l'État": the person introduced as "le président (sortant, russe …)", not "le président de l'institution".
      const state = head === 'chef' && view.tokens[ref.to - 1]?.fold === 'etat';
      // "le président élu", "la présidente élue": the person said to have won the election, not the outgoing one.
      // "a confié le vainqueur": the person said to have won ("X a remporté le sprint").
      const elect = ELECTED.has(keyAt(view, ref.to - 1)) || WINNER_HEADS.has(head) ? lastEntity(view, ref.from, 12, (e) => isPerson(e) && wonElection(view, e)) : undefined;
      // "le Premier ministre", "le chef du gouvernement": also the person whose government was named ("le gouvernement de X").
      const government = governmentTitle(view, ref);
      // "l'accusé", "le prévenu": the person the court tried ("la cour a condamné vendredi X"), not the last one named.
      const defendant = elect === undefined && DEFENDANT_HEADS.has(head) ? lastEntity(view, ref.from, 12, (e) => isPerson(e) && judgedPerson(view, e)) : undefined;
      const titled = elect ?? defendant ?? lastEntity(view, ref.from, 6, (e) => isPerson(e) && (state ? headOfState(view, e) : titledWith(view, e, head) || (government && leadsGovernment(view, e))));
      // "Le joueur, lui, a répondu": the stressed pronoun sets the speaker against the one just named.
      const contrast = keyAt(view, ref.to) === ',' && CONTRAST_PRONOUNS.has(keyAt(view, ref.to + 1));
      const subject = contrast || ref.possessive === true ? undefined : subjectPerson(view, ref.from, 2);
      // "la députée X … « … », a rétorqué le ministre": a person named under another office is not the one meant.
      const e = titled ?? (subject !== undefined && holdsOtherOffice(view, subject, head) ? undefined : subject);
      return e === undefined ? sourceOf(src, src.text) : withEntity(src, e);
    }
    case 'body': {
      const head = ref.head ?? '';
      const subtypes = ORGANIZATION_ANAPHOR_HEADS.get(head) ?? [];
      const fits = (e: Entity) => isOrg(e) && ((e.subtype !== undefined && subtypes.includes(e.subtype)) || nameHolds(e, head) || introducedAs(view, e, head));
      // "le club bordelais": of the bodies that fit, the one whose name holds the demonym's place ("Union Bordeaux-Bègles").
      const demonym = view.nationalityOf[ref.to - 1];
      const placed = demonym === undefined ? undefined : placedBody(view, ref.from, (x) => fits(x) && namesPlaceOf(x, demonym));
      // Any organisation of no known kind named just before, unless its name says it is another kind of body ("le
      // ministère de la Santé" is no "agence"); then the body an earlier "l'agence" was, or one that fits further back.
      const untyped = (x: Entity) => isOrg(x) && x.subtype === undefined && !namedAsOtherBody(x, head);
      // "L'agence a dénombré …" resolved to Santé publique France: "selon l'agence", later, is the same body, though
      // another agency was named in between (a story keeps one referent for "l'agence").
      const again = placed === undefined ? sameBodyAgain(view, memory, ref.from, head) : undefined;
      if (again !== undefined) return sourceOf(src, again, 'ORGANIZATION');
      const e = placed ?? lastEntity(view, ref.from, 4, fits) ?? (STRICT_BODY_HEADS.has(head) ? undefined : lastEntity(view, ref.from, 2, untyped));
      if (e !== undefined) return withEntity(src, e);
      const far = lastEntity(view, ref.from, MAX_BODY_REACH, fits);
      if (far !== undefined) return withEntity(src, far);
      return sourceOf(src, fullerSaid(view, memory, ref) ?? (head === 'gouvernement' && ref.to - ref.from === 1 ? nationalGovernment(view, ref.from) : undefined) ?? src.text);
    }
    case 'last-source': {
      // "selon le texte": a document was issued before this sentence; "la même source" may be its last speaker.
      const document = ref.head !== undefined && ref.head !== 'source' && ref.head !== 'sources';
      const said = lastSaid(view, memory, ref.from, 8, false, document);
      if (said !== undefined) return sourceOf(src, said.canonical, said.entityType);
      // "Des salariés ont témoigné. « … », dénonce l'un d'eux": one of the unnamed group heading the sentence before.
      const group = partitivePronoun(view, ref.from, ref.to) ? pluralGroupBefore(view, ref.from) : undefined;
      if (group !== undefined) return sourceOf(src, group);
      const e = lastEntity(view, ref.from, 4, isOrg);
      return e === undefined ? sourceOf(src, src.text) : withEntity(src, e);
    }
    case 'relative': {
      const ante = ref.antecedent === undefined ? null : resolveSpeaker(view, ref.antecedent, memory);
      if (ante === null) return src;
      return sourceOf(src, ante.canonical, ante.entityType);
    }
    default:
      return src;
  }
}

/**
 * Offices one person does not hold at once, by title (both genders): a "ministre" is not "la députée X", an "avocat"
 * not "le procureur X". Titles of one office ("juge", "magistrate") are left out: they may name the same person.
 */
const OFFICES: ReadonlyMap<string, string> = new Map([
  ['ministre', 'minister'], ['député', 'mp'], ['députée', 'mp'], ['sénateur', 'senator'], ['sénatrice', 'senator'],
  ['maire', 'mayor'], ['avocat', 'lawyer'], ['avocate', 'lawyer'], ['procureur', 'prosecutor'], ['procureure', 'prosecutor'],
  ['préfet', 'prefect'], ['préfète', 'prefect'],
]);

/** Is the person named right after or right before (", député de …") a title of another office than `head`'s? */
function holdsOtherOffice(view: View, e: Entity, head: string): boolean {
  const office = OFFICES.get(head);
  if (office === undefined) return false;
  const first = tokenAt(view.doc, e.start);
  let after = first;
  while (view.entityOf[after] === e) after++;
  const titles = [keyAt(view, first - 1), keyAt(view, after) === ',' ? keyAt(view, after + 1) : ''];
  return titles.some((t) => OFFICES.has(t) && OFFICES.get(t) !== office);
}

/** "ex-ministre" → "ministre", "ex-chef" → "chef": a former holder is referred back to by the title itself. */
function formerTitle(key: string): string {
  return key.startsWith('ex-') && PERSON_ANAPHOR_HEADS.has(key.slice(3)) ? key.slice(3) : key;
}

/** Character span of the pronoun inside a clitic token ("il" of "-t-il"). */
export function cliticSpeaker(view: View, clitic: number): SpeakerRef | null {
  const t = view.tokens[clitic];
  if (t === undefined) return null;
  const dash = t.text.lastIndexOf('-');
  const pronoun = t.key.slice(dash + 1);
  if (!SUBJECT_PRONOUNS.has(pronoun) || pronoun === 'on') return null;
  return { mode: 'pronoun', from: clitic, to: clitic + 1, start: t.start + dash + 1, end: t.end, plausible: true };
}

/**
 * May this phrase be the speaker of a cue? Names, speaker nouns and
 * pronouns always; any other short phrase only with a strong cue ("le
 * chancelier a déclaré que"), never a long one ("les récentes activités
 * d'essais … suggèrent que").
 */
export function acceptableSpeaker(ref: SpeakerRef, weakCue: boolean): boolean {
  if (ref.mode === 'relative') return ref.antecedent !== undefined && acceptableSpeaker(ref.antecedent, weakCue);
  if (ref.plausible) return true;
  return !weakCue && ref.to - ref.from <= 3;
}
