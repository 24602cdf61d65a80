/**
 * Word classes: the membership of a surface form in the word lists the
 * pipelines scan for (reporting verbs, date words, dictionary heads…),
 * computed once per distinct form when the tokeniser first meets it and
 * carried by every token as a bit set (`Token.classes`).
 *
 * A pass over the tokens then tests one bit per token instead of hashing the
 * token's key into a large set: news vocabulary repeats, so the set lookups
 * run once per form instead of once per token. A module defines its classes
 * at load time, next to the data they read.
 */

/** The surface form a class test reads: the token text and its normalised keys. */
export interface WordForm {
  readonly text: string;
  readonly key: string;
  readonly fold: string;
}

/** One bit of `Token.classes`. */
export type WordClass = number;

/** Bits available in a Smi-sized integer. */
const MAX_CLASSES = 30;

const tests: ((form: WordForm) => boolean)[] = [];
const listeners: (() => void)[] = [];

/**
 * Define a word class from a test on the surface form. The test must depend
 * only on the form (never on the context) and must not change afterwards.
 *
 * @example
 * const MONTH = defineWordClass((w) => MONTHS.has(w.key));
 * if (hasClass(token, MONTH)) …
 */
export function defineWordClass(test: (form: WordForm) => boolean): WordClass {
  if (tests.length >= MAX_CLASSES) throw new RangeError(`depeche: at most ${MAX_CLASSES} word classes can be defined`);
  tests.push(test);
  // Forms classified before this class existed are classified again.
  reclassify();
  return 1 << (tests.length - 1);
}

/** Drop every cached classification: call it when the data a class test reads has changed. */
function reclassify(): void {
  for (const listener of listeners) listener();
}

/** Depth of `unclassified` calls under way. */
let suspended = 0;

/**
 * Run `fn` with classification off: forms met meanwhile get no class, and
 * every cached classification is dropped when it returns. For work that
 * tokenises without reading classes (compiling a dictionary).
 */
export function unclassified<T>(fn: () => T): T {
  suspended++;
  try {
    return fn();
  } finally {
    suspended--;
    if (suspended === 0) reclassify();
  }
}

/** The class bits of a surface form. */
export function classesOf(form: WordForm): number {
  if (suspended > 0) return 0;
  let bits = 0;
  for (let b = 0; b < tests.length; b++) if (tests[b]?.(form) === true) bits |= 1 << b;
  return bits;
}

/** Call `listener` whenever a class is defined (the tokeniser drops its cached forms). */
export function onWordClassDefined(listener: () => void): void {
  listeners.push(listener);
}

/** Does the token's surface form belong to the class? */
export function hasClass(token: { readonly classes: number }, wordClass: WordClass): boolean {
  return (token.classes & wordClass) !== 0;
}
