/**
 * A capitalised demonym between two unknown capitalised words is a word of
 * a company's name, not a nationality: "Signalisation Normande Équipements",
 * "Transports Bretons Associés". The whole name is the ORGANIZATION. A
 * demonym before a person ("le Français Kylian Mbappé") or after the
 * sentence's first word stays what it is.
 */
import { candidate } from '../candidate.js';
import { FIRST_NAME_KEYS } from '../lexicons.js';
import type { Analysis, Candidate, Rule } from '../types.js';

/** Most capitalised words read after the demonym. */
const MAX_AFTER = 3;

/** An unknown capitalised word of the sentence at `i`, spaced from the token before it, and no first name. */
function unknownCapital(a: Analysis, i: number, sentence: number): boolean {
  const t = a.doc.tokens[i];
  return t !== undefined && t.kind === 'word' && t.sentence === sentence && t.spaceBefore && a.shape[i] !== 0 && a.dictAt[i] === -1 && !FIRST_NAME_KEYS.has(t.fold);
}

export const demonymInName: Rule = {
  id: 'demonym-in-name',
  find(a) {
    const out: Candidate[] = [];
    const tokens = a.doc.tokens;
    for (const m of a.dict) {
      if (m.payload.type !== 'NATIONALITY' || m.tokenEnd !== m.tokenStart + 1) continue;
      const i = m.tokenStart;
      const t = tokens[i];
      if (t === undefined || a.shape[i] === 0 || a.capsSentence[t.sentence] === true) continue;
      // The word before opens no sentence: "Le Français Kylian" has its article there.
      const before = tokens[i - 2];
      if (before === undefined || before.sentence !== t.sentence) continue;
      if (!unknownCapital(a, i - 1, t.sentence) || !unknownCapital(a, i + 1, t.sentence)) continue;
      let end = i + 2;
      while (end - i <= MAX_AFTER && unknownCapital(a, end, t.sentence)) end++;
      out.push(candidate(a, i - 1, end, { type: 'ORGANIZATION', rule: 'demonym-in-name', rank: 2, confidence: 0.7 }));
    }
    return out;
  },
};
