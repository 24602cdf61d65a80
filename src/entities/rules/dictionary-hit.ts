/**
 * Dictionary hits (user dictionaries, then the built-in gazetteer) as
 * entities with their canonical name, id and subtype: "Etats-Unis" →
 * LOCATION "États-Unis", "Otan" → ORGANIZATION "OTAN".
 */
import { BUILTIN_PRIORITY } from '../../lexicon/builtins.js';
import { candidate } from '../candidate.js';
import { ACTING_BEFORE, ACTING_VERBS, AIRPORT_WORDS, FEMININE_GEO_FEATURE_NOUNS, GEO_FEATURE_NOUNS } from '../data/geo-features.js';
import { DEMONYM_NOUN_DETERMINERS, GENERATION_SUFFIXES, LANGUAGE_USE_WORDS, NATIONAL_SOCIETY_HEADS, PLURAL_LOOKING_FUNCTION_WORDS } from '../data/name-context.js';
import { CURRENCY_NAMES, SUBUNIT_CURRENCY } from '../../quantities/data/currencies.js';
import { HUNDRED_WORDS, SCALE_WORDS, THOUSAND_WORDS, UNIT_WORDS, VAGUE_NOUNS } from '../../quantities/data/number-words.js';
import { TREATY_NOUNS, TREATY_SUBJECT_LINKS } from '../data/events.js';
import { CAPS, type Analysis, type Candidate, type Rule } from '../types.js';
import { HONORIFICS } from '../data/titles.js';
import { FIRST_NAME_KEYS } from '../lexicons.js';
import { hitAt } from '../analysis.js';

/** "Ferdinand Marcos Jr. a dit": a person's name ending in "Jr" or "Sr" takes its glued dot, unless the dot ends the sentence. */
function withSuffixDot(a: Analysis, start: number, end: number, type: string): number {
  const last = a.doc.tokens[end - 1];
  const dot = a.doc.tokens[end];
  const next = a.doc.tokens[end + 1];
  if (type !== 'PERSON' || end - start < 2 || last === undefined || dot === undefined || next === undefined) return end;
  return GENERATION_SUFFIXES.has(last.key) && dot.text === '.' && !dot.spaceBefore && next.sentence === dot.sentence ? end + 1 : end;
}

/**
 * Is the word at `i` the qualifier of the currency name of an amount ("500
 * livres soudanaises", "30 milliards de dollars canadiens")? The currency
 * itself, named without an amount ("le peso argentin", "la livre turque"),
 * keeps its demonym as a nationality.
 */
function currencyQualifier(a: Analysis, i: number): boolean {
  const before = a.doc.tokens[i - 1]?.fold ?? '';
  // "70 cents américains": a sub-unit takes the qualifiers of its currency.
  const name = CURRENCY_NAMES.get(SUBUNIT_CURRENCY.get(before) ?? before);
  if (name?.qualifiers?.has(a.doc.tokens[i]?.fold ?? '') !== true) return false;
  let k = i - 2;
  const of = a.doc.tokens[k]?.key;
  if (of === 'de' || of === "d'") k--;
  const t = a.doc.tokens[k];
  return t !== undefined && (t.kind === 'number' || SCALE_WORDS.has(t.key) || UNIT_WORDS.has(t.key) || THOUSAND_WORDS.has(t.key) || HUNDRED_WORDS.has(t.key) || VAGUE_NOUNS.has(t.key));
}

/**
 * Start of the person whose surname is the capitalised word at `i` (a
 * one-word demonym, place or organisation of the dictionary): the first name right before it ("André
 * Breton"), or the word itself after "M." or "Mme" ("M. Breton"); -1 when
 * neither.
 */
