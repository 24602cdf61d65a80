/**
 * Reporting cues: a reporting verb with what French grammar glues to it —
 * auxiliary ("a déclaré"), inserted adverbs ("ont ensuite affirmé"),
 * subject clitic ("a-t-il ajouté", "affirme-t-elle"), inserted pronoun
 * ("a, elle, déclaré"), reflexive ("se sont dits"). One left-to-right pass
 * over the tokens with Map/Set lookups.
 */
import type { PreparedDocument } from '../types.js';
import { AUXILIARY_FORMS, REPORTING_VERB_FORMS, type ReportingVerbForm } from '../lexicon/generated/reporting-verbs.js';
import { ADVERBIAL_PHRASES, CALL_PREPOSITIONS, NOUN_PREPOSITIONS, COMPLEMENTISERS as COMPLEMENTISER_KEYS, GATED_OBJECT_LEMMAS, INNER_ADVERBS, LITOTES_LEMMAS, MODAL_PARTICIPLES, NEGATION_AFTER, NEGATION_BEFORE, OBJECT_CONTENT_LEMMAS, REFLEXIVE, SUBJECT_PRONOUNS, TENIR_A_FORMS } from './data.js';
import { defineTrigger } from './triggers.js';

/** A reporting cue found in the text, as token indices. */
export interface Cue {
  /** First token (the auxiliary, the reflexive or the verb). */
  readonly from: number;
  /** Token after the last token of the cue. */
  readonly to: number;
  /** The lexical verb token. */
  readonly verb: number;
  /** Infinitive of the cue: "déclarer", "se dire". */
  readonly lemma: string;
  /** Subject clitic glued to the cue ("-t-il"), or -1. */
  readonly clitic: number;
  /** A conjugated form or an auxiliary + participle (not a bare participle). */
  readonly finite: boolean;
  /** Present participle ("expliquant", "ajoutant"): its subject is the main clause's. */
  readonly participial: boolean;
  /** The form is also a noun or adjective, or the verb has a frequent non-reporting sense: needs context. */
  readonly weak: boolean;
  /** Pronominal use ("s'est dit", "s'inquiète"). */
  readonly reflexive: boolean;
  /**
   * A participle coordinated with an earlier verb ("a rejeté ces accusations
   * et affirmé que …"): its subject stands before this token, the auxiliary.
   */
  readonly subjectBefore?: number;
}

const FINITE_TENSES: ReadonlySet<string> = new Set(['present', 'imparfait', 'passe-simple', 'conditionnel', 'futur']);

/** First words of the multi-word forms ("fait" of "fait valoir", "mis" of "mis en garde"). */
const MULTI_WORD_HEADS: ReadonlySet<string> = new Set(
  [...REPORTING_VERB_FORMS.keys()].filter((k) => k.includes(' ')).map((k) => k.slice(0, k.indexOf(' '))),
);

/** Adverbial phrases by first word, longest first. */
const PHRASES_BY_HEAD: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const map = new Map<string, (readonly string[])[]>();
  for (const p of [...ADVERBIAL_PHRASES].sort((a, b) => b.length - a.length)) {
    const head = p[0];
    if (head !== undefined) map.set(head, [...(map.get(head) ?? []), p]);
  }
  return map;
})();

/** Every word of an adverb or adverbial phrase, for looking back from a participle. */
const ADVERBIAL_WORDS: ReadonlySet<string> = new Set([...INNER_ADVERBS, ...ADVERBIAL_PHRASES.flat()]);

/**
 * Tokens of the adverb or adverbial phrase at `i` ("également" 1, "par
 * ailleurs" 2, "une nouvelle fois" 3), or 0.
 */
export function adverbialLength(doc: PreparedDocument, i: number): number {
  const key = doc.tokens[i]?.key;
  if (key === undefined) return 0;
  for (const p of PHRASES_BY_HEAD.get(key) ?? []) {
    if (p.every((w, n) => doc.tokens[i + n]?.key === w)) return p.length;
  }
  return INNER_ADVERBS.has(key) ? 1 : 0;
}

