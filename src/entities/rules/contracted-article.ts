/**
 * A dictionary name that opens with "Le" or "Les" loses its article after
 * "au", "du", "aux", "des": "au Caire", "du Caire" → "Le Caire"; "du
 * Figaro" → "Le Figaro". The span is the name without the article, with the
 * dictionary entry's canonical and id.
 */
import { candidate } from '../candidate.js';
import { CONTRACTED_ARTICLES } from '../data/name-context.js';
import { lookupName } from '../lookup.js';
import type { Candidate, Rule } from '../types.js';

/** Types a name after a contracted article may have. */
const TYPES: readonly string[] = ['LOCATION', 'ORGANIZATION'];

export const contractedArticle: Rule = {
  id: 'contracted-article',
  find(a) {
    const out: Candidate[] = [];
    const tokens = a.doc.tokens;
    for (const run of a.runs) {
      // "Au Havre" opening a sentence: the stripped word is the article itself.
      if (run.rawStart !== run.tokenStart && run.rawStart !== run.tokenStart - 1) continue;
      const prev = tokens[run.tokenStart - 1];
      const first = tokens[run.tokenStart];
      const last = tokens[run.tokenEnd - 1];
      const article = CONTRACTED_ARTICLES.get(prev?.key ?? '');
      if (article === undefined || first === undefined || last === undefined || prev?.sentence !== first.sentence) continue;
      const name = `${article} ${a.doc.text.slice(first.start, last.end)}`;
      for (const type of TYPES) {
        const p = lookupName(a.ctx.dictionaries, name, type);
        if (p === null || !p.needsCapital) continue;
        out.push(
          candidate(a, run.tokenStart, run.tokenEnd, {
            type: p.type,
            canonical: p.canonical,
            ...(p.id !== undefined ? { id: p.id } : {}),
            ...(p.subtype !== undefined ? { subtype: p.subtype } : {}),
            rule: 'contracted-article',
            rank: 2,
            confidence: 0.9,
          }),
        );
        break;
      }
    }
    return out;
  },
};
