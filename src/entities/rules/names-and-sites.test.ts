import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../index.js';

/** Exact entities (type:text@start→canonical) of a sentence. */
function withCanonical(text: string): string[] {
  return extractEntities(text).map((e) => `${e.type}:${e.text}@${e.start}→${e.canonical}`);
}

/** Exact entities (type:text@start) of a sentence. */
function typed(text: string): string[] {
  return extractEntities(text).map((e) => `${e.type}:${e.text}@${e.start}`);
}

// A demonym after a body's head or a ministry's portfolio belongs to the ORGANIZATION.
const BODY_DEMONYMS: [string, string][] = [
  ['La Garde-frontière polonaise a arrêté trois hommes.', 'ORGANIZATION:Garde-frontière polonaise@3'],
  ['Selon la garde-frontière polonaise, 30 migrants ont passé la frontière.', 'ORGANIZATION:garde-frontière polonaise@9'],
  ['Les Garde-côtes italiens ont secouru 40 migrants.', 'ORGANIZATION:Garde-côtes italiens@4'],
  ["Selon le ministère de l'intérieur kosovar, deux policiers ont été blessés.", "ORGANIZATION:ministère de l'intérieur kosovar@9"],
  ["Selon le ministère kosovar de l'intérieur, deux policiers ont été blessés.", "ORGANIZATION:ministère kosovar de l'intérieur@9"],
  ['Le ministère du logement français a publié un rapport.', 'ORGANIZATION:ministère du logement français@3'],
  // Le Monde writes a ministry's portfolio in lower case: the ministry of the country in the news.
  ["Le ministère de l'intérieur a publié un rapport.", "ORGANIZATION:ministère de l'intérieur@3"],
  ['Selon le ministère des affaires étrangères, l’ambassadeur a été convoqué.', 'ORGANIZATION:ministère des affaires étrangères@9'],
  ["Le ministère de l'économie et des finances a revu sa prévision.", "ORGANIZATION:ministère de l'économie et des finances@3"],
];

// A lower-case head with no demonym, an indefinite ministry, a ministry of no portfolio: no name.
const NOT_BODIES: string[] = [
  'Un garde-frontière a été blessé.',
  "Il veut un ministère de l'intérieur plus fort.",
  'Il a exercé son ministère de la parole.',
];

// Dictionary facts: airlines, a financial intelligence unit, an NGO, a federal science office.
const KNOWN_BODIES: [string, string][] = [
  ["Les vols de Garuda Indonesia et Lion Air ont été annulés.", 'ORGANIZATION:Garuda Indonesia@12→Garuda Indonesia'],
  ["Les vols de Garuda Indonesia et Lion Air ont été annulés.", 'ORGANIZATION:Lion Air@32→Lion Air'],
  ['Selon Walhi, la déforestation a aggravé les crues.', 'ORGANIZATION:Walhi@6→Walhi'],
  ['Tracfin a signalé des flux suspects.', 'ORGANIZATION:Tracfin@0→Tracfin'],
  ['Le projet est financé par Belspo.', 'ORGANIZATION:Belspo@26→Politique scientifique fédérale'],
  ['Il a pris un vol Singapore Airlines.', 'ORGANIZATION:Singapore Airlines@17→Singapore Airlines'],
];

// A quoted nickname between a first name and the surname belongs to the person; the canonical name leaves it out.
const NICKNAMES: [string, string][] = [
  ['Le baron Ismael « El Mayo » Zambada a plaidé coupable.', 'PERSON:Ismael « El Mayo » Zambada@9→Ismael Zambada'],
  ['Joaquín « El Chapo » Guzmán a été extradé.', 'PERSON:Joaquín « El Chapo » Guzmán@0→Joaquín Guzmán'],
  ['Selon ses avocats, Rafael « Caro » Quintero nie tout.', 'PERSON:Rafael « Caro » Quintero@19→Rafael Quintero'],
];

