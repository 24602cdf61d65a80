/**
 * Refiners of the attribution pipeline: merge a quote split by an incise,
 * give citations the content of their main attribution, drop duplicates.
 * Speakers are resolved afterwards, in text order (see index.ts).
 */
import { quoteInner } from './content.js';
import type { AttributionRefiner, Found } from './found.js';
import type { View } from './view.js';

/** Rule order decides which of two candidates on the same cue survives. */
const PRIORITY: readonly string[] = [
  'reported-clause',
  'introduced-quote',
  'inverted-cue',
  'anaphoric-report',
  'object-complement',
  'passive-accusation',
  'according-to',
  'cited-by',
  'dixit',
  'standalone-quote',
  'headline-quote',
];
const rank = (f: Found) => {
  const r = PRIORITY.indexOf(f.rule);
  return r < 0 ? PRIORITY.length : r;
};

/**
 * "« A », a-t-il dit, « B »" → one attribution from A to B. The quote B
 * must not have a cue of its own.
 */
export const mergeIncises: AttributionRefiner = (view, found) => {
  // Candidates whose content lies inside a quotation, bucketed by its opening mark.
  const insideQuote = new Map<number, Found[]>();
  for (const g of found) {
    const q = view.quoteOf[g.content.from];
    if (q === undefined || g.content.to > q.close + 1) continue;
    const bucket = insideQuote.get(q.open);
    if (bucket === undefined) insideQuote.set(q.open, [g]);
    else bucket.push(g);
  }
  const out: Found[] = [];
  const absorbed = new Set<Found>();
  for (const f of found) {
    if (f.continues === undefined) continue;
    const q = view.quoteByOpen.get(f.continues);
    if (q === undefined) continue;
    const inner = quoteInner(view, q.open, q.close);
    if (inner === null) continue;
    const within = (insideQuote.get(q.open) ?? []).filter((g) => g !== f);
    if (within.some((g) => g.cue !== null && g.rule !== 'cited-by')) continue;
    for (const g of within) absorbed.add(g);
    absorbed.add(f);
    // A mixed content ("P « A », a déclaré X, « B »") keeps the closing mark, as it keeps the opening one.
    const to = view.quoteOf[f.content.from] === undefined ? q.close + 1 : extendedEnd(view, inner.to);
    out.push({ ...f, content: { from: f.content.from, to } });
  }
  for (const f of found) if (!absorbed.has(f)) out.push(f);
  return out;
};

/** Keep a final full stop inside the quote ("… sensibles.”"). */
function extendedEnd(view: View, to: number): number {
  const t = view.tokens[to];
  return t !== undefined && (t.key === '.' || t.key === '!' || t.key === '?' || t.key === '…') && view.tokens[to + 1]?.kind === 'quote' ? to + 1 : to;
}

/** A citation takes the content of the nearest attribution of its sentence; without one it is dropped. */
export const attachCitations: AttributionRefiner = (view, found) => {
  // Main attributions by the sentence of their cue.
  const bySentence = new Map<number, Found[]>();
  for (const g of found) {
    if (g.citation === true || g.cue === null) continue;
    const s = view.tokens[g.cue.from]?.sentence ?? -1;
    const bucket = bySentence.get(s);
    if (bucket === undefined) bySentence.set(s, [g]);
    else bucket.push(g);
  }
  const out: Found[] = [];
  for (const f of found) {
    if (f.citation !== true) {
      out.push(f);
      continue;
    }
    let best: Found | undefined;
    let bestDistance = Infinity;
    for (const g of bySentence.get(view.tokens[f.content.from]?.sentence ?? -1) ?? []) {
      const d = Math.abs((g.cue?.from ?? 0) - f.content.from);
      if (d < bestDistance) {
        best = g;
        bestDistance = d;
      }
    }
    if (best !== undefined) {
      const { citation: _drop, ...rest } = f;
      void _drop;
      out.push({ ...rest, content: best.content });
    }
  }
  return out;
};

/** A predicate: does one of these ranges hold [from, to)? Sorted starts with a running maximum of ends, binary search. */
function coverage(ranges: readonly { from: number; to: number }[]): (from: number, to: number) => boolean {
  const spans = [...ranges].sort((a, b) => a.from - b.from);
  const maxTo: number[] = [];
  for (const sp of spans) maxTo.push(Math.max(sp.to, maxTo[maxTo.length - 1] ?? -1));
  return (from, to) => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((spans[mid]?.from ?? Infinity) <= from) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (maxTo[lo - 1] ?? -1) >= to;
  };
}

/**
 * An object complement inside a reported clause ("a fait savoir qu'elle
 * contesterait ces mesures devant l'OMC") is what the clause's speaker says
 * about an act to come, not a second report.
 */
export const dropNestedObjects: AttributionRefiner = (_view, found) => {
  if (!found.some((f) => f.rule === 'object-complement')) return found;
  const inClause = coverage(found.filter((f) => f.rule === 'reported-clause').map((f) => f.content));
  return found.filter((f) => f.rule !== 'object-complement' || f.cue === null || !inClause(f.cue.from, f.content.to));
};

/** One candidate per cue (rule order wins), and no cue-less quote inside another content. */
export const removeDuplicates: AttributionRefiner = (_view, found) => {
  const byCue = new Map<string, Found>();
  const rest: Found[] = [];
  for (const f of found) {
    if (f.cue === null) {
      rest.push(f);
      continue;
    }
    const key = `${f.cue.from}:${f.cue.to}`;
    const prev = byCue.get(key);
    if (prev === undefined || rank(f) < rank(prev)) byCue.set(key, f);
  }
  const kept = [...byCue.values()];
  // Is a cue-less quote inside a kept content?
  const covered = coverage(kept.map((g) => g.content));
  // Two cue-less readings of the same quotation ("X a balayé l'annonce : « P »" read with its clause subject and as a lone quote): rule order wins.
  const byContent = new Map<string, Found>();
  for (const f of rest) {
    if (covered(f.content.from, f.content.to)) continue;
    const key = `${f.content.from}:${f.content.to}`;
    const prev = byContent.get(key);
    if (prev === undefined || rank(f) < rank(prev)) byContent.set(key, f);
  }
  kept.push(...byContent.values());
  return kept;
};

/** Refiners in the order they run. */
export const defaultAttributionRefiners: readonly AttributionRefiner[] = [attachCitations, mergeIncises, dropNestedObjects, removeDuplicates];
