/**
 * A quotation that fills its sentence and has no cue: returned as direct
 * speech with no cue; the refiners merge it into the quote before an
 * incise ("“A”, a-t-il dit. “B”") or give it the speaker of the
 * neighbouring attribution.
 */
import { quoteInner } from '../content.js';
import type { AttributionRule, Found } from '../found.js';
import { isPunct, sentenceEnd, sentenceStart } from '../view.js';

/** Fewer words than this is a title or a scare quote, not a statement. */
const MIN_TOKENS = 5;

export const standaloneQuote: AttributionRule = {
  id: 'standalone-quote',
  find(view) {
    const out: Found[] = [];
    for (const q of view.quotes) {
      const s = view.doc.sentences[view.tokens[q.open]?.sentence ?? -1];
      if (s === undefined || s.headline) continue;
      if (q.open !== sentenceStart(view, q.open)) continue;
      const end = sentenceEnd(view, q.close);
      let after = q.close + 1;
      while (after < end && isPunct(view, after)) after++;
      if (after < end) continue;
      const inner = quoteInner(view, q.open, q.close);
      if (inner === null || inner.to - inner.from < MIN_TOKENS) continue;
      out.push({ rule: this.id, kind: 'direct', content: inner, cue: null, speaker: null });
    }
    return out;
  },
};
