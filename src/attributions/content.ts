/**
 * Content spans: where a reported clause starts and ends, and what kind of
 * attribution its shape makes (a whole quote: direct; a clause holding a
 * quoted fragment: mixed; a plain clause: indirect).
 */
import { AUXILIARY_FORMS, REPORTING_LEMMAS } from '../lexicon/generated/reporting-verbs.js';
import { isAbbreviationDot } from '../text/sentences.js';
import type { AttributionKind } from '../types.js';
import { isReportingGerund, isReportingParticiple, readCueAt } from './cues.js';
import {
  NEGATION_BEFORE,
  CITED_BY_FORMS,
  CITING_FORMS,
  CLAUSE_BREAKS,
  COMPLEMENTISERS,
  COORDINATORS,
  COST_NOUNS,
  DEFINITE_ARTICLES,
  PARTS_OF_DAY,
  FINAL_PUNCT,
  LEVEL_NOUNS,
  NP_DETERMINERS,
  NUMBER_WORDS,
  PREPOSITIONAL_PARTICIPLES,
  PREPOSITIONS_DE,
  TRAILING_SUBORDINATORS,
  FRONTED_SUBORDINATORS,
  FRONTED_SUBORDINATOR_PAIRS,
  SPEECH_EVENT_DETERMINERS,
  SPEECH_EVENT_INTRO,
  SPEECH_EVENT_NOUNS,
  AUDIENCE_NOUNS,
  SUBJECT_PRONOUNS,
  TIME_UNITS,
  VERB_GROUP_STARTERS,
  SENTENCE_CONNECTIVES,
} from './data.js';
import { isParticiple, rightSubject } from './speakers.js';
import { keyAt, sentenceEnd, sentenceStart, type View } from './view.js';

/** A half-open range of token indices. */
export interface TokenRange {
  readonly from: number;
  readonly to: number;
}

/**
 * Longest content scanned, in tokens: reported clauses are far shorter, and
 * the cap keeps the pipeline linear on a text with no sentence end.
 */
export const MAX_CONTENT_TOKENS = 300;

/** How far a content after a cue runs. */
export type ContentMode =
  /** A que-clause or a clause after "selon X,": to the end of the sentence. */
  | 'clause'
  /** A direct object or a complement ("a accusé le Nord de …"): to the next comma. */
  | 'phrase';

/** Does ", <token i> …" open an incise that ends the content (", selon X", ", a indiqué X", ", citant X")? */
function inciseAfterComma(view: View, i: number, newSubject: boolean): boolean {
  const k = keyAt(view, i);
  if (k === 'selon' || CITING_FORMS.has(k) || CITED_BY_FORMS.has(k)) return true;
  // ", tout en appelant à …", ", en ajoutant …": the speaker's gerund (a reporting verb), not part of what was said.
  if ((k === 'tout' && keyAt(view, i + 1) === 'en' && isReportingGerund(view.doc, i + 2)) || (k === 'en' && isReportingGerund(view.doc, i + 1))) return true;
  if (k === "d'" && keyAt(view, i + 1) === 'après') return true;
  // ", avant de qualifier le journaliste de « … »": a later act of saying by the same speaker.
  if (k === 'avant' && PREPOSITIONS_DE.has(keyAt(view, i + 1)) && REPORTING_INFINITIVES.has(keyAt(view, i + 2))) return true;
  // ", sur fond de craintes croissantes …": the writer's background, not what was said.
  if (k === 'sur' && keyAt(view, i + 1) === 'fond' && (keyAt(view, i + 2) === 'de' || keyAt(view, i + 2) === "d'")) return true;
  // ", sans préciser …", ", sans faire état de …": the speaker's manner, not part of what was said.
  // "…, sans être tenues de vérifier l'âge": a state of the reported subject goes on with the clause.
  if (k === 'sans' && infinitiveAt(view, i + 1) && keyAt(view, i + 1) !== 'être') return true;
  // ", il a suggéré que …": a new main clause with its own speaker.
  if (newSubject && SUBJECT_PRONOUNS.has(k) && (view.cueAt.get(i + 1) ?? readCueAt(view.doc, i + 1)) !== null) return true;
  const cue = view.cueAt.get(i) ?? readCueAt(view.doc, i);
  if (cue === null) return false;
  // ", ajoutant que …", ", précisant que …": a second report by the same speaker;
  // a gerund of several senses only before "que" (", prévoyant le démantèlement" is part of what was said).
  if (cue.clitic >= 0 || (cue.participial && (!cue.weak || COMPLEMENTISERS.has(keyAt(view, cue.to))))) return true;
  // ", jugeant ses déclarations « incompatibles avec … »": a participle of several senses whose object holds a
  // quotation is a report of its own.
  if (cue.participial) return quoteBeforeComma(view, cue.to);
  // Inverted: ", indique Denik N." — the cue, its subject, then punctuation.
  if (COMPLEMENTISERS.has(keyAt(view, cue.to))) return false;
  const right = rightSubject(view, cue.to, true);
  if (right === null) return false;
  const after = view.tokens[right.end];
  return after === undefined || after.kind === 'punct' || after.kind === 'quote' || after.sentence !== view.tokens[i]?.sentence;
}

/** Infinitives of the one-word reporting verbs ("qualifier", "dénoncer", "appeler"). */
export const REPORTING_INFINITIVES: ReadonlySet<string> = new Set(REPORTING_LEMMAS.map((l) => l.lemma).filter((l) => !l.includes(' ')));

/** Most tokens of an object before its quotation ("ses déclarations passées sur l'Otan « … »"). */
const MAX_OBJECT_BEFORE_QUOTE = 10;

/** Does a quotation open after `from`, before any comma or the end of the sentence? */
function quoteBeforeComma(view: View, from: number): boolean {
  const sentence = view.tokens[from]?.sentence;
  for (let j = from; j < from + MAX_OBJECT_BEFORE_QUOTE; j++) {
    const t = view.tokens[j];
    if (t === undefined || t.sentence !== sentence || t.key === ',' || t.key === ';' || FINAL_PUNCT.has(t.key)) return false;
    if (view.quoteByOpen.has(j)) return true;
  }
  return false;
}

/** Frequent words with an infinitive's ending that are not verbs. */
const NOT_INFINITIVES: ReadonlySet<string> = new Set([
  'contre', 'entre', 'outre', 'notre', 'votre', 'autre', 'titre', 'ministre', 'centre', 'premier', 'dernier', 'hier', 'cher',
  'fier', 'entier', 'hiver', 'super', 'leader', 'soir', 'plaisir', 'avenir', 'désir', 'quatre', 'mer', 'guerre', 'terre',
  'libre', 'nombre', 'ordre', 'membre', 'cadre', 'sombre', 'propre', 'pauvre', 'rare',
]);

/** Is token `i` an infinitive ("préciser", "fournir", "faire", "être"), after an optional "en" or "y"? */
export function infinitiveAt(view: View, i: number): boolean {
  const j = keyAt(view, i) === 'en' || keyAt(view, i) === 'y' ? i + 1 : i;
  const t = view.tokens[j];
  // "en janvier", "février": a month is no infinitive.
  if (t === undefined || t.kind !== 'word' || view.entityOf[j] !== undefined || view.inDate[j] === 1 || t.text !== t.key || t.key.length < 4 || NOT_INFINITIVES.has(t.key)) return false;
  return t.key.endsWith('er') || t.key.endsWith('ir') || t.key.endsWith('re');
}

