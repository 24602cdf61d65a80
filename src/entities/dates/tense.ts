/**
 * Which way a date without a year or a week points: "La Maison Blanche a
 * déclaré lundi" is last Monday, "Poutine devrait arriver mardi soir" next
 * Tuesday. The nearest tense cue in the clause decides, looking first
 * before the date, then after it. With no cue the direction is 'nearest':
 * a day and month fall in the year nearest the reference, other dates read
 * as past, as news reports what happened.
 */
import type { PreparedDocument, Token } from '../../types.js';
import { FUTURE_CUES, FUTURE_LOOKALIKES, PAST_CUES } from './data.js';
import type { Direction } from './types.js';

/** Tokens that end the clause a date belongs to. */
const CLAUSE_BOUNDARIES = new Set([',', ';', ':', '«', '»', '"', '“', '”', '(', ')', '—', '–', 'que', "qu'", 'mais']);
/** Future and conditional endings: "rencontrera", "signeront", "arriverait". */
const FUTURE_ENDINGS = ['ra', 'ront', 'rait', 'raient'];
const MIN_FUTURE_LENGTH = 5;
/** Dashes closing a dateline segment. */
const DATELINE_DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);
/** How far from the date a cue may be, in tokens. */
const WINDOW = 12;

function cue(t: Token): Direction | null {
  if (t.kind !== 'word') return null;
  if (FUTURE_CUES.has(t.key)) return 'future';
  if (PAST_CUES.has(t.key)) return 'past';
  // A lower-case word with a future ending; names ("Ankara") are capitalised.
  if (t.text === t.key && t.key.length >= MIN_FUTURE_LENGTH && !FUTURE_LOOKALIKES.has(t.key)) {
    for (const e of FUTURE_ENDINGS) if (t.key.endsWith(e)) return 'future';
  }
  return null;
}

/** "du 25 au 27 mars": "du" opens a range, not an event's date. */
function spansRange(doc: PreparedDocument, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (doc.tokens[i]?.key === 'au') return true;
  return false;
}

/** The direction of the date on tokens `from..to` (end exclusive). */
export function directionAt(doc: PreparedDocument, from: number, to: number): Direction {
  const first = doc.tokens[from];
  if (first === undefined) return 'nearest';
  const sentence = first.sentence;
  // "l'attaque du 7 octobre": a date that names an event is past.
  if (doc.tokens[from - 1]?.key === 'du' && !spansRange(doc, from, to)) return 'past';
  // "Caracas, 30 juillet (AFP) –": the dateline is the day of the story, never ahead of it.
  const last = doc.tokens[(doc.sentences[sentence]?.tokenEnd ?? 0) - 1];
  if (last !== undefined && DATELINE_DASHES.has(last.text) && last.index >= to) return 'past';
  for (let i = from - 1; i >= 0 && i >= from - WINDOW; i--) {
    const t = doc.tokens[i];
    if (t === undefined || t.sentence !== sentence || CLAUSE_BOUNDARIES.has(t.key)) break;
    const d = cue(t);
    if (d !== null) return d;
  }
  for (let i = to; i < doc.tokens.length && i < to + WINDOW; i++) {
    const t = doc.tokens[i];
    if (t === undefined || t.sentence !== sentence) break;
    // A comma right after the date opens its clause: "Lundi, il a déclaré…".
    if (CLAUSE_BOUNDARIES.has(t.key) && i > to) break;
    const d = cue(t);
    if (d !== null) return d;
  }
  return 'nearest';
}
