/**
 * Inverted cue after the content (incise): "« P », a déclaré KCNA",
 * "P, a indiqué le 28 mars l'agence nord-coréenne KCNA", "“P”, a-t-il
 * ajouté", "P, affirme-t-elle". The content runs from the start of the
 * clause to the comma; its shape gives the kind (a whole quote: direct).
 */
import { COMPLEMENTISERS, DEMONSTRATIVE_DETERMINERS, SPLIT_ADVERBIAL_OPENERS, NON_VERB_OPENERS, SPLIT_SUBJECT_DETERMINERS, SUBJECT_PRONOUNS, VERB_GROUP_STARTERS } from '../data.js';
import { appendedQuote, contentBefore, infinitiveAt, quoteInner, REPORTING_INFINITIVES, shapeOf, trimRange, type TokenRange } from '../content.js';
import { adverbialLength, type Cue } from '../cues.js';
import type { AttributionRule, Found } from '../found.js';
import { bracketStart, cliticSpeaker, rightSubject, subjectBefore, type SpeakerRef } from '../speakers.js';
import { isAbbreviationDot } from '../../text/sentences.js';
import { isPunct, keyAt, sentenceEnd, type Quote, type View } from '../view.js';

/** Token where the incise ends: the next comma, full stop, quotation mark or sentence end. */
function inciseEnd(view: View, from: number): number {
  const end = sentenceEnd(view, from);
  let i = from;
  while (i < end) {
    const t = view.tokens[i];
    if (t === undefined || t.kind === 'quote') break;
    if (t.key === ',' || t.key === '.' || t.key === ';' || t.key === '!' || t.key === '?') break;
    if (i > from && t.newlineBefore) break;
    i++;
  }
  return i;
}

/** Is there a number among tokens `from..to`? */
function hasNumber(view: View, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (view.tokens[i]?.kind === 'number') return true;
  return false;
}

/** Nouns of what is said or done, objects of "rejeter", "démentir", "annoncer": never the speaker. */
const STATEMENT_NOUNS: ReadonlySet<string> = new Set([
  'accusation', 'accusations', 'information', 'informations', 'propos', 'allégation', 'allégations', 'affirmation',
  'affirmations', 'déclaration', 'déclarations', 'critique', 'critiques', 'rumeur', 'rumeurs', 'chiffres', 'faits',
  'mesure', 'mesures', 'décision', 'décisions', 'proposition', 'propositions', 'sanctions', 'accusations', 'informations',
]);

/**
 * Words that may follow an inverted subject and close it: a complement, a date, "selon", a relative ("à l'agence
 * Yonhap"), a clause of time ("a répondu le ministre quand on lui a demandé …").
 */
const SUBJECT_CLOSERS: ReadonlySet<string> = new Set([
  'à', 'au', 'aux', 'devant', 'dans', 'lors', 'sur', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'selon',
  'citant', 'cité', 'citée', 'cités', 'citées', 'en', 'ce', 'cette', 'hier', 'après', 'pour', 'par', 'avant', 'tout', 'qui', 'dont', 'depuis',
  'quand', 'lorsque', "lorsqu'",
]);

/** Prepositions that open a phrase after the cue that cannot be its subject ("cru à la victoire", "compté sur …"). */
const NOT_SUBJECT_OPENERS: ReadonlySet<string> = new Set(['à', 'au', 'aux', 'en', 'sur', 'pour', 'contre', 'vers', 'avec', 'sans', 'chez']);

/** Definite determiners that open an inverted subject ("a lancé le vainqueur"). */
const DETERMINERS: ReadonlySet<string> = new Set(['le', 'la', "l'", 'les', 'ce', 'cet', 'cette', 'ces']);

/** Does a closing quotation mark stand right before the cue, or before its comma ("« P », a lancé")? */
function afterQuote(view: View, cue: Cue): boolean {
  return view.quoteByClose.has(cue.from - 1) || (keyAt(view, cue.from - 1) === ',' && view.quoteByClose.has(cue.from - 2));
}