function surnameStart(a: Analysis, i: number): number {
  const t = a.doc.tokens[i];
  const prev = a.doc.tokens[i - 1];
  if (t === undefined || prev === undefined || a.shape[i] === 0 || ((a.shape[i] ?? 0) & CAPS) !== 0 || !t.spaceBefore) return -1;
  if (HONORIFICS.has(prev.key) || (prev.key === '.' && HONORIFICS.has(a.doc.tokens[i - 2]?.key ?? ''))) return i;
  if (prev.kind === 'word' && a.shape[i - 1] !== 0 && a.dictAt[i - 1] === -1 && FIRST_NAME_KEYS.has(prev.fold) && prev.sentence === t.sentence) return i - 1;
  return -1;
}

/** Press nouns that name a medium right after them: "le quotidien Sud Ouest", "l'hebdomadaire Le Point". */
const PRESS_NOUNS: ReadonlySet<string> = new Set([
  'journal', 'quotidien', 'hebdomadaire', 'magazine', 'mensuel', 'tabloïd', 'revue', 'radio', 'chaîne', 'titre',
]);

/**
 * Start of a medium named like a place, the place of the dictionary at `i`
 * coming right after a press noun (and its demonym or "régional"): the
 * place itself, or the capitalised article before it ("La Provence"); -1
 * when no press noun announces it.
 */
function mediumStart(a: Analysis, i: number): number {
  const tokens = a.doc.tokens;
  let j = i - 1;
  // Never a read at index -1 (a place opening the text): see `hitAt`.
  const article = j >= 0 ? tokens[j] : undefined;
  const withArticle = article !== undefined && (article.text === 'La' || article.text === 'Le' || article.text === 'L’' || article.text === "L'");
  if (withArticle) j--;
  let k = j;
  // "le quotidien régional Sud Ouest", "le journal belge Le Soir"
  while (k >= 0 && k > j - 2 && (tokens[k]?.key === 'régional' || tokens[k]?.key === 'local' || hitAt(a, k)?.payload.type === 'NATIONALITY')) k--;
  const noun = k >= 0 ? tokens[k] : undefined;
  if (noun === undefined || !PRESS_NOUNS.has(noun.key) || noun.text !== noun.key || noun.sentence !== tokens[i]?.sentence) return -1;
  return withArticle ? i - 1 : i;
}

/** Demonym hits read as names only in lower case or as a capitalised noun; both are NATIONALITY. */
/**
 * The demonym at `i` qualifies the geographic noun before it ("la péninsule
 * coréenne", "la mer Baltique"); a masculine demonym after a feminine noun
 * qualifies another noun ("les produits de la mer japonais"), and one
 * before the feature's own name tells whose it is ("l'île chinoise de
 * Hainan").
 */
function geoFeatureQualifier(a: Analysis, i: number): boolean {
  const tokens = a.doc.tokens;
  const noun = tokens[i - 1]?.key ?? '';
  if (!GEO_FEATURE_NOUNS.has(noun)) return false;
  // "l'île chinoise de Hainan": the feature's own name follows, the demonym tells whose it is.
  const of = tokens[i + 1]?.key;
  if ((of === 'de' || of === "d'") && (a.shape[i + 2] ?? 0) !== 0) return false;
  const demonym = tokens[i]?.key ?? '';
  return !FEMININE_GEO_FEATURE_NOUNS.has(noun) || demonym.endsWith('e') || demonym.endsWith('es');
}

/** The demonym at `i` is a word of a treaty's name: "le pacte européen sur la migration et l'asile". */
function namesTreaty(a: Analysis, i: number): boolean {
  const tokens = a.doc.tokens;
  return TREATY_NOUNS.has(tokens[i - 1]?.key ?? '') && TREATY_SUBJECT_LINKS.has(tokens[i + 1]?.key ?? '') && tokens[i + 1]?.sentence === tokens[i]?.sentence;
}

/** Masculine singular definite articles: a lower-case demonym right after one, as a noun, is a language. */
const LANGUAGE_ARTICLES: ReadonlySet<string> = new Set(["l'", 'le']);

