/**
 * A named body mentioned again by its head alone: "l'Union" after "Union
 * européenne", "la Commission" after "Commission européenne", "le Conseil"
 * after "Conseil national de sécurité". A capitalised head after a definite
 * article, not part of a longer name, is that organisation when exactly one
 * organisation of the text opens with this head before it. A parliament
 * named by its head alone ("le Parlement", "du Sénat", "la Douma") is an
 * organisation of its own when no such name comes before.
 */
import { candidate } from '../candidate.js';
import { lookupName } from '../lookup.js';
import { DEFINITE_ARTICLES, OF_LINKS } from '../data/name-context.js';
import { ASSEMBLY_NAMES, ORG_HEADS } from '../data/org-heads.js';
import { shapeOf } from '../analysis.js';
import { personAfterPersonlessHead } from '../rules/org-name.js';
import { CAP, CAPS, UNKNOWN, type Candidate, type Refiner } from '../types.js';
import { markRange } from '../../text/marks.js';

/** Heads that name a country's assembly on their own, capitalised after an article. */
const ASSEMBLIES: ReadonlySet<string> = new Set(['parlement', 'sénat', 'chambre', 'congrès', 'diète', 'douma', 'knesset', 'bundestag', 'storting', 'folketing', 'riksdag', 'sejm', 'assemblée']);

/** Nouns of places named after an assembly: "la colline du Parlement", "la place du Parlement". */
const PLACE_NOUNS: ReadonlySet<string> = new Set(['colline', 'place', 'rue', 'avenue', 'boulevard', 'esplanade', 'quai', 'parvis', 'abords', 'jardins', 'bâtiment']);


/** A lower-case noun at `i`, after an optional "la" or "l'": the complement of another name ("de services", "de la recherche"). */
function lowerNounAfter(a: Parameters<Refiner>[0], i: number): boolean {
  const k = a.doc.tokens[i]?.key;
  const j = k === 'la' || k === "l'" ? i + 1 : i;
  const t = a.doc.tokens[j];
  return t !== undefined && t.kind === 'word' && a.shape[j] === 0 && t.key.length >= 4;
}

export const shortOrgHead: Refiner = (a, found) => {
  const tokens = a.doc.tokens;
  // Organisations of two words or more by their capitalised head: "union" → Union européenne.
  const byHead = new Map<string, Candidate[]>();
  for (const c of found) {
    if (c.type !== 'ORGANIZATION') continue;
    // The head of its canonical name: "UE" and "Union européenne" both open with "Union".
    const space = c.canonical.indexOf(' ');
    const head = space > 0 ? c.canonical.slice(0, space) : '';
    const key = head.toLowerCase();
    if (shapeOf(head) !== CAP || !ORG_HEADS.has(key)) continue;
    let list = byHead.get(key);
    if (list === undefined) byHead.set(key, (list = []));
    list.push(c);
  }
  // Heads after an article, then those no other reading holds (untyped names give way).
  const heads: number[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (a.shape[i] !== CAP) continue;
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (t === undefined || prev === undefined || !(byHead.has(t.key) || ASSEMBLIES.has(t.key)) || prev.sentence !== t.sentence || !DEFINITE_ARTICLES.has(prev.key)) continue;
    heads.push(i);
  }
  if (heads.length === 0) return found;
  const taken = new Uint8Array(tokens.length);
  for (const c of found) if (c.tokenStart >= 0 && c.type !== UNKNOWN) markRange(taken, c.tokenStart, c.tokenEnd);
  const added: Candidate[] = [];
  for (const i of heads) {
    const t = tokens[i];
    if (t === undefined || t.kind !== 'word' || taken[i] === 1 || a.capsSentence[t.sentence] === true) continue;
    // Not the first word of a longer name: "l'Union africaine", "la Commission Juncker".
    const next = tokens[i + 1];
    // ("du Parlement Mohammed al-Halboussi": a person after it is no part of its name.)
    if (next !== undefined && next.sentence === t.sentence && next.kind === 'word' && ((a.shape[i + 1] ?? 0) & (CAP | CAPS)) !== 0 && !personAfterPersonlessHead(a, i, i + 1)) continue;
    // "le Centre de services scolaire des Portages…" after "Centre de services scolaire de Montréal": a complement makes another name.
    if (next !== undefined && OF_LINKS.has(next.key) && lowerNounAfter(a, i + 2)) continue;
    const before = (byHead.get(t.key) ?? []).filter((c) => c.end <= t.start);
    const names = new Set(before.map((c) => c.canonical));
    const first = before[0];
    if (names.size !== 1 || first === undefined) {
      // "le Parlement": the assembly of the story, named by its head.
      // ("la colline du Parlement", "la place du Parlement": a place named after it.)
      if (before.length === 0 && ASSEMBLIES.has(t.key) && !PLACE_NOUNS.has(tokens[i - 2]?.key ?? '')) {
        // "l'Assemblée rejette …": the national assembly (the dictionary's entry, when it has one).
        const full = ASSEMBLY_NAMES.get(t.key);
        const known = full === undefined ? null : lookupName(a.ctx.dictionaries, full, 'ORGANIZATION');
        const named = full === undefined ? {} : { canonical: known?.canonical ?? full, ...(known?.id !== undefined ? { id: known.id } : {}) };
        added.push(candidate(a, i, i + 1, { type: 'ORGANIZATION', rule: 'short-org-head', rank: 3, confidence: 0.6, ...named }));
      }
      continue;
    }
    added.push(
      candidate(a, i, i + 1, {
        type: 'ORGANIZATION',
        rule: 'short-org-head',
        rank: 3,
        confidence: 0.7,
        canonical: first.canonical,
        ...(first.id !== undefined ? { id: first.id } : {}),
        ...(first.subtype !== undefined ? { subtype: first.subtype } : {}),
      }),
    );
  }
  if (added.length === 0) return found;
  const kept = found.filter((c) => c.type !== UNKNOWN || !added.some((n) => c.start < n.end && n.start < c.end));
  return [...kept, ...added].sort((x, y) => x.start - y.start || y.end - x.end);
};
