/**
 * Word lists of French reported speech, kept as data so that rules stay
 * short. Keys are token keys (lower case, NFC, straight apostrophe).
 * Sources: Grevisse, Le Bon Usage §411–418 (discours rapporté), §1126
 * (incises); Riegel, Pellat & Rioul, Grammaire méthodique du français,
 * ch. XXIII (discours rapporté); AFP/Le Monde style books for "selon".
 */

/** Prepositions of attribution ("selon X", "d'après X"), each with its lemma. */
export const ACCORDING_TO: ReadonlyMap<string, string> = new Map([
  ['selon', 'selon'],
  ['après', "d'après"], // only after "d'": checked by the rule
]);

/** Prepositions of the place or circle after an impersonal speech verb: "indique-t-on à Matignon", "chez Renault". */
export const ON_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['à', 'au', 'aux', 'chez', 'dans']);

/**
 * Words after "de source(s)" that make it an attribution ("de source
 * diplomatique", "de sources proches du dossier"): "changement de source
 * d'énergie" is not one.
 */
export const SOURCE_QUALIFIERS: ReadonlySet<string> = new Set([
  'sûre', 'sûres', 'diplomatique', 'diplomatiques', 'militaire', 'militaires', 'policière', 'policières', 'judiciaire',
  'judiciaires', 'sécuritaire', 'sécuritaires', 'gouvernementale', 'gouvernementales', 'officielle', 'officielles', 'proche',
  'proches', 'concordante', 'concordantes', 'informée', 'informées', 'autorisée', 'autorisées', 'bien', 'médicale',
  'médicales', 'hospitalière', 'hospitalières', 'humanitaire', 'humanitaires', 'parlementaire', 'parlementaires',
  'syndicale', 'syndicales', 'européenne', 'européennes', 'occidentale', 'occidentales', 'interne', 'internes',
  'ministérielle', 'aéroportuaire', 'industrielle', 'industrielles',
]);

/**
 * Two-word locutions after a speaker noun that say where the speaker stands, not who speaks: "un diplomate en poste
 * à Ankara", "des diplomates au fait des pourparlers", "une source au courant du dossier". First word → second words.
 */
export const SPEAKER_SITUATIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['en', new Set(['poste'])],
  ['au', new Set(['fait', 'courant'])],
]);

/** Words after "selon" that make it a relative or a condition, not an attribution ("selon laquelle", "selon que", "selon moi"). */
export const NOT_AFTER_SELON: ReadonlySet<string> = new Set([
  'lequel', 'laquelle', 'lesquels', 'lesquelles', 'qui', 'que', "qu'", 'quoi', 'moi', 'nous', 'toi', 'vous', 'les', 'le', 'la', 'un', 'une', 'des', 'l\'',
]);

/** After "selon le/la/les …": a non-speaker head ("selon les cas", "selon le modèle"); figures only count with a named author ("selon les chiffres de l'ONU"). */
export const NON_SPEAKER_AFTER_SELON: ReadonlySet<string> = new Set([
  'cas', 'besoins', 'besoin', 'modèle', 'modèles', 'règles', 'règle', 'termes', 'terme', 'calendrier', 'plan', 'principe',
  'principes', 'conditions', 'critères', 'normes', 'méthode', 'saison', 'saisons', 'moment', 'moments', 'circonstances',
  'résultats', 'estimations', 'chiffres', 'données', 'scénario', 'lois', 'loi', 'accord', 'accords', 'traité', 'âge', 'taille',
  'modalités', 'procédures', 'méthodes', 'formules', 'barèmes', 'protocoles', 'niveaux', 'degrés', 'secteurs', 'régions',
  'pays', 'zones', 'types', 'goûts', 'profils', 'versions',
]);

/** Stems of verbs of variation before a distributive "selon" ("Les prix varient selon les vendeurs", "diffèrent selon"). */
export const VARIATION_STEMS: readonly string[] = ['vari', 'diffèr', 'differ', 'dépend', 'fluctu', 'oscill', 'évolu', 'chang'];

/** Reflexive clitics of pronominal cues ("s'est dit", "se sont dits", "s'inquiète"). */
export const REFLEXIVE: ReadonlySet<string> = new Set(['se', "s'"]);

/** Negation markers that cancel a cue ("n'a pas dit", "ne dément jamais"). */
export const NEGATION_BEFORE: ReadonlySet<string> = new Set(['ne', "n'"]);
export const NEGATION_AFTER: ReadonlySet<string> = new Set([
  'pas', 'jamais', 'guère', 'point', 'nullement', 'aucunement', 'rien', 'plus',
]);

/**
 * Lemmas whose negation still reports a statement (a litotes): "n'a pas exclu de
 * nouvelles frappes", "n'exclut pas que des élections aient lieu" say that they may
 * happen. Only "pas" makes the litotes ("n'a jamais exclu" is a report too, but
 * "n'a rien exclu" is not about a content).
 */
export const LITOTES_LEMMAS: ReadonlySet<string> = new Set([
  'exclure',
  // "ne nie pas que des erreurs ont été commises": not denying concedes the content.
  'nier',
]);

/**
 * Infinitives that open a reported clause sharing the cue's subject: "a
 * affirmé avoir abattu", "dit être prêt", "assure ne pas vouloir". Verbs of
 * state and modality only: "a annoncé lancer …" is rare, "a dit faire" is
 * ambiguous.
 */
export const REPORTED_INFINITIVES: ReadonlySet<string> = new Set([
  'avoir', 'être', 'vouloir', 'pouvoir', 'devoir', 'savoir', 'ignorer', 'souhaiter', 'espérer', 'compter', 'craindre',
  'disposer', 'détenir', 'posséder', 'connaître',
]);

/** Degree words of a comparison whose "que" opens no clause: "plus doux que la normale", "aussi cher qu'en 2022". */
export const COMPARATIVE_DEGREES: ReadonlySet<string> = new Set(['plus', 'moins', 'aussi', 'autant', 'davantage']);

/** Complementisers that open a reported clause ("a déclaré que", "qu'"). */
export const COMPLEMENTISERS: ReadonlySet<string> = new Set(['que', "qu'"]);

/** Words before "que" that make it a conjunction, not the complement of the cue ("alors que", "bien que"). */
export const NOT_COMPLEMENT_BEFORE_QUE: ReadonlySet<string> = new Set([
  'alors', 'bien', 'parce', 'tandis', 'avant', 'après', 'dès', 'pour', 'sans', 'ainsi', 'afin', 'depuis', 'pendant',
  'lors', 'tant', 'même', 'plutôt', 'moins', 'plus', 'autant', 'ce', 'tel', 'telle', 'tels', 'telles', 'si', 'aussi',
  // "à condition que", "sous réserve que", "pourvu que": a condition, not a reported clause.
  'condition', 'réserve', 'pourvu',
]);

/**
 * Adverbs that may sit inside a compound cue or between a cue and its
 * inverted subject: "ont ensuite affirmé", "a également déclaré", "a indiqué
 * jeudi l'agence".
 */
export const CUE_ADVERBS: ReadonlySet<string> = new Set([
  'ensuite', 'également', 'aussi', 'encore', 'déjà', 'notamment', 'clairement', 'récemment', 'alors', 'pourtant',
  'cependant', 'toutefois', 'publiquement', 'officiellement', 'enfin', 'auparavant', 'précédemment', 'finalement',
  'immédiatement', 'aussitôt', 'longtemps', 'souvent', 'toujours', 'parfois', 'plusieurs', 'fois', 'explicitement',
  'ouvertement', 'fermement', 'vivement', 'clairement', 'fièrement', 'simplement', 'seulement', 'même', 'lui-même',
  'elle-même', 'eux-mêmes', 'elles-mêmes', 'dernièrement', 'hier', "aujourd'hui", 'demain', 'mardi', 'lundi', 'mercredi',
  'jeudi', 'vendredi', 'samedi', 'dimanche', 'soir', 'matin', 'midi', 'après-midi', 'dans', 'la', 'journée', 'nuit',
  'ce', 'cette', 'cet', 'début', 'fin', 'mi', 'mi-', 'plus', 'tard', 'tôt', 'prochain', 'dernier', 'dernière',
  'semaine', 'mois', 'année', 'an', 'le', 'en', 'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
  'septembre', 'octobre', 'novembre', 'décembre', 'probablement', 'sans', 'doute', 'franchement', 'en', 'substance',
  'sèchement', 'son', 'tour', 'de', 'son', 'côté', 'pour', 'sa', 'part',
]);

/** First words of a plural speaker phrase: "les experts", "deux responsables", "des diplomates". */
export const PLURAL_DETERMINERS: ReadonlySet<string> = new Set([
  'les', 'des', 'ces', 'leurs', 'nos', 'vos', 'mes', 'tes', 'ses', 'plusieurs', 'certains', 'certaines', 'quelques', 'nombreux', 'nombreuses',
  'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'ils', 'elles',
]);

/** Adverbs allowed between an auxiliary and its participle ("a également déclaré", "ont, eux, affirmé"). */
export const INNER_ADVERBS: ReadonlySet<string> = new Set([
  'néanmoins', 'justement', 'personnellement',
  'ensuite', 'également', 'aussi', 'encore', 'déjà', 'notamment', 'clairement', 'récemment', 'alors', 'pourtant',
  'cependant', 'toutefois', 'publiquement', 'officiellement', 'enfin', 'auparavant', 'précédemment', 'finalement',
  'immédiatement', 'aussitôt', 'longtemps', 'souvent', 'toujours', 'parfois', 'explicitement', 'ouvertement',
  'fermement', 'vivement', 'fièrement', 'simplement', 'seulement', 'même', 'dernièrement', 'bien', 'certes', 'donc',
  'depuis', 'lui', 'elle', 'eux', 'elles', 'lui-même', 'elle-même', 'eux-mêmes', 'elles-mêmes', 'ainsi', 'hier',
  'probablement', 'sûrement', 'peut-être', 'successivement', 'formellement', 'expressément',
  // Manner of the act: "a rapidement reconnu sa défaite", "a longuement expliqué", "a vigoureusement dénoncé".
  'rapidement', 'vite', 'promptement', 'brièvement', 'longuement', 'discrètement', 'solennellement', 'vigoureusement',
  'violemment', 'sévèrement', 'durement', 'fortement', 'implicitement', 'indirectement', 'tardivement', 'prudemment',
  'timidement', 'volontiers', 'unanimement', 'sobrement', 'calmement', 'amèrement',
  // Force of a denial or a claim: "a catégoriquement démenti", "a démenti catégoriquement", "nie farouchement".
  'catégoriquement', 'farouchement', 'énergiquement', 'résolument', 'obstinément', 'sèchement',
]);

/**
 * Adverbial phrases allowed at the same places, matched as whole sequences
 * ("a par ailleurs affirmé", "a une nouvelle fois démenti", "a, de son côté,
 * annoncé"): their words alone ("une", "en", "par") are not adverbs.
 */