/** Read the speaker of an inverted cue and where the incise ends. */
function invertedSpeaker(view: View, cue: Cue): { speaker: SpeakerRef; end: number } | null {
  if (cue.clitic >= 0) {
    const speaker = cliticSpeaker(view, cue.clitic);
    return speaker === null ? null : { speaker, end: inciseEnd(view, cue.to) };
  }
  const next = keyAt(view, cue.to);
  if (COMPLEMENTISERS.has(next) || next === ':' || view.quoteByOpen.has(cue.to)) return null;
  // "a indiqué souffrir de …", "a promis de prendre …": an infinitive is what was said, never who said it.
  const k = cue.to + adverbialLength(view.doc, cue.to);
  if (infinitiveAt(view, k) || ((keyAt(view, k) === 'de' || keyAt(view, k) === "d'") && infinitiveAt(view, k + 1))) return null;
  // "a répété à plusieurs reprises la ministre", "a ajouté à son tour le maire": past an adverbial phrase.
  const phrase = adverbialLength(view.doc, cue.to);
  const right = rightSubject(view, phrase > 1 ? cue.to + phrase : cue.to, true);
  if (right === null) return null;
  // "s'inquiètent de cette distance": a noun phrase after "de" right past the cue is its object; a subject that cannot
  // speak there is no speaker.
  // (After a quotation the cue reports it whatever follows: "« Non », a répondu d'une voix ferme la présidente".)
  if (right.speaker.entity === undefined && !right.speaker.plausible && (keyAt(view, k) === 'de' || keyAt(view, k) === "d'") && right.speaker.from > k && !afterQuote(view, cue)) return null;
  // "a longtemps cru à la victoire avant de …": a prepositional phrase is an object, never the speaker.
  if (right.speaker.entity === undefined && NOT_SUBJECT_OPENERS.has(keyAt(view, right.speaker.from))) return null;
  // "contesterait néanmoins devant la Cour": an adverb is not a speaker.
  if (right.speaker.entity === undefined && adverbialLength(view.doc, right.speaker.from) >= right.speaker.to - right.speaker.from) return null;
  // "« P », a lancé le vainqueur": after a whole quotation even a verb of several senses reports it.
  if (cue.weak && !right.speaker.plausible && !(afterQuote(view, cue) && right.speaker.entity === undefined && (DETERMINERS.has(keyAt(view, right.speaker.from)) || DETERMINERS.has(keyAt(view, right.speaker.from - 1))))) return null;
  // "a annoncé 3 milliards d'euros", "a renchéri d'environ 20 %": a quantity is an object, never a speaker
  // ("une infirmière de 28 ans" is one: the number is not at the head).
  if (!right.speaker.plausible && hasNumber(view, right.speaker.from, Math.min(right.speaker.to, right.speaker.from + 2))) return null;
  const after = view.tokens[right.end];
  // "a évoqué une « victoire »": an opening quotation after the noun phrase makes it the object.
  if (after !== undefined && after.kind === 'quote' && view.quoteByOpen.has(right.end) && right.speaker.entity === undefined) return null;
  // "a rejeté ces accusations": a demonstrative noun that cannot speak is the object.
  const opening = keyAt(view, right.speaker.from);
  const demonstrative = DEMONSTRATIVE_DETERMINERS.has(opening) || DEMONSTRATIVE_DETERMINERS.has(keyAt(view, right.speaker.from - 1));
  if (demonstrative && right.speaker.entity === undefined && STATEMENT_NOUNS.has(keyAt(view, right.speaker.to - 1))) return null;
  // "a dénoncé un accord qui…": a relative clause on a noun that cannot speak.
  if (after?.key === 'qui' && !right.speaker.plausible && right.speaker.entity === undefined) return null;
  // "a exhorté la police à tirer": before "à" + an infinitive the noun phrase is the one urged, not the speaker.
  // So before "à « préserver la paix »": the infinitive opens the quotation.
  if (after?.key === 'à' && (infinitiveAt(view, right.end + 1) || (view.quoteByOpen.has(right.end + 1) && infinitiveAt(view, right.end + 2)))) return null;
  // The subject closes the incise: punctuation, the end of the sentence, or a complement ("à l'agence Yonhap").
  if (after !== undefined && after.sentence === view.tokens[cue.to]?.sentence && !isPunct(view, right.end) && after.kind !== 'quote') {
    const k = after.key;
    if (!SUBJECT_CLOSERS.has(k)) {
      return null;
    }
  }
  return { speaker: right.speaker, end: inciseEnd(view, right.end) };
}

/** Most tokens of an incise's tail before the quote goes on ("…, a déclaré X, président de …, à l'agence Yonhap. “B”"). */
const MAX_TAIL = 30;

