/**
 * Cues whose complement is the content, without "que": "ont accusé la
 * Corée du Nord de fournir …", "nient cette accusation", "a félicité la
 * Corée du Nord pour son « ferme soutien »", "se sont dits “profondément
 * préoccupés” par …", "s'inquiète de …". The content runs to the next
 * clause break: past an apposition, a relative holding a quotation or a
 * closing participial tail, never past a new clause (see `contentAfter`).
 */
import { contentAfter, distanceInTime, infinitiveAt, lapseSince, shapeOf } from '../content.js';
import { adverbialLength, deInfinitive, isReportingGerund, ledInfinitive } from '../cues.js';
import {
  ANONYMITY_WORDS,
  ATTRIBUTE_LEMMAS,
  ATTRIBUTE_TAIL_OPENERS,
  APPROXIMATORS,
  BOOKED_NOUNS,
  CLAIM_NOUNS,
  LOSS_NOUNS,
  RESULT_NOUNS,
  ROUND_NUMBER_NOUNS,
  CALL_PREPOSITIONS,
  CALLED_NOUNS,
  CALLED_NOUN_ENDINGS,
  COMPLEMENTISERS,
  PARTS_OF_DAY,
  DEFINITE_ARTICLES,
  EFFECT_NOUNS,
  EVALUATIVE_ADJECTIVES,
  ADMINISTERED_NOUNS,
  FORECAST_CHANGE_NOUNS,
  FORECAST_NOUNS,
  LEVEL_NOUNS,
  STANCE_OBJECT_NOUNS,
  PREPOSITIONS_DE,
  DEMONSTRATIVE_DETERMINERS,
  PREPOSITIONAL_OBJECT_LEMMAS,
  RESULT_ATTRIBUTES,
  type ObjectGate,
  GATED_OBJECT_LEMMAS,
  IDIOM_OBJECTS,
  IDIOM_TAIL_OPENERS,
  IDIOM_OBJECT_HEADS,
  ONE_OF_UNITS,
  NEGATION_BEFORE,
  NUMBER_WORDS,
  PENALTY_NOUNS,
  PLEA_NOUNS,
  STRESSED_NOUNS,
  POSSESSIVE_DETERMINERS,
  PROVISION_NOUNS,
  SPEECH_ACT_NOUNS,
  OBJECT_CONTENT_LEMMAS,
  PRONOMINAL_CONTENT_LEMMAS,
  QUOTED_OBJECT_CLASSES,
  QUOTED_ONLY_PRONOMINAL_LEMMAS,
  REFLEXIVE,
  SOCIAL_PLATFORMS,
  SPEECH_EVENT_DETERMINERS,
  MEDIUM_NOUNS,
  SPEECH_EVENT_NOUNS,
  STATEMENT_DETERMINERS,
  STATEMENT_OBJECT_NOUNS,
  UNIVERSAL_DETERMINERS,
  ADDRESSEE_OBJECT_OPENERS,
  GOVERNING_PREPOSITIONS,
  NP_DETERMINERS,
  PERSON_ANAPHOR_HEADS,
  TELLING_CLASSES,
  VERB_GROUP_STARTERS,
} from '../data.js';
import { AUXILIARY_FORMS, REPORTING_LEMMAS } from '../../lexicon/generated/reporting-verbs.js';
import type { AttributionRule, Found } from '../found.js';
import { leftSubject, onPlatform, type SpeakerRef } from '../speakers.js';
import { keyAt, type View } from '../view.js';

const OBJECT_LEMMAS: ReadonlySet<string> = new Set(OBJECT_CONTENT_LEMMAS.values());
const CLASS_OF: ReadonlyMap<string, string> = new Map(REPORTING_LEMMAS.map((l) => [l.lemma, l.class]));
/** Lemmas with a frequent non-reporting sense: their weakness is not only a form shared with a noun. */
const POLYSEMOUS: ReadonlySet<string> = new Set(REPORTING_LEMMAS.filter((l) => l.polysemous).map((l) => l.lemma));

/** Prepositions of a date between the cue and its object. */
const DATE_PREPOSITIONS: ReadonlySet<string> = new Set(['dès', 'en', 'depuis', 'dans', 'avant', 'après', 'pour']);

/** First token of the complement: after adverbs and dates ("a récemment décrit", "a déclaré lundi"), and where it was said. */
/** Stressed pronouns set off by commas after a verb: "réclame, elle, …", "demandent, eux, …". */
const STRESSED_INCISE_PRONOUNS: ReadonlySet<string> = new Set(['lui', 'elle', 'eux', 'elles']);

export function complementStart(view: View, from: number): number {
  let i = from;
  while (i < from + 6) {
    // "réclame depuis cinq ans l'équipement …", "demande depuis des mois …": how long it has been asked for.
    if (lapseSince(view, i)) {
      i += 3;
      continue;
    }
    // "revendique depuis le 13 octobre la victoire": a preposition, the article of a date outside it, the date.
    const dated = DATE_PREPOSITIONS.has(keyAt(view, i)) && (keyAt(view, i + 1) === 'le' || keyAt(view, i + 1) === "l'") && view.inDate[i + 2] === 1;
    const n = dated ? 0 : adverbialLength(view.doc, i);
    if (dated) i += 3;
    else if (n > 0) i += n;
    else if (view.inDate[i] === 1) i++;
    // "a annoncé dès mardi", "avait annoncé en avril 2023": a preposition before a date.
    else if (DATE_PREPOSITIONS.has(keyAt(view, i)) && view.inDate[i + 1] === 1) i += 2;
    // "a fait état dans la nuit de 98 drones": a part of the day is when it was said.
    else if (keyAt(view, i) === 'dans' && DEFINITE_ARTICLES.has(keyAt(view, i + 1)) && PARTS_OF_DAY.has(keyAt(view, i + 2))) i += 3;
    // "réclame, elle, l'arrêt des abattages": a stressed pronoun set off by commas stresses the subject.
    else if (keyAt(view, i) === ',' && STRESSED_INCISE_PRONOUNS.has(keyAt(view, i + 1)) && keyAt(view, i + 2) === ',') i += 3;
    // "a dénoncé, dans un communiqué, une décision …", "a salué, lundi, un accord": where or when, set off by commas.
    else if (adjunctIncise(view, i) > 0) i += adjunctIncise(view, i);
    else break;
  }
  return i + (whereSaid(view, i) || whenSaid(view, i) || onMedium(view, i));
}

/** Prepositions that open an incise of where or when after a cue: ", dans un communiqué,", ", lors du débat,". */
const INCISE_PREPOSITIONS: ReadonlySet<string> = new Set(['dans', 'lors', 'sur', 'devant', 'auprès', 'au', 'à', 'pendant', 'durant', 'en']);
/** Most tokens inside such an incise. */
const MAX_ADJUNCT_INCISE = 8;