export const ADVERBIAL_PHRASES: readonly (readonly string[])[] = [
  ['par', 'ailleurs'], ['en', 'outre'], ['en', 'effet'], ['en', 'revanche'], ['de', 'nouveau'], ['à', 'nouveau'],
  ["d'", 'abord'], ["d'", 'ailleurs'], ['une', 'nouvelle', 'fois'], ['une', 'fois', 'de', 'plus'], ['pour', 'autant'],
  ['quant', 'à', 'lui'], ['quant', 'à', 'elle'], ['quant', 'à', 'eux'], ['à', 'son', 'tour'], ['à', 'leur', 'tour'],
  ['pour', 'sa', 'part'], ['pour', 'leur', 'part'], ['de', 'son', 'côté'], ['de', 'leur', 'côté'], ['sans', 'doute'],
  ['plusieurs', 'fois'], ['maintes', 'fois'], ['à', 'plusieurs', 'reprises'], ['à', 'maintes', 'reprises'],
  ['lui', 'aussi'], ['elle', 'aussi'], ['de', 'même'], ['tout', 'de', 'suite'], ['au', 'contraire'],
  ['dans', 'la', 'foulée'], ['dans', 'la', 'soirée'], ['dans', 'la', 'matinée'], ['dans', 'la', 'journée'],
  // Manners of saying: "a nié en bloc les accusations", "a affirmé haut et fort que", "a reconnu à demi-mot".
  ['en', 'bloc'], ['haut', 'et', 'fort'], ['en', 'substance'], ['à', 'demi-mot'], ['sans', 'ambages'], ['sans', 'détour'],
  // How long or how hard it is asked: "réclame de longue date la fermeture", "exige avec insistance que".
  ['de', 'longue', 'date'], ['avec', 'insistance'], ['sans', 'relâche'], ['depuis', 'toujours'],
  // Already, so far: "ont d'ores et déjà annoncé", "a jusqu'ici fait savoir", "a jusqu'à présent refusé".
  ["d'", 'ores', 'et', 'déjà'], ["jusqu'", 'ici'], ["jusqu'", 'à', 'présent'], ["jusqu'", 'alors'],
];

/** Subject pronouns that can be a speaker ("il a déclaré", "a-t-elle ajouté"). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['il', 'elle', 'ils', 'elles', 'on']);

/** First- and second-person speakers: not an attribution to report ("selon moi", "je dis"). */
export const FIRST_PERSON: ReadonlySet<string> = new Set(['je', "j'", 'nous', 'tu', 'vous', 'moi', 'toi']);

/** "ce dernier", "cette dernière", "celui-ci": the last person named. */
export const LAST_MENTION_ANAPHORS: ReadonlySet<string> = new Set([
  'dernier', 'dernière', 'derniers', 'dernières', 'celui-ci', 'celle-ci', 'ceux-ci', 'celles-ci',
]);
/** Bodies named by a noun and an adjective, neither of which speaks alone: "la sécurité civile", "la protection civile". */
export const SPEAKER_PAIRS: ReadonlySet<string> = new Set([
  'sécurité civile', 'protection civile', 'défense civile', 'garde côtière', 'garde civile', 'garde nationale',
  'santé publique',
]);

/** "l'intéressé", "l'intéressée": after the article, the person the text is about, named last. */
export const CONCERNED_ANAPHORS: ReadonlySet<string> = new Set(['intéressé', 'intéressée', 'intéressés', 'intéressées']);

/** Heads of "le ministre", "ce responsable": a person named before, preferably under that title. */
export const PERSON_ANAPHOR_HEADS: ReadonlySet<string> = new Set([
  'président', 'présidente', 'ministre', 'porte-parole', 'chef', 'cheffe', 'dirigeant', 'dirigeante', 'responsable',
  'diplomate', 'député', 'députée', 'législateur', 'sénateur', 'sénatrice', 'ambassadeur', 'ambassadrice', 'général',
  'officiel', 'chancelier', 'chancelière', 'secrétaire', 'directeur', 'directrice', 'conseiller', 'conseillère',
  'colonel', 'commandant', 'leader', 'patron', 'patronne', 'maire', 'gouverneur', 'gouverneure', 'procureur',
  'procureure', 'juge', 'émissaire', 'envoyé', 'envoyée', 'négociateur', 'négociatrice', 'premier', 'première',
  'vice-président', 'vice-présidente', 'vice-ministre', 'monarque', 'roi', 'reine', 'pape', 'souverain',
  'prince', 'princesse', 'émir', 'cheikh', 'sultan',
  'candidat', 'candidate', 'opposant', 'opposante', 'militant', 'militante', 'avocat', 'avocate',
  'femme', 'homme', 'spécialiste', 'expert', 'experte', 'analyste', 'politologue', 'chercheur', 'chercheuse', 'économiste',
  'historien', 'historienne', 'universitaire', 'élu', 'élue', 'magistrat', 'magistrate',
  // Winners of a race or a vote: "a confié le vainqueur", "a déclaré la lauréate" (see WINNER_HEADS).
  'vainqueur', 'vainqueure', 'lauréat', 'lauréate', 'gagnant', 'gagnante',
  // Sport and trades of local news: "a expliqué le manager", "explique ce viticulteur de 61 ans".
  'manager', 'entraîneur', 'entraîneuse', 'sélectionneur', 'sélectionneuse', 'capitaine', 'joueur', 'joueuse',
  // "selon le technicien", "a regretté le coach": the coach, in sports pages.
  'technicien', 'technicienne', 'coach',
  'viticulteur', 'viticultrice', 'agriculteur', 'agricultrice', 'éleveur', 'éleveuse', 'commerçant', 'commerçante',
  'gérant', 'gérante', 'syndicaliste', 'médecin', 'infirmier', 'infirmière', 'habitant', 'habitante', 'pdg',
  // Officials of the state's local and judicial arms: "a justifié la préfète", "selon le recteur".
  'préfet', 'préfète', 'sous-préfet', 'sous-préfète', 'recteur', 'rectrice', 'commissaire', 'bâtonnier', 'bâtonnière',
  'rapporteur', 'rapporteure', 'eurodéputé', 'eurodéputée', 'parlementaire', 'édile', 'bourgmestre', 'prévenu', 'prévenue',
  'accusé', 'accusée', 'amiral', 'évêque', 'archevêque', 'cardinal', 'imam', 'rabbin',
  // Sport: "a raconté le skipper", "a souri la nageuse".
  'skipper', 'navigateur', 'navigatrice', 'pilote', 'coureur', 'coureuse', 'athlète', 'nageur', 'nageuse', 'cycliste',
  'attaquant', 'attaquante', 'défenseur', 'gardien', 'gardienne', 'buteur', 'champion', 'championne',
  // Professions quoted in features: "a expliqué l'architecte", "selon la romancière".
  'journaliste', 'écrivain', 'écrivaine', 'romancier', 'romancière', 'auteur', 'autrice', 'réalisateur', 'réalisatrice',
  'acteur', 'actrice', 'chanteur', 'chanteuse', 'artiste', 'architecte', 'ingénieur', 'ingénieure', 'scientifique',
  'climatologue', 'sociologue', 'épidémiologiste', 'virologue', 'chirurgien', 'chirurgienne', 'fondateur', 'fondatrice',
  'cofondateur', 'cofondatrice', 'entrepreneur', 'entrepreneuse',
  // A person named with an age, then by the decade of it: "Marc Leroy, 45 ans, … Le quadragénaire a nié".
  'trentenaire', 'quadragénaire', 'quinquagénaire', 'sexagénaire', 'septuagénaire', 'octogénaire', 'nonagénaire',
  'centenaire', 'astronaute', 'spationaute',
]);

/**
 * Heads of "l'agence", "le ministère": an organisation named before, whose
 * subtype is one of these (or whose name holds the head word: "l'agence" →
 * "Agence France-Presse").
 */
export const ORGANIZATION_ANAPHOR_HEADS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['agence', ['agency', 'media', 'international']],
  ['journal', ['media']],
  ['quotidien', ['media']],
  ['hebdomadaire', ['media']],
  ['magazine', ['media']],
  ['média', ['media']],
  ['chaîne', ['media']],
  ['télévision', ['media']],
  ['radio', ['media']],
  ['site', ['media']],
  ['ministère', ['government']],
  ['gouvernement', ['government']],
  ['régime', ['government']],
  ['chancellerie', ['government']],
  ['ambassade', ['government']],
  ['bureau', ['government', 'international']],
  ['organisation', ['international']],
  ['institution', ['international', 'government']],
  ['organisme', ['international', 'agency']],
  ['service', ['agency']],
  ['services', ['agency']],
  ['groupe', ['company', 'military']],
  ['entreprise', ['company']],
  ['société', ['company']],
  ['compagnie', ['company']],
  ['parti', ['party']],
  ['armée', ['military']],
  ['mouvement', ['military', 'party']],
  ['ong', ['international']],
  // Monitoring bodies: "selon l'observatoire" (the air-quality body named before).
  ['observatoire', ['agency']],
  // Local bodies, found by the name that holds the head ("la préfecture" → "préfecture de la Marne"), and unions.
  ['préfecture', []],
  ['mairie', []],
  ['rectorat', []],
  ['syndicat', ['union']],
  // Sports clubs: "le club bordelais" → "Union Bordeaux-Bègles".
  ['club', ['sport']],
  // "L'Insee … L'institut prévoit", "La FNSEA … La fédération réclame", "Renault … Le constructeur assure": the kinds
  // of body a story names once, then by the common noun.
  ['institut', ['think-tank', 'agency']],
  ['fédération', ['union', 'sport']],
  ['confédération', ['union']],
  ['constructeur', ['company']],
  // "Le parquet de Nanterre … Le parquet a précisé": the prosecution named before, found by the name that holds "parquet".
  ['parquet', []],
]);

/** Heads of ORGANIZATION_ANAPHOR_HEADS resolved only to a body that fits them, never to any organisation named just before. */
export const STRICT_BODY_HEADS: ReadonlySet<string> = new Set(['préfecture', 'mairie', 'rectorat', 'syndicat', 'gouvernement', 'parquet']);

/**
 * Nouns of documents and figures whose "de X" or "par X" complement is the
 * real speaker: "un rapport de Bloomberg", "selon un décompte de l'AFP",
 * "selon des données compilées par l'agence Argus".
 */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'source', 'sources', 'rapport', 'communiqué', 'article', 'étude', 'enquête', 'déclaration', 'texte', 'document', 'note', 'dépêche',
  'message', 'lettre', 'publication', 'bulletin', 'sondage', 'analyse', 'éditorial', 'compte', 'site', 'décompte', 'calcul', 'calculs',
  'données', 'chiffres', 'estimation', 'estimations', 'bilan', 'statistiques', 'projections', 'prévisions', 'comptage',
  'recensement', 'relevé', 'évaluation', 'évaluations', 'recherches', 'travaux', 'résultats',
  // "Selon un audit publié en 2021 par la Commission européenne, P": the author of an audit or a survey speaks.
  'audit', 'audits', 'rapports', 'études', 'enquêtes', 'sondages', 'expertise', 'inventaire',
  // "selon le consensus compilé par Visible Alpha", "selon le consensus FactSet": analysts' average forecast, by its compiler.
  'consensus',
  // Scales, rankings and indexes that give a figure: "selon le barème de l'UEFA", "selon le classement de Forbes".
  'barème', 'barèmes', 'classement', 'palmarès', 'baromètre', 'indice', 'grille',
  // Words quoted: "« … », selon les mots du député", "selon les propos de la ministre".
  'mots', 'propos', 'paroles',
  // A newsroom's findings: "selon des informations du Monde" (not "éléments": "les premiers éléments de la Force" are troops).
  'informations',
]);