/** Does "depuis" and a lapse of time start at `i`: "depuis cinq ans", "depuis des mois", "depuis plusieurs semaines"? */
export function lapseSince(view: View, i: number): boolean {
  if (keyAt(view, i) !== 'depuis' || !TIME_UNITS.has(keyAt(view, i + 2))) return false;
  const t = view.tokens[i + 1];
  return t !== undefined && (t.kind === 'number' || NUMBER_WORDS.has(t.key) || t.key === 'des' || t.key === 'plusieurs' || t.key === 'quelques');
}

/**
 * Does a distance in time start at `i`: "à cinq jours de la fin du
 * mercato", "à quelques semaines du scrutin", "à 48 heures de l'échéance"?
 * "à", an amount, a unit and "de": when it was said, not what.
 */
export function distanceInTime(view: View, i: number): boolean {
  if (keyAt(view, i) !== 'à') return false;
  const t = view.tokens[i + 1];
  const amount = t !== undefined && (t.kind === 'number' || NUMBER_WORDS.has(t.key) || t.key === 'quelques' || t.key === 'plusieurs');
  const unit = keyAt(view, i + 2);
  const de = keyAt(view, i + 3);
  // "de la fin", "du scrutin", "de l'échéance": a definite event; not "à deux jours de travail par semaine".
  const definite = de === 'du' || de === 'des' || ((de === 'de' || de === "d'") && NP_DETERMINERS.has(keyAt(view, i + 4)));
  return amount && (TIME_UNITS.has(unit) || unit === 'heures' || unit === 'minutes') && definite;
}

/** Endings of a past participle without agreement, as after "avoir": "ordonné", "promis", "dit", "reçu". */
const BARE_PARTICIPLE_END = /(?:é|i|is|it|u|ert)$/u;
/** Words that open the complement of a verb right after its participle: "ordonné aux forces", "promis de", "annoncé la". */
const VERB_COMPLEMENT_OPENERS: ReadonlySet<string> = new Set(['à', 'au', 'aux', 'de', "d'", 'le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'que', "qu'"]);

/** Determiners of an object after a part of the day: "convoqué dans la soirée le Conseil" (not "à", "de": a time's). */
const OBJECT_DETERMINERS_AFTER_TIME: ReadonlySet<string> = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'des', 'son', 'sa', 'ses']);

/**
 * Is token `i` (after "et") the participle of a second verb sharing an
 * auxiliary, with its complement right after ("et ordonné aux forces de
 * sécurité de …")? A participle that agrees ("prise et appliquée") or is
 * followed by a date ("voté et promulgué le 3 mai") qualifies a noun.
 */
function sharedAuxiliaryParticiple(view: View, i: number): boolean {
  const t = view.tokens[i];
  if (t === undefined || t.kind !== 'word' || t.text !== t.key || t.key.length < 4 || view.entityOf[i] !== undefined) return false;
  if (!BARE_PARTICIPLE_END.test(t.key) || !(isParticiple(t.key) || t.key.endsWith('i'))) return false;
  // "et convoqué dans la soirée le Conseil de sécurité": a part of the day, then the complement.
  if (keyAt(view, i + 1) === 'dans' && DEFINITE_ARTICLES.has(keyAt(view, i + 2)) && PARTS_OF_DAY.has(keyAt(view, i + 3))) {
    return OBJECT_DETERMINERS_AFTER_TIME.has(keyAt(view, i + 4));
  }
  return view.inDate[i + 2] !== 1 && VERB_COMPLEMENT_OPENERS.has(keyAt(view, i + 1));
}

/** Does a speech event start at token `i` ("dans un message", "lors d'une conférence de presse")? */
function speechEventAt(view: View, i: number): boolean {
  if (!SPEECH_EVENT_INTRO.has(keyAt(view, i))) return false;
  let j = i + 1;
  if (keyAt(view, j) === "d'" || keyAt(view, j) === 'de') j++;
  const first = j;
  for (let n = 0; n < 2 && !SPEECH_EVENT_NOUNS.has(keyAt(view, j)) && SPEECH_EVENT_DETERMINERS.has(keyAt(view, j)); n++) j++;
  // "lors d'une courte déclaration", "dans un bref communiqué": one lower-case adjective after a determiner.
  if (j > first && !SPEECH_EVENT_NOUNS.has(keyAt(view, j)) && view.tokens[j]?.kind === 'word' && view.tokens[j]?.text === keyAt(view, j)) j++;
  return SPEECH_EVENT_NOUNS.has(keyAt(view, j));
}

/** Does "devant", a determiner and an audience noun start at `i` ("devant les enquêteurs", "devant la presse")? */
function audienceAt(view: View, i: number): boolean {
  if (keyAt(view, i) !== 'devant' || !SPEECH_EVENT_DETERMINERS.has(keyAt(view, i + 1))) return false;
  return AUDIENCE_NOUNS.has(keyAt(view, i + 2));
}

/** Most tokens looked at after a comma for a resumptive apposition or a relative clause. */
const MAX_TAIL = 40;

/**
 * Does the comma at `i` open a resumptive apposition that closes the
 * sentence: ", une option défendue par Israël.", ", une décision que la Chine
 * n'a jamais reconnue.", ", un incident qui a fait huit blessés.", ", une
 * faction dissidente des Farc qu'elle accuse …" — "un" or "une", a noun (an
 * adjective, a short "de" complement), then a relative pronoun or a
 * participle, and no other comma before the end of the sentence. It comments
 * on what was said; it is not part of it.
 */
function resumptiveApposition(view: View, i: number): boolean {
  if (oneOfSuperlative(view, i)) return true;
  const det = keyAt(view, i + 1);
  if (det !== 'un' && det !== 'une') return false;
  // ", un niveau rarement atteint …", ", un record …" after a figure: it sizes the figure up, as the source does.
  if (LEVEL_NOUNS.has(keyAt(view, i + 2)) && figureBefore(view, i)) return false;
  let marked = false;
  // "du groupe Qilin, un collectif russophone qui a revendiqué …": a subject relative on an apposition to a name
  // describes that name, inside what was said.
  const named = view.entityOf[i - 1];
  const afterName = named !== undefined && (named.type === 'ORGANIZATION' || named.type === 'PERSON');
  // "une faction dissidente des Farc qu'elle accuse …": the noun may take a short "de" complement before the relative.
  const complement = PREPOSITIONS_DE.has(keyAt(view, i + 3)) || PREPOSITIONS_DE.has(keyAt(view, i + 4));
  const reach = complement ? i + 6 : i + 4;
  for (let j = i + 3; j <= reach && !marked; j++) {
    const k = keyAt(view, j);
    if (k === 'qui' && afterName) return false;
    const relative = k === 'qui' || k === 'que' || k === "qu'" || k === 'dont';
    // ", un bilan impossible à vérifier", ", un chiffre invérifiable": an adjective of possibility marks it too.
    // (", un chiffre quasi stable sur cinq ans": "stable" is no adjective of possibility; the source sizes its figure.)
    marked = relative || (j <= i + 4 && view.tokens[j]?.kind === 'word' && view.entityOf[j] === undefined && (isParticiple(k) || (POSSIBILITY_ADJECTIVE.test(k) && !STABLE_WORDS.has(k))));
  }
  if (!marked) return false;
  const end = Math.min(sentenceEnd(view, i), i + MAX_TAIL);
  for (let j = i + 2; j < end; j++) {
    const q = view.quoteByOpen.get(j);
    if (q !== undefined) j = q.close;
    else if (keyAt(view, j) === ',' || keyAt(view, j) === ';' || view.tokens[j]?.newlineBefore === true) return false;
  }
  return end < i + MAX_TAIL;
}

