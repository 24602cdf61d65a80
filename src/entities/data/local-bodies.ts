/**
 * French local public bodies written in lower case and named after their territory: intercommunal bodies
 * ("la communauté de communes du Pays de Lunel", "la communauté d'agglomération du Grand Verdalais", "le syndicat
 * mixte du bassin versant de l'Aubrette"), metropolitan authorities ("la métropole de Lyon"), regional agencies
 * ("l'agence régionale de santé de Bretagne"), chambers ("la chambre de métiers et de l'artisanat de la Vienne") and
 * courts of first instance ("le tribunal de grande instance de Ouagadougou"); and, abroad, the governments and
 * assemblies of a province ("le gouvernement régional du Kurdistan", "l'assemblée provinciale du Sud-Kivu").
 * The head noun and the territory make one ORGANIZATION (as "chambre d'agriculture de l'Aude", dev sets).
 *
 * Source: the kinds of territorial public bodies of the Code général des collectivités territoriales and the Code
 * de la santé publique, as the regional press names them.
 */

/** Head nouns of those bodies as token keys, longest first at equal start ("chambre de métiers et de l'artisanat"). */
export const LOCAL_BODY_HEADS: readonly (readonly string[])[] = [
  ['communauté', 'de', 'communes'],
  ['communauté', "d'", 'agglomération'],
  ['communauté', 'urbaine'],
  ['métropole'],
  ['syndicat', 'mixte'],
  ['syndicat', 'intercommunal'],
  ['syndicat', 'départemental'],
  ['agence', 'régionale', 'de', 'santé'],
  ['chambre', 'de', 'métiers', 'et', 'de', "l'", 'artisanat'],
  ['chambre', 'de', 'métiers'],
  // "le rectorat de l'académie de Besançon": the academy's name is the rectorate's
  ['rectorat', 'de', "l'", 'académie'],
  ['service', 'départemental', "d'", 'incendie', 'et', 'de', 'secours'],
  ['centre', 'communal', "d'", 'action', 'sociale'],
  ['établissement', 'public', 'territorial'],
  ['pôle', "d'", 'équilibre', 'territorial', 'et', 'rural'],
  ['office', 'de', 'tourisme'],
  // courts of first instance named after their seat: "le tribunal de grande instance de Ouagadougou" (West Africa,
  // France before 2020), "le tribunal de première instance de Bruxelles", "le tribunal de proximité de Vanves"
  ['tribunal', 'de', 'grande', 'instance'],
  ['tribunal', 'de', 'première', 'instance'],
  ['tribunal', 'de', 'proximité'],
  // governments and assemblies of a province or a region abroad: "le gouvernement régional du Kurdistan",
  // "l'assemblée provinciale du Sud-Kivu"
  ['gouvernement', 'régional'],
  ['gouvernement', 'provincial'],
  ['assemblée', 'provinciale'],
  ['assemblée', 'régionale'],
  ['parlement', 'régional'],
];

/**
 * Of those heads, the ones whose territory must follow "de" right away ("la métropole de Lyon"): a lower-case word
 * after them is the sentence's ("la métropole de demain"). Keys of the first word.
 */
export const PLACE_ONLY_HEADS: ReadonlySet<string> = new Set(['métropole', 'office', 'tribunal', 'gouvernement', 'assemblée', 'parlement']);

/**
 * Acronyms of French bodies that exist once per territory, named by it: "l'ARS Occitanie", "le Sdis du Var", "la
 * CCI de Normandie". With a French place after them they are that territory's body, whose canonical is the full name
 * with the same place ("Agence régionale de santé Occitanie", as the dev sets write it). Key → full name.
 */
export const TERRITORIAL_ACRONYMS: ReadonlyMap<string, string> = new Map([
  ['ars', 'Agence régionale de santé'],
  ['sdis', "Service départemental d'incendie et de secours"],
  ['cci', "Chambre de commerce et d'industrie"],
  ['cpam', "Caisse primaire d'assurance maladie"],
  ['caf', "Caisse d'allocations familiales"],
]);

/**
 * Capitalised words that close the name of an intercommunal body after its town: "Grenoble-Alpes Métropole",
 * "Rennes Métropole", "Grand Paris Sud Agglo". Keys.
 */
export const PLACE_SUFFIX_HEADS: ReadonlySet<string> = new Set(['métropole', 'agglo', 'agglomération']);
