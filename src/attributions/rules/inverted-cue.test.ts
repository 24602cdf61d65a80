import { describe, expect, it } from 'vitest';
import { attributionsOf, flat, type EntitySpec } from '../test-utils.js';

const E: EntitySpec[] = [
  ['KCNA', 'ORGANIZATION', 'Agence centrale de presse coréenne'],
  ['Shin', 'PERSON', 'Shin Wonsik'],
  ['John Kirby', 'PERSON'],
  ['Poutine', 'PERSON', 'Vladimir Poutine'],
  ['Denik N', 'ORGANIZATION'],
  ['Reuters', 'ORGANIZATION'],
  ['la semaine dernière', 'DATE'],
  ['Patrick Cronin', 'PERSON'],
  ['Anne Roy', 'PERSON'],
  ['TotalEnergies', 'ORGANIZATION'],
  ['Bureau de la coordination des affaires humanitaires de l’ONU', 'ORGANIZATION', 'Bureau de la coordination des affaires humanitaires'],
  ['Ocha', 'ORGANIZATION'],
  ['mercredi', 'DATE'],
  ['Genève', 'LOCATION'],
];

// The subject comes before the cue: what follows the cue is its object, not an inverted subject.
const SUBJECT_FIRST: string[] = [
  // Before "à" + an infinitive the noun phrase after the cue is the one urged, not an inverted subject.
  'John Kirby, nommé en 2022, a exhorté la police à tirer plus tôt.',
  'Le groupe, a annoncé 3 milliards d’euros d’investissements.',
  'TotalEnergies a annoncé 3 milliards d’euros d’investissements.',
  'TotalEnergies, le géant pétrolier, a annoncé des investissements massifs.',
  'Le groupe français, qui a réalisé un bénéfice record, a annoncé la fermeture de trois usines.',
  'Les ventes ont progressé, a annoncé 3 milliards d’euros d’investissements.',
  // A title with its complement, then the name in apposition.
  'Le chancelier allemand, Olaf Scholz, a pour sa part souligné l’importance de l’Otan.',
  // The object after the cue: a noun before an opening quotation, a noun that cannot speak before "qui", a quantity.
  'Les réunions ont eu lieu, tandis que la présidente, Anne Roy, a évoqué une « victoire pour la région ».',
  'Le syndicat, principale centrale du pays, a dénoncé un accord qui « hypothèque l’avenir ».',
  'La chute du yen, tombé à 157 yens, a renchéri d’environ 20 % le coût des équipements.',
  // A demonstrative noun that cannot speak; a nickname after "dit".
  'Le chef des paramilitaires, Patrick Cronin, dit « Hemedti », a rejeté ces accusations.',
  // An infinitive after the cue is what was said, never its inverted subject.
  'La plateforme, dont le livreur était l’un des 2 millions de partenaires, a promis de payer ses études.',
  'Le capitaine de l’équipe, blessé samedi, a indiqué souffrir d’une entorse.',
  // An age in apposition belongs to the subject before the cue ("Le chef de l'Etat, 74 ans, a annoncé …").
  'Le chef de l’Etat, 74 ans, a annoncé le déblocage d’une enveloppe d’urgence.',
  'Patrick Cronin, 52 ans, a dénoncé la fermeture du site.',
  'La maire du village, âgée de 61 ans, a confirmé le report du scrutin.',
];

// The age-apposed subject is the speaker of what follows the cue, and of a later "a-t-il ajouté".
const AGED_SUBJECT: [string, string, string][] = [
  ['Le chef de l’Etat, 74 ans, a annoncé le déblocage d’une enveloppe d’urgence. « L’armée est mobilisée », a-t-il ajouté.', 'chef de l’Etat', 'L’armée est mobilisée'],
  ['Le président du club, 58 ans, a confirmé le départ de l’entraîneur. « C’est un choix difficile », a-t-il ajouté.', 'président du club', 'C’est un choix difficile'],
];

