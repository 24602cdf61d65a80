/**
 * A quotation introduced by its speaker: "X a affirmé : « P »", "X a
 * déclaré « P »", "X a prévenu : P" (colon without quotes: indirect), and
 * the headline habit "Netanyahu a subi une opération : «Je vais …»" where
 * the speaker is the subject and no verb of saying is written (cue null).
 */
import { isCapitalized } from '../../text/normalize.js';
import { clauseAfter, quoteInner, shapeOf } from '../content.js';
import { adverbialLength, type Cue } from '../cues.js';
import { CALL_PREPOSITIONS, CLAUSE_BREAKS, DEADLINE_PREPOSITIONS, NP_DETERMINERS, PREPOSITIONS_DE, SAME_SAYING_IDIOMS, STANCE_ADJECTIVES, STANCE_COPULAS, VERB_GROUP_STARTERS } from '../data.js';
import type { AttributionRule, Found } from '../found.js';
import { REPORTING_LEMMAS } from '../../lexicon/generated/reporting-verbs.js';
import { apposedName, leftSubject, speakerFromRange, type SpeakerRef } from '../speakers.js';
import { complementStart } from './object-complement.js';
import { keyAt, sentenceEnd, sentenceStart, type View } from '../view.js';

/** Most tokens between the cue and the colon or the quotation ("a déclaré mardi à la télévision :"). */
const MAX_GAP = 8;

/**
 * The colon (up to a few words after the cue) or the opening mark (right
 * after the cue) that introduces the quotation, or -1. A quotation further
 * inside the clause is a fragment ("a félicité X pour son « ferme soutien »").
 */
function introducer(view: View, cue: Cue): number {
  const sentence = view.tokens[cue.verb]?.sentence;
  for (let i = cue.to; i < cue.to + MAX_GAP; i++) {
    const t = view.tokens[i];
    if (t === undefined || t.sentence !== sentence) return -1;
    if (t.key === ':') return i;
    // "a salué au contraire « P »", "a promis mardi dans une allocution télévisée « P »": adverbs, a date and
    // where it was said may stand between the cue and the quotation.
    if (view.quoteByOpen.has(i)) return (i === cue.to + adverbialLength(view.doc, cue.to) || i === complementStart(view, cue.to)) && endsClause(view, i) ? i : -1;
    if (t.kind === 'quote' || t.key === '.' || t.key === ';' || t.key === 'que' || t.key === "qu'") return -1;
  }
  return -1;
}

/** Lemmas of a feeling ("redouter", "craindre"): their object is what is felt about, not a report. */
const FEELING_LEMMAS: ReadonlySet<string> = new Set(REPORTING_LEMMAS.filter((l) => l.class === 'feel').map((l) => l.lemma));

/** Prepositions before an article that make it an adjunct, not an object ("à la télévision", "dans un message"). */
const ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set(['à', 'de', "d'", 'dans', 'sur', 'pour', 'par', 'en', 'devant', 'avec', 'selon', 'lors', 'après', 'avant', 'pendant', 'depuis', 'chez', 'vers', 'contre', 'sans', 'sous', 'entre', 'auprès']);

/** Does a direct object (an article not after a preposition) stand in `from..colon`? */
function objectBefore(view: View, from: number, colon: number): boolean {
  for (let i = from; i < colon; i++) if (NP_DETERMINERS.has(keyAt(view, i)) && !ADJUNCT_PREPOSITIONS.has(keyAt(view, i - 1))) return true;
  return false;
}

/** Prepositions that open an adjunct after a whole quoted object (not "de", which may go on with its noun). */
const TRAILING_ADJUNCTS: ReadonlySet<string> = new Set(['sous', 'avant', 'après', 'malgré', 'pendant', 'lors', 'depuis', 'dès', 'face', 'devant', 'alors', 'tandis']);