/** Every key a cue can start with: one Set lookup rules out most words before `readCueAt` runs. */
const CUE_STARTS: ReadonlySet<string> = new Set([...REFLEXIVE, ...AUXILIARY_FORMS.keys(), ...MULTI_WORD_HEADS, ...REPORTING_VERB_FORMS.keys(), ...TENIR_A_FORMS]);
/** The same keys as a word class: tested once per distinct form, then one bit per token. */
const CUE_START = defineTrigger((w) => CUE_STARTS.has(w.key));

/** Look a form up, with a multi-word tail ("fait valoir", "mis en garde"). Returns the form and its token length. */
function lookupForm(doc: PreparedDocument, i: number): { form: ReportingVerbForm; length: number } | null {
  const t0 = doc.tokens[i];
  if (t0 === undefined) return null;
  // Every key a form can start with is a cue start: one bit rules out most words before two Map look-ups
  // (this runs on the word after every auxiliary, "a", "est", "ont", whatever that word is).
  if ((t0.classes & CUE_START) === 0) return null;
  const k0 = t0.key;
  if (!MULTI_WORD_HEADS.has(k0)) {
    const f = REPORTING_VERB_FORMS.get(k0);
    return f === undefined || f.tail !== undefined ? null : { form: f, length: 1 };
  }
  const k1 = doc.tokens[i + 1]?.key;
  const k2 = doc.tokens[i + 2]?.key;
  if (k1 !== undefined && k2 !== undefined) {
    const f3 = REPORTING_VERB_FORMS.get(`${k0} ${k1} ${k2}`);
    if (f3 !== undefined) return { form: f3, length: 3 };
  }
  if (k1 !== undefined) {
    const f2 = REPORTING_VERB_FORMS.get(`${k0} ${k1}`);
    if (f2 !== undefined) return { form: f2, length: 2 };
    // "fait également état de", "fait notamment état de": an adverb between the verb and its tail.
    const skip = adverbialLength(doc, i + 1);
    const tail = skip > 0 ? doc.tokens[i + 1 + skip]?.key : undefined;
    const f2b = tail === undefined ? undefined : REPORTING_VERB_FORMS.get(`${k0} ${tail}`);
    if (f2b !== undefined) return { form: f2b, length: 2 + skip };
  }
  const f1 = REPORTING_VERB_FORMS.get(k0);
  // A form whose lemma needs a tail ("fait" of "faire valoir") is not a cue alone.
  if (f1 === undefined || f1.tail !== undefined) return null;
  return { form: f1, length: 1 };
}

/**
 * Is token `i` the past participle of a reporting verb ("annoncé" in "a
 * dénoncé un accord et annoncé une grève")?
 */
export function isReportingParticiple(doc: PreparedDocument, i: number): boolean {
  return lookupForm(doc, i)?.form.tenses.includes('participle') === true;
}

/** Is token `i` the present participle of a reporting verb ("appelant", "soulignant")? */
export function isReportingGerund(doc: PreparedDocument, i: number): boolean {
  return lookupForm(doc, i)?.form.tenses.includes('participe-present') === true;
}

/**
 * A reporting infinitive after a modal at `i` ("pu affirmer", "voulu souligner", "tenu à préciser"): the infinitive's
 * form, its index and token length; null when none.
 */
function modalInfinitive(doc: PreparedDocument, i: number, tails: readonly string[]): { form: ReportingVerbForm; at: number; length: number } | null {
  if (!tails.every((w, n) => doc.tokens[i + 1 + n]?.key === w)) return null;
  const at = i + 1 + tails.length;
  const found = lookupForm(doc, at);
  return found !== null && found.form.tenses.includes('infinitive') ? { form: found.form, at, length: found.length } : null;
}

/** Lemma of a form in its use: reflexive or not. Null when the use does not report speech. */
function lemmaInUse(form: ReportingVerbForm, reflexive: boolean): string | null {
  if (reflexive) {
    if (form.pronominal === true) return form.lemma;
    return form.pronominalLemma ?? null;
  }
  if (form.pronominal === true) {
    // "a félicité la Corée du Nord pour…": the transitive use of a pronominal lemma.
    return OBJECT_CONTENT_LEMMAS.get(form.lemma) ?? null;
  }
  return form.lemma;
}

function hasTense(form: ReportingVerbForm, tenses: ReadonlySet<string>): boolean {
  return form.tenses.some((t) => tenses.has(t));
}

/**
 * Read a cue starting at token `i`, or null. Negated cues ("n'a pas dit",
 * "ne dément pas") are not cues.
 */
