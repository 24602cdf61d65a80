import { describe, expect, it } from 'vitest';
import { attributionsOf, flat, type EntitySpec } from '../test-utils.js';
import { findAttributions } from '../index.js';
import { prepare } from '../../text/prepare.js';
import type { Attribution, Entity } from '../../types.js';

const E: EntitySpec[] = [
  ['KCNA', 'ORGANIZATION', 'Agence centrale de presse coréenne'],
  ['Yoo Sang-bum', 'PERSON'],
  ['Tass', 'ORGANIZATION', 'TASS'],
  ['Washington', 'LOCATION', 'Washington', 'city:US:washington'],
  ['AFP', 'ORGANIZATION', 'Agence France-Presse'],
  ['Argus', 'ORGANIZATION'],
  ['Agence internationale de l’énergie atomique', 'ORGANIZATION'],
  ['AIEA', 'ORGANIZATION', 'Agence internationale de l’énergie atomique'],
];

// [input, content, start, cue, source, canonical]
const CASES: [string, string, number, string, string, string][] = [
  ['Narychkine s’est rendu en Corée du Nord, selon l’agence nord-coréenne KCNA.', 'Narychkine s’est rendu en Corée du Nord', 0, 'selon', 'KCNA', 'Agence centrale de presse coréenne'],
  ['Selon le législateur Yoo Sang-bum, lorsque le directeur a été interrogé, il a répondu longuement.', 'lorsque le directeur a été interrogé, il a répondu longuement', 35, 'Selon', 'Yoo Sang-bum', 'Yoo Sang-bum'],
  ['Pyongyang cherche des aides militaires, selon Washington.', 'Pyongyang cherche des aides militaires', 0, 'selon', 'Washington', 'États-Unis'],
  ['En échange, selon les renseignements sud-coréens, le Kremlin a tenu ses promesses.', 'le Kremlin a tenu ses promesses', 50, 'selon', 'renseignements sud-coréens', 'renseignements sud-coréens'],
  ['Kim a invité Shoigu, ce qui, selon les responsables américains, pourrait impliquer des livraisons alors que Poutine cherche du soutien.', 'pourrait impliquer des livraisons', 64, 'selon', 'responsables américains', 'responsables américains'],
  ['D’après l’AFP, le sommet est reporté.', 'le sommet est reporté', 15, 'D’après', 'AFP', 'Agence France-Presse'],
  // The named author of a document speaks, not its publisher after "par"; "par X" names the author of a document with none.
  ['Selon une enquête de l’institut Argus publiée lundi par l’AFP, la moitié des ménages renoncent aux soins.', 'la moitié des ménages renoncent aux soins', 63, 'Selon', 'Argus', 'Argus'],
  ['Selon un sondage publié lundi par l’AFP, la moitié des ménages renoncent aux soins.', 'la moitié des ménages renoncent aux soins', 41, 'Selon', 'AFP', 'Agence France-Presse'],
  // A body of several members in apposition after "Pour X," ("un réseau de …") or as the source ("l'observatoire").
  ['Pour Argus, un réseau de 200 associations, « ce chiffre est une mauvaise nouvelle ».', 'ce chiffre est une mauvaise nouvelle', 45, 'Pour', 'Argus', 'Argus'],
  ['Pour l’observatoire, « ce chiffre est une mauvaise nouvelle ».', 'ce chiffre est une mauvaise nouvelle', 23, 'Pour', 'observatoire', 'observatoire'],
  // A whole quotation set off by a comma before "selon" is what the source said.
  ['Grève générale contre la réforme, « le pays est paralysé » selon l’AFP', 'le pays est paralysé', 36, 'selon', 'AFP', 'Agence France-Presse'],
  // Members and operators are sources: "selon un membre de …", "d'après les gestionnaires".
  ['Selon un membre de l’équipe, la séance a duré une heure.', 'la séance a duré une heure', 29, 'Selon', 'membre de l’équipe', 'membre de l’équipe'],
  ['Tous les vols ont été annulés, d’après les deux gestionnaires.', 'Tous les vols ont été annulés', 0, 'd’après', 'gestionnaires', 'gestionnaires'],
  ['KCNA a parlé. «Les deux parties sont parvenues à un consensus complet», selon la même source.', 'Les deux parties sont parvenues à un consensus complet', 15, 'selon', 'même source', 'Agence centrale de presse coréenne'],
  // "des élections …" after the comma is the clause (a partitive article), not an affiliation like "de l'Institut …".
  ['D’après Yoo Sang-bum, des élections pourraient être convoquées à l’automne, deux ans avant la fin.', 'des élections pourraient être convoquées à l’automne, deux ans avant la fin', 22, 'D’après', 'Yoo Sang-bum', 'Yoo Sang-bum'],
  // A name in apposition after a named source is what the source speaks about, not a second speaker.
  ['Selon l’AFP, Yoo Sang-bum, au pouvoir depuis 2013, a perdu.', 'Yoo Sang-bum, au pouvoir depuis 2013, a perdu', 13, 'Selon', 'AFP', 'Agence France-Presse'],
  // The author of a document or of figures speaks.
  ['Selon un communiqué de la présidence azerbaïdjanaise, le sommet est reporté.', 'le sommet est reporté', 54, 'Selon', 'présidence azerbaïdjanaise', 'présidence azerbaïdjanaise'],
  ['Les forces ont lancé 2 000 drones, selon un décompte de l’AFP.', 'Les forces ont lancé 2 000 drones', 0, 'selon', 'AFP', 'Agence France-Presse'],
  // A participle or "en poste" after the source runs to its comma; an author after "par" speaks.
  ['Selon une étude de l’AIEA publiée en mai, les stocks ont doublé.', 'les stocks ont doublé', 42, 'Selon', 'AIEA', 'Agence internationale de l’énergie atomique'],
  ['D’après un sondage réalisé en mars par l’agence Argus, la majorité refuse le projet.', 'la majorité refuse le projet', 55, 'D’après', 'Argus', 'Argus'],
  ['Selon un diplomate en poste à Washington, qui a requis l’anonymat, le sommet est reporté.', 'le sommet est reporté', 67, 'Selon', 'diplomate', 'diplomate'],
  // "Selon X" opening the sentence covers its ", alors que …".
  ['Selon l’AFP, le sommet est reporté, alors que les délégations étaient arrivées.', 'le sommet est reporté, alors que les délégations étaient arrivées', 13, 'Selon', 'AFP', 'Agence France-Presse'],
  // Generic sources of local news, in lower case, are speakers too.
  ['Deux randonneurs ont été secourus dans la nuit, selon la gendarmerie.', 'Deux randonneurs ont été secourus dans la nuit', 0, 'selon', 'gendarmerie', 'gendarmerie'],
  ['La course a réuni 3 000 participants, selon les organisateurs.', 'La course a réuni 3 000 participants', 0, 'selon', 'organisateurs', 'organisateurs'],
  ['Un roman primé se vend bien, selon les professionnels du livre.', 'Un roman primé se vend bien', 0, 'selon', 'professionnels du livre', 'professionnels du livre'],
  ['Le brut valait 75 dollars, selon des données compilées par l’agence Argus.', 'Le brut valait 75 dollars', 0, 'selon', 'Argus', 'Argus'],
  ['Selon les chiffres de l’AFP, le brut valait 75 dollars.', 'le brut valait 75 dollars', 29, 'Selon', 'AFP', 'Agence France-Presse'],
  // Figures count with a capitalised author the entity layer may not know.
  ['D’après les chiffres de l’Alliance, les dépenses ont augmenté de 20 %.', 'les dépenses ont augmenté de 20 %', 36, 'D’après', 'Alliance', 'Alliance'],
  // After a colon the clause starts anew: "Un revers : d'après X, P".
  ['Un revers pour le gouvernement : d’après un sondage de l’AFP, 54 % des électeurs sont opposés.', '54 % des électeurs sont opposés', 62, 'd’après', 'AFP', 'Agence France-Presse'],
  // A speaker noun then a name the entity layer missed: the name is the canonical.
  ['Onze personnes ont été tuées, selon l’ONG Amnesty Watch.', 'Onze personnes ont été tuées', 0, 'selon', 'ONG Amnesty Watch', 'Amnesty Watch'],
  // An adjective before the document noun; a bracketed acronym after the author's name.
  ['Selon le dernier rapport de l’Agence internationale de l’énergie atomique (AIEA), les stocks ont doublé.', 'les stocks ont doublé', 82, 'Selon', 'Agence internationale de l’énergie atomique', 'Agence internationale de l’énergie atomique'],
  // A capitalised head after its article names an institution the entity layer may not know.
  ['D’après l’Administration fédérale des routes, le trafic a baissé de 4 %.', 'le trafic a baissé de 4 %', 46, 'D’après', 'Administration fédérale des routes', 'Administration fédérale des routes'],
  // An apposition to the source after "selon X," is not the clause: the clause is before.
  ['Le cortège a réuni 30 000 personnes, selon l’Observatoire des libertés civiles, une ONG qui suit les manifestations.', 'Le cortège a réuni 30 000 personnes', 0, 'selon', 'Observatoire des libertés civiles', 'Observatoire des libertés civiles'],
  // A stressed pronoun after selon; "Pour X, P" at the start of a sentence, past an affiliation.
  ['Yoo Sang-bum a parlé. Selon lui, la Russie a tiré 3 000 bombes.', 'la Russie a tiré 3 000 bombes', 33, 'Selon', 'lui', 'Yoo Sang-bum'],
  ['Pour l’analyste Yoo Sang-bum, de l’Institut national d’études stratégiques, « la situation est difficile ».', 'la situation est difficile', 78, 'Pour', 'Yoo Sang-bum', 'Yoo Sang-bum'],
  ['Pour l’AFP, le sommet est reporté sine die.', 'le sommet est reporté sine die', 12, 'Pour', 'AFP', 'Agence France-Presse'],
  // A unit symbol at the end of the content belongs to its amount.
  ['Selon l’AFP, l’inflation est tombée sous la barre des 2 %.', 'l’inflation est tombée sous la barre des 2 %', 13, 'Selon', 'AFP', 'Agence France-Presse'],
  ['Le rachat valorise la société à 450 M€, selon l’AFP.', 'Le rachat valorise la société à 450 M€', 0, 'selon', 'AFP', 'Agence France-Presse'],
  // A relative after the speaker: the clause follows it.
  ['Selon un responsable américain, qui a requis l’anonymat, un destroyer a franchi le détroit.', 'un destroyer a franchi le détroit', 57, 'Selon', 'responsable américain', 'responsable américain'],
  // An apposition to the source, a role noun with or without its article, is not the clause (commas inside it too).
  ['Selon l’AIEA, gardienne du traité, les stocks ont doublé.', 'les stocks ont doublé', 35, 'Selon', 'AIEA', 'Agence internationale de l’énergie atomique'],
  ['D’après Tass, l’agence officielle russe, trois navires ont quitté le port.', 'trois navires ont quitté le port', 41, 'D’après', 'Tass', 'TASS'],
  ['Pour Yoo Sang-bum, historien des relations franco-coréennes, de la guerre froide et de l’après-guerre, « le dialogue reste possible ».', 'le dialogue reste possible', 105, 'Pour', 'Yoo Sang-bum', 'Yoo Sang-bum'],
  // Results or figures "publiés (date) par X": the author after "par" speaks, past a date.
  ['La participation a atteint 61 %, selon les résultats définitifs publiés mardi 4 mars par l’agence Argus.', 'La participation a atteint 61 %', 0, 'selon', 'Argus', 'Argus'],
  ['Le parti sortant arrive en tête, selon des résultats partiels diffusés par la radio publique.', 'Le parti sortant arrive en tête', 0, 'selon', 'radio publique', 'radio publique'],
  // A modifier after a bracketed acronym of the author.
  ['D’après une enquête de l’Agence internationale de l’énergie atomique (AIEA) publiée en mai, les stocks ont doublé.', 'les stocks ont doublé', 92, 'D’après', 'Agence internationale de l’énergie atomique', 'Agence internationale de l’énergie atomique'],
  // Two post-posed sources coordinated in one sentence: each content is its own clause.
  ['Les exportations ont chuté de 12 %, selon Tass, et le déficit s’est creusé, d’après l’agence Argus.', 'le déficit s’est creusé', 51, 'd’après', 'Argus', 'Argus'],
  ['Les exportations ont chuté de 12 %, selon Tass, et le déficit s’est creusé, d’après l’agence Argus.', 'Les exportations ont chuté de 12 %', 0, 'selon', 'Tass', 'TASS'],
  ['Le port est fermé, d’après Tass, mais les navires attendent au large, selon l’AFP.', 'les navires attendent au large', 38, 'selon', 'AFP', 'Agence France-Presse'],
  // An apposition or an affiliation after the source of "Pour X," when the clause's verb is inside a quotation;
  // an affiliation whose lower-case head comes before a name.
  ['Pour Yoo Sang-bum, chercheur à l’université de Séoul, le régime « gagne du temps » avant le sommet.', 'le régime « gagne du temps » avant le sommet', 54, 'Pour', 'Yoo Sang-bum', 'Yoo Sang-bum'],
  ['Pour l’analyste Yoo Sang-bum, de l’université nationale Kyung Hee, la négociation « piétine ».', 'la négociation « piétine »', 67, 'Pour', 'Yoo Sang-bum', 'Yoo Sang-bum'],
  // Feminine office nouns are sources too, resolved to the person named before.
  ['La sénatrice Yoo Sang-bum a voté contre. Selon l’élue, la réforme est enterrée.', 'la réforme est enterrée', 55, 'Selon', 'élue', 'Yoo Sang-bum'],
  // An indefinite plural of people after "selon", post-posed or not; trades and local bodies are speakers.
  ['Un sac de farine se vendait 2 500 afghanis, contre 1 800 avant le séisme, selon des commerçants.', 'Un sac de farine se vendait 2 500 afghanis, contre 1 800 avant le séisme', 0, 'selon', 'commerçants', 'commerçants'],
  ['Plus d’un million de personnes ont quitté l’île depuis 2021, selon des démographes.', 'Plus d’un million de personnes ont quitté l’île depuis 2021', 0, 'selon', 'démographes', 'démographes'],
  ['Selon des grossistes locaux, le prix du riz a doublé.', 'le prix du riz a doublé', 29, 'Selon', 'grossistes locaux', 'grossistes locaux'],
  ['Le taux de réussite atteint 91 %, l’un des plus élevés de France, selon le rectorat.', 'Le taux de réussite atteint 91 %, l’un des plus élevés de France', 0, 'selon', 'rectorat', 'rectorat'],
  // Figures read by their author: the agent after "par", or the person in apposition to it, closing the sentence.
  ['La participation a atteint 57 %, selon les résultats lus à la télévision par le président de l’institution, Yoo Sang-bum.', 'La participation a atteint 57 %', 0, 'selon', 'Yoo Sang-bum', 'Yoo Sang-bum'],
  ['La participation a atteint 57 %, selon les résultats publiés par l’AFP.', 'La participation a atteint 57 %', 0, 'selon', 'AFP', 'Agence France-Presse'],
  // "Mais pour X, apposition, P": a coordinator before "Pour"; inside brackets, the figure before "selon".
  ['Mais pour Yoo Sang-bum, chercheur à l’université de Séoul, la réponse militaire ne suffira pas.', 'la réponse militaire ne suffira pas', 59, 'pour', 'Yoo Sang-bum', 'Yoo Sang-bum'],
  ['Environ 1500 personnes ont manifesté, selon l’AFP (3000 selon les organisateurs).', 'Environ 1500 personnes ont manifesté', 0, 'selon', 'AFP', 'Agence France-Presse'],
  ['Environ 1500 personnes ont manifesté, selon l’AFP (3000 selon les organisateurs).', '3000', 51, 'selon', 'organisateurs', 'organisateurs'],
  // Banks and delegations named by their common noun.
  ['L’inflation devrait ralentir à 3 % l’an prochain, selon la banque centrale.', 'L’inflation devrait ralentir à 3 % l’an prochain', 0, 'selon', 'banque centrale', 'banque centrale'],
  ['Selon deux délégués, l’accord est proche.', 'l’accord est proche', 21, 'Selon', 'délégués', 'délégués'],
  // A verb of variation before a comma: "selon" names the source again, it does not distribute.
  ['La situation a beaucoup évolué, selon l’AFP.', 'La situation a beaucoup évolué', 0, 'selon', 'AFP', 'Agence France-Presse'],
  ['Les tarifs ont changé, selon les organisateurs.', 'Les tarifs ont changé', 0, 'selon', 'organisateurs', 'organisateurs'],
  ['Les besoins varient d’une région à l’autre, selon Yoo Sang-bum.', 'Les besoins varient d’une région à l’autre', 0, 'selon', 'Yoo Sang-bum', 'Yoo Sang-bum'],
];

