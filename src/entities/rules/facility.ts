/**
 * Named facilities are LOCATION (annotation guideline): "Stade de France",
 * "aéroport de Roissy", "centrale nucléaire de Zaporijjia", "hôpital
 * d'al-Shifa", "hôtel de ville de Crocus", "mosquée Al-Aqsa". The facility
 * noun belongs to the name. A capitalised noun makes an official name
 * whatever follows ("Stade de France", "Gare du Nord"); a lower-case noun
 * before a known place only describes it ("l'aéroport de Kaboul", "le port
 * d'Odessa": the place is the entity; "le palais de l'Élysée": the institution), before another capitalised name it
 * names the facility. Never before a person. A capitalised "Château" right
 * before its name is a wine estate, a company: "Château Margaux".
 */
import { isAllCaps } from '../../text/normalize.js';
import { candidate } from '../candidate.js';
import { ESTATE_HEADS, TOWN_NAMED_FACILITIES, FACILITY_ADJECTIVES, FACILITY_HEADS, INSTITUTION_FACILITIES, FACILITY_SIZE_ADJECTIVES, NAME_ONLY_FACILITIES, TOWN_SUFFIXED_INSTITUTIONS, OPEN_SPACE_HEADS, PLANT_FUELS, PRISON_CENTRES, TOWN_ONLY_FACILITIES, type FacilityHead } from '../data/geo-features.js';
import type { Token } from '../../types.js';
import { CAP, type Analysis, type Candidate, type Rule } from '../types.js';
import { specifierEnd } from './geo-feature.js';
import { defineWordClass } from '../../text/word-classes.js';
import { hitAt } from '../analysis.js';

/** Links between the facility noun and its name. */
const LINKS: ReadonlySet<string> = new Set(['de', 'du', "d'", 'des']);

/** Facility nouns, and "hôtel" of "hôtel de ville": the words a facility starts with. */
const FACILITY_HEAD = defineWordClass((w) => FACILITY_HEADS.has(w.key) || w.key === 'hôtel' || w.key === 'centre' || w.key === 'maison');

/** "centre hospitalier": a two-word facility noun, the hospital of a town. */
const HOSPITAL_CENTRE: FacilityHead = { linked: true, direct: true };

/** Adjectives that name a building with its capitalised noun: "Palais national", "Palais royal", "Stade olympique". */
const NAMING_ADJECTIVES: ReadonlySet<string> = new Set(['national', 'nationale', 'royal', 'royale', 'présidentiel', 'présidentielle', 'olympique', 'municipal', 'municipale', 'impérial', 'impériale', 'international', 'internationale', 'régional', 'régionale']);

/**
 * `end`, or the end of a capitalised demonym right after it that goes on
 * the name ("centre hospitalier Sud Francilien": a demonym written with a
 * capital is a name's word, not a nationality).
 */
function capitalisedDemonymEnd(a: Analysis, end: number): number {
  if (end === -1) return end;
  const hit = hitAt(a, end);
  const t = a.doc.tokens[end];
  if (hit === undefined || t === undefined || hit.tokenStart !== end || hit.payload.type !== 'NATIONALITY' || a.shape[end] !== CAP || !t.spaceBefore || t.sentence !== a.doc.tokens[end - 1]?.sentence) return end;
  return hit.tokenEnd;
}

/**
 * "l'hôpital Hassan-II d'Agadir": the town after a hospital's own name
 * belongs to it (benchmark convention, dev16); `end` when none follows.
 * ("le lycée Victor-Hugo de Besançon" keeps the school alone.)
 */
function townOfInstitutionEnd(a: Analysis, end: number): number {
  const of = a.doc.tokens[end];
  const hit = hitAt(a, end + 1);
  if (of === undefined || (of.key !== 'de' && of.key !== "d'") || hit === undefined || hit.tokenStart !== end + 1 || hit.payload.type !== 'LOCATION' || hit.payload.subtype !== 'city') return end;
  return of.sentence === a.doc.tokens[hit.tokenEnd - 1]?.sentence ? hit.tokenEnd : end;
}

/** Length in tokens of a prison noun at `h` ("maison d'arrêt", "centre pénitentiaire"), or 0. */
function jailHeadLength(tokens: readonly Token[], h: number): number {
  const head = tokens[h]?.key;
  if (head === 'maison') return (tokens[h + 1]?.key === "d'" && tokens[h + 2]?.key === 'arrêt') ? 3 : 0;
  return head === 'centre' && PRISON_CENTRES.has(tokens[h + 1]?.key ?? '') ? 2 : 0;
}

/** Indefinite determiners: "une rue de Kiev" is a street of the town, not one named after it. */
const INDEFINITE: ReadonlySet<string> = new Set(['un', 'une', 'des', 'plusieurs', 'chaque', 'quelques']);

/** Words before "l'" that quote what follows as a source: "selon l'hôpital de …", "d'après l'hôpital de …". */
const SOURCE_BEFORE: ReadonlySet<string> = new Set(['selon', "d'après"]);

/** The facility noun at `h` is quoted as a source: "selon l'hôpital", "d'après le centre pénitentiaire". */
function quotedSource(tokens: readonly Token[], h: number): boolean {
  const article = tokens[h - 1]?.key;
  return (article === "l'" || article === 'le' || article === 'la') && SOURCE_BEFORE.has(tokens[h - 2]?.key ?? '');
}