// [input, kind, content, start, cue, lemma, source, canonical]
const CASES: [string, string, string, number, string, string, string, string][] = [
  ['« Nous gagnerons », a déclaré KCNA.', 'direct', 'Nous gagnerons', 2, 'a déclaré', 'déclarer', 'KCNA', 'Agence centrale de presse coréenne'],
  // Where it was said after the inverted subject ("depuis une tribune", "depuis Genève") closes the incise.
  ['« Nous tiendrons jusqu’au bout », a lancé Anne Roy depuis une tribune dressée devant la gare.', 'direct', 'Nous tiendrons jusqu’au bout', 2, 'a lancé', 'lancer', 'Anne Roy', 'Anne Roy'],
  // "savourer" (of several senses) after a whole quotation.
  ['“Nous avons écrit l’histoire”, a savouré le capitaine John Kirby.', 'direct', 'Nous avons écrit l’histoire', 1, 'a savouré', 'savourer', 'John Kirby', 'John Kirby'],
  // A whole quotation set off by a comma at the end of the content: only the quotation was said.
  ['Berlin riposte aux taxes de Washington, « une faute historique », dit John Kirby', 'direct', 'une faute historique', 42, 'dit', 'dire', 'John Kirby', 'John Kirby'],
  // "réagir" reports a quotation.
  ['« Nous respectons ce choix », a réagi Patrick Cronin, joint par téléphone.', 'direct', 'Nous respectons ce choix', 2, 'a réagi', 'réagir', 'Patrick Cronin', 'Patrick Cronin'],
  // "analyser" after a quotation reports it (the noun "une analyse" is not a cue).
  ['« Le marché va se retourner », analyse Patrick Cronin, économiste à Londres.', 'direct', 'Le marché va se retourner', 2, 'analyse', 'analyser', 'Patrick Cronin', 'Patrick Cronin'],
  // A long name after the cue is read to its end, with its bracketed acronym.
  ['Les combats ont repris autour de la ville, a alerté mercredi le Bureau de la coordination des affaires humanitaires de l’ONU (Ocha).', 'indirect', 'Les combats ont repris autour de la ville', 0, 'a alerté', 'alerter', 'Bureau de la coordination des affaires humanitaires de l’ONU', 'Bureau de la coordination des affaires humanitaires'],
  ['Ces conteneurs pourraient contenir 4,8 millions de projectiles, a indiqué Shin.', 'indirect', 'Ces conteneurs pourraient contenir 4,8 millions de projectiles', 0, 'a indiqué', 'indiquer', 'Shin', 'Shin Wonsik'],
  ['Le chef est venu à Pyongyang, a indiqué le 28 mars l’agence nord-coréenne KCNA.', 'indirect', 'Le chef est venu à Pyongyang', 0, 'a indiqué', 'indiquer', 'KCNA', 'Agence centrale de presse coréenne'],
  // "ce dernier" after the cue is the subject (not skipped like "ce lundi").
  ['Poutine a reçu Shin. « Nous voulons la paix », a déclaré ce dernier à l’issue de la rencontre.', 'direct', 'Nous voulons la paix', 23, 'a déclaré', 'déclarer', 'ce dernier', 'Shin Wonsik'],
  ['Poutine est arrivé. “Le programme est très complet”, a-t-il déclaré.', 'direct', 'Le programme est très complet', 21, 'a-t-il déclaré', 'déclarer', 'il', 'Vladimir Poutine'],
  ['Les paiements concernaient la France, indique Denik N, citant une source.', 'indirect', 'Les paiements concernaient la France', 0, 'indique', 'indiquer', 'Denik N', 'Denik N'],
  ['Les responsables ont discuté de la coopération «pour faire face aux forces hostiles», a rapporté KCNA.', 'mixed', 'Les responsables ont discuté de la coopération «pour faire face aux forces hostiles»', 0, 'a rapporté', 'rapporter', 'KCNA', 'Agence centrale de presse coréenne'],
  ['La ministre Anne Roy arrive. « Tout est prêt », affirme-t-elle.', 'direct', 'Tout est prêt', 31, 'affirme-t-elle', 'affirmer', 'elle', 'Anne Roy'],
  ['Le prix a baissé, a annoncé mardi le groupe TotalEnergies.', 'indirect', 'Le prix a baissé', 0, 'a annoncé', 'annoncer', 'TotalEnergies', 'TotalEnergies'],
  ['Les cours ont chuté, a annoncé le 3 mars TotalEnergies.', 'indirect', 'Les cours ont chuté', 0, 'a annoncé', 'annoncer', 'TotalEnergies', 'TotalEnergies'],
  // The one spoken to comes before the inverted subject: "a déclaré à Reuters une source".
  ['Le prix a baissé, a déclaré à Reuters une source proche du dossier.', 'indirect', 'Le prix a baissé', 0, 'a déclaré', 'déclarer', 'source proche du dossier', 'source proche du dossier'],
  // … and how it was said ("par téléphone").
  ['Le prix a baissé, a confié à Reuters par téléphone une source proche du dossier.', 'indirect', 'Le prix a baissé', 0, 'a confié', 'confier', 'source proche du dossier', 'source proche du dossier'],
  ['Le prix a baissé, a déclaré à Reuters la semaine dernière une source proche du dossier.', 'indirect', 'Le prix a baissé', 0, 'a déclaré', 'déclarer', 'source proche du dossier', 'source proche du dossier'],
  // After a whole quotation, a verb of several senses ("lancer") reports it, with any definite subject.
  ['« Nous gagnerons », a lancé dimanche le vainqueur devant ses partisans.', 'direct', 'Nous gagnerons', 2, 'a lancé', 'lancer', 'vainqueur', 'vainqueur'],
  // Where and to whom it was said, then the speaker: "à la foule", "devant la presse à Berne".
  ['« Nous tiendrons », a lancé devant la presse à Genève la porte-parole du parti, Anne Roy.', 'direct', 'Nous tiendrons', 2, 'a lancé', 'lancer', 'Anne Roy', 'Anne Roy'],
  // Two titles of one speaker before the name in apposition.
  ['« Nous tiendrons », a affirmé la présidente du parti et ministre des Finances, Anne Roy.', 'direct', 'Nous tiendrons', 2, 'a affirmé', 'affirmer', 'Anne Roy', 'Anne Roy'],
];