export function readCueAt(doc: PreparedDocument, i: number): Cue | null {
  const tokens = doc.tokens;
  let j = i;
  const reflexive = REFLEXIVE.has(tokens[j]?.key ?? '');
  if (reflexive) j++;
  const negatedBefore = NEGATION_BEFORE.has(tokens[i - 1]?.key ?? '');
  const first = tokens[j];
  if (first === undefined) return null;
  const aux = AUXILIARY_FORMS.get(first.key);
  if (aux !== undefined) {
    j++;
    let clitic = -1;
    if (tokens[j]?.kind === 'clitic') clitic = j++;
    let negated = negatedBefore;
    // "a également déclaré", "a, elle, déclaré", "n'a pas dit": at most five inserted tokens.
    for (let n = 0; n < 5; n++) {
      const t = tokens[j];
      if (t === undefined) break;
      if (NEGATION_AFTER.has(t.key) && t.key !== 'plus') negated = true;
      else if (t.key === 'plus' && negatedBefore) negated = true;
      else {
        const incise = t.key === ',' ? insertedIncise(doc, j) : 0;
        const adverbial = incise > 0 ? 0 : adverbialLength(doc, j);
        if (incise > 0) j += incise;
        else if (adverbial > 0) j += adverbial - 1;
        else break;
      }
      j++;
    }
    // "a pu affirmer que", "a tenu à préciser que": a modal, then the reporting infinitive.
    const modalTails = reflexive || aux.aux === 'être' ? undefined : MODAL_PARTICIPLES.get(tokens[j]?.key ?? '');
    const modal = modalTails === undefined ? null : modalInfinitive(doc, j, modalTails);
    if (modal !== null) {
      const lemma = lemmaInUse(modal.form, false);
      if (lemma === null || negated) return null;
      return { from: i, to: modal.at + modal.length, verb: modal.at, lemma, clitic, finite: true, participial: false, weak: modal.form.polysemous === true, reflexive: false };
    }
    const found = lookupForm(doc, j);
    if (found === null || !found.form.tenses.includes('participle')) return null;
    // "est souligné", "ont été décrites": passive, not a speaker's cue.
    if (aux.aux === 'être' && !reflexive) return null;
    const lemma = lemmaInUse(found.form, reflexive);
    if (lemma === null) return null;
    const litotes = negated && negatedBefore && LITOTES_LEMMAS.has(lemma) && litotesNegation(doc, i, j);
    if (negated && !litotes) return null;
    return {
      // "n'a pas exclu": the litotes keeps its "ne" in the cue.
      from: litotes && !reflexive ? i - 1 : i,
      to: j + found.length,
      verb: j,
      lemma,
      clitic,
      finite: true,
      participial: false,
      // After an auxiliary a form cannot be a noun ("l'accusé"): only the verb's other senses make it weak.
      weak: found.form.polysemous === true,
      reflexive,
    };
  }
  // "tient à rappeler que": "tenir à" and the reporting infinitive.
  const held = !reflexive && !negatedBefore && TENIR_A_FORMS.has(first.key) ? modalInfinitive(doc, j, ['à']) : null;
  if (held !== null) {
    const lemma = lemmaInUse(held.form, false);
    return lemma === null ? null : { from: i, to: held.at + held.length, verb: held.at, lemma, clitic: -1, finite: true, participial: false, weak: held.form.polysemous === true, reflexive: false };
  }
  const found = lookupForm(doc, j);
  if (found === null) return null;
  if (afterAuxiliary(doc, j) || (!reflexive && (afterDeterminer(doc, j) || afterNounPreposition(doc, j)))) return null;
  const shared = reflexive ? -1 : coordinatedAuxiliary(doc, j, found.form);
  if (shared >= 0) {
    const coordinated = lemmaInUse(found.form, false);
    if (coordinated === null) return null;
    return { from: j, to: j + found.length, verb: j, lemma: coordinated, clitic: -1, finite: true, participial: false, weak: found.form.polysemous === true, reflexive: false, subjectBefore: shared };
  }
  const participial = found.form.tenses.includes('participe-present');
  if (!participial && !hasTense(found.form, FINITE_TENSES)) return null;
  const sharedSimple = reflexive || participial ? -1 : coordinatedSimpleCue(doc, j, found.form);
  if (sharedSimple >= 0) {
    const coordinated = lemmaInUse(found.form, false);
    if (coordinated === null) return null;
    return { from: j, to: j + found.length, verb: j, lemma: coordinated, clitic: -1, finite: true, participial: false, weak: false, reflexive: false, subjectBefore: sharedSimple };
  }
  const after = tokens[j + found.length];
  const clitic = after?.kind === 'clitic' ? j + found.length : -1;
  const lemma = lemmaInUse(found.form, reflexive);
  if (lemma === null) return null;
  const negationAt = (clitic >= 0 ? clitic : j + found.length - 1) + 1;
  // "n'exclut pas que P": a litotes, reported with its negation.
  const litotes = negatedBefore && !reflexive && LITOTES_LEMMAS.has(lemma) && clitic < 0 && litotesNegation(doc, i, negationAt);
  if (!litotes && (negatedBefore || NEGATION_AFTER.has(tokens[negationAt]?.key ?? ''))) {
    if (negatedBefore) return null;
    // "dit pas" without "ne" is colloquial negation too.
    if (tokens[negationAt]?.key === 'pas') return null;
  }
  return {
    from: litotes ? i - 1 : i,
    to: litotes ? negationAt + 1 : clitic >= 0 ? clitic + 1 : j + found.length,
    verb: j,
    lemma,
    clitic,
    finite: !participial,
    participial,
    // After a reflexive clitic ("elle se demande") a form that is also a noun is a verb.
    weak: found.form.polysemous === true || (found.form.ambiguous === true && !reflexive),
    reflexive,
  };
}

