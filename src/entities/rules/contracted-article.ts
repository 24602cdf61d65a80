/**
 * A dictionary name that opens with "Le" or "Les" loses its article after
 * "au", "du", "aux", "des": "au Caire", "du Caire" → "Le Caire"; "du
 * Figaro" → "Le Figaro". The span is the name without the article, with the
 * dictionary entry's canonical and id.
 */
import { candidate } from '../candidate.js';
import { CONTRACTED_ARTICLES, PRESS_NOUNS } from '../data/name-context.js';
import { lookupName } from '../lookup.js';
import { defineWordClass } from '../../text/word-classes.js';
import { CAP, type Analysis, type Candidate, type Rule } from '../types.js';
import { REPORTING_VERB_FORMS } from '../../lexicon/generated/reporting-verbs.js';

/** Types a name after a contracted article may have. */
const TYPES: readonly string[] = ['LOCATION', 'ORGANIZATION'];

/**
 * A newspaper whose name is a common word ("Le Monde", "Le Soir", "Le Temps") after "au" or "du", where the text
 * speaks of the press: "a déclaré au Monde", "a confié au Soir", "un journaliste du Monde". Such a word is never a
 * name run (it is a common word), and "la Coupe du Monde", "le tour du Monde" name no newspaper.
 */
function pressTitle(a: Analysis, i: number): Candidate | null {
  const tokens = a.doc.tokens;
  const t = tokens[i];
  const article = tokens[i - 1];
  const before = tokens[i - 2];
  if (t === undefined || article === undefined || before === undefined || t.kind !== 'word' || a.shape[i] !== CAP || a.runAt[i] !== -1) return null;
  if ((article.key !== 'au' && article.key !== 'du') || before.text !== before.key || article.sentence !== t.sentence) return null;
  const press = article.key === 'au' ? REPORTING_VERB_FORMS.has(before.key) : PRESS_NOUNS.has(before.key);
  if (!press || PREPOSITIONS_AFTER_TITLE.has(tokens[i + 1]?.key ?? '')) return null;
  const p = lookupName(a.ctx.dictionaries, `Le ${t.text}`, 'ORGANIZATION');
  if (p === null || p.subtype !== 'media') return null;
  return candidate(a, i, i + 1, { type: 'ORGANIZATION', canonical: p.canonical, ...(p.id !== undefined ? { id: p.id } : {}), subtype: 'media', rule: 'contracted-article', rank: 2, confidence: 0.8 });
}

/** "au", "du": one bit per token. */
const AU_DU = defineWordClass((w) => w.key === 'au' || w.key === 'du');

/** A complement after the word makes it another name: "la Coupe du Monde de rugby". */
const PREPOSITIONS_AFTER_TITLE: ReadonlySet<string> = new Set(['de', "d'", 'du', 'des']);

export const contractedArticle: Rule = {
  id: 'contracted-article',
  find(a) {
    const out: Candidate[] = [];
    const tokens = a.doc.tokens;
    for (let i = 1; i < tokens.length; i++) {
      if (((tokens[i]?.classes ?? 0) & AU_DU) === 0) continue;
      const title = pressTitle(a, i + 1);
      if (title !== null) out.push(title);
    }
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
