/**
 * An unknown name of two or three capitalised words that speaks is a
 * person: "Hakainde Hichilema a déclaré", "a affirmé Tarik Saleh", "selon
 * Maia Sandu", "« … », estime Kelsey Davenport". Names in capitals, single words and names with an
 * organisation head are left to other rules ("selon Human Rights Watch").
 */
import { AUXILIARY_FORMS, REPORTING_VERB_FORMS } from '../../lexicon/generated/reporting-verbs.js';
import { candidate } from '../candidate.js';
import { ORG_HEADS } from '../data/org-heads.js';
import { TRAILING_ORG_HEADS } from '../data/foreign-org-heads.js';
import { CAPS, type Analysis, type Candidate, type NameRun, type Rule } from '../types.js';

/** Prepositions that introduce a source: "selon", "d'après". */
const SOURCE_MARKERS: ReadonlySet<string> = new Set(['selon', 'après']);

/** A clear reporting verb form at token `i` ("déclaré", "affirme"), not an ambiguous or polysemous one. */
function reportingAt(a: Analysis, i: number): boolean {
  const f = REPORTING_VERB_FORMS.get(a.doc.tokens[i]?.key ?? '');
  return f !== undefined && f.ambiguous !== true && f.polysemous !== true && f.pronominal !== true;
}

/**
 * Any reporting verb form at `i` right after a closing quote and its comma:
 * "« … », estime Kelsey Davenport". There the inverted subject is the
 * speaker even for a verb with other senses ("estimer", "juger").
 */
function afterQuote(a: Analysis, i: number): boolean {
  const tokens = a.doc.tokens;
  const f = REPORTING_VERB_FORMS.get(tokens[i]?.key ?? '');
  if (f === undefined || f.pronominal === true) return false;
  const comma = tokens[i - 1];
  const quote = tokens[i - 2];
  return comma !== undefined && comma.key === ',' && quote !== undefined && quote.kind === 'quote';
}

/** Two or three plain capitalised words: "Maia Sandu", not "OTAN", "Denik N" or "Human Rights Watch". */
function personLike(a: Analysis, run: NameRun): boolean {
  const n = run.tokenEnd - run.tokenStart;
  if (n < 2 || n > 3) return false;
  for (let i = run.tokenStart; i < run.tokenEnd; i++) {
    const t = a.doc.tokens[i];
    if (t === undefined || t.text.length < 2 || ((a.shape[i] ?? 0) & CAPS) !== 0 || ORG_HEADS.has(t.key) || TRAILING_ORG_HEADS.has(t.key)) return false;
  }
  return true;
}

export const personSpeaker: Rule = {
  id: 'person-speaker',
  find(a) {
    const out: Candidate[] = [];
    const tokens = a.doc.tokens;
    for (const run of a.runs) {
      if (!personLike(a, run)) continue;
      const next = run.tokenEnd;
      // "X a déclaré", "X déclare"; "a déclaré X"; "selon X", "d'après X".
      const after = reportingAt(a, next) || (AUXILIARY_FORMS.has(tokens[next]?.key ?? '') && reportingAt(a, next + 1));
      const before = reportingAt(a, run.tokenStart - 1) || afterQuote(a, run.tokenStart - 1) || SOURCE_MARKERS.has(tokens[run.tokenStart - 1]?.key ?? '');
      if (after || before) out.push(candidate(a, run.tokenStart, run.tokenEnd, { type: 'PERSON', rule: 'person-speaker', rank: 4, confidence: 0.6 }));
    }
    return out;
  },
};