/** Nothing but punctuation follows the quotation opened at `open` in its sentence. */
function endsClause(view: View, open: number): boolean {
  const q = view.quoteByOpen.get(open);
  if (q === undefined) return false;
  const next = view.tokens[q.close + 1];
  if (next === undefined || next.sentence !== view.tokens[open]?.sentence || next.kind === 'punct') return true;
  // "promet « un État pour tous » sous le regard des minorités", "« une phase de test » avant d'éventuels ajustements":
  // an adjunct after the quoted object is not part of it.
  // Not "a promis « des solutions durables » avant l'été": a deadline is part of what is promised or asked.
  if (TRAILING_ADJUNCTS.has(next.key)) return !DEADLINE_PREPOSITIONS.has(next.key) || PREPOSITIONS_DE.has(keyAt(view, q.close + 2));
  // "a salué « P » et annoncé que …": a second cue of the same subject follows.
  return next.key === 'et' && view.cueAt.get(q.close + 2)?.subjectBefore !== undefined;
}

/** First speaker-capable entity of the clause before a colon, if the clause starts with it. */
function clauseSubject(view: View, colon: number): number {
  const floor = sentenceStart(view, colon);
  let start = floor;
  for (let i = colon - 1; i >= floor; i--) {
    const t = view.tokens[i];
    if (t !== undefined && (CLAUSE_BREAKS.has(t.key) || t.key === '|' || (i > floor && t.newlineBefore))) {
      start = i + 1;
      break;
    }
  }
  const e = view.entityOf[start];
  return e !== undefined && (e.type === 'PERSON' || e.type === 'ORGANIZATION') ? start : -1;
}

/** "dit", "dite", "dits", "dites" right after a comma or a name: the participle that introduces a nickname. */
const NICKNAME_CUES: ReadonlySet<string> = new Set(['dit', 'dite', 'dits', 'dites']);

/** Verbs that name what they quote when the quotation is their direct object: "appeler « … »", "surnommer « … »". */
const NAMING_LEMMAS: ReadonlySet<string> = new Set(['appeler', 'surnommer', 'baptiser', 'nommer']);

/**
 * "a appelé « toutes les parties à la retenue »": the quotation holds the
 * ones called and "à" + what they are called to — a call, not a name. A
 * preposition after the first word and before a lower-case word.
 */
function callInside(view: View, inner: { from: number; to: number }): boolean {
  // "a appelé « au respect de l'ordre constitutionnel »": the quotation may open with the preposition.
  for (let i = inner.from; i < inner.to - 1; i++) {
    const next = view.tokens[i + 1];
    if (CALL_PREPOSITIONS.has(keyAt(view, i)) && next !== undefined && next.kind === 'word' && next.text === next.key && view.entityOf[i + 1] === undefined) return true;
  }
  return false;
}

/** "X, dit « Hemedti »": a bare participle then a quoted name of at most three capitalised words. */
function nickname(view: View, cue: { from: number; to: number; verb: number }, inner: { from: number; to: number }): boolean {
  if (cue.to - cue.from !== 1 || !NICKNAME_CUES.has(keyAt(view, cue.verb)) || inner.to - inner.from > 3) return false;
  const before = view.tokens[cue.from - 1];
  if (before === undefined || (before.key !== ',' && view.entityOf[cue.from - 1] === undefined)) return false;
  for (let i = inner.from; i < inner.to; i++) {
    const t = view.tokens[i];
    if (t === undefined || t.kind !== 'word' || !isCapitalized(t.text)) return false;
  }
  return true;
}

