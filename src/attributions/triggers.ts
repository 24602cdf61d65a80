/**
 * Trigger classes: the word classes a rule (or the cue reader) can start at.
 * Their union is indexed once per document by `buildView` (`View.triggered`),
 * so that a rule walks the few tokens that hold a trigger instead of every
 * token of the document, each of them read again by every rule.
 */
import { defineWordClass, type WordClass, type WordForm } from '../text/word-classes.js';

let mask = 0;

/** Define a word class a rule starts at (see `defineWordClass`); its tokens are listed in `View.triggered`. */
export function defineTrigger(test: (form: WordForm) => boolean): WordClass {
  const bit = defineWordClass(test);
  mask |= bit;
  return bit;
}

/** Union of the trigger classes defined so far. */
export function triggerMask(): number {
  return mask;
}
