/**
 * A table of French QUANTITY constructions, written from the guideline (/work/shared/gold/GUIDELINES.md), the
 * contract (DESIGN.md: kind, value, unit, range, approximate, object), the seed gold and the dev sets' annotation
 * choices (benchmarks/dev26/README.md), not from any dev set's text. Invented but realistic sentences of wire,
 * regional, Belgian, Swiss, Quebec and African press. Run through the public `extract` by constructions.test.ts.
 *
 * Each row: [sentence, expected quantities in text order]. Each quantity: [surface, kind, value, more?] where
 * `more` gives the unit, `approx: true`, the bounds `range: [min, max]` and, where the row checks it, the counted
 * `object` (the object is compared only when a row names it, or `object: null` to say there is none).
 * Conventions followed (dev READMEs): modifiers outside the span but `approximate` true ("plus de", "près de",
 * "au moins", "environ", "quelque", "jusqu'à"), with a bound for the bounding ones; a range is one quantity from
 * its first number to its unit, value null, approximate; after a verb of change "de X à Y" is two quantities, the
 * first taking the unit of the second; ages are durations in years; ordinals, scores, fractions as words, dates,
 * years, times of day, numbers inside names are not quantities; "une dizaine" is an approximate count.
 */
import type { Quantity } from '../types.js';

/** Optional fields of an expected quantity. */
export interface More {
  readonly unit?: string;
  readonly approx?: true;
  readonly range?: readonly [number | null, number | null];
  readonly object?: string | null;
}

/** An expected quantity: surface, kind, value and the optional fields. */
export type Want = readonly [string, Quantity['kind'], number | null, More?];

/** A row: the sentence and its quantities in text order. */
export type QRow = readonly [string, readonly Want[]];