/** Is token `i` a bare lower-case word that can be an adjective of manner ("ravi", "amer"), not a determiner or a verb? */
function mannerWord(view: View, i: number): boolean {
  const t = view.tokens[i];
  if (t === undefined || t.kind !== 'word' || t.text !== t.key || view.entityOf[i] !== undefined || view.inCue[i] === 1) return false;
  return !NP_DETERMINERS.has(t.key) && !VERB_GROUP_STARTERS.has(t.key) && !COMPLEMENTISERS.has(t.key) && t.key !== 'qui' && t.key !== 'et';
}

/**
 * Tokens of an incise set off by commas at `i` (the first comma) that says
 * where or when something was said (", dans un communiqué,", ", lundi,",
 * ", sur X,") when the complement follows the closing comma; 0 otherwise.
 */
function adjunctIncise(view: View, i: number): number {
  if (keyAt(view, i) !== ',') return 0;
  const open = i + 1;
  const sentence = view.tokens[i]?.sentence;
  // "a annoncé, ravi, la réouverture du musée": one adjective of manner set off by commas.
  if (keyAt(view, open + 1) === ',' && mannerWord(view, open) && complementFollows(view, open + 2) && !COMPLEMENTISERS.has(keyAt(view, open + 2))) return 3;
  if (!INCISE_PREPOSITIONS.has(keyAt(view, open)) && view.inDate[open] !== 1 && adverbialLength(view.doc, open) === 0) return 0;
  for (let m = open + 1; m <= open + MAX_ADJUNCT_INCISE; m++) {
    const t = view.tokens[m];
    if (t === undefined || t.sentence !== sentence || t.kind === 'quote' || view.cueAt.has(m) || COMPLEMENTISERS.has(t.key)) return 0;
    if (t.key === ',') return complementFollows(view, m + 1) && !COMPLEMENTISERS.has(keyAt(view, m + 1)) ? m + 1 - i : 0;
    if (t.kind === 'punct') return 0;
  }
  return 0;
}

/**
 * The key of token `i`, with an elision the tokenizer left apart before a quotation mark ("d’« au moins dix morts »"
 * reads "d", "’", "«"): "d'".
 */
function elidedKey(view: View, i: number): string {
  const k = keyAt(view, i);
  return k.length === 1 && keyAt(view, i + 1) === "'" && view.tokens[i + 1]?.start === view.tokens[i]?.end ? `${k}'` : k;
}

/** Prepositions before an outlet: "sur la chaîne", "à la radio", "au micro de", "dans les colonnes du". */
const MEDIUM_PREPOSITIONS: ReadonlySet<string> = new Set(['sur', 'à', 'au', 'aux', 'dans']);
/** Most tokens after the outlet noun before the complement ("publique ARD", "du club", "de France Inter"). */
const MAX_MEDIUM_TAIL = 5;

/**
 * Tokens of an outlet phrase at `i` ("sur la chaîne publique ARD", "sur le
 * site du club", "au micro de France Inter") when the complement follows
 * right after it: where it was said is not what was said. 0 when none.
 */
function onMedium(view: View, i: number): number {
  const k = keyAt(view, i);
  if (!MEDIUM_PREPOSITIONS.has(k)) return 0;
  let j = i + 1;
  if (k !== 'au' && k !== 'aux') {
    if (!SPEECH_EVENT_DETERMINERS.has(keyAt(view, j))) return 0;
    j++;
  }
  if (!MEDIUM_NOUNS.has(keyAt(view, j))) return 0;
  const end = Math.min(view.tokens.length, j + 1 + MAX_MEDIUM_TAIL);
  for (let m = j + 1; m <= end; m++) {
    const t = view.tokens[m];
    if (t === undefined || view.cueAt.has(m)) return 0;
    // A determiner right after "de" belongs to the outlet's name ("du site de la radio", "de l'Élysée").
    const prev = keyAt(view, m - 1);
    if (prev !== 'de' && prev !== "d'" && complementFollows(view, m)) return m - i;
    if (view.quoteOf[m] !== undefined || (t.kind !== 'word' && t.key !== "'" && t.key !== '-')) return 0;
  }
  return 0;
}

/** Prepositions of a time span: "pendant la campagne", "durant son mandat", "lors de sa visite", "au cours du débat". */
const DURING: ReadonlySet<string> = new Set(['pendant', 'durant', 'lors', 'au']);

/**
 * Tokens of "pendant la campagne", "lors de sa visite", "au cours du
 * débat télévisé" at `i`, before a complement that follows right after
 * ("avait promis pendant la campagne de « rouvrir … »"): when it was said is
 * not what was said. 0 when none.
 */
function whenSaid(view: View, i: number): number {
  const k = keyAt(view, i);
  if (!DURING.has(k)) return 0;
  let j = i + 1;
  if (k === 'au') {
    if (keyAt(view, j) !== 'cours') return 0;
    j++;
  }
  if (k === 'lors' || k === 'au') {
    const de = keyAt(view, j);
    if (de === 'du' || de === 'des') j++;
    else if (de === 'de' || de === "d'") j += 2;
    else return 0;
  } else if (SPEECH_EVENT_DETERMINERS.has(keyAt(view, j))) j++;
  else return 0;
  const noun = view.tokens[j];
  if (noun === undefined || noun.kind !== 'word' || noun.text !== noun.key || view.entityOf[j] !== undefined) return 0;
  j++;
  // One lower-case adjective: "pendant la campagne présidentielle".
  const adjective = view.tokens[j];
  if (adjective !== undefined && adjective.kind === 'word' && adjective.text === adjective.key && adjective.key.length > 3 && !complementFollows(view, j) && complementFollows(view, j + 1)) j++;
  return complementFollows(view, j) ? j - i : 0;
}

/** Participles after a speech event noun: "dans un communiqué publié à Washington". */
const EVENT_PARTICIPLES: ReadonlySet<string> = new Set(['publié', 'publiée', 'diffusé', 'diffusée', 'posté', 'postée', 'mis', 'mise']);

/**
 * Tokens of "sur X", "sur Telegram", "dans un communiqué (publié à
 * Washington)" at `i`, before the complement: where it was said is not what
 * was said. 0 when none.
 */
