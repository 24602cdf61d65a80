/**
 * Role and title words that announce a person's name, before it ("le
 * président russe Vladimir Poutine", "le législateur Yoo Sang-bum") or in
 * apposition after it ("Kim Jong Un, le dirigeant nord-coréen").
 *
 * Source: hand-compiled from French press usage (AFP/Reuters French wires,
 * Le Monde style book job titles) and the Académie française's list of
 * feminine job titles ("La féminisation des noms de métiers", 2019).
 * Keys are lower-case, accented, singular and plural, masculine and feminine.
 */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  'président', 'présidente', 'présidents', 'vice-président', 'vice-présidente', 'ministre', 'ministres',
  'vice-ministre', 'premier', 'première', 'vice-premier', 'chancelier', 'chancelière', 'roi', 'reine', 'prince',
  'princesse', 'empereur', 'impératrice', 'pape', 'cheikh', 'émir', 'sultan', 'monarque', 'souverain',
  'porte-parole', 'directeur', 'directrice', 'directeurs', 'sous-directeur', 'dirigeant', 'dirigeante', 'dirigeants',
  'leader', 'chef', 'cheffe', 'chefs', 'secrétaire', 'sous-secrétaire', 'député', 'députée', 'députés', 'sénateur',
  'sénatrice', 'sénateurs', 'législateur', 'législatrice', 'parlementaire', 'élu', 'élue', 'maire', 'gouverneur',
  'gouverneure', 'préfet', 'préfète', 'ambassadeur', 'ambassadrice', 'consul', 'diplomate', 'émissaire', 'envoyé',
  'envoyée', 'conseiller', 'conseillère', 'conseillers', 'général', 'générale', 'généraux', 'général-major', 'amiral',
  'colonel', 'commandant', 'capitaine', 'lieutenant', 'maréchal', 'sergent', 'officier', 'commissaire', 'juge', 'procureur',
  'procureure', 'avocat', 'avocate', 'analyste', 'chercheur', 'chercheuse', 'expert', 'experte', 'professeur',
  'professeure', 'politologue', 'historien', 'historienne', 'économiste', 'journaliste', 'correspondant',
  'correspondante', 'éditorialiste', 'écrivain', 'écrivaine', 'auteur', 'autrice', 'patron', 'patronne', 'pdg',
  'fondateur', 'fondatrice', 'cofondateur', 'responsable', 'responsables', 'haut-représentant', 'représentant',
  'représentante', 'délégué', 'déléguée', 'négociateur', 'négociatrice', 'médiateur', 'coordinateur', 'coordinatrice',
  'administrateur', 'administratrice', 'commandant', 'opposant', 'opposante', 'militant', 'militante', 'candidat',
  'candidate', 'successeur', 'prédécesseur', 'homologue', 'allié', 'alliée', 'rival', 'rivale', 'adjoint', 'adjointe',
  'collaborateur', 'collaboratrice', 'assistant', 'assistante', 'entraîneur', 'sélectionneur', 'joueur', 'joueuse',
  'acteur', 'actrice', 'chanteur', 'chanteuse', 'cinéaste', 'réalisateur', 'réalisatrice', 'artiste', 'architecte',
  'physicien', 'physicienne', 'médecin', 'docteur', 'docteure', 'évêque', 'archevêque', 'cardinal', 'imam', 'rabbin',
  'père', 'mère', 'fils', 'fille', 'frère', 'sœur', 'épouse', 'époux', 'mari', 'femme', 'veuve', 'oncle', 'tante',
  'neveu', 'nièce', 'cousin', 'cousine', 'grand-père', 'grand-mère', 'petit-fils', 'petite-fille', 'beau-frère',
  'belle-sœur', 'beau-père', 'belle-mère', 'camarade', 'voisin', 'voisine', 'ami', 'amie', 'collègue', 'compagnon',
  'compagne', 'dictateur', 'tsar', 'ayatollah', 'guide', 'numéro',
  'vice-amiral', 'contre-amiral', 'chef-adjoint', 'speaker', 'présidentiable', 'sénateur', 'eurodéputé', 'eurodéputée',
  'maire-adjoint', 'directeur-général', 'rapporteur', 'rapporteure', 'inspecteur', 'inspectrice', 'ancien', 'ancienne',
  // Players by their position and athletes by their sport: "le pilier Uini Atonio", "l'attaquant rennais Mathis Ferrand".
  'pilier', 'piliers', 'ailier', 'ailière', 'talonneur', 'attaquant', 'attaquante', 'défenseur', 'défenseure', 'gardien',
  'gardienne', 'buteur', 'buteuse', 'meneur', 'meneuse', 'coureur', 'coureuse', 'cycliste', 'nageur', 'nageuse',
  'boxeur', 'boxeuse', 'sprinteur', 'sprinteuse', 'skieur', 'skieuse', 'tennisman', 'entraîneure', 'entraîneuse',
  // rugby positions: "le troisième-ligne sud-africain Ruan Van der Berg", "l'ouvreur Thomas Lacombe"
  'ouvreur', 'troisième-ligne', 'deuxième-ligne', 'première-ligne',
  // Drivers, basketball positions and athletes by sport: "le pilote britannique Lando Norris", "le pivot américain Jalen Brooks".
  'pilote', 'pilotes', 'pivot', 'latéral', 'athlète', 'marathonien', 'marathonienne',
  'footballeur', 'footballeuse', 'basketteur', 'basketteuse', 'handballeur', 'handballeuse', 'rugbyman', 'tenniswoman',
  'golfeur', 'golfeuse', 'judoka', 'escrimeur', 'escrimeuse', 'patineur', 'patineuse', 'biathlète', 'triathlète',
  'gymnaste', 'navigateur', 'navigatrice', 'skipper', 'alpiniste', 'perchiste', 'fondeur', 'fondeuse', 'slalomeur',
  'descendeur', 'grimpeur', 'grimpeuse', 'rameur', 'rameuse', 'lutteur', 'lutteuse', 'surfeur', 'surfeuse', 'sprinter',
  // Arts, media and activism: "le romancier haïtien Lyonel Trouillot", "l'activiste Greta Thunberg".
  'romancier', 'romancière', 'poète', 'poétesse', 'philosophe', 'sociologue', 'rappeur', 'rappeuse', 'musicien',
  'musicienne', 'pianiste', 'violoniste', 'compositeur', 'compositrice', 'comédien', 'comédienne', 'humoriste',
  'photographe', 'peintre', 'sculpteur', 'sculptrice', 'dessinateur', 'dessinatrice', 'animateur', 'animatrice',
  'présentateur', 'présentatrice', 'chroniqueur', 'chroniqueuse', 'reporter', 'blogueur', 'blogueuse', 'influenceur',
  'influenceuse', 'dissident', 'dissidente', 'activiste',
  // Occupations a witness or a victim is named by: "Nana Malachkhia, une étudiante de 21 ans", "l'agriculteur Paul Roux".
  'étudiant', 'étudiante', 'livreur', 'livreuse', 'agriculteur', 'agricultrice', 'viticulteur', 'viticultrice',
  'éleveur', 'éleveuse', 'ouvrier', 'ouvrière', 'infirmier', 'infirmière', 'enseignant', 'enseignante', 'retraité',
  'retraitée', 'policier', 'policière', 'gendarme', 'pompier', 'syndicaliste', 'commerçant', 'commerçante',
  // A name given as such: "la victime, prénommée Ilyes", "un certain dénommé Karim".
  'prénommé', 'prénommée', 'prénommés', 'prénommées', 'dénommé', 'dénommée',
]);

