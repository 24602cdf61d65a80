/**
 * "selon X, P", "P, selon X", "d'après X, P", "ce qui, selon X, pourrait
 * …", "selon lui, P", and at the start of a sentence "Pour l'analyste X,
 * P" (a person, an organisation or a speaker noun only: "Pour 2024, …" and
 * "Pour la Russie, …" are not reports). Not an attribution: "selon
 * laquelle", "selon que", "selon moi", "selon les cas".
 */
import { AUXILIARY_FORMS } from '../../lexicon/generated/reporting-verbs.js';
import { appendedQuote, contentAfter, contentBefore, quoteInner, trimRange, type TokenRange } from '../content.js';
import {
  CLAUSE_BREAKS,
  COMPLEMENTISERS,
  COORDINATORS,
  DEFINITE_ARTICLES,
  DEMONSTRATIVE_DETERMINERS,
  FINAL_PUNCT,
  NON_SPEAKER_AFTER_SELON,
  NON_VERB_OPENERS,
  NUMBER_WORDS,
  STATEMENT_DETERMINERS,
  NOT_AFTER_SELON,
  ORGANIZATION_ANAPHOR_HEADS,
  PERSON_ANAPHOR_HEADS,
  PLURAL_DETERMINERS,
  PREPOSITIONAL_PARTICIPLES,
  SOURCE_QUALIFIERS,
  ON_PLACE_PREPOSITIONS,
  NP_DETERMINERS,
  PREPOSITIONS_DE,
  SPEAKER_NOUNS,
  VARIATION_STEMS,
  VERB_GROUP_STARTERS,
  SENTENCE_CONNECTIVES,
  RESUMING_ADVERBS,
  READER_PARTICIPLES,
} from '../data.js';
import type { AttributionRule, Found } from '../found.js';
import { isParticiple, leftSubject, ordinalFirst, rightSubject, situationAt, speakerFromRange, type SpeakerRef } from '../speakers.js';
import { closingBracket, keyAt, sentenceEnd, sentenceStart, type View } from '../view.js';
import { defineTrigger } from '../triggers.js';
import { isCapitalized } from '../../text/normalize.js';

/** The words `marker` can start with: one bit rules out every other token. */
const MARKER_WORD = defineTrigger((w) => w.key === 'selon' || w.key === "d'" || w.key === 'pour' || w.key === 'de' || w.key === 'auprès' || ON_PLACE_PREPOSITIONS.has(w.key));

/** Most words before "selon" that still read as an introduction ("En échange, selon X, P"). */
const MAX_LEAD = 3;

/** The head word after the determiners following "selon" ("selon les cas" → "cas"). */
function headAfter(view: View, i: number): string {
  let j = i;
  while (['le', 'la', 'les', "l'", 'un', 'une', 'des'].includes(keyAt(view, j))) j++;
  return keyAt(view, j);
}

/** A marker's token span and lemma; `sourceAt` where its source starts when words stand between ("selon ce qu'a dit X"). */
interface Marker {
  readonly from: number;
  readonly to: number;
  readonly lemma: string;
  readonly sourceAt?: number;
}

/**
 * "selon ce qu'a indiqué X", "selon ce que rapporte X": the verb of the relative tells how X said it, as "selon un
 * communiqué de X" tells in what; X, after it, is the source. The token after the verb, or -1.
 */
function relativeSaying(view: View, i: number): number {
  if (keyAt(view, i) !== 'ce' || !COMPLEMENTISERS.has(keyAt(view, i + 1))) return -1;
  const cue = view.cueAt.get(i + 2);
  return cue !== undefined && cue.finite && !cue.participial && cue.clitic < 0 ? cue.to : -1;
}

/** "De l'aveu de X", "de l'aveu même de X": X's own admission. Token after the "de" before X, or -1. */
function admissionEnd(view: View, i: number): number {
  if (keyAt(view, i + 1) !== "l'" || keyAt(view, i + 2) !== 'aveu') return -1;
  const j = keyAt(view, i + 3) === 'même' ? i + 4 : i + 3;
  return PREPOSITIONS_DE.has(keyAt(view, j)) ? j + 1 : -1;
}

