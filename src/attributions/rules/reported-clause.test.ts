import { describe, expect, it } from 'vitest';
import { attributionsOf, flat, type EntitySpec } from '../test-utils.js';

const E: EntitySpec[] = [
  ['Vladimir Poutine', 'PERSON'],
  ['Maison Blanche', 'ORGANIZATION'],
  ['États-Unis', 'LOCATION'],
  ['Corée du Sud', 'LOCATION'],
  ['Kim Kyou-hyun', 'PERSON'],
  ['Kirby', 'PERSON', 'John Kirby'],
  ['Sergei Markov', 'PERSON'],
  ['Denik N', 'ORGANIZATION'],
  ['Alexander Matsegora', 'PERSON'],
];

// [input, kind, content, start, cue, lemma, source, canonical]
const CASES: [string, string, string, number, string, string, string, string][] = [
  // A participle coordinated with an earlier verb shares its auxiliary and its subject.
  ['Vladimir Poutine a rejeté ces accusations et affirmé que les troupes partiraient.', 'indirect', 'les troupes partiraient', 57, 'affirmé', 'affirmer', 'Vladimir Poutine', 'Vladimir Poutine'],
  // "en poste à X": where the speaker works is not the speaker.
  ['Un diplomate russe en poste en Corée du Sud a affirmé que les pourparlers reprendraient.', 'indirect', 'les pourparlers reprendraient', 58, 'a affirmé', 'affirmer', 'diplomate russe', 'diplomate russe'],
  // After "mais" too, with or without a comma.
  ['Vladimir Poutine a salué « un geste fort », mais rappelé que les sanctions restaient en place.', 'indirect', 'les sanctions restaient en place', 61, 'rappelé', 'rappeler', 'Vladimir Poutine', 'Vladimir Poutine'],
  ['Vladimir Poutine a reconnu que la situation était grave mais annoncé que les renforts arriveraient.', 'indirect', 'la situation était grave', 31, 'a reconnu', 'reconnaître', 'Vladimir Poutine', 'Vladimir Poutine'],
  ['Vladimir Poutine a reconnu que la situation était grave mais annoncé que les renforts arriveraient.', 'indirect', 'les renforts arriveraient', 73, 'annoncé', 'annoncer', 'Vladimir Poutine', 'Vladimir Poutine'],
  // A resumptive apposition that closes the sentence comments on what was said; an apposition inside the clause or without a relative or participle stays.
  ['Vladimir Poutine a déclaré que la Russie refuserait tout compromis, une position défendue par ses alliés.', 'indirect', 'la Russie refuserait tout compromis', 31, 'a déclaré', 'déclarer', 'Vladimir Poutine', 'Vladimir Poutine'],
  ['Kirby avait affirmé que ces revendications n’avaient aucune base, une analyse que Moscou conteste.', 'indirect', 'ces revendications n’avaient aucune base', 24, 'avait affirmé', 'affirmer', 'Kirby', 'John Kirby'],
  ['Vladimir Poutine a déclaré que les dépenses avaient atteint 3 milliards, une hausse de 20 % sur un an.', 'indirect', 'les dépenses avaient atteint 3 milliards, une hausse de 20 % sur un an', 31, 'a déclaré', 'déclarer', 'Vladimir Poutine', 'Vladimir Poutine'],
  ['Vladimir Poutine a déclaré que Kiev, une ville assiégée depuis des mois, tiendrait.', 'indirect', 'Kiev, une ville assiégée depuis des mois, tiendrait', 31, 'a déclaré', 'déclarer', 'Vladimir Poutine', 'Vladimir Poutine'],
  // A gerund of several senses without "que" is part of what was said, not a second report.
  ['Vladimir Poutine a répété qu’un accord « équilibré », prévoyant un retrait progressif, restait possible.', 'mixed', 'un accord « équilibré », prévoyant un retrait progressif, restait possible', 29, 'a répété', 'répéter', 'Vladimir Poutine', 'Vladimir Poutine'],
  // ", sans préciser …" is the speaker's manner, not part of what was said.
  ['Vladimir Poutine a indiqué avoir reçu les réfugiés, sans préciser leur nombre.', 'indirect', 'avoir reçu les réfugiés', 27, 'a indiqué', 'indiquer', 'Vladimir Poutine', 'Vladimir Poutine'],
  // Any infinitive when a quoted fragment follows; a gerund takes one too.
  ['Vladimir Poutine a dit attendre « des garanties » de l’Occident.', 'mixed', 'attendre « des garanties » de l’Occident', 23, 'a dit', 'dire', 'Vladimir Poutine', 'Vladimir Poutine'],
  ['Vladimir Poutine a déclaré que la trêve tenait, tout en assurant laisser « une chance » aux négociations.', 'mixed', 'laisser « une chance » aux négociations', 65, 'assurant', 'assurer', 'Vladimir Poutine', 'Vladimir Poutine'],
  // "impliquer que" (of several senses): a document's author speaks; see NOT_CLAUSES for a plan that cannot.
  ['Un récent rapport de Denik N, citant des diplomates, implique que les paiements ont continué.', 'indirect', 'les paiements ont continué', 66, 'implique', 'impliquer', 'Denik N', 'Denik N'],
  // An infinitive after the one spoken to, where it was said, or an object clitic.
  ['Sergei Markov a indiqué à son homologue avoir reçu des garanties.', 'indirect', 'avoir reçu des garanties', 40, 'a indiqué', 'indiquer', 'Sergei Markov', 'Sergei Markov'],
  ['La Maison Blanche a affirmé dans un communiqué avoir « neutralisé » deux drones.', 'mixed', 'avoir « neutralisé » deux drones', 47, 'a affirmé', 'affirmer', 'Maison Blanche', 'Maison Blanche'],
  ['Denik N dit y avoir vu des documents signés.', 'indirect', 'y avoir vu des documents signés', 12, 'dit', 'dire', 'Denik N', 'Denik N'],
  ['Sergei Markov assure n’en avoir jamais entendu parler.', 'indirect', 'n’en avoir jamais entendu parler', 21, 'assure', 'assurer', 'Sergei Markov', 'Sergei Markov'],
  // An infinitive right after the cue is its complement, with the que-clause that depends on it.
  ['Sergei Markov a dit espérer que la trêve tiendra « au moins jusqu’à l’été ».', 'mixed', 'espérer que la trêve tiendra « au moins jusqu’à l’été »', 20, 'a dit', 'dire', 'Sergei Markov', 'Sergei Markov'],
  ['Sergei Markov affirme souhaiter que les sanctions soient levées.', 'indirect', 'souhaiter que les sanctions soient levées', 22, 'affirme', 'affirmer', 'Sergei Markov', 'Sergei Markov'],
  // A negated infinitive of any verb after a verb of saying.
  ['Le Kremlin a dit n’accepter que la paix.', 'indirect', 'n’accepter que la paix', 17, 'a dit', 'dire', 'Kremlin', 'Kremlin'],
  ['Sergei Markov dit ne plus dormir que trois heures par nuit.', 'indirect', 'ne plus dormir que trois heures par nuit', 18, 'dit', 'dire', 'Sergei Markov', 'Sergei Markov'],
  // ", ajoutant que …" is a second report by the same speaker and ends the first clause.
  ['Vladimir Poutine a assuré qu’aucune troupe ne serait déployée, ajoutant que les discussions continuaient.', 'indirect', 'aucune troupe ne serait déployée', 29, 'a assuré', 'assurer', 'Vladimir Poutine', 'Vladimir Poutine'],
  // A gerund after a comma is the speaker's ("tout en appelant"), not part of what was said.
  ['Vladimir Poutine a affirmé que la Russie « ne reculera pas », tout en appelant au dialogue.', 'mixed', 'la Russie « ne reculera pas »', 31, 'a affirmé', 'affirmer', 'Vladimir Poutine', 'Vladimir Poutine'],
  ['Le président Vladimir Poutine a déclaré que l’Occident engageait des actions contre la Russie.', 'indirect', 'l’Occident engageait des actions contre la Russie', 44, 'a déclaré', 'déclarer', 'Vladimir Poutine', 'Vladimir Poutine'],
  ['La semaine dernière, la Maison Blanche a déclaré que Kim et Poutine avaient échangé des lettres alors que Moscou cherchait des obus.', 'indirect', 'Kim et Poutine avaient échangé des lettres alors que Moscou cherchait des obus', 53, 'a déclaré', 'déclarer', 'Maison Blanche', 'Maison Blanche'],
  ['Les États-Unis ont ensuite affirmé que Pyongyang livrait des armes.', 'indirect', 'Pyongyang livrait des armes', 39, 'ont ensuite affirmé', 'affirmer', 'États-Unis', 'États-Unis'],
  ['La Corée du Sud a, elle, déclaré début mars que le Nord avait expédié des armes.', 'indirect', 'le Nord avait expédié des armes', 48, 'a, elle, déclaré', 'déclarer', 'Corée du Sud', 'Corée du Sud'],
  ['Lors du briefing, le directeur du service, Kim Kyou-hyun, a également déclaré que les essais continuent.', 'indirect', 'les essais continuent', 82, 'a également déclaré', 'déclarer', 'Kim Kyou-hyun', 'Kim Kyou-hyun'],
  ['Kirby a clairement indiqué que la préoccupation était « la réciprocité ».', 'mixed', 'la préoccupation était « la réciprocité »', 31, 'a clairement indiqué', 'indiquer', 'Kirby', 'John Kirby'],
  ['Le politologue Sergei Markov suggère que la Russie recherche des munitions.', 'indirect', 'la Russie recherche des munitions', 41, 'suggère', 'suggérer', 'Sergei Markov', 'Sergei Markov'],
  ['Les experts estiment que tout accord renforcera la défense.', 'indirect', 'tout accord renforcera la défense', 25, 'estiment', 'estimer', 'experts', 'experts'],
  ['L’ambassadeur, Alexander Matsegora, a déclaré aux médias russes qu’inclure le Nord « semblait approprié ».', 'mixed', 'inclure le Nord « semblait approprié »', 67, 'a déclaré', 'déclarer', 'Alexander Matsegora', 'Alexander Matsegora'],
  ['Le Kremlin aurait déclaré que le sommet aura lieu.', 'indirect', 'le sommet aura lieu', 30, 'aurait déclaré', 'déclarer', 'Kremlin', 'Kremlin'],
  // A stance on an idea: "a promu l'idée que P", "a rejeté l'idée que P".
  ['Le président Vladimir Poutine a promu l’idée que la domination occidentale est en déclin.', 'indirect', 'la domination occidentale est en déclin', 49, 'a promu l’idée', "promouvoir l'idée", 'Vladimir Poutine', 'Vladimir Poutine'],
  ['Vladimir Poutine a rejeté l’idée que la guerre soit perdue.', 'indirect', 'la guerre soit perdue', 37, 'a rejeté l’idée', "rejeter l'idée", 'Vladimir Poutine', 'Vladimir Poutine'],
  // Two- and three-word adverbials between the auxiliary and the participle.
  ['Le Kremlin a par ailleurs affirmé que le sommet aura lieu.', 'indirect', 'le sommet aura lieu', 38, 'a par ailleurs affirmé', 'affirmer', 'Kremlin', 'Kremlin'],
  ['Le Kremlin a une nouvelle fois démenti que le sommet aura lieu.', 'indirect', 'le sommet aura lieu', 43, 'a une nouvelle fois démenti', 'démentir', 'Kremlin', 'Kremlin'],
  ['Le Kremlin a en outre annoncé que le sommet aura lieu.', 'indirect', 'le sommet aura lieu', 34, 'a en outre annoncé', 'annoncer', 'Kremlin', 'Kremlin'],
  // An incise between the auxiliary and the participle.
  ['Le Kremlin a, lui, réaffirmé que le sommet aura lieu.', 'indirect', 'le sommet aura lieu', 33, 'a, lui, réaffirmé', 'réaffirmer', 'Kremlin', 'Kremlin'],
  ['Le Kremlin a, de son côté, affirmé que le sommet aura lieu.', 'indirect', 'le sommet aura lieu', 39, 'a, de son côté, affirmé', 'affirmer', 'Kremlin', 'Kremlin'],
  // An infinitive complement shares the cue's subject.
  ['L’armée de l’air a affirmé avoir abattu 112 drones.', 'indirect', 'avoir abattu 112 drones', 27, 'a affirmé', 'affirmer', 'armée de l’air', 'armée de l’air'],
  ['Le Kremlin a dit avoir détecté, entre jeudi et vendredi, 49 avions.', 'indirect', 'avoir détecté, entre jeudi et vendredi, 49 avions', 17, 'a dit', 'dire', 'Kremlin', 'Kremlin'],
  ['Le Kremlin dit n’avoir reçu que 32 % des fonds.', 'indirect', 'n’avoir reçu que 32 % des fonds', 15, 'dit', 'dire', 'Kremlin', 'Kremlin'],
  ['Le Kremlin assure ne pas vouloir la guerre.', 'indirect', 'ne pas vouloir la guerre', 18, 'assure', 'assurer', 'Kremlin', 'Kremlin'],
  // Any infinitive right after a verb of saying, asserting, thinking or admitting, relative clause included.
  ['Le capitaine, Sergei Markov, a indiqué souffrir d’une entorse, qui pourrait l’éloigner des terrains.', 'indirect', 'souffrir d’une entorse, qui pourrait l’éloigner des terrains', 39, 'a indiqué', 'indiquer', 'Sergei Markov', 'Sergei Markov'],
  ['Le Kremlin a dit attendre des garanties.', 'indirect', 'attendre des garanties', 17, 'a dit', 'dire', 'Kremlin', 'Kremlin'],
  ['Le Kremlin reconnaît ignorer le nombre de victimes.', 'indirect', 'ignorer le nombre de victimes', 21, 'reconnaît', 'reconnaître', 'Kremlin', 'Kremlin'],
  ['Sergei Markov affirme mériter une hausse.', 'indirect', 'mériter une hausse', 22, 'affirme', 'affirmer', 'Sergei Markov', 'Sergei Markov'],
  // Where it was said is not part of the clause.
  ['Le Kremlin a indiqué que le sommet aura lieu, dans un communiqué publié mardi.', 'indirect', 'le sommet aura lieu', 25, 'a indiqué', 'indiquer', 'Kremlin', 'Kremlin'],
];