/**
 * Titles that are also ordinary words and only count right before a name
 * or in a title phrase ("le premier ministre"), never alone as evidence
 * far from the name. Kept apart so the rule can ask for adjacency.
 */
export const WEAK_TITLES: ReadonlySet<string> = new Set([
  'premier', 'première', 'père', 'mère', 'fils', 'fille', 'frère', 'sœur', 'femme', 'mari', 'guide', 'numéro', 'ancien',
  'ancienne', 'allié', 'alliée', 'rival', 'rivale', 'élu', 'élue', 'responsable', 'responsables', 'homologue', 'expert',
  'experte', 'auteur',
  // Kin and companions: "Son camarade Ewen", "sa voisine Maëlle", "son ami Karim".
  'grand-mère', 'petit-fils', 'petite-fille', 'beau-frère', 'belle-sœur', 'beau-père', 'belle-mère', 'camarade', 'voisin',
  'voisine', 'ami', 'amie', 'collègue', 'compagnon', 'compagne',
]);

/** Honorifics written right before a name: "M. Poutine", "Mme Kim", "Dr Martin". Keys without the dot. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'm', 'mm', 'mme', 'mmes', 'mlle', 'monsieur', 'madame', 'mademoiselle', 'messieurs', 'dr', 'pr', 'me', 'maître',
  // Quebec and Swiss feminine abbreviations: "la Dre Claire Arnoux", "la Pre Anne Dubois"
  'dre', 'pre',
  'mgr', 'monseigneur', 'sir', 'lord', 'lady', 'dame', 'sheikh', 'cheikh',
  // Titles of customary kings and chiefs, written capitalised before the name: "le Mwami Kabare" (Kivu, Burundi), "le
  // Lamido de Rey-Bouba" (northern Cameroon), "le Kabaka Mutebi" (Buganda)
  'mwami', 'lamido', 'kabaka',
]);

/** Prepositions and articles before a ministry portfolio: "des Affaires", "de la Santé", "aux Armées". */
export const PORTFOLIO_PREPOSITIONS: ReadonlySet<string> = new Set(['de', 'des', 'du', "d'", 'la', "l'", 'aux', 'au']);

