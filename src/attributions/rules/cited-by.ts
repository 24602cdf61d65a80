/**
 * Second-hand attribution: "…, a déclaré Iouri Ouchakov, cité par les
 * agences russes", "Newsweek a rapporté la nouvelle, citant les médias
 * d'État", "Citant un collaborateur du Kremlin, les agences russes ont
 * déclaré que P", "L'agence Belga, qui cite le parquet, affirme que P". The content is the main attribution's, filled in by the
 * `attachCitations` refiner.
 */
import { CITED_BY_FORMS, CITING_FORMS, RELATIVE_CITING_FORMS } from '../data.js';
import type { AttributionRule, Found } from '../found.js';
import { rightSubject } from '../speakers.js';
import { keyAt } from '../view.js';
import { defineTrigger } from '../triggers.js';

/** "cité(e)(s)", "citant", "qui cite": the words a second-hand attribution starts with. */
const CITATION_WORD = defineTrigger((w) => CITED_BY_FORMS.has(w.key) || CITING_FORMS.has(w.key) || RELATIVE_CITING_FORMS.has(w.key));

export const citedBy: AttributionRule = {
  id: 'cited-by',
  find(view) {
    const out: Found[] = [];
    for (const i of view.triggered) {
      if (((view.tokens[i]?.classes ?? 0) & CITATION_WORD) === 0) continue;
      const k = keyAt(view, i);
      let cue: { from: number; to: number; lemma: string } | null = null;
      if (CITED_BY_FORMS.has(k) && keyAt(view, i + 1) === 'par') cue = { from: i, to: i + 2, lemma: 'cité par' };
      else if (CITING_FORMS.has(k)) cue = { from: i, to: i + 1, lemma: 'citer' };
      // "X, qui cite Y, affirme que P": a relative set off by commas after the reporter.
      else if (RELATIVE_CITING_FORMS.has(k) && keyAt(view, i - 1) === 'qui' && keyAt(view, i - 2) === ',') cue = { from: i, to: i + 1, lemma: 'citer' };
      if (cue === null || view.quoteOf[i] !== undefined) continue;
      const right = rightSubject(view, cue.to, false);
      if (right === null || (!right.speaker.plausible && right.speaker.entity === undefined)) continue;
      if (RELATIVE_CITING_FORMS.has(k) && keyAt(view, right.end) !== ',') continue;
      out.push({ rule: this.id, kind: 'according-to', content: { from: cue.from, to: cue.to }, cue, speaker: right.speaker, citation: true });
    }
    return out;
  },
};