/**
 * Participles that follow a document's author and close its name: "selon un sondage de l'institut CBOS publié lundi"
 * → "CBOS", "une étude du cabinet McKinsey parue mardi".
 */
export const DOCUMENT_PARTICIPLES: ReadonlySet<string> = new Set([
  'publié', 'publiée', 'publiés', 'publiées', 'diffusé', 'diffusée', 'diffusés', 'diffusées', 'dévoilé', 'dévoilée',
  'dévoilés', 'dévoilées', 'réalisé', 'réalisée', 'réalisés', 'réalisées', 'présenté', 'présentée', 'présentés',
  'présentées', 'mené', 'menée', 'menés', 'menées', 'commandé', 'commandée', 'commandés', 'commandées', 'effectué',
  'effectuée', 'effectués', 'effectuées', 'rendu', 'rendue', 'rendus', 'rendues', 'paru', 'parue', 'parus', 'parues',
  'remis', 'remise', 'remises',
]);

/** Endings of past participles that qualify a speaker before "par" ("joint par téléphone", "interrogé par"). */
export const PARTICIPLE_ENDINGS: readonly string[] = [
  'é', 'ée', 'és', 'ées', 'int', 'inte', 'ints', 'intes', 'is', 'ise', 'ises', 'it', 'ite', 'its', 'ites', 'u', 'ue', 'us', 'ues',
  'ert', 'erte', 'erts', 'ertes',
];

/** Heads of "la même source", "le communiqué": whoever was quoted last. */
export const SOURCE_ANAPHOR_HEADS: ReadonlySet<string> = new Set([
  'source', 'sources', 'rapport', 'communiqué', 'texte', 'document', 'article', 'dépêche', 'déclaration',
]);

/** Nouns that name people or bodies that speak ("les experts", "un député", "des responsables"). */
export const SPEAKER_NOUNS: ReadonlySet<string> = new Set([
  'agence', 'agences', 'source', 'sources', 'rapport', 'rapports', 'journal', 'journaux', 'quotidien', 'média', 'médias',
  'ministère', 'ministères', 'ministre', 'ministres', 'gouvernement', 'gouvernements', 'présidence', 'mairie', 'préfecture', 'président', 'présidente',
  // "la numéro deux du parti", "le locataire de Matignon" (a title by rank or by residence), "les locataires".
  'numéro', 'locataire', 'locataires',
  'porte-parole', 'chef', 'chefs', 'cheffe', 'cheffes', 'dirigeant', 'dirigeants', 'dirigeante', 'responsable', 'responsables', 'expert',
  'experts', 'analyste', 'analystes', 'observateur', 'observateurs', 'diplomate', 'diplomates', 'député', 'députés',
  'législateur', 'législateurs', 'sénateur', 'sénateurs', 'ambassadeur', 'ambassadrice', 'général', 'officiel', 'officiels',
  'militaire', 'militaires', 'témoin', 'témoins', 'habitant', 'habitants', 'enquêteur', 'enquêteurs', 'procureur',
  'parquet', 'police', 'armée', 'état-major', 'commandement', 'conseiller', 'conseillère', 'conseillers', 'collaborateur',
  'collaborateurs', 'proche', 'proches', 'entourage', 'communiqué', 'déclaration', 'texte', 'document', 'étude',
  'enquête', 'sondage', 'renseignements', 'renseignement', 'services', 'service', 'autorités', 'autorité', 'officiers',
  'officier', 'spécialiste', 'spécialistes', 'chercheur', 'chercheurs', 'politologue', 'économiste', 'économistes',
  'avocat', 'avocats', 'syndicat', 'syndicats', 'organisation', 'organisations', 'ong', 'association', 'associations',
  'groupe', 'entreprise', 'société', 'parti', 'partis', 'opposition', 'accusation', 'régime', 'ambassade', 'diplomatie', 'chancellerie',
  'secrétaire', 'directeur', 'directrice', 'patron', 'commandant', 'maire', 'élu', 'élus', 'élue', 'élues', 'députée', 'députées', 'sénatrice', 'sénatrices', 'représentant',
  'représentants', 'négociateur', 'négociateurs', 'juge', 'juges', 'tribunal', 'cour', 'commission', 'conseil',
  'comité', 'institut', 'fondation', 'bureau', 'cabinet', 'dernier', 'dernière', 'chaîne', 'télévision', 'radio',
  'site', 'presse', 'hebdomadaire', 'mensuel', 'magazine', 'quotidiens', 'commentateur', 'commentateurs', 'officielle',
  'officielles', 'pays', 'capitales', 'alliés', 'allié', 'partenaires', 'voisin', 'voisins', 'autres', 'chancelier',
  'chancelière', 'premier', 'première', 'vice-président', 'vice-ministre', 'sous-secrétaire', 'procureure', 'avocate',
  'juriste', 'historien', 'historienne', 'sociologue', 'professeur', 'professeure', 'universitaire', 'activiste',
  'militant', 'militants', 'manifestant', 'manifestants', 'habitante', 'familles', 'victimes', 'survivants', 'médecin',
  'médecins', 'scientifiques', 'scientifique', 'journaliste', 'journalistes', 'correspondant', 'envoyé', 'émissaire',
  'leader', 'leaders', 'candidat', 'candidate', 'candidats', 'maire', 'gouverneur', 'préfet', 'préfecture', 'mairie',
  'ministres', 'états', 'état', 'nations', 'capitale', 'kremlin', 'élysée',
  'rebelles', 'paramilitaires', 'insurgés', 'miliciens', 'jihadistes', 'djihadistes', 'putschistes', 'séparatistes', 'talibans',
  // Court officers, notaries and operators of local news: "selon la magistrate", "selon les notaires", "selon l'aéroport".
  'magistrat', 'magistrate', 'magistrats', 'notaire', 'notaires', 'aéroport', 'aéroports', 'hôpital', 'hôpitaux',
  // Authors of an attack or a kidnapping who make demands: "les pirates réclament 5 millions", "les ravisseurs exigent".
  'pirates', 'hackers', 'cybercriminels', 'ravisseurs', 'assaillants', 'mutins',
  // Lawmakers and delegations: "plusieurs parlementaires ont dénoncé", "la mission d'observation de l'UE a jugé".
  'parlementaire', 'parlementaires', 'mission', 'missions', 'délégation', 'délégations',
  // A party or a panel: "la formation d'extrême droite a dénoncé", "la formation restreinte de la CNIL relève que".
  'formation', 'formations',
  // Generic sources of local and court news: "selon la gendarmerie", "selon les organisateurs", "le prévenu a reconnu".
  'gendarmerie', 'gendarmes', 'pompiers', 'secours', 'secouristes', 'organisateurs', 'organisatrices', 'professionnels',
  'prévenu', 'prévenue', 'fonctionnaire', 'fonctionnaires', 'auteurs', 'entraîneur', 'entraîneuse', 'technicien',
  'technicienne', 'coach',
  // A team's staff and medical staff: "d'après le staff médical", "selon l'encadrement".
  'staff', 'encadrement',
  // Forecasters and scientists of the weather, the earth and public health: "selon les prévisionnistes".
  'prévisionniste', 'prévisionnistes', 'météorologue', 'météorologues', 'climatologue', 'climatologues', 'sismologue',
  'sismologues', 'volcanologue', 'volcanologues', 'épidémiologiste', 'épidémiologistes', 'démographe', 'démographes',
  'statisticien', 'statisticiens', 'hydrologue', 'hydrologues',
  // Trades and roles of local and social news: "le policier a confirmé", "la commune a menacé de porter plainte",
  // "un salarié raconte", "l'enseignante dénonce", "le proviseur a indiqué".
  'policier', 'policière', 'policiers', 'policières', 'gendarme', 'commune', 'communes', 'municipalité', 'ouvrier',
  'ouvriers', 'salarié', 'salariée', 'employé', 'employée', 'employés', 'riverain', 'riveraine', 'enseignant', 'enseignante',
  'infirmières', 'soignant', 'soignante', 'pompier', 'sapeurs-pompiers', 'urgentiste', 'urgentistes', 'vétérinaire',
  'adjoint', 'adjointe', 'consul', 'prêtre', 'proviseur', 'proviseure', 'inspecteur', 'inspecteurs', 'douane', 'douanes',
  'douaniers', 'pêcheur', 'pêcheurs', 'chauffeur', 'chauffeurs', 'étudiant', 'étudiante', 'étudiants', 'opposants',
  'dissident', 'dissidents', 'usagers', 'locataires', 'propriétaire', 'propriétaires', 'investisseurs', 'constructeur',
  // Rulers, sides and parties of a dispute: "la junte a accusé la France de …", "l'exécutif a annoncé", "la
  // défense a plaidé l'acquittement", "la famille a dénoncé", "l'intersyndicale réclame".
  'junte', 'juntes', 'exécutif', 'rébellion', 'grévistes', 'intersyndicale', 'patronat', 'défense', 'famille', 'consulat',
  // Bodies of several members: "Pour le réseau …", "le collectif réclame …", "selon la fédération".
  'réseau', 'réseaux', 'collectif', 'coalition', 'fédération', 'confédération', 'observatoire',
  // Trade bodies: "selon X, la chambre professionnelle des exploitants, P", "l'union des industriels estime".
  'chambre', 'chambres', 'union', 'unions', 'interprofession',
  // Courts and parties to a case: "la plus haute juridiction estime …", "les requérantes demandaient …".
  'juridiction', 'juridictions',
  'requérant', 'requérante', 'requérants', 'requérantes', 'plaignant', 'plaignante', 'plaignants', 'plaignantes',
  // Members, operators and office holders: "selon un membre du staff", "d'après les deux gestionnaires", "la rapporteure".
  'membre', 'membres', 'gestionnaire', 'gestionnaires', 'opérateur', 'opérateurs', 'exploitant', 'exploitants',
  'rapporteur', 'rapporteure', 'rapporteurs', 'capitaine', 'sélectionneur', 'sélectionneuse',
  // Trades and local sources of economic and school news: "selon des commerçants", "selon le rectorat".
  'commerçant', 'commerçants', 'démographe', 'démographes', 'rectorat', 'riverains', 'agriculteurs', 'salariés',
  'vendeurs', 'syndicalistes', 'sondeurs', 'enseignants', 'soignants', 'éleveurs', 'viticulteurs', 'transporteurs',
  // Sides and managements: "le camp présidentiel estime", "la direction de l'entreprise assure".
  'camp', 'direction', 'majorité',
  // Banks, funds and delegations: "selon la banque centrale", "selon deux délégués", "la délégation a indiqué".
  'banque', 'banques', 'banquier', 'banquiers', 'fonds', 'assureur', 'assureurs', 'délégué', 'délégués', 'déléguée',
  'déléguées', 'délégation', 'délégations',
  // Local office holders of Belgium, Switzerland and Quebec: "selon l'échevin des Travaux", "le syndic de Lausanne".
  'bourgmestre', 'bourgmestres', 'échevin', 'échevine', 'échevins', 'échevines', 'syndic', 'syndique', 'mairesse',
  'ministre-président', 'ministre-présidente', 'préfète',
  // Residents and parents of local news: "lance une résidente de Laval", "les parents d'élèves se demandent si …".
  'résident', 'résidente', 'résidents', 'résidentes', 'parents',
  // Parties to a criminal case besides "prévenu": "le suspect a reconnu les faits", "l'accusée affirme que …".
  'suspect', 'suspecte', 'suspects', 'suspectes', 'accusé', 'accusée', 'accusés', 'accusées',
]);

