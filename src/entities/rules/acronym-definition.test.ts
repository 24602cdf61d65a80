import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../index.js';
import { found } from '../test-utils.js';
import { spells } from './acronym-definition.js';

// [input, the name, the acronym, the canonical both share]
const DEFINED: [string, string, string, string][] = [
  // Lower-case words up to the bracket: letters inside a word, a hyphenated word, a place inside the name.
  ['Selon l’Union des producteurs agricoles (UPA), la récolte est bonne.', 'Union des producteurs agricoles', 'UPA', 'Union des producteurs agricoles'],
  ['Le Syndicat des sapeurs-pompiers volontaires (SSPV) a protesté.', 'Syndicat des sapeurs-pompiers volontaires', 'SSPV', 'Syndicat des sapeurs-pompiers volontaires'],
  ['La Commission scolaire de Laval (CSDL) a fermé deux écoles.', 'Commission scolaire de Laval', 'CSDL', 'Commission scolaire de Laval'],
  ['Le Conseil supérieur de l’audiovisuel et du numérique (CSA) a tranché.', 'Conseil supérieur de l’audiovisuel et du numérique', 'CSA', 'Conseil supérieur de l\'audiovisuel et du numérique'],
  // A name without an institutional head, commas inside it.
  ['Le Réseau québécois des groupes écologistes (RQGE) appelle à manifester.', 'Réseau québécois des groupes écologistes', 'RQGE', 'Réseau québécois des groupes écologistes'],
  ['La Régie des alcools, des courses et des jeux (RACJ) a refusé le permis.', 'Régie des alcools, des courses et des jeux', 'RACJ', 'Régie des alcools, des courses et des jeux'],
  // Opened by an institution noun in lower case, a letter inside a word.
  ['L’enquête a été confiée à la juridiction nationale de lutte contre la criminalité organisée (Junalco).', 'juridiction nationale de lutte contre la criminalité organisée', 'Junalco', 'Juridiction nationale de lutte contre la criminalité organisée'],
  ['Le dossier relève de la juridiction interrégionale spécialisée (JIRS) de Rennes.', 'juridiction interrégionale spécialisée', 'JIRS', 'Juridiction interrégionale spécialisée'],
  // A common noun before the name is left out of it.
  ['Le patron de l’opérateur public Aguas de Tarija (ADT) a démissionné.', 'Aguas de Tarija', 'ADT', 'Aguas de Tarija'],
  // A syllable acronym, an acronym that is also a French word.
  ['La Compagnie des mines de Kayes (Comika) a suspendu ses envois.', 'Compagnie des mines de Kayes', 'Comika', 'Compagnie des mines de Kayes'],
  ['Le Mouvement pour l’égalité et la réforme (MER) dénonce la fraude.', 'Mouvement pour l’égalité et la réforme', 'MER', 'Mouvement pour l\'égalité et la réforme'],
  // The acronym kept in another language's word order, commas inside the name.
  ['Le Parti de la justice, de la paix et du progrès (JPPP) a gagné.', 'Parti de la justice, de la paix et du progrès', 'JPPP', 'Parti de la justice, de la paix et du progrès'],
];

describe('acronym definitions', () => {
  it.each(DEFINED)('%s', (input, name, acronym, canonical) => {
    const all = extractEntities(input);
    const e = all.find((x) => x.text === name);
    const acr = all.find((x) => x.text === acronym);
    expect(e, found(input).join(' | ')).toBeDefined();
    expect(e?.start).toBe(input.indexOf(name));
    expect(e?.type).toBe('ORGANIZATION');
    expect(e?.canonical).toBe(canonical);
    expect(acr?.type).toBe('ORGANIZATION');
    expect(acr?.canonical).toBe(canonical);
    // Nothing inside the name is an entity of its own.
    expect(all.filter((x) => x.start > (e?.start ?? 0) && x.end <= (e?.end ?? 0))).toEqual([]);
  });

  it('finds the acronym again, written the same way, and never the common word', () => {
    const text = 'Le Mouvement pour l’égalité et la réforme (MER) progresse. Le siège du MER a été fouillé. Il a vu la mer.';
    const mer = extractEntities(text).filter((e) => e.text === 'MER');
    expect(mer.map((e) => e.start)).toEqual([43, text.indexOf('du MER') + 3]);
    expect(mer.every((e) => e.canonical === 'Mouvement pour l\'égalité et la réforme')).toBe(true);
    expect(extractEntities(text).some((e) => e.text === 'mer')).toBe(false);
  });

  it('finds a syllable acronym in a headline before its definition', () => {
    const text = 'Un convoi de la Comika bloqué\n\nLa Compagnie des mines de Kayes (Comika) a suspendu ses envois.';
    const comika = extractEntities(text).filter((e) => e.text === 'Comika');
    expect(comika.map((e) => e.start)).toEqual([16, text.lastIndexOf('Comika')]);
    expect(comika.every((e) => e.type === 'ORGANIZATION')).toBe(true);
  });

  it.each([
    // Letters that do not spell the words: no definition.
    ['Le Comité a voté pour des aides (XYZ) cette année.', 'Comité a voté pour des aides'],
    // A clause is no name, even when its initials fit.
    ['Selon nos sources, la Sogefi a vendu sa filiale (SVF) hier.', 'Sogefi a vendu sa filiale'],
    // A person's name before brackets is no definition.
    ['Le député Paul Martin (PM) a voté.', 'Paul Martin (PM'],
  ])('no definition in %s', (input, name) => {
    expect(extractEntities(input).some((e) => e.text === name)).toBe(false);
  });
});

describe('acronym definitions: spelling', () => {
  it('spells over the parts of a hyphenated word', () => {
    expect(spells('sspv', { text: ['syndicat', 'des', 'sapeurs', 'pompiers', 'volontaires'], content: [true, false, true, false, true] }, 2)).toBe(true);
  });
  it('reads no more than a name\'s parts: one word "A-A-A-…" of 20,000 characters spells nothing (and costs no parts² time)', () => {
    const n = 10_000;
    const parts = { text: Array.from({ length: n }, () => 'a'), content: Array.from({ length: n }, (_v, i) => i === 0) };
    expect(spells('aaa', parts, 2)).toBe(false);
  });
});
