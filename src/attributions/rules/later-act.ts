/**
 * A later act of saying after the main clause: "Trump a estimé que P, avant
 * de qualifier le journaliste de personnage « très controversé »". The
 * infinitive of a verb that judges, blames or praises, with a quoted
 * fragment in its object, reports for the main clause's speaker (the
 * object, as for "a qualifié X de « … »", is the content: mixed).
 */
import { REPORTING_LEMMAS } from '../../lexicon/generated/reporting-verbs.js';
import { contentAfter, REPORTING_INFINITIVES, shapeOf } from '../content.js';
import { PREPOSITIONS_DE, QUOTED_OBJECT_CLASSES } from '../data.js';
import type { AttributionRule, Found } from '../found.js';
import { callee, plainClauseSubject } from './object-complement.js';
import { readCueAt } from '../cues.js';
import { keyAt, type View } from '../view.js';

/** Infinitives whose object in the speaker's words is a report: "qualifier", "dénoncer", "saluer", "juger". */
const JUDGING_INFINITIVES: ReadonlySet<string> = new Set(
  REPORTING_LEMMAS.filter((l) => QUOTED_OBJECT_CLASSES.has(l.class) && REPORTING_INFINITIVES.has(l.lemma)).map((l) => l.lemma),
);

/**
 * "…, après avoir appelé leurs habitants à évacuer": an earlier act of saying by the main clause's subject — a call
 * to do something, or an object holding a quoted fragment. Null when "après avoir" at `i` opens none.
 */
function earlierAct(view: View, i: number): Omit<Found, 'rule'> | null {
  if (keyAt(view, i) !== 'après' || keyAt(view, i + 1) !== 'avoir' || keyAt(view, i - 1) !== ',' || view.quoteOf[i] !== undefined) return null;
  // "avoir appelé" is read as one cue, the auxiliary first.
  const cue = view.cueAt.get(i + 1) ?? readCueAt(view.doc, i + 1);
  if (cue === null || cue.verb !== i + 2) return null;
  const start = cue.to;
  const phrase = contentAfter(view, start, 'phrase', true);
  if (phrase === null) return null;
  const { kind, range } = shapeOf(view, phrase);
  const call = CALL_LEMMAS.has(cue.lemma) && callee(view, start);
  if (kind !== 'mixed' && !call) return null;
  const speaker = plainClauseSubject(view, i - 1) ?? { mode: 'inherit', from: i + 1, to: cue.to, plausible: true };
  return { kind: kind === 'mixed' ? 'mixed' : 'indirect', content: range, cue: { from: i + 1, to: cue.to, lemma: cue.lemma }, speaker };
}

/** Verbs of a call whose object is the ones called, then "à" and what to do ("appelé leurs habitants à évacuer"). */
const CALL_LEMMAS: ReadonlySet<string> = new Set(['appeler', 'exhorter']);

export const laterAct: AttributionRule = {
  id: 'later-act',
  find(view) {
    const out: Found[] = [];
    // Both acts open after a comma.
    for (const comma of view.commas) {
      const i = comma + 1;
      if (i >= view.tokens.length) continue;
      const earlier = earlierAct(view, i);
      if (earlier !== null) out.push({ rule: this.id, ...earlier });
      if (keyAt(view, i) !== 'avant' || keyAt(view, i - 1) !== ',' || !PREPOSITIONS_DE.has(keyAt(view, i + 1)) || view.quoteOf[i] !== undefined) continue;
      const verb = i + 2;
      if (!JUDGING_INFINITIVES.has(keyAt(view, verb))) continue;
      const phrase = contentAfter(view, verb + 1, 'phrase');
      if (phrase === null) continue;
      const { kind, range } = shapeOf(view, phrase);
      if (kind !== 'mixed') continue;
      // The subject of a main clause that reports nothing, else the speaker of the report before ("a estimé que P").
      const speaker = plainClauseSubject(view, i - 1) ?? { mode: 'inherit', from: verb, to: verb + 1, plausible: true };
      out.push({ rule: this.id, kind, content: range, cue: { from: verb, to: verb + 1, lemma: keyAt(view, verb) }, speaker });
    }
    return out;
  },
};
