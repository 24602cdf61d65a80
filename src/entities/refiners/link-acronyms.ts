/**
 * An acronym in parentheses after its expansion names the same body:
 * "Service de renseignement extérieur (SVR)" gives both mentions, and every
 * later "SVR", one canonical name — the dictionary's if it knows either
 * form, otherwise the expansion with a capital ("Service d'information de
 * sécurité" for "service d'information de sécurité (Bis)").
 */
import { changed } from '../candidate.js';
import { UNKNOWN, type Refiner } from '../types.js';

/** Straight apostrophe and an initial capital: the canonical form of an expansion written in running text. */
function canonicalOf(text: string): string {
  const s = text.replace(/[’‘]/gu, "'").replace(/\s+/gu, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export const linkAcronyms: Refiner = (a, found) => {
  const tokens = a.doc.tokens;
  const byText = new Map<string, string>();
  const out = [...found];
  for (let n = 0; n + 1 < out.length; n++) {
    const e = out[n];
    const acr = out[n + 1];
    if (e === undefined || acr === undefined || e.type !== 'ORGANIZATION' || acr.type !== 'ORGANIZATION') continue;
    if (tokens[e.tokenEnd]?.key !== '(' || acr.tokenStart !== e.tokenEnd + 1 || tokens[acr.tokenEnd]?.key !== ')') continue;
    const source = acr.rule === 'dictionary-hit' ? acr : e.rule === 'dictionary-hit' ? e : null;
    const known = source !== null ? source.canonical : canonicalOf(e.canonical);
    out[n] = changed(e, { canonical: known, id: source?.id });
    out[n + 1] = changed(acr, { canonical: known, id: source?.id });
    byText.set(a.doc.text.slice(acr.start, acr.end), known);
  }
  if (byText.size === 0) return out;
  return out.map((c) => {
    if (!((c.type === 'ORGANIZATION' && c.rule !== 'dictionary-hit') || c.type === UNKNOWN)) return c;
    const canonical = byText.get(a.doc.text.slice(c.start, c.end));
    return canonical === undefined ? c : changed(c, { type: 'ORGANIZATION', canonical });
  });
};