function whereSaid(view: View, i: number): number {
  const k = keyAt(view, i);
  const platform = onPlatform(view, i);
  if (platform > 0) return platform;
  if (k === 'devant') return beforeAudience(view, i);
  // "a dénoncé auprès de 20 Minutes un « abandon »": the one told, like "devant".
  if (k === 'auprès' && (keyAt(view, i + 1) === 'de' || keyAt(view, i + 1) === "d'")) {
    const n = beforeAudience(view, i + 1);
    return n > 0 ? n + 1 : 0;
  }
  // "auprès des journalistes", "auprès du Parisien": the article is fused with "de".
  if (k === 'auprès' && (keyAt(view, i + 1) === 'du' || keyAt(view, i + 1) === 'des')) return beforeAudience(view, i);
  // "a dénoncé à Bruxelles un comportement « imprudent »": the city where it was said, before the object.
  if (k === 'à' && view.entityOf[i + 1]?.type === 'LOCATION') {
    const place = view.entityOf[i + 1];
    let j = i + 1;
    while (view.entityOf[j] === place) j++;
    return complementFollows(view, j) ? j - i : 0;
  }
  if (k !== 'dans' && k !== 'lors') return 0;
  let j = i + 1;
  if (keyAt(view, j) === "d'" || keyAt(view, j) === 'de') j++;
  for (let n = 0; n < 2 && !SPEECH_EVENT_NOUNS.has(keyAt(view, j)); n++) {
    if (!SPEECH_EVENT_DETERMINERS.has(keyAt(view, j))) return 0;
    j++;
  }
  if (!SPEECH_EVENT_NOUNS.has(keyAt(view, j))) return 0;
  j++;
  // "dans une allocution télévisée « … »", "dans un message audio": one lower-case adjective after the noun.
  // Not a determiner of the object itself ("dans un communiqué un « vol »").
  const adjective = keyAt(view, j);
  if (view.tokens[j]?.kind === 'word' && view.tokens[j]?.text === adjective && adjective.length > 3 && !SPEECH_EVENT_DETERMINERS.has(adjective) && !EVENT_PARTICIPLES.has(adjective) && complementFollows(view, j + 1)) j++;
  // "publié à Washington", "diffusé sur X": a participle, its preposition and one or two words.
  if (EVENT_PARTICIPLES.has(keyAt(view, j)) && (keyAt(view, j + 1) === 'à' || keyAt(view, j + 1) === 'sur' || keyAt(view, j + 1) === 'par')) {
    // "diffusée sur les réseaux sociaux": the platform phrase as a whole.
    const platform = keyAt(view, j + 1) === 'sur' ? whereSaid(view, j + 1) : 0;
    let k2 = j + 2;
    if (platform > 0) k2 = j + 1 + platform;
    else for (let n = 0; n < 2 && view.tokens[k2]?.kind === 'word' && !view.quoteByOpen.has(k2); n++) k2++;
    j = k2;
  }
  // Only when the complement follows right after: a quotation, a determiner, "que", or "de" + infinitive ("a menacé … de partir").
  return complementFollows(view, j) ? j - i : 0;
}

/** Does a complement start at `j`: a quotation, a determiner, "que", or "de" + infinitive ("a menacé … de partir")? */
function complementFollows(view: View, j: number): boolean {
  const next = view.tokens[j];
  // "de partir", "de s'allier", "de ne pas céder", "de « rouvrir … »": "de" and an infinitive.
  const after = keyAt(view, j + 1);
  const infinitive = infinitiveAt(view, j + 1) || after === "s'" || after === 'se' || after === 'ne' || after === "n'" || (view.quoteByOpen.has(j + 1) && infinitiveAt(view, j + 2));
  const de = next !== undefined && (next.key === 'de' || next.key === "d'") && infinitive;
  return next !== undefined && (view.quoteByOpen.has(j) || SPEECH_EVENT_DETERMINERS.has(next.key) || COMPLEMENTISERS.has(next.key) || de);
}

/** Most words of the audience after "devant" ("devant les députés", "devant l'Assemblée nationale"). */
const MAX_AUDIENCE = 4;

/**
 * Tokens of "devant" + its audience at `i` ("a accusé devant l'Assemblée
 * nationale le régime …"): only when a named body or a determiner and a
 * noun are followed right away by the object's determiner, a quotation,
 * "que" or "de" + infinitive. 0 otherwise.
 */
function beforeAudience(view: View, i: number): number {
  let j = i + 1;
  const named = view.entityOf[j] ?? view.entityOf[j + 1];
  if (named !== undefined) {
    if (view.entityOf[j] === undefined) j++;
    const limit = j + MAX_AUDIENCE + 2;
    while (j < limit && view.entityOf[j] === named) j++;
  } else {
    if (!SPEECH_EVENT_DETERMINERS.has(keyAt(view, j))) return 0;
    j++;
    if (view.tokens[j]?.kind !== 'word') return 0;
    j++;
  }
  return complementFollows(view, j) ? j - i : 0;
}

/** Does the object at `start` open with an amount: a number ("18 ans", "350 000 euros") or a number word ("huit ans")? */
function amountAt(view: View, start: number): boolean {
  const t = view.tokens[start];
  // "un an de prison", "une amende d'un million": "un" before a unit is the number one, not an article.
  const one = t !== undefined && (t.key === 'un' || t.key === 'une') && ONE_OF_UNITS.has(keyAt(view, start + 1));
  return t !== undefined && (one || t.kind === 'number' || NUMBER_WORDS.has(t.key) || (t.key === 'de' && view.tokens[start + 1]?.kind === 'number'));
}

/** Does an approximate amount open at `start`: "plus d'un millier", "près de 300", "au moins 40"? */
function approximateAmountAt(view: View, start: number): boolean {
  let i = start;
  while (i < start + 2 && APPROXIMATORS.has(keyAt(view, i))) i++;
  if (i === start) return false;
  if (keyAt(view, i) === 'de' || keyAt(view, i) === "d'") i++;
  if (keyAt(view, i) === 'un' || keyAt(view, i) === 'une') i++;
  const t = view.tokens[i];
  return t !== undefined && (t.kind === 'number' || NUMBER_WORDS.has(t.key) || t.key === 'millier' || t.key === 'milliers' || t.key === 'centaine' || t.key === 'centaines');
}

/**
 * Does a count open at `i`: "23 soldats", "centaines de morts", "des milliers de manifestants", "plus de 300",
 * "une dizaine de blessés"?
 */
function countAt(view: View, i: number): boolean {
  if (amountAt(view, i) || approximateAmountAt(view, i)) return true;
  const j = keyAt(view, i) === 'des' || keyAt(view, i) === 'une' || keyAt(view, i) === 'un' ? i + 1 : i;
  return ROUND_NUMBER_NOUNS.has(keyAt(view, j)) && PREPOSITIONS_DE.has(keyAt(view, j + 1));
}

/** Does "de" and a count open at `i`: "de centaines de morts", "de 23 soldats", "d'au moins dix morts"? */
function countAfterDe(view: View, i: number): boolean {
  return (keyAt(view, i) === 'de' || keyAt(view, i) === "d'") && countAt(view, i + 1);
}

/** Does "à" and an amount open at `i`: "à 30 %", "à près de 400 millions", "à plus d'un millier"? */
function figureAt(view: View, i: number): boolean {
  // "estime le coût des dégâts entre 6 et 7 milliards de dollars": a range put on it too.
  return (keyAt(view, i) === 'à' || keyAt(view, i) === 'entre') && (amountAt(view, i + 1) || approximateAmountAt(view, i + 1));
}

/** Most tokens of a noun phrase before the figure put on it ("le coût total des trois jours de grève"). */
const MAX_FIGURED_NOUN = 8;

/** Does "à" and an amount follow a noun phrase that starts at `from`, before any punctuation or clause? */
function figureAfterNoun(view: View, from: number): boolean {
  for (let i = from; i < from + MAX_FIGURED_NOUN; i++) {
    const t = view.tokens[i];
    if (t === undefined || t.kind === 'punct' || t.kind === 'quote' || COMPLEMENTISERS.has(t.key) || view.cueAt.has(i)) return false;
    if (figureAt(view, i)) return true;
  }
  return false;
}