/**
 * Does the comma at `i` open ", l'une des plus lourdes jamais prononcées en France." — "l'un(e) des", a superlative,
 * to the end of the sentence with no other comma? The writer ranks what was said; it is not part of it.
 */
function oneOfSuperlative(view: View, i: number): boolean {
  const one = keyAt(view, i + 2);
  if (keyAt(view, i + 1) !== "l'" || (one !== 'un' && one !== 'une') || keyAt(view, i + 3) !== 'des') return false;
  if (keyAt(view, i + 4) !== 'plus' && keyAt(view, i + 4) !== 'moins') return false;
  const end = Math.min(sentenceEnd(view, i), i + MAX_TAIL);
  for (let j = i + 5; j < end; j++) if (keyAt(view, j) === ',' || keyAt(view, j) === ';' || view.quoteByOpen.has(j)) return false;
  return end < i + MAX_TAIL;
}

/** Words ending in "-able" that say no possibility. */
const STABLE_WORDS: ReadonlySet<string> = new Set(['stable', 'stables', 'instable', 'instables']);

/** Endings of adjectives of possibility: "impossible", "invérifiable", "vérifiables". */
const POSSIBILITY_ADJECTIVE = /(?:able|ible)s?$/u;

/** Is there a number in the sentence before token `i` (outside quotations): "72 % des personnes …, un niveau …"? */
function figureBefore(view: View, i: number): boolean {
  for (let j = i - 1; j >= sentenceStart(view, i); j--) {
    const t = view.tokens[j];
    if (t !== undefined && view.quoteOf[j] === undefined && (t.kind === 'number' || NUMBER_WORDS.has(t.key))) return true;
  }
  return false;
}

/**
 * Does the comma at `i` open a relative clause holding a quotation (", qui
 * ferait de l'Otan une alliance « offensive »")? The quoted words are the
 * speaker's: the relative belongs to the object content.
 */
function quotedRelative(view: View, i: number): boolean {
  const k = keyAt(view, i + 1);
  if (k !== 'qui' && k !== 'dont') return false;
  const end = Math.min(sentenceEnd(view, i), i + MAX_TAIL);
  for (let j = i + 2; j < end; j++) {
    const key = keyAt(view, j);
    if (key === ',' || key === ';' || key === ':' || view.tokens[j]?.newlineBefore === true) return false;
    if (view.quoteByOpen.has(j)) return true;
  }
  return false;
}

/**
 * Does the comma at `i` open the last words of the sentence that still
 * belong to an object: a quotation ("a appelé à manifester, « dans le
 * calme ».") or a past participle qualifying it ("a regretté l'expulsion
 * de son joueur, averti deux fois.")? Nothing but the closing punctuation
 * follows; a reporting participle ("…, ajouté …") is a verb of its own.
 */
function closingTail(view: View, i: number): boolean {
  const next = view.tokens[i + 1];
  if (next === undefined) return false;
  const end = Math.min(sentenceEnd(view, i), i + MAX_TAIL);
  let j = i + 1;
  const q = view.quoteByOpen.get(j);
  if (q !== undefined) j = q.close + 1;
  else if (next.kind !== 'word' || view.entityOf[i + 1] !== undefined || view.cueAt.has(i + 1) || !isParticiple(next.key) || isReportingParticiple(view.doc, i + 1)) return false;
  for (; j < end; j++) {
    const t = view.tokens[j];
    if (t === undefined || t.newlineBefore) return false;
    if (FINAL_PUNCT.has(t.key)) return j + 1 >= end || view.tokens[j + 1]?.sentence !== t.sentence;
    if (q !== undefined || t.kind === 'punct' || t.kind === 'quote') return false;
  }
  return j >= end && end < i + MAX_TAIL;
}

/** Most tokens of an apposition inside an object ("Washington et Paris, garants de l'accord, à …"). */
const MAX_APPOSITION = 8;

/**
 * "a appelé Washington et Paris, garants de l'accord, à « assumer … »",
 * "a accusé Moscou, alliée de Pyongyang, de mentir": the comma at `i` opens
 * an apposition to the object, closed by a comma before the verb's
 * preposition ("à", "de"). Index of that closing comma, or -1.
 */
function appositionEnd(view: View, i: number): number {
  const sentence = view.tokens[i]?.sentence;
  for (let j = i + 2; j <= i + MAX_APPOSITION; j++) {
    const t = view.tokens[j];
    if (t === undefined || t.sentence !== sentence || t.kind === 'quote' || view.cueAt.has(j) || COMPLEMENTISERS.has(t.key) || t.key === 'qui') return -1;
    if (t.key === ',') {
      const next = keyAt(view, j + 1);
      return next === 'à' || next === 'de' || next === "d'" ? j : -1;
    }
  }
  return -1;
}

/** Words after a comma that go on with an object: ", dont deux ferme", ", soit 67 % des voix", ", notamment à Lausanne". */
const OBJECT_CONTINUERS: ReadonlySet<string> = new Set(['dont', 'soit', 'notamment']);

/** Words of an approximation before a figure: ", environ 11,7 millions", ", quelque 300", ", près de 12 millions". */
const APPROXIMATION_WORDS: ReadonlySet<string> = new Set(['environ', 'quelque']);
const APPROXIMATION_PAIRS: ReadonlySet<string> = new Set(['près', 'plus', 'moins']);

/** Does an approximate figure open at `j`: "environ 11,7 millions", "près de 12 millions", "plus de 300"? */
function approximateFigure(view: View, j: number): boolean {
  const k = keyAt(view, j);
  if (APPROXIMATION_WORDS.has(k)) return view.tokens[j + 1]?.kind === 'number';
  return APPROXIMATION_PAIRS.has(k) && PREPOSITIONS_DE.has(keyAt(view, j + 1)) && view.tokens[j + 2]?.kind === 'number';
}

/** Words that open a noun phrase or a prepositional object: "la fermeture", "de 57 blessés", "aux éleveurs". */
const OBJECT_OPENERS: ReadonlySet<string> = new Set([
  'le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'de', "d'", 'au', 'aux', 'à', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cet', 'cette', 'ces',
  'tout', 'toute', 'tous', 'toutes',
]);

/** Most tokens of a list item or a second object looked at ("le Minnesota et l'État de New York"). */
const MAX_ITEM = 25;

/**
 * Does a noun phrase without a verb of its own run from `j` to the next
 * comma or the end of the sentence? A finite verb group, a cue or "que"
 * makes it a new clause ("et le gouvernement a répondu").
 */
