/**
 * A website name written as a domain in running text stands for its
 * publisher: "l'intégralité du site ilmessaggero.it", "selon lefigaro.fr".
 * The domain is one organisation mention, name and extension together.
 */
import { candidate } from '../candidate.js';
import { TOP_LEVEL_DOMAINS } from '../data/domains.js';
import type { Candidate, Rule } from '../types.js';

export const siteDomain: Rule = {
  id: 'site-domain',
  find(a) {
    const out: Candidate[] = [];
    const tokens = a.doc.tokens;
    for (const i of a.triggers.dots) {
      const name = tokens[i - 1];
      const dot = tokens[i];
      const tld = tokens[i + 1];
      if (name === undefined || dot === undefined || tld === undefined) continue;
      // "ilmessaggero.it": three glued tokens, a word of 3+ letters then a known extension.
      if (dot.spaceBefore || tld.spaceBefore || name.kind !== 'word' || tld.kind !== 'word' || name.text.length < 3) continue;
      if (!TOP_LEVEL_DOMAINS.has(tld.fold)) continue;
      const after = tokens[i + 2];
      if (after !== undefined && !after.spaceBefore && after.kind === 'word') continue;
      out.push(candidate(a, i - 1, i + 2, { type: 'ORGANIZATION', rule: 'site-domain', rank: 2, confidence: 0.7, subtype: 'media' }));
    }
    return out;
  },
};
