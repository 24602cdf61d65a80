/**
 * French orthographic facts the tokeniser and sentence splitter rely on.
 * Source: French typography and elision rules (Grevisse, Le Bon Usage §44–45;
 * Imprimerie nationale, Lexique des règles typographiques).
 */

/** Words that elide before a vowel and are written with an apostrophe: "l’", "qu’", "jusqu’". */
export const ELISION_PREFIXES: ReadonlySet<string> = new Set([
  'l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'ç', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'quelqu', 'presqu',
]);

/** Words that keep their apostrophe inside: not an elision. */
export const JOINED_APOSTROPHE_WORDS: ReadonlySet<string> = new Set([
  "aujourd'hui", "prud'homme", "prud'hommes", "prud'homal", "presqu'île", "presqu'îles", "quelqu'un", "quelqu'une",
  "entr'ouvert", "main-d'œuvre",
]);

/** Subject pronouns that follow a verb in inversion: "a-t-il", "dit-elle", "affirme-t-on". */
export const CLITIC_PRONOUNS: readonly string[] = ['il', 'elle', 'on', 'ils', 'elles', 'je', 'tu', 'nous', 'vous'];

/** Quotation marks, each its own token. */
export const QUOTE_CHARS: ReadonlySet<string> = new Set(['«', '»', '“', '”', '„', '‟', '‹', '›', '"', '❝', '❞']);

/** Opening mark → closing marks that may end it. */
export const QUOTE_PAIRS: ReadonlyMap<string, readonly string[]> = new Map([
  ['«', ['»']],
  ['“', ['”', '“']],
  ['„', ['“', '”']],
  ['‹', ['›']],
  ['"', ['"']],
  ['❝', ['❞']],
]);

/**
 * Abbreviations after which a full stop does not end a sentence
 * (lower-case keys, without the dot): "M. Poutine", "Mme Kim", "av. J.-C.".
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'm', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'dr', 'pr', 'me', 'mgr', 'st', 'ste', 'av', 'apr', 'j.-c', 'c', 'cf', 'etc',
  'env', 'hab', 'vol', 'p', 'pp', 'n', 'no', 'art', 'al', 'ex', 'gén', 'gen', 'col', 'cdt', 'lt', 'sgt', 'capt', 'adm',
  'prof', 'sr', 'jr', 'inc', 'ltd', 'co', 'corp', 'vs', 'min', 'max', 'approx', 'chap', 'éd', 'ed', 'fig', 'janv', 'févr',
  'fév', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc', 'bd', 'boul', 'ch', 'rte', 'tél', 'réf',
]);

/** Sentence-final punctuation tokens. */
export const SENTENCE_FINAL: ReadonlySet<string> = new Set(['.', '!', '?', '…', '...', '?!', '!?']);

/**
 * Participles and words that give a nickname, often in quotes: "la coalition dite « Arizona »", "l'opération baptisée
 * « Sahel »", "le général Daglo, dit « Hemedti »", "Joaquín Guzmán, alias « El Chapo »". What follows names something;
 * it is no place of its own and no speech. Keys.
 */
export const NICKNAME_WORDS: ReadonlySet<string> = new Set([
  'dit', 'dite', 'dits', 'dites', 'baptisé', 'baptisée', 'baptisés', 'baptisées', 'surnommé', 'surnommée', 'surnommés',
  'surnommées', 'alias',
]);

