/**
 * "Comme l'a rappelé X, P", "P, ainsi que l'a précisé X", "comme le souligne X, P": an incise of comparison whose
 * object clitic stands for the clause it frames. X said P: the verb is the cue, P the content (indirect, or mixed /
 * direct with its quotations), opening or closing the sentence.
 */
import { REPORTING_LEMMAS } from '../../lexicon/generated/reporting-verbs.js';
import { appendedQuote, contentAfter, contentBefore, shapeOf, type TokenRange } from '../content.js';
import type { Cue } from '../cues.js';
import { AS_SAID_CLASSES, AS_SAID_CLITICS, AS_SAID_POLYSEMOUS_CLASSES, FINAL_PUNCT, SENTENCE_CONNECTIVES } from '../data.js';
import type { AttributionRule, Found } from '../found.js';
import { rightSubject } from '../speakers.js';
import { keyAt, sentenceEnd, sentenceStart, type View } from '../view.js';

/** Lemmas whose clitic object may stand for a clause in "comme l'a …" (see AS_SAID_CLASSES). */
const AS_SAID_LEMMAS: ReadonlySet<string> = new Set(
  REPORTING_LEMMAS.filter((l) => AS_SAID_CLASSES.has(l.class) && (!l.polysemous || AS_SAID_POLYSEMOUS_CLASSES.has(l.class))).map((l) => l.lemma),
);

/** First token of "comme" / "ainsi que" right before the clitic at `clitic`, or -1. */
function introAt(view: View, clitic: number): number {
  if (keyAt(view, clitic - 1) === 'comme') return clitic - 1;
  if (keyAt(view, clitic - 1) === 'que' && keyAt(view, clitic - 2) === 'ainsi') return clitic - 2;
  return -1;
}

/** Does the incise open its sentence, after a connective at most ("Et comme l'a dit X, P")? */
function opensSentence(view: View, i: number): boolean {
  const start = sentenceStart(view, i);
  return i === start || (i - 1 === start && SENTENCE_CONNECTIVES.has(keyAt(view, start)));
}

/** Does the sentence of token `of` end at token `i`? */
function closesSentence(view: View, i: number, of: number): boolean {
  return i >= sentenceEnd(view, of) || FINAL_PUNCT.has(keyAt(view, i));
}

/** The clause framed by the incise that runs from `intro` to `speakerEnd`, or null. */
function framedClause(view: View, intro: number, speakerEnd: number): TokenRange | null {
  // "Comme l'a rappelé X, P": the clause after the comma closing the speaker.
  if (opensSentence(view, intro)) return keyAt(view, speakerEnd) === ',' ? contentAfter(view, speakerEnd + 1, 'clause', false, false) : null;
  // "P, comme l'a rappelé X.": the clause before the comma opening the incise.
  if (keyAt(view, intro - 1) === ',' && closesSentence(view, speakerEnd, intro)) {
    const before = contentBefore(view, intro - 1);
    return before === null ? null : appendedQuote(view, before);
  }
  return null;
}

function asSaidAt(view: View, cue: Cue): Omit<Found, 'rule'> | null {
  if (!cue.finite || cue.participial || cue.clitic >= 0 || !AS_SAID_LEMMAS.has(cue.lemma) || view.quoteOf[cue.from] !== undefined) return null;
  if (!AS_SAID_CLITICS.has(keyAt(view, cue.from - 1))) return null;
  const intro = introAt(view, cue.from - 1);
  if (intro < 0) return null;
  const right = rightSubject(view, cue.to, true);
  if (right === null || (!right.speaker.plausible && right.speaker.entity === undefined)) return null;
  const clause = framedClause(view, intro, right.end);
  if (clause === null) return null;
  const { kind, range } = shapeOf(view, clause);
  return { kind, content: range, cue: { from: cue.from, to: cue.to, lemma: cue.lemma }, speaker: right.speaker };
}

export const asSaid: AttributionRule = {
  id: 'as-said',
  find(view) {
    const out: Found[] = [];
    for (const cue of view.cues) {
      const found = asSaidAt(view, cue);
      if (found !== null) out.push({ rule: this.id, ...found });
    }
    return out;
  },
};
