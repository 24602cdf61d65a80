/** What every peer adapter exposes to the runner. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Prediction } from '../score.js';
import { rootDir } from '../lib/corpus.js';

export interface PeerAdapter {
  /** npm package name. */
  name: string;
  version: string;
  /** The jobs it does here, in words (shown in the tables). */
  job: string;
  /** Which parts of a Prediction it fills. */
  parts: ReadonlyArray<'entities' | 'quantities' | 'attributions'>;
  /** Run on one article; offsets point into `text`. */
  run(text: string): Prediction;
}

export type Entity = NonNullable<Prediction['entities']>[number];
export type QuantityPrediction = NonNullable<Prediction['quantities']>[number];
export type AttributionPrediction = NonNullable<Prediction['attributions']>[number];

/** Version of an installed package, read from its package.json (works whatever its `exports`). */
export function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(join(rootDir, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string }).version ?? '?';
  } catch {
    return '?';
  }
}

const isSpace = (c: string | undefined) => c !== undefined && /\s/u.test(c);

/** Shrink [start, end) so it neither starts nor ends on whitespace; null when nothing is left. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = Math.max(0, start);
  let e = Math.min(text.length, end);
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  return s < e ? { start: s, end: e } : null;
}

/**
 * Finds pieces of text in the input in order, for peers that give no offsets:
 * each search starts where the previous piece was found (falling back to the
 * whole text), and tolerates different whitespace inside the piece.
 */
export class Locator {
  private cursor = 0;
  constructor(private readonly text: string) {}

  find(piece: string): { start: number; end: number } | null {
    const p = piece.trim();
    if (p === '') return null;
    let i = this.text.indexOf(p, this.cursor);
    if (i < 0) i = this.text.indexOf(p);
    if (i >= 0) {
      this.cursor = i + 1;
      return { start: i, end: i + p.length };
    }
    // Whitespace may have been normalised by the peer: match runs of whitespace loosely.
    const words = p.split(/\s+/u).map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
    const re = new RegExp(words.join('\\s+'), 'gu');
    re.lastIndex = this.cursor;
    let m = re.exec(this.text);
    if (m === null) {
      re.lastIndex = 0;
      m = re.exec(this.text);
    }
    if (m === null) return null;
    this.cursor = m.index + 1;
    return { start: m.index, end: m.index + m[0].length };
  }
}

/**
 * Character offsets of a token sequence whose surface forms appear in the text
 * in order (wink-nlp tokens): a token that cannot be found gets null.
 */
export function tokenOffsets(text: string, tokens: readonly string[]): Array<{ start: number; end: number } | null> {
  const out: Array<{ start: number; end: number } | null> = [];
  let cursor = 0;
  for (const t of tokens) {
    if (t === '') {
      out.push(null);
      continue;
    }
    const i = text.indexOf(t, cursor);
    // Refuse a match far ahead: the token was normalised and we would skip real text.
    if (i < 0 || i - cursor > 64 + t.length) {
      out.push(null);
      continue;
    }
    out.push({ start: i, end: i + t.length });
    cursor = i + t.length;
  }
  return out;
}

/**
 * A number written by a peer as a string: "2000", "7000.5", or with a French
 * decimal comma ("79,99") as Recognizers-Text French returns it. Anything
 * else is null (the peer gave no usable value).
 */
export function parseNumber(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  const s = v.trim().replace(/%$/u, '').trim();
  if (s === '') return null;
  const n = Number(s);
  if (Number.isFinite(n)) return n;
  if (/^-?\d+,\d+$/u.test(s)) return Number(s.replace(',', '.'));
  return null;
}

/** Sort by start, then by end descending (the order depeche returns). */
export function bySpan<T extends { start: number; end: number }>(xs: T[]): T[] {
  return xs.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** ISO 4217 code for a currency symbol or name as peers write them. */
export function currencyCode(s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  const k = s.trim().toLowerCase();
  const table: Record<string, string> = {
    '€': 'EUR', eur: 'EUR', euro: 'EUR', euros: 'EUR',
    $: 'USD', usd: 'USD', dollar: 'USD', 'united states dollar': 'USD', 'us dollar': 'USD',
    '£': 'GBP', gbp: 'GBP', 'british pound': 'GBP', 'pound sterling': 'GBP',
    '¥': 'JPY', yen: 'JPY', 'japanese yen': 'JPY',
    '₩': 'KRW', won: 'KRW', 'south korean won': 'KRW', 'north korean won': 'KPW',
    '₽': 'RUB', rouble: 'RUB', ruble: 'RUB', 'russian ruble': 'RUB', 'russian rouble': 'RUB',
  };
  return table[k] ?? (/^[A-Z]{3}$/u.test(s.trim()) ? s.trim() : undefined);
}
