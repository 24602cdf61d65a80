/**
 * Scraped text sometimes glues the auxiliary "a" to the name before it:
 * "Vladimir Poutinea félicité", "Pékina annoncé", or an elided article:
 * "Corée du Nordl’Occident". The words below tell that the next word is the
 * past participle of that "a", or which letters an elision leaves.
 *
 * Source: French past-participle endings (Grevisse, Le Bon Usage, §§ 800-
 * 808: -é, -i, -u, -is, -it, -int, -ert and their feminine and plural
 * forms) and the adverbs that sit between an auxiliary and its participle.
 * Lower-case keys, accented.
 */

/** Endings of a past participle: "félicité", "réagi", "reçu", "dû", "pris", "dit", "craint", "ouvert", "mort". */
export const PARTICIPLE_ENDINGS: readonly string[] = [
  'é', 'ée', 'és', 'ées', 'i', 'ie', 'is', 'ies', 'it', 'ite', 'its', 'ites', 'u', 'ue', 'us', 'ues', 'û', 'int', 'ert', 'ort',
];

/** Participles among words in "-ait", which are otherwise imperfects or conditionals ("était", "pourrait"). */
export const PARTICIPLES_IN_AIT: readonly string[] = ['fait', 'trait'];

/** Frequent words with a participle ending that are not participles: "qui", "lui", "lundi", "plus", "nuit". */
export const NOT_PARTICIPLES: ReadonlySet<string> = new Set([
  'qui', 'lui', 'ici', 'ni', 'si', 'oui', 'aussi', 'parmi', 'puis', 'depuis', 'mais', 'jamais', 'tu', 'du', 'au', 'eux',
  'sous', 'plus', 'tous', 'nous', 'vous', 'jusqu', 'celui', 'autrui', 'aujourd\'hui', 'lundi', 'mardi', 'mercredi',
  'jeudi', 'vendredi', 'samedi', 'midi', 'nuit', 'huit', 'minuit', 'droit', 'soit', 'doit', 'fut', 'dessus', 'dessous',
  'abus', 'bus', 'virus', 'sort', 'port', 'fort', 'nord', 'tort', 'effort', 'rapport', 'transport', 'support', 'accord',
  'concert', 'désert', 'expert', 'pari', 'parti', 'abri', 'cri', 'défi', 'ami', 'demi', 'épi', 'pays', 'prix', 'avis',
  'début', 'but', 'statut', 'salut', 'institut', 'attribut',
]);

/** Adverbs between the glued auxiliary and its participle: "Poutinea également félicité". */
export const AUXILIARY_ADVERBS: ReadonlySet<string> = new Set([
  'également', 'aussi', 'déjà', 'encore', 'ensuite', 'enfin', 'notamment', 'pourtant', 'toutefois', 'cependant',
  'finalement', 'récemment', 'longtemps', 'souvent', 'toujours', 'jamais', 'bien', 'ainsi', 'alors', 'lui-même',
  'elle-même', 'publiquement', 'officiellement', 'personnellement', 'immédiatement', 'rapidement', 'aussitôt',
]);

/** Letters of the elided words "l'", "d'", "j'", "m'", "n'", "s'", "t'", "c'" that scraping glues to the word before: "Nordl’Occident". */
export const ELIDED_LETTERS: ReadonlySet<string> = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c']);