const NONE: string[] = [
  'Le parti sortant arrive en tête, selon les résultats du scrutin.',
  'Les prix varient, selon les chiffres officiels.',
  'Les prix varient selon les cas de l’AFP.',
  'Pour 2024, le budget prévoit une hausse des dépenses.',
  'Mais pour 2024, le budget prévoit une hausse des dépenses.',
  'Pour Washington, la priorité reste la défense.',
  'Les députés ont voté pour lui, puis sont partis.',
  // A distributive "selon": after a verb of variation, before "les" and a non-speaker, or "des" and a way of doing.
  'Les prix varient selon les vendeurs.',
  'Les tarifs diffèrent fortement selon les commerçants.',
  'Les aides sont versées selon les régions.',
  'Le prêt est accordé selon des modalités strictes.',
  'Les frais varient selon les banques.',
  // Figures read by no one named.
  'La participation a atteint 57 %, selon les résultats lus à la télévision.',
];

describe('selon / d’après', () => {
  it.each(NONE)('finds nothing in: %s', (input) => {
    expect(attributionsOf(input, E)).toEqual([]);
  });

  it.each(CASES)('%s', (input, content, start, cue, source, canonical) => {
    const got = attributionsOf(input, E).map(flat);
    const lemma = cue.toLowerCase().startsWith('d') ? "d'après" : cue.toLowerCase();
    expect(got).toContainEqual({ kind: 'according-to', content, start, cue, lemma, source, canonical });
  });
});

