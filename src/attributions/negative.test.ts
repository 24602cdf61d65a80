import { describe, expect, it } from 'vitest';
import { attributionsOf } from './test-utils.js';

// Texts with no attribution at all.
const NONE: [string, string][] = [
  ['scare quotes without a speaker', 'La Corée du Nord simule une attaque de «terre brûlée» contre le Sud.'],
  ['negated speech', 'Le ministre n’a pas dit que la guerre était finie.'],
  ['negation with "jamais"', 'Le Kremlin n’a jamais affirmé que les troupes partiraient.'],
  ['first-person "selon moi"', 'Selon moi, la réforme est mauvaise.'],
  ['relative "selon laquelle"', 'Ils veulent profiter de la perception selon laquelle leurs liens sont solides.'],
  ['"selon les cas"', 'Les prix varient selon les cas.'],
  ['title of a work', 'Il a lu « Guerre et Paix » pendant les vacances.'],
  ['passive cue', 'Il est souligné dans le texte que la visite sera longue.'],
  ['a noun, not a cue', 'La note de synthèse est arrivée hier.'],
  ['impersonal "on"', 'On pense que la Russie a fourni une aide.'],
  ['a polysemous verb without a clause', 'La Corée du Nord a lancé un missile balistique mardi.'],
  // A verb form after its article is a noun: "L'annonce", "une critique", "après la déclaration".
  ['a noun after its article, then a colon', 'L’annonce des pourparlers a fait remonter le rial : la monnaie valait moins.'],
  ['a noun after a preposition and an article', 'Après l’annonce, la monnaie valait moins.'],
  ['a noun after a possessive', 'Sa critique du texte a pesé : la loi est retirée.'],
  ['"qualifier" in sport, no quotation', 'L’équipe s’est qualifiée pour la finale et a qualifié ses joueurs.'],
  // After "de", "à", "par", "pour" a finite verb has no place: the form is a noun ("de chiffre d'affaires").
  ['a noun after "de"', 'Le groupe pourrait dépasser les 16 milliards d’euros de chiffre d’affaires en 2025, contre 15,2 milliards en 2024.'],
  ['a noun after "de", a fund', 'Le fonds gère 3 milliards d’euros de chiffre d’affaires annuel, contre 2 milliards en 2022.'],
  ['a noun after "de", a company', 'La société réalise 2 milliards de chiffre d’affaires, contre 1,5 milliard un an plus tôt.'],
  ['a noun after "de", a share', 'Le magasin affiche 40 % de chiffre d’affaires en plus, à 3 millions d’euros.'],
  // A noun phrase after "de" right past a cue is its object: no inverted speaker, nothing reported.
  ['an object after "de", no speaker', 'Les élus, eux, s’inquiètent de cette distance.'],
  ['an object after "de", a typographic apostrophe', 'Les maires, eux, s’inquiètent de cette réforme.'],
  // Hoping is not saying: "espère" + infinitive or que-clause is a wish ("a dit espérer" is a report, by "dire").
  ['a wish with an infinitive', 'La petite commune, qui manque de médecins, espère attirer de jeunes praticiens.'],
  ['a wish with a que-clause', 'Le club espère que le stade sera prêt avant la saison.'],
];

describe('not attributions', () => {
  it.each(NONE)('%s', (_label, text) => {
    expect(attributionsOf(text, [['Kremlin', 'ORGANIZATION'], ['Corée du Nord', 'LOCATION'], ['Russie', 'LOCATION']])).toEqual([]);
  });

  it('returns nothing for an empty document', () => {
    expect(attributionsOf('')).toEqual([]);
  });

  it('keeps spans inside the text on odd input', () => {
    const text = '« » , a dit , selon , « « » » ” “ a-t-il ajouté « ' + '« a déclaré '.repeat(200);
    for (const a of attributionsOf(text)) {
      expect(text.slice(a.content.start, a.content.end)).toBe(a.content.text);
      if (a.cue !== null) expect(text.slice(a.cue.start, a.cue.end)).toBe(a.cue.text);
      if (a.source !== null) expect(text.slice(a.source.start, a.source.end)).toBe(a.source.text);
    }
  });

  it('follows "données … par X" to its author once, not down a long chain (no stack overflow)', () => {
    const text = `La guerre continue, a déclaré ${'des chiffres par '.repeat(5000)}l’ONU.`;
    const got = attributionsOf(text);
    expect(got.map((a) => a.content.text)).toEqual(['La guerre continue']);
  });
});
