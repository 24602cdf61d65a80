/**
 * Shared mapping for compromise and fr-compromise: both return "views" whose
 * `.json({ offset: true })` carries term offsets into the input string.
 */
import type { Entity, QuantityPrediction } from './types.js';
import { Locator, trimSpan } from './types.js';

export interface TermJson {
  text: string;
  offset?: { start: number; length: number };
}
export interface MatchJson {
  text: string;
  offset?: { start: number; length: number };
  terms?: TermJson[];
  number?: { num?: number; unit?: string };
  money?: { num?: number; currency?: string };
}
/** The part of a compromise view the adapters use. */
export interface ViewLike {
  json(options?: object): unknown;
  match(pattern: string): ViewLike;
}

export function matches(view: ViewLike): MatchJson[] {
  return view.json({ offset: true }) as MatchJson[];
}

/**
 * The span of a match: from its first term to its last term (terms exclude
 * the surrounding punctuation and quote marks). If the offsets do not fit the
 * text, the match text is located in order instead.
 */
export function spanOf(text: string, m: MatchJson, locator: Locator): { start: number; end: number } | null {
  const terms = m.terms ?? [];
  const first = terms[0];
  const last = terms[terms.length - 1];
  if (first?.offset !== undefined && last?.offset !== undefined) {
    const start = first.offset.start;
    const end = last.offset.start + last.offset.length;
    if (text.slice(start, start + first.offset.length) === first.text && text.slice(last.offset.start, end) === last.text) {
      return trimSpan(text, start, end);
    }
  }
  const piece = terms.length > 0 ? terms.map((t) => t.text).join(' ') : m.text;
  const found = locator.find(piece);
  return found === null ? null : trimSpan(text, found.start, found.end);
}

export function entitiesOf(text: string, view: ViewLike, type: string, locator: Locator): Entity[] {
  const out: Entity[] = [];
  for (const m of matches(view)) {
    const s = spanOf(text, m, locator);
    if (s !== null) out.push({ ...s, type, canonical: text.slice(s.start, s.end) });
  }
  return out;
}

/** Numbers not inside an already-taken span (money, percentages) become counts. */
export function countsOf(text: string, view: ViewLike, taken: readonly { start: number; end: number }[], locator: Locator): QuantityPrediction[] {
  const out: QuantityPrediction[] = [];
  for (const m of matches(view)) {
    const s = spanOf(text, m, locator);
    if (s === null) continue;
    if (taken.some((t) => s.start < t.end && t.start < s.end)) continue;
    const v = m.number?.num;
    out.push({ ...s, kind: 'count', value: typeof v === 'number' && Number.isFinite(v) ? v : null });
  }
  return out;
}
