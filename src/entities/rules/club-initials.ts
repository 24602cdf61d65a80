/**
 * A sports club named by its legal-form initials and its town: "l'AS Saint-Priest", "l'US Orléans", "le FC Sochaux",
 * "l'AJ Auxerre". The town alone would be read as a place ("US" as the United States); with the initials before it,
 * after an article, the whole is one ORGANIZATION. Clubs the dictionary holds ("AS Monaco") come out the same.
 */
import { candidate } from '../candidate.js';
import { CLUB_DETERMINERS, CLUB_INITIALS } from '../data/club-initials.js';
import { EVENT_HEADS, TRAILING_EVENT_HEADS } from '../data/events.js';
import { codeUnitAt } from '../../text/normalize.js';
import { CAPS, type Analysis, type Candidate, type Rule } from '../types.js';

/** Most capitalised words read as the club's town: "US Quévilly-Rouen", "AS Nancy Lorraine". */
const MAX_TOWN_WORDS = 3;

/** Is the code unit an ASCII capital (the initials' first letter)? */
function asciiCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** End of the club's town after the initials at `i`: a place of the dictionary or capitalised words; `i + 1` if none. */
function townEnd(a: Analysis, i: number): number {
  const tokens = a.doc.tokens;
  const sentence = tokens[i]?.sentence;
  const first = tokens[i + 1];
  if (first === undefined || first.kind !== 'word' || !first.spaceBefore || first.sentence !== sentence || a.shape[i + 1] === 0) return i + 1;
  // "l'US Open": an event named with the initials of its country, no club.
  if (EVENT_HEADS.has(first.key) || TRAILING_EVENT_HEADS.has(first.key)) return i + 1;
  const k = a.dictAt[i + 1] ?? -1;
  const hit = k === -1 ? undefined : a.dict[k];
  if (hit !== undefined) return hit.tokenStart === i + 1 && hit.payload.type === 'LOCATION' ? hit.tokenEnd : i + 1;
  let j = i + 1;
  while (j - i <= MAX_TOWN_WORDS && tokens[j]?.kind === 'word' && tokens[j]?.sentence === sentence && tokens[j]?.spaceBefore === true && a.shape[j] !== 0 && a.dictAt[j] === -1) j++;
  return j;
}

export const clubInitials: Rule = {
  id: 'club-initials',
  find(a) {
    const out: Candidate[] = [];
    const tokens = a.doc.tokens;
    for (let i = 1; i < tokens.length - 1; i++) {
      // The initials are written in capitals: the shape bit rules out nearly every token before any read of it.
      if (((a.shape[i] ?? 0) & CAPS) === 0) continue;
      const t = tokens[i];
      if (t === undefined || t.kind !== 'word' || t.text.length > 4 || !asciiCapital(codeUnitAt(t.text, 0)) || !CLUB_INITIALS.has(t.text)) continue;
      if (!CLUB_DETERMINERS.has(tokens[i - 1]?.key ?? '') || tokens[i - 1]?.sentence !== t.sentence) continue;
      const end = townEnd(a, i);
      if (end > i + 1) out.push(candidate(a, i, end, { type: 'ORGANIZATION', subtype: 'sport', rule: 'club-initials', rank: 2, confidence: 0.8 }));
    }
    return out;
  },
};
