/**
 * A quotation that fills its sentence and has no cue: returned as direct
 * speech with no cue; the refiners merge it into the quote before an
 * incise ("“A”, a-t-il dit. “B”") or give it the speaker of the
 * neighbouring attribution. After a sentence that reports nothing but whose
 * subject can speak ("La présidente de l'association ne décolère pas. « … »"),
 * that subject speaks.
 */
import { quoteInner } from '../content.js';
import { VERB_GROUP_STARTERS } from '../data.js';
import type { AttributionRule, Found } from '../found.js';
import { speakerFromRange, type SpeakerRef } from '../speakers.js';
import { isPunct, sentenceEnd, sentenceStart, type View } from '../view.js';

/** Fewer words than this is a title or a scare quote, not a statement. */
const MIN_TOKENS = 5;

/** Most tokens of the subject of the sentence before ("La présidente de l'association des locataires"). */
const MAX_SUBJECT = 8;

/**
 * The subject of the sentence right before `open` when that sentence reports nothing (no cue, no quotation: a
 * report there gives the quotation its speaker, see the resolver) and opens on a noun phrase that can speak, before
 * an auxiliary, a copula or a negation ("ne décolère pas", "est en colère"). Null otherwise.
 */
function previousSubject(view: View, open: number): SpeakerRef | null {
  if (open === 0 || view.tokens[open]?.newlineBefore) return null;
  const from = sentenceStart(view, open - 1);
  const s = view.doc.sentences[view.tokens[from]?.sentence ?? -1];
  if (s === undefined || s.headline) return null;
  for (let k = from; k < open; k++) if (view.cueAt.has(k) || view.tokens[k]?.kind === 'quote') return null;
  for (let k = from + 1; k < Math.min(open, from + MAX_SUBJECT + 1); k++) {
    if (isPunct(view, k)) return null;
    if (!VERB_GROUP_STARTERS.has(view.tokens[k]?.key ?? '') || view.entityOf[k] !== undefined) continue;
    const speaker = speakerFromRange(view, from, k);
    return speaker !== null && speaker.plausible ? speaker : null;
  }
  return null;
}

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
      out.push({ rule: this.id, kind: 'direct', content: inner, cue: null, speaker: previousSubject(view, q.open) });
    }
    return out;
  },
};