/**
 * Capitalised complements of a title or a ministry after "de" that are no
 * names ("le président de la République", "le garde des Sceaux", "la
 * ministre de l'Intérieur"), besides the organisation domains of
 * `ORG_DOMAINS`. Lower-case keys.
 */
export const TITLE_COMPLEMENTS: ReadonlySet<string> = new Set([
  'république', 'sceaux', 'trésor', 'intérieur', 'extérieur', 'logement', 'outre-mer', 'numérique', 'sports', 'jeunesse',
  'solidarités', 'solidarité', 'famille', 'familles', 'retraites', 'consommation', 'tourisme', 'francophonie',
  'ruralité', 'handicap', 'égalité', 'écologie', 'biodiversité', 'climat', 'territoires', 'collectivités', 'cohésion',
  'citoyenneté', 'fonction', 'enseignement', 'innovation', 'emploi', 'pêche', 'forêts', 'mines', 'pétrole',
]);

/**
 * Sports in lower case after the "de" of a federation or a league, read over like a portfolio: "le président de la
 * Fédération togolaise de football, Kossi Akpovi" (capitalised, they open a name: "Tennis Québec"). Keys.
 */
export const TITLE_SPORTS: ReadonlySet<string> = new Set([
  'football', 'rugby', 'basket-ball', 'basketball', 'handball', 'volley-ball', 'volleyball', 'athlétisme', 'cyclisme',
  'tennis', 'judo', 'boxe', 'natation', 'ski', 'lutte',
]);

/**
 * Political labels between an office and its "de": "le maire socialiste de Kervignac", "la maire écologiste de
 * Poitiers", "le maire sans étiquette d'Ustaritz", "le maire divers droite de Bidart". Keys.
 */
export const POLITICAL_LABELS: ReadonlySet<string> = new Set([
  'écologiste', 'socialiste', 'communiste', 'centriste', 'insoumis', 'insoumise', 'républicain', 'républicaine', 'macroniste', 'frontiste', 'indépendant', 'indépendante', 'conservateur',
  'conservatrice', 'travailliste', 'libéral', 'libérale', 'démocrate', 'progressiste', 'régionaliste', 'autonomiste',
]);

/**
 * Words of the labels that are phrases, only between a local office and its "de" ("divers droite", "sans
 * étiquette"): "le parti de gauche Libre" is no title before a name. Keys.
 */
export const LABEL_PHRASE_WORDS: ReadonlySet<string> = new Set(['divers', 'droite', 'gauche', 'sans', 'étiquette']);

/**
 * Words that may sit between a title and the name: "le ministre nord-coréen
 * de la Sécurité d'État, Ri Chang Dae", "le gouverneur régional, Oleh
 * Synehoubov", "le chef de la diplomatie russe, Sergueï Lavrov".
 */