// Not a reported clause.
const NOT_CLAUSES: string[] = [
  'Ce plan implique que les impôts augmentent.',
  // Without a quoted fragment, a verb of several senses takes only the infinitives of the list.
  'Le Kremlin a lancé courir des rumeurs.',
];

describe('preposed cue with a que-clause', () => {
  it.each(CASES)('%s', (input, kind, content, start, cue, lemma, source, canonical) => {
    const got = attributionsOf(input, E).map(flat);
    expect(got).toContainEqual({ kind, content, start, cue, lemma, source, canonical });
  });

  it.each(NOT_CLAUSES)('finds nothing in: %s', (input) => {
    expect(attributionsOf(input, E)).toEqual([]);
  });

  it('gives a participle the speaker of the main clause', () => {
    const text = 'C’est ce qu’a rapporté le journal tchèque Denik N, expliquant que des élus ont été payés.';
    const got = attributionsOf('Un réseau a tenté d’influencer les élections. ' + text, E).map(flat);
    expect(got).toContainEqual({ kind: 'indirect', content: 'des élus ont été payés', start: 112, cue: 'expliquant', lemma: 'expliquer', source: 'Denik N', canonical: 'Denik N' });
  });

  it('ends the clause before a reporting participle that shares the cue’s subject', () => {
    const got = attributionsOf('Vladimir Poutine a reconnu que les effectifs restaient insuffisants, et annoncé une hausse des soldes.', E).map((a) => a.content.text);
    expect(got).toEqual(['les effectifs restaient insuffisants', 'une hausse des soldes']);
  });

  it('splits "X estime que P et dénonce Q" into two reports of X (simple finite cues that agree)', () => {
    const got = attributionsOf('La Maison Blanche juge que les tarifs « protègent » l’emploi et réclame un vote rapide du Congrès.', E).map(flat);
    expect(got).toEqual([
      { kind: 'mixed', content: 'les tarifs « protègent » l’emploi', start: 27, cue: 'juge', lemma: 'juger', source: 'Maison Blanche', canonical: 'Maison Blanche' },
      { kind: 'indirect', content: 'un vote rapide du Congrès', start: 72, cue: 'réclame', lemma: 'réclamer', source: 'Maison Blanche', canonical: 'Maison Blanche' },
    ]);
    const plural = attributionsOf('Les syndicats affirment que la direction ment et dénoncent un plan « brutal ».', E).map((a) => [a.content.text, a.cue?.text, a.source?.text]);
    expect(plural).toEqual([
      ['la direction ment', 'affirment', 'syndicats'],
      ['un plan « brutal »', 'dénoncent', 'syndicats'],
    ]);
  });

  // [text, [content, cue, source][]]: "mais" coordinates two simple finite cues too; a verb of several senses only before "que".
  const COORDINATED: [string, string[][]][] = [
    [
      'Le Kremlin dit avoir distribué des vivres à 8 000 familles, mais prévient que ses stocks ne dureront que deux semaines.',
      [['avoir distribué des vivres à 8 000 familles', 'dit', 'Kremlin'], ['ses stocks ne dureront que deux semaines', 'prévient', 'Kremlin']],
    ],
    [
      'Vladimir Poutine affirme que la situation est stable, mais reconnaît que les stocks baissent.',
      [['la situation est stable', 'affirme', 'Vladimir Poutine'], ['les stocks baissent', 'reconnaît', 'Vladimir Poutine']],
    ],
    [
      'Les syndicats affirment que la réforme échoue mais reconnaissent que le dialogue existe.',
      [['la réforme échoue', 'affirment', 'syndicats'], ['le dialogue existe', 'reconnaissent', 'syndicats']],
    ],
    // "-ient" of "-enir" verbs and "-ent" of "-entir" verbs are singular.
    [
      'Vladimir Poutine affirme que la réforme avance, mais dément que des postes soient supprimés.',
      [['la réforme avance', 'affirme', 'Vladimir Poutine'], ['des postes soient supprimés', 'dément', 'Vladimir Poutine']],
    ],
    [
      'Le Kremlin dénonce une provocation et maintient que les troupes resteront.',
      [['une provocation', 'dénonce', 'Kremlin'], ['les troupes resteront', 'maintient', 'Kremlin']],
    ],
    // A plural "-ent" that agrees with the reported subject stays inside the clause.
    ['Vladimir Poutine affirme que les alliés mentent mais reconnaissent leurs torts.', [['les alliés mentent mais reconnaissent leurs torts', 'affirme', 'Vladimir Poutine']]],
    // A verb of several senses without "que" is no second report.
    ['Vladimir Poutine dénonce les sanctions mais prévient les marchés.', [['les sanctions', 'dénonce', 'Vladimir Poutine']]],
  ];
  it.each(COORDINATED)('splits coordinated simple cues after "et" / "mais": %s', (text, want) => {
    const got = attributionsOf(text, [...E, ['Kremlin', 'ORGANIZATION']]).map((a) => [a.content.text, a.cue?.text, a.source?.text]);
    expect(got).toEqual(want);
  });

  it('keeps a verb that agrees with the reported subject inside the clause', () => {
    const got = attributionsOf('Vladimir Poutine affirme que les alliés mentent et dénoncent la Russie sans preuve.', E).map((a) => [a.content.text, a.cue?.text]);
    expect(got).toEqual([['les alliés mentent et dénoncent la Russie sans preuve', 'affirme']]);
  });

  it('does not coordinate a participle with an auxiliary of the reported clause', () => {
    const got = attributionsOf('Vladimir Poutine a déclaré que l’armée avait « repoussé » l’assaut et annoncé une trêve.', E).map((a) => [a.content.text, a.cue?.text]);
    expect(got).toEqual([['l’armée avait « repoussé » l’assaut et annoncé une trêve', 'a déclaré']]);
  });

  it('reads no second report in an object complement inside the clause', () => {
    const got = attributionsOf('Le Kremlin a fait savoir qu’il contesterait ces taxes devant l’OMC.', [['Kremlin', 'ORGANIZATION']]).map((a) => [a.content.text, a.cue?.text]);
    expect(got).toEqual([['il contesterait ces taxes devant l’OMC', 'a fait savoir']]);
  });

  it('reads no adverb as the subject of an inverted cue', () => {
    const got = attributionsOf('Vladimir Poutine a annoncé que son parti, le PSD, contesterait néanmoins devant la Cour les résultats.', E).map((a) => a.cue?.text);
    expect(got).toEqual(['a annoncé']);
  });

  it('ends the clause before a coordinated verb group or a new speaker', () => {
    const got = attributionsOf('Bien qu’il ait affirmé que cela ne devrait pas inquiéter, il a suggéré que les autres devraient reconsidérer.', [['Kremlin', 'ORGANIZATION']]).map((a) => a.content.text);
    expect(got).toEqual(['cela ne devrait pas inquiéter', 'les autres devraient reconsidérer']);
  });
});

describe('reported infinitive after a described speech event', () => {
  const E2: EntitySpec[] = [['Andalus', 'ORGANIZATION'], ['Kiev', 'LOCATION']];
  it.each([
    ['Le groupe a affirmé dans un communiqué diffusé par sa radio, Andalus, avoir visé « des responsables apostats ».', 'mixed', 'avoir visé « des responsables apostats »'],
    ['Le groupe a affirmé dans un communiqué diffusé par sa radio, Andalus, avoir visé des responsables.', 'indirect', 'avoir visé des responsables'],
    ['L’armée a affirmé lors d’une conférence de presse tenue à Kiev avoir abattu 112 drones.', 'indirect', 'avoir abattu 112 drones'],
  ])('%s', (text, kind, content) => {
    expect(attributionsOf(text, E2).map(flat).map((a) => [a.kind, a.content])).toEqual([[kind, content]]);
  });

  it('needs a speech event to read a long phrase with commas', () => {
    expect(attributionsOf('Le ministre a déclaré dans la ville, Kiev, avoir tout tenté.', E2).map(flat).map((a) => a.content)).toEqual([]);
  });
});