/**
 * The lower-case demonym at `i` names a language: "en anglais", "son sigle anglais", "la version arabe", "il parle
 * l'allemand et l'italien" (a demonym noun of persons is capitalised, "le Portugais"; a firm by its country keeps
 * its name after it, "le français Alstom", "l'allemand Siemens").
 */
function namesLanguage(a: Analysis, i: number): boolean {
  if (a.shape[i] !== 0) return false;
  const tokens = a.doc.tokens;
  const prev = tokens[i - 1]?.key ?? '';
  if (LANGUAGE_USE_WORDS.has(prev)) return true;
  const next = tokens[i + 1];
  const nameFollows = next !== undefined && next.kind === 'word' && next.sentence === tokens[i]?.sentence && a.shape[i + 1] !== 0;
  return LANGUAGE_ARTICLES.has(prev) && !nameFollows;
}

/** The facility named over `start..end` acts as its institution: a verb follows, or "selon", "par" comes before. */
function actingFacility(a: Analysis, start: number, end: number): boolean {
  return ACTING_VERBS.has(a.doc.tokens[end]?.key ?? '') || ACTING_BEFORE.has(a.doc.tokens[start - 1]?.key ?? '');
}

/** Does the key end in a plural mark (s, x)? */
function pluralMark(key: string): boolean {
  return key.endsWith('s') || key.endsWith('x');
}

/**
 * A one-word lower-case hit at `start` right after a lower-case plural noun, agreeing with it like an adjective:
 * "200 combattants talibans" ("des talibans" is the group). The invariant name stays the group: "les islamistes shebab";
 * so does any after the definite plural, "les rebelles houthis".
 */
function qualifiesPluralNoun(a: Analysis, start: number, end: number): boolean {
  const t = a.doc.tokens[start];
  const prev = a.doc.tokens[start - 1];
  if (end !== start + 1 || t === undefined || prev === undefined || a.shape[start] !== 0 || prev.kind !== 'word' || a.shape[start - 1] !== 0) return false;
  const k = prev.key;
  // "les rebelles houthis" (dev): after the definite article the noun and the name are the whole group, named.
  if (a.doc.tokens[start - 2]?.key === 'les') return false;
  return k.length > 3 && pluralMark(k) && pluralMark(t.key) && !PLURAL_LOOKING_FUNCTION_WORDS.has(k) && a.dictAt[start - 1] === -1;
}