export const introducedQuote: AttributionRule = {
  id: 'introduced-quote',
  find(view) {
    const out: Found[] = [];
    const claimed = new Set<number>();
    for (const cue of view.cues) {
      if (cue.participial || view.quoteOf[cue.from] !== undefined) continue;
      const at = introducer(view, cue);
      if (at < 0) continue;
      const speaker = leftSubject(view, cue.subjectBefore ?? cue.from);
      if (speaker === null || (cue.weak && !speaker.plausible)) continue;
      const open = keyAt(view, at) === ':' && view.quoteByOpen.has(at + 1) ? at + 1 : at;
      const q = view.quoteByOpen.get(open);
      const cueSpan = { from: cue.from, to: cue.to, lemma: cue.lemma };
      if (q !== undefined) {
        const inner = quoteInner(view, q.open, q.close);
        if (inner === null) continue;
        // "Mohamed Hamdane Daglo, dit « Hemedti »": a nickname, not what was said; "ce que Bakou appelle
        // « corridor de Zanguezour »": a name given, not words spoken ("appeler à « … »" is a call).
        if (nickname(view, cue, inner) || (NAMING_LEMMAS.has(cue.lemma) && open === cue.to && !callInside(view, inner))) {
          claimed.add(q.open);
          continue;
        }
        claimed.add(q.open);
        out.push({ rule: this.id, kind: 'direct', content: inner, cue: cueSpan, speaker });
      } else {
        // "Les professionnels redoutent l'été : P": a feeling about its object, which the clause after the colon explains.
        if (FEELING_LEMMAS.has(cue.lemma) && objectBefore(view, cue.to, at)) continue;
        const range = clauseAfter(view, at + 1);
        if (range !== null) out.push({ rule: this.id, kind: 'indirect', content: range, cue: cueSpan, speaker });
      }
    }
    // "Fatoumata, 34 ans, aide-soignante, fait le calcul : « P »": any short verb phrase after a person and an apposition.
    for (const q of view.quotes) {
      if (claimed.has(q.open) || keyAt(view, q.open - 1) !== ':') continue;
      const found = verbPhraseQuote(view, q.open - 1);
      const inner = found === null ? null : quoteInner(view, q.open, q.close);
      if (found === null || inner === null) continue;
      claimed.add(q.open);
      out.push({ rule: this.id, kind: 'direct', content: inner, cue: { from: found.from, to: found.to, lemma: found.lemma }, speaker: found.speaker });
    }
    // "Et d'ajouter : « P »", "Réponse du ministre : « P »": a narrative infinitive (the speaker is the previous
    // report's) or a noun of reply and its speaker before the colon opening the sentence.
    for (const q of view.quotes) {
      if (claimed.has(q.open) || keyAt(view, q.open - 1) !== ':') continue;
      const found = narrativeInfinitive(view, q.open - 1) ?? replyNoun(view, q.open - 1);
      const inner = found === null ? null : quoteInner(view, q.open, q.close);
      if (found === null || inner === null) continue;
      claimed.add(q.open);
      out.push({ rule: this.id, kind: 'direct', content: inner, cue: found.cue, speaker: found.speaker });
    }
    // "Le patronat ne dit pas autre chose : les carnets de commandes se vident.": an idiom of agreement.
    for (const colon of view.colons) {
      if (colon < 1 || view.quoteOf[colon] !== undefined) continue;
      const same = sameSaying(view, colon);
      if (same === null) continue;
      const q = view.quoteByOpen.get(colon + 1);
      const range = q !== undefined ? quoteInner(view, q.open, q.close) : clauseAfter(view, colon + 1);
      if (range === null) continue;
      if (q !== undefined) claimed.add(q.open);
      out.push({ rule: this.id, kind: q !== undefined ? 'direct' : shapeOf(view, range).kind, content: range, cue: same.cue, speaker: same.speaker });
    }
    // "La présidente a été claire : le club ne sera pas vendu.": a stance predicate before an unquoted clause.
    for (const colon of view.colons) {
      if (colon < 1 || view.quoteOf[colon] !== undefined || view.tokens[colon + 1]?.kind === 'quote') continue;
      const stance = stanceBefore(view, colon);
      const range = stance === null ? null : clauseAfter(view, colon + 1);
      // "se montre pessimiste : P, a-t-il confié": a cue of its own reports the clause.
      if (range !== null && view.inCue.subarray(range.from, sentenceEnd(view, range.from)).includes(1)) continue;
      if (stance !== null && range !== null) out.push({ rule: this.id, kind: shapeOf(view, range).kind, content: range, cue: stance.cue, speaker: stance.speaker });
    }
    // "X … : « P »" with no verb of saying: the clause subject speaks.
    for (const q of view.quotes) {
      if (claimed.has(q.open) || keyAt(view, q.open - 1) !== ':') continue;
      const subj = clauseSubject(view, q.open - 1);
      if (subj < 0) {
        const stance = stanceBefore(view, q.open - 1);
        const inner = stance === null ? null : quoteInner(view, q.open, q.close);
        if (stance !== null && inner !== null) out.push({ rule: this.id, kind: 'direct', content: inner, cue: stance.cue, speaker: stance.speaker });
        continue;
      }
      const e = view.entityOf[subj];
      let to = subj;
      while (view.entityOf[to] === e) to++;
      const speaker = speakerFromRange(view, subj, to);
      const inner = quoteInner(view, q.open, q.close);
      if (speaker === null || inner === null || inner.to - inner.from < 3) continue;
      out.push({ rule: this.id, kind: 'direct', content: inner, cue: null, speaker });
    }
    return out;
  },
};