describe('"Pour X," before a report of its own', () => {
  it('is not an according-to when the clause has its own cue', () => {
    const got = attributionsOf('Pour Tass, Yoo Sang-bum a résumé la ligne du groupe : « Le texte est trop timide ».', E).map(flat);
    expect(got.filter((a) => a.kind === 'according-to')).toEqual([]);
  });
});

describe('de source X', () => {
  it.each([
    ['L’Iran a repris l’enrichissement à Fordo, a-t-on appris jeudi de source diplomatique.', 'L’Iran a repris l’enrichissement à Fordo', 'source diplomatique'],
    ['De source sûre, le sommet est reporté.', 'le sommet est reporté', 'source sûre'],
    ['Le sommet est reporté, de sources proches du dossier.', 'Le sommet est reporté', 'sources proches du dossier'],
  ])('%s', (input, content, source) => {
    const got = attributionsOf(input, E).map(flat);
    expect(got).toContainEqual(expect.objectContaining({ kind: 'according-to', content, start: input.indexOf(content), lemma: 'de source', source }));
  });

  it('is not read in "changement de source d’énergie"', () => {
    expect(attributionsOf('Un changement de source d’énergie est prévu.', E)).toEqual([]);
  });
});

describe('selon: a gerund that is not a reporting verb stays in the content', () => {
  it('keeps ", en utilisant des drones"', () => {
    const got = attributionsOf('Selon Washington, les troupes russes ont avancé, en utilisant des drones.', E).map(flat);
    expect(got.map((a) => a.content)).toContain('les troupes russes ont avancé, en utilisant des drones');
  });
});