/** Token span of the marker: "selon" or "d'" + "après". */
function marker(view: View, i: number): Marker | null {
  const k = keyAt(view, i);
  if (k === 'selon') {
    const source = relativeSaying(view, i + 1);
    return source < 0 ? { from: i, to: i + 1, lemma: 'selon' } : { from: i, to: i + 1, lemma: 'selon', sourceAt: source };
  }
  // "De l'aveu même du ministre, P", "P, de l'aveu de ses proches": at the start of a clause or after a comma.
  if (k === 'de' && admissionEnd(view, i) >= 0 && (i === sentenceStart(view, i) || keyAt(view, i - 1) === ',')) {
    return { from: i, to: admissionEnd(view, i), lemma: "de l'aveu de" };
  }
  if (k === "d'" && keyAt(view, i + 1) === 'après') {
    const source = relativeSaying(view, i + 2);
    return source < 0 ? { from: i, to: i + 2, lemma: "d'après" } : { from: i, to: i + 2, lemma: "d'après", sourceAt: source };
  }
  // "Pour X, P", "Mais pour X, P", "Et pour X, P": at the start of the sentence, after a coordinator at most.
  if (k === 'pour' && (i === sentenceStart(view, i) || (i - 1 === sentenceStart(view, i) && LEADING_COORDINATORS.has(keyAt(view, i - 1))))) {
    return { from: i, to: i + 1, lemma: 'pour' };
  }
  // "À en croire le président, P", "P, à en croire ses proches".
  if (k === 'à' && keyAt(view, i + 1) === 'en' && keyAt(view, i + 2) === 'croire') return { from: i, to: i + 3, lemma: 'à en croire' };
  // "À l'en croire, P", "À les en croire, P": the clitic refers to the one spoken of before.
  if (k === 'à' && CROIRE_CLITICS.has(keyAt(view, i + 1)) && keyAt(view, i + 2) === 'en' && keyAt(view, i + 3) === 'croire') {
    return { from: i, to: i + 4, lemma: 'à en croire' };
  }
  // "Aux dires des riverains, P", "P, aux dires de ses proches": the words of X, like "à en croire X".
  if (k === 'aux' && keyAt(view, i + 1) === 'dires' && PREPOSITIONS_DE.has(keyAt(view, i + 2)) && (i === sentenceStart(view, i) || keyAt(view, i - 1) === ',')) {
    return { from: i, to: i + 3, lemma: 'aux dires de' };
  }
  // "Aux yeux de l'opposition, P": at the start of the sentence only ("perdre la face aux yeux du monde").
  if (k === 'aux' && keyAt(view, i + 1) === 'yeux' && PREPOSITIONS_DE.has(keyAt(view, i + 2)) && i === sentenceStart(view, i)) {
    return { from: i, to: i + 3, lemma: 'aux yeux de' };
  }
  // "P, a-t-on appris mardi auprès du parquet": whom an impersonal incise learnt from speaks.
  if (k === 'auprès' && PREPOSITIONS_DE.has(keyAt(view, i + 1)) && onInciseStart(view, i) >= 0) {
    return { from: i, to: i + 2, lemma: 'auprès de' };
  }
  // "P, indique-t-on à l'Élysée", "estime-t-on au Quai d'Orsay", "confie-t-on dans l'entourage du ministre": the
  // place or circle where an impersonal speech verb ("-t-on") was heard speaks.
  if (ON_PLACE_PREPOSITIONS.has(k) && onSpeechVerbBefore(view, i)) return { from: i, to: i + 1, lemma: k };
  // "de source diplomatique", "de sources proches du dossier": the source noun phrase speaks.
  const noun = keyAt(view, i + 1);
  if (k === 'de' && (noun === 'source' || noun === 'sources') && SOURCE_QUALIFIERS.has(keyAt(view, i + 2))) return { from: i, to: i + 1, lemma: 'de source' };
  // "P, de même source.": the source quoted last.
  if (k === 'de' && noun === 'même' && keyAt(view, i + 2) === 'source' && keyAt(view, i - 1) === ',') return { from: i, to: i + 1, lemma: 'de source' };
  return null;
}

/** Object clitics of "À l'en croire", "À les en croire". */
const CROIRE_CLITICS: ReadonlySet<string> = new Set(["l'", 'les']);

/**
 * "À l'en croire, P" opening its sentence, "P, à l'en croire." closing it: the clitic is the speaker, resolved like a
 * subject pronoun to the one spoken of before. Null when the marker stands elsewhere.
 */
function cliticBelief(view: View, m: { from: number; to: number; lemma: string }): Found | null {
  const speaker: SpeakerRef = { mode: 'pronoun', from: m.from + 1, to: m.from + 2, plausible: true };
  const cue = m;
  if (m.from === clauseStart(view, m.from) && keyAt(view, m.to) === ',') {
    const content = contentAfter(view, m.to + 1, 'clause', false, false);
    return content === null ? null : { rule: 'according-to', kind: 'according-to', content, cue, speaker };
  }
  if (keyAt(view, m.from - 1) === ',' && closesSentence(view, m.to)) {
    const content = contentBefore(view, m.from - 1);
    return content === null ? null : { rule: 'according-to', kind: 'according-to', content, cue, speaker };
  }
  return null;
}

/** Does the sentence end at token `i`, or only a relative on the source follow ("auprès du parquet, qui a …")? */
function closesSentence(view: View, i: number): boolean {
  const k = keyAt(view, i);
  return i >= sentenceEnd(view, i - 1) || FINAL_PUNCT.has(k) || (k === ',' && RELATIVES.has(keyAt(view, i + 1)));
}

/** Does an inverted "-t-on" right after a cue stand before token `i` ("explique-t-on" + "à l'Élysée")? */
function onSpeechVerbBefore(view: View, i: number): boolean {
  // "« P », peut-on lire dans le communiqué", "lit-on dans un rapport": where it was read speaks.
  if (keyAt(view, i - 1) === 'lire' && ON_CLITICS.has(keyAt(view, i - 2)) && MODALS_OF_READING.has(keyAt(view, i - 3))) return keyAt(view, i - 4) === ',';
  if (ON_CLITICS.has(keyAt(view, i - 1)) && FORMS_OF_READING.has(keyAt(view, i - 2))) return keyAt(view, i - 3) === ',';
  const clitic = keyAt(view, i - 1);
  if (clitic !== '-t-on' && clitic !== '-on') return false;
  const cue = view.cueAt.get(i - 2);
  return cue !== undefined && cue.clitic === i - 1 && keyAt(view, cue.from - 1) === ',';
}

/** The impersonal clitic after a verb: "lit-on", "peut-on". */
const ON_CLITICS: ReadonlySet<string> = new Set(['-on', '-t-on']);
/** "peut-on lire", "pouvait-on lire". */
const MODALS_OF_READING: ReadonlySet<string> = new Set(['peut', 'pouvait', 'pourra']);
/** "lit-on", "lisait-on". */
const FORMS_OF_READING: ReadonlySet<string> = new Set(['lit', 'lisait']);