describe('inverted cue after the content', () => {
  it.each(CASES)('%s', (input, kind, content, start, cue, lemma, source, canonical) => {
    const got = attributionsOf(input, E).map(flat);
    expect(got).toContainEqual({ kind, content, start, cue, lemma, source, canonical });
  });

  it.each(SUBJECT_FIRST)('reads no inverted subject in: %s', (input) => {
    // What follows the cue may be its object content ("a annoncé des investissements"), never content before an incise.
    for (const a of attributionsOf(input, E)) expect(a.content.start).toBeGreaterThan(a.cue?.end ?? Infinity);
  });

  it.each(AGED_SUBJECT)('reads the subject with its age as the speaker: %s', (input, source, quote) => {
    const got = attributionsOf(input, E);
    expect(got.map((a) => a.source?.text)).toEqual([source, 'il']);
    expect(got[1]?.content.text).toBe(quote);
    expect(got[1]?.source?.canonical).toBe(source);
  });

  it('keeps the inversion after a clause even when its subject is a short noun phrase', () => {
    const got = attributionsOf('Le gouvernement démissionne, a annoncé le président.', E).map(flat);
    expect(got).toEqual([{ kind: 'indirect', content: 'Le gouvernement démissionne', start: 0, cue: 'a annoncé', lemma: 'annoncer', source: 'président', canonical: 'président' }]);
  });

  it('reads an incise inside the quotation marks as one quote, and does not merge it into the quote before', () => {
    const text = '« Tout va bien », a déclaré John Kirby. « Nous tiendrons, a-t-il ajouté, mais il faut des armes. »';
    expect(attributionsOf(text, E).map(flat)).toEqual([
      { kind: 'direct', content: 'Tout va bien', start: 2, cue: 'a déclaré', lemma: 'déclarer', source: 'John Kirby', canonical: 'John Kirby' },
      { kind: 'direct', content: 'Nous tiendrons, a-t-il ajouté, mais il faut des armes.', start: 42, cue: 'a-t-il ajouté', lemma: 'ajouter', source: 'il', canonical: 'John Kirby' },
    ]);
  });

  it('reads an inverted subject inside the quotation marks, without the participle that qualifies it', () => {
    const text = '« Les gens partent, raconte un travailleur humanitaire joint par téléphone. Certains ont marché cinq jours. »';
    expect(attributionsOf(text, E).map(flat)).toEqual([
      { kind: 'direct', content: 'Les gens partent, raconte un travailleur humanitaire joint par téléphone. Certains ont marché cinq jours.', start: 2, cue: 'raconte', lemma: 'raconter', source: 'travailleur humanitaire', canonical: 'travailleur humanitaire' },
    ]);
  });

  it('finds no incise in a quotation whose cue takes a que-clause', () => {
    expect(attributionsOf('Il lit « Le ministre, a dit que tout allait bien, puis est parti » à voix haute.', E)).toEqual([]);
  });

  it('keeps the closing mark of a mixed content split by an incise', () => {
    const text = 'Les deux hommes ont parlé “de la situation”, a déclaré KCNA, “et de la coopération”. Cela continue.';
    expect(attributionsOf(text, E).map(flat)).toEqual([
      { kind: 'mixed', content: 'Les deux hommes ont parlé “de la situation”, a déclaré KCNA, “et de la coopération”', start: 0, cue: 'a déclaré', lemma: 'déclarer', source: 'KCNA', canonical: 'Agence centrale de presse coréenne' },
    ]);
  });

  it('merges a quote split by an incise into one attribution', () => {
    const text = '“Nous ne sommes pas inquiets”, a souligné ce lundi le porte-parole du Conseil, John Kirby. “Ce qui nous inquiète, ce sont les liens”.';
    const got = attributionsOf(text, E);
    expect(got).toHaveLength(1);
    expect(flat(got[0]!)).toEqual({
      kind: 'direct',
      content: 'Nous ne sommes pas inquiets”, a souligné ce lundi le porte-parole du Conseil, John Kirby. “Ce qui nous inquiète, ce sont les liens',
      start: 1,
      cue: 'a souligné',
      lemma: 'souligner',
      source: 'John Kirby',
      canonical: 'John Kirby',
    });
  });

  it('merges « A », a-t-il dit, « B » across sentences of the second quote', () => {
    const text = 'Patrick Cronin parle. « Moscou veut des liens », a déclaré Patrick Cronin, à l’agence Yonhap. « Ils peuvent le dire. Certes, les deux pays souffrent. »';
    const got = attributionsOf(text, E).map(flat);
    expect(got).toHaveLength(1);
    expect(got[0]?.content).toBe('Moscou veut des liens », a déclaré Patrick Cronin, à l’agence Yonhap. « Ils peuvent le dire. Certes, les deux pays souffrent.');
  });
});

