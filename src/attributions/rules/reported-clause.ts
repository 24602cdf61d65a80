/**
 * Preposed cue with a que-clause: "X a déclaré que P", "X estime que P",
 * "X a déclaré aux médias russes qu'inclure …", and the participle of a
 * main clause ("…, expliquant que P"). A clause holding a quoted fragment
 * is mixed.
 */
import { clauseAfter, infinitiveAt, shapeOf, trimRange, type TokenRange } from '../content.js';
import { adverbialLength, pluralForm, type Cue } from '../cues.js';
import { ATTRIBUTE_ONLY_LEMMAS, COMPARATIVE_DEGREES, COMPLEMENTISERS, CUE_ADVERBS, NEGATION_AFTER, NEGATION_BEFORE, NOT_COMPLEMENT_BEFORE_QUE, REFLEXIVE, REPORTED_INFINITIVES, SPEECH_EVENT_NOUNS, VERB_GROUP_STARTERS } from '../data.js';
import type { AttributionRule, Found } from '../found.js';
import { acceptableSpeaker, cliticSpeaker, leftSubject, type SpeakerRef } from '../speakers.js';
import { keyAt, type View } from '../view.js';
import { REPORTING_LEMMAS } from '../../lexicon/generated/reporting-verbs.js';

/**
 * Classes whose verbs take a bare infinitive with their own subject as a
 * report ("a indiqué souffrir d'une entorse", "reconnaît ignorer", "estime
 * pouvoir"): any infinitive right after them, not only those of the list.
 * Lemmas of several senses are left out ("a lancé courir").
 */
const BARE_INFINITIVE_CLASSES: ReadonlySet<string> = new Set(['say', 'assert', 'think', 'admit', 'feel']);
const BARE_INFINITIVE_LEMMAS: ReadonlySet<string> = new Set(
  REPORTING_LEMMAS.filter((l) => BARE_INFINITIVE_CLASSES.has(l.class) && !l.polysemous && !l.pronominal).map((l) => l.lemma),
);

/** Most tokens allowed between a cue and its "que" ("a déclaré le 4 septembre 2023 aux médias que"). */
const MAX_GAP = 12;

/** Index of the "que" that opens the cue's complement clause, or -1. */
export function complementiser(view: View, cue: Cue): number {
  const sentence = view.tokens[cue.verb]?.sentence;
  // A name counts as one word: "a fait savoir par la voix du Département fédéral des affaires étrangères (DFAE) qu'".
  let skipped = 0;
  for (let i = cue.to; i < cue.to + MAX_GAP + skipped; i++) {
    const named = view.entityOf[i];
    if (named !== undefined && view.entityOf[i + 1] === named) {
      while (view.entityOf[i + 1] === named) {
        i++;
        skipped++;
      }
      continue;
    }
    const t = view.tokens[i];
    if (t === undefined || t.sentence !== sentence || t.kind === 'quote') return -1;
    if (t.key === '.' || t.key === ';' || t.key === ':' || t.key === '!' || t.key === '?') return -1;
    // "dit n'avoir reçu que 32 %": after a negation, "que" is restrictive.
    if (NEGATION_BEFORE.has(t.key)) return -1;
    if (COMPLEMENTISERS.has(t.key)) return NOT_COMPLEMENT_BEFORE_QUE.has(keyAt(view, i - 1)) || comparativeQue(view, cue, i) || relativeAfterObject(view, cue, i) ? -1 : i;
    if (i > cue.to && view.cueAt.has(i)) return -1;
  }
  return -1;
}

/**
 * Is the "que" at `i` the second term of a comparison ("prévoit un mois plus doux que la normale", "juge la taxe moins
 * lourde qu'ailleurs")? Not a time before a clause ("a dit plus tard que P"), nor an adverb in the cue ("a aussi dit que").
 */
function comparativeQue(view: View, cue: Cue, i: number): boolean {
  // "a aussi indiqué que": the degree word inside the cue is an adverb of the cue.
  return i - 2 >= cue.to && COMPARATIVE_DEGREES.has(keyAt(view, i - 2)) && view.tokens[i - 1]?.kind === 'word' && !CUE_ADVERBS.has(keyAt(view, i - 1));
}