/** The "(" left open between `floor` and `to` ("…, selon la police (3000 selon …"), at most MAX_CLAUSE_LEAD back, or -1. */
function openBracket(view: View, floor: number, to: number): number {
  let depth = 0;
  for (let i = to - 1; i >= floor && to - i <= MAX_CLAUSE_LEAD; i--) {
    const k = keyAt(view, i);
    if (k === ')') depth++;
    else if (k === '(') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** Most tokens of a source before the closing bracket ("les organisateurs)"). */
const MAX_BRACKETED = 10;


/** Coordinators that may open a sentence before "Pour X, P": "Mais pour X, P". */
const LEADING_COORDINATORS: ReadonlySet<string> = new Set(['mais', 'et', 'or']);

/** Most tokens looked back for a colon or a semicolon before the marker. */
const MAX_CLAUSE_LEAD = 40;

/** First token of the clause holding token `i`: after a colon, a semicolon or a dash of its sentence ("Une décision impopulaire : d'après X, P"). */
function clauseStart(view: View, i: number): number {
  const floor = sentenceStart(view, i);
  for (let k = i - 1; k >= floor && i - k <= MAX_CLAUSE_LEAD; k--) {
    if (view.quoteOf[k] === undefined && CLAUSE_BREAKS.has(keyAt(view, k))) return k + 1;
  }
  return floor;
}

/** Words between the previous comma (or the sentence start) and the comma before "selon": "En échange" → 2, "ce qui" → 2. */
function leadSince(view: View, comma: number, floor: number): number {
  let i = comma - 1;
  while (i >= floor && keyAt(view, i) !== ',' && view.tokens[i]?.kind !== 'quote') i--;
  return comma - 1 - i;
}

/** Most tokens of a subject standing before "selon X" when its verb group resumes after it ("La réforme des retraites"). */
const MAX_RESUMED_SUBJECT = 8;
/** Indefinite determiners that may open such a subject ("Un suspect, selon la police, s'est rendu"). */
const INDEFINITE_DETERMINERS: ReadonlySet<string> = new Set(['un', 'une', 'des']);

/**
 * "Le bilan, selon les secours, s'élève à quinze morts": is `floor..comma` a subject noun phrase without a verb, and
 * does the word at `after` (past "selon X,") open its verb group rather than a clause of its own ("En Flandre, selon
 * X, la coalition …", "Lundi, selon la police, trois personnes …")?
 */
function resumedSubject(view: View, floor: number, comma: number, after: number): boolean {
  // "Le suspect aurait, selon la police, reconnu les faits": the incise splits the verb group after its auxiliary;
  // the subject ends before the auxiliary and the clause resumes with the participle.
  if (AUXILIARY_FORMS.has(keyAt(view, comma - 1)) && isParticiple(keyAt(view, after))) return resumedSubject(view, floor, comma - 1, after);
  if (comma - floor < 2 || comma - floor > MAX_RESUMED_SUBJECT) return false;
  const det = keyAt(view, floor);
  if (!STATEMENT_DETERMINERS.has(det) && !INDEFINITE_DETERMINERS.has(det)) return false;
  for (let j = floor; j < comma; j++) {
    const t = view.tokens[j];
    if (t === undefined || t.kind === 'punct' || t.kind === 'quote' || view.inDate[j] === 1) return false;
  }
  if (hasVerb(view, floor, comma)) return false;
  const v = view.tokens[after];
  if (v === undefined || (v.kind !== 'word' && v.kind !== 'elision') || isCapitalized(v.text) || view.entityOf[after] !== undefined) return false;
  return !NON_VERB_OPENERS.has(v.key) && !NUMBER_WORDS.has(v.key) && !SUBJECT_QUANTIFIERS.has(v.key);
}

/** Words that open a subject of its own after the incise: "…, selon X, plusieurs maisons …", "…, près de 300 …". */
const SUBJECT_QUANTIFIERS: ReadonlySet<string> = new Set([
  'plusieurs', 'certains', 'certaines', 'aucun', 'aucune', 'chaque', 'quelques', 'quelque', 'nombre', 'beaucoup', 'près',
  'environ', 'moins', 'nul', 'nulle', 'personne', 'rien', 'tel', 'telle', 'divers', 'différents', 'différentes', 'nos', 'vos',
]);

const RELATIVES: ReadonlySet<string> = new Set(['qui', 'dont', 'lequel', 'laquelle']);
/** Most tokens of a relative incise after the speaker ("qui a requis l'anonymat"). */
const MAX_RELATIVE = 15;

/** The comma that closes an incise starting at `from`, in the same sentence and outside quotes, or -1. */
function nextComma(view: View, from: number): number {
  const end = Math.min(sentenceEnd(view, from), from + MAX_RELATIVE);
  for (let i = from; i < end; i++) {
    if (view.quoteOf[i] !== undefined) return -1;
    if (keyAt(view, i) === ',') return i;
  }
  return -1;
}

/** Most tokens of an impersonal incise before "de source": ", a-t-on appris jeudi". */
const MAX_ON_INCISE = 6;

/** The comma that opens an incise with "on" right before token `to` (", a-t-on appris jeudi"), or -1. */
function onInciseStart(view: View, to: number): number {
  let withOn = false;
  for (let i = to - 1; i >= 0 && to - i <= MAX_ON_INCISE; i--) {
    const k = keyAt(view, i);
    if (k === ',') return withOn ? i : -1;
    if (k === 'on' || k.endsWith('-on')) withOn = true;
  }
  return -1;
}

/** Words that open an affiliation after the speaker: "X, de l'Institut …", "X, chez Bruegel". */
const AFFILIATIONS: ReadonlySet<string> = new Set(['de', 'du', "d'", 'des', 'chez']);

/**
 * An affiliation opens at `i`: "de l'Institut …", "du CNRS", "chez Reuters" —
 * the preposition, an article, then a name. "des élections anticipées …" is
 * the clause itself (a partitive article before a common noun).
 */
function affiliationAt(view: View, i: number): boolean {
  if (!AFFILIATIONS.has(keyAt(view, i))) return false;
  let j = i + 1;
  const k = keyAt(view, j);
  if (k === "l'" || k === 'la' || k === 'le' || k === 'les') j++;
  const t = view.tokens[j];
  if (t === undefined || t.kind !== 'word') return false;
  // "de l'université Antonio Ruiz de Montoya", "de l'université nationale Kyung Hee": a lower-case head (and adjective) before a name.
  const named = (k: number): boolean => view.entityOf[k] !== undefined || (view.tokens[k]?.kind === 'word' && isCapitalized(view.tokens[k]?.text ?? ''));
  return named(j) || named(j + 1) || (view.tokens[j + 1]?.kind === 'word' && named(j + 2));
}

/** Endings of role nouns ("médiatrice", "analyste", "historien", "fonctionnaire"). */
const ROLE_ENDINGS: readonly string[] = ['teur', 'trice', 'iste', 'ien', 'ienne', 'logue', 'aire', 'graphe', 'nome'];

/** Is `key` a noun naming a role or a body ("chercheur", "médiatrice", "institution")? */
function roleNoun(key: string): boolean {
  return SPEAKER_NOUNS.has(key) || PERSON_ANAPHOR_HEADS.has(key) || ORGANIZATION_ANAPHOR_HEADS.has(key) || (key.length > 5 && ROLE_ENDINGS.some((e) => key.endsWith(e)));
}

/** Does a finite verb group or a cue stand in `from..to` (outside quotations)? */
function hasVerb(view: View, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    if (view.quoteOf[j] !== undefined) continue;
    const k = keyAt(view, j);
    if (VERB_GROUP_STARTERS.has(k) || view.cueAt.has(j) || COMPLEMENTISERS.has(k) || RELATIVES.has(k)) return true;
  }
  return false;
}

/** Does a quotation open in `from..to`? */
function hasQuote(view: View, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (view.quoteByOpen.has(j)) return true;
  return false;
}

/** The subject found after a marker, its end moved past the rest of an entity its last word opens. */
function throughEntity<T extends { end: number; speaker: SpeakerRef }>(view: View, found: T): T {
  const e = view.entityOf[found.end - 1];
  if (e === undefined || view.entityOf[found.end] !== e) return found;
  let end = found.end;
  while (view.entityOf[end] === e) end++;
  const to = Math.max(found.speaker.to, end);
  // "… des statistiques (DREES)": its acronym in brackets with it.
  if (keyAt(view, end) === '(' && keyAt(view, end + 2) === ')' && view.entityOf[end + 1] !== undefined) end += 3;
  return { ...found, end, speaker: { ...found.speaker, to } };
}

/** Most tokens of a past participle's phrase after a source, from the participle to its closing comma ("consulté par Reuters"). */
const MAX_PARTICIPLE_PHRASE = 6;

/**
 * "Selon l'Union africaine, médiatrice des pourparlers, P", "Pour Jean X,
 * chercheur à l'Inrae, P", "Selon X, l'institution chargée de …, P": an
 * apposition to the source at `at` — a role noun, bare or after an
 * article, and no verb — closed by a comma before a clause with a verb.
 * Index of the closing comma, or -1.
 */
function sourceAppositionEnd(view: View, at: number): number {
  const article = DEFINITE_ARTICLES.has(keyAt(view, at)) || keyAt(view, at) === 'un' || keyAt(view, at) === 'une';
  const head = view.tokens[article ? at + 1 : at];
  if (head === undefined || head.kind !== 'word' || head.text !== head.key || view.entityOf[at] !== undefined) return -1;
  // "Selon l'institut Ifo, basé à Munich, P", "Selon X, interrogé par l'AFP, P": a participle and its preposition open it too.
  // "Selon les résultats du CNE, portant sur 88,6 % des procès-verbaux, P": a present participle the same way.
  const participle = isParticiple(head.key) || presentParticiple(head.key);
  // "Selon les estimations de l'Otan, publiées fin août, P": a date after the participle as well as a preposition.
  const complemented = PARTICIPLE_PREPOSITIONS.has(keyAt(view, at + 1)) || view.inDate[at + 1] === 1;
  if (!roleNoun(head.key) && (article || !participle || !complemented)) return -1;
  // The apposition may hold commas of its own ("de l'agriculture, de l'alimentation et de l'environnement"):
  // it closes at the first comma followed by a segment with a verb or a quotation.
  const end = Math.min(sentenceEnd(view, at), at + MAX_SOURCE_APPOSITION);
  let segment = at;
  for (let j = at; j < end; j++) {
    if (view.quoteOf[j] !== undefined) return -1;
    if (keyAt(view, j) !== ',') continue;
    // The participle heading the apposition is no verb of a clause, even a reporting one ("tablant sur des données").
    if (hasVerb(view, segment === at && participle ? at + 1 : segment, j)) return -1;
    // A present participle's phrase holds no comma of its own: it closes at the first one; so does a short past
    // participle's ("Selon le rapport, consulté par Reuters, P": no verb need be recognised in P).
    if (segment === at && !roleNoun(head.key) && presentParticiple(head.key)) return j;
    if (segment === at && !roleNoun(head.key) && participle && j - at <= MAX_PARTICIPLE_PHRASE) return j;
    let next = j + 1;
    while (next < sentenceEnd(view, j) && keyAt(view, next) !== ',') next++;
    // "…, « le dialogue reste possible »", "…, la junte « joue sa crédibilité »": a quotation holds the clause's verb.
    if (view.quoteByOpen.has(j + 1) || hasVerb(view, j + 1, next) || hasQuote(view, j + 1, next)) return j;
    // "Pour X, chercheur à l'Institut …, ces manœuvres, les troisièmes en un an, sont …": a demonstrative opens the
    // clause's subject, never another apposition to the source.
    if (DEMONSTRATIVE_DETERMINERS.has(keyAt(view, j + 1))) return j;
    // "Selon X, commandant en chef des forces, le front tient.": the last comma of the sentence before a clause that
    // opens with a determiner, whatever verb it has.
    // Only a bare role noun's apposition ("commandant en chef"), never a phrase with its article ("les banques …").
    if (!article && segment === at && next >= sentenceEnd(view, j) && next - j > 3 && NP_DETERMINERS.has(keyAt(view, j + 1))) return j;
    segment = j + 1;
  }
  return -1;
}

/** Shortest present participle read in an apposition ("portant", "datant"; not "avant"). */
const MIN_PRESENT_PARTICIPLE = 6;

/** Does the word end like a present participle ("portant", "couvrant") and is no preposition ("pendant", "suivant")? */
function presentParticiple(key: string): boolean {
  return key.length >= MIN_PRESENT_PARTICIPLE && key.endsWith('ant') && !PREPOSITIONAL_PARTICIPLES.has(key);
}

/** Prepositions after a participle in apposition to a source ("basé à", "interrogé par", "spécialisé dans"). */
const PARTICIPLE_PREPOSITIONS: ReadonlySet<string> = new Set(['à', 'au', 'aux', 'par', 'en', 'dans', 'sur', 'pour', 'depuis', 'avec', 'de', 'du', 'des', "d'"]);

/** Most tokens of an apposition to a source ("chercheur à l'Institut national de recherche pour …"). */
const MAX_SOURCE_APPOSITION = 30;

/** After "Pour" only a person, an organisation or a speaker noun reports ("Pour l'analyste X", "Pour le Kremlin"). */
function speaksFor(view: View, speaker: SpeakerRef): boolean {
  const type = speaker.entity?.type;
  if (type === 'PERSON' || type === 'ORGANIZATION') return true;
  if (speaker.mode === 'pronoun' || speaker.mode === 'title') return true;
  return speaker.entity === undefined && SPEAKER_NOUNS.has(keyAt(view, speaker.from)) && !ordinalFirst(view, speaker.from);
}

/** Organisations that "Pour X, P" is mostly about rather than from: clubs and firms (entity subtypes). */
const CONCERNED_SUBTYPES: ReadonlySet<string> = new Set(['sport', 'company']);

/** Is the source after "Pour" a club or a firm, whose interest the clause states unless it quotes it? */
function concernedBody(speaker: SpeakerRef): boolean {
  const e = speaker.entity;
  return e !== undefined && e.type === 'ORGANIZATION' && e.subtype !== undefined && CONCERNED_SUBTYPES.has(e.subtype);
}

/** Most tokens of a modifier after the source ("publiée en juin par le quotidien danois X"). */
const MAX_MODIFIER = 12;

/**
 * "une enquête de X publiée en juin", "un sondage réalisé par X", "un
 * diplomate en poste à Ankara": a participle (or "en poste", "au fait de") after the
 * source, running to a comma with no quotation, cue or clause word. The
 * comma's index, or -1.
 */
function modifierEnd(view: View, at: number): number {
  const t = view.tokens[at];
  if (t === undefined || t.kind !== 'word' || view.entityOf[at] !== undefined) return -1;
  // The noun phrase may end on the participle itself ("un sondage publié | en janvier").
  if (!(isParticiple(t.key) || isParticiple(keyAt(view, at - 1)) || situationAt(view, at))) return -1;
  const end = sentenceEnd(view, at);
  // "en poste": a noun, not the verb "poster". A name ("le Haut-Commissariat des Nations unies pour les réfugiés")
  // and a bracketed acronym count as one word each.
  let steps = 0;
  for (let j = situationAt(view, at) ? at + 2 : at + 1; j < end && steps < MAX_MODIFIER; j++) {
    const k = keyAt(view, j);
    const named = view.entityOf[j];
    const continued = named !== undefined && named === view.entityOf[j - 1];
    if (!continued && k !== '(' && k !== ')') steps++;
    if (k === ',') return j;
    if (view.quoteOf[j] !== undefined || view.cueAt.has(j) || RELATIVES.has(k) || k === 'que' || k === "qu'" || CLAUSE_BREAKS.has(k)) return -1;
  }
  return -1;
}

/** The author after "par" in a modifier ("publié en janvier par le quotidien X"), or null. */
function authorIn(view: View, from: number, to: number): SpeakerRef | null {
  for (let j = from; j < to; j++) {
    // "selon un rapport confidentiel consulté mercredi par Reuters": who read or obtained a document did not write it.
    if (READER_PARTICIPLES.has(keyAt(view, j))) return null;
    if (keyAt(view, j) !== 'par') continue;
    const author = rightSubject(view, j + 1, false);
    return author !== null && author.end === to && author.speaker.plausible ? author.speaker : null;
  }
  return null;
}

/** Participles too short for `isParticiple`: "les résultats lus par …", "un texte dit par …". */
const SHORT_PARTICIPLES: ReadonlySet<string> = new Set(['lu', 'lue', 'lus', 'lues', 'dit', 'dite', 'dits', 'dites', 'vu', 'vue', 'vus', 'vues', 'mis', 'mise']);

/**
 * "…, selon les résultats lus à la télévision publique par le président de
 * l'institution, Clément Atangana.": a participle after a document noun,
 * then "par" and its author closing the sentence. The author, or null.
 */
function authorToEnd(view: View, at: number): SpeakerRef | null {
  const participle = (k: string) => isParticiple(k) || SHORT_PARTICIPLES.has(k);
  if (!participle(keyAt(view, at)) && !participle(keyAt(view, at - 1))) return null;
  // "selon un rapport consulté par Reuters.": the reader is no author.
  if (READER_PARTICIPLES.has(keyAt(view, at)) || READER_PARTICIPLES.has(keyAt(view, at - 1))) return null;
  const end = Math.min(sentenceEnd(view, at), at + MAX_MODIFIER);
  for (let j = at; j < end; j++) {
    const k = keyAt(view, j);
    if (view.quoteOf[j] !== undefined || view.cueAt.has(j) || RELATIVES.has(k) || COMPLEMENTISERS.has(k) || CLAUSE_BREAKS.has(k) || k === ',') return null;
    if (k !== 'par') continue;
    const author = rightSubject(view, j + 1, false);
    if (author === null || !author.speaker.plausible) return null;
    return closes(view, author.end, j) ? author.speaker : appositionName(view, author.end, j);
  }
  return null;
}

/** Does the sentence of token `of` end at token `i` (a final mark or the next sentence)? */
function closes(view: View, i: number, of: number): boolean {
  const t = view.tokens[i];
  return t === undefined || t.sentence !== view.tokens[of]?.sentence || FINAL_PUNCT.has(t.key);
}

/** "…, Clément Atangana.": a person in apposition after the comma at `comma`, closing the sentence; its speaker, or null. */
function appositionName(view: View, comma: number, of: number): SpeakerRef | null {
  const person = view.entityOf[comma + 1];
  if (keyAt(view, comma) !== ',' || person === undefined || person.type !== 'PERSON') return null;
  let e = comma + 1;
  while (view.entityOf[e] === person) e++;
  return closes(view, e, of) ? speakerFromRange(view, comma + 1, e) : null;
}

/**
 * Is there a finite reporting cue outside quotations in `from..to`? A verb of
 * several senses only before what it reports (a que-clause, a colon, a
 * quotation): "ses joueurs ont concédé 14 pénalités" reports nothing.
 */
function hasOwnCue(view: View, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const cue = view.quoteOf[i] === undefined ? view.cueAt.get(i) : undefined;
    if (cue === undefined || !cue.finite) continue;
    const next = keyAt(view, cue.to);
    if (!cue.weak || COMPLEMENTISERS.has(next) || next === ':' || view.quoteByOpen.has(cue.to)) {
      // "Pour le politologue X, ce vote confirme l'ancrage …": a verb whose subject cannot speak reports nothing.
      const subject = leftSubject(view, cue.subjectBefore ?? cue.from);
      if (subject === null || subject.plausible || subject.from < from) return true;
    }
  }
  return false;
}