describe('"s’amuser" in an incise', () => {
  it('reports the quotation before it', () => {
    expect(attributionsOf('« On a eu de la chance », s’amuse John Kirby, joint par téléphone.', E).map(flat)).toEqual([
      { kind: 'direct', content: 'On a eu de la chance', start: 2, cue: 's’amuse', lemma: "s'amuser", source: 'John Kirby', canonical: 'John Kirby' },
    ]);
  });

  it('is no cue when it means playing', () => {
    expect(attributionsOf('Les enfants s’amusent dans la cour.', E)).toEqual([]);
  });
});

describe('a name in apposition to an inverted title, with its party in brackets', () => {
  it('is the speaker ("a affirmé la maire, Anne Roy (PS), à l’issue du vote")', () => {
    const text = '« Le centre sera piéton », a affirmé la maire, Anne Roy (PS), à l’issue du vote.';
    expect(attributionsOf(text, E).map(flat)).toEqual([expect.objectContaining({ content: 'Le centre sera piéton', source: 'Anne Roy', canonical: 'Anne Roy' })]);
  });
});

describe('a singular pronoun after a sentence with a person and an organisation as speakers', () => {
  it('takes the person ("« … », a-t-il ajouté" after "X a jugé …, alors que l’entreprise a annoncé …")', () => {
    const text = 'Le directeur de Reuters, John Kirby, a jugé la grève « absurde », alors que l’agence a annoncé une hausse des salaires. « Nous avons fait un geste », a-t-il ajouté.';
    const got = attributionsOf(text, E).map(flat).filter((a) => a.cue === 'a-t-il ajouté');
    expect(got).toEqual([expect.objectContaining({ content: 'Nous avons fait un geste', source: 'il', canonical: 'John Kirby' })]);
  });
});

describe('a list of complements before an inverted cue', () => {
  it('reads "…, de l’alcool, de la dépression" as items of the clause, not appositions to a subject', () => {
    const text = 'Le risque baisse après prise en compte du revenu, de l’âge, de la région et du diplôme, soulignent les chercheurs.';
    expect(attributionsOf(text, E).map(flat)).toEqual([
      { kind: 'indirect', content: 'Le risque baisse après prise en compte du revenu, de l’âge, de la région et du diplôme', start: 0, cue: 'soulignent', lemma: 'souligner', source: 'chercheurs', canonical: 'chercheurs' },
    ]);
  });

  it('still reads "de son côté" as an incise on the subject', () => {
    expect(attributionsOf('Le ministre, de son côté, a annoncé une hausse des salaires.', E).map(flat)).toEqual([
      { kind: 'indirect', content: 'une hausse des salaires', start: 36, cue: 'a annoncé', lemma: 'annoncer', source: 'ministre', canonical: 'ministre' },
    ]);
  });
});

