/**
 * Function words for the counted-object and exclusion rules.
 * Source: the closed classes of French grammar (Grevisse, Le Bon Usage
 * §§ 585–1094: determiners, pronouns, prepositions, conjunctions), plus the
 * forms of "être"/"avoir" that follow a subject.
 * Keys are accent-folded (`Token.fold`).
 */

/** Words that cannot start or continue a counted noun phrase: "les deux ont", "90 mots qui". */
export const NOT_NOUNS: ReadonlySet<string> = new Set([
  // determiners and pronouns
  'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'ce', 'cet', 'cette', 'ces', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes',
  'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous',
  'je', 'tu', 'se', 'me', 'te', 'lui', 'y', 'en', 'qui', 'que', 'quoi', 'dont', 'ou', 'lequel', 'laquelle', 'lesquels',
  'lesquelles', 'celui', 'celle', 'ceux', 'celles', 'tout', 'tous', 'toute', 'toutes', 'chacun', 'chacune', 'aucun', 'aucune',
  // prepositions and conjunctions
  'a', 'au', 'aux', 'avec', 'sans', 'pour', 'par', 'sur', 'sous', 'dans', 'entre', 'vers', 'chez', 'contre', 'depuis',
  'pendant', 'durant', 'avant', 'apres', 'selon', 'malgre', 'parmi', 'des', 'jusqu', 'et', 'ni', 'mais', 'or', 'donc',
  'car', 'comme', 'lorsque', 'quand', 'si', 'puis', 'soit', 'afin', 'outre', 'hors', 'via', 'envers', 'face', 'devant', 'derriere',
  // heads of prepositional phrases: "autour de", "près de", "lors de", "au-delà de", "loin de", "le long de"
  'autour', 'pres', 'lors', 'loin', 'aupres', 'au-dela', 'en-dessous', 'au-dessus', 'au-dessous', 'long', 'ainsi', 'deja',
  'encore', 'aussi', 'notamment', 'environ', 'seulement', 'desormais', 'hier', 'aujourd\'hui', 'demain',
  // auxiliaries and frequent verbs after a subject
  'est', 'sont', 'etait', 'etaient', 'sera', 'seront', 'serait', 'seraient', 'ete', 'etre', 'a', 'ont', 'avait',
  'avaient', 'aura', 'auront', 'aurait', 'auraient', 'avoir', 'fait', 'font', 'doit', 'doivent', 'peut', 'peuvent',
  'va', 'vont', 'semble', 'semblent',
  // adverbs
  'ne', 'pas', 'plus', 'moins', 'tres', 'trop', 'bien', 'mal', 'deja', 'encore', 'aussi', 'ainsi', 'alors', 'seulement',
  'environ', 'meme', 'non', 'oui', 'ici', 'la-bas', 'aujourd\'hui', 'hier', 'demain', 'fois', 'autres', 'autre',
  'derniers', 'dernieres', 'premiers', 'premieres', 'prochains', 'prochaines', 'suivants', 'suivantes',
  // the part of a prison sentence to serve: "quatre ans, dont deux ferme" (a plural noun would be "fermes")
  'ferme',
]);

/**
 * Words before a number that make it a year: "en 2000", "depuis 2016",
 * "dès 2030", "élections 2024". Matched on `Token.key` (accents kept: the
 * folded "a" of "il a 2000 soldats" must not read as "à").
 */
export const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set([
  'en', 'depuis', 'de', 'dès', "jusqu'en", 'avant', 'après', 'apres', 'vers', 'entre', 'et', 'ou', 'fin', 'début', 'debut',
  'mi', 'an', 'année', 'annee', 'années', 'annees', 'été', 'hiver', 'printemps', 'automne', 'ici', 'à', 'au', 'du', 'pour',
  'élections', 'elections', 'élection', 'election', 'mandat', 'saison', 'budget', 'exercice', 'promotion', 'cuvée',
  'millésime', 'édition', 'edition', 'horizon', 'cop', 'jo', 'coupe', 'mondial', 'euro', 'of', 'in', 'since', 'circa', 'date',
  'dates', 'le', 'la', "l'", 'courant', 'fin-', 'mi-',
]);

/**
 * Street nouns, singular (folded), that make the number before them a house number: "au 12 rue de la Paix",
 * "le 5 avenue Foch", "au 3 bis place du Marché". A count would take the plural ("12 rues").
 */