/** Words after "premier" / "première" that make it a title: "le Premier ministre", "la première secrétaire". */
export const FIRST_TITLES: ReadonlySet<string> = new Set(['ministre', 'secrétaire', 'magistrat', 'adjoint', 'adjointe', 'vice-président', 'vice-présidente']);

/**
 * Nouns of an apposition that sizes a figure up: "72 % … soutiennent son
 * gouvernement, un niveau rarement atteint …", "…, un record depuis 2008",
 * "…, une hausse de 20 %". Part of what the source reports, unlike a comment
 * on the report (", un chiffre impossible à vérifier", ", une décision que …").
 */
export const LEVEL_NOUNS: ReadonlySet<string> = new Set([
  'niveau', 'record', 'hausse', 'baisse', 'progression', 'recul', 'augmentation', 'diminution', 'chute', 'bond',
  'sommet', 'pic', 'plancher', 'plus-haut', 'plus-bas', 'taux',
]);

/** Definite articles: "le chef de …", "la ministre". */
export const DEFINITE_ARTICLES: ReadonlySet<string> = new Set(['le', 'la', 'les', "l'"]);

/** Determiners and partitives dropped from the front of a speaker span ("les experts" → "experts"). */
/** Articles that open a title in apposition to a person ("Milorad Dodik, l'ancien président de …, qui"). */
export const DEFINITE_TITLE_DETERMINERS: ReadonlySet<string> = new Set(['le', 'la', "l'"]);
/** Words that make an apposition a list or a clause, not one title ("X, le maire et son adjoint, qui"). */
export const APPOSITION_LIST_WORDS: ReadonlySet<string> = new Set(['et', 'ou', ',', 'qui', 'que', "qu'", ';', ':']);

export const LEADING_DETERMINERS: ReadonlySet<string> = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'des', 'de', "d'"]);

/**
 * Possessives, quantifiers and number words that open a speaker's phrase and are left out of its span, like an
 * article ("Son entraîneur" → "entraîneur", "Plusieurs témoins" → "témoins", "deux sources" → "sources").
 */
export const SPAN_QUANTIFIERS: ReadonlySet<string> = new Set([
  'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos', 'votre', 'vos', 'plusieurs', 'certains', 'certaines', 'quelques',
  'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix',
  // "De nombreux habitants dénoncent …": a quantity of the speakers, like "plusieurs".
  'nombreux', 'nombreuses',
]);

/**
 * Words that end a subject noun phrase when walking left from a cue: clause
 * openers, relatives and conjunctions ("après que Séoul a accusé", "au cours
 * duquel ce dernier a déclaré").
 */
export const LEFT_STOPS: ReadonlySet<string> = new Set([
  'que', "qu'", 'dont', 'où', 'lorsque', "lorsqu'", 'quand', 'si', "s'", 'mais', 'car', 'puis', 'donc', 'or',
  'duquel', 'desquels', 'desquelles', 'auquel', 'auxquels', 'auxquelles', 'lequel', 'laquelle', 'lesquels',
  'lesquelles', 'comme', 'puisque', "puisqu'", 'tandis', 'alors', 'parce', 'ainsi', 'cependant', 'pourtant',
  'toutefois', 'néanmoins', 'ensuite', 'enfin', 'aussi', 'également', 'selon', 'après', 'avant', 'pendant', 'depuis',
  'lors', 'dans', 'sur', 'pour', 'par', 'avec', 'sans', 'contre', 'vers', 'chez', 'entre', 'malgré', 'hier',
  "aujourd'hui", 'déjà', 'mardi', 'lundi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'bien', 'quoique',
  'cela', 'ceci', 'ça', 'en', 'y', 'ne', "n'",
]);

/** Words that end an inverted subject or a "selon" phrase when walking right ("a déclaré X à l'agence Yonhap"). */
export const RIGHT_STOPS: ReadonlySet<string> = new Set([
  'à', 'au', 'aux', 'devant', 'dans', 'lors', 'sur', 'pour', 'après', 'avant', 'pendant', 'depuis', 'qui', 'que',
  "qu'", 'dont', 'où', 'lorsque', "lorsqu'", 'quand', 'si', 'mais', 'car', 'alors', 'tandis', 'avec', 'sans', 'par',
  'dès', 'puis', 'ce', 'cette', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier',
  "aujourd'hui", 'tout', 'en', 'mercredi', 'quelques', 'citant', 'cité', 'citée', 'cités', 'citées', 'selon', 'et',
]);

/** Present participles that take a clause after a main attribution ("expliquant que", "ajoutant que"). */
export const PARTICIPLE_TENSE = 'participe-present';

/**
 * Reporting verbs whose direct object is the content, without "que":
 * "a accusé le Nord d'avoir expédié…", "nient cette accusation",
 * "a félicité la Corée du Nord pour son soutien". Maps the lexicon lemma
 * to the lemma reported for the non-pronominal use.
 */
export const OBJECT_CONTENT_LEMMAS: ReadonlyMap<string, string> = new Map([
  ['accuser', 'accuser'],
  // "a insisté sur la nécessité d'agir": what is stressed (after "sur" only).
  ['insister', 'insister'],
  ['nier', 'nier'],
  ['démentir', 'démentir'],
  ['se féliciter', 'féliciter'],
  ['décrire', 'décrire'],
  ['dénoncer', 'dénoncer'],
  ['réfuter', 'réfuter'],
  ['contester', 'contester'],
  ['démentir', 'démentir'],
  // "a annoncé une grève", "a annoncé de nouvelles sanctions": what is announced is the content.
  ['annoncer', 'annoncer'],
  // What is promised, claimed, proposed or regretted: "a promis l'envoi de renforts", "promet de riposter",
  // "réclame un accès à la mer", "demande une prime", "a proposé une médiation", "a regretté l'expulsion de son joueur".
  ['promettre', 'promettre'],
  ['réclamer', 'réclamer'],
  ['demander', 'demander'],
  // "Washington exige l'arrêt de tout enrichissement", "les ravisseurs exigent 2 millions".
  ['exiger', 'exiger'],
  ['proposer', 'proposer'],
  ['regretter', 'regretter'],
  // "L'ONU a déploré la mort de civils": what is deplored, as with "regretter".
  ['déplorer', 'déplorer'],
  // "lui reprochant de ne pas agir", "reproche au maire son silence": what is held against someone.
  ['reprocher', 'reprocher'],
  // "recommandait le rejet du texte": what is recommended; so what is advised or prescribed ("conseille aux
  // personnes fragiles d'éviter …", "préconise un confinement").
  ['recommander', 'recommander'],
  ['conseiller', 'conseiller'],
  ['préconiser', 'préconiser'],
  // What is mentioned or put a figure on: "a évoqué un prêt de 3 milliards", "a chiffré le coût à 400 millions".
  ['évoquer', 'évoquer'],
  ['chiffrer', 'chiffrer'],
  // "évalue à 30 % la baisse …", "estime le coût à 400 millions": only with a figure (GATED_OBJECT_LEMMAS).
  ['évaluer', 'évaluer'],
  ['estimer', 'estimer'],
  // Of several senses, only with the object their gate allows (GATED_OBJECT_LEMMAS).
  ['confirmer', 'confirmer'],
  ['requérir', 'requérir'],
  ['plaider', 'plaider'],
  ['reconnaître', 'reconnaître'],
  ['admettre', 'admettre'],
  ['souligner', 'souligner'],
  ['présenter', 'présenter'],
  ['menacer', 'menacer'],
  ['jurer', 'jurer'],
  // Of several senses ("rejeter un projectile"): only with a statement as object ("rejettent ces accusations").
  ['rejeter', 'rejeter'],
  // "a attribué ce recul au renforcement des contrôles", "impute ces violences à …": a cause given for what was just said.
  ['attribuer', 'attribuer'],
  ['imputer', 'imputer'],
  // "fait état de 700 arrestations": its object comes after "de", which the content keeps.
  ['faire état', 'faire état'],
  // "a appelé au calme", "ont appelé à une journée de mobilisation": a call, not a phone call.
  ['appeler', 'appeler'],
  // "a exhorté la police à tirer …", "exhorte au calme": the ones urged and what to do.
  ['exhorter', 'exhorter'],
  // "revendique 38 des 40 sièges", "revendiquant plus d'un millier d'engins", "revendique la victoire": a claimed
  // figure or win, not a territory or an attack.
  ['revendiquer', 'revendiquer'],
  // "a mis en garde contre le risque d'épidémies": its object comes after "contre", which the content keeps.
  ['mettre en garde', 'mettre en garde'],
  // "ont averti d'un risque de famine", "alerte sur une crise humanitaire": the danger warned of (after its preposition).
  ['avertir', 'avertir'],
  ['alerter', 'alerter'],
  // "a mis en cause l'urbanisation sauvage": what is blamed.
  ['mettre en cause', 'mettre en cause'],
  // "a signalé la semaine dernière un réseau de faux comptes": what is reported to the public.
  ['signaler', 'signaler'],
  // "a proclamé Paul Biya vainqueur de l'élection": a result proclaimed, not "proclamer l'état d'urgence".
  ['proclamer', 'proclamer'],
  // "a exclu tout recul", "exclut de démissionner": ruling out, not expelling ("a exclu trois députés").
  ['exclure', 'exclure'],
  // "l'opposition parle de centaines de morts": a toll given, not "parler de sa famille" (only with a count).
  ['parler', 'parler'],
  // "condamne l'attaque contre le convoi": a stance on an act (STANCE_OBJECT_NOUNS). ("saluer" stays with a quote:
  // "a salué la décision" is as often narration as a statement.)
  ['condamner', 'condamner'],
  // "prévoit une croissance de 1 %", "anticipe un recul de l'inflation", "table sur une reprise": a forecast.
  ['prévoir', 'prévoir'],
  ['anticiper', 'anticiper'],
  ['tabler', 'tabler'],
]);

/**
 * Idioms of a cue and its object that report nothing: "annoncer la couleur" (state one's intentions), "promettre
 * monts et merveilles". Lemma → object token keys, matched as the whole object.
 */
export const IDIOM_OBJECTS: ReadonlyMap<string, readonly (readonly string[])[]> = new Map([
  ['annoncer', [['la', 'couleur']]],
  ['promettre', [['monts', 'et', 'merveilles'], ['la', 'lune']]],
  ['demander', [['la', 'parole'], ['pardon']]],
]);

/** Conjunctions that open an adverbial clause before the main one: "Puisque X affirme que P, Q", "Lorsque X a dit que P, Q". */
export const FRONTED_SUBORDINATORS: ReadonlySet<string> = new Set(['puisque', "puisqu'", 'lorsque', "lorsqu'", 'quoique', "quoiqu'"]);
/** First words of the two-word ones, before "que": "Bien que", "Alors que", "Parce que", "Tandis que", "Dès que". */
export const FRONTED_SUBORDINATOR_PAIRS: ReadonlySet<string> = new Set(['bien', 'alors', 'parce', 'tandis', 'dès', 'pendant', 'sans']);

