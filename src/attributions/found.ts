/**
 * What attribution rules return before speakers are resolved: token ranges
 * and an unresolved speaker reference. Refiners merge, attach and resolve
 * these into public `Attribution`s.
 */
import type { AttributionKind } from '../types.js';
import type { TokenRange } from './content.js';
import type { SpeakerRef } from './speakers.js';
import type { View } from './view.js';

/** A cue as token range plus lemma. */
export interface FoundCue extends TokenRange {
  readonly lemma: string;
}

/** A candidate attribution found by one rule. */
export interface Found {
  /** Id of the rule that found it (its file name). */
  readonly rule: string;
  readonly kind: AttributionKind;
  readonly content: TokenRange;
  readonly cue: FoundCue | null;
  readonly speaker: SpeakerRef | null;
  /** Opening mark of a quotation that goes on after the incise ("« A », a-t-il dit, « B »"). */
  readonly continues?: number;
  /** "cité par X", "citant X": the content is the one of the main attribution of the sentence. */
  readonly citation?: boolean;
}

/** A rule finds candidates of one construction. Pure: it reads the view and returns new objects. */
export interface AttributionRule {
  /** Kebab-case id, equal to the file name. */
  readonly id: string;
  find(view: View): readonly Found[];
}

/** A refiner filters, merges or completes candidates. */
export type AttributionRefiner = (view: View, found: readonly Found[]) => readonly Found[];