describe('", pour qui P" after a person and an apposition', () => {
  it.each([
    ['La dette pèse, a rappelé Yoo Sang-bum, chercheur à l’AIEA, pour qui une restructuration reste « la seule option ».', 'une restructuration reste « la seule option »'],
    ['Le marché attend Yoo Sang-bum, analyste, pour qui les prix vont baisser.', 'les prix vont baisser'],
  ])('%s', (input, content) => {
    const got = attributionsOf(input, E).map(flat);
    expect(got).toContainEqual({ kind: 'according-to', content, start: input.indexOf(content), cue: 'pour', lemma: 'pour', source: 'qui', canonical: 'Yoo Sang-bum' });
  });

  it.each([
    ['« Le cessez-le-feu tient », a affirmé à Tass un officier russe, selon qui 3 000 soldats restent sur place.', 'selon', 'officier russe'],
    ['Le marché attend Yoo Sang-bum, analyste, d’après qui les prix vont baisser.', 'd’après', 'Yoo Sang-bum'],
  ])('"selon qui" / "d\'après qui": %s', (input, cue, canonical) => {
    const got = attributionsOf(input, E).map(flat).filter((a) => a.kind === 'according-to');
    expect(got).toEqual([expect.objectContaining({ content: input.slice(input.indexOf(' qui ') + 5, -1), cue, source: 'qui', canonical })]);
  });

  it('is not read in "le candidat pour qui ils votent"', () => {
    expect(attributionsOf('Yoo Sang-bum est le candidat pour qui ils votent.', E)).toEqual([]);
  });
});

