/**
 * A branch of a union or a party written as one hyphenated word: a known
 * union or party, or an unknown word in capitals, then a capitalised sector
 * word: "CGT-Cheminots", "Unsa-Ferroviaire", "SUD-Rail", "FO-Métaux"; a
 * known union and a company: "CGT-RATP", "FO-SNCF". The whole word is one
 * organisation (never a person's compound name).
 * "UE-Chine", "USA-Mexique" join two known names: no branch.
 * Written with a space, the sector must be one of a union's sectors: "SUD
 * Santé", "CGT Cheminots", "FO Police".
 */
import { isAllCaps } from '../../text/normalize.js';
import { candidate } from '../candidate.js';
import { lookupName } from '../lookup.js';
import type { DictionaryPayload } from '../../lexicon/dictionary.js';
import { CAPS, type Analysis, type Candidate, type Rule } from '../types.js';
import { UNION_SECTORS } from '../data/org-heads.js';

/** Subtypes of the dictionary organisations that have branches. */
const BRANCHED: ReadonlySet<string> = new Set(['union', 'party']);
/** An unknown prefix in capitals: "SUD", "CNT". */
const CAPS_PREFIX = /^\p{Lu}{2,6}$/u;
/** A member union by its initials, two capitals or more first: "SNES", "SNUipp", "SE", "Snes" is not. */
const UNION_INITIALS = /^\p{Lu}{2,}\p{L}{0,5}$/u;
/** A sector word: capitalised, then lower case ("Cheminots", "Rail", "Éducation"). */
const SECTOR = /^\p{Lu}\p{Ll}{2,}$/u;

/**
 * The part after a union's hyphen names a company: a known organisation
 * that is neither a union nor a party ("RATP", "Renault"), or an unknown
 * word in capitals ("PTT").
 */
function employer(known: DictionaryPayload | null, sector: string): boolean {
  if (known === null) return CAPS_PREFIX.test(sector) && isAllCaps(sector);
  return known.type === 'ORGANIZATION' && !BRANCHED.has(known.subtype ?? '');
}

export const orgBranch: Rule = {
  id: 'org-branch',
  find(a) {
    const out: Candidate[] = [];
    const tokens = a.doc.tokens;
    for (const run of a.runs) {
      if (run.tokenEnd !== run.tokenStart + 1) continue;
      const t = tokens[run.tokenStart];
      if (t === undefined) continue;
      const dash = t.text.indexOf('-');
      if (dash < 2 || t.text.indexOf('-', dash + 1) !== -1) continue;
      const prefix = t.text.slice(0, dash);
      const sector = t.text.slice(dash + 1);
      // "SNES-FSU", "SNUipp-FSU", "SE-Unsa": a union by its initials, then the federation it belongs to.
      const federation = lookupName(a.ctx.dictionaries, sector, null);
      if (federation !== null && federation.type === 'ORGANIZATION' && federation.subtype === 'union' && UNION_INITIALS.test(prefix) && lookupName(a.ctx.dictionaries, prefix, null) === null) {
        out.push(candidate(a, run.tokenStart, run.tokenEnd, { type: 'ORGANIZATION', rule: 'org-branch', rank: 2, confidence: 0.75 }));
        continue;
      }
      const known = lookupName(a.ctx.dictionaries, prefix, null);
      // "CGT-RATP", "FO-SNCF", "CFDT-Renault": a union's section at a company, known or in capitals.
      if (known !== null && known.type === 'ORGANIZATION' && known.subtype === 'union' && employer(federation, sector)) {
        out.push(candidate(a, run.tokenStart, run.tokenEnd, { type: 'ORGANIZATION', rule: 'org-branch', rank: 2, confidence: 0.75 }));
        continue;
      }
      if (!SECTOR.test(sector) || federation !== null) continue;
      const branched = known !== null ? known.type === 'ORGANIZATION' && BRANCHED.has(known.subtype ?? '') : CAPS_PREFIX.test(prefix) && isAllCaps(prefix);
      if (!branched) continue;
      out.push(candidate(a, run.tokenStart, run.tokenEnd, { type: 'ORGANIZATION', rule: 'org-branch', rank: 2, confidence: 0.75 }));
    }
    spacedBranches(a, out);
    return out;
  },
};

/** The token `i` is a capitalised sector word of a union, after a plain space on the same line. */
function isSector(a: Analysis, i: number): boolean {
  const t = a.doc.tokens[i];
  return t !== undefined && t.kind === 'word' && t.spaceBefore && !t.newlineBefore && a.shape[i] !== 0 && UNION_SECTORS.has(t.key);
}

/**
 * "CGT Santé", "FO Police": a known union, then a sector word; "SUD Santé", "SUD Rail": an unknown word in capitals
 * (a run of two words), then a sector word.
 */
function spacedBranches(a: Analysis, out: Candidate[]): void {
  const tokens = a.doc.tokens;
  for (const m of a.dict) {
    if (m.payload.type !== 'ORGANIZATION' || m.payload.subtype !== 'union' || !isSector(a, m.tokenEnd)) continue;
    if (tokens[m.tokenEnd]?.sentence !== tokens[m.tokenStart]?.sentence) continue;
    out.push(candidate(a, m.tokenStart, m.tokenEnd + 1, { type: 'ORGANIZATION', rule: 'org-branch', rank: 2, confidence: 0.75 }));
  }
  // Read off the tokens, not the runs: "SUD" is also the compass word, which no run holds.
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (((a.shape[i] ?? 0) & CAPS) === 0 || a.dictAt[i] !== -1) continue;
    const t = tokens[i];
    if (t === undefined || a.capsSentence[t.sentence] === true) continue;
    if (!CAPS_PREFIX.test(t.text) || !isSector(a, i + 1) || tokens[i + 1]?.sentence !== t.sentence) continue;
    out.push(candidate(a, i, i + 2, { type: 'ORGANIZATION', rule: 'org-branch', rank: 2, confidence: 0.75 }));
  }
}
