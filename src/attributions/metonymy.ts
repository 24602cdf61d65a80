/**
 * A capital speaks for its state: "Séoul a accusé…" → "Corée du Sud",
 * "Moscou et Pyongyang ont nié" → "Russie et Corée du Nord". The span and
 * the entity type stay those of the city; only the speaker's canonical name
 * changes. Capitals are the first city of each country in the built-in
 * list (ids "city:<ISO>:<slug>", country ids "iso:<ISO>").
 */
import type { Entity } from '../types.js';
import { parseEntries } from '../lexicon/builtin-entry.js';
import { CITY_ENTRIES_JSON, COUNTRY_ENTRIES_JSON } from '../lexicon/generated/geo.js';

let capitals: ReadonlyMap<string, string> | null = null;

/** City id → canonical name of its country, for capitals only. Built on first use. */
function capitalStates(): ReadonlyMap<string, string> {
  if (capitals !== null) return capitals;
  const countries = new Map<string, string>();
  for (const c of parseEntries(COUNTRY_ENTRIES_JSON)) if (c.id.startsWith('iso:')) countries.set(c.id.slice(4), c.canonical);
  const out = new Map<string, string>();
  const seen = new Set<string>();
  for (const city of parseEntries(CITY_ENTRIES_JSON)) {
    const code = city.id.split(':')[1];
    if (code === undefined || seen.has(code)) continue;
    seen.add(code);
    const state = countries.get(code);
    if (state !== undefined) out.set(city.id, state);
  }
  capitals = out;
  return out;
}

/**
 * The state a capital stands for when it is a speaker, or undefined.
 *
 * @example
 * stateCanonical({ text: 'Séoul', type: 'LOCATION', id: 'city:KR:seoul', … }) // 'Corée du Sud'
 */
export function stateCanonical(e: Entity): string | undefined {
  if (e.type !== 'LOCATION' || e.id === undefined || !e.id.startsWith('city:')) return undefined;
  return capitalStates().get(e.id);
}
