import { describe, expect, it } from 'vitest';
import { attributionsOf, flat, type EntitySpec } from '../test-utils.js';

const E: EntitySpec[] = [
  ['Emmanuel Macron', 'PERSON'],
  ['Netanyahu', 'PERSON', 'Benyamin Netanyahou'],
  ['Kremlin', 'ORGANIZATION'],
  ['jeudi', 'DATE'],
  ['Fatoumata', 'PERSON'],
  ['hôpital Henri-Mondor', 'ORGANIZATION'],
  ['Créteil', 'LOCATION'],
];

// [input, kind, content, start, cue, lemma, source, canonical]
const CASES: [string, string, string, number, string | null, string | null, string, string][] = [
  ['Emmanuel Macron a affirmé : « Nous ne céderons pas. »', 'direct', 'Nous ne céderons pas.', 30, 'a affirmé', 'affirmer', 'Emmanuel Macron', 'Emmanuel Macron'],
  ['Emmanuel Macron a déclaré mardi à la télévision : « La France tiendra bon »', 'direct', 'La France tiendra bon', 52, 'a déclaré', 'déclarer', 'Emmanuel Macron', 'Emmanuel Macron'],
  ['Le Kremlin a prévenu : toute livraison d’armes sera une escalade.', 'indirect', 'toute livraison d’armes sera une escalade', 23, 'a prévenu', 'prévenir', 'Kremlin', 'Kremlin'],
  ['Netanyahu a subi une opération : «Je vais retourner au travail immédiatement»', 'direct', 'Je vais retourner au travail immédiatement', 34, null, null, 'Netanyahu', 'Benyamin Netanyahou'],
  // A quoted object followed by a second cue of the same subject ("et annoncé que …") is still the whole quotation.
  // An adjunct after a whole quoted object ("sous …", "avant de …") is not part of it; a deadline ("avant la fin de
  // l'année") is part of what is promised (dev11's "avant l'été", dev12's "avant la rentrée").
  ['Emmanuel Macron promet « une réforme juste » sous les huées.', 'direct', 'une réforme juste', 25, 'promet', 'promettre', 'Emmanuel Macron', 'Emmanuel Macron'],
  ['Emmanuel Macron promet « une réforme juste » avant la fin de l’année.', 'mixed', '« une réforme juste » avant la fin de l’année', 23, 'promet', 'promettre', 'Emmanuel Macron', 'Emmanuel Macron'],
  // A date and where it was said between the cue and a whole quoted object.
  ['Emmanuel Macron a promis jeudi dans une allocution télévisée « une paix durable ».', 'direct', 'une paix durable', 63, 'a promis', 'promettre', 'Emmanuel Macron', 'Emmanuel Macron'],
  // Adverbs between the cue and a whole quoted object.
  ['Le Kremlin a salué au contraire « un choix responsable ».', 'direct', 'un choix responsable', 34, 'a salué', 'saluer', 'Kremlin', 'Kremlin'],
  ['Emmanuel Macron a salué « un tournant pour l’Europe » et annoncé qu’il irait à Kiev.', 'direct', 'un tournant pour l’Europe', 26, 'a salué', 'saluer', 'Emmanuel Macron', 'Emmanuel Macron'],
];

describe('quotation introduced by its speaker', () => {
  it.each(CASES)('%s', (input, kind, content, start, cue, lemma, source, canonical) => {
    const got = attributionsOf(input, E).map(flat);
    expect(got).toContainEqual({ kind, content, start, cue, lemma, source, canonical });
  });
});

describe('quotation named, not spoken', () => {
  it.each([
    ['Le tracé, que le Kremlin appelle « corridor du Nord », reste flou.'],
    ['Emmanuel Macron surnomme « le boucher » son adversaire.'],
  ])('%s: a name given to a thing is no quotation', (input) => {
    expect(attributionsOf(input, E).map(flat).filter((a) => a.kind === 'direct')).toEqual([]);
  });
  it.each([
    ['Le Kremlin a appelé « toutes les parties à la retenue ».', 'toutes les parties à la retenue'],
    ['Emmanuel Macron a appelé “les belligérants à cesser le feu”.', 'les belligérants à cesser le feu'],
  ])('%s: the ones called and what to in one quotation is a direct call', (input, content) => {
    expect(attributionsOf(input, E).map(flat)).toContainEqual(expect.objectContaining({ kind: 'direct', content, cue: 'a appelé' }));
  });
  it('"appeler à « … »" is a call', () => {
    expect(attributionsOf('Emmanuel Macron a appelé à « la retenue ».', E).map(flat)[0]?.content).toBe('à « la retenue »');
  });
});