function verblessUpTo(view: View, j: number): boolean {
  const sentence = view.tokens[j]?.sentence;
  for (let k = j; k < j + MAX_ITEM; k++) {
    const t = view.tokens[k];
    if (t === undefined || t.sentence !== sentence || FINAL_PUNCT.has(t.key) || t.key === ',' || t.key === ';') return k > j;
    const q = view.quoteByOpen.get(k);
    if (q !== undefined) {
      k = q.close;
      continue;
    }
    if (k > j && t.newlineBefore) return false;
    if (VERB_GROUP_STARTERS.has(t.key) || COMPLEMENTISERS.has(t.key) || t.key === 'qui' || view.inCue[k] === 1) return false;
  }
  return false;
}

/** Does a second object open at `j` after ", et": "de 57 blessés", "la fermeture de son usine", "cinq ans contre …"? */
function secondObject(view: View, j: number): boolean {
  const opens = OBJECT_OPENERS.has(keyAt(view, j)) || view.tokens[j]?.kind === 'number' || NUMBER_WORDS.has(keyAt(view, j));
  return opens && !isReportingParticiple(view.doc, j) && verblessUpTo(view, j);
}

/** Most tokens of an item inside a list ("le Minnesota" in "le Michigan, le Minnesota et l'État de New York"). */
const MAX_LIST_ITEM = 6;

/** Does a list item open at `j` and the list close with "et" / "ou" and a last item, all without a verb? */
function listItem(view: View, j: number): boolean {
  const first = view.tokens[j];
  if (first === undefined || !(OBJECT_OPENERS.has(first.key) || view.entityOf[j] !== undefined)) return false;
  for (let k = j + 1; k <= j + MAX_LIST_ITEM; k++) {
    const t = view.tokens[k];
    if (t === undefined || t.kind !== 'word' || view.inCue[k] === 1 || VERB_GROUP_STARTERS.has(t.key) || COMPLEMENTISERS.has(t.key) || t.key === 'qui') return false;
    if (t.key === 'et' || t.key === 'ou') return (OBJECT_OPENERS.has(keyAt(view, k + 1)) || view.entityOf[k + 1] !== undefined) && verblessUpTo(view, k + 1);
  }
  return false;
}

/** Most tokens of a closing place or apposition tail ("dans les eaux disputées de la mer de Chine méridionale"). */
const MAX_PLACE_TAIL = 20;

/**
 * Does the comma at `i` open the last words of the sentence, without a verb,
 * that place or describe what came before: "…, dans la province du
 * Pendjab.", "…, dans les eaux disputées de la mer de Chine.", "… Tibú,
 * ville de 60 000 habitants, coupée du monde depuis dix jours." — "dans"
 * and an article (not where it was said: "dans un communiqué"), or a bare
 * noun and its "de" complement.
 */
function placeTail(view: View, i: number): boolean {
  // A chain of tails (", dans la X, dans la Y, …") is read in a loop: a long one must not exhaust the stack.
  let at: number | boolean = i;
  while (typeof at === 'number') at = placeTailFrom(view, at);
  return at;
}

/** `placeTail` for one tail after the comma at `i`: the answer, or the comma of the next tail to read. */
function placeTailFrom(view: View, i: number): boolean | number {
  const k = keyAt(view, i + 1);
  const t = view.tokens[i + 1];
  if (t === undefined) return false;
  const inPlace = k === 'dans' && DEFINITE_ARTICLES.has(keyAt(view, i + 2)) && !speechEventAt(view, i + 1);
  if (!inPlace && !bareNounApposition(view, i + 1)) return false;
  const sentence = t.sentence;
  // "…, dans les camps de fortune où s'entassent les rescapés.": a relative "où" describes the place.
  let where = false;
  for (let j = i + 2; j < i + 1 + MAX_PLACE_TAIL; j++) {
    const u = view.tokens[j];
    if (u === undefined || u.sentence !== sentence) return true;
    if (inPlace && u.key === 'où') where = true;
    if (FINAL_PUNCT.has(u.key)) return view.tokens[j + 1] === undefined || view.tokens[j + 1]?.sentence !== sentence;
    // "…, dans les eaux disputées, un incident qui a fait huit blessés.": a resumptive apposition or a closing tail follows.
    if (u.key === ',' && j > i + 2) return resumptiveApposition(view, j) || closingTail(view, j) || j;
    if (u.newlineBefore || u.kind === 'quote' || u.key === ';' || u.key === ':' || view.inCue[j] === 1) return false;
    if (!where && (VERB_GROUP_STARTERS.has(u.key) || COMPLEMENTISERS.has(u.key) || u.key === 'qui' || u.key === 'dont')) return false;
  }
  return false;
}

/** Words that open a bare noun apposition only in looks: adverbs and prepositions before "de" ("près de", "lors de", "faute de"). */
const NOT_APPOSITION_HEADS: ReadonlySet<string> = new Set([
  'près', 'lors', 'afin', 'faute', 'loin', 'autour', 'hors', 'avant', 'après', 'face', 'grâce', 'suite', 'compte', 'plus', 'moins',
  'beaucoup', 'peu', 'assez', 'trop', 'tant', 'autant', 'environ', 'sans', 'selon', 'malgré', 'depuis', 'pendant', 'comme',
]);

/** Does a bare noun and its "de" complement open at `j` ("ville de 60 000 habitants", "capitale du Darfour")? */
function bareNounApposition(view: View, j: number): boolean {
  const t = view.tokens[j];
  if (t === undefined || t.kind !== 'word' || t.text !== t.key || t.key.length < 4 || view.entityOf[j] !== undefined || view.inCue[j] === 1) return false;
  if (OBJECT_OPENERS.has(t.key) || NOT_APPOSITION_HEADS.has(t.key) || isParticiple(t.key) || t.key.endsWith('ant') || t.key.endsWith('ment')) return false;
  return PREPOSITIONS_DE.has(keyAt(view, j + 1));
}

/**
 * Does the comma at `i` go on with the object before it: ", dont des
 * enfants", ", soit 1 500 euros par animal", ", y compris à Rafah", ", à 88,7
 * millions de dollars" (a value), ", 41 ans," (an age), ", et de 57 blessés"
 * (a second object), ", le Minnesota et l'État de New York" (a list)?
 */
