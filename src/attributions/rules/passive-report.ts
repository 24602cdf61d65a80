/**
 * A report in the passive, with its agent: "La fermeture de l'usine a été
 * annoncée par la direction", "L'information a été confirmée par le
 * ministère". The agent speaks; the content is the subject noun phrase, what
 * was announced. Only verbs whose object is what was said (PASSIVE_REPORT_LEMMAS):
 * "a été condamné par le tribunal" or "a été revendiquée par l'EI" are no reports.
 */
import { contentBefore } from '../content.js';
import { adverbialLength } from '../cues.js';
import { AGENT_CLOSERS, COMPLEMENTISERS, PASSIVE_REPORT_LEMMAS, SUBJECT_PRONOUNS, VERB_GROUP_STARTERS } from '../data.js';
import type { AttributionRule, Found } from '../found.js';
import { speakerFromRange } from '../speakers.js';
import { keyAt, sentenceEnd, type View } from '../view.js';
import { AUXILIARY_FORMS, REPORTING_VERB_FORMS } from '../../lexicon/generated/reporting-verbs.js';
import { defineTrigger } from '../triggers.js';

const ETE_WORD = defineTrigger((w) => w.key === 'été');

/** Most tokens of the agent after "par" ("le ministère de l'Intérieur"). */
const MAX_AGENT = 8;

/** Most tokens of the subject noun phrase ("La fermeture de l'usine de Clairoix"). */
const MAX_SUBJECT = 12;

/** End of the agent after "par" at `from`: punctuation, a quotation, a closing adjunct or the sentence end. */
function agentEnd(view: View, from: number): number {
  const end = Math.min(sentenceEnd(view, from), from + MAX_AGENT);
  let i = from;
  while (i < end) {
    const t = view.tokens[i];
    if (t === undefined || t.kind === 'quote' || (t.kind === 'punct' && t.key !== '(' && t.key !== ')') || (i > from && AGENT_CLOSERS.has(t.key))) break;
    i++;
  }
  return i;
}

/** Is the content a plain noun phrase (no verb, clause or pronoun of its own)? */
function nounPhrase(view: View, from: number, to: number): boolean {
  if (to - from < 2 || to - from > MAX_SUBJECT || SUBJECT_PRONOUNS.has(keyAt(view, from))) return false;
  for (let i = from; i < to; i++) {
    const k = keyAt(view, i);
    if (VERB_GROUP_STARTERS.has(k) || COMPLEMENTISERS.has(k) || k === 'qui' || view.cueAt.has(i) || view.quoteOf[i] !== undefined) return false;
  }
  return true;
}

/** Most tokens of a date or an adverb between the participle and "par" ("annoncée jeudi par", "confirmée mardi soir par"). */
const MAX_GAP = 4;

/** The "par" of the agent at or after `from`, past a date or an adverb of when or how; -1 when none. */
function agentPar(view: View, from: number): number {
  let j = from;
  while (j < from + MAX_GAP) {
    if (view.inDate[j] === 1) j++;
    else if (keyAt(view, j) === 'le' && view.inDate[j + 1] === 1) j++;
    else if (adverbialLength(view.doc, j) > 0) j += adverbialLength(view.doc, j);
    else break;
  }
  return keyAt(view, j) === 'par' ? j : -1;
}

export const passiveReport: AttributionRule = {
  id: 'passive-report',
  find(view) {
    const out: Found[] = [];
    for (const i of view.triggered) {
      if (i < 1 || ((view.tokens[i]?.classes ?? 0) & ETE_WORD) === 0 || view.quoteOf[i] !== undefined) continue;
      const aux = AUXILIARY_FORMS.get(keyAt(view, i - 1));
      if (aux === undefined || aux.aux !== 'avoir') continue;
      const form = REPORTING_VERB_FORMS.get(keyAt(view, i + 1));
      if (form === undefined || !form.tenses.includes('participle') || !PASSIVE_REPORT_LEMMAS.has(form.lemma)) continue;
      const par = agentPar(view, i + 2);
      if (par < 0) continue;
      const end = agentEnd(view, par + 1);
      const agent = end > par + 1 ? speakerFromRange(view, par + 1, end) : null;
      if (agent === null || (!agent.plausible && agent.entity === undefined)) continue;
      const clause = contentBefore(view, i - 1);
      if (clause === null) continue;
      // "Selon la presse, l'arrestation du suspect a été confirmée par …": the subject starts after the last comma.
      let from = clause.from;
      for (let j = clause.to - 1; j > clause.from; j--) {
        if (keyAt(view, j) === ',') {
          from = j + 1;
          break;
        }
      }
      const content = { from, to: clause.to };
      if (!nounPhrase(view, content.from, content.to)) continue;
      out.push({ rule: this.id, kind: 'indirect', content, cue: { from: i - 1, to: par + 1, lemma: form.lemma }, speaker: agent });
    }
    return out;
  },
};