describe('participles around the source: closing its phrase, or in apposition to it', () => {
  // [input, content, source]
  it.each([
    ['Selon une étude du cabinet Argus réalisée pour le gouvernement, 70 % des ménages sont endettés.', '70 % des ménages sont endettés', 'Argus'],
    ['Les économistes en doutent : selon une étude d’Argus menée pour l’AFP, 70 % des ménages sont endettés.', '70 % des ménages sont endettés', 'Argus'],
    ['La croissance ralentit, selon un économiste basé à Washington.', 'La croissance ralentit', 'économiste'],
    // A long name after the participle counts as one word.
    ['Selon une étude d’Argus réalisée pour l’Agence internationale de l’énergie atomique (AIEA), 70 % des sites sont sûrs.', '70 % des sites sont sûrs', 'Argus'],
    // A noun ending like a participle is the head, not a participle ("la société à l'AFP").
    ['La croissance ralentit, a indiqué la société à l’AFP.', 'La croissance ralentit', 'société'],
    // A participle in apposition after "selon X," or "Pour X," is skipped.
    ['Selon l’institut Argus, basé à Munich, la croissance ne dépassera pas 0,2 % cette année.', 'la croissance ne dépassera pas 0,2 % cette année', 'Argus'],
    ['Selon Yoo Sang-bum, interrogé par l’AFP, le projet sera abandonné.', 'le projet sera abandonné', 'Yoo Sang-bum'],
    ['Pour Yoo Sang-bum, installé à Séoul depuis dix ans, la ville a changé.', 'la ville a changé', 'Yoo Sang-bum'],
    // A participle inside the clause (after its subject) stays in it.
    ['Selon l’AFP, la réforme, votée en mai, entrera en vigueur lundi.', 'la réforme, votée en mai, entrera en vigueur lundi', 'AFP'],
    // A subordinate clause is no apposition, though "lorsque" ends like a participle.
    ['Selon Yoo Sang-bum, lorsque le directeur a été interrogé, il a hésité.', 'lorsque le directeur a été interrogé, il a hésité', 'Yoo Sang-bum'],
  ])('%s', (input, content, source) => {
    const got = attributionsOf(input, E).map(flat);
    expect(got).toEqual([expect.objectContaining({ content, start: input.indexOf(content), source })]);
  });
});