describe('where a quote split by an incise stops and a quote after a full stop starts', () => {
  const P: EntitySpec[] = [...E, ['Nadia Benali', 'PERSON'], ['Sarah Dumont', 'PERSON'], ['UFC-Que Choisir', 'ORGANIZATION']];
  it.each([
    // A sentence of the writer between the incise and the next quotation: two reports, not one split quote.
    [
      '« La sanction rappelle la loi », s’est félicitée l’association UFC-Que Choisir, qui avait saisi la CNIL. Pour Nadia Benali, le signal est clair : « Les bandeaux coûtent cher ».',
      [['direct', 'La sanction rappelle la loi'], ['according-to', 'le signal est clair : « Les bandeaux coûtent cher »']],
    ],
    ['« Nous partons », a dit John Kirby. Le ministre a répondu : « Restez ».', [['direct', 'Nous partons'], ['direct', 'Restez']]],
    // The quotation goes on right after the full stop, or after an abbreviation's dot inside the incise.
    ['« Nous partons », a dit John Kirby. « Demain, tout sera fini. »', [['direct', 'Nous partons », a dit John Kirby. « Demain, tout sera fini.']]],
    ['« Nous partons », a déclaré M. Kirby. « Demain, tout sera fini. »', [['direct', 'Nous partons », a déclaré M. Kirby. « Demain, tout sera fini.']]],
    // A quotation after a full stop (here also an abbreviation's) opens a sentence: the words before it are the writer's.
    [
      'Sarah Dumont a bouclé le marathon en 3 h 58 min. «Au 35e kilomètre, j’ai cru que je n’y arriverais jamais», raconte-t-elle.',
      [['direct', 'Au 35e kilomètre, j’ai cru que je n’y arriverais jamais']],
    ],
    ['Elle a couru vite. « J’ai adoré », raconte Sarah Dumont.', [['direct', 'J’ai adoré']]],
  ])('%s', (text, expected) => {
    expect(attributionsOf(text, P).map(flat).map((a) => [a.kind, a.content])).toEqual(expected);
  });
});

// The occasion between an inverted cue and its subject ("lors d'un point presse à Lagrasse") is never the speaker.
const OCCASIONS: [string, string, string][] = [
  ['« Le feu n’est pas fixé », a déclaré lors d’un point presse à Genève le préfet, Patrick Cronin.', 'Patrick Cronin', 'Patrick Cronin'],
  ['« Nous tiendrons », a affirmé au cours d’une réunion mercredi la présidente, Anne Roy.', 'Anne Roy', 'Anne Roy'],
  ['« Nous tiendrons », a expliqué lors de la conférence le directeur du site.', 'directeur du site', 'directeur du site'],
  ['« Nous tiendrons », a expliqué lors de sa visite à l’hôpital la ministre de la Santé.', 'ministre de la Santé', 'ministre de la Santé'],
  ['« Nous tiendrons », a déclaré pendant la réunion John Kirby.', 'John Kirby', 'John Kirby'],
  ['« Nous tiendrons », a déclaré en marge du sommet de Genève le chancelier allemand.', 'chancelier allemand', 'chancelier allemand'],
  ['« Nous tiendrons », a déclaré dans un communiqué le groupe TotalEnergies.', 'TotalEnergies', 'TotalEnergies'],
];

describe('an occasion between an inverted cue and its subject', () => {
  it.each(OCCASIONS)('is skipped: %s', (input, source, canonical) => {
    const got = attributionsOf(input, E).map(flat);
    expect(got.map((a) => [a.kind, a.source, a.canonical])).toEqual([['direct', source, canonical]]);
  });

  it('leaves the speaker to a later "Il"', () => {
    const text = '« Le feu n’est pas fixé », a déclaré lors d’un point presse à Genève le préfet, Patrick Cronin. Il a précisé que deux colonnes étaient arrivées.';
    expect(attributionsOf(text, E).map((a) => [a.source?.text, a.source?.canonical])).toEqual([
      ['Patrick Cronin', 'Patrick Cronin'],
      ['Il', 'Patrick Cronin'],
    ]);
  });

  it('keeps a phrase with no subject after it as the object of a cue with its subject before', () => {
    expect(attributionsOf('Le ministre a annoncé lors d’un point presse la fermeture de l’école.', E).map(flat).map((a) => [a.content, a.source])).toEqual([
      ['la fermeture de l’école', 'ministre'],
    ]);
  });
});

describe('an incise of when or where set off by commas between an inverted cue and its subject', () => {
  it.each([
    ['« Nous tiendrons », a déclaré, mercredi, le directeur du site.', 'directeur du site'],
    ['« Nous tiendrons », a déclaré, lors d’un point presse à Genève, la présidente, Anne Roy.', 'Anne Roy'],
    ['« Nous tiendrons », a affirmé, à Genève, John Kirby.', 'John Kirby'],
    ['« Nous tiendrons », a déclaré, de son côté, le directeur du site.', 'directeur du site'],
    ['Les réunions ont eu lieu, a indiqué, mercredi, l’agence Reuters.', 'Reuters'],
  ])('%s', (input, source) => {
    expect(attributionsOf(input, E).map(flat).map((a) => a.source)).toEqual([source]);
  });
});