function objectGoesOn(view: View, i: number): boolean {
  const k = keyAt(view, i + 1);
  if (OBJECT_CONTINUERS.has(k)) return true;
  if (placeTail(view, i)) return true;
  if (k === 'y' && keyAt(view, i + 2) === 'compris') return true;
  // ", à condition que les taux ne remontent pas", ", sous réserve que …": the condition the speaker sets.
  if ((k === 'à' && keyAt(view, i + 2) === 'condition') || (k === 'sous' && keyAt(view, i + 2) === 'réserve')) return COMPLEMENTISERS.has(keyAt(view, i + 3));
  // ", ainsi que la démolition de …": a second object (not ", ainsi que l'a souligné X").
  if (k === 'ainsi' && keyAt(view, i + 2) === 'que') return OBJECT_OPENERS.has(keyAt(view, i + 3)) && !VERB_GROUP_STARTERS.has(keyAt(view, i + 4));
  if ((k === 'à' || k === 'contre') && view.tokens[i + 2]?.kind === 'number') return true;
  // ", au lieu des douze jours prévus": what it stands against belongs to the object.
  if (k === 'au' && keyAt(view, i + 2) === 'lieu' && PREPOSITIONS_DE.has(keyAt(view, i + 3))) return true;
  // ", en échange d'un prix encadré", ", en contrepartie de …": what is given for it belongs to the object.
  if (k === 'en' && (keyAt(view, i + 2) === 'échange' || keyAt(view, i + 2) === 'contrepartie') && PREPOSITIONS_DE.has(keyAt(view, i + 3))) return true;
  // "760 millions de pesos, environ 11,7 millions d'euros", ", près de 12 millions": the same amount converted.
  if (approximateFigure(view, i + 1)) return true;
  // "l'annulation de plus de 400 vols, affectant quelque 70 000 passagers": a present participle and a count size the
  // object up.
  if (sizingParticiple(view, i + 1)) return true;
  // "3 000 places d'ici à 2027, pour un coût d'environ 400 millions d'euros": what the object costs.
  if (k === 'pour' && (keyAt(view, i + 2) === 'un' || keyAt(view, i + 2) === 'une') && COST_NOUNS.has(keyAt(view, i + 3))) return true;
  // "un « mécanisme » contraignant, qui interdirait toute incarcération …": a relative in the conditional says what
  // the thing asked for would do.
  if (k === 'qui' && conditionalWithin(view, i + 2)) return true;
  // "a salué un vote «de bon sens», qui protège les entreprises familiales": after a quoted fragment, a relative in
  // the present to the end of the sentence goes on with the speaker's judgement (not "qui avait repéré …").
  if (k === 'qui' && presentRelative(view, i + 2) && quoteBefore(view, i) && runsToEnd(view, i + 2)) return true;
  if (view.tokens[i + 1]?.kind === 'number' && keyAt(view, i + 2) === 'ans' && keyAt(view, i + 3) === ',') return true;
  if (k === 'et' || k === 'ou') return secondObject(view, i + 2);
  // "l'accord avec le Mercosur, que la Commission veut signer, et l'abattage des troupeaux": a relative set off by
  // commas before a second object.
  if (RELATIVE_OPENERS.has(k)) {
    const close = relativeClose(view, i + 1);
    return close > 0 && keyAt(view, close + 1) === 'et' && secondObject(view, close + 2);
  }
  // "d'un risque marqué, avec des plaques sensibles.": an indefinite "avec" phrase closing the sentence describes the object.
  if (k === 'avec' && INDEFINITES.has(keyAt(view, i + 2)) && closingPhrase(view, i + 2)) return true;
  return listItem(view, i + 1) || adjectiveList(view, i);
}

/** Most tokens between "qui" and its verb in the conditional ("qui ne permettrait plus"). */
const MAX_CONDITIONAL_GAP = 3;

/** Is there a verb in the conditional ("interdirait", "pourraient") within a few tokens from `j`? */
function conditionalWithin(view: View, j: number): boolean {
  for (let k = j; k < j + MAX_CONDITIONAL_GAP; k++) {
    const t = view.tokens[k];
    if (t === undefined || t.kind !== 'word') return false;
    if (t.key.length > 5 && (t.key.endsWith('rait') || t.key.endsWith('raient'))) return true;
  }
  return false;
}

/** Clitics and negation between "qui" and its verb: "qui ne protège", "qui les protège", "qui s'impose". */
const RELATIVE_CLITICS: ReadonlySet<string> = new Set(['ne', "n'", 'se', "s'", 'les', "l'", 'le', 'la', 'lui', 'leur', 'en', 'y', 'nous', 'vous']);
/** Modals of a scheduled fact ("qui doit débuter le 10 janvier"): the writer's, not the speaker's. */
const SCHEDULE_MODALS: ReadonlySet<string> = new Set(['doit', 'doivent', 'devra', 'devront']);

/**
 * Is the verb of the relative at `j` (after "qui") a simple present: a lower-case word, no auxiliary of a
 * compound past, no imperfect ("-ait", "-aient"), no modal of a schedule?
 */
function presentRelative(view: View, j: number): boolean {
  let v = j;
  while (v < j + 2 && RELATIVE_CLITICS.has(keyAt(view, v))) v++;
  const t = view.tokens[v];
  if (t === undefined || t.kind !== 'word' || t.text !== t.key || view.entityOf[v] !== undefined) return false;
  if (AUXILIARY_FORMS.has(t.key) || SCHEDULE_MODALS.has(t.key)) return false;
  return !t.key.endsWith('ait') && !t.key.endsWith('aient');
}

/** Does the phrase at `j` run to the end of its sentence, with no comma, semicolon or colon, within MAX_TAIL tokens? */
function runsToEnd(view: View, j: number): boolean {
  const end = sentenceEnd(view, j);
  if (end >= j + MAX_TAIL) return false;
  for (let k = j; k < end; k++) {
    const key = keyAt(view, k);
    if (key === ',' || key === ';' || key === ':' || view.tokens[k]?.newlineBefore === true) return false;
  }
  return true;
}

/** Does a quotation stand in the sentence before token `i`? */
function quoteBefore(view: View, i: number): boolean {
  for (let j = i - 1; j >= sentenceStart(view, i); j--) if (view.quoteOf[j] !== undefined) return true;
  return false;
}

/** Most tokens between a sizing participle and its count ("affectant au total quelque 70 000"). */
const MAX_SIZING_GAP = 3;

/**
 * Does a present participle that is no reporting verb, then a count, open at `j` ("affectant quelque 70 000
 * passagers", "touchant 3 millions de foyers", "représentant 12 % du PIB")?
 */
function sizingParticiple(view: View, j: number): boolean {
  const t = view.tokens[j];
  if (t === undefined || t.kind !== 'word' || t.text !== t.key || !t.key.endsWith('ant') || t.key.length < 6 || view.inCue[j] === 1 || isReportingGerund(view.doc, j) || PREPOSITIONAL_PARTICIPLES.has(t.key)) return false;
  for (let k = j + 1; k <= j + MAX_SIZING_GAP; k++) {
    const u = view.tokens[k];
    if (u === undefined || u.kind === 'punct' || u.kind === 'quote') return false;
    if (u.kind === 'number' || NUMBER_WORDS.has(u.key)) return true;
  }
  return false;
}

/** Relative pronouns that open a clause set off by commas inside an object. */
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['qui', 'que', "qu'", 'dont']);

/** The comma closing a relative clause that starts at `j`, in the same sentence and outside quotations, or -1. */
function relativeClose(view: View, j: number): number {
  const sentence = view.tokens[j]?.sentence;
  for (let k = j + 1; k < j + MAX_TAIL; k++) {
    const t = view.tokens[k];
    if (t === undefined || t.sentence !== sentence || t.kind === 'quote' || t.key === ';' || t.key === ':' || FINAL_PUNCT.has(t.key)) return -1;
    if (t.key === ',') return k;
  }
  return -1;
}

/** Indefinite and partitive determiners: "avec des plaques", "avec un risque". */
const INDEFINITES: ReadonlySet<string> = new Set(['un', 'une', 'des', 'du', 'de', "d'"]);

