import { describe, expect, it } from 'vitest';
import { found as typed } from '../test-utils.js';

// [input, expected entity "TYPE:text@start"]
const NAMED_FACILITIES: [string, string][] = [
  // A city gate, a palace gallery, a racing circuit: the noun belongs to the name.
  ['Les supporters sont arrivés porte de la Chapelle, à Paris.', 'LOCATION:porte de la Chapelle@28'],
  ['Le salon se tient porte Maillot.', 'LOCATION:porte Maillot@18'],
  ['Les bijoux étaient exposés dans la galerie d’Apollon, au Louvre.', 'LOCATION:galerie d’Apollon@35'],
  ['La course a eu lieu sur le circuit de Yas Marina, à Abou Dhabi.', 'LOCATION:circuit de Yas Marina@27'],
  ['Le Grand Prix se court sur le circuit Paul-Ricard.', 'LOCATION:circuit Paul-Ricard@30'],
  // A street or square named after a date.
  ['Ils se sont rassemblés place du 13-Mai, à Antananarivo.', 'LOCATION:place du 13-Mai@23'],
  ['Il habite rue du 4-Septembre.', 'LOCATION:rue du 4-Septembre@10'],
  ['Le défilé passe avenue du 8-Mai-1945.', 'LOCATION:avenue du 8-Mai-1945@16'],
  // A known town after a lower-case gate noun: the town.
  ['Ils ont manifesté porte de Versailles.', 'LOCATION:Versailles@27'],
  // A river named right after its noun is its name alone (not a colour name); a town's prison is an institution.
  ['Le Hezbollah doit se retirer au sud du fleuve Litani.', 'LOCATION:Litani@46'],
  ['La crue de la rivière Kelani a contraint 230 000 personnes à fuir.', 'LOCATION:Kelani@22'],
  ['Le fleuve Rouge traverse Hanoï.', 'LOCATION:fleuve Rouge@3'],
  ['Les contrôleurs ont visité la maison d’arrêt de Nîmes en 2025.', 'ORGANIZATION:maison d’arrêt de Nîmes@30'],
  ['Il a été transféré au centre pénitentiaire de Fresnes.', 'ORGANIZATION:centre pénitentiaire de Fresnes@22'],
  // An institution's name takes a capitalised demonym and its town after "de" (a hospital's, not after a comma).
  ['En 2022, le centre hospitalier Sud Francilien, à Corbeil-Essonnes, avait subi une attaque.', 'ORGANIZATION:centre hospitalier Sud Francilien@12'],
  ['L’étincelle est venue de l’hôpital Hassan-II d’Agadir, où huit femmes sont mortes.', 'ORGANIZATION:hôpital Hassan-II d’Agadir@27'],
  ['Il est soigné à la clinique Pasteur de Toulouse.', 'ORGANIZATION:clinique Pasteur de Toulouse@19'],
  ['Il est soigné à l’hôpital Henri-Mondor, à Créteil.', 'ORGANIZATION:hôpital Henri-Mondor@18'],
  ['Il est soigné à l’hôpital Henri-Mondor, à Créteil.', 'LOCATION:Créteil@42'],
  // A capitalised size adjective opens a facility's capitalised name.
  ['Le futur Grand Stade Hassan-II, près de Casablanca, accueillera la finale.', 'LOCATION:Grand Stade Hassan-II@9'],
  // An unknown name after a local office and its "de" is its town.
  ['Le maire de Petit-Caux, Jean-Marc Lefrançois, se félicite.', 'LOCATION:Petit-Caux@12'],
  ['Le bourgmestre d’Anderlues a parlé.', 'LOCATION:Anderlues@17'],
  // A lower-case "port de" and a name: the town alone, known or not; a capitalised "Port" or an article keeps the noun.
  ['Il a débarqué dans le port de Shëngjin hier.', 'LOCATION:Shëngjin@30'],
  ['Le port de Korgat est bloqué.', 'LOCATION:Korgat@11'],
  // A base and its adjectives or demonym before "de": the town alone, the demonym a nationality.
  ['Ils visitent la base spatiale américaine de Pituffik, au Groenland.', 'LOCATION:Pituffik@44'],
  ['Ils visitent la base spatiale américaine de Pituffik, au Groenland.', 'NATIONALITY:américaine@30'],
  ['La base aérienne de Kharkhor est visée.', 'LOCATION:Kharkhor@20'],
  ['Le Port de Marseille-Fos investit.', 'LOCATION:Port de Marseille-Fos@3'],
  ['Le port de la Pointe-des-Galets est fermé.', 'LOCATION:port de la Pointe-des-Galets@3'],
  // A hotel by its own name, the noun included; the prime minister's residence stays the institution.
  ['Une voiture a explosé devant l’hôtel Hiiraan Palace vers 18h30.', 'LOCATION:hôtel Hiiraan Palace@31'],
  ['Il loge à l’hôtel Ritz, place Vendôme.', 'LOCATION:hôtel Ritz@12'],
  ['Il a été reçu à l’hôtel Matignon.', 'ORGANIZATION:Matignon@24'],
];

