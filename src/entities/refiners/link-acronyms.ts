/**
 * An acronym in parentheses after its expansion names the same body:
 * "Service de renseignement extérieur (SVR)" gives both mentions, and every
 * later "SVR", one canonical name — the dictionary's if it knows either
 * form, otherwise the expansion with a capital ("Service d'information de
 * sécurité" for "service d'information de sécurité (Bis)"). A known
 * facility's acronym is that place: "Centre spatial guyanais (CSG)".
 */
import { mapCandidates, changed, makeCandidate } from '../candidate.js';
import { UNKNOWN, type Candidate, type Refiner } from '../types.js';
import { foldText } from '../../text/normalize.js';
import { ORG_HEADS } from '../data/org-heads.js';

/** Shortest word compared between an expansion and a dictionary name ("droits", not "des"). */
const MIN_CONTENT_WORD = 4;
/** Share of an expansion's words a dictionary name must hold to be the same body ("pôle national financier (PNF)" is the parquet). */
const SAME_BODY_SHARE = 0.6;

/**
 * Head nouns of organisation names, folded: every party is a "Parti", so the head tells two bodies apart no more
 * than "de" does ("Parti du peuple pakistanais (PPP)" is not the "Parti du pouvoir au peuple").
 */
const GENERIC_HEADS: ReadonlySet<string> = new Set([...ORG_HEADS].map((w) => foldText(w).replace(/[sx]$/u, '')));

/** Content words of a name, folded, without a plural ending, its generic head nouns left out. */
function contentWords(text: string): string[] {
  return foldText(text).split(/[^a-z0-9]+/u).filter((w) => w.length >= MIN_CONTENT_WORD).map((w) => w.replace(/[sx]$/u, '')).filter((w) => !GENERIC_HEADS.has(w));
}

/**
 * Does the expansion written in the text name the dictionary body its acronym stands for? "Observatoire syrien des
 * droits humains" is the "Observatoire syrien des droits de l'homme"; "Observatoire sahélien des droits humains (OSDH)"
 * is another body with the same initials, which the text defines for itself.
 */
function sameBody(expansion: string, canonical: string): boolean {
  const words = contentWords(expansion);
  if (words.length === 0) return true;
  const known = new Set(contentWords(canonical));
  return words.filter((w) => known.has(w)).length >= SAME_BODY_SHARE * words.length;
}

/** A known facility, whose acronym in brackets names the same place: "Centre spatial guyanais (CSG)". */
function knownFacility(c: Candidate): boolean {
  return c.type === 'LOCATION' && c.rule === 'dictionary-hit' && c.subtype === 'facility';
}

/** `c` as the body the text defines, without the id and subtype of the dictionary's homonym. */
function asDefined(c: Candidate, canonical: string): Candidate {
  return makeCandidate({ ...c, canonical, id: undefined, subtype: undefined });
}

/** Straight apostrophe and an initial capital: the canonical form of an expansion written in running text. */
function canonicalOf(text: string): string {
  const s = text.replace(/[’‘]/gu, "'").replace(/\s+/gu, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export const linkAcronyms: Refiner = (a, found) => {
  const tokens = a.doc.tokens;
  const byText = new Map<string, { canonical: string; type: string; redefined: boolean }>();
  const out = [...found];
  for (let n = 0; n + 1 < out.length; n++) {
    const e = out[n];
    const acr = out[n + 1];
    if (e === undefined || acr === undefined || (e.type !== 'ORGANIZATION' && !knownFacility(e)) || acr.type !== 'ORGANIZATION') continue;
    if (tokens[e.tokenEnd]?.key !== '(' || acr.tokenStart !== e.tokenEnd + 1 || tokens[acr.tokenEnd]?.key !== ')') continue;
    if (e.type === 'LOCATION') {
      out[n + 1] = changed(acr, { type: 'LOCATION', canonical: e.canonical, id: e.id, subtype: 'facility' });
      byText.set(a.doc.text.slice(acr.start, acr.end), { canonical: e.canonical, type: 'LOCATION', redefined: false });
      continue;
    }
    // The text defines an acronym the dictionary gives to another body: the text's definition holds in this document.
    // So it does when the dictionary knows that body by its acronym only ("… alimentaire (ANSA)" is not the Italian
    // agency ANSA).
    const acrText = a.doc.text.slice(acr.start, acr.end);
    const redefined = acr.rule === 'dictionary-hit' && e.rule !== 'dictionary-hit' && (acr.canonical === acrText || !sameBody(a.doc.text.slice(e.start, e.end), acr.canonical));
    const source = redefined ? null : acr.rule === 'dictionary-hit' ? acr : e.rule === 'dictionary-hit' ? e : null;
    const known = source !== null ? source.canonical : canonicalOf(e.canonical);
    out[n] = changed(e, { canonical: known, id: source?.id });
    out[n + 1] = redefined ? asDefined(acr, known) : changed(acr, { canonical: known, id: source?.id });
    byText.set(acrText, { canonical: known, type: 'ORGANIZATION', redefined });
  }
  if (byText.size === 0) return out;
  return mapCandidates(out, (c) => {
    if (!((c.type === 'ORGANIZATION' && c.rule !== 'dictionary-hit') || c.type === UNKNOWN || c.rule === 'dictionary-hit')) return c;
    const link = byText.get(a.doc.text.slice(c.start, c.end));
    // A dictionary mention keeps the dictionary's body unless the text redefined its acronym.
    if (c.rule === 'dictionary-hit' && (link === undefined || !link.redefined)) return c;
    if (link === undefined) return c;
    if (link.redefined) return asDefined(c, link.canonical);
    return changed(c, link.type === 'LOCATION' ? { type: 'LOCATION', canonical: link.canonical, subtype: 'facility' } : { type: 'ORGANIZATION', canonical: link.canonical });
  });
};