/** Head noun after at most one determiner and one adjective: "l'acquittement", "la relaxe pure et simple", "ses excuses". */
function headIn(view: View, start: number, nouns: ReadonlySet<string>): boolean {
  for (let i = start; i < start + 3; i++) if (nouns.has(keyAt(view, i))) return true;
  return false;
}

/** Reflexive clitics and negation that may open an infinitive after "à" ("à se manifester", "à ne pas sortir"). */
const INFINITIVE_CLITIC_STARTS: ReadonlySet<string> = new Set(['se', "s'", 'ne', "n'"]);

/** Indefinite determiners of the ones called ("des milliers de personnes à …"). */
const CALLEE_DETERMINERS: ReadonlySet<string> = new Set(['des', 'un', 'une', 'plusieurs']);

/** Most tokens of the ones called before "à" + infinitive ("les pays membres de l'Union à …"). */
const MAX_CALLEE = 8;

/** Does a noun phrase at `start` run to "à" + an infinitive: "ses partisans à manifester", "la police à tirer"? */
export function callee(view: View, start: number): boolean {
  const k = keyAt(view, start);
  if (!STATEMENT_DETERMINERS.has(k) && !CALLEE_DETERMINERS.has(k) && view.entityOf[start] === undefined) return false;
  const sentence = view.tokens[start]?.sentence;
  for (let j = start + 1; j < start + MAX_CALLEE; j++) {
    const t = view.tokens[j];
    if (t === undefined || t.sentence !== sentence || t.kind === 'punct' || t.kind === 'quote' || view.inCue[j] === 1 || COMPLEMENTISERS.has(t.key)) return false;
    // "les témoins à se manifester", "à ne pas sortir": clitics and negation before the infinitive.
    // "appelle les skieurs à la plus grande prudence", "à l'apaisement": a definite common noun, as after "au".
    if (t.key === 'à') return infinitiveAt(view, j + 1) || (INFINITIVE_CLITIC_STARTS.has(keyAt(view, j + 1)) && ledInfinitive(view.doc, j + 1)) || (j > start + 1 && calledNoun(view, j + 1));
    // "a appelé ses partisans au boycott", "appelle les électeurs aux urnes": a call to a common noun.
    if ((t.key === 'au' || t.key === 'aux') && j > start + 1) return view.entityOf[j + 1] === undefined && view.tokens[j + 1]?.kind === 'word' && view.tokens[j + 1]?.text === keyAt(view, j + 1);
  }
  return false;
}

/** Most words between the article and the noun of a call ("à la plus grande prudence"). */
const MAX_CALL_ADJECTIVES = 2;

/**
 * Is `i` "la" or "l'" and, after at most two lower-case words, a noun of an attitude or an act called for ("la
 * prudence", "la plus grande vigilance", "l'apaisement", "la grève")? Not a place or a time ("à la maison", "à la
 * fin de la journée").
 */
function calledNoun(view: View, i: number): boolean {
  const k = keyAt(view, i);
  if (k !== 'la' && k !== "l'") return false;
  for (let j = i + 1; j <= i + 1 + MAX_CALL_ADJECTIVES; j++) {
    const t = view.tokens[j];
    if (t === undefined || t.kind !== 'word' || t.text !== t.key || view.entityOf[j] !== undefined) return false;
    if (CALLED_NOUNS.has(t.key) || (t.key.length > 6 && CALLED_NOUN_ENDINGS.some((e) => t.key.endsWith(e)))) return true;
  }
  return false;
}

/** Words before a date that make it part of the object ("la grève du 5 décembre", "le vote de jeudi", "pour lundi"). */
const DATE_GOVERNORS: ReadonlySet<string> = new Set(['de', 'du', 'des', "d'", 'le', 'la', "l'", 'les', 'pour', 'à', 'au', 'après', 'dès', 'depuis', 'jusqu\'', 'en', 'ce', 'cette', 'chaque', 'entre', 'et', 'ou', 'ici', 'vers', 'dans', 'sur', 'sous', 'par', 'contre', 'avant', 'fin', 'début']);

/**
 * End of an object without a bare date that closes it right after a noun
 * ("l'enlèvement dimanche après-midi" → "l'enlèvement"); `to` when the date
 * depends on a word of the object ("la grève du 5 décembre") or fills it.
 */
function beforeClosingDate(view: View, from: number, to: number): number {
  // "de perdre « un joueur » à cinq jours de la fin du mercato": a distance in time closes the object too.
  for (let j = from + 2; j < to - 3; j++) if (view.quoteOf[j] === undefined && distanceInTime(view, j)) return j;
  let d = to;
  while (d > from && view.inDate[d - 1] === 1) d--;
  // After a noun only (more than three letters, not a preposition: "d'ici la fin de l'année" stays).
  const before = view.tokens[d - 1];
  if (d === to || d - from < 2 || before === undefined || before.kind !== 'word' || before.key.length <= 3 || DATE_GOVERNORS.has(before.key) || view.quoteOf[d - 1] !== undefined) return to;
  return d;
}

/** Does "et" / "mais" and a second verb of the same subject follow the object ending at `to` ("… » mais appelé à …")? */
function secondVerbAfter(view: View, to: number): boolean {
  const k = keyAt(view, to);
  // "a salué « une réaction d'équipe » tout en reconnaissant que …": a gerund of saying.
  if (k === 'tout' && keyAt(view, to + 1) === 'en') return isReportingGerund(view.doc, to + 2);
  return (k === 'et' || k === 'mais') && (view.cueAt.has(to + 1) || view.inCue[to + 1] === 1);
}

/** Most tokens of a thing blamed before "à" and its cause ("la fragilité du système électrique"). */
const MAX_BLAMED = 6;

/** Does "à" / "au" / "aux" and a word follow the noun phrase at `start` within a few words, in the same clause? */
function causeFollows(view: View, start: number): boolean {
  for (let i = start + 2; i <= start + MAX_BLAMED; i++) {
    const t = view.tokens[i];
    if (t === undefined || t.kind === 'punct' || view.entityOf[i]?.type === 'DATE' || COMPLEMENTISERS.has(t.key)) return false;
    if (CALL_PREPOSITIONS.has(t.key)) return view.tokens[i + 1]?.kind !== 'number';
  }
  return false;
}

/** Does "à" and an indefinite noun ("à une panne", "à des retards") follow the definite object at `start`? */
function indefiniteCause(view: View, start: number): boolean {
  for (let i = start + 2; i <= start + MAX_BLAMED; i++) {
    const t = view.tokens[i];
    if (t === undefined || t.kind === 'punct' || t.kind === 'quote' || view.entityOf[i] !== undefined || COMPLEMENTISERS.has(t.key)) return false;
    if (t.key === 'à') return CAUSE_DETERMINERS.has(keyAt(view, i + 1)) && view.tokens[i + 2]?.kind === 'word' && view.entityOf[i + 2] === undefined;
  }
  return false;
}