/**
 * "P1, selon X, et P2, d'après Y": a clause before a post-posed marker starts
 * after an earlier "selon / d'après X," of its sentence — past the comma
 * closing X and a coordinator — not at the start of the sentence.
 */
function afterEarlierSource(view: View, r: TokenRange): TokenRange {
  for (let i = r.to - 1; i > r.from; i--) {
    if (view.quoteOf[i] !== undefined || keyAt(view, i - 1) !== ',') continue;
    const m = marker(view, i);
    if (m === null || m.lemma === 'pour') continue;
    const source = rightSubject(view, m.to, false);
    if (source === null || keyAt(view, source.end) !== ',' || source.end >= r.to - 1) return r;
    let from = source.end + 1;
    if (COORDINATORS.has(keyAt(view, from))) from++;
    return from < r.to ? { from, to: r.to } : r;
  }
  return r;
}

/**
 * "selon des commerçants", "selon des démographes": an indefinite plural
 * after "selon" is a group of people (a distributive "selon" takes "les":
 * "selon les régions") — "des", a lower-case plural noun, at most one
 * adjective.
 */
function indefinitePlural(view: View, at: number, speaker: SpeakerRef): boolean {
  if (keyAt(view, at) !== 'des' || speaker.to - speaker.from > 2) return false;
  const head = view.tokens[at + 1];
  return head !== undefined && head.kind === 'word' && head.text === head.key && speaker.from === at + 1 && /[sx]$/u.test(head.key) && !NON_SPEAKER_AFTER_SELON.has(head.key);
}

