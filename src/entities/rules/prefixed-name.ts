/**
 * A known name behind a hyphenated prefix is still a mention: "le site
 * pro-Moscou" names Moscou, "un discours anti-Kremlin" the Kremlin. Only the
 * name is the span; the dictionary must know it.
 */
import { NAME_PREFIXES } from '../data/prefixes.js';
import { lookupName } from '../lookup.js';
import { makeCandidate } from '../candidate.js';
import type { Candidate, Rule } from '../types.js';

/** Upper-case first letter after the prefix. */
const CAPITAL = /^\p{Lu}/u;

export const prefixedName: Rule = {
  id: 'prefixed-name',
  find(a) {
    const out: Candidate[] = [];
    for (const i of a.triggers.prefixed) {
      const t = a.doc.tokens[i];
      if (t === undefined) continue;
      const prefix = NAME_PREFIXES.find((p) => t.key.startsWith(p));
      if (prefix === undefined) continue;
      const rest = t.text.slice(prefix.length);
      if (!CAPITAL.test(rest)) continue;
      const p = lookupName(a.ctx.dictionaries, rest, null);
      if (p === null || p.type === 'NATIONALITY') continue;
      out.push(
        makeCandidate({
          start: t.start + prefix.length,
          end: t.end,
          type: p.type,
          canonical: p.canonical,
          id: p.id,
          subtype: p.subtype,
          value: undefined,
          confidence: 0.8,
          rule: 'prefixed-name',
          rank: 2,
          tokenStart: i,
          tokenEnd: i + 1,
        }),
      );
    }
    return out;
  },
};