/** Indefinite determiners of a cause: "à une panne", "à des retards de livraison". */
const CAUSE_DETERMINERS: ReadonlySet<string> = new Set(['un', 'une', 'des']);

/** Most tokens of an object before its attribute ("Paul Biya vainqueur", "le candidat du parti au pouvoir élu"). */
const MAX_RESULT_OBJECT = 6;

/** Does an object at `start` take a result attribute within a few words ("Paul Biya vainqueur de l'élection")? */
function resultAttribute(view: View, start: number): boolean {
  const sentence = view.tokens[start]?.sentence;
  for (let i = start + 1; i <= start + MAX_RESULT_OBJECT; i++) {
    const t = view.tokens[i];
    if (t === undefined || t.sentence !== sentence || t.kind === 'punct' || COMPLEMENTISERS.has(t.key)) return false;
    if (RESULT_ATTRIBUTES.has(t.key)) return true;
  }
  return false;
}

/**
 * The object of a litotes cue ("n'a pas exclu de nouvelles frappes", "le recours à la force"): a common noun after
 * "de" or an article. Anything ruled in is a report; only people or counts ("trois joueurs") are not.
 */
function litotesObject(view: View, start: number): boolean {
  const k = keyAt(view, start);
  if (!PREPOSITIONS_DE.has(k) && !DEFINITE_ARTICLES.has(k)) return false;
  const next = view.tokens[start + 1];
  return next !== undefined && next.kind === 'word' && view.entityOf[start + 1] === undefined && !NUMBER_WORDS.has(next.key);
}

/** Does the object at `start` pass the gate of a lemma of several senses (GATED_OBJECT_LEMMAS)? */
function gatePasses(view: View, gate: ObjectGate, start: number): boolean {
  const k = keyAt(view, start);
  switch (gate) {
    case 'penalty':
      return amountAt(view, start) || headIn(view, start, PENALTY_NOUNS);
    case 'plea':
      // "plaide pour un cessez-le-feu", "en faveur d'une réforme": what is argued for; or a penalty asked.
      // Not "a plaidé pour la première fois": a time, not a cause.
      if (k === 'pour' && view.tokens[start + 1]?.kind === 'word' && keyAt(view, start + 2) !== 'fois' && keyAt(view, start + 3) !== 'fois') return true;
      if (k === 'en' && keyAt(view, start + 1) === 'faveur' && PREPOSITIONS_DE.has(keyAt(view, start + 2))) return true;
      // "a plaidé la légitime défense": a defence argued in court.
      if (DEFINITE_ARTICLES.has(k) && headIn(view, start + 1, PLEA_NOUNS)) return true;
      return gatePasses(view, 'penalty', start);
    case 'stress':
      // "a souligné l'importance de …", "les risques d'une escalade": a noun of what is stressed after its article.
      return DEFINITE_ARTICLES.has(k) && STRESSED_NOUNS.has(keyAt(view, start + 1));
    case 'own':
      if (POSSESSIVE_DETERMINERS.has(k) || (STATEMENT_DETERMINERS.has(k) && (STATEMENT_OBJECT_NOUNS.has(keyAt(view, start + 1)) || keyAt(view, start + 1) === 'faits'))) return true;
      // "reconnaît la mort de 23 soldats", "a reconnu la perte de deux appareils": a toll of one's own side.
      return DEFINITE_ARTICLES.has(k) && LOSS_NOUNS.has(keyAt(view, start + 1)) && countAfterDe(view, start + 2);
    case 'speech-act':
      return POSSESSIVE_DETERMINERS.has(k) && SPEECH_ACT_NOUNS.has(keyAt(view, start + 1));
    case 'call':
      // "appeler à la grève", "au calme": "à" and a common noun; not a place or a time ("appelé à Paris", "à 10 heures").
      if (CALL_PREPOSITIONS.has(k) && view.entityOf[start + 1] === undefined && view.entityOf[start + 2] === undefined && view.tokens[start + 1]?.kind === 'word' && view.tokens[start + 1]?.text === keyAt(view, start + 1)) return true;
      // "appeler ses partisans à manifester": the ones called, then "à" and an infinitive.
      return callee(view, start);
    case 'infinitive':
      // "menace de partir", "de s'en aller", "de les publier": an infinitive after its clitics.
      return (k === 'de' || k === "d'") && (infinitiveAt(view, start + 1) || deInfinitive(view.doc, start));
    case 'claim':
      // "revendique 38 des 40 sièges", "plus d'un millier d'engins": a figure; "la victoire": a win.
      // "revendique la mort de 23 soldats", "la destruction de trois chars": a toll claimed.
      if (DEFINITE_ARTICLES.has(k) && LOSS_NOUNS.has(keyAt(view, start + 1)) && countAfterDe(view, start + 2)) return true;
      return amountAt(view, start) || approximateAmountAt(view, start) || (STATEMENT_DETERMINERS.has(k) && headIn(view, start + 1, CLAIM_NOUNS));
    case 'blame':
      // "a imputé la fragilité du système au « blocus »": a definite noun phrase, then "à" and its cause.
      return (DEMONSTRATIVE_DETERMINERS.has(k) || DEFINITE_ARTICLES.has(k) || POSSESSIVE_DETERMINERS.has(k)) && !BOOKED_NOUNS.has(keyAt(view, start + 1)) && causeFollows(view, start);
    case 'result':
      // "a proclamé X vainqueur", "a proclamé la réélection de la présidente": a winner or a won election.
      return resultAttribute(view, start) || (DEFINITE_ARTICLES.has(k) && RESULT_NOUNS.has(keyAt(view, start + 1)) && PREPOSITIONS_DE.has(keyAt(view, start + 2)));
    case 'cause':
      // "a attribué ce recul au renforcement des contrôles": a demonstrative noun, then "à" and its cause
      // (not "a attribué le prix à X", "a imputé 3 millions au budget").
      if (DEMONSTRATIVE_DETERMINERS.has(k) && view.tokens[start + 1]?.kind === 'word') return CALL_PREPOSITIONS.has(keyAt(view, start + 2)) || CALL_PREPOSITIONS.has(keyAt(view, start + 3));
      // "a attribué la lenteur du comptage à une panne": a definite noun, then "à" and an indefinite cause.
      // (An effect, not a prize or a contract: "a attribué le marché à une entreprise" is no report.)
      return DEFINITE_ARTICLES.has(k) && (EFFECT_NOUNS.has(keyAt(view, start + 1)) || LEVEL_NOUNS.has(keyAt(view, start + 1))) && indefiniteCause(view, start);
    case 'any':
      return UNIVERSAL_DETERMINERS.has(k) || gatePasses(view, 'infinitive', start);
    case 'figure':
      // "évalue à 30 % la baisse …", "estime le coût des dégâts à 400 millions": "à" and an amount, before or after the noun.
      return figureAt(view, start) || (STATEMENT_DETERMINERS.has(k) && figureAfterNoun(view, start + 1));
    case 'count':
      // "parle de centaines de morts", "parlent de 5 000 manifestants": a count given.
      return countAfterDe(view, start);
    case 'advice':
      // What to do ("de rester chez soi"), to whom and what to do ("aux personnes fragiles d'éviter …"), or a thing,
      // never a person advised ("le président", "M. X").
      if (gatePasses(view, 'infinitive', start) || (CALL_PREPOSITIONS.has(k) && afterDative(view, start) !== start)) return true;
      return NP_DETERMINERS.has(k) && view.entityOf[start + 1]?.type !== 'PERSON' && !PERSON_ANAPHOR_HEADS.has(keyAt(view, start + 1));
    case 'to-infinitive':
      // "s'engage à baisser les impôts", "à ne pas se représenter": "à" and an infinitive after its clitics.
      return k === 'à' && ledInfinitive(view.doc, start + 1);
    case 'act':
      // "condamne l'attaque", "les tirs de roquettes", "la décision de …", "cette initiative": an act or a decision.
      return (STATEMENT_DETERMINERS.has(k) || k === 'une' || k === 'un' || k === 'des') && headIn(view, start + 1, STANCE_OBJECT_NOUNS);
    case 'forecast':
      return forecastAt(view, k === 'sur' ? start + 1 : start);
    case 'fact':
      // "a confirmé l'enlèvement", "cette information": a definite or demonstrative common noun; not "son rang", "3 buts".
      return (DEMONSTRATIVE_DETERMINERS.has(k) || DEFINITE_ARTICLES.has(k)) && view.entityOf[start + 1] === undefined && view.tokens[start + 1]?.kind === 'word';
  }
}