/**
 * Is the negation of a litotes cue ("n'a pas exclu", "n'exclut pas") a plain "ne … pas", between `from` and
 * `to`, with nothing but "pas" (and "jamais") inside: "n'a rien exclu", "n'a plus exclu" are not litotes.
 */
function litotesNegation(doc: PreparedDocument, from: number, to: number): boolean {
  let sawPas = false;
  for (let k = from; k <= to && k < doc.tokens.length; k++) {
    const key = doc.tokens[k]?.key ?? '';
    if (key === 'pas' || key === 'jamais') sawPas = true;
    else if (NEGATION_AFTER.has(key)) return false;
  }
  return sawPas;
}

/** Determiners that are never object pronouns: the form after them is a noun ("une annonce", "sa critique"). */
const NOUN_DETERMINERS: ReadonlySet<string> = new Set([
  'un', 'une', 'du', 'des', 'sa', 'son', 'ses', 'leurs', 'cette', 'cet', 'ces', 'mon', 'ma', 'mes', 'notre', 'nos', 'votre', 'vos',
]);
/** Articles that are also object pronouns ("il l'annonce", "elle la dément"). */
const ARTICLE_OR_PRONOUN: ReadonlySet<string> = new Set(["l'", 'la', 'le', 'les', 'leur']);
/** Words after which "l'", "la", "le", "les" is an article: prepositions ("après l'annonce"). */
const BEFORE_ARTICLE: ReadonlySet<string> = new Set([
  'de', 'à', 'après', 'avant', 'pour', 'par', 'sur', 'dans', 'avec', 'selon', 'depuis', 'malgré', 'contre', 'vers', 'sans',
  'sous', 'entre', 'dès', 'pendant', 'via', 'chez', 'devant', 'derrière', 'parmi', 'lors',
]);

/**
 * Is the form at `j` a noun after a preposition? "16 milliards d'euros de
 * chiffre d'affaires", "une hausse des prix à la pompe": a finite verb never
 * follows "de", "du", "des", "à", "au", "aux", "par" or "pour" (only an
 * infinitive does, and infinitives are not read here).
 */
function afterNounPreposition(doc: PreparedDocument, j: number): boolean {
  const before = doc.tokens[j - 1];
  return before !== undefined && before.kind !== 'clitic' && NOUN_PREPOSITIONS.has(before.key);
}

/**
 * Is the form at `j` a noun after its determiner? "L'annonce des pourparlers
 * a fait remonter le rial", "après la critique de Paris", "une annonce":
 * "l'", "la", "le", "les" are articles at the start of a sentence or clause
 * and after a preposition; elsewhere they may be object pronouns ("il
 * l'annonce").
 */
