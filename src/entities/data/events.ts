/**
 * Named historical events whose name holds a place: "la guerre de Corée",
 * "la guerre du Golfe". The place inside is part of the event's name, which
 * is not an entity type of depeche ("guerre de Corée" is an event, while
 * "la guerre en Ukraine" names Ukraine as a place).
 *
 * Source: hand-compiled (French names of 19th–20th century wars, Larousse).
 * Keys: event noun → accent-folded, lower-case complements after de/du/d'/des.
 */
export const NAMED_EVENTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['guerre', new Set(['coree', 'vietnam', 'indochine', 'algerie', 'golfe', 'six jours', 'kippour', 'malouines', 'secession', 'cent ans', 'trente ans', 'boers', 'crimee'])],
  ['guerres', new Set(['balkans', 'religion'])],
]);

/**
 * Capitalised heads of recurring events named after a place: "Festival de
 * Cannes", "Tour de France", "Salon de l'agriculture", "Coupe du monde",
 * "Jeux olympiques de Paris", "Grand Prix de Monaco", "Open d'Australie",
 * "Tournoi des Six Nations".
 * Written with a capital and followed by their complement, the whole name is
 * the event's, and the place inside it is no location. Keys.
 */
export const EVENT_HEADS: ReadonlySet<string> = new Set([
  'festival', 'tour', 'salon', 'coupe', 'jeux', 'prix', 'open', 'biennale', 'mondial', 'championnat', 'championnats',
  'rencontres', 'marathon', 'rallye', 'foire', 'carnaval', 'exposition', 'grand-prix', 'tournoi',
  // named by their edition's year only: "l'Euro 2028", "les JO 2024", "les Mondiaux 2027"
  'euro', 'jo', 'mondiaux',
]);

/**
 * Of those, the heads that name the event in lower case too when a capitalised place follows: "le festival
 * d'Avignon", "le carnaval de Dunkerque", "la biennale de Venise" (the press writes them both ways). Keys.
 */
export const LOWERCASE_EVENT_HEADS: ReadonlySet<string> = new Set(['festival', 'carnaval', 'biennale']);

/**
 * Award ceremonies named by their trophy in the plural: "aux Oscars", "les César", "aux Molières", "les Emmys" (events,
 * no place, no person). "César" and "Goya" are also names: only after a plural article ("les", "aux", "des") are they
 * the ceremony. Accent-folded keys.
 */
export const AWARD_CEREMONIES: ReadonlySet<string> = new Set(['oscars', 'molieres', 'emmys', 'grammys', 'baftas', 'goyas', 'cesar', 'goya']);

/** Plural articles before an award ceremony's name: "aux Oscars", "les César", "des Molières". */
export const AWARD_ARTICLES: ReadonlySet<string> = new Set(['les', 'aux', 'des']);

/**
 * English heads that close the name of a competition kept in English:
 * "Champions Cup", "Davis Cup", "Heineken Champions Cup", "World Series",
 * "Super Bowl" (events, nothing inside annotated; "Games" left out: "Epic
 * Games" is a company). Keys.
 */
export const TRAILING_EVENT_HEADS: ReadonlySet<string> = new Set([
  'cup', 'trophy', 'championship', 'championships', 'series', 'masters', 'bowl', 'classic',
]);

/**
 * Competitions named with an organisation head ("Ligue Europa", "Ligue des
 * champions", "Ligue des nations", "Ligue Conférence"): events, not the
 * league that runs them. Head key → token keys of the rest of the name,
 * longest first.
 *
 * Source: UEFA competitions as named in the French press (L'Équipe, AFP).
 */
export const COMPETITION_NAMES: ReadonlyMap<string, readonly (readonly string[])[]> = new Map([
  ['ligue', [['europa', 'conférence'], ['europa', 'league'], ['des', 'champions'], ['des', 'nations'], ['europa'], ['conférence']]],
]);

/** Words that give a nickname in quotes (a place's name alone in those quotes names the thing, not the place). */
export { NICKNAME_WORDS as NICKNAME_CUES } from '../../text/data.js';

/** Auxiliaries that make such a participle the verb of a saying: "il a dit « Arizona »". */
export const NICKNAME_AUXILIARIES: ReadonlySet<string> = new Set(['a', 'ont', 'avait', 'avaient', 'aura', 'auront', 'ai', 'as', 'avons', 'avez', 'eut', 'aurait']);

/** Opening quote marks before a nickname. */
export const NICKNAME_QUOTES: ReadonlySet<string> = new Set(['«', '“', '"', '‹']);

/**
 * Leagues, championships and races named as competitions ("en Euroligue", "monté
 * en Pro B", "le leader de Ligue 1", "champion de Formule 1"): events, not
 * places nor organisations (benchmark convention, dev5, dev14, dev15,
 * dev18). Keys of the name's tokens, joined by a space.
 *
 * Source: French and European professional leagues as named in L'Équipe.
 */
export const NAMED_COMPETITIONS: ReadonlySet<string> = new Set([
  'euroligue', 'euroleague', 'eurocoupe', 'eurocup', 'pro a', 'pro b', 'pro d2', 'top 14', 'ligue 1', 'ligue 2',
  'premier league', 'liga', 'serie a', 'bundesliga', 'eredivisie', 'formule 1', 'formule 2', 'formule e', 'motogp',
  'starligue', 'betclic élite', 'super league',
  // Ocean races (dev20): "le dixième Vendée Globe" is the race, "Vendée" inside no place.
  'vendée globe', 'route du rhum', 'solitaire du figaro', 'transat jacques vabre', 'ocean race',
]);

/**
 * Nouns of treaties named after the town where they were signed ("l'accord de Paris", "les accords de Minsk",
 * "le traité de Lisbonne", "le protocole de Kyoto", "les conventions de Genève"): the treaty is no entity and the
 * town inside it no place (benchmark convention, dev6, dev20). Keys.
 */
export const TREATY_NOUNS: ReadonlySet<string> = new Set([
  'accord', 'accords', 'traité', 'traités', 'protocole', 'convention', 'conventions', 'pacte',
]);

/**
 * Words before "l'accord de X" that make it X's consent, not a treaty: "avec l'accord de Moscou", "sans l'accord
 * de Washington", "obtenir l'accord de Berlin". Keys.
 */
export const CONSENT_BEFORE: ReadonlySet<string> = new Set([
  'avec', 'sans', 'obtenu', 'obtenue', 'obtenir', 'obtient', 'demandé', 'demander', 'demande', 'reçu', 'recevoir', 'attend',
  'attendre', 'faute', 'nécessite', 'requiert', 'exige',
]);

/**
 * Words that open the subject of a treaty named by its noun and a demonym: "le pacte européen sur la migration et
 * l'asile" is the pact's name, its demonym no nationality (benchmark convention, dev20; "le règlement européen"
 * alone keeps it, dev16). Keys.
 */
export const TREATY_SUBJECT_LINKS: ReadonlySet<string> = new Set(['sur', 'pour', 'relatif', 'relative', 'contre']);