// A quote after a full name, or a known place after the quote, stays apart.
const NOT_NICKNAMES: [string, string[]][] = [
  ['Il a écrit à Emmanuel Macron « Non » Paris.', ['PERSON:Emmanuel Macron@13→Emmanuel Macron', 'LOCATION:Paris@37→Paris']],
];

// Places: rivers named with their adjective, a launch site and its acronym, the town of a base.
const PLACES: [string, string[]][] = [
  ['Le niveau de la Sèvre niortaise a baissé.', ['LOCATION:Sèvre niortaise@16→Sèvre niortaise']],
  ['La Sèvre nantaise déborde.', ['LOCATION:Sèvre nantaise@3→Sèvre nantaise']],
  [
    'La fusée a décollé du Centre spatial guyanais (CSG). Le CSG est fermé.',
    ['LOCATION:Centre spatial guyanais@22→Centre spatial guyanais', 'LOCATION:CSG@47→Centre spatial guyanais', 'LOCATION:CSG@56→Centre spatial guyanais'],
  ],
  ['Ariane 6 a décollé de la base de Kourou.', ['LOCATION:Kourou@33→Kourou']],
  // The French tax "la CSG" is no place.
  ['La CSG va augmenter.', ['ORGANIZATION:CSG@3→CSG']],
  // An organisation's acronym stays an organisation.
  ['Le Service de renseignement extérieur (SVR) dément.', ['ORGANIZATION:Service de renseignement extérieur@3→Service des renseignements extérieurs', 'ORGANIZATION:SVR@39→Service des renseignements extérieurs']],
];

// A capitalised demonym between two unknown capitalised words is a word of a company's name.
const DEMONYMS_IN_NAMES: [string, string[]][] = [
  ['La société, Signalisation Normande Équipements, devra payer.', ['ORGANIZATION:Signalisation Normande Équipements@12']],
  ["Selon l'entreprise Transports Bretons Associés, le trafic reprend.", ['ORGANIZATION:Transports Bretons Associés@19']],
  // Before a person, or with an article before it, the demonym stays a nationality.
  ['Il a battu le Français Hugo Gaston.', ['NATIONALITY:Français@14', 'PERSON:Hugo Gaston@23']],
  ['Le Français Kylian Mbappé a marqué.', ['NATIONALITY:Français@3', 'PERSON:Kylian Mbappé@12']],
];

// A capitalised "Coopérative" heads a name like "Agence" or "Union".
const COOPERATIVES: [string, string[]][] = [
  ["Selon la Coopérative de l'eau des Deux-Sèvres, les réserves sont pleines.", ["ORGANIZATION:Coopérative de l'eau des Deux-Sèvres@9"]],
  ['La Coopérative a fermé.', []],
  ['Une coopérative de Bretagne a fermé.', ['LOCATION:Bretagne@19']],
];

describe('dev19 entity phenomena', () => {
  it.each(COOPERATIVES)('%s', (text, expected) => {
    expect(typed(text)).toEqual(expected);
  });
  it.each(DEMONYMS_IN_NAMES)('%s', (text, expected) => {
    expect(typed(text)).toEqual(expected);
  });
  it.each(PLACES)('%s', (text, expected) => {
    expect(withCanonical(text)).toEqual(expected);
  });
  it.each(NICKNAMES)('%s', (text, expected) => {
    expect(withCanonical(text)).toEqual([expected]);
  });
  it.each(NOT_NICKNAMES)('%s', (text, expected) => {
    expect(withCanonical(text)).toEqual(expected);
  });
  it.each(KNOWN_BODIES)('%s', (text, expected) => {
    expect(withCanonical(text)).toContain(expected);
  });
  it.each(BODY_DEMONYMS)('%s', (text, expected) => {
    const got = typed(text);
    expect(got).toContain(expected);
    expect(got.filter((g) => g.startsWith('NATIONALITY'))).toEqual([]);
  });
  it.each(NOT_BODIES)('no organization in %s', (text) => {
    expect(typed(text).filter((g) => g.startsWith('ORGANIZATION'))).toEqual([]);
  });
});
