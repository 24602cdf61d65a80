/**
 * An accusation in the passive, with its agent: "Le Kremlin, accusé par
 * l'opposition de tirer les ficelles, a démenti", "X a été accusé par Kiev
 * d'avoir bombardé la centrale". The agent speaks; the content is the
 * complement with its preposition, as for "accuser X de P".
 */
import { contentAfter, infinitiveAt, shapeOf } from '../content.js';
import type { AttributionRule, Found } from '../found.js';
import { speakerFromRange } from '../speakers.js';
import { keyAt } from '../view.js';
import { defineTrigger } from '../triggers.js';

/** Past participles of "accuser" and "soupçonner". */
const PASSIVE_FORMS: ReadonlySet<string> = new Set([
  'accusé', 'accusée', 'accusés', 'accusées', 'soupçonné', 'soupçonnée', 'soupçonnés', 'soupçonnées',
]);
const PASSIVE_WORD = defineTrigger((w) => PASSIVE_FORMS.has(w.key));

/** Most tokens of the agent between "par" and "de" ("l'opposition pro-européenne"). */
const MAX_AGENT = 8;

export const passiveAccusation: AttributionRule = {
  id: 'passive-accusation',
  find(view) {
    const out: Found[] = [];
    for (const i of view.triggered) {
      if (((view.tokens[i]?.classes ?? 0) & PASSIVE_WORD) === 0 || keyAt(view, i + 1) !== 'par' || view.quoteOf[i] !== undefined) continue;
      const sentence = view.tokens[i]?.sentence;
      let de = -1;
      for (let j = i + 3; j <= i + 2 + MAX_AGENT; j++) {
        const t = view.tokens[j];
        if (t === undefined || t.sentence !== sentence || t.kind === 'quote' || (t.kind === 'punct' && t.key !== '(' && t.key !== ')')) break;
        if ((t.key === 'de' || t.key === "d'") && infinitiveAt(view, j + 1)) {
          de = j;
          break;
        }
      }
      if (de < 0) continue;
      const agent = speakerFromRange(view, i + 2, de);
      if (agent === null || (!agent.plausible && agent.entity === undefined)) continue;
      const content = contentAfter(view, de, 'phrase');
      if (content === null) continue;
      const { kind, range } = shapeOf(view, content);
      const lemma = keyAt(view, i).startsWith('accus') ? 'accuser' : 'soupçonner';
      out.push({ rule: this.id, kind: kind === 'direct' ? 'mixed' : kind, content: range, cue: { from: i, to: i + 1, lemma }, speaker: agent });
    }
    return out;
  },
};
