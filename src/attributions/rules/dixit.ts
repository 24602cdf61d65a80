/**
 * "« C'est fini », dixit le ministre", "« C'est fini » (dixit le ministre)":
 * the Latin "dixit" ("said") after a quotation introduces its speaker, as an
 * inverted verb of saying would. The quotation is the content, direct.
 */
import { quoteInner } from '../content.js';
import type { AttributionRule, Found } from '../found.js';
import { rightSubject, speakerFromRange } from '../speakers.js';
import { closingBracket, keyAt } from '../view.js';

/** Most tokens of the speaker inside the brackets: "(dixit le ministre de l'Intérieur)". */
const MAX_DIXIT_SPEAKER = 10;

/** Marks allowed between the closing quotation mark and "dixit": ", dixit", "(dixit". */
const BEFORE_DIXIT: ReadonlySet<string> = new Set([',', '(']);

export const dixit: AttributionRule = {
  id: 'dixit',
  find(view) {
    const out: Found[] = [];
    for (const q of view.quotes) {
      let i = q.close + 1;
      if (BEFORE_DIXIT.has(keyAt(view, i))) i++;
      if (keyAt(view, i) !== 'dixit' || view.tokens[i]?.sentence !== view.tokens[q.close]?.sentence) continue;
      const inner = quoteInner(view, q.open, q.close);
      // "(dixit le ministre)": the speaker ends at the closing bracket.
      const close = keyAt(view, i - 1) === '(' ? closingBracket(view, i, MAX_DIXIT_SPEAKER) : -1;
      const speaker = close > i + 1 ? speakerFromRange(view, i + 1, close) : (rightSubject(view, i + 1, false)?.speaker ?? null);
      if (inner === null || speaker === null || !speaker.plausible) continue;
      out.push({ rule: this.id, kind: 'direct', content: inner, cue: { from: i, to: i + 1, lemma: 'dixit' }, speaker });
    }
    return out;
  },
};
