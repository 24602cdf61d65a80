/**
 * French date lexicons, as data. Every list is written with its accents;
 * `variants()` adds the unaccented spelling ("février" → "fevrier") that
 * scraped or typed-in-a-hurry news text uses, so rules look tokens up by
 * their `key` (lower case, NFC, straight apostrophe) in one Map access.
 */
import { foldKey } from '../../text/normalize.js';

/** Adds the accent-folded form of each key: "août" → also "aout". */
function variants<V>(entries: ReadonlyArray<readonly [string, V]>): ReadonlyMap<string, V> {
  const map = new Map<string, V>();
  for (const [k, v] of entries) {
    map.set(k, v);
    const folded = foldKey(k);
    if (!map.has(folded)) map.set(folded, v);
  }
  return map;
}

function wordSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(variants(words.map((w) => [w, true] as const)).keys());
}

/** Full month names → month number (1–12). */
export const MONTHS = variants<number>([
  ['janvier', 1], ['février', 2], ['mars', 3], ['avril', 4], ['mai', 5], ['juin', 6],
  ['juillet', 7], ['août', 8], ['septembre', 9], ['octobre', 10], ['novembre', 11], ['décembre', 12],
]);

/**
 * Abbreviated month names, written before a "." token ("janv.", "sept.").
 * "sept" is also the numeral seven, so rules accept an abbreviation only
 * after a day number or before a year.
 */
export const MONTH_ABBREVIATIONS = variants<number>([
  ['janv', 1], ['jan', 1], ['févr', 2], ['fév', 2], ['avr', 4], ['juil', 7],
  ['sept', 9], ['sep', 9], ['oct', 10], ['nov', 11], ['déc', 12],
]);

/** Weekday names → ISO weekday (1 = lundi … 7 = dimanche). */
export const WEEKDAYS = variants<number>([
  ['lundi', 1], ['mardi', 2], ['mercredi', 3], ['jeudi', 4], ['vendredi', 5], ['samedi', 6], ['dimanche', 7],
]);

/** Parts of a day that may follow a day word ("mardi soir", "hier matin"). */
export type DayPart = 'morning' | 'noon' | 'afternoon' | 'evening' | 'night';
export const DAY_PARTS = variants<DayPart>([
  ['matin', 'morning'], ['matinée', 'morning'], ['midi', 'noon'], ['après-midi', 'afternoon'],
  ['soir', 'evening'], ['soirée', 'evening'], ['nuit', 'night'], ['mi-journée', 'noon'],
]);

/** Where in a period: "début mars", "mi-juillet", "fin 2023", "courant mai". */
export type PeriodPart = 'start' | 'mid' | 'end';
export const PERIOD_PARTS = variants<PeriodPart>([
  ['début', 'start'], ['mi', 'mid'], ['milieu', 'mid'], ['courant', 'mid'], ['fin', 'end'],
]);

/** Seasons in TIMEX3 notation, the "2023-SU" of the value. */
export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export const SEASONS = variants<Season>([
  ['printemps', 'SP'], ['été', 'SU'], ['automne', 'FA'], ['hiver', 'WI'],
]);

/** Ordinals of quarters and half-years: "premier trimestre", "2e semestre", "second semestre". */
export const PERIOD_ORDINALS = variants<number>([
  ['premier', 1], ['1er', 1], ['deuxième', 2], ['second', 2], ['2e', 2], ['2ème', 2],
  ['troisième', 3], ['3e', 3], ['3ème', 3], ['quatrième', 4], ['4e', 4], ['4ème', 4],
]);

/** Periods a year is cut into, with how many of them it has: "trimestre" 4, "semestre" 2. */
export const YEAR_PERIODS = variants<'quarter' | 'half'>([['trimestre', 'quarter'], ['semestre', 'half']]);

/** Calendar units that relative expressions count in ("la semaine dernière", "il y a trois ans"). */
export type CalendarUnit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year';
export const CALENDAR_UNITS = variants<CalendarUnit>([
  ['jour', 'day'], ['jours', 'day'], ['journée', 'day'],
  ['semaine', 'week'], ['semaines', 'week'],
  ['week-end', 'weekend'], ['weekend', 'weekend'], ['week-ends', 'weekend'],
  ['mois', 'month'], ['trimestre', 'quarter'], ['trimestres', 'quarter'],
  ['année', 'year'], ['années', 'year'], ['an', 'year'], ['ans', 'year'],
]);

