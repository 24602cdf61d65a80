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
