/**
 * A cue that points back at the previous sentence: "C'est ce qu'a rapporté
 * l'Agence centrale de presse coréenne", "c'est ce qu'affirme X", "Newsweek
 * a rapporté la nouvelle". The content is the previous sentence.
 */
import { trimRange, type TokenRange } from '../content.js';
import { ANAPHORIC_OBJECTS } from '../data.js';
import type { AttributionRule, Found } from '../found.js';
import { leftSubject, rightSubject } from '../speakers.js';
import { keyAt, type View } from '../view.js';

/** The sentence before the one holding token `i`, in the same paragraph, as a content range. */
function previousSentence(view: View, i: number): TokenRange | null {
  const t = view.tokens[i];
  if (t === undefined || t.sentence === 0) return null;
  const s = view.doc.sentences[t.sentence - 1];
  const here = view.doc.sentences[t.sentence];
  if (s === undefined || here === undefined || s.headline) return null;
  if (view.tokens[here.tokenStart]?.newlineBefore === true) return null;
  return trimRange(view, s.tokenStart, s.tokenEnd);
}

export const anaphoricReport: AttributionRule = {
  id: 'anaphoric-report',
  find(view) {
    const out: Found[] = [];
    for (const cue of view.cues) {
      if (cue.participial || view.quoteOf[cue.from] !== undefined) continue;
      const cueSpan = { from: cue.from, to: cue.to, lemma: cue.lemma };
      // "C'est ce qu'a rapporté X" / "C'est ce que rapporte X".
      const b1 = keyAt(view, cue.from - 1);
      if ((b1 === "qu'" || b1 === 'que') && keyAt(view, cue.from - 2) === 'ce' && keyAt(view, cue.from - 3) === 'est') {
        const right = rightSubject(view, cue.to, true);
        const content = previousSentence(view, cue.from);
        if (right !== null && content !== null) {
          out.push({ rule: this.id, kind: 'according-to', content, cue: cueSpan, speaker: right.speaker });
        }
        continue;
      }
      // "X a rapporté la nouvelle / l'information / cela".
      let j = cue.to;
      if (['la', "l'", 'cette', 'ces', 'les'].includes(keyAt(view, j))) j++;
      if (!ANAPHORIC_OBJECTS.has(keyAt(view, j))) continue;
      const after = keyAt(view, j + 1);
      if (!(after === ',' || after === '.' || after === '' || after === ';')) continue;
      const speaker = leftSubject(view, cue.subjectBefore ?? cue.from);
      const content = previousSentence(view, cue.from);
      if (speaker === null || content === null) continue;
      out.push({ rule: this.id, kind: 'according-to', content, cue: cueSpan, speaker });
    }
    return out;
  },
};