/** Does a phrase without a verb run from `j` to the end of the sentence (no comma, no new clause)? */
function closingPhrase(view: View, j: number): boolean {
  if (!verblessUpTo(view, j)) return false;
  const sentence = view.tokens[j]?.sentence;
  for (let k = j; k < j + MAX_ITEM; k++) {
    const t = view.tokens[k];
    if (t === undefined || t.sentence !== sentence) return true;
    const q = view.quoteByOpen.get(k);
    if (q !== undefined) k = q.close;
    else if (t.key === ',' || t.key === ';') return false;
    else if (FINAL_PUNCT.has(t.key)) return view.tokens[k + 1] === undefined || view.tokens[k + 1]?.sentence !== sentence || view.tokens[k + 1]?.kind === 'quote';
  }
  return false;
}

/** Is token `j` a bare lower-case word that may be an adjective of a list ("turc" in "qatari, turc et américain")? */
function bareWord(view: View, j: number): boolean {
  const t = view.tokens[j];
  if (t === undefined || t.kind !== 'word' || t.text !== t.key || view.entityOf[j] !== undefined || view.inCue[j] === 1) return false;
  return !VERB_GROUP_STARTERS.has(t.key) && !COMPLEMENTISERS.has(t.key) && !OBJECT_OPENERS.has(t.key) && !COORDINATORS.has(t.key) && t.key !== 'qui';
}

/** Most adjectives of a list after the first one ("qatari, turc, saoudien et américain"). */
const MAX_ADJECTIVES = 5;

/**
 * Does the comma at `i` go on with a list of single adjectives after a noun
 * ("un consortium qatari, turc et américain pour …"): one bare word each,
 * separated by commas, the last after "et" / "ou"?
 */
function adjectiveList(view: View, i: number): boolean {
  if (!bareWord(view, i - 1)) return false;
  let j = i + 1;
  for (let n = 0; n < MAX_ADJECTIVES; n++) {
    if (!bareWord(view, j)) return false;
    const next = keyAt(view, j + 1);
    if (next === 'et' || next === 'ou') return bareWord(view, j + 2);
    if (next !== ',') return false;
    j += 2;
  }
  return false;
}

/**
 * Walk from token `from` to the end of its sentence (at most
 * MAX_CONTENT_TOKENS), over whole quotations and never across a line break,
 * until `stop(i, key)` says the content ends before token `i`.
 */
function scanContent(view: View, from: number, stop: (i: number, key: string) => boolean): TokenRange | null {
  const end = Math.min(sentenceEnd(view, from), from + MAX_CONTENT_TOKENS);
  let i = from;
  while (i < end) {
    const t = view.tokens[i];
    if (t === undefined) break;
    // The quote holding the token opens here when its first token is this one: an array read, not a Map look-up
    // per token (quotes never nest, so the quote holding an opening mark is the one it opens).
    const q = view.quoteOf[i];
    if (q !== undefined && q.open === i && q.close < end) {
      i = q.close + 1;
      continue;
    }
    if (i > from && t.newlineBefore) break;
    if (stop(i, t.key)) break;
    i++;
  }
  return trimRange(view, from, i);
}

/**
 * The content that starts at token `from`: to the end of the sentence for a
 * clause, to the next comma for a phrase; never stops inside a quotation.
 * Without `subordinate` a clause keeps its ", alors que …" ("Selon X, P,
 * alors que Q": the source opens the whole sentence). With `apposition` a
 * phrase goes on past an apposition set off by commas instead of stopping at
 * its first comma.
 */
export function contentAfter(view: View, from: number, mode: ContentMode, apposition = false, subordinate = true): TokenRange | null {
  let through = -1;
  let relative = false;
  let comma = false;
  return scanContent(view, from, (i, k) => {
    if (k === ';' || k === '|' || (k === ':' && mode === 'phrase')) return true;
    if (k === 'qui' || k === 'que' || k === "qu'" || k === 'dont') relative = true;
    // "a menacé d'imposer des droits de douane après le refus de M. X": when the act took place is the writer's.
    if (mode === 'phrase' && !relative && i > from && k === 'après' && NP_DETERMINERS.has(keyAt(view, i + 1))) return true;
    if (k === ',' && apposition && mode === 'phrase') {
      if (i === through) return false;
      through = appositionEnd(view, i);
      if (through > i) return false;
    }
    if (k === ',' && mode === 'phrase' && !quotedRelative(view, i) && !closingTail(view, i) && !objectGoesOn(view, i)) return true;
    if (k === ',' && (inciseAfterComma(view, i + 1, false) || resumptiveApposition(view, i))) return true;
    // "… avec la Russie dans un message au président": where it was said ends a phrase, or a clause after a comma.
    if (i > from && (mode === 'phrase' || keyAt(view, i - 1) === ',') && speechEventAt(view, i)) return true;
    // "a reconnu les faits devant les enquêteurs": the audience it was said before ends a phrase.
    if (i > from && mode === 'phrase' && !relative && audienceAt(view, i)) return true;
    // "a annoncé sa démission sur la foi de …", "réclamaient sa démission depuis des mois": the ground and the
    // duration of the act of saying are not what was said.
    // A lapse only right after a plain object ("ville de 60 000 habitants, coupée du monde depuis dix jours" keeps it).
    if (mode === 'phrase' && i > from && ((k === 'sur' && keyAt(view, i + 1) === 'la' && keyAt(view, i + 2) === 'foi') || (lapseSince(view, i) && !comma))) return true;
    if (k === ',') comma = true;
    // "… en Ukraine. et il est souligné": a full stop the sentence splitter kept.
    if (mode === 'phrase' && FINAL_PUNCT.has(k) && !isAbbreviationDot(view.tokens, i)) return true;
    // "Selon X, son équipe a manqué de tueur et a payé ses erreurs": when the source opens the sentence, a verb after
    // "et" shares the content's own subject; after a cue it is the speaker's next act ("a dit que P et a ajouté").
    const ownSubject = !subordinate && mode === 'clause' && k === 'et';
    if (i > from && COORDINATORS.has(k) && VERB_GROUP_STARTERS.has(keyAt(view, i + 1)) && k !== 'ou' && !ownSubject) return true;
    // "a dénoncé un accord … et annoncé une grève": a second reporting verb of the same subject.
    if (i > from && (k === 'et' || k === 'mais') && isReportingParticiple(view.doc, i + 1)) return true;
    // "a salué « une réaction d'équipe » tout en reconnaissant que …": the speaker's gerund opens a second report.
    if (i > from && k === 'tout' && keyAt(view, i + 1) === 'en' && isReportingGerund(view.doc, i + 2)) return true;
    // "a condamné une attaque « barbare » et ordonné aux forces de …": a second verb sharing the auxiliary ends an object.
    if (i > from && mode === 'phrase' && k === 'et' && sharedAuxiliaryParticiple(view, i + 1)) return true;
    // "a annoncé la suppression de 300 postes et les syndicats ont dénoncé …": a second speaker's report ends an object.
    if (i > from && mode === 'phrase' && coordinatedSpeakerAt(view, i)) return true;
    // "rejettent ces accusations et affirment que …": a second reporting verb ends an object.
    if (i > from && mode === 'phrase' && (k === 'et' || k === 'mais') && view.cueAt.get(i + 1)?.finite === true) return true;
    // "…, pourrait impliquer des munitions alors que le président …": only after an incise (see caller).
    return subordinate && i > from + 2 && mode === 'clause' && TRAILING_SUBORDINATORS.has(k) && COMPLEMENTISERS.has(keyAt(view, i + 1)) && view.quoteOf[i] === undefined;
  });
}