export const facility: Rule = {
  id: 'facility',
  find(a) {
    const out: Candidate[] = [];
    const tokens = a.doc.tokens;
    for (let h = 0; h < tokens.length; h++) {
      const head = tokens[h];
      if (head === undefined || head.kind !== 'word' || (head.classes & FACILITY_HEAD) === 0) continue;
      // "hôtel de ville de Crocus": a two-word facility noun.
      const townHall = head.key === 'hôtel' && tokens[h + 1]?.key === 'de' && tokens[h + 2]?.key === 'ville';
      const hospital = head.key === 'centre' && tokens[h + 1]?.key === 'hospitalier';
      // "maison d'arrêt de Nîmes", "centre pénitentiaire de Fresnes": a town's prison, the institution like its hospital.
      const jail = jailHeadLength(tokens, h);
      const kind = townHall ? { linked: true, direct: false } : hospital || jail > 0 ? HOSPITAL_CENTRE : FACILITY_HEADS.get(head.key);
      if (kind === undefined) continue;
      let i = townHall ? h + 3 : hospital ? h + 2 : jail > 0 ? h + jail : h + 1;
      const institution = INSTITUTION_FACILITIES.has(tokens[i - 1]?.key ?? '');
      // "le Palais national", "le Palais royal": a capitalised facility noun and its adjective are the name.
      if (a.shape[h] !== 0 && NAMING_ADJECTIVES.has(tokens[h + 1]?.key ?? '') && !LINKS.has(tokens[h + 2]?.key ?? '') && tokens[h + 1]?.sentence === head.sentence) {
        out.push(candidate(a, h, h + 2, { type: 'LOCATION', subtype: 'facility', rule: 'facility', rank: 2, confidence: 0.7 }));
        continue;
      }
      for (;;) {
        if (FACILITY_ADJECTIVES.has(tokens[i]?.key ?? '')) i++;
        // "la centrale à charbon Emile-Huchet".
        else if (tokens[i]?.key === 'à' && PLANT_FUELS.has(tokens[i + 1]?.key ?? '')) i += 2;
        else break;
      }
      const link = tokens[i]?.key ?? '';
      let article = false;
      if (LINKS.has(link)) {
        if (!kind.linked) continue;
        i++;
        article = link === 'de' && (tokens[i]?.key === "l'" || tokens[i]?.key === 'la');
        if (article) i++;
        if (kind.articleOnly === true && !article && link !== 'des' && link !== 'du') continue;
        // "le port de Shëngjin": the town is the place (the place announcer finds it).
        if (a.shape[h] === 0 && !article && (link === 'de' || link === "d'") && TOWN_ONLY_FACILITIES.has(head.key)) continue;
      } else if (!kind.direct || (i > h + 1 && a.shape[i] === 0)) {
        continue;
      }
      // "l'hôpital d'al-Shifa": a hospital after "d'" is the building; by its own name ("hôpital Henri-Mondor",
      // "hôpital de la Pitié-Salpêtrière") or as a town's "centre hospitalier", the institution.
      // "selon l'hôpital de Mitrovica-Nord": a hospital quoted as a source is the institution.
      const byName = (institution && (hospital || jail > 0 || !LINKS.has(link) || link === 'du' || link === 'des' || article || quotedSource(tokens, h))) || (a.shape[h] !== 0 && !LINKS.has(link) && ESTATE_HEADS.has(head.key));
      const end = capitalisedDemonymEnd(a, specifierEnd(a, i, head.sentence));
      if (end === -1) continue;
      // "l'oléoduc du CPC", "la centrale d'EDF": an acronym after "de" is the owner, an organisation.
      const spec = tokens[i];
      if (LINKS.has(link) && end === i + 1 && spec !== undefined && spec.text.length > 1 && isAllCaps(spec.text)) continue;
      if (byName) {
        out.push(candidate(a, h, LINKS.has(link) || !TOWN_SUFFIXED_INSTITUTIONS.has(head.key) ? end : townOfInstitutionEnd(a, end), { type: 'ORGANIZATION', rule: 'facility', rank: 2, confidence: 0.7 }));
        continue;
      }
      const known = hitAt(a, i);
      // "le palais de l'Élysée": a known institution keeps its own reading, as a known place does;
      // an open space takes the institution's name as its own: "la colline du Parlement".
      if (a.shape[h] === 0 && known !== undefined && ((known.payload.type === 'LOCATION' && !(TOWN_NAMED_FACILITIES.has(head.key) && !INDEFINITE.has(tokens[h - 1]?.key ?? ''))) || (known.payload.type === 'ORGANIZATION' && !OPEN_SPACE_HEADS.has(head.key)))) continue;
      // "la centrale thermoélectrique Antonio Guiteras": a plant's name alone is the place (lower-case noun only).
      // "le Grand Stade Hassan-II", "la Grande Mosquée de Paris": a capitalised size adjective opens the name.
      const from = a.shape[h] === 0 && NAME_ONLY_FACILITIES.has(head.key) ? i : a.shape[h] !== 0 && h > 0 && FACILITY_SIZE_ADJECTIVES.has(tokens[h - 1]?.text ?? '') && head.spaceBefore ? h - 1 : h;
      out.push(candidate(a, from, end, { type: 'LOCATION', subtype: 'facility', rule: 'facility', rank: 2, confidence: 0.7 }));
    }
    return out;
  },
};