/** Words after an idiom's object that open an adverbial, not more object: "a annoncé la couleur dès son élection". */
export const IDIOM_TAIL_OPENERS: ReadonlySet<string> = new Set(['dès', 'en', 'lors', 'dans', 'après', 'avant', 'pendant', 'durant', 'depuis', 'devant', 'à', 'par']);

/**
 * Head nouns whose noun phrase, as object, makes a cue an idiom of another sense: "accuser un retard / une dette / un
 * déficit / une baisse" (to show a figure, not to accuse), whatever follows the noun ("une dette de 2 milliards").
 */
export const IDIOM_OBJECT_HEADS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [
    'accuser',
    new Set([
      'retard', 'retards', 'dette', 'dettes', 'déficit', 'déficits', 'perte', 'pertes', 'baisse', 'hausse', 'recul',
      'repli', 'chute', 'excédent', 'manque', 'écart', 'avance', 'coup', 'coups', 'fatigue', 'réception',
    ]),
  ],
  // "a signalé sa présence par un coup de sifflet": making oneself noticed, not a report.
  ['signaler', new Set(['présence'])],
]);

/** Units after which "un"/"une" counts one: "un an de prison", "un mois ferme", "un million d'euros". */
export const ONE_OF_UNITS: ReadonlySet<string> = new Set(['an', 'année', 'mois', 'semaine', 'jour', 'euro', 'dollar', 'franc', 'million', 'milliard']);

/** The kinds of object a gated lemma accepts (see GATED_OBJECT_LEMMAS). */
export type ObjectGate = 'penalty' | 'plea' | 'own' | 'speech-act' | 'infinitive' | 'call' | 'any' | 'claim' | 'cause' | 'blame' | 'result' | 'fact' | 'figure' | 'count' | 'forecast' | 'to-infinitive' | 'act' | 'stress' | 'advice';

/**
 * Object lemmas of several senses whose object is a report only with the right
 * kind of object (see `GATED_OBJECT_NOUNS`): "a requis 18 ans", "a plaidé
 * l'acquittement" (a penalty or a plea, not "a requis l'anonymat"), "a reconnu
 * sa participation" (one's own act, not "a reconnu l'indépendance du pays"),
 * "a présenté ses excuses" (a speech act, not "a présenté un projet"), "a menacé
 * de partir" (an infinitive, not "menace la paix"), "a appelé au calme" (a call
 * to a noun or an infinitive, not a place or a time after "à"), "a exclu tout
 * recul" (anything of a kind or an infinitive, not "a exclu trois députés"),
 * "a proclamé X vainqueur" (a result, not "a proclamé l'état d'urgence"), "a imputé la
 * fragilité du réseau au blocus" (a definite noun phrase and its cause, not "a imputé 3 millions au budget").
 */
export const GATED_OBJECT_LEMMAS: ReadonlyMap<string, ObjectGate> = new Map<string, ObjectGate>([
  // "a confirmé l'enlèvement", "a confirmé cette information": a fact, not one's own standing ("a confirmé son rang").
  ['confirmer', 'fact'],
  ['attribuer', 'cause'],
  ['imputer', 'blame'],
  ['requérir', 'penalty'],
  // "a plaidé l'acquittement", "plaide pour un cessez-le-feu", "en faveur d'une réforme"; not "a plaidé coupable".
  ['plaider', 'plea'],
  ['reconnaître', 'own'],
  ['admettre', 'own'],
  // "a souligné l'importance de la prévention", "la nécessité d'agir": what is stressed, not "souligner un mot".
  ['souligner', 'stress'],
  ['présenter', 'speech-act'],
  ['menacer', 'infinitive'],
  // "conseille aux personnes fragiles d'éviter …", "conseille de rester chez soi", "conseille le port du masque"; not
  // "conseille le président" (a job: the one advised).
  ['conseiller', 'advice'],
  ['se défendre', 'infinitive'],
  // "jurent de ne jamais déposer les armes": an oath to act, not "cette couleur jure avec …".
  ['jurer', 'infinitive'],
  // "s'engage à baisser les impôts": a promise, not "s'est engagé avec Aston Villa".
  ["s'engager", 'to-infinitive'],
  ['appeler', 'call'],
  ['exhorter', 'call'],
  ['revendiquer', 'claim'],
  ['exclure', 'any'],
  ['proclamer', 'result'],
  // "évalue à 30 % la baisse", "estime le coût à 400 millions": a figure put on something, not "évaluer les dégâts".
  ['évaluer', 'figure'],
  ['estimer', 'figure'],
  ['parler', 'count'],
  // "prévoit une croissance de 1 %", "de nouvelles fortes pluies": an outcome foreseen, not a provision ("le texte
  // prévoit une amende") nor a plan ("prévoit un déplacement").
  ['condamner', 'act'],
  ['prévoir', 'forecast'],
  ['anticiper', 'forecast'],
  ['tabler', 'forecast'],
]);

/**
 * Heads of an act or a decision one condemns: "condamne l'attaque", "a condamné fermement les tirs de roquettes",
 * "condamne la décision de la junte"; not a person sentenced ("a condamné l'accusé à dix ans") nor a door walled up.
 * Token keys.
 */
export const STANCE_OBJECT_NOUNS: ReadonlySet<string> = new Set([
  'attaque', 'attaques', 'attentat', 'attentats', 'agression', 'agressions', 'violences', 'violence', 'frappe', 'frappes',
  'tirs', 'bombardement', 'bombardements', 'assassinat', 'assassinats', 'meurtre', 'meurtres', 'massacre', 'massacres',
  'putsch', 'exécution', 'exécutions', 'enlèvement', 'enlèvements', 'incursion', 'incursions', 'invasion', 'annexion',
  'offensive', 'répression', 'profanation', 'saccage', 'actes', 'acte', 'propos', 'arrestation', 'arrestations',
  'détention', 'expulsion', 'expulsions', 'essai', 'essais', 'lancement', 'tentative', 'incendie', 'destruction',
  'décision', 'décisions', 'accord', 'accords', 'initiative', 'initiatives', 'libération', 'annonce', 'adoption', 'vote',
  'choix', 'engagement', 'engagements', 'geste', 'élection', 'réélection', 'nomination', 'signature', 'cessez-le-feu',
  'trêve', 'efforts', 'progrès', 'avancée', 'avancées', 'mobilisation', 'courage', 'résolution', 'verdict', 'retrait',
  'levée', 'reprise', 'ouverture', 'création', 'mesure', 'mesures', 'sanctions', 'réforme', 'travail', 'victoire',
  'déroulement', 'coopération', 'dialogue', 'reconnaissance', 'entrée', 'médiation', 'proposition', 'plan', 'arrêt',
]);

/**
 * Adjectives of judgement that close an object put in a verb of opinion without quotes: "a jugé la mesure
 * inacceptable", "juge le plan irréaliste", "estime la hausse nécessaire". Token keys (all genders and numbers).
 */
export const EVALUATIVE_ADJECTIVES: ReadonlySet<string> = new Set(
  [
    'inacceptable', 'acceptable', 'inadmissible', 'intolérable', 'insupportable', 'irréaliste', 'réaliste', 'nécessaire',
    'indispensable', 'inutile', 'utile', 'illégal', 'illégale', 'légal', 'légale', 'illégitime', 'légitime', 'injuste', 'juste',
    'insuffisant', 'insuffisante', 'suffisant', 'suffisante', 'excessif', 'excessive', 'prématuré', 'prématurée', 'dangereux',
    'dangereuse', 'irresponsable', 'responsable', 'crédible', 'incohérent', 'incohérente', 'cohérent', 'cohérente',
    'inopportun', 'inopportune', 'opportun', 'opportune', 'inapproprié', 'inappropriée', 'disproportionné',
    'disproportionnée', 'infondé', 'infondée', 'fondé', 'fondée', 'abusif', 'abusive', 'inéquitable', 'équitable',
    'indécent', 'indécente', 'scandaleux', 'scandaleuse', 'honteux', 'honteuse', 'insuffisants', 'insuffisantes',
    'inacceptables', 'irréalistes', 'nécessaires', 'indispensables', 'excessifs', 'excessives', 'prioritaire', 'urgent',
    'urgente', 'impossible', 'possible', 'probable', 'improbable', 'inévitable', 'inconstitutionnel', 'inconstitutionnelle',
    'anticonstitutionnel', 'anticonstitutionnelle', 'contre-productif', 'contre-productive', 'positif', 'positive',
    'négatif', 'négative', 'satisfaisant', 'satisfaisante', 'décevant', 'décevante', 'encourageant', 'encourageante',
  ],
);

/**
 * Heads of an outcome a speaker foresees, whatever its size: "une croissance de 1 %", "une récession", "de fortes
 * pluies", "des orages". Token keys.
 */
export const FORECAST_NOUNS: ReadonlySet<string> = new Set([
  'croissance', 'inflation', 'récession', 'ralentissement', 'contraction', 'reprise', 'rebond', 'stagnation', 'déflation',
  'pluie', 'pluies', 'orage', 'orages', 'averses', 'neige', 'chutes', 'températures', 'gelées', 'canicule', 'vague',
  'rafales', 'vents', 'tempête', 'sécheresse', 'crue', 'crues', 'précipitations', 'éclaircies', 'redoux', 'épisode',
]);

/**
 * Heads of a change that is a forecast only with its size ("une hausse de 2 %", "un déficit de 5,1 % du PIB"), not
 * as a plan ("prévoit une hausse des impôts"). Token keys.
 */
export const FORECAST_CHANGE_NOUNS: ReadonlySet<string> = new Set([
  'hausse', 'baisse', 'recul', 'repli', 'chute', 'progression', 'augmentation', 'diminution', 'déficit', 'excédent',
  'taux', 'croissance', 'inflation', 'chômage', 'bénéfice', 'perte', 'pertes', 'chiffre',
]);

/**
 * What a decision-maker sets rather than foresees: "prévoit une hausse de 2,5 % de la taxe foncière", "des dépenses",
 * "des tarifs" is a plan. Token keys.
 */
export const ADMINISTERED_NOUNS: ReadonlySet<string> = new Set([
  'taxe', 'taxes', 'impôt', 'impôts', 'tarif', 'tarifs', 'dépenses', 'budget', 'crédits', 'effectifs', 'salaires',
  'cotisations', 'redevance', 'péage', 'péages', 'loyers', 'pensions', 'allocations', 'subventions', 'amendes', 'frais',
  'droits', 'taux', 'prélèvements', 'postes', 'emplois', 'moyens', 'aides', 'primes', 'indemnités', 'investissements',
]);

/**
 * Heads of a subject that provides for something rather than foresees it: "le texte prévoit une amende", "le budget
 * prévoit une hausse de 3 %". Token keys.
 */
export const PROVISION_NOUNS: ReadonlySet<string> = new Set([
  'texte', 'loi', 'projet', 'budget', 'contrat', 'accord', 'plan', 'décret', 'réforme', 'traité', 'programme', 'dispositif',
  'calendrier', 'mesure', 'amendement', 'article', 'convention', 'protocole', 'règlement', 'arrêté', 'ordonnance',
  'proposition', 'scénario', 'cahier', 'feuille', 'document', 'charte', 'pacte', 'code', 'directive', 'circulaire',
  'constitution', 'statut', 'statuts', 'clause', 'barème', 'grille', 'version', 'formule', 'offre', 'tarif', 'schéma',
]);