function afterDeterminer(doc: PreparedDocument, j: number): boolean {
  const det = doc.tokens[j - 1];
  if (det === undefined || det.kind === 'clitic') return false;
  // "l'un affirme": a pronoun, not an article.
  if (NOUN_DETERMINERS.has(det.key)) return !((det.key === 'un' || det.key === 'une') && doc.tokens[j - 2]?.key === "l'");
  if (!ARTICLE_OR_PRONOUN.has(det.key)) return false;
  const before = doc.tokens[j - 2];
  if (before === undefined || before.sentence !== det.sentence || before.kind === 'punct' || before.kind === 'quote' || BEFORE_ARTICLE.has(before.key)) return true;
  // "a balayé l'annonce", "ont critiqué la déclaration": after an auxiliary and its participle the object
  // pronoun has no place (it stands before the auxiliary: "l'a annoncé"); the word is an article.
  return AUXILIARY_FORMS.has(doc.tokens[j - 3]?.key ?? '') && PARTICIPLE_END.test(before.key);
}

/** Ending of a past participle ("balayé", "dit", "promis", "reçu", "ouvert"). */
const PARTICIPLE_END = /(?:é|ée|és|ées|i|ie|is|ies|it|ite|its|ites|u|ue|us|ues|ert|erte|erts|ertes)$/u;

/** Most tokens between the auxiliary of a first verb and "et" before a coordinated participle. */
const MAX_COORDINATED = 14;
/** The same across a que-clause or a quotation, when the first verb is a reporting cue too ("a reconnu que P, et annoncé …"). */
const MAX_COORDINATED_REPORT = 60;

/**
 * "ont rejeté ces accusations et affirmé que …": the past participle at `j`
 * after "et" shares the auxiliary ("a", "ont", "avait") of an earlier verb of
 * its clause; that auxiliary's index, or -1. Past a que-clause or a
 * quotation ("a reconnu que P, et annoncé une hausse", "a dénoncé un accord
 * qui « … » et annoncé une grève") the nearest auxiliary must open a
 * reporting cue itself: an auxiliary of the reported clause ("que l'armée
 * avait tiré et annoncé") ends the search.
 */
function coordinatedAuxiliary(doc: PreparedDocument, j: number, form: ReportingVerbForm): number {
  // "a salué … mais rappelé que …": "mais" coordinates the same way.
  const coordinator = doc.tokens[j - 1]?.key;
  if ((coordinator !== 'et' && coordinator !== 'mais') || !form.tenses.includes('participle')) return -1;
  const sentence = doc.tokens[j]?.sentence;
  let crossed = false;
  let clause = false;
  for (let k = j - 2; k >= 0 && k >= j - 1 - MAX_COORDINATED_REPORT; k--) {
    const t = doc.tokens[k];
    if (t === undefined || t.sentence !== sentence || t.key === ';') return -1;
    if (t.kind === 'quote' || t.key === ':' || t.key === 'que' || t.key === "qu'") crossed = true;
    if (t.key === ':' || t.key === 'que' || t.key === "qu'") clause = true;
    const aux = AUXILIARY_FORMS.get(t.key);
    if (aux === undefined) continue;
    // "que l'état serait reconnu … et annoncé un fonds", "…, soit 1 500 euros, et promis que": a reporting
    // participle takes "avoir"; an auxiliary "être" belongs to another verb, the search goes on.
    if (aux.aux === 'être') continue;
    // "a été adopté et annoncé": a passive, no speaker.
    if (doc.tokens[k + 1]?.key === 'été' || NEGATION_BEFORE.has(doc.tokens[k - 1]?.key ?? '')) return -1;
    if (!crossed && k >= j - 1 - MAX_COORDINATED) return k;
    const first = readCueAt(doc, k);
    // Across a quoted object only ("a qualifié l'accord d'« erreur » et promis de …") a cue of several senses will do,
    // or across its own que-clause, which settles its sense ("a jugé que P et appelé X à …").
    return first !== null && (!first.weak || !clause || COMPLEMENTISER_KEYS.has(doc.tokens[first.to]?.key ?? '')) ? k : -1;
  }
  return -1;
}

/**
 * Is a simple finite form plural: "-ent", but not the singular "-ient" of
 * "-enir" verbs ("prévient", "maintient") nor "-ent" of "-entir" verbs
 * ("dément", "consent")?
 */