/** Most words before the head of a forecast ("de nouvelles fortes pluies", "une légère reprise"). */
const MAX_FORECAST_HEAD = 4;

/**
 * Does a forecast open at `start`: an outcome ("une croissance de 1 %", "de nouvelles fortes pluies", "une
 * récession") or a change with its size ("une hausse de 2 %", "un déficit de 5,1 % du PIB")?
 */
function forecastAt(view: View, start: number): boolean {
  for (let i = start; i < start + MAX_FORECAST_HEAD; i++) {
    const t = view.tokens[i];
    if (t === undefined || t.kind !== 'word' || view.entityOf[i] !== undefined) return false;
    if (FORECAST_CHANGE_NOUNS.has(t.key) && i > start && countAfterDe(view, i + 1)) return !administeredAfter(view, i + 2);
    if (FORECAST_NOUNS.has(t.key)) return i > start;
  }
  return false;
}

/** Lemmas whose dative ("au maire", "à l'Union") comes before what is said: "reprocher à X de P". */
const DATIVE_OBJECT_LEMMAS: ReadonlySet<string> = new Set(['reprocher']);
/** Most tokens of that dative before "de" and the infinitive. */
const MAX_DATIVE = 8;

/** The "de" + infinitive after a dative opening at `start` ("au maire d'avoir transmis"), or `start`. */
function afterDative(view: View, start: number): number {
  if (!CALL_PREPOSITIONS.has(keyAt(view, start))) return start;
  for (let i = start + 1; i <= start + MAX_DATIVE; i++) {
    const t = view.tokens[i];
    if (t === undefined || t.kind === 'punct' || t.kind === 'quote') return start;
    if (deInfinitive(view.doc, i)) return i;
  }
  return start;
}

/**
 * "a annoncé mardi aux représentants du personnel la fermeture de l'usine", "a confirmé à la presse la mort de …": the
 * one told, then what is told, opened by a determiner that no preposition governs. The determiner's index, or `start`.
 */
function afterAddressee(view: View, start: number): number {
  if (!CALL_PREPOSITIONS.has(keyAt(view, start))) return start;
  for (let i = start + 2; i <= start + MAX_DATIVE; i++) {
    const t = view.tokens[i];
    // "chiffre à 3 milliards le coût": an amount after "à" is the figure put on what follows, no one told.
    if (t === undefined || t.kind === 'punct' || t.kind === 'quote' || view.cueAt.has(i) || amountAt(view, i) || amountAt(view, i - 1)) return start;
    if (ADDRESSEE_OBJECT_OPENERS.has(t.key) && !GOVERNING_PREPOSITIONS.has(keyAt(view, i - 1))) return i;
  }
  return start;
}

/** Is the object `range` of `lemma` an idiom that reports nothing ("a annoncé la couleur")? */
function idiom(view: View, lemma: string, range: { from: number; to: number }): boolean {
  const forms = IDIOM_OBJECTS.get(lemma);
  // The idiom is the whole object, or its start before an adverbial ("a annoncé la couleur dès son élection").
  const whole = (words: readonly string[]): boolean =>
    words.length === range.to - range.from || (words.length < range.to - range.from && IDIOM_TAIL_OPENERS.has(keyAt(view, range.from + words.length)));
  if (forms !== undefined && forms.some((words) => whole(words) && words.every((w, n) => keyAt(view, range.from + n) === w))) return true;
  // "accuse une dette de 2 milliards", "accusait un retard de dix points": the head noun after its determiner.
  const heads = IDIOM_OBJECT_HEADS.get(lemma);
  const head = NP_DETERMINERS.has(keyAt(view, range.from)) ? range.from + 1 : range.from;
  return heads !== undefined && heads.has(keyAt(view, head));
}

/** Third-person plural auxiliaries: "se sont engagés", "s'étaient engagés". */
const PLURAL_AUXILIARIES: ReadonlySet<string> = new Set(['sont', 'étaient', 'seront', 'seraient', 'furent', 'ont', 'avaient', 'auront', 'auraient']);

/** Is the verb group `from..to` in the third-person plural ("s'engagent", "se sont engagés", "s'engageaient")? */
function pluralVerb(view: View, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const k = keyAt(view, i);
    if (PLURAL_AUXILIARIES.has(k) || (view.tokens[i]?.kind === 'word' && k.length > 4 && k.endsWith('ent'))) return true;
  }
  return false;
}

/** Most tokens between a change's size and the thing it changes ("de 2,5 % de la taxe"). */
const MAX_CHANGED = 6;

/** Does the change sized at `from` apply to a thing a decision-maker sets ("… % de la taxe foncière", "des dépenses")? */
function administeredAfter(view: View, from: number): boolean {
  for (let i = from; i < from + MAX_CHANGED; i++) {
    const t = view.tokens[i];
    if (t === undefined || t.kind === 'punct' || t.kind === 'quote') return false;
    if (ADMINISTERED_NOUNS.has(t.key) && i > from) return true;
  }
  return false;
}

/** Is the subject of a forecast a text that provides for something ("le texte prévoit", "le budget prévoit")? */
function provisionSubject(view: View, speaker: SpeakerRef): boolean {
  for (let i = speaker.from; i < speaker.to; i++) {
    const t = view.tokens[i];
    if (t?.kind === 'word' && !STATEMENT_DETERMINERS.has(t.key)) return PROVISION_NOUNS.has(t.key);
  }
  return false;
}

/** Adverbs of degree or negation that open an attribute of the object: "jugeant l'usine non rentable", "le coût trop élevé". */
const DEGREE_ADVERBS: ReadonlySet<string> = new Set(['non', 'trop', 'peu', 'très', 'pas', 'guère', 'insuffisamment', 'particulièrement', 'totalement', 'largement', 'nettement']);
/** Most tokens of an object with its attribute ("le projet de loi trop coûteux"). */
const MAX_PREDICATED = 8;