/**
 * Words after a unit or a day that move it: "dernier" -1, "prochain" +1.
 * "écoulé" reads as "last" ("au cours de l'année écoulée").
 */
export const SHIFT_WORDS = variants<number>([
  ['dernier', -1], ['dernière', -1], ['passé', -1], ['passée', -1], ['écoulé', -1], ['écoulée', -1],
  ['prochain', 1], ['prochaine', 1],
]);

/** "précédent", "suivant" count from a date in the story, not from the publication date. */
export const NARRATIVE_SHIFT_WORDS = wordSet(['précédent', 'précédente', 'suivant', 'suivante']);

/** Demonstratives that anchor a unit to the publication date: "cette semaine", "cet été". */
export const DEMONSTRATIVES = wordSet(['ce', 'cet', 'cette']);

/** Articles kept in front of a relative unit: "la semaine dernière", "l'an prochain". */
export const ARTICLES = wordSet(['le', 'la', "l'"]);

/** Single words naming a day relative to the publication date → day offset. */
export const RELATIVE_DAYS = variants<number>([
  ['avant-hier', -2], ['hier', -1], ["aujourd'hui", 0], ['demain', 1], ['après-demain', 2],
]);

/** Days counted from a date in the story: the value stays unknown. */
export const NARRATIVE_DAYS = wordSet(['veille', 'lendemain', 'avant-veille', 'surlendemain']);

/** Small number words for "il y a trois jours" (values only; "quelques" has none). */
export const NUMBER_WORDS = variants<number>([
  ['un', 1], ['une', 1], ['deux', 2], ['trois', 3], ['quatre', 4], ['cinq', 5], ['six', 6],
  ['sept', 7], ['huit', 8], ['neuf', 9], ['dix', 10], ['onze', 11], ['douze', 12],
  ['quinze', 15], ['vingt', 20], ['trente', 30],
]);

/**
 * Words after which a bare four-digit number is read as a year even when
 * a noun follows: "en 1948", "depuis 2016", "jusqu'en 2022", "l'année 2000".
 */
export const STRONG_YEAR_CUES = wordSet([
  'en', 'depuis', 'dès', "jusqu'en", 'an', 'année', 'ici', 'courant', 'mi',
  // "la génération 1964", "la promotion 2024", "le millésime 2019"
  'génération', 'promotion', 'millésime',
  // "le budget 2026", "l'exercice 2024", "la récolte 2025", "le recensement 2021", "l'édition 2025"
  'budget', 'exercice', 'cuvée', 'récolte', 'recensement', 'édition',
  // "la saison 2026", "la rentrée 2025", "la session 2024"
  'saison', 'rentrée', 'session',
]);

/** Cues before a year in words ("en deux mille vingt-trois", "l'an deux mille"): none leaves a count reading. */
export const YEAR_WORD_CUES: ReadonlySet<string> = new Set(['en', 'an', 'depuis', 'dès', "jusqu'en"]);

/**
 * Adjectives between a strong year cue and its year: "le budget primitif 2026", "l'exercice budgétaire 2024", "la
 * saison régulière 2025", "la récolte viticole 2025".
 */
export const YEAR_CUE_ADJECTIVES = wordSet([
  'primitif', 'rectificatif', 'supplémentaire', 'prévisionnel', 'annuel', 'budgétaire', 'régulière', 'viticole',
  'municipal', 'communal', 'départemental', 'régional', 'national',
]);

/**
 * Singular verbs after which a four-digit number opening a clause is a year
 * subject ("2025 a été une année record", "2026 sera difficile"): a count
 * takes a plural verb ("2000 ont manifesté").
 */
export const YEAR_SUBJECT_VERBS = wordSet(['a', 'est', 'sera', 'fut', 'était', 'restera', 'reste', 'marque', 'marquera', 'aura', 'avait', 'serait']);

/**
 * Words after which a four-digit number is a year unless a counted noun
 * follows: "avant 2030", "après 2000", "de 2018", "fin 2023", "vers 1990".
 */
export const WEAK_YEAR_CUES = wordSet([
  'avant', 'après', 'de', "d'", 'vers', 'fin', 'début', 'milieu', 'pour', 'à', 'et', 'au', 'ou',
]);

/**
 * Words before a number that make it a count, a code or a reference, never a
 * year: "plus de 2000", "article 2023", "n° 2023", "les 2000".
 */
