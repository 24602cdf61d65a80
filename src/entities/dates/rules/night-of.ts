/**
 * "la nuit de mercredi à jeudi", "la nuit du 5 au 6 mars", "la nuit de
 * samedi": a night named by the days around it is one span with its
 * article, and has the value of those days. Runs after `joinRanges`, on
 * day and range matches that follow "la nuit de/du".
 */
import type { PreparedDocument } from '../../../types.js';
import { at } from '../tokens.js';
import type { AtomicExpr, DateMatch } from '../types.js';

/** The words between "la nuit" and its days. */
const NIGHT_LINKS: ReadonlySet<string> = new Set(['de', 'du', "d'"]);

/** A day or a range of days. */
function isDays(e: AtomicExpr | DateMatch['expr']): boolean {
  if (e.kind === 'range') return isDays(e.from) && isDays(e.to);
  if (e.kind === 'weekday') return e.time === undefined;
  if (e.kind === 'calendar') return e.day !== undefined && e.time === undefined;
  return false;
}

/** Adds "la nuit de …" over each day or range match that the words "la nuit de|du" open. */
export function nightOf(doc: PreparedDocument, found: readonly DateMatch[]): DateMatch[] {
  const out = [...found];
  for (const m of found) {
    if (!isDays(m.expr)) continue;
    const s = doc.tokens[m.from]?.sentence ?? -1;
    // The range rule leaves its opening "du"/"de" out of the span; a day match has it before.
    const link = at(doc, m.from - 1, s);
    if (link === undefined || !NIGHT_LINKS.has(link.key)) continue;
    if (at(doc, m.from - 2, s)?.key !== 'nuit' || at(doc, m.from - 3, s)?.key !== 'la') continue;
    out.push({ from: m.from - 3, to: m.to, expr: m.expr, rule: m.rule, confidence: m.confidence });
  }
  return out;
}