/** "tout recul", "toute ingérence", "aucune concession": an object of any kind, ruled out or rejected as a whole. */
export const UNIVERSAL_DETERMINERS: ReadonlySet<string> = new Set(['tout', 'toute', 'tous', 'toutes', 'aucun', 'aucune']);

/** Heads of a penalty or plea asked for in court: "la relaxe", "l'acquittement", "la réclusion criminelle à perpétuité". */
export const PENALTY_NOUNS: ReadonlySet<string> = new Set([
  'acquittement', 'relaxe', 'perpétuité', 'peine', 'peines', 'prison', 'réclusion', 'amende', 'amendes', 'condamnation',
  'non-lieu', 'sursis', 'dommages',
]);

/**
 * Defences argued in court: "a plaidé la légitime défense", "l'irresponsabilité pénale", "la clémence de la cour",
 * "l'altération du discernement", "la nullité de la procédure". Token keys.
 */
export const PLEA_NOUNS: ReadonlySet<string> = new Set([
  'légitime', 'irresponsabilité', 'clémence', 'indulgence', 'nullité', 'nullités', 'prescription', 'altération', 'abolition',
]);

/**
 * Nouns of what a speaker stresses: "a souligné l'importance de la prévention", "la nécessité d'agir", "l'urgence de
 * la situation", "les risques de …". Token keys.
 */
export const STRESSED_NOUNS: ReadonlySet<string> = new Set([
  'importance', 'nécessité', 'urgence', 'gravité', 'ampleur', 'difficulté', 'difficultés', 'fragilité', 'risque', 'risques',
  'enjeu', 'enjeux', 'rôle', 'responsabilité', 'détermination', 'volonté', 'besoin', 'besoins', 'limites', 'progrès',
]);

/** Words of an approximate amount before its number: "plus d'un millier", "près de 300", "environ 40". */
export const APPROXIMATORS: ReadonlySet<string> = new Set(['plus', 'près', 'environ', 'quelque', 'quelques', 'au', 'moins']);

/** Heads of a speech act as object: "présenter ses excuses", "adresser ses condoléances". */
export const SPEECH_ACT_NOUNS: ReadonlySet<string> = new Set([
  'excuses', 'condoléances', 'félicitations', 'vœux', 'voeux', 'regrets', 'remerciements', 'doléances',
]);

/** "de" and its forms fused with an article: "le chef de l'État", "la fille du président", "une faction dissidente des Farc". */
export const PREPOSITIONS_DE: ReadonlySet<string> = new Set(['de', 'du', 'des', "d'"]);

/** Demonstrative determiners: "ces accusations", "cette hausse", "ce recul". */
export const DEMONSTRATIVE_DETERMINERS: ReadonlySet<string> = new Set(['ce', 'cet', 'cette', 'ces']);

/** Prepositions of what is called for: "appeler à la retenue", "au calme", "aux urnes". */
export const CALL_PREPOSITIONS: ReadonlySet<string> = new Set(['à', 'au', 'aux']);
/** Nouns of an attitude or an act one is called to ("appelle les skieurs à la prudence", "à la grève"). */
export const CALLED_NOUNS: ReadonlySet<string> = new Set(['grève', 'paix', 'raison', 'retenue', 'désescalade', 'vigilance', 'prudence', 'patience', 'sagesse', 'révolte', 'résistance', 'trêve', 'unité', 'solidarité']);
/** Endings of such nouns: "la mobilisation", "la modération", "la responsabilité", "l'apaisement", "la fermeté". */
export const CALLED_NOUN_ENDINGS: readonly string[] = ['tion', 'sion', 'ité', 'eté', 'ment', 'ence', 'ance'];

/** Possessive determiners: "sa participation", "ses torts", "leur responsabilité". */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['sa', 'son', 'ses', 'leur', 'leurs']);

/**
 * Articles, demonstratives and possessives that open a noun phrase: an event after "après" ("après le refus", "après
 * sa défaite"), a direct object before a colon ("redoutent l'été :").
 */
export const NP_DETERMINERS: ReadonlySet<string> = new Set([
  'le', 'la', "l'", 'les', 'un', 'une', 'des', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cet', 'cette', 'ces',
]);

/** Units of a lapse of time after "depuis" and an amount ("depuis cinq ans", "depuis des mois"). */
export const TIME_UNITS: ReadonlySet<string> = new Set(['ans', 'années', 'mois', 'semaines', 'jours', 'décennies', 'siècles']);

/** Number words that open a penalty or an amount asked for ("huit ans", "dix mois"). */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze',
  'seize', 'vingt', 'trente', 'quarante', 'cinquante', 'cent', 'mille',
]);

/**
 * Object lemmas whose complement is introduced by a preposition, kept in the content: "fait état | de 700
 * arrestations", "a mis en garde | contre le risque d'épidémies".
 */
export const PREPOSITIONAL_OBJECT_LEMMAS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['faire état', new Set(['de', "d'"])],
  ['mettre en garde', new Set(['contre'])],
  ['parler', new Set(['de', "d'"])],
  ['insister', new Set(['sur'])],
  ["s'interroger", new Set(['sur'])],
  ['avertir', new Set(['de', "d'", 'contre'])],
  ['alerter', new Set(['sur', 'contre'])],
  // "table sur une croissance de 1 %": its object comes after "sur", which the content keeps.
  ['tabler', new Set(['sur'])],
  ['se demander', new Set(['si', "s'", 'pourquoi', 'comment', 'quand', 'combien', 'où', 'qui', 'ce'])],
]);

/**
 * Heads of a toll acknowledged as one's own: "reconnaît la mort de 23 soldats", "a reconnu la perte de deux
 * appareils" (with a count after "de").
 */
export const LOSS_NOUNS: ReadonlySet<string> = new Set(['mort', 'morts', 'décès', 'perte', 'pertes', 'disparition', 'destruction']);

/** Nouns of a proclaimed result: "a proclamé la réélection de X", "proclame la victoire du parti au pouvoir". */
export const RESULT_NOUNS: ReadonlySet<string> = new Set(['victoire', 'réélection', 'élection', 'défaite']);

/** Nouns of a round number: "de centaines de morts", "des milliers de manifestants", "une dizaine de blessés". */
export const ROUND_NUMBER_NOUNS: ReadonlySet<string> = new Set([
  'dizaine', 'dizaines', 'vingtaine', 'trentaine', 'quarantaine', 'cinquantaine', 'soixantaine', 'centaine', 'centaines',
  'millier', 'milliers', 'million', 'millions',
]);

/** Heads of what is claimed as won: "revendique la victoire", "revendiquent la paternité du texte". */
export const CLAIM_NOUNS: ReadonlySet<string> = new Set(['victoire', 'victoires', 'paternité', 'succès']);

/**
 * Words of a request for anonymity: "a demandé à ne pas être identifié", "a requis l'anonymat". Such a
 * request describes the source, it is not what they report.
 */
export const ANONYMITY_WORDS: ReadonlySet<string> = new Set([
  'anonymat', 'identifié', 'identifiée', 'identifiés', 'identifiées', 'nommé', 'nommée', 'nommés', 'nommées', 'cité', 'citée',
  'cités', 'citées',
]);

/** Heads of sums booked to an account, not blamed on a cause: "a imputé les frais au budget". */
export const BOOKED_NOUNS: ReadonlySet<string> = new Set([
  'frais', 'dépense', 'dépenses', 'coût', 'coûts', 'somme', 'sommes', 'montant', 'montants', 'charge', 'charges', 'crédits', 'pertes',
]);

/** Attributes of a proclaimed result: "a proclamé Paul Biya vainqueur", "proclame X élu". */
export const RESULT_ATTRIBUTES: ReadonlySet<string> = new Set([
  'vainqueur', 'vainqueurs', 'gagnant', 'gagnante', 'gagnants', 'élu', 'élue', 'élus', 'élues', 'réélu', 'réélue', 'vainqueure',
]);

/** Nouns of things said: the object of a verb of several senses that makes it a report ("rejette ces accusations"). */
export const STATEMENT_OBJECT_NOUNS: ReadonlySet<string> = new Set([
  'accusation', 'accusations', 'allégation', 'allégations', 'affirmation', 'affirmations', 'information', 'informations',
  'propos', 'déclaration', 'déclarations', 'critique', 'critiques', 'rumeur', 'rumeurs', 'proposition', 'propositions',
  'demande', 'demandes', 'ultimatum', 'appel', 'appels', 'reproches', 'soupçons', 'thèse', 'version',
  'responsabilité', 'responsabilités',
]);

/** Determiners before such a statement noun: "ces accusations", "toute accusation", "les allégations". */
export const STATEMENT_DETERMINERS: ReadonlySet<string> = new Set([
  'ces', 'cette', 'ce', 'cet', 'les', 'la', 'le', "l'", 'toute', 'toutes', 'tout', 'tous', 'leurs', 'leur', 'ses', 'sa', 'son',
]);

/** Verbs whose object takes a quoted attribute after "de" ("a qualifié le mouvement d'« inacceptable »"): it closes the object. */
export const ATTRIBUTE_LEMMAS: ReadonlySet<string> = new Set(['qualifier']);
/** Prepositions of time and place that open an adjunct after that attribute ("en plein départ en vacances", "lors du débat"). */
export const ATTRIBUTE_TAIL_OPENERS: ReadonlySet<string> = new Set(['en', 'lors', 'dans', 'après', 'avant', 'pendant', 'durant', 'depuis', 'devant', 'à']);

/**
 * Classes of reporting verbs whose object, when it holds a quoted fragment,
 * is the content (mixed): "a salué un accord « à la hauteur du moment »",
 * "a jugé la proposition « inacceptable »". Without a quote their object is
 * not speech ("a salué la foule"); verbs of saying are left out, their
 * object is rarely speech ("a lancé une « opération spéciale »").
 */
export const QUOTED_OBJECT_CLASSES: ReadonlySet<string> = new Set([
  'praise', 'criticize', 'accuse', 'qualify', 'deny', 'warn', 'demand', 'think', 'assert',
  // "La Fnaim prévoit pour 2026 une hausse des prix « comprise entre 1 % et 2 % »": a forecast in the speaker's words.
  'predict',
  // "a reconnu une situation « très tendue »": an admission in the speaker's words.
  'admit',
  // "tout en relevant des « lenteurs injustifiées »", "a constaté une « nette dégradation »": a finding in their words.
  'observe',
]);

/**
 * Nouns of a speech event: "dans un message au président", "lors d'une
 * conférence de presse" after an object content say where it was said, they
 * are not part of it.
 */
export const SPEECH_EVENT_NOUNS: ReadonlySet<string> = new Set([
  'message', 'messages', 'communiqué', 'discours', 'entretien', 'interview', 'déclaration', 'lettre', 'tweet', 'allocution',
  'conférence', 'vidéo', 'courrier', 'post', 'publication', 'intervention', 'point', 'briefing', 'émission', 'tribune',
]);

/** Social networks where things are said: "a salué sur X le choix …", "a écrit sur Telegram que …". Token keys. */
export const SOCIAL_PLATFORMS: ReadonlySet<string> = new Set([
  'x', 'twitter', 'facebook', 'telegram', 'instagram', 'tiktok', 'youtube', 'bluesky', 'threads', 'linkedin', 'weibo',
  'wechat', 'vkontakte', 'vk', 'whatsapp', 'signal', 'snapchat', 'mastodon',
]);

