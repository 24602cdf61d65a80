import { describe, expect, it } from 'vitest';
import { found as typed } from '../test-utils.js';

// [input, expected entity "TYPE:text@start"]
const ROLE_DEMONYM_NAME: [string, string][] = [
  // A sports role, a lower-case demonym, then an unknown name: a person.
  ['Le pilote britannique Lando Norris a remporté le titre.', 'PERSON:Lando Norris@22'],
  ['Le pivot américain Jalen Brooks a marqué 20 points.', 'PERSON:Jalen Brooks@19'],
  ['La marathonienne éthiopienne Tigist Assefa a battu le record.', 'PERSON:Tigist Assefa@29'],
  ['Le judoka Teddy Riner a gagné.', 'PERSON:Teddy Riner@10'],
  ['Selon le romancier haïtien Lyonel Trouillot, la ville a changé.', 'PERSON:Lyonel Trouillot@27'],
  ['La pilote néerlandaise Xandra Velzeboer a chuté.', 'PERSON:Xandra Velzeboer@23'],
];

const KNOWN_COMPANIES: [string, string][] = [
  // A company after a non-person role stays an organisation.
  ['Le constructeur allemand Volkswagen a annoncé des suppressions.', 'ORGANIZATION:Volkswagen@25'],
  ['Le géant américain Google a annoncé un accord.', 'ORGANIZATION:Google@19'],
];

const FIRST_NAME_AND_DICTIONARY_SURNAME: [string, string][] = [
  // A known first name before a one-word place or organisation of the dictionary: the whole is a person.
  ['Lewis Hamilton a terminé cinquième.', 'PERSON:Lewis Hamilton@0'],
  ['Le délégué syndical Marc Wagner a parlé.', 'PERSON:Marc Wagner@20'],
  ['Anatole France est né à Paris.', 'PERSON:Anatole France@0'],
  ['Serge Dassault est mort en 2018.', 'PERSON:Serge Dassault@0'],
  ['Le juge a entendu M. Hamilton.', 'PERSON:Hamilton@21'],
];

const PLACE_OR_ORG_ALONE: [string, string][] = [
  // Without a first name before it, the dictionary reading stands.
  ['Les mercenaires de Wagner ont quitté le Mali.', 'ORGANIZATION:Wagner@19'],
  ['Il vit à Hamilton depuis 2010.', 'LOCATION:Hamilton@9'],
  ['Il a vu Julie à Lyon.', 'LOCATION:Lyon@16'],
];

const FOREIGN_FIRST_NAMES: [string, string][] = [
  ['Le ministre pakistanais de la Défense, Khawaja Asif, a menacé.', 'PERSON:Khawaja Asif@39'],
  ['Lukas Brunner a rejoint l’équipe.', 'PERSON:Lukas Brunner@0'],
  ['Dilan Yeşilgöz a reconnu sa défaite.', 'PERSON:Dilan Yeşilgöz@0'],
  ['Tomio Okamura a fait campagne contre l’euro.', 'PERSON:Tomio Okamura@0'],
  ['Sisay Lemma a gagné le marathon.', 'PERSON:Sisay Lemma@0'],
  ['Rixi Moncada est arrivée troisième.', 'PERSON:Rixi Moncada@0'],
  // A town that is also a first name, before one surname.
  ['Le candidat du Parti libéral, Salvador Nasralla, a dénoncé une fraude.', 'PERSON:Salvador Nasralla@30'],
  // A first name alone after an inverted verb.
  ['« On voit tout », s’amusait Carla, une touriste italienne de 31 ans.', 'PERSON:Carla@28'],
];

const BRETON_CH: [string, string][] = [
  // The Breton "c'h" is inside the name, with either apostrophe.
  ['Selon Maël Guivarc’h, la grève continue.', 'PERSON:Maël Guivarc’h@6'],
  ["Le chanteur Youenn Le Berc'h a chanté.", "PERSON:Youenn Le Berc'h@12"],
];

describe('persons of the held-out sets', () => {
  it.each([...ROLE_DEMONYM_NAME, ...KNOWN_COMPANIES, ...FIRST_NAME_AND_DICTIONARY_SURNAME, ...PLACE_OR_ORG_ALONE, ...FOREIGN_FIRST_NAMES, ...BRETON_CH])(
    '%s → %s',
    (input, expected) => {
      expect(typed(input)).toContain(expected);
    },
  );
  it.each([
    ['Le constructeur allemand Volkswagen a annoncé des suppressions.', 'Volkswagen'],
    ['Les mercenaires de Wagner ont quitté le Mali.', 'Wagner'],
    ["C'est la fin, c'hui.", "c'h"],
    ['Il est arrivé à Salvador, au Brésil.', 'Salvador'],
  ])('%s: no person on %s', (input, surface) => {
    expect(typed(input).filter((e) => e.startsWith('PERSON:') && e.includes(surface))).toEqual([]);
  });
});
