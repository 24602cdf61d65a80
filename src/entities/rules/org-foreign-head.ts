/**
 * A capitalised run that ends or opens with an organisation head of another
 * language is an organisation, the whole run: "British Council", "Disney
 * Channel", "Liga MX Femenil", "Banco Santander"; one closed by an English
 * venue head is a place: "Lanxess Arena".
 */
import { candidate } from '../candidate.js';
import { ENGLISH_NAME_JOINERS, ENGLISH_OF_HEADS, LEADING_ORG_HEADS, TRAILING_ORG_HEADS, TRAILING_VENUE_HEADS } from '../data/foreign-org-heads.js';
import type { Analysis, Candidate, Rule } from '../types.js';

/** Longest English complement read, in joiners. */
const MAX_JOINS = 4;

/**
 * End of the complement of an English head from the joiner at `i`: "of"
 * (then "the") and capitalised words, again after "of", "for",
 * "and" ("for the Study of War"); `i` when no capitalised run follows.
 */
function englishComplementEnd(a: Analysis, i: number): number {
  const tokens = a.doc.tokens;
  const sentence = tokens[i]?.sentence;
  let end = i;
  for (let n = 0; n < MAX_JOINS && ENGLISH_NAME_JOINERS.has(tokens[end]?.key ?? ''); n++) {
    let j = end + 1;
    if (tokens[j]?.key === 'the') j++;
    // Capitalised words, known or not ("International Economics", "Foreign Relations").
    let k = j;
    while (tokens[k]?.kind === 'word' && a.shape[k] !== 0 && tokens[k]?.sentence === sentence && tokens[k]?.newlineBefore === false) k++;
    if (k === j) break;
    end = k;
  }
  return end;
}

/**
 * First token of a capitalised organisation or place of the dictionary
 * that ends right before token `i`, in its sentence and with a space
 * between ("Nomura" before "Research Institute"); -1 when there is none.
 */
function knownNameBefore(a: Analysis, i: number): number {
  const k = a.dictAt[i - 1] ?? -1;
  const hit = k === -1 ? undefined : a.dict[k];
  const t = a.doc.tokens[i];
  if (hit === undefined || hit.tokenEnd !== i || t === undefined || !t.spaceBefore || t.newlineBefore) return -1;
  if (hit.payload.type !== 'ORGANIZATION' && hit.payload.type !== 'LOCATION') return -1;
  const first = a.doc.tokens[hit.tokenStart];
  return first !== undefined && first.sentence === t.sentence && a.shape[hit.tokenStart] !== 0 ? hit.tokenStart : -1;
}

/** Legal suffixes written abbreviated with a dot: "Quantera Inc.", "Acme Corp.", "Smith & Co.". Keys. */
const DOTTED_SUFFIXES: ReadonlySet<string> = new Set(['inc', 'corp', 'ltd', 'co', 'bros']);

/** `end`, or one token further when the name ends with an abbreviated legal suffix and its glued dot ("Inc."). */
function withSuffixDot(a: Analysis, end: number): number {
  const dot = a.doc.tokens[end];
  return DOTTED_SUFFIXES.has(a.doc.tokens[end - 1]?.key ?? '') && dot?.text === '.' && !dot.spaceBefore ? end + 1 : end;
}

export const orgForeignHead: Rule = {
  id: 'org-foreign-head',
  find(a) {
    const out: Candidate[] = [];
    const tokens = a.doc.tokens;
    for (const run of a.runs) {
      const first = tokens[run.tokenStart];
      const last = tokens[run.tokenEnd - 1];
      if (first === undefined || last === undefined) continue;
      // "Institute of Economic Affairs", "Council on Foreign Relations": an English head, then its complement.
      if (ENGLISH_OF_HEADS.has(last.key) && tokens[run.tokenEnd]?.key !== undefined && ENGLISH_NAME_JOINERS.has(tokens[run.tokenEnd]?.key ?? '')) {
        const end = englishComplementEnd(a, run.tokenEnd);
        if (end > run.tokenEnd) {
          out.push(candidate(a, run.tokenStart, end, { type: 'ORGANIZATION', rule: 'org-foreign-head', rank: 3, confidence: 0.7 }));
          continue;
        }
      }
      // "Nomura Research Institute", "Tokyo Electric Power Company": a known name right before the run is its first word.
      // "l'Allianz Stadium": a venue named after a known sponsor.
      const known = knownNameBefore(a, run.tokenStart);
      if (known !== -1 && (TRAILING_ORG_HEADS.has(last.key) || TRAILING_VENUE_HEADS.has(last.key))) {
        const venue = TRAILING_VENUE_HEADS.has(last.key);
        out.push(candidate(a, known, venue ? run.tokenEnd : withSuffixDot(a, run.tokenEnd), { type: venue ? 'LOCATION' : 'ORGANIZATION', subtype: venue ? 'facility' : undefined, rule: 'org-foreign-head', rank: 2, confidence: 0.75 }));
        continue;
      }
      if (run.tokenEnd - run.tokenStart < 2) continue;
      // "la Lanxess Arena", "la H Arena": a venue, a place.
      if (TRAILING_VENUE_HEADS.has(last.key)) {
        out.push(candidate(a, run.tokenStart, run.tokenEnd, { type: 'LOCATION', subtype: 'facility', rule: 'org-foreign-head', rank: 3, confidence: 0.7 }));
        continue;
      }
      if (LEADING_ORG_HEADS.has(first.key) || (TRAILING_ORG_HEADS.has(last.key) && run.tokenEnd - run.tokenStart >= 2)) {
        out.push(candidate(a, run.tokenStart, withSuffixDot(a, run.tokenEnd), { type: 'ORGANIZATION', rule: 'org-foreign-head', rank: 3, confidence: 0.7 }));
      }
    }
    return out;
  },
};