/**
 * Adverbs that open an apposition describing the subject before it ("Le
 * social-démocrate, également vice-chancelier, a reconnu", "Le ministre, par
 * ailleurs maire de Lyon, a annoncé"): the noun before the apposition speaks.
 * First token keys ("par" and "en" only with their second word, see
 * APPOSITION_ADVERB_PAIRS).
 */
export const APPOSITION_ADVERBS: ReadonlySet<string> = new Set([
  'également', 'aussi', 'désormais', 'toujours', 'encore', 'actuellement', 'alors', 'jadis', 'naguère', 'notamment', 'surtout',
]);
/** Two-word adverbs opening such an apposition: "par ailleurs", "en outre", "de surcroît". */
export const APPOSITION_ADVERB_PAIRS: ReadonlySet<string> = new Set(['par ailleurs', 'en outre', 'de surcroît']);

/** "élu" after a title ("le président élu", "la présidente élue"): the winner of an election. */
export const ELECTED: ReadonlySet<string> = new Set(['élu', 'élue', 'élus', 'élues']);
/** Words right after a name that make the person the winner: "X a remporté …", "X largement élu …". */
export const ELECTION_WIN_WORDS: ReadonlySet<string> = new Set(['élu', 'élue', 'réélu', 'réélue', 'remporté', 'gagné', 'remporte', 'gagne', 'vainqueur']);

/**
 * Outlets and channels where something is said, after "sur", "à", "au" or
 * "dans": "a promis sur la chaîne publique ARD un …", "a salué sur le site du
 * club « … »", "a déclaré au micro de France Inter que …", "a affirmé dans
 * les colonnes du Monde que …". Token keys.
 */
export const MEDIUM_NOUNS: ReadonlySet<string> = new Set([
  'chaîne', 'site', 'antenne', 'radio', 'télévision', 'télé', 'micro', 'plateau', 'compte', 'page', 'blog', 'ondes',
  'colonnes', 'journal', 'quotidien', 'hebdomadaire', 'magazine', 'journaux', 'réseau', 'application', 'podcast',
]);

/** Prepositions and determiners that introduce a speech event ("dans un", "lors d'une", "au cours de sa"). */
export const SPEECH_EVENT_INTRO: ReadonlySet<string> = new Set(['dans', 'lors', 'pendant', 'durant', 'via', 'sur']);
export const SPEECH_EVENT_DETERMINERS: ReadonlySet<string> = new Set(['un', 'une', 'le', 'la', "l'", 'son', 'sa', 'ses', 'leur', 'ce', 'cet', 'cette', 'les', 'des']);

/** Pronominal cues whose complement is the content: "s'est dit préoccupé par", "s'inquiète de". */
export const PRONOMINAL_CONTENT_LEMMAS: ReadonlySet<string> = new Set([
  'se dire', "s'inquiéter", "s'alarmer", 'se féliciter', 'se réjouir', "s'indigner", 'se plaindre', "s'offusquer",
  "s'insurger", "s'étonner",
  // "s'est demandé si …", "s'interroge sur l'utilité de …".
  'se demander', "s'interroger",
  // "s'est engagé à verser une aide": a promise (only with "à" and an infinitive, GATED_OBJECT_LEMMAS).
  "s'engager",
  // "se défend d'avoir favorisé son entourage": a denial (only with "de" and an infinitive; "s'est bien défendu" is none).
  'se défendre',
]);

/**
 * Pronominal lemmas of worry whose object is a report only with the speaker's
 * words in it: "l'ONU s'alarme d'une « situation hors de contrôle »", not
 * "Plusieurs ONG s'inquiètent du sort des communautés" (a state of mind the
 * writer reports).
 */
export const QUOTED_ONLY_PRONOMINAL_LEMMAS: ReadonlySet<string> = new Set(["s'inquiéter", "s'alarmer"]);

/** "C'est ce qu'a rapporté X": the pieces before the cue (content = the previous sentence). */
export const ANAPHORIC_OBJECTS: ReadonlySet<string> = new Set([
  'nouvelle', 'information', 'informations', 'cela', 'ceci', 'fait', 'nouvelles',
]);

/** Last words of a request for anonymity before a cue: "… l'anonymat", "… rester anonyme", "… être identifié". */
export const ANONYMITY_ENDS: ReadonlySet<string> = new Set([...ANONYMITY_WORDS, 'anonyme', 'anonymes']);
/** Words that open such a request: "ayant requis", "qui a demandé", "s'exprimant sous couvert", "parlant sous couvert". */
export const ANONYMITY_OPENERS: ReadonlySet<string> = new Set([
  'ayant', 'qui', 'sous', 'parlant', 'exprimant', 'requérant', 'demandant', 'souhaitant', 'préférant', 'désirant',
]);

/** Conjunctions that, followed by a verb group, start a new clause and end the content ("mais se sont engagés"). */
export const COORDINATORS: ReadonlySet<string> = new Set(['et', 'mais', 'puis', 'ou']);

/** Subordinators that end a reported clause that began after an incise ("…, pourrait impliquer X alors que…"). */
export const TRAILING_SUBORDINATORS: ReadonlySet<string> = new Set(['alors', 'tandis']);

/**
 * Prepositions that open an adverbial phrase split from the rest of its clause by an incise cue: "Dans les prochains
 * jours, a-t-il ajouté, le gouvernement présentera un plan", "Pour l'instant, a précisé le ministre, rien n'est décidé".
 */
export const SPLIT_ADVERBIAL_OPENERS: ReadonlySet<string> = new Set([
  'dans', 'pour', 'en', 'après', 'avant', 'depuis', 'malgré', 'sans', 'avec', 'dès', 'sur', 'sous', 'à', 'au',
  'aux', 'faute', 'grâce', 'jusqu’à', "jusqu'à", 'lors', 'd’ici', "d'ici",
]);

/** Determiners that open a subject split from its verb by an incise cue: "Le texte, a-t-il précisé, sera voté". */
export const SPLIT_SUBJECT_DETERMINERS: ReadonlySet<string> = new Set([
  'le', 'la', 'les', "l'", 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos', 'un', 'une',
  'aucun', 'aucune', 'chaque', 'tout', 'toute', 'tous', 'toutes',
]);

/**
 * Verbs reported in the passive with their agent, whose subject is what was said: "a été annoncée par la
 * direction", "a été démentie par le ministère". Not "condamné par le tribunal", "revendiquée par l'EI".
 */
export const PASSIVE_REPORT_LEMMAS: ReadonlySet<string> = new Set([
  'annoncer', 'confirmer', 'démentir', 'dénoncer', 'révéler', 'officialiser', 'réclamer',
]);

/** Words that close the agent of a passive report: "annoncée par la direction lors d'une réunion". */
export const AGENT_CLOSERS: ReadonlySet<string> = new Set([
  'lors', 'dans', 'à', 'au', 'aux', 'en', 'qui', 'dont', 'après', 'avant', 'depuis', 'mais', 'et', 'lundi', 'mardi',
  'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', 'ce', 'cette', 'devant', 'sur', 'pour', 'via',
]);

/**
 * Adjectives of a stance that a speaker "is" before a colon and the quote that states it: "Le ministre a été
 * clair : « … »", "Son avocat est formel : « … »", "La maire se veut rassurante : « … »".
 */
export const STANCE_ADJECTIVES: ReadonlySet<string> = new Set([
  'clair', 'claire', 'clairs', 'claires', 'ferme', 'fermes', 'catégorique', 'catégoriques', 'formel', 'formelle',
  'formels', 'formelles', 'optimiste', 'optimistes', 'pessimiste', 'pessimistes', 'confiant', 'confiante', 'confiants',
  'confiantes', 'prudent', 'prudente', 'prudents', 'prudentes', 'lucide', 'lucides', 'sceptique', 'sceptiques',
  'rassurant', 'rassurante', 'rassurants', 'rassurantes', 'amer', 'amère', 'amers', 'amères', 'sévère', 'sévères',
  'laconique', 'laconiques', 'direct', 'directe', 'cinglant', 'cinglante', 'lapidaire', 'lapidaires', 'limpide',
]);

/** Verb forms before a stance adjective: "est formel", "a été clair", "s'est montré prudent", "se veut rassurante". */
export const STANCE_COPULAS: ReadonlySet<string> = new Set([
  'est', 'sont', 'était', 'étaient', 'été', 'montré', 'montrée', 'montrés', 'montrées', 'montre', 'montrent', 'veut',
  'veulent', 'voulu', 'voulue', 'dit', 'dite', 'dits', 'dites', 'reste', 'restent', 'resté', 'restée',
]);

/**
 * Words that cannot open the verb of a clause resuming after an incise ("La mesure, a précisé le ministère,
 * entrera en vigueur"): articles, prepositions, conjunctions, days ("…, a-t-il dit, lundi").
 */
export const NON_VERB_OPENERS: ReadonlySet<string> = new Set([
  'le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'de', "d'", 'à', 'au', 'aux', 'en', 'dans', 'sur', 'sous', 'par',
  'pour', 'avec', 'sans', 'chez', 'vers', 'depuis', 'pendant', 'après', 'avant', 'lors', 'selon', 'et', 'ou', 'mais',
  'donc', 'car', 'puis', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'lundi', 'mardi', 'mercredi',
  'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', "aujourd'hui", 'demain', 'alors', 'ainsi', 'notamment', 'même',
  'qui', 'que', "qu'", 'dont', 'où', 'il', 'elle', 'ils', 'elles', 'on', 'tout', 'tous', 'toute', 'toutes', 'plus',
]);

/** Words that start a finite verb group after a coordinator: auxiliaries, reflexives, negation. */
export const VERB_GROUP_STARTERS: ReadonlySet<string> = new Set([
  'a', 'ont', 'avait', 'avaient', 'aurait', 'auraient', 'est', 'sont', 'était', 'étaient', 'se', "s'", 'ne', "n'",
  'fut', 'furent', 'sera', 'seront', 'va', 'vont', 'doit', 'doivent', 'peut', 'peuvent',
  // Modals and auxiliaries in the conditional and the future: "une manifestation pourrait être organisée".
  'pourrait', 'pourraient', 'devrait', 'devraient', 'serait', 'seraient', 'aura', 'auront',
]);

/** Markers of a citation ("cité par X", "citant X"). */
export const CITED_BY_FORMS: ReadonlySet<string> = new Set(['cité', 'citée', 'cités', 'citées']);
export const CITING_FORMS: ReadonlySet<string> = new Set(['citant']);
/** Finite forms of "citer" in a relative after the reporter: "L'agence Belga, qui cite le parquet, affirme que P". */
export const RELATIVE_CITING_FORMS: ReadonlySet<string> = new Set(['cite', 'citent', 'citait', 'citaient']);

/** Clause boundaries for the start of content before an incise. */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([';', ':', '|', '—', '–', '•']);

/** Tokens that end a sentence-level content. */
export const FINAL_PUNCT: ReadonlySet<string> = new Set(['.', '!', '?', '…', '...']);