/** The opening mark of the quotation that resumes after the incise, or undefined. */
function continuation(view: View, from: number): number | undefined {
  for (let i = from; i < from + MAX_TAIL; i++) {
    const t = view.tokens[i];
    if (t === undefined) return undefined;
    // "« A », a dit X. Pour Y, le signal est clair : « B »": a sentence of the writer after the incise is no tail.
    if (i > from && keyAt(view, i - 1) === '.' && !isAbbreviationDot(view.tokens, i - 1) && t.kind !== 'quote') return undefined;
    if (t.kind === 'quote') {
      const prev = keyAt(view, i - 1);
      return view.quoteByOpen.has(i) && (prev === ',' || prev === '.' || prev === ':') && !t.newlineBefore ? i : undefined;
    }
    // "…, a-t-elle lancé, avant d'ajouter : « B »": a second act of saying introduces B.
    if (i > from && (t.newlineBefore || view.cueAt.has(i) || REPORTING_INFINITIVES.has(t.key))) return undefined;
  }
  return undefined;
}

/** The content ends before this token: a comma before the cue, or the closing quotation mark glued to it. */
function contentEnd(view: View, cue: Cue): number | null {
  // "« P », lui a lancé le député", "leur a-t-il répondu": a dative clitic before the cue is whom it was said to.
  const from = INCISE_DATIVES.has(keyAt(view, cue.from - 1)) ? cue.from - 1 : cue.from;
  const before = keyAt(view, from - 1);
  if (before === ',') return from - 1;
  if (view.quoteByClose.has(from - 1)) return from;
  return null;
}

/** Dative clitics between an incise's comma and its cue: "lui a répondu", "leur a lancé". */
const INCISE_DATIVES: ReadonlySet<string> = new Set(['lui', 'leur']);

/**
 * An incise inside the quotation marks: "« A, a-t-il ajouté, B »", "« A,
 * raconte un travailleur humanitaire joint par téléphone. B »". The content
 * is the whole quotation, incise included, as for a quote split by an
 * incise outside the marks.
 */
function innerIncise(view: View, cue: Cue, quote: Quote): Omit<Found, 'rule'> | null {
  if (keyAt(view, cue.from - 1) !== ',' || cue.from - 1 <= quote.open + 1) return null;
  const read = invertedSpeaker(view, cue);
  if (read === null || read.end >= quote.close) return null;
  const after = keyAt(view, read.end);
  if (after !== ',' && after !== '.' && after !== ';') return null;
  const inner = quoteInner(view, quote.open, quote.close);
  if (inner === null) return null;
  const { range } = shapeOf(view, { from: quote.open, to: quote.close + 1 });
  return { kind: 'direct', content: range, cue: { from: cue.from, to: cue.to, lemma: cue.lemma }, speaker: read.speaker };
}

/** Most tokens between "c'est" and the "que" of a cleft ("C'est dans ce contexte que"). */
const MAX_CLEFT = 8;

/**
 * "C'est dans ce contexte que X, la Contrôleure générale, a présenté un rapport": after a cleft's "que" stands the
 * subject of the verb, not a reported clause. The token after that "que", or the range's start.
 */
function cleftEnd(view: View, r: TokenRange): number {
  if (keyAt(view, r.from) !== "c'" || keyAt(view, r.from + 1) !== 'est') return r.from;
  for (let i = r.from + 2; i < Math.min(r.to, r.from + 2 + MAX_CLEFT); i++) {
    if (view.tokens[i]?.kind === 'punct' || view.tokens[i]?.kind === 'quote') return r.from;
    if (COMPLEMENTISERS.has(keyAt(view, i))) return i + 1 < r.to ? i + 1 : r.from;
  }
  return r.from;
}

/** Most tokens of a name in apposition. */
const MAX_NAME = 6;

/**
 * Does [from, end) close on a person named in apposition, after a comma
 * ("La rapporteure de la commission, Elisabeth Doineau (Union centriste), a
 * chiffré le coût …")? That person is the subject before the cue, and an
 * unnamed phrase after the cue is its object.
 */
function appositionName(view: View, from: number, end: number): boolean {
  const last = bracketStart(view, from, end) - 1;
  const named = view.entityOf[last];
  if (named === undefined || named.type !== 'PERSON') return false;
  let k = last;
  while (k > from && last - k < MAX_NAME && view.entityOf[k - 1] === named) k--;
  return k > from && keyAt(view, k - 1) === ',';
}