/** Most words between a verb of variation and "selon" ("varient fortement selon"). */
const MAX_VARIATION_GAP = 2;

/**
 * Does a verb of variation ("varient", "diffèrent", "dépend") stand right before the "selon" at `i`, in the same
 * clause? After a comma "selon" names a source again ("La situation a évolué, selon la préfecture").
 */
function afterVariation(view: View, i: number): boolean {
  for (let j = i - 1; j >= i - MAX_VARIATION_GAP && j >= 0; j--) {
    if (view.tokens[j]?.kind === 'punct') return false;
    const k = keyAt(view, j);
    if (VARIATION_STEMS.some((s) => k.startsWith(s))) return true;
  }
  return false;
}

/**
 * "Selon Airlines for Europe (A4E), P" read as one name by the entity layer: the source starts after the marker, and
 * is named as written there.
 */
function withoutMarker(view: View, speaker: SpeakerRef, after: number): SpeakerRef {
  const a = view.tokens[after];
  const b = view.tokens[speaker.to - 1];
  if (speaker.entity === undefined || a === undefined || b === undefined || speaker.entity.start >= a.start || speaker.to <= after) return speaker;
  return { mode: 'np', from: after, to: speaker.to, canonical: view.doc.text.slice(a.start, b.end), plausible: true };
}

