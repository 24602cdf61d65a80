/**
 * Public result and option types of depeche. The shapes are fixed by the
 * project contract (DESIGN.md): every span is half-open, counted in UTF-16
 * code units, and points into the string the caller passed in.
 */

/** A slice of the caller's input: `text === input.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Built-in entity types; dictionaries may add their own (e.g. `'WEAPON'`). */
export type EntityType =
  | 'PERSON'
  | 'ORGANIZATION'
  | 'LOCATION'
  | 'DATE'
  | 'NATIONALITY'
  | (string & {});

/** A named mention: person, organisation, place, date, nationality or a custom type. */
export interface Entity extends Span {
  type: EntityType;
  /** The name the entity goes by: "Vladimir Poutine" for "Poutine" or "M. Poutine". */
  canonical: string;
  /** Stable key from a dictionary, e.g. "iso:KP" or "wikidata:Q7747". */
  id?: string;
  /** LOCATION: 'country' | 'city' | 'region' | ...; ORGANIZATION: 'agency' | 'media' | 'government' | ... */
  subtype?: string;
  /** DATE only: ISO 8601 value resolved against `referenceDate` ("2024-03-25", "2024-03", "2024-03-25/2024-03-27"). */
  value?: string;
  /** 0..1 */
  confidence: number;
}

export type QuantityKind = 'count' | 'money' | 'percent' | 'measure' | 'duration';

/** A number expression with its value, unit and what is counted. */
export interface Quantity extends Span {
  kind: QuantityKind;
  /** 7000 for "7.000" or "sept mille"; 4800000 for "4,8 millions"; null when no value can be given. */
  value: number | null;
  /** "entre 5 et 10" → {min: 5, max: 10}; "jusqu'à 4,8 millions" → {min: null, max: 4800000}. */
  range?: { min: number | null; max: number | null };
  /** "environ", "près de", "quelque", "des milliers de". */
  approximate: boolean;
  /** ISO 4217 for money, '%' for percent, SI-style symbols for measures, 'day' | 'week' | 'month' | 'year' ... for durations. */
  unit?: string;
  /** What is counted: "conteneurs d'armes" in "7.000 conteneurs d'armes". */
  object?: Span;
}

export type AttributionKind = 'direct' | 'indirect' | 'mixed' | 'according-to';

/** Who said what: a quote or reported clause, its reporting cue and its speaker. */
export interface Attribution {
  kind: AttributionKind;
  /** What was said: the quoted text without its quote marks, or the reported clause. */
  content: Span;
  /** "a déclaré" → lemma "déclarer"; "selon" → "selon". */
  cue: (Span & { lemma: string }) | null;
  /** Who said it; for a pronoun the span is the pronoun and `canonical` names its referent. */
  source: (Span & { canonical?: string; entityType?: EntityType }) | null;
}

/** Everything depeche finds in one text, from one shared analysis. */
export interface Extraction {
  entities: Entity[];
  quantities: Quantity[];
  attributions: Attribution[];
}

/**
 * What `extractStream` yields for each section of a streamed text (a few
 * news articles, cut at a paragraph break): the results of that stretch,
 * with every offset counted from the start of the whole stream.
 */
export interface ExtractionSection extends Extraction {
  /** Offset of `text` in the whole stream (UTF-16 code units). */
  offset: number;
  /** The section's text: a result's `text` is `section.text.slice(r.start - section.offset, r.end - section.offset)`. */
  text: string;
}

/** A text read in chunks: strings or UTF-8 bytes, e.g. `fs.createReadStream(file)` or a fetch body. */
export type TextSource = Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

/** One entry of a user or built-in dictionary. */
export interface DictionaryEntry {
  canonical: string;
  type: EntityType;
  aliases?: string[];
  id?: string;
  subtype?: string;
}

/** A named list of entries, e.g. loaded from a JSON file. */
export interface Dictionary {
  name: string;
  entries: DictionaryEntry[];
}

/** Per-call options. */
export interface ExtractOptions {
  /** Publication date, used to resolve "mardi", "le mois dernier", "le 25 mars". */
  referenceDate?: string | Date;
  /** Extra dictionaries for this call; their entries win over built-ins. */
  dictionaries?: Dictionary[];
}

/** Options of a reusable extractor. */
export interface ExtractorConfig {
  /** Dictionaries compiled once into the extractor; they win over built-ins. */
  dictionaries?: Dictionary[];
  /** Use the built-in geopolitical dictionary (default true). */
  builtins?: boolean;
  /** Default reference date for every call (a call's own option wins). */
  referenceDate?: string | Date;
}

/** A compiled extractor with the same methods as the package entry. */
export interface Extractor {
  extractEntities(text: string | PreparedDocument, options?: ExtractOptions): Entity[];
  extractQuantities(text: string | PreparedDocument, options?: ExtractOptions): Quantity[];
  extractAttributions(text: string | PreparedDocument, options?: ExtractOptions): Attribution[];
  extract(text: string | PreparedDocument, options?: ExtractOptions): Extraction;
  /**
   * `extract` on a text of any length read chunk by chunk (or a string, or
   * UTF-8 bytes, taken as one chunk): results come section by section, as
   * `extract` on the whole text would give them, while memory holds a few
   * sections and one chunk.
   */
  extractStream(source: TextSource | string | Uint8Array, options?: ExtractOptions): AsyncGenerator<ExtractionSection, void, undefined>;
}

/** What a token is, as far as the text layer can tell without a lexicon. */
export type TokenKind =
  | 'word'
  | 'number'
  | 'elision'
  | 'clitic'
  | 'punct'
  | 'quote'
  | 'symbol'
  | 'url'
  | 'email'
  | 'hashtag';

/** A token of the prepared document: a span of the input plus normalised keys. */
export interface Token extends Span {
  /** Position in `doc.tokens`. */
  index: number;
  kind: TokenKind;
  /** NFC, lower case, ’‘` → ', U+00A0/U+202F → space. */
  key: string;
  /** `key` with accents and ligatures folded ("états" → "etats", "cœur" → "coeur"). */
  fold: string;
  /**
   * Bit set of the built-in word lists the surface form belongs to, computed
   * once per distinct form (see `src/text/word-classes.ts`). Internal to the
   * pipelines: the bits may change from one version to the next.
   */
  classes: number;
  /** Whitespace (or the start of the text) comes before the token. */
  spaceBefore: boolean;
  /** A line break comes between the previous token and this one. */
  newlineBefore: boolean;
  /** Index of the sentence holding the token. */
  sentence: number;
}

/** A sentence (or a headline line) of the prepared document. */
export interface Sentence extends Span {
  index: number;
  /** First token index (inclusive). */
  tokenStart: number;
  /** Last token index (exclusive). */
  tokenEnd: number;
  /** A line without final punctuation or written in capitals: a title, a kicker, a button. */
  headline: boolean;
}

/** The shared text layer, computed once and read by every pipeline. */
export interface PreparedDocument {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
}