const NOT_FACILITIES: [string, string][] = [
  // Common uses of the nouns name nothing.
  ['La porte du bureau était fermée.', 'porte'],
  ['La Turquie, porte de l’Europe, négocie.', 'porte'],
  ['Le circuit court favorise les producteurs.', 'circuit'],
  ['Il a gagné le 13 mai sur la place du marché.', 'place'],
  // Not after a national office nor an assistant.
  ['Le ministre de Lutèce Xandrin a parlé.', 'LOCATION:Lutèce'],
  // The port noun is no part of the town.
  ['Il a débarqué dans le port de Shëngjin hier.', 'port de'],
  ['La base aérienne de Kharkhor est visée.', 'base aérienne'],
  ['L’attaque contre un hôtel de Mogadiscio a fait 27 morts.', 'hôtel'],
  ['Les clients de l’hôtel Matignon sont rares.', 'hôtel'],
];

describe('named facilities of the held-out sets', () => {
  it.each(NAMED_FACILITIES)('%s → %s', (input, expected) => {
    expect(typed(input)).toContain(expected);
  });
  it.each(NOT_FACILITIES)('%s: nothing on %s', (input, word) => {
    expect(typed(input).filter((e) => e.includes(word))).toEqual([]);
  });
});

// Places listed after a plural place noun and ", dont", and a town's shelter.
const LISTED_PLACES: [string, string][] = [
  ["Quatre villages, dont Ribaute et Camplong-d'Aude, ont été évacués.", 'LOCATION:Ribaute@22'],
  ["Quatre villages, dont Ribaute et Camplong-d'Aude, ont été évacués.", "LOCATION:Camplong-d'Aude@33"],
  ['Trois communes, dont Gruissan, Sigean et Portel-des-Corbières, ont été évacuées.', 'LOCATION:Portel-des-Corbières@41'],
  ['Elles ont été hébergées dans un gymnase de Lézignan-Corbières.', 'LOCATION:Lézignan-Corbières@43'],
  ['La circulation est interrompue au poste-frontière de Jarinje, où les camions attendent.', 'LOCATION:Jarinje@53'],
  ['Dans le district de Tapanuli central, le plus touché, il est tombé 300 mm.', 'LOCATION:Tapanuli central@20'],
  // A hospital quoted as a source is the institution; struck or evacuated, the building.
  ['Un manifestant a été blessé, selon l’hôpital de Mitrovica-Nord.', 'ORGANIZATION:hôpital de Mitrovica-Nord@37'],
  ['L’hôpital de Mitrovica-Nord a été évacué.', 'LOCATION:hôpital de Mitrovica-Nord@2'],
];

const NOT_LISTED: [string, string][] = [
  // A first name after "dont", a list after no place noun.
  ['Trois villages, dont Marie Dupont est la maire, ont voté.', 'LOCATION:Marie'],
  ['Plusieurs élus, dont Fabrice Lenoir et Gwenola Karrec, ont voté.', 'LOCATION'],
  ['La circulation est interrompue au poste-frontière de Jarinje, où les camions attendent.', 'poste-frontière'],
];

describe('places listed after a place noun', () => {
  it.each(LISTED_PLACES)('%s → %s', (input, expected) => {
    expect(typed(input)).toContain(expected);
  });
  it.each(NOT_LISTED)('%s: nothing on %s', (input, word) => {
    expect(typed(input).filter((e) => e.includes(word))).toEqual([]);
  });
});