/** Links of a speaker's next act of saying after a comma: ", avant d'ajouter : « … »", ", puis de conclure : « … »". */
const NEXT_ACT_LINKS: ReadonlySet<string> = new Set(['avant', 'puis']);

/** Single-word lemmas of saying, for the narrative infinitive "Et d'ajouter : « … »". */
const SAYING_INFINITIVES: ReadonlySet<string> = new Set(REPORTING_LEMMAS.filter((l) => !l.lemma.includes(' ') && !l.pronominal && !l.polysemous).map((l) => l.lemma));

/**
 * "Et d'ajouter : « P »", "Et de conclure : « P »": a narrative infinitive opening the sentence before the colon, with
 * no subject; the speaker is left to the report before it (null here). Null when the clause is not that.
 */
function narrativeInfinitive(view: View, colon: number): { cue: { from: number; to: number; lemma: string }; speaker: SpeakerRef | null } | null {
  // "« A », a-t-elle lancé, avant d'ajouter : « B »", ", puis de conclure : « B »": the same speaker's next act.
  const last = colon - 1;
  if (SAYING_INFINITIVES.has(keyAt(view, last)) && PREPOSITIONS_DE.has(keyAt(view, last - 1)) && NEXT_ACT_LINKS.has(keyAt(view, last - 2)) && keyAt(view, last - 3) === ',') {
    return { cue: { from: last, to: last + 1, lemma: keyAt(view, last) }, speaker: null };
  }
  const first = sentenceStart(view, colon);
  let i = first;
  if (keyAt(view, i) === 'et') i++;
  if (i > first && keyAt(view, i) !== 'de' && keyAt(view, i) !== "d'") return subjectNarrativeInfinitive(view, i, colon);
  if (keyAt(view, i) !== 'de' && keyAt(view, i) !== "d'") return null;
  const verb = i + 1;
  if (!SAYING_INFINITIVES.has(keyAt(view, verb))) return null;
  const rest = colon - verb - 1;
  if (rest !== 0 && rest !== adverbialLength(view.doc, verb + 1)) return null;
  return { cue: { from: verb, to: verb + 1, lemma: keyAt(view, verb) }, speaker: previousSubject(view, first) };
}

/** Most tokens of the subject of "Et X de répondre : « … »". */
const MAX_NARRATIVE_SUBJECT = 8;

/**
 * "Et le ministre de répondre : « P »", "Et la présidente de conclure : « P »": a narrative infinitive with its own
 * subject between "Et" (at `from`, past it) and "de"; that subject speaks. Null when the clause is not that.
 */
function subjectNarrativeInfinitive(view: View, from: number, colon: number): { cue: { from: number; to: number; lemma: string }; speaker: SpeakerRef | null } | null {
  let verb = colon - 1;
  if (!SAYING_INFINITIVES.has(keyAt(view, verb))) {
    // "Et le ministre de répondre sèchement :": one adverb after the infinitive.
    verb = colon - 2;
    if (!SAYING_INFINITIVES.has(keyAt(view, verb)) || adverbialLength(view.doc, verb + 1) !== 1) return null;
  }
  const de = verb - 1;
  if (!PREPOSITIONS_DE.has(keyAt(view, de)) || de - from < 1 || de - from > MAX_NARRATIVE_SUBJECT) return null;
  const speaker = speakerFromRange(view, from, de);
  if (speaker === null || !speaker.plausible) return null;
  return { cue: { from: verb, to: verb + 1, lemma: keyAt(view, verb) }, speaker };
}