/** Most tokens of a subject split from its verb by an incise ("Le président de la commission des lois"). */
const MAX_SPLIT_SUBJECT = 8;

/**
 * "Le président, a-t-il précisé, ne se rendra pas à Genève": an unquoted clause whose subject stands alone before the
 * incise and whose verb group resumes after its comma is one content across the incise, like a quote split by an
 * incise. The whole clause up to the end of the sentence, or null when `range` is not such a bare subject.
 */
function splitClause(view: View, range: TokenRange, inciseEnd: number): TokenRange | null {
  if (keyAt(view, inciseEnd) !== ',' || range.to - range.from > MAX_SPLIT_SUBJECT) return null;
  const first = view.tokens[range.from];
  // "Dans les prochains jours, a-t-il ajouté, le gouvernement présentera un plan": an adverbial phrase, then its clause.
  const adverbial = first !== undefined && SPLIT_ADVERBIAL_OPENERS.has(first.key) && view.entityOf[range.from] === undefined;
  if (first === undefined || (!adverbial && !SPLIT_SUBJECT_DETERMINERS.has(first.key) && view.entityOf[range.from] === undefined)) return null;
  for (let i = range.from; i < range.to; i++) {
    const t = view.tokens[i];
    if (t === undefined || t.kind === 'punct' || t.kind === 'quote' || (t.kind === 'number' && !adverbial) || view.cueAt.has(i)) return null;
    // (after a preposition, "la", "les" are articles, not object pronouns before a verb)
    if ((VERB_GROUP_STARTERS.has(t.key) && !adverbial) || SUBJECT_PRONOUNS.has(t.key) || COMPLEMENTISERS.has(t.key) || t.key === 'qui') return null;
  }
  const resume = inciseEnd + 1;
  // The verb resumes: an auxiliary or a lower-case word that is no article, preposition, conjunction or day; after an
  // adverbial phrase, the clause resumes with anything but punctuation or a quotation.
  const verb = view.tokens[resume];
  if (verb === undefined) return null;
  const opensVerb = VERB_GROUP_STARTERS.has(verb.key) || (verb.kind === 'word' && verb.text.toLowerCase() === verb.text && view.entityOf[resume] === undefined && !NON_VERB_OPENERS.has(verb.key));
  if (adverbial ? verb.kind === 'punct' || verb.kind === 'quote' : !opensVerb) return null;
  const end = sentenceEnd(view, resume);
  for (let i = resume; i < end; i++) if (view.tokens[i]?.kind === 'quote' || view.cueAt.has(i)) return null;
  return trimRange(view, range.from, end);
}

export const invertedCue: AttributionRule = {
  id: 'inverted-cue',
  find(view) {
    const out: Found[] = [];
    for (const cue of view.cues) {
      if (cue.participial || !cue.finite) continue;
      const quote = view.quoteOf[cue.from];
      if (quote !== undefined) {
        const inner = innerIncise(view, cue, quote);
        if (inner !== null) out.push({ rule: this.id, ...inner });
        continue;
      }
      const end = contentEnd(view, cue);
      if (end === null) continue;
      const read = invertedSpeaker(view, cue);
      if (read === null) continue;
      const range = contentBefore(view, end);
      if (range === null) continue;
      const split = splitClause(view, range, read.end);
      // "Le groupe, a annoncé des investissements": the subject precedes the cue, what follows is its object.
      // Not so when a verb group resumes after a named speaker ("Le texte, a précisé le ministre, sera voté").
      if (cue.clitic < 0 && (split === null || !read.speaker.plausible)) {
        const subject = subjectBefore(view, cleftEnd(view, range), range.to);
        if (subject === 'strong' || (subject === 'weak' && !read.speaker.plausible)) continue;
        if (read.speaker.entity === undefined && appositionName(view, range.from, end)) continue;
      }
      if (split !== null) {
        out.push({ rule: this.id, kind: 'indirect', content: split, cue: { from: cue.from, to: cue.to, lemma: cue.lemma }, speaker: read.speaker });
        continue;
      }
      const { kind, range: content } = shapeOf(view, appendedQuote(view, range));
      const nextOpen = kind === 'indirect' ? undefined : continuation(view, read.end);
      out.push({
        rule: this.id,
        kind,
        content,
        cue: { from: cue.from, to: cue.to, lemma: cue.lemma },
        speaker: read.speaker,
        ...(nextOpen === undefined ? {} : { continues: nextOpen }),
      });
    }
    return out;
  },
};