export const NOT_YEAR_BEFORE = wordSet([
  'plus', 'moins', 'près', 'environ', 'quelque', 'autour', 'total', 'nombre', 'hausse', 'baisse',
  'augmentation', 'somme', 'montant', 'chiffre', 'les', 'des', 'ces', 'sur', 'par', 'soit',
  'article', 'art', 'n', 'no', 'numéro', 'page', 'p', 'chapitre', 'loi', 'décret', 'résolution',
  'code', 'vol', 'vols', 'rue', 'route', 'tome', 'version', 'modèle', 'réf', 'référence', 'pièce',
  'ligne', 'bus', 'train', 'salle', 'porte', 'bâtiment', 'km', 'kilomètre', 'point', 'score',
]);

/** Quantity words before "de": "plus de 2000", "un total de 2000", "une hausse de 1990". */
export const COUNT_BEFORE_DE = wordSet([
  'plus', 'moins', 'près', 'autour', 'total', 'nombre', 'hausse', 'baisse', 'augmentation', 'somme',
  'montant', 'chiffre', 'centaine', 'millier', 'milliers', 'dizaine', 'record', 'recul', 'progression',
]);

/**
 * Words that can follow a year yet end in -s/-x like a plural noun:
 * "en 2023 plusieurs pays", "depuis 2019 dans le cadre".
 */
export const NON_NOUN_PLURAL_LOOKALIKES = wordSet([
  'plusieurs', 'les', 'des', 'ces', 'mes', 'tes', 'ses', 'nos', 'vos', 'leurs', 'dans', 'sous', 'sans',
  'vers', 'puis', 'alors', 'depuis', 'mais', 'lors', 'dès', 'très', 'plus', 'moins', 'tous', 'toutes',
  'jamais', 'parfois', 'toujours', 'déjà', 'après', 'avons', 'avez', 'sommes', 'êtes', 'étais', 'avais',
  'fois', 'pas', 'jusqu', 'ainsi', 'aussi', 'lorsque', 'pendant', 'chez', 'contre', 'selon', 'afin',
]);

/** Units and currencies after a number: "2023 euros", "2000 km", "1990 %". */
export const UNIT_AFTER = wordSet([
  'euro', 'euros', 'dollar', 'dollars', 'livres', 'francs', 'roubles', 'wons', 'yens', 'yuans',
  'millions', 'milliards', 'million', 'milliard', 'mille', 'km', 'm', 'kg', 't', 'tonnes', 'mètres',
  'kilomètres', 'hectares', 'litres', 'ans', 'mois', 'jours', 'heures', 'minutes', 'secondes', 'semaines',
  '%', '€', '$', '£', '¥', '₩', '₽', 'pour', 'fois', 'exemplaires', 'habitants', 'personnes',
]);

/** Words that open a range: "du 25 au 27 mars", "de lundi à mercredi", "entre 2019 et 2022". */
export const RANGE_OPENERS = wordSet(['du', 'de', "d'", 'entre']);

/**
 * Plural determiners before two days of one month joined by "et": "les 25 et
 * 26 mars", "lors de sa réunion des 18 et 19 décembre", "ces 3 et 4 juin",
 * "aux 14 et 15 mai" (only the two days are the date).
 */
export const DAY_PAIR_OPENERS = wordSet(['les', 'des', 'ces', 'aux']);

/** Words that close a range, by opener: "du … au", "de … à", "entre … et". */
export const RANGE_SEPARATORS = wordSet(['au', 'à', 'et', "jusqu'au", "jusqu'à"]);


/**
 * Words before a clock number that make "8 heures" or "24h" a duration, not
 * a time: "pendant 8 heures", "en 24h", "dans 48 heures", "les 24 heures".
 */
export const DURATION_BEFORE = wordSet([
  'pendant', 'durant', 'en', 'dans', 'les', 'des', 'ces', 'sous', 'plus', 'moins', 'environ',
  'près', 'quelque', 'toutes', 'tous', 'chaque', 'par', 'sur',
  // "le vol a duré 11 h"
  'dure', 'durent', 'duré', 'durer', 'durera', 'dureront', 'durait', 'duraient',
  // "l'attente a atteint 7 h 40", "dépasse souvent 6 h": a length reached, not an hour.
  'atteint', 'atteignait', 'atteindre', 'atteindra', 'dépasse', 'dépassé', 'dépassait', 'dépasser', 'excède', 'excédé',
]);

