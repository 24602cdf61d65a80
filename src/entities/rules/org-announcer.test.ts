import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../index.js';
import { found } from '../test-utils.js';

// [input, surface, type]: names announced by a group noun, with their article and town.
const ANNOUNCED: [string, string, string][] = [
  ['Selon l’union commerciale Les Boutiques de Vannes, les ventes chutent.', 'Les Boutiques de Vannes', 'ORGANIZATION'],
  ['L’association Les Amis de Brest a porté plainte.', 'Les Amis de Brest', 'ORGANIZATION'],
  ['Le collectif citoyen Vélorution a manifesté.', 'Vélorution', 'ORGANIZATION'],
  // "d'État" between the noun and the name.
  ['Il l’a dit à la télévision d’État Tana-TV mardi.', 'Tana-TV', 'ORGANIZATION'],
  ['Selon la radio d’Etat Kayira FM, le calme est revenu.', 'Kayira FM', 'ORGANIZATION'],
  // A newspaper's town is no part of its title.
  ['a rapporté le quotidien Le Courrier de Rimouski.', 'Rimouski', 'LOCATION'],
  // A press name in apposition between commas.
  ['Selon un communiqué diffusé par sa radio, Andalus, les shebab ont visé des responsables.', 'Andalus', 'ORGANIZATION'],
  ['L’EI a revendiqué via son agence de propagande, Amaq, l’attaque.', 'Amaq', 'ORGANIZATION'],
  // A person or a place after the comma keeps its own type.
  ['Il a parlé à son journal, Pierre Dupont, hier.', 'Pierre Dupont', 'PERSON'],
  ['Il a allumé la télévision, Paris brûlait.', 'Paris', 'LOCATION'],
  // Adjectives known by their ending between the noun and the name.
  ['Selon l’agence météorologique Kalinga, les vents atteignent 200 km/h.', 'Kalinga', 'ORGANIZATION'],
  ['Le groupe pharmaceutique Veltrano a racheté l’usine.', 'Veltrano', 'ORGANIZATION'],
  ['L’association environnementale Terranova a porté plainte.', 'Terranova', 'ORGANIZATION'],
  // A verb with such an ending is no adjective: the place after it stays a place.
  ['L’agence indique Paris comme destination.', 'Paris', 'LOCATION'],
  // A capitalised firm noun opens the firm's whole name.
  ['Le braquage de la joaillerie Maison Vasseur, rue de la Paix, a été jugé.', 'Maison Vasseur', 'ORGANIZATION'],
  ['La Maison Vasseur, fondée en 1898, avait déjà été visée.', 'Maison Vasseur', 'ORGANIZATION'],
  ['Le Groupe Legendre a racheté l’usine.', 'Groupe Legendre', 'ORGANIZATION'],
  ['Il a visité la Maison Blanche.', 'Maison Blanche', 'ORGANIZATION'],
];

describe('org-announcer', () => {
  it.each(ANNOUNCED)('%s → %s', (input, surface, type) => {
    const e = extractEntities(input).find((x) => x.text === surface);
    expect(e, found(input).join(' | ')).toBeDefined();
    expect(e?.start).toBe(input.indexOf(surface));
    expect(e?.type).toBe(type);
  });
  it('the official gazette is no entity; the title after it is', () => {
    expect(extractEntities('Le décret a été publié mardi au Journal officiel.').map((e) => e.text)).toEqual(['mardi']);
    const text = 'La loi, parue au Journal officiel La Gaceta, entre en vigueur.';
    expect(extractEntities(text).map((e) => `${e.type}:${e.text}`)).toEqual(['ORGANIZATION:La Gaceta']);
  });
  it('a capitalised firm noun opening its sentence with no article proves nothing', () => {
    expect(extractEntities('Maison Dupont : la fin.').map((e) => e.text)).toEqual([]);
  });
  it('"parti" after "être" is the verb "partir", no party', () => {
    expect(extractEntities('Le cortège est parti de Fontaine-l’Évêque mardi.').find((e) => e.text === 'Fontaine-l’Évêque')?.type).not.toBe('ORGANIZATION');
  });
  it('a place inside an announced name is not tagged on its own', () => {
    expect(extractEntities('Selon l’union commerciale Les Boutiques de Vannes, les ventes chutent.').map((e) => e.text)).toEqual(['Les Boutiques de Vannes']);
  });
});