/** The same without the subordinator stop: a que-clause keeps "alors que …" ("avaient échangé des lettres alors que Moscou …"). */
export function clauseAfter(view: View, from: number): TokenRange | null {
  const fronted = frontedSubordinate(view, from);
  return scanContent(view, from, (i, k) => {
    if (k === ';' || k === '|') return true;
    // "Puisque le médecin affirme que tout va bien, le joueur sera aligné": the main clause after the fronted one.
    if (fronted && k === ',' && i > from && view.quoteOf[i] === undefined) return true;
    if (k === ',' && i > from && secondSpeakerAfter(view, i + 1)) return true;
    // "que P, mais les syndicats estiment que Q": after a comma, a second speaker's report ends the clause (without the
    // comma "que Paris et Berlin ont confirmé" is one coordinated subject inside what was said).
    if (k === ',' && i > from && coordinatedSpeakerAt(view, i + 1)) return true;
    if (k === ',' && i > from + 2 && backgroundRelative(view, i)) return true;
    // "dit avoir voté « pour la stabilité » : « Depuis 2021, … »": a colon opens a quotation of its own.
    if (k === ':' && i > from && view.quoteByOpen.has(i + 1)) return true;
    if (k === ',' && (inciseAfterComma(view, i + 1, true) || resumptiveApposition(view, i))) return true;
    if (i > from && keyAt(view, i - 1) === ',' && speechEventAt(view, i)) return true;
    // "a reconnu que P, et annoncé une hausse": a reporting participle sharing the cue's subject ends the clause.
    if (i > from && (k === 'et' || k === 'mais') && view.cueAt.get(i + 1)?.subjectBefore !== undefined) return true;
    // "estime que « P » et prévoit un rassemblement": a clause quoted whole is over; the next verb is the speaker's.
    if ((k === 'et' || k === 'mais') && view.quoteByOpen.get(from)?.close === i - 1 && view.cueAt.get(i + 1)?.finite === true) return true;
    // ("qu'il souffrait d'une entorse et serait absent trois semaines": a verb in the imperfect or the conditional,
    // the tenses of reported speech, goes on with the clause's own subject.)
    // "et n'envisageait pas de faire appel": the same past a negation.
    const verb = NEGATION_BEFORE.has(keyAt(view, i + 1)) ? i + 2 : i + 1;
    return i > from && (k === 'et' || k === 'mais' || k === 'puis') && VERB_GROUP_STARTERS.has(keyAt(view, i + 1)) && !reportedTense(view, verb);
  });
}


/** Shortest verb form read for the endings of the imperfect and the conditional ("serait", "avaient"). */
const MIN_REPORTED_TENSE_FORM = 5;

/** A verb in the imperfect or the conditional at `i` that is no cue of its own ("serait", "pourraient", "avait"). */
function reportedTense(view: View, i: number): boolean {
  const k = keyAt(view, i);
  return k.length >= MIN_REPORTED_TENSE_FORM && (k.endsWith('ait') || k.endsWith('aient')) && !view.cueAt.has(i);
}

/** Past auxiliaries of a relative that tells the writer's background: "qui a permis", "dont le chef avait provoqué". */
const BACKGROUND_AUXILIARIES: ReadonlySet<string> = new Set(['a', 'ont', 'avait', 'avaient']);
/** Most tokens between the relative pronoun and its auxiliary ("dont le chef a"). */
const MAX_RELATIVE_SUBJECT = 3;

/**
 * Does the comma at `i`, right after a name, open a relative in the past that runs to the end of the sentence:
 * "qu'il ne gouvernerait pas avec le PVV, dont le chef a provoqué en juin la chute du gouvernement", "vouloir confier
 * à l'Otan l'initiative d'achat d'obus pour l'Ukraine, qui a permis d'acheminer 1,8 million de munitions"? The
 * writer's background on the name, not what was said. A relative closed by a comma before a verb is an incise.
 */
function backgroundRelative(view: View, i: number): boolean {
  const named = view.entityOf[i - 1];
  const k = keyAt(view, i + 1);
  if (named === undefined || (k !== 'qui' && k !== 'dont') || view.quoteOf[i] !== undefined) return false;
  let aux = -1;
  for (let j = i + 2; j <= i + 2 + MAX_RELATIVE_SUBJECT; j++) {
    if (BACKGROUND_AUXILIARIES.has(keyAt(view, j)) && isParticiple(keyAt(view, j + 1))) {
      aux = j;
      break;
    }
  }
  if (aux < 0) return false;
  const end = sentenceEnd(view, i);
  for (let j = aux + 2; j < end; j++) {
    if (view.quoteByOpen.has(j)) return false;
    // Only adjuncts may follow a later comma (", au bout de onze mois"): anything else may be the clause's own verb.
    if (keyAt(view, j) === ',' && !ADJUNCT_OPENERS.has(keyAt(view, j + 1))) return false;
  }
  return true;
}

/** Words that open an adjunct after a comma: ", au bout de onze mois", ", en retirant ses ministres". */
const ADJUNCT_OPENERS: ReadonlySet<string> = new Set(['au', 'aux', 'à', 'en', 'dans', 'pour', 'après', 'avant', 'depuis', 'lors', 'sur', 'avec', 'sans', 'par', 'notamment', 'soit']);

/** Most tokens between "tandis que" and the cue of a second speaker ("tandis que le Portugal, ancienne …, a demandé"). */
const MAX_CONTRAST_SUBJECT = 12;

/**
 * Does ", tandis que X a appelé à …" open at `i`: a contrast ("tandis que", "alors que") whose subject has a
 * reporting verb of its own? Another speaker's report, not the end of what the first one said.
 */
/**
 * Does the clause reported from `from` stand inside an adverbial clause that opens the sentence ("Puisque X affirme
 * que P, Q", "Même si la direction assure que P, Q")? Then the first comma closes it and the main clause follows.
 */
function frontedSubordinate(view: View, from: number): boolean {
  const start = sentenceStart(view, from);
  let first = start;
  while (first < from && view.tokens[first]?.kind === 'quote') first++;
  const k = keyAt(view, first);
  const opener = FRONTED_SUBORDINATORS.has(k) || (FRONTED_SUBORDINATOR_PAIRS.has(k) && COMPLEMENTISERS.has(keyAt(view, first + 1))) || (k === 'même' && keyAt(view, first + 1) === 'si');
  if (!opener) return false;
  for (let i = first + 1; i < from; i++) if (keyAt(view, i) === ',' || view.quoteOf[i] !== undefined) return false;
  return true;
}

/** Most tokens of the subject of a coordinated second report ("mais les syndicats de l'usine estiment"). */
const MAX_COORDINATED_SUBJECT = 6;

/**
 * Does the coordinator at `i` open a second speaker's report: "… que les crédits seraient maintenus, mais les
 * syndicats estiment que …", "a annoncé la suppression de 300 postes et les syndicats ont dénoncé …"? A determiner
 * opens a short subject whose verb is a finite cue; a complementiser, a quote or a punctuation mark before it means
 * the coordination is inside what was said.
 */
