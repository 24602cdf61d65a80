/**
 * extractAttributions pipeline: quotes, reporting cues and speakers, with
 * speakers linked to the entities of the document.
 */
import { spanOf } from '../text/prepare.js';
import type { Attribution, Entity, PreparedDocument } from '../types.js';
import type { AttributionRefiner, AttributionRule, Found } from './found.js';
import { defaultAttributionRefiners } from './refiners.js';
import { accordingTo } from './rules/according-to.js';
import { anaphoricReport } from './rules/anaphoric-report.js';
import { asSaid } from './rules/as-said.js';
import { citedBy } from './rules/cited-by.js';
import { dixit } from './rules/dixit.js';
import { headlineQuote } from './rules/headline-quote.js';
import { introducedQuote } from './rules/introduced-quote.js';
import { invertedCue } from './rules/inverted-cue.js';
import { laterAct } from './rules/later-act.js';
import { objectComplement } from './rules/object-complement.js';
import { passiveAccusation } from './rules/passive-accusation.js';
import { passiveReport } from './rules/passive-report.js';
import { reportedClause } from './rules/reported-clause.js';
import { standaloneQuote } from './rules/standalone-quote.js';
import { gerundSubject, isPluralSpeaker, newMemory, resolveSpeaker, type Source } from './speakers.js';
import { buildView, type View } from './view.js';

export type { AttributionRule, AttributionRefiner, Found } from './found.js';

/** What the attribution pipeline receives besides the document. */
export interface AttributionContext {
  /** The document's entities (speakers are linked to them). */
  readonly entities: readonly Entity[];
}

/** The attribution rules, one construction each; extend by spreading: `[...defaultAttributionRules, myRule]`. */
export const defaultAttributionRules: readonly AttributionRule[] = [
  reportedClause,
  introducedQuote,
  invertedCue,
  anaphoricReport,
  objectComplement,
  laterAct,
  passiveAccusation,
  passiveReport,
  accordingTo,
  asSaid,
  citedBy,
  dixit,
  standaloneQuote,
  headlineQuote,
];

/**
 * Find who said what in a prepared document.
 *
 * @example
 * const doc = prepare('« Nous gagnerons », a déclaré le ministre.');
 * findAttributions(doc, { entities: [] })[0].kind // 'direct'
 */