/**
 * "Le ministre a reconnu des retards. Et d'ajouter : …": the subject of a cue opening the sentence before `first`,
 * when that sentence does not open on a quotation (then its report gives the speaker, see the resolver). Null otherwise.
 */
function previousSubject(view: View, first: number): SpeakerRef | null {
  if (first === 0) return null;
  const prev = sentenceStart(view, first - 1);
  if (view.tokens[prev]?.kind === 'quote') return null;
  for (const cue of view.cues) {
    if (cue.from < prev || cue.from >= first || cue.participial || view.quoteOf[cue.from] !== undefined) continue;
    const speaker = leftSubject(view, cue.subjectBefore ?? cue.from);
    return speaker !== null && speaker.plausible && speaker.mode !== 'relative' ? speaker : null;
  }
  return null;
}

/** Nouns of a reply or a reaction opening a sentence before its speaker: "Réponse du ministre : « … »". */
const REPLY_NOUNS: ReadonlySet<string> = new Set(['réponse', 'réaction', 'commentaire', 'explication', 'riposte', 'verdict', 'constat', 'analyse', 'avertissement', 'message']);
/** Most tokens of the speaker after the noun ("du porte-parole du gouvernement"). */
const MAX_REPLY_SPEAKER = 8;

/** Articles before a noun of reply heading its clause: "Le constat du médecin est sans appel : « … »". */
const REPLY_ARTICLES: ReadonlySet<string> = new Set(['le', 'la', "l'"]);
/** Most tokens of the predicate between the speaker and the colon ("ne s'est pas fait attendre"). */
const MAX_REPLY_PREDICATE = 7;

/**
 * "Réponse du ministre : « P »", "Réaction de la Maison Blanche : « P »": the noun is the cue, its complement speaks.
 * So after an article, with a short predicate before the colon: "Le constat du médecin urgentiste est sans appel :
 * « P »", "Le verdict de l'entraîneur tombe : « P »", "La réaction du club ne s'est pas fait attendre : « P »".
 */
function replyNoun(view: View, colon: number): { cue: { from: number; to: number; lemma: string }; speaker: SpeakerRef } | null {
  const first = sentenceStart(view, colon);
  const i = REPLY_ARTICLES.has(keyAt(view, first)) ? first + 1 : first;
  if (!REPLY_NOUNS.has(keyAt(view, i)) || !PREPOSITIONS_DE.has(keyAt(view, i + 1))) return null;
  const end = i === first ? colon : predicateStart(view, i + 2, colon);
  if (end < 0 || end - i - 2 > MAX_REPLY_SPEAKER) return null;
  const speaker = speakerFromRange(view, i + 2, end);
  if (speaker === null || !speaker.plausible) return null;
  return { cue: { from: i, to: i + 1, lemma: keyAt(view, i) }, speaker };
}

/**
 * Where the predicate of a clause headed by a noun of reply starts between `from` and the colon: its first auxiliary,
 * copula or negation ("est sans appel", "ne s'est pas fait attendre"), else its last word when that is a bare
 * lower-case verb after the speaker ("tombe"). -1 when the stretch holds a quotation, a cue or punctuation, or when
 * the predicate is too long.
 */
function predicateStart(view: View, from: number, colon: number): number {
  for (let k = from; k < colon; k++) {
    const t = view.tokens[k];
    if (t === undefined || t.kind === 'quote' || t.kind === 'punct' || view.inCue[k] === 1) return -1;
  }
  for (let k = from + 1; k < colon; k++) if (VERB_GROUP_STARTERS.has(keyAt(view, k)) && view.entityOf[k] === undefined) return colon - k <= MAX_REPLY_PREDICATE ? k : -1;
  const last = view.tokens[colon - 1];
  return last !== undefined && last.kind === 'word' && last.text === last.key && view.entityOf[colon - 1] === undefined && colon - 1 > from ? colon - 1 : -1;
}

