/**
 * Two well-known people joined by a hyphen, as headlines pair a couple or a
 * duo by their surnames: "le couple Ortega-Murillo", "le tandem
 * Poutine-Medvedev". Each half is a PERSON of its own, its span inside the
 * word, when it is the surname of exactly one dictionary person and the two
 * are different people. A hyphenated surname that the dictionaries know whole
 * is a dictionary entry and never reaches this rule; a compound surname whose
 * halves are not both famous surnames ("Lévi-Strauss"), or that follows a first
 * name ("Ana Ortega-Murillo"), stays one name.
 */
import { candidate, makeCandidate } from '../candidate.js';
import { FIRST_NAME_KEYS } from '../lexicons.js';
import { dictionarySurnameOwner, isDictionarySurname } from '../refiners/link-persons.js';
import type { Candidate, Rule } from '../types.js';
import { defineWordClass } from '../../text/word-classes.js';

/** Two capitalised halves around one inner hyphen: the only words this rule reads. */
const PAIR_SHAPE = /^\p{Lu}[\p{Ll}\p{Lu}]+-\p{Lu}[\p{Ll}\p{Lu}]+$/u;
const PAIRED = defineWordClass((w) => PAIR_SHAPE.test(w.text));

export const personPair: Rule = {
  id: 'person-pair',
  find(a) {
    const out: Candidate[] = [];
    const tokens = a.doc.tokens;
    const dictionaries = a.ctx.dictionaries;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t === undefined || (t.classes & PAIRED) === 0 || t.kind !== 'word' || a.dictAt[i] !== -1) continue;
      if (isDictionarySurname(dictionaries, t.fold)) continue;
      const before = tokens[i - 1];
      if (before !== undefined && before.kind === 'word' && FIRST_NAME_KEYS.has(before.fold)) continue;
      const dash = t.text.indexOf('-');
      const folds = t.fold.split('-');
      if (folds.length !== 2) continue;
      const left = dictionarySurnameOwner(dictionaries, folds[0] ?? '');
      const right = dictionarySurnameOwner(dictionaries, folds[1] ?? '');
      if (left === null || right === null || left.canonical === right.canonical) continue;
      const init = { type: 'PERSON', rule: 'person-pair', rank: 2, confidence: 0.8 } as const;
      const base = (p: { canonical: string; id?: string }): Candidate => candidate(a, i, i + 1, { ...init, canonical: p.canonical, id: p.id });
      out.push(makeCandidate({ ...base(left), start: t.start, end: t.start + dash }));
      out.push(makeCandidate({ ...base(right), start: t.start + dash + 1, end: t.end }));
    }
    return out;
  },
};