/** Titles written before a woman's name: "Mme Karki", "Madame la ministre". Token keys. */
export const FEMININE_TITLES: ReadonlySet<string> = new Set(['mme', 'madame', 'mlle', 'mademoiselle']);
/** Titles written before a man's name: "M. Guterres", "Monsieur". Token keys ("m" with its dot). */
export const MASCULINE_TITLES: ReadonlySet<string> = new Set(['m', 'monsieur']);

/** Titles of a winner: the person said to have won ("X a remporté le sprint … a confié le vainqueur"). */
export const WINNER_HEADS: ReadonlySet<string> = new Set(['vainqueur', 'vainqueure', 'lauréat', 'lauréate', 'gagnant', 'gagnante']);

/** Present participles used as prepositions: "suivant 3 jours de débat", "durant deux ans", "moyennant 5 euros". */
export const PREPOSITIONAL_PARTICIPLES: ReadonlySet<string> = new Set(['suivant', 'durant', 'pendant', 'concernant', 'moyennant', 'nonobstant']);

/**
 * Prepositions of a deadline after a quoted object: "a promis « des solutions durables » avant l'été" (part of what
 * is promised); before "de" they open an adjunct ("« une phase de test » avant d'éventuels ajustements").
 */
export const DEADLINE_PREPOSITIONS: ReadonlySet<string> = new Set(['avant', 'dès']);

/** Parts of the day that say when something was said: "a fait état dans la nuit de …", "dans la matinée". */
export const PARTS_OF_DAY: ReadonlySet<string> = new Set(['nuit', 'journée', 'matinée', 'soirée', 'après-midi']);

/** Nouns of what an object costs: "…, pour un coût d'environ 400 millions d'euros", "pour un montant de". */
export const COST_NOUNS: ReadonlySet<string> = new Set(['coût', 'montant', 'budget', 'total', 'prix', 'investissement']);

/** Effects whose cause a speaker names: "a attribué la lenteur du comptage à une panne", "le retard à des grèves". */
export const EFFECT_NOUNS: ReadonlySet<string> = new Set([
  'lenteur', 'lenteurs', 'retard', 'retards', 'échec', 'échecs', 'défaite', 'accident', 'incident', 'panne', 'pannes',
  'crise', 'difficultés', 'problèmes', 'pénurie', 'pénuries', 'perturbations', 'dysfonctionnements', 'annulation',
]);

/**
 * Prepositions after which a reporting verb's form is a noun, never a finite
 * verb ("d'euros de chiffre d'affaires", "la baisse des appels"): French puts
 * only an infinitive there. Token keys; "en" is left out (gerund "en
 * affirmant").
 */
export const NOUN_PREPOSITIONS: ReadonlySet<string> = new Set(['de', "d'", 'du', 'des', 'à', 'au', 'aux', 'par', 'pour', 'sans']);

/**
 * Openers of where or when something was said, before an inverted subject:
 * "a déclaré lors d'un point presse à Lagrasse le préfet", "a affirmé au cours
 * d'une réunion le maire". Token keys, read in order; the "de" that follows is
 * read by the walk.
 */
export const OCCASION_OPENERS: readonly (readonly string[])[] = [
  // "en" may be read already as an adverb's first word: "marge" alone opens too (a bare noun is no subject).
  ['lors'], ['au', 'cours'], ['en', 'marge'], ['marge'], ['à', "l'", 'issue'], ['pendant'], ['durant'], ['dans'],
  // "a réagi à la sortie de la salle la sœur de …", "a déclaré au terme de la réunion le ministre".
  ['à', 'la', 'sortie'], ['au', 'sortir'], ['au', 'terme'], ['à', 'la', 'fin'], ['au', 'début'],
];

/** Words after which a determiner goes on the phrase of an occasion ("d'un point", "à l'hôpital", "de sa visite"). */
export const OCCASION_LINKS: ReadonlySet<string> = new Set([
  'de', "d'", 'du', 'des', 'à', 'au', 'aux', 'en', 'sur', 'dans', 'pour', 'avec', 'par', 'chez', 'devant', 'lors', 'pendant', 'durant',
]);

/**
 * Connectives that open a sentence and tie it to the one before ("Mais les pays producteurs ont bloqué …", "Or, la
 * dette …"): capitalised at the head of a content before a post-posed cue, they are the writer's. Token keys.
 */
export const SENTENCE_CONNECTIVES: ReadonlySet<string> = new Set(['mais', 'et', 'or', 'car']);
/** Adverbs opening a sentence before "selon X" that resume or add to a source: "Toujours selon la police, P". */
export const RESUMING_ADVERBS: ReadonlySet<string> = new Set(['toujours', 'encore', 'également', 'aussi', 'enfin', 'surtout', 'notamment']);

/**
 * Prepositions that open the complement of a noun or an adjunct inside an apposition: the noun phrase after one is no
 * antecedent of a "qui" that follows the apposition ("ouvrier chez ArcelorMittal depuis trente ans, qui dit").
 */
export const APPOSITION_PREPOSITIONS: ReadonlySet<string> = new Set([
  'depuis', 'pendant', 'chez', 'dans', 'à', 'au', 'aux', 'en', 'pour', 'avec', 'sur', 'sous', 'après', 'avant', 'durant',
  'parmi', 'vers', 'entre', 'contre', 'de', 'du', 'des', "d'",
]);

/**
 * "Comme l'a rappelé X, P", "P, ainsi que l'a précisé X": classes of reporting verbs whose object clitic stands for
 * the clause the incise frames, so that X said it. Not a denial ("comme l'a démenti X" frames what X denied), a
 * demand, a criticism or a plan ("comme l'avait prévu le calendrier").
 */
export const AS_SAID_CLASSES: ReadonlySet<string> = new Set([
  'say', 'assert', 'emphasize', 'think', 'explain', 'report', 'announce', 'admit', 'reveal', 'warn', 'confirm', 'promise',
  'observe', 'narrate', 'write', 'reply', 'feel',
]);

/** Of those, the classes whose verbs of several senses still frame a clause after "comme l'a": "rappeler", "noter", "soutenir". */
export const AS_SAID_POLYSEMOUS_CLASSES: ReadonlySet<string> = new Set(['emphasize', 'report', 'observe', 'assert']);

/** Object clitics of such an incise: "comme l'a dit X", "comme le souligne X". */
export const AS_SAID_CLITICS: ReadonlySet<string> = new Set(["l'", 'le']);

/**
 * Verbs of will or ability between an auxiliary and a reporting infinitive, keeping it a report: "a pu affirmer que",
 * "a voulu souligner que", "a tenu à préciser que" (with its "à"), "a fini par reconnaître que". Not "doit
 * annoncer": what is still to be said.
 */
export const MODAL_PARTICIPLES: ReadonlyMap<string, readonly string[]> = new Map([
  ['pu', []],
  ['voulu', []],
  ['tenu', ['à']],
  // "a fini par reconnaître que P": the report comes last, but it is made.
  ['fini', ['par']],
]);

/** Finite forms of "tenir à" before a reporting infinitive: "tient à rappeler que", "tenaient à préciser". */
export const TENIR_A_FORMS: ReadonlySet<string> = new Set(['tient', 'tiennent', 'tenait', 'tenaient', 'tiendra', 'tiendront', 'tint']);

/**
 * Pronominal cues that report only with an attribute ("se dit prêt à", "s'est dite favorable"): before a que-clause
 * they tell what one tells oneself, or an impersonal rumour ("Il se dit que le ministre va partir").
 */
export const ATTRIBUTE_ONLY_LEMMAS: ReadonlySet<string> = new Set(['se dire']);

/**
 * Audiences a thing is said before, closing a noun-phrase object: "a reconnu les faits devant les enquêteurs", "a
 * dénoncé un complot devant ses partisans", "devant la presse". People only: an institution is as often a place ("un
 * recours devant le Conseil d'État", "manifester devant le Parlement"). Token keys of the head noun after "devant" and
 * a determiner.
 */
export const AUDIENCE_NOUNS: ReadonlySet<string> = new Set([
  'enquêteurs', 'policiers', 'gendarmes', 'juges', 'jurés', 'députés', 'sénateurs', 'élus', 'parlementaires', 'presse',
  'journalistes', 'caméras', 'micros', 'partisans', 'militants', 'sympathisants', 'foule', 'ambassadeurs', 'diplomates',
]);

/**
 * "X ne dit pas autre chose : P": a negated verb of saying that agrees with what came before, and the colon opens
 * what X says. Token keys of the idiom, its verb in any common tense.
 */
export const SAME_SAYING_IDIOMS: readonly (readonly string[])[] = ['dit', 'disent', 'disait', 'disaient'].flatMap((v) => [
  ['ne', v, 'pas', 'autre', 'chose'],
  ['ne', v, 'rien', "d'", 'autre'],
]);


/** Articles that may open a nickname: "« le Lion »", "« la Dame de fer »". */
export const NICKNAME_ARTICLES: ReadonlySet<string> = new Set(['le', 'la', "l'", 'les']);

/**
 * Participles of reading or obtaining a document: "un rapport consulté par Reuters", "une note obtenue par Le Monde",
 * "un document vu par l'AFP". The one after "par" had access to it; the author is another.
 */
export const READER_PARTICIPLES: ReadonlySet<string> = new Set([
  'consulté', 'consultée', 'consultés', 'consultées', 'obtenu', 'obtenue', 'obtenus', 'obtenues', 'vu', 'vue', 'vus', 'vues',
  'révélé', 'révélée', 'révélés', 'révélées', 'dévoilé', 'dévoilée', 'dévoilés', 'dévoilées',
]);

/** Titles of the person a court tries: "l'accusé a reconnu", "le prévenu a contesté". Keys. */
export const DEFENDANT_HEADS: ReadonlySet<string> = new Set(['accusé', 'accusée', 'prévenu', 'prévenue', 'condamné', 'condamnée']);

/**
 * Verbs of a court's judgement or a charge, as folded prefixes, right before the person they are about: "a condamné
 * vendredi X", "acquitté", "inculpé", "écroué" ("jugé" is read whole: the prefix would take the noun "juge").
 */
export const JUDGEMENT_VERB_PREFIXES: readonly string[] = ['condamn', 'acquitt', 'inculp', 'ecrou'];

/** Whole forms of the same whose stem is also a noun's ("juge"): "jugé X", "renvoyé devant les assises". Keys, accents kept. */
export const JUDGEMENT_VERB_FORMS: ReadonlySet<string> = new Set(['jugé', 'jugée', 'jugés', 'jugées', 'renvoyé', 'renvoyée', 'renvoyés', 'renvoyées']);

/** Determiners that open what is told after the one told ("aux salariés la fermeture", "à la presse son départ"). */
export const ADDRESSEE_OBJECT_OPENERS: ReadonlySet<string> = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cet', 'cette', 'ces']);
/** Prepositions that govern a determiner after them: "du personnel", "de la région", "à la presse". */
export const GOVERNING_PREPOSITIONS: ReadonlySet<string> = new Set(['de', "d'", 'du', 'des', 'à', 'au', 'aux', 'pour', 'sur', 'dans', 'en', 'par', 'avec', 'chez', 'entre', 'contre']);
/** Classes of verbs that tell something to someone: "annoncer à X la fermeture", "confirmer à Y le départ". */
export const TELLING_CLASSES: ReadonlySet<string> = new Set(['announce', 'confirm', 'reveal', 'report', 'explain']);