export function pluralForm(key: string, lemma: string): boolean {
  if (!key.endsWith('ent')) return false;
  if (lemma.endsWith('enir')) return !key.endsWith('ient');
  if (lemma.endsWith('entir')) return key.endsWith('entent');
  return true;
}

/**
 * "La CNA estime que P et dénonce Q", "dit avoir distribué P, mais prévient
 * que Q": the simple finite form at `j` after "et" or "mais" shares the
 * subject of an earlier simple finite cue of its sentence that agrees with
 * it in number (see `pluralForm`); that cue's first token, or -1. The
 * second may be a form of several senses only before "que". A form that
 * agrees with the reported subject instead ("que les patrons mentent et
 * dénoncent") is left alone.
 */
function coordinatedSimpleCue(doc: PreparedDocument, j: number, form: ReportingVerbForm): number {
  const coordinator = doc.tokens[j - 1]?.key;
  // A form of several senses only before "que" ("mais prévient que …").
  // So is "de" and an infinitive ("et menacent de les publier"): the verb's reporting sense.
  // And a call with its preposition: "juge l'étude « solide » et appelle à des essais cliniques".
  const call = GATED_OBJECT_LEMMAS.get(form.lemma) === 'call' && CALL_PREPOSITIONS.has(doc.tokens[j + 1]?.key ?? '');
  const polysemous = form.polysemous === true && !COMPLEMENTISER_KEYS.has(doc.tokens[j + 1]?.key ?? '') && !deInfinitive(doc, j + 1) && !call;
  if ((coordinator !== 'et' && coordinator !== 'mais') || polysemous || form.tenses.includes('participle')) return -1;
  const t0 = doc.tokens[j];
  if (t0 === undefined) return -1;
  const plural = pluralForm(t0.key, form.lemma);
  const sentence = t0.sentence;
  for (let k = j - 2; k >= 0 && k >= j - 1 - MAX_COORDINATED_REPORT; k--) {
    const t = doc.tokens[k];
    if (t === undefined || t.sentence !== sentence || t.key === ';') return -1;
    if ((t.classes & CUE_START) === 0 || t.kind === 'quote') continue;
    // No call back into readCueAt: a long chain "affirme … et affirme … et affirme" stays linear.
    const found = lookupForm(doc, k);
    if (found === null) continue;
    const before = doc.tokens[k - 1]?.key ?? '';
    if (REFLEXIVE.has(before) || NEGATION_BEFORE.has(before) || doc.tokens[k + found.length]?.kind === 'clitic' || afterDeterminer(doc, k)) continue;
    if (!hasTense(found.form, FINITE_TENSES) || afterAuxiliary(doc, k) || pluralForm(t.key, found.form.lemma) !== plural) return -1;
    // "affirme A et dénonce B et réclame C": the first of the chain holds the subject.
    if (before === 'et' || before === 'mais') continue;
    return k;
  }
  return -1;
}

/** Object clitics and negation between "de" and its infinitive: "de les publier", "de ne pas se présenter". */
const INFINITIVE_LEADERS: ReadonlySet<string> = new Set(['le', 'la', 'les', "l'", 'lui', 'leur', 'y', 'en', 'se', "s'", 'ne', "n'", 'pas', 'plus', 'jamais', 'rien']);

/** Does "de" and an infinitive open at `i` ("de les publier", "d'agir", "de ne pas céder")? */
export function deInfinitive(doc: PreparedDocument, i: number): boolean {
  const de = doc.tokens[i]?.key;
  if (de !== 'de' && de !== "d'") return false;
  return ledInfinitive(doc, i + 1);
}

/**
 * Does an infinitive start at `i`, after at most three clitics or negation words ("se manifester", "ne pas céder",
 * "les publier", "s'en aller")?
 */
export function ledInfinitive(doc: PreparedDocument, i: number): boolean {
  let j = i;
  while (j < i + 3 && INFINITIVE_LEADERS.has(doc.tokens[j]?.key ?? '')) j++;
  const t = doc.tokens[j];
  return t !== undefined && t.kind === 'word' && t.text === t.key && t.key.length >= 4 && /(?:er|ir|re)$/u.test(t.key);
}

/** Most words of an incise between the auxiliary and the participle ("a, de son côté, annoncé"). */
const MAX_INSERTED = 3;

