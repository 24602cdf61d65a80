/**
 * A quotation that stands as a segment of a headline, with no cue of its own:
 * "“Justice est faite” : l'Inde frappe le Pakistan", "Les Bleus remportent le
 * Tournoi, “une page d'histoire”". It is direct speech; its speaker is the
 * one who says the same words in the body (see `bodySpeaker` in
 * index.ts), or nobody.
 */
import { quoteInner } from '../content.js';
import type { AttributionRule, Found } from '../found.js';
import { keyAt, sentenceEnd, sentenceStart, type View } from '../view.js';

/** Punctuation that sets a headline segment off: "“A” : B", "B, “A”", "B – “A”". */
const SEGMENT_MARKS: ReadonlySet<string> = new Set([':', ',', '-', '–', '—']);

/** Fewer words than this is a name or a scare quote ("« Barbecue »"), not a statement. */
const MIN_WORDS = 2;

/** Is the quotation at `open`..`close` a whole segment of its headline? */
function isSegment(view: View, open: number, close: number): boolean {
  const before = open === sentenceStart(view, open) || SEGMENT_MARKS.has(keyAt(view, open - 1));
  const end = sentenceEnd(view, close);
  return before && (close + 1 >= end || SEGMENT_MARKS.has(keyAt(view, close + 1)));
}

/**
 * Is sentence `s` a headline: a title line, or the document's first line
 * (which the sentence splitter does not call a headline when it ends on a
 * quotation mark, as a quoted paragraph does)?
 */
function isHeadline(view: View, s: number): boolean {
  const sentence = view.doc.sentences[s];
  if (sentence === undefined) return false;
  if (sentence.headline) return true;
  const next = view.tokens[sentence.tokenEnd];
  return s === 0 && (next === undefined || next.newlineBefore);
}

export const headlineQuote: AttributionRule = {
  id: 'headline-quote',
  find(view) {
    const out: Found[] = [];
    for (const q of view.quotes) {
      const s = view.tokens[q.open]?.sentence ?? -1;
      if (!isHeadline(view, s) || view.tokens[q.close]?.sentence !== s) continue;
      if (!isSegment(view, q.open, q.close)) continue;
      const inner = quoteInner(view, q.open, q.close);
      if (inner === null) continue;
      let words = 0;
      for (let i = inner.from; i < inner.to; i++) if (view.tokens[i]?.kind === 'word') words++;
      if (words < MIN_WORDS) continue;
      out.push({ rule: this.id, kind: 'direct', content: inner, cue: null, speaker: null });
    }
    return out;
  },
};
