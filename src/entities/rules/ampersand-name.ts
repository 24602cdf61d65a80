/**
 * Capitalised names joined by "&" are one company or firm: "Pratt &
 * Whitney", "Procter & Gamble", "Marks & Spencer", "Ernst & Young", "AT&T".
 * Each side may hold up to three capitalised words; the whole is never a
 * person, whatever first name stands on a side ("Whitney").
 */
import { candidate } from '../candidate.js';
import type { Analysis, Candidate, Rule } from '../types.js';

/** Most capitalised words read on each side of the "&". */
const MAX_SIDE = 3;

/** A capitalised word of the sentence `sentence` at `i`. */
function capitalWord(a: Analysis, i: number, sentence: number): boolean {
  const t = a.doc.tokens[i];
  return t !== undefined && t.kind === 'word' && t.sentence === sentence && a.shape[i] !== 0;
}

export const ampersandName: Rule = {
  id: 'ampersand-name',
  find(a) {
    const out: Candidate[] = [];
    const tokens = a.doc.tokens;
    for (let i = 1; i < tokens.length - 1; i++) {
      const amp = tokens[i];
      if (amp === undefined || amp.text !== '&' || a.capsSentence[amp.sentence] === true) continue;
      if (!capitalWord(a, i - 1, amp.sentence) || !capitalWord(a, i + 1, amp.sentence)) continue;
      let start = i - 1;
      // The sentence's first word is read only when it is the name's ("Procter & Gamble a vendu", not "Hier Procter …").
      while (i - start < MAX_SIDE && capitalWord(a, start - 1, amp.sentence) && tokens[start]?.spaceBefore === true) start--;
      let end = i + 2;
      while (end - i <= MAX_SIDE && capitalWord(a, end, amp.sentence) && tokens[end]?.spaceBefore === true) end++;
      out.push(candidate(a, start, end, { type: 'ORGANIZATION', rule: 'ampersand-name', rank: 2, confidence: 0.7 }));
    }
    return out;
  },
};