describe('a verb and its object before the colon', () => {
  it.each([
    // The article after "a + participle" is no object pronoun: "l'annonce" is no cue "annonce" with the participle as its subject.
    ['Emmanuel Macron, en visite à Lyon, a balayé l’annonce : « Ce n’est pas un plan, c’est un slogan. »', 'Ce n’est pas un plan, c’est un slogan.'],
    ['Emmanuel Macron a écarté la critique : « Nous avons tenu parole sur tout. »', 'Nous avons tenu parole sur tout.'],
  ])('%s: one direct quote, said by the clause subject', (input, content) => {
    expect(attributionsOf(input, E).map(flat)).toEqual([
      { kind: 'direct', content, start: input.indexOf(content), cue: null, lemma: null, source: 'Emmanuel Macron', canonical: 'Emmanuel Macron' },
    ]);
  });
});

describe('a feeling verb with an object before the colon', () => {
  it('does not report the clause after the colon ("redoutent l’hiver : …")', () => {
    expect(attributionsOf('Les agriculteurs redoutent surtout l’hiver : les stocks de fourrage sont déjà bas.', E)).toEqual([]);
  });

  it('still reports it without an object ("Le Kremlin redoute : …")', () => {
    expect(attributionsOf('Le Kremlin redoute : les livraisons vont reprendre.', E).map(flat)).toEqual([
      expect.objectContaining({ kind: 'indirect', content: 'les livraisons vont reprendre', cue: 'redoute', source: 'Kremlin' }),
    ]);
  });
});

describe('any verb phrase after a person and its appositions, before a colon and a quotation', () => {
  it.each([
    ['Dans la rame, Fatoumata, 34 ans, aide-soignante à l’hôpital Henri-Mondor, à Créteil, fait le calcul : « Je gagne une heure. »', 'fait le calcul'],
    ['Fatoumata, 34 ans, hausse les épaules : « Je gagne une heure. »', 'hausse les épaules'],
    ['Un peu plus loin, Emmanuel Macron, président, pose le décor : « Je gagne une heure. »', 'pose le décor'],
  ])('%s', (input, cue) => {
    const got = attributionsOf(input, E).map(flat);
    expect(got).toEqual([{ kind: 'direct', content: 'Je gagne une heure.', start: input.indexOf('Je gagne'), cue, lemma: cue, source: input.includes('Macron') ? 'Emmanuel Macron' : 'Fatoumata', canonical: input.includes('Macron') ? 'Emmanuel Macron' : 'Fatoumata' }]);
  });

  it.each([
    // A bare noun or a noun and its complement is an apposition, not a verb phrase: no cue.
    ['Fatoumata, 34 ans, infirmière : « Je gagne une heure. »', null],
    ['Fatoumata, 34 ans, infirmière de nuit : « Je gagne une heure. »', null],
  ])('%s: no verb phrase for a cue', (input, cue) => {
    expect(attributionsOf(input, E).map((a) => a.cue?.text ?? null)).toEqual([cue]);
  });

  it('needs a person before the appositions, not a place or nothing', () => {
    expect(attributionsOf('Dans la rame, à Créteil, on fait le calcul : « Je gagne une heure. »', E).map((a) => a.cue?.text ?? null)).not.toContain('fait le calcul');
    expect(attributionsOf('À Créteil, la mairie, fait le calcul : « Je gagne une heure. »', E).map((a) => a.source?.text ?? null)).not.toContain('Créteil');
  });
});

describe('a quoted object and what follows it: a deadline is part of it, an adjunct is not', () => {
  const P: EntitySpec[] = [['Stéphanie Rist', 'PERSON']];
  it.each([
    ['Stéphanie Rist a promis « des solutions durables » avant l’été.', [['mixed', '« des solutions durables » avant l’été']]],
    ['Stéphanie Rist a promis « une réponse » dès janvier.', [['mixed', '« une réponse » dès janvier']]],
    ['Stéphanie Rist a promis « une phase de test » avant d’éventuels ajustements.', [['direct', 'une phase de test']]],
    ['Stéphanie Rist a promis « une phase de test » malgré les critiques.', [['direct', 'une phase de test']]],
  ])('%s', (text, expected) => {
    expect(attributionsOf(text, P).map(flat).map((a) => [a.kind, a.content])).toEqual(expected);
  });
});
