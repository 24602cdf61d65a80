import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../index.js';

/** The entity whose text is `surface` (the first one), as "TYPE@start canonical". */
function view(input: string, surface: string): string | undefined {
  const e = extractEntities(input).find((x) => x.text === surface);
  return e === undefined ? undefined : `${e.type}@${e.start} ${e.canonical}`;
}

// [input, surface, expected "TYPE@start canonical"]
const POSITIVE: [string, string, string][] = [
  // An acronym in brackets after an organisation of the dictionary, whatever its initials, and its later uses.
  ['Le parti Droit et justice (PiS) a perdu.', 'PiS', 'ORGANIZATION@27 Droit et justice'],
  ['Soutenu par Droit et justice (PiS), il a gagné.', 'PiS', 'ORGANIZATION@30 Droit et justice'],
  ['Selon la Banque mondiale (BM), la croissance ralentit.', 'BM', 'ORGANIZATION@26 Banque mondiale'],
  // A name read back by its initials never runs over a relative clause.
  ["à l'Assemblée nationale, où son parti, l'Action démocratique nationale (ADN), domine", 'Action démocratique nationale', 'ORGANIZATION@41 Action démocratique nationale'],
  ["au Sénat, dont la commission, le Conseil national des langues (CNL), dépend", 'Conseil national des langues', 'ORGANIZATION@33 Conseil national des langues'],
  // A lower-case expansion opened by an organisation head still names a body.
  ['Le parquet national antiterroriste (PNAT) a été saisi. Le PNAT enquête.', 'PNAT', 'ORGANIZATION@36 Parquet national antiterroriste'],
  // "à <Place>" after an organisation is a place of its own, and the département in brackets after it too.
  ['construites par Alstom à Petite-Forêt (Nord), elles roulent', 'Alstom', 'ORGANIZATION@16 Alstom'],
  ['construites par Alstom à Petite-Forêt (Nord), elles roulent', 'Petite-Forêt', 'LOCATION@25 Petite-Forêt'],
  ['construites par Alstom à Petite-Forêt (Nord), elles roulent', 'Nord', 'LOCATION@39 Nord'],
  ['Une usine à Saint-Amand (Nord) ferme.', 'Nord', 'LOCATION@25 Nord'],
  ['L’usine de Valenciennes (Nord) ferme.', 'Nord', 'LOCATION@25 Nord'],
  ['Les moteurs de Safran à Gennevilliers (ARG) sont prêts.', 'Safran', 'ORGANIZATION@15 Safran'],
];

// [input, surface that must not be an entity of that type, type]
const NEGATIVE: [string, string, string][] = [
  ['Pis encore, le vote a échoué.', 'Pis', 'ORGANIZATION'],
  ['Il travaille chez Airbus (Toulouse) depuis dix ans.', 'Toulouse', 'ORGANIZATION'],
  // Acronyms of things named by a plural common noun, where defined and later.
  ['Ils portaient des détecteurs de victimes d’avalanche (DVA). Le DVA ne suffit pas.', 'DVA', 'ORGANIZATION'],
  ['Ils portaient des détecteurs de victimes d’avalanche (DVA). Le DVA ne suffit pas.', 'détecteurs de victimes d’avalanche', 'ORGANIZATION'],
  ['Les équipements de protection individuelle (EPI) manquent.', 'EPI', 'ORGANIZATION'],
  ['Les engins explosifs improvisés (EEI) tuent encore. Un EEI a explosé.', 'EEI', 'ORGANIZATION'],
  ["à l'Assemblée nationale, où son parti, l'Action démocratique nationale (ADN), domine", "Assemblée nationale, où son parti, l'Action démocratique nationale", 'ORGANIZATION'],
  ['construites par Alstom à Petite-Forêt (Nord), elles roulent', 'Alstom à Petite-Forêt', 'ORGANIZATION'],
  ['construites par Alstom à Petite-Forêt (Nord), elles roulent', 'Nord', 'ORGANIZATION'],
  ['Les moteurs de Safran à Gennevilliers (ARG) sont prêts.', 'Safran à Gennevilliers', 'ORGANIZATION'],
  ['La Corée du Nord a tiré un missile.', 'Nord', 'LOCATION'],
  ['Le Conseil régional (Nord) a voté.', 'Nord', 'LOCATION'],
  ['Le recul du produit intérieur brut (PIB) inquiète la Banque mondiale.', 'PIB', 'ORGANIZATION'],
];

describe('names of the news', () => {
  it.each(POSITIVE)('%s → %s', (input, surface, expected) => {
    expect(view(input, surface)).toBe(expected);
  });
  it.each(NEGATIVE)('%s: %s is no %s', (input, surface, type) => {
    expect(extractEntities(input).filter((e) => e.text === surface && e.type === type)).toEqual([]);
  });
});