/** After "de", an "h" figure of fewer hours is a length, not a time: "un film de 2h30" (dates and quantities agree). */
export const EARLIEST_CLOCK_AFTER_DE = 5;

/** Units after the minutes of an "h" figure that make it a length of time: "3 h 20 min", "2 h 01 min 09 s". */
export const SMALLER_TIME_UNITS = wordSet(['min', 'mn', 'minutes', 'minute', 's', 'sec', 'secondes']);

/** Time words after a number: "19 heures", "7 h 30". */
export const HOUR_WORDS = wordSet(['h', 'heure', 'heures']);

/**
 * Future cues, to pick which "mardi" or "en juillet" a sentence means:
 * "Poutine devrait arriver mardi" is next Tuesday.
 */
export const FUTURE_CUES = wordSet([
  'devrait', 'devraient', 'doit', 'doivent', 'va', 'vont', 'sera', 'seront', 'aura', 'auront',
  'fera', 'feront', 'ira', 'iront', 'prévu', 'prévue', 'prévus', 'prévues', 'prévoit', 'prévoient',
  'entend', 'entendent', 'envisage', 'envisagent', 'programmé', 'programmée',
  'attendu', 'attendue', 'attendus', 'attendues', 'prochain', 'prochaine', 'prochains', 'prochaines',
  // expectations and plans: "les économistes tablent sur une baisse en décembre"
  // (not the nouns "table", "compte")
  'tablent', 'anticipe', 'anticipent', 'espère', 'espèrent', 'projette', 'projettent', 'comptent', 'tabler', 'prévoir',
]);

/** Past cues: auxiliaries of the passé composé and the imperfect. */
export const PAST_CUES = wordSet([
  'a', 'ont', 'ai', 'as', 'avons', 'avez', 'avait', 'avaient', 'eu', 'est', 'sont', 'était', 'étaient',
  'fut', 'furent', 'dernier', 'dernière', 'derniers', 'dernières', 'passé', 'passée',
  // "depuis le 7 octobre": a point in the past.
  'depuis',
]);

/** Lower-case words that end like a future verb but are not ("caméra", "front"). */
export const FUTURE_LOOKALIKES = wordSet([
  'caméra', 'caméras', 'opéra', 'opéras', 'choléra', 'mantra', 'tantra', 'cobra', 'sierra', 'extra',
  'front', 'fronts', 'affront', 'affronts', 'era', 'ultra', 'contra', 'vera',
  'portrait', 'portraits', 'retrait', 'retraits', 'extrait', 'extraits', 'attrait', 'trait', 'traits',
]);

/** The first characters of a token key that is a number (for `DateRule.firstChars`). */
export const DIGITS = '0123456789';

/**
 * Holidays by key (capitalised in the text): [month, day] for fixed ones,
 * null for movable feasts, which are dates without a value. Key of the
 * hyphenated form: "saint-sylvestre".
 */
export const HOLIDAYS: ReadonlyMap<string, readonly [number, number] | null> = new Map<string, readonly [number, number] | null>([
  ['noël', [12, 25]], ['toussaint', [11, 1]], ['saint-sylvestre', [12, 31]], ['saint-valentin', [2, 14]],
  ['halloween', [10, 31]],
  ['assomption', [8, 15]], ['épiphanie', [1, 6]], ['chandeleur', [2, 2]],
  ['pâques', null], ['pentecôte', null], ['ascension', null], ['ramadan', null], ['aïd', null],
  ['hanoukka', null], ['thanksgiving', null],
  // Feasts of West Africa and the Muslim world as the press of those regions names them: "la Tabaski" (Aïd el-Kébir),
  // "la Korité" (Aïd el-Fitr), "le Maouloud", "l'Achoura".
  ['tabaski', null], ['korité', null], ['maouloud', null], ['achoura', null],
]);

/** Words after "de" that name no activity: a determiner ("de l'après-midi", "de la nuit") or a part of the day. */
export const NOT_ACTIVITIES: ReadonlySet<string> = new Set([
  'la', 'le', 'les', "l'", 'un', 'une', 'des', 'du', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos',
  'matin', 'soir', 'nuit', 'demain', 'manière', 'façon', 'sorte', 'plus', 'moins',
]);

/** Parts of a day said right after "le lendemain" ("matin", "soir", "midi") or after "au" ("la veille au soir"). */
export const NARRATIVE_DAY_PARTS: ReadonlySet<string> = new Set(['matin', 'soir', 'midi', 'après-midi']);