export function findAttributions(
  doc: PreparedDocument,
  ctx: AttributionContext,
  rules: readonly AttributionRule[] = defaultAttributionRules,
  refiners: readonly AttributionRefiner[] = defaultAttributionRefiners,
): Attribution[] {
  if (doc.tokens.length === 0) return [];
  const view = buildView(doc, ctx.entities);
  let found: readonly Found[] = rules.flatMap((r) => r.find(view));
  for (const refine of refiners) found = refine(view, found);
  const out = resolveAll(view, found);
  // Same content: the main attribution before its citation ("a déclaré X, cité par Y").
  const order = new Map(out.map((a, i) => [a, (a.cue?.lemma === 'cité par' || a.cue?.lemma === 'citer' ? out.length : 0) + i]));
  return out.sort((a, b) => a.content.start - b.content.start || b.content.end - a.content.end || (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

/** Where a candidate is said: its cue, or its content when it has none. */
const anchor = (f: Found) => (f.cue !== null ? f.cue.from : f.content.from);

/** Resolve speakers in text order, so that "il" and "la même source" see the speakers before them. */
function resolveAll(view: View, found: readonly Found[]): Attribution[] {
  const ordered = [...found].sort((a, b) => anchor(a) - anchor(b));
  const memory = newMemory();
  const resolved: { f: Found; source: Source | null }[] = [];
  for (const f of ordered) {
    let source: Source | null = null;
    if (f.rule === headlineQuote.id) {
      resolved.push({ f, source });
      continue;
    }
    if (f.speaker !== null && f.speaker.mode === 'inherit') {
      const host = hostOf(view, f, resolved);
      source = host?.source ?? null;
      // "L'entraîneur a réagi en affirmant que P": no report to inherit from; the gerund's main verb has the subject.
      if (host === undefined && f.cue !== null) {
        const subject = gerundSubject(view, f.cue.from);
        if (subject !== null) source = resolveSpeaker(view, subject, memory);
      }
    } else if (f.speaker !== null) {
      source = resolveSpeaker(view, f.speaker, memory);
    } else {
      source = neighbourSource(view, f, resolved);
    }
    // A citation's relay ("cité par l'agence X") is not who speaks next: "a-t-il ajouté" is still the one quoted.
    if (source !== null && source.canonical !== undefined && f.speaker !== null && f.rule !== 'cited-by') {
      memory.said.push({
        at: anchor(f),
        canonical: source.canonical,
        plural: isPluralSpeaker(source.text, source.entityType),
        head: f.speaker.mode === 'body' ? f.speaker.head : undefined,
        ...(source.entityType === undefined ? {} : { entityType: source.entityType }),
      });
    }
    resolved.push({ f, source });
  }
  // A headline quote's source is read off the body once every body quotation has its own (bodySpeaker reads no
  // other headline quote). The list is built by a loop, not by map and not by assigning the sources afterwards:
  // optimised code's map builds a holey array, and a later assignment changes the entries' object shape, and
  // either sent this function back to the interpreter to be compiled again.
  const out: Attribution[] = [];
  for (const { f, source } of resolved) out.push(toAttribution(view, f, f.rule === headlineQuote.id ? bodySpeaker(view, f, resolved) : source));
  return out.sort((a, b) => a.content.start - b.content.start);
}

/** Share of a headline quote's words (three letters or more) that a body quotation must hold. */
const HEADLINE_WORD_SHARE = 0.8;

/**
 * A headline quote is said by whoever says the same words in the body:
 * "“Justice est faite” : …" and later "“Justice est faite”, a écrit l'armée".
 * The first quoted attribution after the headline holding most of its words.
 */
function bodySpeaker(view: View, f: Found, resolved: readonly { f: Found; source: Source | null }[]): Source | null {
  const words = (from: number, to: number) => {
    const out: string[] = [];
    for (let i = from; i < to; i++) {
      const t = view.tokens[i];
      if (t !== undefined && t.kind === 'word' && t.key.length >= 3) out.push(t.key);
    }
    return out;
  };
  const wanted = words(f.content.from, f.content.to);
  if (wanted.length === 0) return null;
  for (const r of resolved) {
    if (r.source === null || r.f.rule === headlineQuote.id || r.f.content.from <= f.content.to || r.f.kind === 'indirect' || r.f.kind === 'according-to') continue;
    const have = new Set(words(r.f.content.from, r.f.content.to));
    const hits = wanted.filter((w) => have.has(w)).length;
    if (hits >= HEADLINE_WORD_SHARE * wanted.length) return r.source;
  }
  return null;
}

/** The main attribution before a participle in the same sentence ("C'est ce qu'a rapporté X, expliquant que"). */
function hostOf(view: View, f: Found, resolved: readonly { f: Found; source: Source | null }[]): { source: Source | null } | undefined {
  const sentence = view.tokens[anchor(f)]?.sentence;
  for (let i = resolved.length - 1; i >= 0; i--) {
    const r = resolved[i];
    if (r === undefined) continue;
    if (view.tokens[anchor(r.f)]?.sentence !== sentence) break;
    if (r.source !== null && r.f.rule !== 'cited-by') return r;
  }
  return undefined;
}

/** A cue-less quote right after an attribution of the same paragraph takes its speaker. */
function neighbourSource(view: View, f: Found, resolved: readonly { f: Found; source: Source | null }[]): Source | null {
  const prev = resolved[resolved.length - 1];
  if (prev === undefined || prev.source === null) return null;
  const here = view.tokens[f.content.from];
  const there = view.tokens[prev.f.content.to - 1];
  if (here === undefined || there === undefined || here.sentence - there.sentence > 1) return null;
  return prev.source;
}

function toAttribution(view: View, f: Found, source: Source | null): Attribution {
  const content = spanOf(view.doc, f.content.from, f.content.to);
  // A literal, not a spread copy plus a field: that would give every cue an object shape of its own.
  const span = f.cue === null ? null : spanOf(view.doc, f.cue.from, f.cue.to);
  const cue = f.cue === null || span === null ? null : { start: span.start, end: span.end, text: span.text, lemma: f.cue.lemma };
  return { kind: f.kind, content, cue, source };
}