function coordinatedSpeakerAt(view: View, i: number): boolean {
  const k = keyAt(view, i);
  if ((k !== 'et' && k !== 'mais') || view.quoteOf[i] !== undefined || !NP_DETERMINERS.has(keyAt(view, i + 1))) return false;
  const sentence = view.tokens[i]?.sentence;
  for (let j = i + 2; j <= i + 1 + MAX_COORDINATED_SUBJECT; j++) {
    const t = view.tokens[j];
    if (t === undefined || t.sentence !== sentence || t.kind === 'quote' || t.kind === 'punct' || COMPLEMENTISERS.has(t.key)) return false;
    const cue = view.cueAt.get(j);
    if (cue !== undefined) return cue.finite && !cue.participial && cue.subjectBefore === undefined && cue.from === j;
  }
  return false;
}

function secondSpeakerAfter(view: View, i: number): boolean {
  if (!TRAILING_SUBORDINATORS.has(keyAt(view, i)) || !COMPLEMENTISERS.has(keyAt(view, i + 1))) return false;
  const sentence = view.tokens[i]?.sentence;
  for (let j = i + 3; j <= i + 2 + MAX_CONTRAST_SUBJECT; j++) {
    const t = view.tokens[j];
    if (t === undefined || t.sentence !== sentence || t.kind === 'quote' || COMPLEMENTISERS.has(t.key)) return false;
    const cue = view.cueAt.get(j);
    if (cue !== undefined) return cue.finite && !cue.participial;
  }
  return false;
}

/**
 * The content that ends before token `to` (an incise or "selon" follows):
 * from the start of the clause — the sentence start, or after a colon or a
 * dash (a semicolon joins two statements of the same report).
 */
export function contentBefore(view: View, to: number): TokenRange | null {
  const floor = Math.max(sentenceStart(view, to - 1 < 0 ? 0 : to - 1), to - MAX_CONTENT_TOKENS);
  let start = floor;
  for (let i = to - 1; i >= floor; i--) {
    const t = view.tokens[i];
    if (t === undefined) break;
    if (view.quoteOf[i] !== undefined && view.quoteOf[i]?.open !== i && view.quoteOf[i]?.close !== i) continue;
    // "Des heurts ont éclaté ; 27 personnes ont été interpellées, a indiqué la police": a semicolon joins two
    // statements of the same report; a colon or a dash opens the one reported.
    if ((CLAUSE_BREAKS.has(t.key) && t.key !== ';') || (i > floor && t.newlineBefore)) {
      start = CLAUSE_BREAKS.has(t.key) ? i + 1 : i;
      break;
    }
  }
  // "Mais les pays producteurs ont bloqué …, selon plusieurs négociateurs": the connective ties the sentence to the
  // writer's previous one; it is not what was said.
  const opener = view.tokens[start];
  if (opener !== undefined && start + 1 < to && SENTENCE_CONNECTIVES.has(opener.key) && opener.text !== opener.key) start++;
  return trimRange(view, start, to);
}

/** Drop leading and trailing punctuation (not quotes) and a final full stop. */
export function trimRange(view: View, from: number, to: number): TokenRange | null {
  let a = from;
  let b = to;
  while (a < b) {
    const t = view.tokens[a];
    if (t === undefined || (t.kind !== 'punct' && t.kind !== 'symbol')) break;
    if (t.key === '(' || t.key === '[') break;
    // "$5 millions": a symbol before a number belongs to the amount.
    if (t.kind === 'symbol' && view.tokens[a + 1]?.kind === 'number') break;
    a++;
  }
  while (b > a) {
    const t = view.tokens[b - 1];
    if (t === undefined || (t.kind !== 'punct' && t.kind !== 'symbol')) break;
    if (t.key === ')' || t.key === ']') break;
    // "sous la barre des 2 %", "79,99 €", "600 M€": a symbol after a number (and its scale) belongs to the amount.
    if (t.kind === 'symbol' && (view.tokens[b - 2]?.kind === 'number' || (view.tokens[b - 3]?.kind === 'number' && scaleAbbreviation(view, b - 2)))) break;
    // A full stop inside a quotation stays: "… sensibles.”" — the closing mark follows it.
    if (FINAL_PUNCT.has(t.key) && view.tokens[b]?.kind === 'quote' && view.quoteByClose.has(b)) break;
    b--;
  }
  return b > a ? { from: a, to: b } : null;
}

/** Is token `i` a short scale word glued to an amount's symbol: "M" of "600 M€", "Md" of "2 Md$", "k" of "50 k€"? */
function scaleAbbreviation(view: View, i: number): boolean {
  const t = view.tokens[i];
  return t !== undefined && t.kind === 'word' && t.text.length <= 3 && view.tokens[i + 1]?.start === t.end;
}

/** The kind a content's shape gives, and the range to report (a whole quote loses its marks). */
export function shapeOf(view: View, r: TokenRange): { kind: AttributionKind; range: TokenRange } {
  const q = view.quoteByOpen.get(r.from);
  if (q !== undefined && q.close === r.to - 1) {
    const inner = trimRange(view, r.from + 1, r.to - 1) ?? { from: r.from + 1, to: r.to - 1 };
    return { kind: 'direct', range: innerOf(view, inner) };
  }
  for (let i = r.from; i < r.to; i++) if (view.tokens[i]?.kind === 'quote') return { kind: 'mixed', range: r };
  return { kind: 'indirect', range: r };
}

/**
 * "Ottawa riposte aux droits de douane, « une attaque directe », dit X": a
 * whole quotation set off by a comma at the end of a content before its cue
 * is what was said; the words before it are the writer's. The quotation
 * (marks included), or the range unchanged.
 */
export function appendedQuote(view: View, r: TokenRange): TokenRange {
  const q = view.quoteByClose.get(r.to - 1);
  // "… a bouclé son marathon en 3 h 58 min. «Au 35e kilomètre, …», raconte-t-elle": a quotation after a full stop
  // opens a sentence of its own, even when the dot also ends an abbreviation.
  if (q === undefined || q.open - 1 <= r.from || (keyAt(view, q.open - 1) !== ',' && keyAt(view, q.open - 1) !== '.')) return r;
  return { from: q.open, to: r.to };
}

/** Inside a quotation keep the final punctuation: "… sensibles." */
function innerOf(view: View, r: TokenRange): TokenRange {
  let to = r.to;
  while (to < view.tokens.length && FINAL_PUNCT.has(keyAt(view, to)) && view.tokens[to + 1]?.kind === 'quote') to++;
  return { from: r.from, to };
}

/** The inner range of a quotation (marks excluded, inner final punctuation kept). */
export function quoteInner(view: View, open: number, close: number): TokenRange | null {
  let a = open + 1;
  let b = close;
  while (a < b && view.tokens[a]?.kind === 'punct' && !['(', '['].includes(keyAt(view, a)) && keyAt(view, a) !== '…') a++;
  while (b > a && (keyAt(view, b - 1) === ',' || keyAt(view, b - 1) === ';' || keyAt(view, b - 1) === ':')) b--;
  return b > a ? { from: a, to: b } : null;
}
