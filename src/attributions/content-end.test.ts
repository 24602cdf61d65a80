import { describe, expect, it } from 'vitest';
import { attributionsOf, flat, type EntitySpec } from './test-utils.js';

const E: EntitySpec[] = [
  ['PVV', 'ORGANIZATION'],
  ['Dick Schoof', 'PERSON'],
  ['Otan', 'ORGANIZATION'],
  ['Ukraine', 'LOCATION'],
  ['Russie', 'LOCATION'],
  ['BCL', 'ORGANIZATION'],
  ['CNIL', 'ORGANIZATION'],
  ['Modalia', 'ORGANIZATION'],
  ['France', 'LOCATION'],
];

const contents = (text: string) => attributionsOf(text, E).map(flat).map((a) => a.content);

describe('where a reported clause ends: the writer’s background and ranking after it', () => {
  it.each([
    // A past relative on a name, to the end of the sentence: background.
    [
      'Il a répété qu’il ne gouvernerait pas avec le PVV, dont le chef a provoqué en juin la chute du gouvernement de Dick Schoof, au bout de onze mois.',
      ['il ne gouvernerait pas avec le PVV'],
    ],
    ['Le ministre a dit vouloir confier à l’Otan l’achat d’obus pour l’Ukraine, qui a permis d’acheminer 1,8 million de munitions.', ['vouloir confier à l’Otan l’achat d’obus pour l’Ukraine']],
    // A relative incise before the clause's own verb stays; so does a relative on a common noun.
    ['Il a dit que l’armée de la Russie, qui a envahi l’Ukraine, devait payer.', ['l’armée de la Russie, qui a envahi l’Ukraine, devait payer']],
    ['Il a dit que le plan était prêt, qui a été validé hier.', ['le plan était prêt, qui a été validé hier']],
    // ", l'une des plus …": the writer ranks what was said.
    ['La CNIL a annoncé avoir sanctionné Modalia d’une amende de 42 millions d’euros, l’une des plus lourdes jamais prononcées en France.', ['avoir sanctionné Modalia d’une amende de 42 millions d’euros']],
    // Set off by a second comma, the ranking is an apposition inside the clause.
    ['Le ministre a dit que la taxe, l’une des plus lourdes d’Europe, serait supprimée.', ['la taxe, l’une des plus lourdes d’Europe, serait supprimée']],
    // ", un chiffre quasi stable": the source sizes its figure ("stable" is no adjective of possibility).
    ['Selon la BCL, les banques employaient 26.400 personnes, un chiffre quasi stable sur cinq ans.', ['les banques employaient 26.400 personnes, un chiffre quasi stable sur cinq ans']],
    ['Selon la BCL, les banques employaient 26.400 personnes, un chiffre invérifiable.', ['les banques employaient 26.400 personnes']],
  ])('%s', (text, expected) => {
    expect(contents(text)).toEqual(expected);
  });
});

describe('what an object goes on with: its cost, a relative in the conditional', () => {
  it.each([
    ['Il a annoncé 3 000 places d’ici à 2027, pour un coût d’environ 400 millions d’euros.', ['3 000 places d’ici à 2027, pour un coût d’environ 400 millions d’euros']],
    ['Le maire a promis un stade, pour un montant de 80 millions.', ['un stade, pour un montant de 80 millions']],
    [
      'La Contrôleure réclame un « mécanisme » contraignant, qui interdirait toute incarcération au-delà de 100 %.',
      ['un « mécanisme » contraignant, qui interdirait toute incarcération au-delà de 100 %'],
    ],
    // A relative in the past, a "pour" that gives no cost: the object ends at the comma.
    ['Le syndicat réclame une hausse des salaires, qui a été refusée.', ['une hausse des salaires']],
    ['Le maire a annoncé une réforme, pour une raison simple.', ['une réforme']],
  ])('%s', (text, expected) => {
    expect(contents(text)).toEqual(expected);
  });
});

describe('"mais a exclu" after an object with an apposition shares its subject', () => {
  it('reports both', () => {
    const text = 'La ministre a annoncé l’extension de la zone, soit environ 120 000 bovins, mais a exclu de renoncer à l’abattage, “le seul moyen”.';
    expect(attributionsOf(text, E).map(flat).map((a) => [a.content, a.source])).toEqual([
      ['l’extension de la zone, soit environ 120 000 bovins', 'ministre'],
      ['de renoncer à l’abattage, “le seul moyen”', 'ministre'],
    ]);
  });
});

describe('", jugeant X « … »" after a reported clause is a report of its own', () => {
  const P: EntitySpec[] = [['Petr Pavel', 'PERSON'], ['Otan', 'ORGANIZATION']];
  const got = (text: string) => attributionsOf(text, P).map(flat).map((a) => [a.kind, a.content, a.cue]);
  it.each([
    [
      'Petr Pavel a fait savoir qu’il refuserait de nommer ce candidat, jugeant ses déclarations sur l’Otan « incompatibles avec les engagements du pays ».',
      [
        ['indirect', 'il refuserait de nommer ce candidat', 'a fait savoir'],
        ['mixed', 'ses déclarations sur l’Otan « incompatibles avec les engagements du pays »', 'jugeant'],
      ],
    ],
    ['Le syndicat a affirmé que la grève continuerait, qualifiant la réforme de « provocation ».', [['indirect', 'la grève continuerait', 'a affirmé'], ['mixed', 'la réforme de « provocation »', 'qualifiant']]],
    // Without a quotation the participle stays in the clause.
    ['Le ministre a dit qu’il partirait, jugeant la situation difficile.', [['indirect', 'il partirait, jugeant la situation difficile', 'a dit']]],
  ])('%s', (text, expected) => {
    expect(got(text)).toEqual(expected);
  });
});

describe('where a content ends: a second verb of the speaker', () => {
  it.each([
    // "et" + a participle sharing the auxiliary, after a part of the day.
    ['Le ministre a dénoncé une « terreur organisée » contre la population et convoqué dans la soirée le Conseil de sécurité.', ['une « terreur organisée » contre la population']],
    ['Le ministre a dénoncé une « trahison » et annoncé dans la nuit la fermeture du site.', ['une « trahison »', 'la fermeture du site']],
    // A participle after "et" that qualifies a noun stays.
    ['Le ministre a dénoncé une « attaque » contre les civils tués et blessés dans la nuit de samedi.', ['une « attaque » contre les civils tués et blessés dans la nuit de samedi']],
    // A que-clause quoted whole is over at its closing mark when "et" and the speaker's next verb follow.
    ['Le collectif estime que « l’eau stockée profite à une minorité » et prévoit un rassemblement samedi.', ['l’eau stockée profite à une minorité']],
    ['Le maire estime que « la ville est prête » et annonce une fête.', ['la ville est prête', 'une fête']],
    ['Le maire estime que « la ville » et ses habitants sont prêts.', ['« la ville » et ses habitants sont prêts']],
  ])('%s', (text, expected) => {
    expect(contents(text)).toEqual(expected);
  });
});