describe('"Pour X," with a club or a firm', () => {
  // Hand-made entities with a subtype: a sports club, a company, a medium.
  const withSubtype = (text: string): Attribution[] => {
    const bodies: [string, string][] = [['LOSC', 'sport'], ['Renault', 'company'], ['AFP', 'media']];
    const entities: Entity[] = bodies.flatMap(([name, subtype]) => {
      const at = text.indexOf(name);
      return at < 0 ? [] : [{ start: at, end: at + name.length, text: name, type: 'ORGANIZATION' as const, canonical: name, subtype, confidence: 1 }];
    });
    return findAttributions(prepare(text), { entities });
  };
  it.each([
    'Pour le LOSC, la vente tombe à point nommé.',
    'Pour Renault, la facture s’alourdit encore.',
    'Mais pour le LOSC, la saison est terminée.',
  ])('is whom the clause concerns, not a speaker: %s', (input) => {
    expect(withSubtype(input)).toEqual([]);
  });
  it.each([
    // Its own words in the clause: its view.
    ['Pour Renault, le marché « reste difficile » cette année.', 'le marché « reste difficile » cette année', 'Renault'],
    ['Pour le LOSC, « la vente tombe à point nommé ».', 'la vente tombe à point nommé', 'LOSC'],
    // A medium states what it reports.
    ['Pour l’AFP, le sommet est reporté sine die.', 'le sommet est reporté sine die', 'AFP'],
  ])('speaks with a quotation, or as a medium: %s', (input, content, source) => {
    expect(withSubtype(input).map(flat)).toEqual([expect.objectContaining({ kind: 'according-to', content, start: input.indexOf(content), source })]);
  });
});

describe('according-to: an apposition sizing up a figure', () => {
  const opts: EntitySpec[] = [['Yomiuri Shimbun', 'ORGANIZATION'], ['Insee', 'ORGANIZATION'], ['Argus', 'ORGANIZATION']];
  it.each([
    // A level, a record or a rise after a figure belongs to what the source reports.
    [
      'Selon un sondage du quotidien Yomiuri Shimbun, 72 % des personnes interrogées soutiennent son gouvernement, un niveau rarement atteint un mois après une prise de fonctions.',
      '72 % des personnes interrogées soutiennent son gouvernement, un niveau rarement atteint un mois après une prise de fonctions',
    ],
    ['Selon l’Insee, le chômage a atteint 7,5 %, un niveau inédit depuis 2008.', 'le chômage a atteint 7,5 %, un niveau inédit depuis 2008'],
    ['Selon Argus, les ventes ont reculé de 12 %, une baisse jamais observée depuis 1993.', 'les ventes ont reculé de 12 %, une baisse jamais observée depuis 1993'],
    ['Selon Argus, deux millions de billets ont été vendus, un record jamais atteint depuis 1998.', 'deux millions de billets ont été vendus, un record jamais atteint depuis 1998'],
    // Without a figure, or with a noun that comments on the report, the apposition is the writer's.
    ['Selon Argus, les manifestants ont bloqué le port, une décision que la préfecture n’a jamais acceptée.', 'les manifestants ont bloqué le port'],
    ['Selon Argus, les prix ont encore monté, un niveau que personne n’avait prévu.', 'les prix ont encore monté'],
  ])('%s', (text, content) => {
    expect(attributionsOf(text, opts).map(flat).map((a) => a.content)).toEqual([content]);
  });
});

describe('according-to: a trade body in apposition to the source', () => {
  const opts: EntitySpec[] = [['Domaines skiables de France', 'ORGANIZATION'], ['DSF', 'ORGANIZATION', 'Domaines skiables de France'], ['Argus', 'ORGANIZATION']];
  it.each([
    [
      'Selon Domaines skiables de France (DSF), la chambre professionnelle des exploitants, les stations ont enregistré 52 millions de journées-skieur.',
      'les stations ont enregistré 52 millions de journées-skieur',
    ],
    ['Selon Argus, l’union des industriels du secteur, les ventes ont reculé de 12 %.', 'les ventes ont reculé de 12 %'],
    // A body that is the clause's own subject stays in it.
    ['Selon Argus, la chambre professionnelle a perdu 12 adhérents.', 'la chambre professionnelle a perdu 12 adhérents'],
  ])('%s', (text, content) => {
    expect(attributionsOf(text, opts).map(flat).map((a) => a.content)).toEqual([content]);
  });
});

