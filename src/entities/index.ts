/**
 * extractEntities pipeline: rules find candidate mentions over the prepared
 * document, refiners resolve overlaps, link mentions and give canonical names.
 */
import type { Entity, PreparedDocument } from '../types.js';
import { analyse } from './analysis.js';
import { documentSpelling } from './refiners/document-spelling.js';
import { linkAcronyms } from './refiners/link-acronyms.js';
import { linkPersons } from './refiners/link-persons.js';
import { particleSurname } from './refiners/particle-surname.js';
import { oneSense } from './refiners/one-sense.js';
import { removeOverlaps } from './refiners/remove-overlaps.js';
import { shortOrgHead } from './refiners/short-org-head.js';
import { sportsTeam } from './refiners/sports-team.js';
import { worldCity } from './refiners/world-city.js';
import { recurringSurname } from './refiners/recurring-surname.js';
import { acronym } from './rules/acronym.js';
import { ampersandName } from './rules/ampersand-name.js';
import { acronymExpansion } from './rules/acronym-expansion.js';
import { acronymDefinition } from './rules/acronym-definition.js';
import { contractedArticle } from './rules/contracted-article.js';
import { dateMentions } from './rules/date-mention.js';
import { datedStreet } from './rules/dated-street.js';
import { compoundDemonym } from './rules/compound-demonym.js';
import { competition } from './rules/competition.js';
import { stockIndex } from './rules/stock-index.js';
import { militaryUnit } from './rules/military-unit.js';
import { departmentalBody } from './rules/departmental-body.js';
import { dictionaryHit } from './rules/dictionary-hit.js';
import { firstName } from './rules/first-name.js';
import { demonymInName } from './rules/demonym-in-name.js';
import { ageApposition } from './rules/age-apposition.js';
import { countryPair } from './rules/country-pair.js';
import { facility } from './rules/facility.js';
import { geoFeature } from './rules/geo-feature.js';
import { koreaNorthSouth } from './rules/korea-north-south.js';
import { locative } from './rules/locative.js';
import { roadNumber } from './rules/road-number.js';
import { townShape } from './rules/town-shape.js';
import { initialName } from './rules/initial-name.js';
import { nameShape } from './rules/name-shape.js';
import { namedEvent } from './rules/named-event.js';
import { orgAnnouncer } from './rules/org-announcer.js';
import { orgBranch } from './rules/org-branch.js';
import { orgForeignHead } from './rules/org-foreign-head.js';
import { clubInitials } from './rules/club-initials.js';
import { orgName } from './rules/org-name.js';
import { localBody } from './rules/local-body.js';
import { orgNickname } from './rules/org-nickname.js';
import { orgSuffix } from './rules/org-suffix.js';
import { sansFrontieres } from './rules/sans-frontieres.js';
import { personApposition } from './rules/person-apposition.js';
import { personSpeaker } from './rules/person-speaker.js';
import { personTitle } from './rules/person-title.js';
import { placeAnnouncer } from './rules/place-announcer.js';
import { placeCompound } from './rules/place-compound.js';
import { placeQualifier } from './rules/place-qualifier.js';
import { prefixedName } from './rules/prefixed-name.js';
import { legislatureOfPlace } from './rules/legislature-of-place.js';
import { personPair } from './rules/person-pair.js';
import { programmeName } from './rules/programme-name.js';
import { regionalCouncil } from './rules/regional-council.js';
import { seatOfTitle } from './rules/seat-of-title.js';
import { siteDomain } from './rules/site-domain.js';
import { townUnit } from './rules/town-unit.js';
import { unknownName } from './rules/unknown-name.js';
import { vesselName } from './rules/vessel-name.js';
import { listName } from './rules/list-name.js';
import { workTitle } from './rules/work-title.js';
import { BLOCKED, UNKNOWN, type Candidate, type EntityContext, type Refiner, type Rule } from './types.js';

export type { EntityContext, Candidate, Rule, Refiner } from './types.js';

/** The entity rules, in the order they run; spread to extend: `[...defaultEntityRules, myRule]`. */
export const defaultEntityRules: readonly Rule[] = [
  dictionaryHit,
  compoundDemonym,
  countryPair,
  personPair,
  contractedArticle,
  dateMentions,
  namedEvent,
  competition,
  stockIndex,
  programmeName,
  workTitle,
  vesselName,
  listName,
  orgName,
  localBody,
  orgBranch,
  militaryUnit,
  departmentalBody,
  regionalCouncil,
  legislatureOfPlace,
  townUnit,
  orgSuffix,
  sansFrontieres,
  ampersandName,
  clubInitials,
  demonymInName,
  acronymExpansion,
  acronymDefinition,
  koreaNorthSouth,
  geoFeature,
  roadNumber,
  townShape,
  initialName,
  facility,
  datedStreet,
  siteDomain,
  prefixedName,
  placeCompound,
  placeQualifier,
  personTitle,
  personApposition,
  firstName,
  ageApposition,
  orgAnnouncer,
  orgForeignHead,
  orgNickname,
  placeAnnouncer,
  seatOfTitle,
  locative,
  acronym,
  nameShape,
  personSpeaker,
  unknownName,
];

/** The entity refiners, in order. */
export const defaultEntityRefiners: readonly Refiner[] = [removeOverlaps, linkAcronyms, recurringSurname, linkPersons, particleSurname, documentSpelling, oneSense, shortOrgHead, worldCity, sportsTeam];

/**
 * Turn a kept candidate into the public Entity shape. The common shapes
 * (a dictionary entity with id and subtype, a date with its value, a bare
 * name) are written as whole literals, so each entity is one compact object.
 */
function toEntity(text: string, c: Candidate): Entity {
  const { start, end, type, canonical, id, subtype, value } = c;
  const surface = text.slice(start, end);
  const confidence = Math.round(c.confidence * 100) / 100;
  if (value === undefined) {
    if (id !== undefined && subtype !== undefined) return { start, end, text: surface, type, canonical, id, subtype, confidence };
    if (id === undefined && subtype === undefined) return { start, end, text: surface, type, canonical, confidence };
  } else if (id === undefined && subtype === undefined) {
    return { start, end, text: surface, type, canonical, value, confidence };
  }
  return {
    start,
    end,
    text: surface,
    type,
    canonical,
    ...(id !== undefined ? { id } : {}),
    ...(subtype !== undefined ? { subtype } : {}),
    ...(value !== undefined ? { value } : {}),
    confidence,
  };
}

/**
 * Find the entities of a prepared document: sorted by start then longer
 * first, never overlapping, every span a trimmed slice of the input.
 *
 * @example
 * findEntities(prepare('M. Poutine est arrivé à Pyongyang.'), { dictionaries: [], referenceDate: null })
 */
export function findEntities(doc: PreparedDocument, ctx: EntityContext): Entity[] {
  const a = analyse(doc, ctx);
  let found: readonly Candidate[] = defaultEntityRules.flatMap((r) => r.find(a));
  for (const refine of defaultEntityRefiners) found = refine(a, found);
  return found.filter((c) => c.type !== UNKNOWN && c.type !== BLOCKED).map((c) => toEntity(doc.text, c));
}
