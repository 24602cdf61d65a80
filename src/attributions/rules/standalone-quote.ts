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
import type { AttributionRule, Found, FoundCue } from '../found.js';
import { rightSubject, speakerFromRange, type SpeakerRef } from '../speakers.js';
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

/** Verbs of "Ainsi s'exprime X", "Ainsi parle X", "Ainsi témoigne X": said of the quotation just before. */
const SO_SPEAKS: ReadonlyMap<string, string> = new Map([
  ['exprime', 's’exprimer'], ['exprimait', 's’exprimer'], ['parle', 'parler'], ['parlait', 'parler'],
  ['témoigne', 'témoigner'], ['résume', 'résumer'], ['raconte', 'raconter'], ['conclut', 'conclure'],
]);

/** Openers of "Voilà ce qu'a déclaré X", "Voici ce qu'a dit X". */
const THAT_IS_WHAT: ReadonlySet<string> = new Set(['voilà', 'voici']);

/**
 * The cue and speaker the sentence right after a lone quotation gives it: "« … » Ainsi s'exprime X.", "« … » Voilà
 * ce qu'a déclaré X." (the quotation is what the next sentence says X said). Null for any other sentence.
 */
function followingSpeaker(view: View, close: number): { cue: FoundCue; speaker: SpeakerRef } | null {
  const n = sentenceEnd(view, close);
  const key = (i: number) => view.tokens[i]?.key ?? '';
  let verb = -1;
  let cue: FoundCue | null = null;
  if (key(n) === 'ainsi') {
    const v = key(n + 1) === "s'" || key(n + 1) === 's’' ? n + 2 : n + 1;
    const lemma = SO_SPEAKS.get(key(v));
    if (lemma !== undefined) {
      verb = v;
      cue = { from: n + 1, to: v + 1, lemma };
    }
  }
  // ("C'est ce qu'a rapporté X" is the anaphoric-report rule's.)
  const what = THAT_IS_WHAT.has(key(n)) ? n + 1 : -1;
  if (what >= 0 && key(what) === 'ce' && (key(what + 1) === "qu'" || key(what + 1) === 'que')) {
    const found = view.cueAt.get(what + 2);
    if (found !== undefined) {
      verb = found.to - 1;
      cue = { from: found.from, to: found.to, lemma: found.lemma };
    }
  }
  if (cue === null || verb < 0) return null;
  const subject = rightSubject(view, cue.to, true);
  return subject === null ? null : { cue, speaker: subject.speaker };
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
      const next = followingSpeaker(view, q.close);
      if (next !== null) out.push({ rule: this.id, kind: 'direct', content: inner, cue: next.cue, speaker: next.speaker });
      else out.push({ rule: this.id, kind: 'direct', content: inner, cue: null, speaker: previousSubject(view, q.open) });
    }
    return out;
  },
};