describe('according-to: an apposition to the source before a clause with a modal or a future', () => {
  const opts: EntitySpec[] = [['Ann Vermorgen', 'PERSON'], ['CSC', 'ORGANIZATION']];
  it.each([
    ['Selon Ann Vermorgen, présidente de la CSC, une manifestation nationale pourrait être organisée début février.', 'une manifestation nationale pourrait être organisée début février'],
    ['Selon Ann Vermorgen, présidente de la CSC, les syndicats devraient reconduire la grève.', 'les syndicats devraient reconduire la grève'],
    ['Selon Ann Vermorgen, présidente de la CSC, la mobilisation serait plus forte cette fois.', 'la mobilisation serait plus forte cette fois'],
    ['Selon Ann Vermorgen, présidente de la CSC, les grévistes auront perdu trois jours de salaire.', 'les grévistes auront perdu trois jours de salaire'],
    // No apposition: the clause right after the source.
    ['Selon Ann Vermorgen, la grève pourrait durer.', 'la grève pourrait durer'],
  ])('%s', (text, content) => {
    expect(attributionsOf(text, opts).map(flat).map((a) => [a.content, a.canonical])).toEqual([[content, 'Ann Vermorgen']]);
  });
});

describe('according-to: sources of local news, relatives after the source, a group concerned, a name read with its marker', () => {
  const opts: EntitySpec[] = [
    ['Laure Beccuau', 'PERSON'], ['eSafety', 'ORGANIZATION'], ['YouGov', 'ORGANIZATION'], ['Qilin', 'ORGANIZATION'], ['Insee', 'ORGANIZATION'],
    ['Nantes-Atlantique', 'LOCATION'], ['Selon Airlines for Europe', 'ORGANIZATION'],
  ];
  it.each([
    // Court officers, notaries, airports speak.
    ['Laure Beccuau a parlé. Selon la magistrate, le chiffre ne dit rien de la valeur des pièces.', [['le chiffre ne dit rien de la valeur des pièces', 'magistrate', 'Laure Beccuau']]],
    ['A Nantes-Atlantique, 83 vols ont été supprimés, selon l’aéroport.', [['A Nantes-Atlantique, 83 vols ont été supprimés', 'aéroport', 'aéroport']]],
    ['Immobilier : les prix repartent à la hausse, selon les notaires', [['les prix repartent à la hausse', 'notaires', 'notaires']]],
    // A relative "que" set off by commas after the source is skipped like "qui".
    ['Selon l’organisme eSafety, qu’elle dirige, environ 1 million de comptes seront supprimés.', [['environ 1 million de comptes seront supprimés', 'eSafety', 'eSafety']]],
    // The name right after a document noun is its author.
    ['D’après un sondage YouGov publié en novembre, 77 % des Australiens soutiennent l’interdiction.', [['77 % des Australiens soutiennent l’interdiction', 'YouGov', 'YouGov']]],
    ['Selon une étude Insee, le chômage baisse.', [['le chômage baisse', 'Insee', 'Insee']]],
    // An apposition with a subject relative on a name is what was said, not a comment closing the sentence.
    [
      'Selon une source proche de l’enquête, l’attaque serait l’œuvre du groupe Qilin, un collectif qui a revendiqué 700 attaques.',
      [['l’attaque serait l’œuvre du groupe Qilin, un collectif qui a revendiqué 700 attaques', 'source proche de l’enquête', 'source proche de l’enquête'], ['700 attaques', 'qui', 'Qilin']],
    ],
    // "Pour les X, P": a group named by a plural common noun is whom the clause concerns, unless it is quoted.
    ['Pour les professionnels du tourisme, la facture est lourde.', []],
    ['Pour les experts, la crise « ne fait que commencer ».', [['la crise « ne fait que commencer »', 'experts', 'experts']]],
    ['Pour le ministre, la crise est finie.', [['la crise est finie', 'ministre', 'ministre']]],
    // A name the entity layer read with "Selon": the source starts after the marker.
    ['Selon Airlines for Europe, les grèves ont coûté 10 000 vols.', [['les grèves ont coûté 10 000 vols', 'Airlines for Europe', 'Airlines for Europe']]],
  ])('%s', (text, expected) => {
    expect(attributionsOf(text, opts).map(flat).map((a) => [a.content, a.source, a.canonical])).toEqual(expected);
  });
});