/**
 * "jugeant l'usine non rentable", "estime la mesure trop tardive": a verb of
 * opinion with an object and its attribute, opened by an adverb of degree
 * or negation after the noun. The range is short, opens with a determiner
 * and holds no quotation (those are mixed already).
 */
function predicatedObject(view: View, r: { from: number; to: number }, lemma: string): boolean {
  if (r.to - r.from > MAX_PREDICATED || r.to - r.from < 3 || !STATEMENT_DETERMINERS.has(keyAt(view, r.from))) return false;
  for (let i = r.from + 2; i < r.to - 1; i++) {
    const t = view.tokens[i];
    if (t === undefined || t.kind !== 'word') return false;
    if (DEGREE_ADVERBS.has(t.key)) return view.tokens[i + 1]?.kind === 'word';
  }
  // "a jugé la mesure inacceptable", "juge le plan irréaliste": an adjective of judgement closes the object of "juger"
  // ("estime les travaux nécessaires" stays narration).
  return lemma === 'juger' && EVALUATIVE_ADJECTIVES.has(keyAt(view, r.to - 1));
}

/**
 * "a qualifié le mouvement d'« inacceptable » en plein départ en vacances": the quoted attribute after "de" closes
 * the object; what follows says when or where. The range up to that quotation, or unchanged.
 */
function beforeAttributeTail(view: View, r: { from: number; to: number }): { from: number; to: number } {
  for (let i = r.from + 1; i < r.to; i++) {
    const q = view.quoteByOpen.get(i);
    if (q === undefined) continue;
    // Not "a qualifié de « honteuse » la décision": the attribute before the object.
    const at = elidedKey(view, i - 2) === "d'" ? i - 2 : i - 1;
    const de = elidedKey(view, at) === "d'" || keyAt(view, at) === 'de';
    // Only before an adjunct of time or place: "de « menace » pour la sécurité des alliés" keeps the noun's complement.
    const adjunct = ATTRIBUTE_TAIL_OPENERS.has(keyAt(view, q.close + 1)) || view.inDate[q.close + 1] === 1;
    return de && adjunct && at > r.from && q.close + 1 < r.to ? { from: r.from, to: q.close + 1 } : r;
  }
  return r;
}

/** Most tokens of a request for anonymity ("à ne pas être identifié par son nom"). */
const MAX_ANONYMITY = 8;

/** Is the object at `from..to` a short request for anonymity: "l'anonymat", "à ne pas être identifié"? */
function anonymityRequest(view: View, from: number, to: number): boolean {
  if (to - from > MAX_ANONYMITY) return false;
  for (let i = from; i < to; i++) {
    const k = keyAt(view, i);
    if (k === 'anonymat' || (ANONYMITY_WORDS.has(k) && keyAt(view, i - 1) === 'être')) return true;
  }
  return false;
}

/** Dative clitics between a comma or "en" and a participle: "…, lui reprochant de …", "en leur demandant de …". */
const DATIVE_CLITICS: ReadonlySet<string> = new Set(['lui', 'leur']);

/** Most tokens looked back from a participle's comma for the auxiliary of its main clause. */
const MAX_MAIN_CLAUSE = 24;

/**
 * The subject of the main clause a participle after `comma` hangs on: the
 * subject before its auxiliary ("Moody’s a abaissé la note, jugeant …").
 * Null when no auxiliary stands in the same sentence close enough, or its
 * subject cannot speak.
 */
function mainClauseSubject(view: View, comma: number): SpeakerRef | null {
  const sentence = view.tokens[comma]?.sentence;
  for (let i = comma - 1; i >= 0 && comma - i <= MAX_MAIN_CLAUSE; i--) {
    const t = view.tokens[i];
    if (t === undefined || t.sentence !== sentence || view.quoteOf[i] !== undefined) return null;
    if (t.key === ';' || t.key === ':') return null;
    if (!AUXILIARY_FORMS.has(t.key)) continue;
    // "Glencore s'était retiré en 2024, jugeant …": the reflexive belongs to the verb group, the subject is before it.
    const subject = leftSubject(view, REFLEXIVE.has(keyAt(view, i - 1)) ? i - 1 : i);
    return subject !== null && subject.plausible && subject.mode !== 'relative' ? subject : null;
  }
  return null;
}

/**
 * "X a salué le scrutin, tout en relevant des « lenteurs »": the subject of the main clause before the comma of a
 * gerund ("en" at `en`), when no "que" or "qui" stands between (then the gerund reports for its host's speaker).
 */
function gerundSubject(view: View, en: number): SpeakerRef | null {
  const comma = keyAt(view, en - 1) === 'tout' ? en - 2 : en - 1;
  return keyAt(view, comma) === ',' ? plainClauseSubject(view, comma) : null;
}

/** The subject of the clause before the comma at `comma`, when no "que", "qui" or quotation stands in it. */
export function plainClauseSubject(view: View, comma: number): SpeakerRef | null {
  const sentence = view.tokens[comma]?.sentence;
  for (let i = comma - 1; i >= 0 && view.tokens[i]?.sentence === sentence; i--) {
    const k = keyAt(view, i);
    if (comma - i > MAX_MAIN_CLAUSE || COMPLEMENTISERS.has(k) || k === 'qui' || view.quoteOf[i] !== undefined) return null;
  }
  return mainClauseSubject(view, comma);
}

/** Most tokens between the start of an object and the quotation that makes it speech ("des « allégations »"). */
const QUOTED_OBJECT_REACH = 3;

/** Does a quotation open within the first words of the object at `start`, in its sentence? */
function quoteOpensNear(view: View, start: number): boolean {
  const sentence = view.tokens[start]?.sentence;
  for (let j = start; j <= start + QUOTED_OBJECT_REACH && view.tokens[j]?.sentence === sentence; j++) if (view.quoteByOpen.has(j)) return true;
  return false;
}