/** Determiners that open a direct object after a cue ("dénonce l'accord …, que …"). */
const OBJECT_DETERMINERS: ReadonlySet<string> = new Set(['le', 'la', "l'", 'les', 'un', 'une', 'des', 'du', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs']);

/**
 * "dénoncent l'accord avec le Mercosur, que la Commission veut signer": a
 * "que" after a comma that closes a direct object of the cue is a relative
 * pronoun, not the cue's complementiser ("a déclaré, lundi, que" still is).
 */
function relativeAfterObject(view: View, cue: Cue, que: number): boolean {
  return keyAt(view, que - 1) === ',' && OBJECT_DETERMINERS.has(keyAt(view, afterAdverbs(view, cue.to))) && afterAdverbs(view, cue.to) < que - 2;
}

/**
 * "Kim, qui a déclaré que P, a reçu Poutine": a relative set off by commas
 * ends before the main verb, at a comma followed by a verb group.
 */
function relativeEnd(view: View, cue: Cue, range: TokenRange): TokenRange {
  if (keyAt(view, cue.from - 2) !== ',') return range;
  for (let i = range.from + 1; i < range.to; i++) {
    if (keyAt(view, i) !== ',' || view.quoteOf[i] !== undefined) continue;
    const next = i + 1;
    if (VERB_GROUP_STARTERS.has(keyAt(view, next)) || view.cueAt.has(next)) return trimRange(view, range.from, i) ?? range;
  }
  return range;
}

/** Prepositions that open what stands between a cue and its infinitive: the one spoken to, where it was said. */
const BEFORE_INFINITIVE: ReadonlySet<string> = new Set(['à', 'au', 'aux', 'auprès', 'devant', 'dans', 'lors']);
/** Most tokens of that phrase ("à son interlocuteur", "dans un communiqué publié lundi"). */
const MAX_BEFORE_INFINITIVE = 6;
/** Most tokens of a described speech event there ("dans un communiqué diffusé par sa radio, Andalus,"). */
const MAX_SPEECH_EVENT = 12;
/** Object clitics before an infinitive: "dit y avoir soigné", "assure en avoir reçu". */
const INFINITIVE_CLITICS: ReadonlySet<string> = new Set(['y', 'en']);

/** First token after the adverbs and dates that follow a cue ("a affirmé lundi", "a également"). */
function afterAdverbs(view: View, from: number): number {
  let i = from;
  while (i < from + 4) {
    const n = adverbialLength(view.doc, i);
    if (n > 0) i += n;
    else if (view.inDate[i] === 1) i++;
    else break;
  }
  return i;
}

/** Is a reported infinitive at `i`, after an optional negation and clitic ("n'y avoir", "en avoir", "ne pas vouloir")? */
function reportedInfinitiveAt(view: View, i: number, sentence: number | undefined): boolean {
  let j = i;
  if (NEGATION_BEFORE.has(keyAt(view, j))) {
    j++;
    if (NEGATION_AFTER.has(keyAt(view, j))) j++;
  }
  if (INFINITIVE_CLITICS.has(keyAt(view, j))) j++;
  const t = view.tokens[j];
  return t !== undefined && t.sentence === sentence && REPORTED_INFINITIVES.has(t.key);
}

/**
 * First token of an infinitive complement with the cue's subject: "a
 * affirmé avoir abattu 112 drones", "dit n'avoir reçu que 32 %", "assure
 * ne pas vouloir", "dit y avoir soigné". Only the infinitives of the list,
 * after adverbs or a date, and after the one spoken to or where it was said
 * ("a indiqué à son interlocuteur avoir reçu", "a affirmé dans un communiqué
 * avoir éliminé"); -1 otherwise.
 */
export function infinitiveComplement(view: View, cue: Cue): number {
  const i = afterAdverbs(view, cue.to);
  const sentence = view.tokens[cue.verb]?.sentence;
  if (reportedInfinitiveAt(view, i, sentence)) return i;
  // A phrase of plain words after a preposition, then the infinitive: "à son interlocuteur avoir reçu".
  if (!BEFORE_INFINITIVE.has(keyAt(view, i))) return -1;
  const first = view.tokens[i + 1];
  if (first === undefined || first.kind === 'number' || NEGATION_BEFORE.has(first.key) || REPORTED_INFINITIVES.has(first.key)) return -1;
  // "dans un communiqué diffusé par sa radio, Andalus, avoir visé": a speech event may be described at length.
  const event = [1, 2, 3].some((n) => SPEECH_EVENT_NOUNS.has(keyAt(view, i + n)));
  for (let k = i + 2; k <= i + (event ? MAX_SPEECH_EVENT : MAX_BEFORE_INFINITIVE); k++) {
    const t = view.tokens[k];
    if (event && t?.key === ',' && t.sentence === sentence) continue;
    if (t === undefined || t.sentence !== sentence || (t.kind !== 'word' && t.kind !== 'elision') || view.cueAt.has(k) || COMPLEMENTISERS.has(t.key)) return -1;
    // "a accusé devant les députés le gouvernement d'avoir menti": an infinitive after "de" belongs to an object.
    // "a appelé au retour d'un pouvoir civil": after a determiner "pouvoir" is a noun.
    if (reportedInfinitiveAt(view, k, sentence)) return keyAt(view, k - 1) === 'de' || keyAt(view, k - 1) === "d'" || OBJECT_DETERMINERS.has(keyAt(view, k - 1)) ? -1 : k;
  }
  return -1;
}

/**
 * The infinitive after a negation and a clitic at `i` ("ne plus dormir", "n'y voir", "ne pas se souvenir", "se sentir",
 * "tout ignorer"), or `i`. A reflexive infinitive is the speaker's too ("assure ne pas se souvenir de la soirée").
 */
function negatedInfinitive(view: View, i: number): number {
  let j = i;
  if (NEGATION_BEFORE.has(keyAt(view, j))) {
    j++;
    if (NEGATION_AFTER.has(keyAt(view, j))) j++;
    if (INFINITIVE_CLITICS.has(keyAt(view, j))) j++;
  }
  if (REFLEXIVE.has(keyAt(view, j))) j++;
  // "dit tout ignorer du dossier": a pronoun object before the infinitive.
  if (keyAt(view, j) === 'tout') j++;
  return j;
}

/**
 * "La CNA estime que P et dénonce Q": a second simple finite cue after "et",
 * agreeing with a first simple finite cue, has the cue's subject and ends
 * its clause ("estime que les producteurs respectent … et dénoncent …"
 * agrees with the reported subject instead and goes on).
 */
function coordinatedCueEnd(view: View, cue: Cue, range: TokenRange): TokenRange {
  if (cue.verb !== cue.from || !cue.finite || cue.participial) return range;
  const plural = pluralForm(keyAt(view, cue.verb), cue.lemma);
  for (let i = range.from + 1; i < range.to - 1; i++) {
    if (keyAt(view, i) !== 'et' || view.quoteOf[i] !== undefined) continue;
    const next = view.cueAt.get(i + 1);
    if (next === undefined || next.verb !== next.from || !next.finite || next.participial || next.weak || next.clitic >= 0) continue;
    if (pluralForm(keyAt(view, next.verb), next.lemma) !== plural) continue;
    return trimRange(view, range.from, i) ?? range;
  }
  return range;
}

export const reportedClause: AttributionRule = {
  id: 'reported-clause',
  find(view) {
    const out: Found[] = [];
    for (const cue of view.cues) {
      // "citant X" takes a noun phrase (rule cited-by), not a clause.
      if (view.quoteOf[cue.from] !== undefined || cue.lemma === 'citer') continue;
      let que = complementiser(view, cue);
      // "Il se dit que P", "Elle se dit que P": a rumour, or what one tells oneself.
      if (que === cue.to && ATTRIBUTE_ONLY_LEMMAS.has(cue.lemma)) continue;
      // A gerund takes an infinitive too: "tout en assurant vouloir …".
      const gerund = cue.participial && keyAt(view, cue.from - 1) === 'en';
      // "dit espérer que P": an infinitive right after the cue is its complement, the que-clause is the infinitive's.
      if (que >= 0 && (!cue.participial || gerund) && !cue.reflexive) {
        const early = infinitiveComplement(view, cue);
        if (early >= 0 && early < que) que = -1;
      }
      const canInfinitive = que < 0 && (!cue.participial || gerund) && !cue.reflexive;
      let infinitive = canInfinitive ? infinitiveComplement(view, cue) : -1;
      // Any infinitive when what follows holds a quoted fragment: "tout en assurant laisser « une chance »".
      let needsQuote = false;
      if (canInfinitive && infinitive < 0) {
        const i = afterAdverbs(view, cue.to);
        if (view.tokens[i]?.sentence === view.tokens[cue.verb]?.sentence && infinitiveAt(view, negatedInfinitive(view, i))) {
          infinitive = i;
          needsQuote = cue.weak || cue.participial || !BARE_INFINITIVE_LEMMAS.has(cue.lemma);
        }
      }
      if (que < 0 && infinitive < 0) continue;
      const whole = clauseAfter(view, que >= 0 ? que + 1 : infinitive);
      if (whole === null) continue;
      const range = coordinatedCueEnd(view, cue, whole);
      if (needsQuote && shapeOf(view, range).kind !== 'mixed') continue;
      let speaker: SpeakerRef | null;
      if (cue.participial) speaker = { mode: 'inherit', from: cue.from, to: cue.to, plausible: true };
      else if (cue.clitic >= 0) speaker = cliticSpeaker(view, cue.clitic);
      else speaker = leftSubject(view, cue.subjectBefore ?? cue.from);
      if (speaker === null) continue;
      if (!acceptableSpeaker(speaker, cue.weak)) continue;
      const { kind, range: content } = shapeOf(view, speaker.mode === 'relative' ? relativeEnd(view, cue, range) : range);
      out.push({ rule: this.id, kind, content, cue: { from: cue.from, to: cue.to, lemma: cue.lemma }, speaker });
    }
    return out;
  },
};