describe('a document\'s author ends before the participle that dates or qualifies the document', () => {
  const D: EntitySpec[] = [['CBOS', 'ORGANIZATION'], ['McKinsey', 'ORGANIZATION'], ['Insee', 'ORGANIZATION', 'Institut national de la statistique et des études économiques'], ['lundi', 'DATE'], ['mardi', 'DATE']];
  it.each([
    ['Selon un sondage de l’institut CBOS publié lundi, 71 % des Polonais soutiennent la mesure.', 'CBOS', 'CBOS'],
    ['Selon une étude du cabinet McKinsey parue mardi, le marché va croître.', 'McKinsey', 'McKinsey'],
    ['D’après une enquête de l’Insee réalisée auprès de 5 000 ménages, le moral recule.', 'Insee', 'Institut national de la statistique et des études économiques'],
    ['Selon un rapport de l’agence de notation publié en mars, la dette va croître.', 'agence de notation', 'agence de notation'],
    // No participle: the author is read as before.
    ['Selon un rapport du comité d’éthique, la pratique est légale.', 'comité d’éthique', 'comité d’éthique'],
  ])('%s', (input, source, canonical) => {
    const got = attributionsOf(input, D).map(flat);
    expect(got.map((a) => [a.kind, a.source, a.canonical])).toEqual([['according-to', source, canonical]]);
  });
});

describe('a verb after "et" shares the subject of a content whose source opens the sentence', () => {
  const C: EntitySpec[] = [['Walhi', 'ORGANIZATION']];
  it.each([
    ['Selon le technicien, son équipe “a manqué de tueur” en première période et a “payé ses erreurs” en fin de match.', 'son équipe “a manqué de tueur” en première période et a “payé ses erreurs” en fin de match'],
    ['Selon la police, l’homme a été arrêté et a avoué les faits.', 'l’homme a été arrêté et a avoué les faits'],
    ['Pour Walhi, la forêt recule et a perdu 20 % de sa surface.', 'la forêt recule et a perdu 20 % de sa surface'],
    // The source after the content: the verb after it is the writer's, the content stops at the source.
    ['L’homme a été arrêté, selon la police, et a avoué les faits.', 'L’homme a été arrêté'],
  ])('%s', (input, content) => {
    expect(attributionsOf(input, C).map((a) => a.content.text)).toEqual([content]);
  });

  it('still ends a reported que-clause before the speaker\'s next act', () => {
    const got = attributionsOf('Walhi a affirmé que la forêt reculait et a ajouté que rien ne changeait.', C).map((a) => a.content.text);
    expect(got).toContain('la forêt reculait');
  });
});

describe('selon: a connective that opens the sentence is the writer’s', () => {
  it.each([
    // Post-posed: the content drops "Mais", "Or", "Et" at its head.
    ['Lula a quitté la salle. Mais les pays producteurs ont bloqué toute mention des fossiles, selon plusieurs négociateurs.', 'les pays producteurs ont bloqué toute mention des fossiles', 'négociateurs'],
    ['Le marché a reculé. Or, la dette a augmenté de 3 %, selon l’AFP.', 'la dette a augmenté de 3 %', 'AFP'],
    ['Le marché a reculé. Et la dette a augmenté de 3 %, a indiqué l’AFP.', 'la dette a augmenté de 3 %', 'AFP'],
    // Fronted after the connective: the content follows the source.
    ['Mais selon la police, la situation reste tendue.', 'la situation reste tendue', 'police'],
    ['Il pleut, mais selon la police, la situation reste calme.', 'la situation reste calme', 'police'],
    // A connective inside the content stays.
    ['Les prix montent mais la demande tient, selon l’AFP.', 'Les prix montent mais la demande tient', 'AFP'],
  ])('%s', (text, content, source) => {
    expect(attributionsOf(text, E).map(flat).map((a) => [a.content, a.source])).toEqual([[content, source]]);
  });
});

describe('selon: the analysts’ consensus speaks through its compiler', () => {
  const compilers: EntitySpec[] = [['Visible Alpha', 'ORGANIZATION'], ['FactSet', 'ORGANIZATION'], ['Bloomberg', 'ORGANIZATION']];
  it.each([
    ['Les analystes attendaient en moyenne une croissance organique de 7 %, selon le consensus compilé par Visible Alpha.', 'Les analystes attendaient en moyenne une croissance organique de 7 %', 'Visible Alpha'],
    ['Les analystes attendaient un bénéfice de 2 milliards, selon le consensus FactSet.', 'Les analystes attendaient un bénéfice de 2 milliards', 'FactSet'],
    ['Selon le consensus établi par Bloomberg, le bénéfice devrait atteindre 2 milliards.', 'le bénéfice devrait atteindre 2 milliards', 'Bloomberg'],
  ])('%s', (text, content, source) => {
    expect(attributionsOf(text, compilers).map(flat).map((a) => [a.content, a.source])).toEqual([[content, source]]);
  });
});
