/**
 * An acronym in parentheses after its expansion names the same body:
 * "Service de renseignement extérieur (SVR)" gives both mentions, and every
 * later "SVR", one canonical name — the dictionary's if it knows either
 * form, otherwise the expansion with a capital ("Service d'information de
 * sécurité" for "service d'information de sécurité (Bis)"). A known
 * facility's acronym is that place: "Centre spatial guyanais (CSG)".
 */
import { mapCandidates, changed } from '../candidate.js';
import { UNKNOWN, type Candidate, type Refiner } from '../types.js';

/** A known facility, whose acronym in brackets names the same place: "Centre spatial guyanais (CSG)". */
function knownFacility(c: Candidate): boolean {
  return c.type === 'LOCATION' && c.rule === 'dictionary-hit' && c.subtype === 'facility';
}

/** Straight apostrophe and an initial capital: the canonical form of an expansion written in running text. */
function canonicalOf(text: string): string {
  const s = text.replace(/[’‘]/gu, "'").replace(/\s+/gu, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export const linkAcronyms: Refiner = (a, found) => {
  const tokens = a.doc.tokens;
  const byText = new Map<string, { canonical: string; type: string }>();
  const out = [...found];
  for (let n = 0; n + 1 < out.length; n++) {
    const e = out[n];
    const acr = out[n + 1];
    if (e === undefined || acr === undefined || (e.type !== 'ORGANIZATION' && !knownFacility(e)) || acr.type !== 'ORGANIZATION') continue;
    if (tokens[e.tokenEnd]?.key !== '(' || acr.tokenStart !== e.tokenEnd + 1 || tokens[acr.tokenEnd]?.key !== ')') continue;
    if (e.type === 'LOCATION') {
      out[n + 1] = changed(acr, { type: 'LOCATION', canonical: e.canonical, id: e.id, subtype: 'facility' });
      byText.set(a.doc.text.slice(acr.start, acr.end), { canonical: e.canonical, type: 'LOCATION' });
      continue;
    }
    const source = acr.rule === 'dictionary-hit' ? acr : e.rule === 'dictionary-hit' ? e : null;
    const known = source !== null ? source.canonical : canonicalOf(e.canonical);
    out[n] = changed(e, { canonical: known, id: source?.id });
    out[n + 1] = changed(acr, { canonical: known, id: source?.id });
    byText.set(a.doc.text.slice(acr.start, acr.end), { canonical: known, type: 'ORGANIZATION' });
  }
  if (byText.size === 0) return out;
  return mapCandidates(out, (c) => {
    if (!((c.type === 'ORGANIZATION' && c.rule !== 'dictionary-hit') || c.type === UNKNOWN)) return c;
    const link = byText.get(a.doc.text.slice(c.start, c.end));
    return link === undefined ? c : changed(c, link.type === 'LOCATION' ? { type: 'LOCATION', canonical: link.canonical, subtype: 'facility' } : { type: 'ORGANIZATION', canonical: link.canonical });
  });
};