export const TABLE: Record<string, readonly QRow[]> = {
  'number words': [
    ['Trois cents agriculteurs ont bloqué la rocade de Rennes.', [['Trois cents', 'count', 300, { object: 'agriculteurs' }]]],
    ['Le naufrage a fait quatre-vingt-dix-sept disparus au large de Lampedusa.', [['quatre-vingt-dix-sept', 'count', 97]]],
    // After "en", a number in words with a noun after it is a count; without one it is a year (see the dates group).
    ['Le roman a été tiré en deux mille exemplaires.', [['deux mille', 'count', 2000, { object: 'exemplaires' }]]],
    ['Deux mille cinq cents gendarmes seront mobilisés samedi.', [['Deux mille cinq cents', 'count', 2500, { object: 'gendarmes' }]]],
    ['Le navigateur a passé deux mille vingt-cinq jours en mer.', [['deux mille vingt-cinq jours', 'duration', 2025, { unit: 'day' }]]],
    ['Mille deux cents personnes ont été évacuées.', [['Mille deux cents', 'count', 1200]]],
    ['La commune compte vingt et un conseillers municipaux.', [['vingt et un', 'count', 21, { object: 'conseillers municipaux' }]]],
    ['Soixante et onze candidats se sont présentés.', [['Soixante et onze', 'count', 71]]],
    ['Le club a aligné onze joueurs formés au centre.', [['onze', 'count', 11]]],
    ['Un million de personnes ont signé la pétition.', [['Un million', 'count', 1000000]]],
    ['L’épidémie a touché deux millions et demi d’habitants.', [['deux millions et demi', 'count', 2500000]]],
    ['Le pays compte quatre-vingts députés et cent vingt sénateurs.', [['quatre-vingts', 'count', 80], ['cent vingt', 'count', 120]]],
    ['Les deux équipes se retrouveront en finale.', [['deux', 'count', 2]]],
    ['Zéro mort sur les routes du département ce week-end.', [['Zéro', 'count', 0]]],
    ['Le groupe a racheté dix-sept magasins en Wallonie.', [['dix-sept', 'count', 17]]],
    ['Trente-six communes ont été déclarées en état de catastrophe naturelle.', [['Trente-six', 'count', 36]]],
    ['Un demi-million de réfugiés ont franchi la frontière.', [['Un demi-million', 'count', 500000]]],
  ],

  'Belgian and Swiss number words': [
    ['Septante-cinq personnes ont été auditionnées par la commission.', [['Septante-cinq', 'count', 75]]],
    ['Le prix a grimpé à nonante euros le mégawattheure.', [['nonante euros', 'money', 90, { unit: 'EUR' }]]],
    ['Le village vaudois a accueilli huitante réfugiés.', [['huitante', 'count', 80]]],
    ['La piscine de Liège a fermé ses portes après septante ans.', [['septante ans', 'duration', 70, { unit: 'year' }]]],
    ['Nonante-neuf pour cent des votants ont approuvé le texte.', [['Nonante-neuf pour cent', 'percent', 99, { unit: '%' }]]],
    ['L’usine de Charleroi emploie septante et un ouvriers.', [['septante et un', 'count', 71]]],
  ],

  'vague amounts': [
    ['Une dizaine de milliers de personnes ont manifesté à Kinshasa.', [['Une dizaine de milliers', 'count', 10000, { approx: true, object: 'personnes' }]]],
    ['Une vingtaine de manifestants ont été interpellés.', [['Une vingtaine', 'count', 20, { approx: true, object: 'manifestants' }]]],
    ['Des dizaines de milliers de personnes ont défilé à Bruxelles.', [['Des dizaines de milliers', 'count', 10000, { approx: true }]]],
    ['Une trentaine de véhicules ont été incendiés.', [['Une trentaine', 'count', 30, { approx: true }]]],
    ['Des centaines de migrants attendent à la frontière.', [['Des centaines', 'count', 100, { approx: true }]]],
    ['Plusieurs milliers d’emplois sont menacés.', [['Plusieurs milliers', 'count', 1000, { approx: true }]]],
    ['Une douzaine d’élus ont quitté la majorité.', [['Une douzaine', 'count', 12, { approx: true }]]],
    ['Des milliers d’hectares de forêt sont partis en fumée.', [['Des milliers d’hectares', 'measure', 1000, { unit: 'ha', approx: true }]]],
    ['Une cinquantaine de familles ont été relogées.', [['Une cinquantaine', 'count', 50, { approx: true }]]],
    ['Quelques centaines de supporters avaient fait le déplacement.', [['Quelques centaines', 'count', 100, { approx: true }]]],
    ['Des millions de téléspectateurs ont suivi le débat.', [['Des millions', 'count', 1000000, { approx: true }]]],
    // "une quarantaine" without "de" is the isolation, not forty.
    ['Le navire a été placé en quarantaine au port de Dakar.', []],
  ],

  'fractions are not quantities': [
    ['Un tiers des votants s’est abstenu.', []],
    ['Les trois quarts des sondés jugent la réforme injuste.', []],
    ['La moitié des lits de l’hôpital sont occupés.', []],
    ['Les deux tiers du budget vont à la défense.', []],
    ['Un quart des communes n’ont plus de médecin.', []],
  ],

  'typography of digits': [
    ['La manifestation a réuni 12 500 personnes selon la police.', [['12 500', 'count', 12500]]],
    ['Le stade compte 45\u00a0000 places.', [['45\u00a0000', 'count', 45000]]],
    ['Le parc compte 1\u202f250\u202f000 visiteurs par an.', [['1\u202f250\u202f000', 'count', 1250000]]],
    ['Le club a vendu 2.400 abonnements.', [['2.400', 'count', 2400]]],
    ['La foire a attiré 15000 visiteurs.', [['15000', 'count', 15000]]],
    ['Le taux de chômage s’établit à 7,4 % au troisième trimestre.', [['7,4 %', 'percent', 7.4, { unit: '%' }]]],
    ['Le projet est chiffré à 1,5 Md€.', [['1,5 Md€', 'money', 1500000000, { unit: 'EUR' }]]],
    ['La start-up a levé 3 M$ auprès d’investisseurs.', [['3 M$', 'money', 3000000, { unit: 'USD' }]]],
    ['Le joueur touche 50 k€ par mois.', [['50 k€', 'money', 50000, { unit: 'EUR' }]]],
    ['Le billet coûte désormais €50 sur le site.', [['€50', 'money', 50, { unit: 'EUR' }]]],
    ['L’amende s’élève à 50 000 €.', [['50 000 €', 'money', 50000, { unit: 'EUR' }]]],
    ['La ville de Genève compte 203\'000 habitants.', [['203\'000', 'count', 203000]]],
    ['Le litre de gazole est vendu 1,789 euro.', [['1,789 euro', 'money', 1.789, { unit: 'EUR' }]]],
    ['La récolte a atteint 4,8 millions de tonnes.', [['4,8 millions de tonnes', 'measure', 4800000, { unit: 't' }]]],
    ['Le déficit s’est creusé de 3,2 milliards.', [['3,2 milliards', 'count', 3200000000]]],
    // Two amounts with the same unit in one sentence.
    ['Le budget passe de 2,1 M€ à 2,4 M€.', [['2,1 M€', 'money', 2100000, { unit: 'EUR' }], ['2,4 M€', 'money', 2400000, { unit: 'EUR' }]]],
    ['L’Etat investira 12 Mds d’euros dans le nucléaire.', [['12 Mds d’euros', 'money', 12000000000, { unit: 'EUR' }]]],
  ],

  'currencies': [
    ['La facture atteint 1,5 million de dollars US.', [['1,5 million de dollars US', 'money', 1500000, { unit: 'USD' }]]],
    ['Le groupe a réalisé un chiffre d’affaires de 2,3 milliards de CHF.', [['2,3 milliards de CHF', 'money', 2300000000, { unit: 'CHF' }]]],
    ['Le ministre a débloqué 500 000 FCFA pour chaque famille sinistrée.', [['500 000 FCFA', 'money', 500000, { unit: 'XOF' }]]],
    ['Le kilo de riz est passé à 650 francs CFA au marché de Bamako.', [['650 francs CFA', 'money', 650, { unit: 'XOF' }]]],
    ['La banque a versé 30 millions de francs suisses à l’Etat.', [['30 millions de francs suisses', 'money', 30000000, { unit: 'CHF' }]]],
    ['Le club londonien a payé 80 millions de livres sterling.', [['80 millions de livres sterling', 'money', 80000000, { unit: 'GBP' }]]],
    ['Pékin a annoncé un plan de 500 milliards de yuans.', [['500 milliards de yuans', 'money', 500000000000, { unit: 'CNY' }]]],
    ['Le salaire moyen atteint 80 000 roubles.', [['80 000 roubles', 'money', 80000, { unit: 'RUB' }]]],
    ['Kiev versera 2 000 hryvnias aux déplacés.', [['2 000 hryvnias', 'money', 2000, { unit: 'UAH' }]]],
    // A dinar takes the country of the place named in the text.
    ['A Tunis, l’huile est vendue 15 dinars le litre.', [['15 dinars', 'money', 15, { unit: 'TND' }]]],
    ['Le contrat porte sur 40 millions de dollars américains.', [['40 millions de dollars américains', 'money', 40000000, { unit: 'USD' }]]],
    ['Québec injecte 300 millions de dollars canadiens dans le réseau.', [['300 millions de dollars canadiens', 'money', 300000000, { unit: 'CAD' }]]],
    ['Ottawa a promis 2 milliards de dollars aux provinces.', [['2 milliards de dollars', 'money', 2000000000, { unit: 'CAD' }]]],
    ['Le baril de Brent s’échangeait à 82 dollars.', [['82 dollars', 'money', 82, { unit: 'USD' }]]],
    ['L’entreprise japonaise a perdu 120 milliards de yens.', [['120 milliards de yens', 'money', 120000000000, { unit: 'JPY' }]]],
    ['Le Maroc a emprunté 5 milliards de dirhams.', [['5 milliards de dirhams', 'money', 5000000000, { unit: 'MAD' }]]],
    ['L’amende atteint 3 000 francs à Lausanne.', [['3 000 francs', 'money', 3000, { unit: 'CHF' }]]],
    ['Le ticket de métro coûte 2,15 euros.', [['2,15 euros', 'money', 2.15, { unit: 'EUR' }]]],
    ['Le PIB a progressé de 1 200 milliards de dollars en dix ans.', [['1 200 milliards de dollars', 'money', 1200000000000, { unit: 'USD' }], ['dix ans', 'duration', 10, { unit: 'year' }]]],
    ['Le fonds dispose de 8 milliards d’euros.', [['8 milliards d’euros', 'money', 8000000000, { unit: 'EUR' }]]],
    ['Le chantier coûtera 1,2 milliard de francs CFA.', [['1,2 milliard de francs CFA', 'money', 1200000000, { unit: 'XOF' }]]],
    ['Une rallonge de 150 M€ a été votée.', [['150 M€', 'money', 150000000, { unit: 'EUR' }]]],
  ],

  'percentages and points': [
    ['La dette représente 110 % du PIB.', [['110 %', 'percent', 110, { unit: '%' }]]],
    ['L’inflation a atteint 3,2 % sur un an.', [['3,2 %', 'percent', 3.2, { unit: '%' }], ['un an', 'duration', 1, { unit: 'year' }]]],
    ['Trente pour cent des salariés étaient en grève.', [['Trente pour cent', 'percent', 30, { unit: '%' }]]],
    ['Le candidat a recueilli 52 pour cent des voix.', [['52 pour cent', 'percent', 52, { unit: '%' }]]],
    ['La participation a atteint 68%.', [['68%', 'percent', 68, { unit: '%' }]]],
    ['Près de 40 % des jeunes renoncent aux soins.', [['40 %', 'percent', 40, { unit: '%', approx: true }]]],
    ['Le parti progresse de 5 % et dépasse 20 % des intentions de vote.', [['5 %', 'percent', 5, { unit: '%' }], ['20 %', 'percent', 20, { unit: '%', approx: true, range: [20, null] }]]],
    // The contract has no unit for a percentage point: the points are a count.
    ['Le chômage a reculé de deux points en un an.', [['deux', 'count', 2], ['un an', 'duration', 1, { unit: 'year' }]]],
    ['Le taux directeur a été relevé de 0,25 point.', [['0,25', 'count', 0.25]]],
    ['Cent pour cent des recettes iront aux victimes.', [['Cent pour cent', 'percent', 100, { unit: '%' }]]],
    ['Le taux d’alcoolémie du conducteur était de 1,2 ‰.', [['1,2 ‰', 'percent', 0.12, { unit: '%' }]]],
    ['Le taux de natalité est tombé à 9 pour mille.', [['9 pour mille', 'percent', 0.9, { unit: '%' }]]],
  ],

  'ranges and bounds': [
    // A threshold crossed: a lower bound.
    ['Le prix de l’essence a franchi la barre des 2 euros.', [['2 euros', 'money', 2, { unit: 'EUR', approx: true, range: [2, null] }]]],
    ['Entre 3 et 5 millions de personnes sont concernées.', [['3 et 5 millions', 'count', null, { approx: true, range: [3000000, 5000000] }]]],
    ['Les loyers atteignent de 800 à 1 200 euros par mois.', [['800 à 1 200 euros', 'money', null, { unit: 'EUR', approx: true, range: [800, 1200] }]]],
    // "3 à 4 000": the first figure takes the thousands of the second (3 000 to 4 000).
    ['Entre 10 et 15 % des élèves sont absents.', [['10 et 15 %', 'percent', null, { unit: '%', approx: true, range: [10, 15] }]]],
    ['Jusqu’à 30 cm de neige sont attendus.', [['30 cm', 'measure', 30, { unit: 'cm', approx: true, range: [null, 30] }]]],
    ['Au moins 12 personnes sont mortes dans l’incendie.', [['12', 'count', 12, { approx: true, range: [12, null] }]]],
    ['Plus de 3 000 policiers seront mobilisés.', [['3 000', 'count', 3000, { approx: true, range: [3000, null] }]]],
    ['Moins de 500 spectateurs ont assisté au match.', [['500', 'count', 500, { approx: true, range: [null, 500] }]]],
    ['Près de 2 millions d’euros ont été détournés.', [['2 millions d’euros', 'money', 2000000, { unit: 'EUR', approx: true }]]],
    ['Quelque 800 pompiers luttent contre les flammes.', [['800', 'count', 800, { approx: true }]]],
    ['A Berne, le chantier a coûté environ 45 millions de francs.', [['45 millions de francs', 'money', 45000000, { unit: 'CHF', approx: true }]]],
    ['Il risque de cinq à dix ans de prison.', [['cinq à dix ans', 'duration', null, { unit: 'year', approx: true, range: [5, 10] }]]],
    ['Le prix du pain est passé de 1 à 1,20 euro.', [['1', 'money', 1, { unit: 'EUR' }], ['1,20 euro', 'money', 1.2, { unit: 'EUR' }]]],
    ['Les températures oscilleront entre 25 et 30 degrés.', [['25 et 30 degrés', 'measure', null, { unit: '°C', approx: true, range: [25, 30] }]]],
    ['Pas moins de 40 000 spectateurs sont attendus.', [['40 000', 'count', 40000, { approx: true, range: [40000, null] }]]],
    ['Le séisme a fait au moins une centaine de morts.', [['une centaine', 'count', 100, { approx: true, range: [100, null] }]]],
    ['Le loyer ne doit pas dépasser 700 euros.', [['700 euros', 'money', 700, { unit: 'EUR', approx: true, range: [null, 700] }]]],
    ['Le vent soufflera jusqu’à 120 km/h sur les côtes.', [['120 km/h', 'measure', 120, { unit: 'km/h', approx: true, range: [null, 120] }]]],
    ['3 à 4 000 personnes ont défilé dans les rues de Nantes.', [['3 à 4 000', 'count', null, { approx: true, range: [3000, 4000] }]]],
  ],

  'measures': [
    ['Il est tombé 30 l/m² en une heure à Nîmes.', [['30 l/m²', 'measure', 30, { unit: 'L/m²' }], ['une heure', 'duration', 1, { unit: 'hour' }]]],
    ['Le feu a parcouru 1 200 hectares dans les Landes.', [['1 200 hectares', 'measure', 1200, { unit: 'ha' }]]],
    ['Le bouchon s’étendait sur 15 km.', [['15 km', 'measure', 15, { unit: 'km' }]]],
    ['La réserve couvre 350 km² de forêt.', [['350 km²', 'measure', 350, { unit: 'km²' }]]],
    ['Le barrage retient 20 millions de m³ d’eau.', [['20 millions de m³', 'measure', 20000000, { unit: 'm³' }]]],
    ['La ferme produit 40 tonnes de fromage par an.', [['40 tonnes', 'measure', 40, { unit: 't' }]]],
    ['Les douaniers ont saisi 1,2 t de cocaïne.', [['1,2 t', 'measure', 1.2, { unit: 't' }]]],
    ['Le parc éolien produira 500 MW.', [['500 MW', 'measure', 500, { unit: 'MW' }]]],
    ['Le réacteur d’une puissance de 1,6 GW entrera en service.', [['1,6 GW', 'measure', 1.6, { unit: 'GW' }]]],
    ['Le prix du kWh augmente : la facture moyenne est de 4 500 kWh par an.', [['4 500 kWh', 'measure', 4500, { unit: 'kWh' }]]],
    ['Le radar a flashé un automobiliste à 180 km/h.', [['180 km/h', 'measure', 180, { unit: 'km/h' }]]],
    ['Il a fait 38 °C à Perpignan.', [['38 °C', 'measure', 38, { unit: '°C' }]]],
    ['Le thermomètre est descendu à -15 degrés à Québec.', [['-15 degrés', 'measure', -15, { unit: '°C' }]]],
    ['Il est tombé 120 mm de pluie en une nuit.', [['120 mm', 'measure', 120, { unit: 'mm' }]]],
    ['Le refuge est situé à 2 800 mètres d’altitude.', [['2 800 mètres', 'measure', 2800, { unit: 'm' }]]],
    ['Le débit du Rhône atteint 3 000 mètres cubes par seconde.', [['3 000 mètres cubes', 'measure', 3000, { unit: 'm³' }]]],
    ['Le colis pesait 25 kilos.', [['25 kilos', 'measure', 25, { unit: 'kg' }]]],
    ['Le bateau naviguait à 12 nœuds.', [['12 nœuds', 'measure', 12, { unit: 'kn' }]]],
    ['La digue mesure 3,5 kilomètres.', [['3,5 kilomètres', 'measure', 3.5, { unit: 'km' }]]],
    ['Le séisme de magnitude 6,4 a frappé le sud du pays.', [['magnitude 6,4', 'measure', 6.4]]],
    ['Les agriculteurs ont déversé 200 litres de lait.', [['200 litres', 'measure', 200, { unit: 'L' }]]],
    ['Le bâtiment de 5 000 m² sera rasé.', [['5 000 m²', 'measure', 5000, { unit: 'm²' }]]],
    ['La concentration de particules a atteint 80 µg/m³.', [['80 µg/m³', 'measure', 80, { unit: 'µg/m³' }]]],
  ],

  'durations': [
    ['Il a été condamné à 2 ans et demi de prison.', [['2 ans et demi', 'duration', 2.5, { unit: 'year' }]]],
    // Two units of time joined by "et" are one length, in the smaller unit.
    ['Il reste 3 jours et 4 heures avant la clôture.', [['3 jours et 4 heures', 'duration', 76, { unit: 'hour' }]]],
    ['Il a été condamné à six mois de prison avec sursis.', [['six mois', 'duration', 6, { unit: 'month' }]]],
    ['Les négociations ont duré 48 heures.', [['48 heures', 'duration', 48, { unit: 'hour' }]]],
    ['Le chantier durera trois semaines.', [['trois semaines', 'duration', 3, { unit: 'week' }]]],
    ['Il a dirigé l’entreprise pendant trois ans.', [['trois ans', 'duration', 3, { unit: 'year' }]]],
    // The contract's duration units stop at the year: a decade is ten years, a century a hundred.
    ['Le pays a connu une décennie de croissance.', [['une décennie', 'duration', 10, { unit: 'year' }]]],
    ['La grève a duré 15 jours.', [['15 jours', 'duration', 15, { unit: 'day' }]]],
    ['Le procès a été renvoyé de deux mois.', [['deux mois', 'duration', 2, { unit: 'month' }]]],
    ['Il a écopé de 18 mois ferme et de 5 000 euros d’amende.', [['18 mois', 'duration', 18, { unit: 'month' }], ['5 000 euros', 'money', 5000, { unit: 'EUR' }]]],
    ['La réunion a duré une heure et demie.', [['une heure et demie', 'duration', 1.5, { unit: 'hour' }]]],
    ['Le tunnel sera fermé pendant 20 minutes.', [['20 minutes', 'duration', 20, { unit: 'minute' }]]],
    ['Le traité avait été signé il y a deux siècles.', [['deux siècles', 'duration', 200, { unit: 'year' }]]],
    ['Il a purgé dix ans de réclusion criminelle.', [['dix ans', 'duration', 10, { unit: 'year' }]]],
    ['Il faut compter une semaine de délai.', [['une semaine', 'duration', 1, { unit: 'week' }]]],
    ['Le parquet a requis quatre ans dont deux avec sursis.', [['quatre ans', 'duration', 4, { unit: 'year' }], ['deux', 'duration', 2, { unit: 'year' }]]],
  ],

  'ages': [
    ['Un homme de 34 ans a été interpellé à Liège.', [['34 ans', 'duration', 34, { unit: 'year' }]]],
    ['La victime, âgée de 72 ans, est décédée.', [['72 ans', 'duration', 72, { unit: 'year' }]]],
    ['Le suspect, 19 ans, a été placé en garde à vue.', [['19 ans', 'duration', 19, { unit: 'year' }]]],
    ['Un adolescent de quinze ans a été blessé.', [['quinze ans', 'duration', 15, { unit: 'year' }]]],
    // A word for an age decade is no number.
    ['La quinquagénaire a été hospitalisée à Namur.', []],
    ['Le septuagénaire a été retrouvé sain et sauf.', []],
    ['Un enfant de 6 mois a été retrouvé.', [['6 mois', 'duration', 6, { unit: 'month' }]]],
    ['Les moins de 25 ans bénéficieront de la mesure.', [['25 ans', 'duration', 25, { unit: 'year', approx: true, range: [null, 25] }]]],
  ],

  'scores and race times': [
    // Scores are not quantities (dev READMEs).
    ['Le Standard s’est imposé 3-1 face à Anderlecht.', []],
    ['Elle a remporté la finale 6-4, 7-5.', []],
    // A race time is a duration in seconds.
    ['Le Kényan a bouclé le marathon en 2 h 05 min 12 s.', [['2 h 05 min 12 s', 'duration', 7512, { unit: 'second' }]]],
    ['Le coureur a terminé en 2 h 10.', [['2 h 10', 'duration', 130, { unit: 'minute' }]]],
    ['Le Français s’est imposé avec 12 secondes d’avance.', [['12 secondes', 'duration', 12, { unit: 'second' }]]],
    ['L’attaquant a marqué 15 buts cette saison.', [['15', 'count', 15, { object: 'buts' }]]],
    ['Montréal a battu Toronto 4 à 2 samedi.', []],
    // Minutes with a minute mark need the second mark after them: a Swiss "9'500" stays a count.
    ['Il a couru le 10 000 mètres en 27\'30".', [['10 000 mètres', 'measure', 10000, { unit: 'm' }], ['27\'30"', 'duration', 1650, { unit: 'second' }]]],
    ['Il a remporté le 100 m en 9"58.', [['100 m', 'measure', 100, { unit: 'm' }], ['9"58', 'duration', 9.58, { unit: 'second' }]]],
  ],

  'ratios': [
    ['Un Belge sur cinq vit sous le seuil de pauvreté.', [['Un', 'count', 1], ['cinq', 'count', 5]]],
    ['Le taux d’incidence atteint 250 cas pour 100 000 habitants.', [['250', 'count', 250], ['100 000', 'count', 100000]]],
    ['Un électeur sur trois s’est abstenu.', [['Un', 'count', 1], ['trois', 'count', 3]]],
    ['Deux Québécois sur dix disent avoir renoncé.', [['Deux', 'count', 2], ['dix', 'count', 10]]],
    ['Neuf élèves sur dix ont obtenu le bac.', [['Neuf', 'count', 9], ['dix', 'count', 10]]],
  ],

  'counted objects': [
    ['Le troupeau compte cent cinquante têtes.', [['cent cinquante', 'count', 150, { object: 'têtes' }]]],
    ['Ce sont 2,5 millions de Belges qui votent dimanche.', [['2,5 millions', 'count', 2500000, { object: 'Belges' }]]],
    ['Le stade peut accueillir 80.000 spectateurs.', [['80.000', 'count', 80000, { object: 'spectateurs' }]]],
    ['La police a saisi 7 000 conteneurs d’armes.', [['7 000', 'count', 7000, { object: 'conteneurs d’armes' }]]],
    ['Le plan prévoit la suppression de 1 200 postes.', [['1 200', 'count', 1200, { object: 'postes' }]]],
    ['Trois pompiers ont été blessés.', [['Trois', 'count', 3, { object: 'pompiers' }]]],
    ['L’armée a déployé 400 soldats au nord du Mali.', [['400', 'count', 400, { object: 'soldats' }]]],
  ],

  'not quantities: dates, years, times': [
    ['La réforme entrera en vigueur le 1er janvier 2027.', []],
    ['Le conseil se réunira à 14 h 30.', []],
    ['Le vote est prévu vers 18 heures.', []],
    ['Né en 1952, il a grandi à Dakar.', []],
    ['Les élections de 2022 avaient été serrées.', []],
    ['La loi du 9 décembre 1905 reste en vigueur.', []],
    ['Les faits remontent aux années 1990.', []],
    ['En deux mille vingt-cinq, la ville a accueilli le sommet.', []],
  ],

  'not quantities: names, codes, labels': [
    ['Le gouvernement a utilisé l’article 49.3 pour la vingtième fois.', []],
    ['Le sommet du G7 s’ouvre à Biarritz.', []],
    ['Un A320 de la compagnie a été cloué au sol.', []],
    ['La pandémie de Covid-19 a bouleversé le secteur.', []],
    ['Un accident a bloqué la RN7 près de Valence.', []],
    ['Pour tout renseignement, appelez le 02 99 12 34 56.', []],
    ['Le numéro 10 du club a été suspendu.', []],
    ['L’un d’eux a été hospitalisé.', []],
    ['Une femme a été blessée par un chien.', []],
    ['Le Paris Saint-Germain a gagné pour la troisième fois.', []],
    ['Il s’est classé premier, devant le 2e de l’an dernier.', []],
    ['Le Top 14 reprend samedi.', []],
    ['Le vol AF447 s’est abîmé en mer.', []],
    ['Ils ont pris l’autoroute A7 vers Marseille.', []],
    ['La station France 24 a diffusé le reportage.', []],
    ['L’une des victimes a été identifiée.', []],
    ['Il a reçu le prix Nobel de la paix une fois de plus.', []],
    ['Il habite au 12 rue de la Paix à Lyon.', []],
    ['La loi 2024-123 a été promulguée.', []],
  ],
};

/**
 * Rows the pipeline still gets wrong, run with `it.fails`; each says what is missing.
 */
export const GAPS: Record<string, readonly QRow[]> = {
  'percentages and points': [
    // A unit shared along a change goes from the second figure to the first, never forward: here "12 %" is the
    // growth and "1,2 milliard" the new level (no unit written), but the second takes "%". Missing: telling a
    // growth rate ("bondi de X %") from the "de X à Y" of a change.
    ['Les ventes ont bondi de 12 % à 1,2 milliard.', [['12 %', 'percent', 12, { unit: '%' }], ['1,2 milliard', 'count', 1200000000]]],
  ],
  'scores and race times': [
    // A score with its noun ("2 buts à 0") is read as a count of goals and a count of 0. Missing: a score shape
    // "N <noun of points> à M".
    ['Le club a été battu 2 buts à 0 par Lens.', []],
  ],
};
