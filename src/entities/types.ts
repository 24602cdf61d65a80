/**
 * Internal shapes of the entity pipeline: candidates found by rules, the
 * shared per-document analysis rules read, and the Rule / Refiner stages.
 */
import type { EntityType, PreparedDocument } from '../types.js';
import type { CompiledDictionary, DictionaryMatch } from '../lexicon/dictionary.js';

/** What the entity pipeline receives besides the document. */
export interface EntityContext {
  /** Compiled dictionaries, best first: per-call user, extractor user, then built-ins. */
  readonly dictionaries: readonly CompiledDictionary[];
  /** Publication date for relative dates, or null. */
  readonly referenceDate: Date | null;
  /**
   * Full names met in the earlier sections of a long input, by surname key
   * (see `rememberPersons`): a bare surname of a later section links to them.
   */
  readonly earlierPersons?: ReadonlyMap<string, EarlierPerson>;
}

/** A full name of an earlier section: what a bare surname links to. */
export interface EarlierPerson {
  readonly canonical: string;
  readonly id?: string;
}

/** Type of a capitalised name that no rule could type; a refiner may link it, otherwise it is dropped. */
export const UNKNOWN = 'UNKNOWN';

/** Type of a span that only blocks other readings (a named event); never output. */
export const BLOCKED = 'BLOCKED';

/** A mention proposed by a rule, over tokens `tokenStart..tokenEnd` (exclusive) or raw offsets. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  readonly canonical: string;
  readonly id?: string | undefined;
  readonly subtype?: string | undefined;
  /** DATE only. */
  readonly value?: string | undefined;
  readonly confidence: number;
  /** Id of the rule that found it. */
  readonly rule: string;
  /**
   * Overlap rank, lower wins: its integer part is a class (0 user dictionary,
   * 1 date, 2 dictionary and institutional names, 3 names typed by context,
   * 4 weak guesses, 9 untyped names); inside one class the longer span wins,
   * then the lower rank.
   */
  readonly rank: number;
  /** First token index, or -1 for a span that does not sit on tokens (dates). */
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

/** A maximal run of capitalised words that may be a name (after leading common words are stripped). */
export interface NameRun {
  /** First token of the name proper. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
  /** First token of the run before stripping ("Président" in "Président Vladimir Poutine"). */
  readonly rawStart: number;
  /** The name opens its sentence, a quote or a clause after a colon. */
  readonly initial: boolean;
}

/** Everything rules share, computed once per document. */
export interface Analysis {
  readonly doc: PreparedDocument;
  readonly ctx: EntityContext;
  /** Dictionary hits, leftmost-longest. */
  readonly dict: readonly DictionaryMatch[];
  /** For each token, the index in `dict` of the hit covering it, or -1. */
  readonly dictAt: Int32Array;
  /** Unknown capitalised names, in text order. */
  readonly runs: readonly NameRun[];
  /** For each token, the index in `runs` of the run whose name starts there, or -1. */
  readonly runAt: Int32Array;
  /** Sentences written mostly in capitals (headlines, buttons): no unknown name is taken there. */
  readonly capsSentence: readonly boolean[];
  /** Per token: bit CAP = starts with a capital, bit CAPS = written in capitals (2+ letters). */
  readonly shape: Uint8Array;
  /** Token indices of the words rules are triggered by, gathered in the same pass. */
  readonly triggers: {
    /** Organisation heads, capitalised or not ("Conseil", "ministère", "armée"). */
    readonly orgHeads: readonly number[];
    /** Opening parentheses ("(SVR)"). */
    readonly parens: readonly number[];
    /** Geographic feature nouns ("mer", "golfe", "détroit"). */
    readonly geoHeads: readonly number[];
    /** Full stops glued between two words ("lefigaro.fr"). */
    readonly dots: readonly number[];
    /** Event nouns ("guerre"). */
    readonly events: readonly number[];
    /** Words with a hyphenated prefix before a capital ("pro-Moscou"). */
    readonly prefixed: readonly number[];
    /** "Nord" and "Sud" with a capital. */
    readonly compass: readonly number[];
  };
  /** The document mentions Korea ("Corée", "coréen"): "le Nord" / "le Sud" are the Koreas. */
  readonly korean: boolean;
}

/** `shape` bit: the token starts with a capital letter. */
export const CAP = 1;
/** `shape` bit: the token is written in capitals. */
export const CAPS = 2;

/** A rule finds candidates of one phenomenon. */
export interface Rule {
  readonly id: string;
  find(a: Analysis): readonly Candidate[];
}

/** A refiner filters, merges, links or renames candidates. */
export type Refiner = (a: Analysis, found: readonly Candidate[]) => readonly Candidate[];