/** "X ne dit pas autre chose :" right before the colon: the idiom as cue and its subject, or null. */
function sameSaying(view: View, colon: number): { cue: { from: number; to: number; lemma: string }; speaker: SpeakerRef } | null {
  for (const idiom of SAME_SAYING_IDIOMS) {
    const from = colon - idiom.length;
    if (!idiom.every((w, n) => keyAt(view, from + n) === w)) continue;
    const speaker = leftSubject(view, from);
    return speaker !== null && speaker.plausible ? { cue: { from, to: colon, lemma: 'dire' }, speaker } : null;
  }
  return null;
}

/** The auxiliaries and clitics that may open a stance predicate ("a été", "s'est montré", "se veut"). */
const STANCE_OPENERS: ReadonlySet<string> = new Set(['a', 'ont', 'avait', 'avaient', 'est', 'sont', 'était', "s'", 'se']);

/**
 * "Le ministre a été clair : « P »", "Son avocat est formel : « P »", "La maire se veut rassurante : « P »": a
 * stance adjective right before the colon, after a copula; the subject before the predicate speaks and the
 * predicate is the cue. Null when the subject is no plausible speaker.
 */
function stanceBefore(view: View, colon: number): { cue: { from: number; to: number; lemma: string }; speaker: SpeakerRef } | null {
  const adjective = colon - 1;
  if (!STANCE_ADJECTIVES.has(keyAt(view, adjective)) || !STANCE_COPULAS.has(keyAt(view, adjective - 1))) return null;
  let from = adjective - 1;
  while (from > adjective - 4 && STANCE_OPENERS.has(keyAt(view, from - 1))) from--;
  const speaker = leftSubject(view, from);
  if (speaker === null || !speaker.plausible) return null;
  const lemma = view.tokens.slice(from, colon).map((t) => t.key).join(' ');
  return { cue: { from, to: colon, lemma }, speaker };
}

/** Most tokens of a verb phrase between an apposition and a colon ("fait le calcul", "résume ainsi"). */
const MAX_VERB_PHRASE = 4;

/**
 * "Fatoumata, 34 ans, aide-soignante à Créteil, fait le calcul : « P »": the
 * words between the comma closing an apposition to a person and the colon,
 * a short phrase of a lower-case word that is no article nor preposition
 * then an article or an adverb, are a verb phrase of saying. Its span, lemma (its words) and
 * the person, or null.
 */
function verbPhraseQuote(view: View, colon: number): { from: number; to: number; lemma: string; speaker: SpeakerRef } | null {
  let comma = colon - 1;
  while (comma > colon - 1 - MAX_VERB_PHRASE && view.tokens[comma]?.kind === 'word') comma--;
  const from = comma + 1;
  if (keyAt(view, comma) !== ',' || from === colon) return null;
  for (let i = from; i < colon; i++) {
    const t = view.tokens[i];
    if (t === undefined || t.text !== t.key || view.entityOf[i] !== undefined || view.inCue[i] === 1) return null;
  }
  // A verb and its object or adverb ("fait le calcul", "résume ainsi"); a bare noun is an apposition ("infirmière :").
  const first = keyAt(view, from);
  const second = keyAt(view, from + 1);
  if (NP_DETERMINERS.has(first) || ADJUNCT_PREPOSITIONS.has(first) || PRONOUNS_AND_LINKS.has(first)) return null;
  if (from + 1 >= colon || !(NP_DETERMINERS.has(second) || adverbialLength(view.doc, from + 1) > 0)) return null;
  const speaker = apposedName(view, comma, sentenceStart(view, comma));
  if (speaker === null || speaker.entity?.type !== 'PERSON') return null;
  const lemma = view.tokens.slice(from, colon).map((t) => t.key).join(' ');
  return { from, to: colon, lemma, speaker };
}

/** Words that open no verb phrase: pronouns, conjunctions, relatives ("et", "qui", "lui", "dont"). */
const PRONOUNS_AND_LINKS: ReadonlySet<string> = new Set(['et', 'ou', 'mais', 'qui', 'que', "qu'", 'dont', 'où', 'lui', 'elle', 'eux', 'il', 'ils', 'elles', 'on', 'puis', 'donc', 'soit', 'notamment', 'aussi', 'même']);