export const STREET_NOUNS: ReadonlySet<string> = new Set([
  'rue', 'avenue', 'av.', 'boulevard', 'bd', 'place', 'chemin', 'allee', 'impasse', 'quai', 'route',
  'square', 'chaussee', 'faubourg', 'ruelle', 'sentier', 'esplanade',
]);
/** Suffixes of a house number: "12 bis", "3 ter". */
export const HOUSE_NUMBER_SUFFIXES: ReadonlySet<string> = new Set(['bis', 'ter', 'quater']);

/**
 * Nouns that label a number as a name or a code: "numéro deux", "article 5",
 * "résolution 2231". Matched on `Token.key`, accents kept, so the participle
 * "livré 31 chars" is not the noun "livre".
 */
export const LABEL_NOUNS: ReadonlySet<string> = new Set([
  'numéro', 'numéros', 'numero', 'n°', 'no', 'article', 'articles', 'page', 'pages', 'chapitre', 'résolution', 'resolution',
  'ligne', 'vol', 'saison', 'épisode', 'episode', 'tome', 'route', 'salle', 'porte', 'section', 'paragraphe', 'alinéa',
  'amendement', 'code', 'version', 'niveau', 'annexe', 'étage', 'rue', 'avenue', 'boulevard', 'bd', 'place', 'quai', 'allée',
  'impasse', 'chemin', 'terminal', 'case', 'lot', 'acte', 'livre', 'figure', 'tableau', 'bus', 'métro', 'rer', 'tram', 'canal',
  'chaîne', 'catégorie', 'groupe', 'zone', 'classe', 'poste', 'matricule', 'taille', 'phase', 'stade', 'manche', 'match',
  'journée', 'round', 'borne', 'pk', 'mach', 'windows', 'ios', 'android', 'top', 'ligue', 'formule',
  // Plurals before a list of labels: "les lignes 16 et 18", "les articles 3 et 4", "les routes 7 et 9".
  'lignes', 'routes', 'salles', 'portes', 'sections', 'amendements', 'annexes', 'terminaux', 'chaînes', 'catégories',
  'zones', 'phases', 'manches', 'journées', 'versions', 'niveaux', 'chapitres', 'épisodes', 'paragraphes', 'alinéas',
]);

/** Words that name what follows: "l'allocation dite 800+", "l'opération baptisée 212", "le gang surnommé 400". */
export const NAMING_WORDS: ReadonlySet<string> = new Set([
  'dite', 'dites', 'dits', 'baptisé', 'baptisée', 'baptisés', 'baptisées', 'surnommé', 'surnommée', 'surnommés', 'surnommées',
]);

/**
 * Verbs of opinion (folded) after a ratio's second number, beside NOT_NOUNS:
 * "un Français sur deux estime …". Any other word is a noun the number
 * counts ("un roman sur trois générations").
 */
export const RATIO_VERBS: ReadonlySet<string> = new Set([
  'declare', 'declarent', 'dit', 'disent', 'estime', 'estiment', 'juge', 'jugent', 'pense', 'pensent', 'affirme', 'affirment',
  'reste', 'restent', 'souhaite', 'souhaitent', 'refuse', 'refusent', 'craint', 'craignent', 'redoute', 'redoutent',
]);

/** Verbs (folded prefixes) before "le" + a phone number: "appeler le 15", "composez le 3919", "joindre le 112". */
export const CALL_VERB_PREFIXES: readonly string[] = ['appel', 'compos', 'joindre', 'joignez', 'contacter', 'contactez'];

/** Words that join a label to the next one: "les lignes 16 et 18", "articles 3, 4 ou 5". */
export const LABEL_JOINS: ReadonlySet<string> = new Set(['et', 'ou', ',', 'à']);


/** Determiners and function words (folded) that may precede a capitalised number ("Les deux") without making it a name. */
export const NUMBER_LEADERS: ReadonlySet<string> = new Set([
  'les', 'des', 'ces', 'ses', 'leurs', 'nos', 'vos', 'mes', 'tes', 'aux', 'de', "d'", 'a', 'et', 'ou', 'en', 'sur',
  'par', 'pour', 'avec', 'plus', 'moins', 'environ', 'pres', 'au', "jusqu'", 'quelque', 'entre', 'dans', 'sans',
  'contre', 'vers', 'chez', 'apres', 'avant', 'depuis', 'pendant', 'selon', 'soit', 'dont', 'tous', 'toutes',
  'the', 'le', 'la', "l'", 'du', 'mais', 'si', 'que', "qu'", 'seulement', 'quelques', 'plusieurs',
]);

/** Nouns after a number that together name an event, no amount: "le 200 m quatre nages", "le 4 nages". */
export const EVENT_NAME_NOUNS: ReadonlySet<string> = new Set(['nages']);
