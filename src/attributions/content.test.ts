import { describe, expect, it } from 'vitest';
import { attributionsOf, flat, type EntitySpec } from './test-utils.js';

const E: EntitySpec[] = [['Olaf Scholz', 'PERSON'], ['Lille', 'LOCATION'], ['Douai', 'LOCATION']];

describe('content extent: a closing tail without a verb', () => {
  // [input, content]: the tail places or describes what came before and closes the sentence.
  const TAILS: [string, string][] = [
    ['Olaf Scholz a réclamé des renforts pour Douai, ville de 40 000 habitants, privée d’eau depuis lundi.', 'des renforts pour Douai, ville de 40 000 habitants, privée d’eau depuis lundi'],
    ['Olaf Scholz a dénoncé des tirs contre un poste frontière, dans la province de Lille.', 'des tirs contre un poste frontière, dans la province de Lille'],
    // A resumptive apposition after the tail still ends the content.
    ['Olaf Scholz a dénoncé des tirs contre un poste frontière, dans la province de Lille, une attaque qui a fait trois blessés.', 'des tirs contre un poste frontière, dans la province de Lille'],
  ];
  it.each(TAILS)('%s', (input, content) => {
    expect(attributionsOf(input, E).map((a) => a.content.text)).toContain(content);
  });

  it('stops at where it was said, at a preposition before "de", and before a verb', () => {
    expect(attributionsOf('Olaf Scholz a dénoncé une attaque, dans un communiqué.', E).map(flat)[0]).toMatchObject({ content: 'une attaque' });
    expect(attributionsOf('Olaf Scholz a annoncé une hausse des loyers, près de Lille.', E).map(flat)[0]).toMatchObject({ content: 'une hausse des loyers' });
    expect(attributionsOf('Olaf Scholz a annoncé une hausse des loyers, dans la région de Lille les prix ont doublé.', E).map(flat)[0]).toMatchObject({ content: 'une hausse des loyers' });
  });
});

describe('content extent: before a post-posed cue', () => {
  it('runs across a semicolon, not across a colon', () => {
    const semi = 'Le cortège a été dispersé ; douze personnes ont été interpellées, a indiqué Olaf Scholz.';
    expect(attributionsOf(semi, E).map(flat)).toEqual([
      { kind: 'indirect', content: 'Le cortège a été dispersé ; douze personnes ont été interpellées', start: 0, cue: 'a indiqué', lemma: 'indiquer', source: 'Olaf Scholz', canonical: 'Olaf Scholz' },
    ]);
    const colon = 'La tension monte : douze personnes ont été interpellées, a indiqué Olaf Scholz.';
    expect(attributionsOf(colon, E).map(flat)[0]).toMatchObject({ content: 'douze personnes ont été interpellées' });
  });
});

describe('content extent: a resumptive apposition closes the sentence', () => {
  it('ends the clause before ", une faction dissidente des X qu’…"', () => {
    const text = 'Olaf Scholz a déclaré avoir rencontré les chefs du Front Nord, une faction rivale des Verts qu’il juge « incontournable ».';
    expect(attributionsOf(text, E).map(flat)[0]).toMatchObject({ content: 'avoir rencontré les chefs du Front Nord', cue: 'a déclaré', source: 'Olaf Scholz' });
  });
});

describe('content extent: the writer’s background after a comma', () => {
  it('ends the content before ", sur fond de …"', () => {
    const text = 'Olaf Scholz a assuré que la coalition tiendrait, sur fond de tensions croissantes au sein du gouvernement.';
    expect(attributionsOf(text, E).map(flat)[0]).toMatchObject({ content: 'la coalition tiendrait', cue: 'a assuré', source: 'Olaf Scholz' });
  });
});

describe('a que-clause that goes on after ", sans être …"', () => {
  it.each([
    [
      'Julie Inman Grant a précisé que les plateformes devraient prendre des « mesures raisonnables », sans être tenues de vérifier l’âge de chaque utilisateur.',
      'les plateformes devraient prendre des « mesures raisonnables », sans être tenues de vérifier l’âge de chaque utilisateur',
    ],
    // The speaker's manner still ends it.
    ['Julie Inman Grant a annoncé que les prix baisseront, sans préciser quand.', 'les prix baisseront'],
    ['Julie Inman Grant a annoncé que les prix baisseront, sans donner de date.', 'les prix baisseront'],
  ])('%s', (text, content) => {
    expect(attributionsOf(text, [['Julie Inman Grant', 'PERSON']]).map((a) => a.content.text)).toEqual([content]);
  });
});

describe('a reported clause before a colon and a quotation of its own', () => {
  const P: EntitySpec[] = [['Aïssatou', 'PERSON']];
  it.each([
    [
      'Aïssatou dit avoir voté « pour la stabilité » : « Depuis 2021, les routes avancent », assure-t-elle.',
      [['mixed', 'avoir voté « pour la stabilité »'], ['direct', 'Depuis 2021, les routes avancent']],
    ],
    ['Aïssatou a dit que tout allait bien : « Les routes avancent ».', [['indirect', 'tout allait bien'], ['direct', 'Les routes avancent']]],
    // A colon without a quotation after it stays inside the clause.
    ['Aïssatou a dit que le choix était simple : la stabilité ou le chaos.', [['indirect', 'le choix était simple : la stabilité ou le chaos']]],
  ])('%s', (text, expected) => {
    expect(attributionsOf(text, P).map(flat).map((a) => [a.kind, a.content])).toEqual(expected);
  });
});

describe('an object sized up by a participle and a count, a que far after a name', () => {
  const P: EntitySpec[] = [['Ryanair', 'ORGANIZATION'], ['Suisse', 'LOCATION'], ['Département fédéral des affaires étrangères', 'ORGANIZATION'], ['DFAE', 'ORGANIZATION']];
  it.each([
    [
      'Ryanair a annoncé l’annulation de plus de 400 vols, affectant quelque 70 000 passagers, et réclamé une réforme.',
      [['indirect', 'l’annulation de plus de 400 vols, affectant quelque 70 000 passagers'], ['indirect', 'une réforme']],
    ],
    ['Ryanair a annoncé une hausse des tarifs, touchant 3 millions de clients.', [['indirect', 'une hausse des tarifs, touchant 3 millions de clients']]],
    // A reporting gerund or a participle used as a preposition is no size.
    ['Ryanair a annoncé une hausse des tarifs, précisant 3 conditions.', [['indirect', 'une hausse des tarifs']]],
    ['Ryanair a annoncé une hausse des tarifs, suivant 3 jours de débat.', [['indirect', 'une hausse des tarifs']]],
    // A name counts as one word between the cue and its "que".
    [
      'La Suisse a fait savoir par la voix du Département fédéral des affaires étrangères (DFAE) qu’elle « suivait avec attention » la situation.',
      [['mixed', 'elle « suivait avec attention » la situation']],
    ],
  ])('%s', (text, expected) => {
    expect(attributionsOf(text, P).map(flat).map((a) => [a.kind, a.content])).toEqual(expected);
  });
});
