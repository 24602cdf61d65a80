/**
 * Initials of the legal forms French and francophone sports clubs put before their town: "l'AS Saint-Priest" (Association
 * sportive), "l'US Orléans" (Union sportive), "le FC Sochaux", "le RC Lens", "l'AJ Auxerre", "le SC Bastia", "l'ES
 * Troyes", "l'AC Ajaccio", "le CS Sedan", "l'OGC Nice", "le SCO Angers". Written in capitals before a capitalised
 * town, the initials and the town are one club.
 *
 * Source: hand-compiled from the names of French football, rugby and basketball clubs (FFF, LNR, LNB club lists).
 */
export const CLUB_INITIALS: ReadonlySet<string> = new Set(['AS', 'US', 'FC', 'RC', 'AJ', 'SC', 'ES', 'AC', 'CS', 'OGC', 'SCO', 'USL', 'JA', 'SU', 'CA', 'ASM', 'USAP']);

/** Words before the initials that make them a club's: an article ("l'AS Cannes", "le FC Sochaux", "du RC Lens"). */
export const CLUB_DETERMINERS: ReadonlySet<string> = new Set(["l'", 'le', 'du', 'au', "de l'", 'à']);
