/**
 * The regional council of each French région of metropolitan France, by the
 * région's dictionary id: "la Région Bretagne" and "la Région" of its story are
 * the "conseil régional de Bretagne" (the names as the councils write them).
 */
export const REGIONAL_COUNCILS: ReadonlyMap<string, string> = new Map([
  ['region:FR:auvergne-rhone-alpes', "conseil régional d'Auvergne-Rhône-Alpes"],
  ['region:FR:bourgogne-franche-comte', 'conseil régional de Bourgogne-Franche-Comté'],
  ['region:FR:bretagne', 'conseil régional de Bretagne'],
  ['region:FR:centre-val-de-loire', 'conseil régional du Centre-Val de Loire'],
  ['region:FR:grand-est', 'conseil régional du Grand Est'],
  ['region:FR:hauts-de-france', 'conseil régional des Hauts-de-France'],
  ['region:FR:ile-de-france', "conseil régional d'Île-de-France"],
  ['region:FR:normandie', 'conseil régional de Normandie'],
  ['region:FR:nouvelle-aquitaine', 'conseil régional de Nouvelle-Aquitaine'],
  ['region:FR:occitanie', "conseil régional d'Occitanie"],
  ['region:FR:pays-de-la-loire', 'conseil régional des Pays de la Loire'],
  ['region:FR:provence-alpes-cote-d-azur', "conseil régional de Provence-Alpes-Côte d'Azur"],
]);
