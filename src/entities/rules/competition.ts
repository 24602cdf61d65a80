/**
 * A league or a championship named as a competition ("jouer en Euroligue",
 * "monter en Pro B", "la 14e journée de Ligue 1"): no entity, and it keeps
 * the locative rules from reading it as a place. A longer capitalised name
 * is not the competition ("Liga MX Femenil").
 */
import { candidate } from '../candidate.js';
import { NAMED_COMPETITIONS } from '../data/events.js';
import { BLOCKED, type Candidate, type Rule } from '../types.js';
import { defineWordClass } from '../../text/word-classes.js';

/** Longest competition name, in tokens ("betclic élite", "route du rhum", "transat jacques vabre"). */
const MAX_TOKENS = 3;

/** First words of the competition names: most tokens are tested on one bit. */
const HEADS: ReadonlySet<string> = new Set([...NAMED_COMPETITIONS].map((name) => name.split(' ')[0] ?? name));
const COMPETITION_HEAD = defineWordClass((w) => HEADS.has(w.key));

export const competition: Rule = {
  id: 'competition',
  find(a) {
    const out: Candidate[] = [];
    const tokens = a.doc.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (a.shape[i] === 0 || ((tokens[i]?.classes ?? 0) & COMPETITION_HEAD) === 0) continue;
      let key = '';
      for (let n = 0; n < MAX_TOKENS; n++) {
        const t = tokens[i + n];
        if (t === undefined || (n > 0 && (!t.spaceBefore || t.sentence !== tokens[i]?.sentence))) break;
        key = n === 0 ? t.key : `${key} ${t.key}`;
        // The longest name wins: "Pro D2" over a shorter reading.
        if (NAMED_COMPETITIONS.has(key) && !NAMED_COMPETITIONS.has(`${key} ${tokens[i + n + 1]?.key ?? ''}`)) {
          // "Liga MX Femenil", "Serie A Femminile": a longer capitalised name is another body's.
          if (a.shape[i + n + 1] !== 0 && tokens[i + n + 1]?.spaceBefore === true && tokens[i + n + 1]?.sentence === tokens[i]?.sentence) break;
          out.push(candidate(a, i, i + n + 1, { type: BLOCKED, rule: 'competition', rank: 1, confidence: 0.5 }));
          break;
        }
      }
    }
    return out;
  },
};