export const objectComplement: AttributionRule = {
  id: 'object-complement',
  find(view) {
    const out: Found[] = [];
    for (const cue of view.cues) {
      // "…, lui reprochant de …", "en leur demandant de …": a dative clitic before the participle.
      const lead = cue.participial && DATIVE_CLITICS.has(keyAt(view, cue.from - 1)) ? cue.from - 1 : cue.from;
      // A gerund ("tout en appelant à « … »") reports for the subject of its main clause.
      const gerund = cue.participial && keyAt(view, lead - 1) === 'en';
      // "…, évoquant une enveloppe de 1 milliard", "…, jugeant le risque « significatif »": a participle after a comma too.
      const apposed = cue.participial && !gerund && keyAt(view, lead - 1) === ',';
      if ((cue.participial && !gerund && !apposed) || cue.clitic >= 0 || view.quoteOf[cue.from] !== undefined) continue;
      let object = cue.reflexive ? PRONOMINAL_CONTENT_LEMMAS.has(cue.lemma) : OBJECT_LEMMAS.has(cue.lemma);
      const gate = object ? GATED_OBJECT_LEMMAS.get(cue.lemma) : undefined;
      // Other cues only when their object holds a quoted fragment ("a salué un accord « à la hauteur du moment »").
      const cls = CLASS_OF.get(cue.lemma) ?? '';
      // Verbs of saying only in their one sense: "a évoqué une « victoire »", not "a lancé une « opération »".
      // A gated lemma whose gate fails may still take a quoted fragment ("menace de « monter à Paris »").
      // "a parlé d'un « jour historique »": a verb of saying of several senses with its preposition takes one too.
      let quoted = (!object || gate !== undefined) && !cue.reflexive && (QUOTED_OBJECT_CLASSES.has(cls) || (cls === 'say' && (!cue.weak || PREPOSITIONAL_OBJECT_LEMMAS.has(cue.lemma))));
      if (!object && !quoted) continue;
      // "fait état de P", "met en garde contre P": the complement with its preposition is the content, as for
      // "accuse X de P", "promet de P". "a fait état lundi d'une participation": past a date or an adverb.
      const afterAdjuncts = complementStart(view, cue.to);
      const preposition = PREPOSITIONAL_OBJECT_LEMMAS.get(cue.lemma);
      if (preposition !== undefined && !preposition.has(elidedKey(view, afterAdjuncts))) continue;
      const cueTo = cue.to;
      // "reproche au maire d'avoir transmis …": what is held against someone, after the one it is held against.
      // "a annoncé aux représentants du personnel la fermeture de l'usine": what is told, after the one told.
      const start = DATIVE_OBJECT_LEMMAS.has(cue.lemma) ? afterDative(view, afterAdjuncts) : TELLING_CLASSES.has(cls) ? afterAddressee(view, afterAdjuncts) : afterAdjuncts;
      const first = view.tokens[start];
      if (first === undefined || first.sentence !== view.tokens[cue.verb]?.sentence) continue;
      // "a démenti et assuré que …": a second verb, not an object.
      if (COMPLEMENTISERS.has(first.key) || first.key === 'et' || first.key === 'ou' || first.kind === 'punct' || (first.kind === 'quote' && !view.quoteByOpen.has(start))) continue;
      const main = apposed ? mainClauseSubject(view, lead - 1) : gerund ? gerundSubject(view, lead - 1) : null;
      const speaker: SpeakerRef | null =
        main ?? (gerund || apposed ? { mode: 'inherit', from: cue.from, to: cue.to, plausible: true } : leftSubject(view, cue.subjectBefore ?? cue.from));
      if (speaker === null || !speaker.plausible) continue;
      // A form that is also a noun ("réclame") is a verb after a named subject ("X réclame un accès à la mer").
      // So it is after a speaker noun right before it ("Le syndicat réclame un allègement"): "la réclame" needs an article.
      const nounSubject = (speaker.mode === 'body' || speaker.mode === 'title' || speaker.mode === 'np') && speaker.to === cue.from && view.tokens[cue.from - 1]?.kind === 'word';
      // Right after the relative "qui" the form is a verb too ("la FPI, qui réclame le retour d'une aide").
      const relativeSubject = speaker.mode === 'relative' && speaker.to === cue.from;
      const named = !POLYSEMOUS.has(cue.lemma) && (speaker.entity !== undefined || nounSubject || relativeSubject);
      if (gate !== undefined) {
        object = gatePasses(view, gate, start) || (NEGATION_BEFORE.has(keyAt(view, cue.from)) && litotesObject(view, start));
        if (gate === 'forecast' && provisionSubject(view, speaker)) object = false;
        // "X s'est engagé à …" is one speaker's promise; "les alliés se sont engagés à …", "s'engageant à …" after a
        // summit is a joint commitment the writer narrates (as the seeds annotate).
        if (gate === 'to-infinitive' && (cue.participial || pluralVerb(view, cue.from, cue.to))) object = false;
        quoted &&= !object;
        if (!object && !quoted) continue;
      }
      // A demand of an amount or a penalty is a report whatever the form ("l'accusation réclame 18 ans").
      const asked = cls === 'demand' && gatePasses(view, 'penalty', start);
      // "a rejeté toute ingérence": a denial of anything of a kind is a statement too.
      const ruledOut = cls === 'deny' && UNIVERSAL_DETERMINERS.has(keyAt(view, start)) && view.tokens[start + 1]?.kind === 'word';
      // "Le gouvernement de transition a rejeté des « allégations mensongères »": a quotation in the object is speech.
      const quotedObject = quoteOpensNear(view, start);
      if (object && gate === undefined && cue.weak && !named && !asked && !ruledOut && !quotedObject && !(STATEMENT_DETERMINERS.has(keyAt(view, start)) && STATEMENT_OBJECT_NOUNS.has(keyAt(view, start + 1)))) continue;
      // "appeler X, apposition, à …", "accuser X, apposition, de …": the verb's preposition comes after an apposition.
      const phrase = contentAfter(view, start, 'phrase', cls === 'demand' || cls === 'accuse');
      if (phrase === null) continue;
      // "a appelé au calme sur Instagram": where it was said, after the object, is not part of it.
      const platformTail = phrase.to - phrase.from > 2 && keyAt(view, phrase.to - 2) === 'sur' && SOCIAL_PLATFORMS.has(keyAt(view, phrase.to - 1));
      // "a confirmé l'enlèvement dimanche après-midi": a bare date closing the object is when it was said.
      // A forecast's date is the time foreseen ("une croissance de 1 % l'an prochain"): it stays.
      const range = platformTail
        ? { from: phrase.from, to: phrase.to - 2 }
        : { from: phrase.from, to: gate === 'forecast' ? phrase.to : beforeClosingDate(view, phrase.from, phrase.to) };
      // "qui a demandé à ne pas être identifié", "a requis l'anonymat": the source's condition, not a report.
      // (Its first words only: "à ne pas être identifié a estimé que …" runs on to the next cue.)
      if (cls === 'demand' && anonymityRequest(view, range.from, Math.min(range.to, range.from + MAX_ANONYMITY))) continue;
      if (idiom(view, cue.lemma, range)) continue;
      const { kind, range: content } = shapeOf(view, ATTRIBUTE_LEMMAS.has(cue.lemma) ? beforeAttributeTail(view, range) : range);
      // "a salué « des performances solides » mais appelé à …": a whole quotation as object, before a second verb, is direct.
      const wholeQuote = quoted && kind === 'direct' && secondVerbAfter(view, range.to);
      if (quoted && kind !== 'mixed' && !wholeQuote && !(cls === 'think' && predicatedObject(view, content, cue.lemma))) continue;
      if (kind === 'indirect' && cue.reflexive && QUOTED_ONLY_PRONOMINAL_LEMMAS.has(cue.lemma)) continue;
      out.push({ rule: this.id, kind: kind === 'direct' && !wholeQuote ? 'mixed' : kind, content, cue: { from: cue.from, to: cueTo, lemma: cue.lemma }, speaker });
    }
    return out;
  },
};