/**
 * "a, elle, déclaré", "a, lui, réaffirmé", "a, de son côté, annoncé": the
 * number of tokens from the comma at `j` to the closing comma, or 0.
 */
function insertedIncise(doc: PreparedDocument, j: number): number {
  const phrase = prepositionalIncise(doc, j);
  if (phrase > 0) return phrase;
  let k = 1;
  while (k <= MAX_INSERTED) {
    const key = doc.tokens[j + k]?.key ?? '';
    if (key === ',') return k > 1 ? k : 0;
    const n = SUBJECT_PRONOUNS.has(key) ? 1 : adverbialLength(doc, j + k);
    if (n === 0) return 0;
    k += n;
  }
  return doc.tokens[j + k]?.key === ',' ? k : 0;
}

/** Prepositions that open a circumstance set off by commas inside a verb group: "a, dans un discours, affirmé". */
const INCISE_PREPOSITIONS: ReadonlySet<string> = new Set(['dans', 'lors', 'devant', 'en', 'au', 'aux', 'à', 'sur', 'pendant', 'durant', 'depuis', 'après', 'face', 'par', 'via']);
/** Most tokens of such a circumstance between its commas. */
const MAX_INCISE_PHRASE = 8;

/**
 * "Le président a, dans un discours télévisé, affirmé que …", "a, lors d'une conférence de presse, annoncé": the
 * number of tokens from the comma at `j` to the comma closing a prepositional phrase of plain words, or 0.
 */
function prepositionalIncise(doc: PreparedDocument, j: number): number {
  if (!INCISE_PREPOSITIONS.has(doc.tokens[j + 1]?.key ?? '')) return 0;
  for (let k = 2; k <= MAX_INCISE_PHRASE + 1; k++) {
    const t = doc.tokens[j + k];
    if (t === undefined || t.newlineBefore) return 0;
    if (t.key === ',') return k > 2 ? k : 0;
    if (t.kind !== 'word' && t.kind !== 'elision' && t.kind !== 'number') return 0;
  }
  return 0;
}

/** Is the form at `j` the participle of an auxiliary read (and rejected) before it ("n'a pas dit")? */
function afterAuxiliary(doc: PreparedDocument, j: number): boolean {
  for (let k = j - 1; k >= 0 && k >= j - 5; k--) {
    const key = doc.tokens[k]?.key ?? '';
    if (AUXILIARY_FORMS.has(key)) return true;
    if (!ADVERBIAL_WORDS.has(key) && !NEGATION_AFTER.has(key) && doc.tokens[k]?.kind !== 'clitic') return false;
  }
  return false;
}

/**
 * The participle at `j` read as a finite cue whose auxiliary "a" was glued
 * to the word before it by scraping ("Vladimir Poutinea félicité"): the
 * caller has checked the glue (a name ends one letter before that word).
 */
export function gluedAuxiliaryCue(doc: PreparedDocument, j: number): Cue | null {
  const found = lookupForm(doc, j);
  if (found === null || !found.form.tenses.includes('participle')) return null;
  const lemma = lemmaInUse(found.form, false);
  if (lemma === null) return null;
  return { from: j, to: j + found.length, verb: j, lemma, clitic: -1, finite: true, participial: false, weak: found.form.polysemous === true, reflexive: false };
}

/** All cues of the document, left to right, without overlaps. */
export function readCues(doc: PreparedDocument): Cue[] {
  const all: number[] = [];
  for (let i = 0; i < doc.tokens.length; i++) all.push(i);
  return readCuesAt(doc, all);
}

/**
 * The cues of the document read at the given token indices (in text order, holding at least every token of the
 * cue-start class: `View.triggered`), left to right, without overlaps.
 */
export function readCuesAt(doc: PreparedDocument, candidates: readonly number[]): Cue[] {
  const out: Cue[] = [];
  // The token after the last cue read: a cue is not read inside another.
  let next = 0;
  for (const i of candidates) {
    const t = doc.tokens[i];
    if (i < next || t === undefined || (t.kind !== 'word' && t.kind !== 'elision') || (t.classes & CUE_START) === 0) continue;
    const cue = readCueAt(doc, i);
    if (cue !== null) {
      out.push(cue);
      next = cue.to;
    }
  }
  return out;
}