export const dictionaryHit: Rule = {
  id: 'dictionary-hit',
  find(a) {
    const out: Candidate[] = [];
    for (const m of a.dict) {
      const user = m.payload.priority < BUILTIN_PRIORITY;
      const p = m.payload;
      // "la péninsule coréenne", "la mer Baltique": a geographic common noun phrase, not a nationality.
      if (!user && p.type === 'NATIONALITY' && geoFeatureQualifier(a, m.tokenStart)) continue;
      // "le pacte européen sur la migration": the demonym is a word of the treaty's name.
      if (!user && p.type === 'NATIONALITY' && m.tokenEnd === m.tokenStart + 1 && namesTreaty(a, m.tokenStart)) continue;
      // "en anglais", "son sigle anglais": a language, not a nationality.
      if (!user && p.type === 'NATIONALITY' && m.tokenEnd === m.tokenStart + 1 && namesLanguage(a, m.tokenStart)) continue;
      // "livres soudanaises", "dollars canadiens": the demonym names the currency, it is part of an amount.
      if (!user && p.type === 'NATIONALITY' && currencyQualifier(a, m.tokenStart)) continue;
      // "André Breton", "M. Picard": a capitalised demonym after a first name or an honorific is a surname; so is a
      // one-word place or organisation ("Lewis Hamilton", "Marc Wagner", "Serge Dassault").
      if (!user && p.type !== 'PERSON' && m.tokenEnd === m.tokenStart + 1) {
        const from = surnameStart(a, m.tokenStart);
        if (from !== -1) {
          out.push(candidate(a, from, m.tokenEnd, { type: 'PERSON', rule: 'demonym-surname', rank: 2, confidence: 0.8 }));
          continue;
        }
      }
      // "Amnesty International Indonésie", "Transparency International Géorgie": a national chapter.
      if (!user && p.type === 'ORGANIZATION' && a.doc.tokens[m.tokenEnd - 1]?.key === 'international') {
        const next = hitAt(a, m.tokenEnd);
        if (next !== undefined && next.tokenStart === m.tokenEnd && next.payload.subtype === 'country' && a.doc.tokens[m.tokenEnd]?.spaceBefore === true) {
          out.push(candidate(a, m.tokenStart, next.tokenEnd, { type: 'ORGANIZATION', rule: 'dictionary-hit', rank: 2, confidence: 0.8 }));
          continue;
        }
      }
      // "le Croissant-Rouge égyptien", "la Croix-Rouge française": a national society of the movement.
      if (!user && p.type === 'ORGANIZATION' && NATIONAL_SOCIETY_HEADS.has(a.doc.tokens[m.tokenEnd - 1]?.key ?? '')) {
        const next = hitAt(a, m.tokenEnd);
        if (next !== undefined && next.tokenEnd === m.tokenEnd + 1 && next.payload.type === 'NATIONALITY' && a.shape[m.tokenEnd] === 0) {
          out.push(candidate(a, m.tokenStart, next.tokenEnd, { type: 'ORGANIZATION', rule: 'dictionary-hit', rank: 2, confidence: 0.8 }));
          continue;
        }
      }
      // "Aucun vol n'a quitté Brussels Airport": the airport is a place; "Brussels Airport a annulé …" the operator acting.
      if (!user && p.type === 'ORGANIZATION' && AIRPORT_WORDS.has(a.doc.tokens[m.tokenEnd - 1]?.key ?? '') && !actingFacility(a, m.tokenStart, m.tokenEnd)) {
        out.push(candidate(a, m.tokenStart, m.tokenEnd, { type: 'LOCATION', canonical: p.canonical, subtype: 'facility', rule: 'dictionary-hit', rank: 2, confidence: 0.8 }));
        continue;
      }
      // "200 combattants talibans": a lower-case group name after a plural noun qualifies it, no organisation.
      if (!user && p.type === 'ORGANIZATION' && qualifiesPluralNoun(a, m.tokenStart, m.tokenEnd)) continue;
      // "aucun Suisse", "le Suisse Marco Odermatt": a country that is also a demonym noun, after a masculine determiner.
      if (!user && p.type === 'LOCATION' && m.tokenEnd === m.tokenStart + 1 && DEMONYM_NOUN_DETERMINERS.has(a.doc.tokens[m.tokenStart - 1]?.key ?? '')) {
        const demonym = m.alternatives.find((x) => x.type === 'NATIONALITY');
        if (demonym !== undefined) {
          out.push(candidate(a, m.tokenStart, m.tokenEnd, { type: 'NATIONALITY', canonical: demonym.canonical, id: demonym.id, subtype: demonym.subtype, rule: 'dictionary-hit', rank: 2, confidence: 0.8 }));
          continue;
        }
      }
      // "le quotidien Sud Ouest", "le journal La Provence": a place named as a medium by its press noun.
      if (!user && p.type === 'LOCATION') {
        const from = mediumStart(a, m.tokenStart);
        if (from !== -1) {
          out.push(candidate(a, from, m.tokenEnd, { type: 'ORGANIZATION', rule: 'dictionary-hit', rank: 2, confidence: 0.8 }));
          continue;
        }
      }
      out.push(
        candidate(a, m.tokenStart, withSuffixDot(a, m.tokenStart, m.tokenEnd, p.type), {
          type: p.type,
          canonical: p.canonical,
          id: p.id,
          subtype: p.subtype,
          rule: 'dictionary-hit',
          // User entries beat every other reading; built-ins compete with institutional names.
          rank: user ? 0 : 2,
          confidence: user ? 0.99 : 0.95,
        }),
      );
    }
    return out;
  },
};