export const TITLE_BRIDGE: ReadonlySet<string> = new Set([
  'de', 'du', 'des', "d'", 'la', 'le', 'les', "l'", 'à', 'au', 'aux', 'en', '(', ')', 'pour', 'chargé', 'chargée',
  'adjoint', 'adjointe', 'général', 'générale', 'principal', 'principale', 'haut', 'haute', 'ancien', 'ancienne',
  'nouveau', 'nouvelle', 'actuel', 'actuelle', 'premier', 'première', 'vice', 'délégué', 'déléguée', 'extérieur',
  'extérieure', 'extérieurs', 'intérieur', 'étrangères', 'étranger', 'renseignement', 'renseignements', 'sécurité',
  'services', 'service', 'défense', 'affaires',
  'régional', 'régionale', 'local', 'locale', 'militaire', 'municipal', 'municipale', 'provincial', 'provinciale',
  'fédéral', 'fédérale', 'national', 'nationale', 'intérimaire', 'sortant', 'sortante', 'spécial', 'spéciale',
  'permanent', 'permanente', 'exécutif', 'exécutive', 'suprême', 'démissionnaire', 'élu', 'élue',
  // The body of the title: "le porte-parole du ministère qatari des Affaires étrangères, Majed al-Ansari".
  'ministère', 'gouvernement', 'présidence', 'armée', 'diplomatie', 'parti', 'état-major', 'conseil', 'commission',
  'agence', 'police', 'parquet',
  // A political label: "la maire écologiste de Poitiers, Léonore …".
  ...POLITICAL_LABELS,
  // The territory of the title: "le gouverneur de la province du Kasaï, Dieudonné …".
  'province', 'région', 'département', 'commune', 'district', 'circonscription', 'canton',
]);

/** Local offices whose "de" names the town or the département they are held in: "le maire de Petit-Caux". Keys. */
export const LOCAL_OFFICES: ReadonlySet<string> = new Set([
  'maire', 'maires', 'édile', 'bourgmestre', 'préfet', 'préfète', 'sous-préfet', 'sous-préfète', 'curé',
  // a bishop's see is its town: "l'évêque de Saint-Flour", "l'archevêque de Bangui"
  'évêque', 'archevêque',
]);

/** Offices whose "de" names the firm they are held in: "le PDG de Vendralis", "la fondatrice de Kelvora". Keys. */
export const FIRM_OFFICES: ReadonlySet<string> = new Set([
  'pdg', 'patron', 'patronne', 'fondateur', 'fondatrice', 'cofondateur', 'cofondatrice', 'co-fondateur', 'co-fondatrice',
  'actionnaire',
]);

/** Heads that hold a firm with one of their qualifiers: "le directeur général de Kelvora". Keys. */
export const QUALIFIED_FIRM_OFFICES: ReadonlySet<string> = new Set(['directeur', 'directrice']);

/** Qualifiers of those heads: "directeur général", "directrice financière". Keys. */
export const FIRM_OFFICE_QUALIFIERS: ReadonlySet<string> = new Set([
  'général', 'générale', 'financier', 'financière', 'commercial', 'commerciale', 'technique', 'exécutif', 'exécutive',
]);

/** Titles of a relation to a person, whose complement is a person: kin, counsel, successor, ally, aide. */
export const RELATION_TITLES: ReadonlySet<string> = new Set([
  'père', 'mère', 'fils', 'fille', 'frère', 'sœur', 'épouse', 'époux', 'mari', 'femme', 'veuve', 'oncle', 'tante', 'neveu',
  'nièce', 'cousin', 'cousine', 'grand-père', 'grand-mère', 'petit-fils', 'petite-fille', 'beau-frère', 'belle-sœur',
  'beau-père', 'belle-mère', 'compagnon', 'compagne', 'ami', 'amie', 'camarade', 'voisin', 'voisine', 'collègue',
  'avocat', 'avocate', 'successeur', 'prédécesseur', 'homologue', 'allié', 'alliée', 'rival', 'rivale', 'adjoint',
  'adjointe', 'collaborateur', 'collaboratrice', 'assistant', 'assistante', 'conseiller', 'conseillère',
]);