export const accordingTo: AttributionRule = {
  id: 'according-to',
  find(view) {
    const out: Found[] = [];
    for (const i of view.triggered) {
      if (((view.tokens[i]?.classes ?? 0) & MARKER_WORD) === 0) continue;
      // "X, économiste au CREA, pour qui P": the relative speaks for the person before it.
      // "…, un responsable kurde, selon qui P", "…, d'après qui P": the same with "selon" and "d'après".
      const relativeMarker = keyAt(view, i) === 'pour' || keyAt(view, i) === 'selon' ? 1 : keyAt(view, i) === "d'" && keyAt(view, i + 1) === 'après' ? 2 : 0;
      const qui = i + relativeMarker;
      if (relativeMarker > 0 && keyAt(view, qui) === 'qui' && keyAt(view, i - 1) === ',' && view.quoteOf[i] === undefined) {
        const who = leftSubject(view, qui + 1);
        const said = who === null || !who.plausible ? null : contentAfter(view, qui + 1, 'clause', false, false);
        const lemma = relativeMarker === 2 ? "d'après" : keyAt(view, i);
        if (who !== null && said !== null) out.push({ rule: this.id, kind: 'according-to', content: said, cue: { from: i, to: qui, lemma }, speaker: who });
        continue;
      }
      const m = marker(view, i);
      if (m === null || view.quoteOf[i] !== undefined) continue;
      if (m.to - m.from === 4 && m.lemma === 'à en croire') {
        const belief = cliticBelief(view, m);
        if (belief !== null) out.push(belief);
        continue;
      }
      const at = m.sourceAt ?? m.to;
      const next = keyAt(view, at);
      if (NOT_AFTER_SELON.has(next) && !['le', 'la', 'les', "l'", 'un', 'une', 'des'].includes(next)) continue;
      const found = rightSubject(view, at, false);
      if (found === null) continue;
      // "selon une étude de la Direction de la recherche, des études, de l'évaluation et des statistiques (DREES)": a
      // name with commas of its own ends with the name.
      const right = throughEntity(view, found);
      // "selon les chiffres de l'Alliance": figures count with a named author, an entity or a capitalised name.
      const author = view.tokens[right.speaker.from];
      // "selon les résultats publiés par la télévision d'Etat": the author found after "par" counts too.
      const named =
        right.speaker.entity !== undefined ||
        (author !== undefined && right.speaker.from > at + 1 && author.kind === 'word' && isCapitalized(author.text)) ||
        (right.speaker.plausible && keyAt(view, right.speaker.from) !== headAfter(view, at));
      // "P, selon les résultats lus à la télévision par le président de l'institution, X.": the author after "par".
      const closingAuthor = named || !NON_SPEAKER_AFTER_SELON.has(headAfter(view, at)) ? null : authorToEnd(view, right.speaker.to);
      if (NON_SPEAKER_AFTER_SELON.has(headAfter(view, at)) && !named && closingAuthor === null) continue;
      if (closingAuthor === null && !right.speaker.plausible && right.speaker.mode === 'np' && right.speaker.entity === undefined && !indefinitePlural(view, at, right.speaker)) continue;
      // "Les prix varient selon les vendeurs": a distributive "selon" after a verb of variation.
      if (m.lemma === 'selon' && afterVariation(view, m.from)) continue;
      if (m.lemma === 'pour' && !speaksFor(view, right.speaker)) continue;
      // "Aux yeux de Moscou, P": a capital speaks for its state; "aux yeux de tous" is nobody's view.
      if (m.lemma === 'aux yeux de' && !speaksFor(view, right.speaker) && right.speaker.entity?.type !== 'LOCATION') continue;
      // "P, indique-t-on à l'Élysée." closes its sentence; "Le président, dit-on à Paris, est fatigué" is hearsay.
      if ((m.lemma === 'auprès de' || ON_PLACE_PREPOSITIONS.has(m.lemma)) && !closesSentence(view, right.end)) continue;
      const floor = clauseStart(view, i);
      // "Mais pour X, P", "Mais selon la police, P", "…, mais selon la police, P": a connective that opens the sentence
      // or follows a comma is no lead; the marker opens its clause.
      // "Toujours selon la police, P", "Selon X encore": an adverb that resumes the source is no lead either.
      const resuming = RESUMING_ADVERBS.has(keyAt(view, m.from - 1)) && m.from - 1 === floor;
      const connective = resuming || (SENTENCE_CONNECTIVES.has(keyAt(view, m.from - 1)) && (m.from - 1 === floor || keyAt(view, m.from - 2) === ','));
      const lead = m.lemma === 'pour' || connective ? 0 : m.from - floor;
      // "Selon une enquête de X publiée en juin, P", "Selon un diplomate en poste à Ankara, P": a modifier before the comma.
      // "une étude de l'Université X (UQAM) publiée en juin": past the bracketed acronym.
      const modifierAt = keyAt(view, right.speaker.to) === '(' ? right.end : Math.min(right.speaker.to, right.end);
      const modifier = lead === 0 && keyAt(view, right.end) !== ',' ? modifierEnd(view, modifierAt) : -1;
      let speaker = closingAuthor ?? withoutMarker(view, right.speaker, at);
      // "de même source": the last speaker quoted, as "la même source".
      if (m.lemma === 'de source' && keyAt(view, m.to) === 'même') speaker = { mode: 'last-source', from: m.to, to: m.to + 2, head: 'source', plausible: true };
      if (modifier >= 0) {
        // "Selon un sondage de l'institut X publié par l'hebdomadaire Y": the named author of the document speaks, not
        // its publisher; "par Y" names the author only of a document with none ("un sondage publié par Y").
        const author = right.speaker.entity === undefined ? authorIn(view, right.speaker.to, modifier) : null;
        if (author !== null) speaker = author;
      }
      const speakerEnd = modifier >= 0 ? modifier : right.end;
      let afterComma = keyAt(view, speakerEnd) === ',' ? speakerEnd + 1 : -1;
      const beforeComma = keyAt(view, m.from - 1) === ',';
      // "P, selon l'Archive X, une ONG indépendante qui …": an apposition to the speaker, not the clause.
      const apposition = lead > 0 && beforeComma && (keyAt(view, afterComma) === 'un' || keyAt(view, afterComma) === 'une') && SPEAKER_NOUNS.has(keyAt(view, afterComma + 1));
      // "Selon l'organisme eSafety, qu'elle dirige, P": a relative "que" set off by commas after the source too.
      let followedByRelative = apposition || RELATIVES.has(keyAt(view, afterComma)) || (lead === 0 && COMPLEMENTISERS.has(keyAt(view, afterComma)));
      // "Pour l'analyste X, de l'Institut …, P": an affiliation in apposition is skipped like a relative.
      if (lead === 0 && affiliationAt(view, afterComma)) {
        const close = nextComma(view, afterComma);
        if (close >= 0) afterComma = close + 1;
      } else if (lead === 0 && afterComma >= 0) {
        const close = sourceAppositionEnd(view, afterComma);
        if (close >= 0) afterComma = close + 1;
      }
      // "Selon un responsable, qui a requis l'anonymat, P": the clause comes after the relative.
      if (followedByRelative && lead === 0) {
        const close = nextComma(view, afterComma);
        if (close >= 0) {
          afterComma = close + 1;
          followedByRelative = false;
        }
      }
      const restLength = afterComma < 0 ? 0 : sentenceEnd(view, i) - afterComma;
      let content = null;
      // "Le bilan, selon les secours, s'élève à quinze morts": the clause runs from its subject across the incise.
      const resumed = lead > 0 && beforeComma && afterComma >= 0 && !followedByRelative && resumedSubject(view, floor, m.from - 1, afterComma);
      const after = resumed ? contentAfter(view, afterComma, 'clause', false, true) : null;
      if (after !== null) {
        content = { from: floor, to: after.to };
      } else if (afterComma >= 0 && restLength >= 3 && !followedByRelative && (lead === 0 || (beforeComma && leadSince(view, m.from - 1, floor) <= MAX_LEAD))) {
        content = contentAfter(view, afterComma, 'clause', false, lead > 0);
        // "Pour X, « P »": a content that is one quotation is its inner text.
        const q = content === null ? undefined : view.quoteByOpen.get(content.from);
        if (content !== null && q !== undefined && q.close === content.to - 1) content = quoteInner(view, q.open, q.close);
      } else if (lead > 0 && openBracket(view, floor, m.from) >= 0) {
        // "(3000 selon les organisateurs)": inside brackets, what stands after the opening mark; the source ends before ")".
        const open = openBracket(view, floor, m.from);
        content = trimRange(view, open + 1, m.from);
        const close = closingBracket(view, m.to, MAX_BRACKETED);
        if (close >= 0 && close < speaker.to) speaker = speakerFromRange(view, speaker.from, close) ?? speaker;
      } else if (lead > 0) {
        // "P, a-t-on appris jeudi de source diplomatique": the incise with "on" is not part of P.
        const incise = onInciseStart(view, m.from);
        const whole = contentBefore(view, incise >= 0 ? incise : beforeComma ? m.from - 1 : m.from);
        const before = whole === null ? null : appendedQuote(view, afterEarlierSource(view, whole));
        if (before !== null) {
          const q = view.quoteByOpen.get(before.from);
          content = q !== undefined && q.close === before.to - 1 ? quoteInner(view, q.open, q.close) : before;
        }
      }
      if (content === null) continue;
      // "Pour les Républicains, X a résumé : « … »": a report of its own, not the view of the group.
      if (m.lemma === 'pour' && hasOwnCue(view, content.from, content.to)) continue;
      // "Pour le LOSC, la vente tombe à point nommé": a club or a firm after "Pour" is whom the clause concerns;
      // its view is reported with its words ("Pour Renault, le marché « reste difficile »").
      // So is a group named by a plural common noun: "Pour les professionnels du tourisme, la facture est lourde".
      const concernedGroup = speaker.entity === undefined && speaker.mode !== 'pronoun' && (PLURAL_DETERMINERS.has(keyAt(view, speaker.from)) || PLURAL_DETERMINERS.has(keyAt(view, speaker.from - 1)));
      if (m.lemma === 'pour' && (concernedBody(speaker) || concernedGroup) && !hasQuote(view, afterComma, sentenceEnd(view, afterComma))) continue;
      out.push({ rule: this.id, kind: 'according-to', content, cue: { from: m.from, to: m.to, lemma: m.lemma }, speaker });
    }
    return out;
  },
};
