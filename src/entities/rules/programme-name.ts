/**
 * A public programme named by a place or a word and a target year after its
 * noun: "le plan France 2030", "le programme Horizon 2020", "la stratégie
 * Europe 2020". Programmes are not entities and nothing inside them is: the
 * span is claimed (and dropped from the output) so that neither the place
 * nor the year is read on its own.
 */
import { candidate } from '../candidate.js';
import { BLOCKED, type Analysis, type Candidate, type Rule } from '../types.js';

/** Nouns that announce a programme's name. */
const PROGRAMME_NOUNS: ReadonlySet<string> = new Set(['plan', 'programme', 'stratégie', 'initiative', 'agenda', 'projet', 'feuille', 'dispositif', 'pacte']);
/** Nouns that announce a programme by a quoted slogan: "le plan « Marseille en grand »", "l'opération « Paris respire »". */
const QUOTED_PROGRAMME_NOUNS: ReadonlySet<string> = new Set([...PROGRAMME_NOUNS, 'opération', 'campagne', 'loi', 'label']);
/** A target year: four digits from 2000 to 2099. */
const TARGET_YEAR = /^20\d\d$/u;

/** The name from `start` to `end` (exclusive) is followed by a year and announced by a programme noun: the claimed end, or -1. */
function programmeEnd(a: Analysis, start: number, end: number): number {
  const tokens = a.doc.tokens;
  const year = tokens[end];
  const noun = tokens[start - 1];
  if (year === undefined || noun === undefined || year.kind !== 'number' || !year.spaceBefore || !TARGET_YEAR.test(year.text)) return -1;
  return PROGRAMME_NOUNS.has(noun.key) && noun.key === noun.text && year.sentence === noun.sentence ? end + 1 : -1;
}

/** Longest quoted programme name, in tokens. */
const MAX_QUOTED = 8;

/**
 * End (the closing quote) of a quoted slogan naming a programme after its
 * noun at `noun`: "le plan « Marseille en grand »", "l'opération « Paris
 * respire »"; a capitalised first word and a lower-case one inside. -1 otherwise.
 */
function quotedProgrammeEnd(a: Analysis, noun: number): number {
  const tokens = a.doc.tokens;
  const open = tokens[noun + 1];
  if (open === undefined || open.kind !== 'quote' || a.shape[noun + 2] === 0 || tokens[noun + 2]?.kind !== 'word') return -1;
  let lower = false;
  for (let j = noun + 3; j <= noun + 2 + MAX_QUOTED; j++) {
    const t = tokens[j];
    if (t === undefined || t.sentence !== open.sentence) return -1;
    if (t.kind === 'quote') return lower ? j : -1;
    if (t.kind === 'word' && a.shape[j] === 0) lower = true;
    else if (t.kind !== 'word' && t.kind !== 'number' && t.kind !== 'elision') return -1;
  }
  return -1;
}

export const programmeName: Rule = {
  id: 'programme-name',
  find(a) {
    const out: Candidate[] = [];
    for (const m of a.dict) {
      const end = programmeEnd(a, m.tokenStart, m.tokenEnd);
      if (end !== -1) out.push(candidate(a, m.tokenStart, end, { type: BLOCKED, rule: 'programme-name', rank: 1, confidence: 0.5 }));
    }
    for (const run of a.runs) {
      if (run.rawStart !== run.tokenStart) continue;
      const end = programmeEnd(a, run.tokenStart, run.tokenEnd);
      if (end !== -1) out.push(candidate(a, run.tokenStart, end, { type: BLOCKED, rule: 'programme-name', rank: 1, confidence: 0.5 }));
    }
    for (let i = 0; i < a.doc.tokens.length - 1; i++) {
      if (a.doc.tokens[i + 1]?.kind !== 'quote' || !QUOTED_PROGRAMME_NOUNS.has(a.doc.tokens[i]?.key ?? '')) continue;
      const close = quotedProgrammeEnd(a, i);
      if (close !== -1) out.push(candidate(a, i + 2, close, { type: BLOCKED, rule: 'programme-name', rank: 1, confidence: 0.5 }));
    }
    return out;
  },
};
