import { describe, expect, it } from 'vitest';
import { attributionsOf, flat, type EntitySpec } from './test-utils.js';

const E: EntitySpec[] = [
  ['Daniel Chapo', 'PERSON'],
  ['Ugo Mola', 'PERSON'],
  ['Jean-Marc Duplantier', 'PERSON'],
  ['Grégory Cojean', 'PERSON'],
  ['Thomas Lacombe', 'PERSON'],
  ['Clara Dumont', 'PERSON'],
  ['Laure Méchaly', 'PERSON'],
  ['Habib Beye', 'PERSON'],
  ['Enzo Le Goff', 'PERSON'],
  ['Le Goff', 'PERSON', 'Enzo Le Goff'],
  ['Jean Dupont', 'PERSON'],
  ['Bart De Wever', 'PERSON'],
  ['Jan Jambon', 'PERSON'],
  ['Barnier', 'PERSON', 'Michel Barnier'],
  ['Bru', 'PERSON', 'Yannick Bru'],
  ['RATP', 'ORGANIZATION'],
  ['Landais', 'NATIONALITY', 'landais'],
  ['Union Bordeaux-Bègles', 'ORGANIZATION', 'Union Bordeaux-Bègles', 'org:FR:ubb', 'sport'],
  ['XV de France', 'ORGANIZATION', 'équipe de France', 'org:FR:xv', 'sport'],
  ['Stade toulousain', 'ORGANIZATION', 'Stade toulousain', 'org:FR:st', 'sport'],
  ['bordelais', 'NATIONALITY', 'bordelais', 'city:FR:bordeaux'],
  ['toulousain', 'NATIONALITY', 'toulousain', 'city:FR:toulouse'],
  ['Lyonnaise', 'NATIONALITY', 'lyonnais'],
];

/** [text, cue, source as written, canonical]: the attribution of that cue. */
const RESOLVED: [string, string, string, string][] = [
  // A title refers back to the person introduced with it; "Etat" may lack its accent.
  ['Le président Daniel Chapo a inauguré le site. Le chef de l’Etat a salué « un signal de confiance ».', 'a salué', 'chef de l’Etat', 'Daniel Chapo'],
  ['Le président Daniel Chapo a inauguré le site. Le chef de l’État a salué « un signal de confiance ».', 'a salué', 'chef de l’État', 'Daniel Chapo'],
  // Sport and trade nouns refer back to the person of the sentence before.
  ['Ugo Mola refusait de s’alarmer. « Ce n’est pas un drame », a expliqué le manager.', 'a expliqué', 'manager', 'Ugo Mola'],
  ['Grégory Cojean a fait tourner son effectif. « On était morts à la pause », a raconté l’entraîneur.', 'a raconté', 'entraîneur', 'Grégory Cojean'],
  // A demonstrative title with an age: the demonstrative is no part of the span, the age no other speaker.
  ['Jean-Marc Duplantier a renoncé à son voyage. « J’envoyais 30 000 bouteilles », explique ce viticulteur de 61 ans.', 'explique', 'viticulteur de 61 ans', 'Jean-Marc Duplantier'],
  ['Jean-Marc Duplantier a renoncé à son voyage. « Ce sera 8 000 », explique ce viticulteur.', 'explique', 'viticulteur', 'Jean-Marc Duplantier'],
  // A capitalised demonym after a singular article is a person.
  ['Toulouse a craqué sur la pénalité de Thomas Lacombe. « Je n’ai pas tremblé », a souri le jeune Landais.', 'a souri', 'jeune Landais', 'Thomas Lacombe'],
  ['Clara Dumont a perdu en trois sets. « Elle a mieux joué », a résumé la Lyonnaise.', 'a résumé', 'Lyonnaise', 'Clara Dumont'],
  // "le Premier ministre": the person whose government was named, even sentences before.
  ['Ils contestent la réforme du gouvernement fédéral de Bart De Wever. Il pleuvait. Les trains roulaient. Le Premier ministre a estimé que l’accord était équilibré.', 'a estimé', 'Premier ministre', 'Bart De Wever'],
  ['Le gouvernement Barnier est tombé. Il pleuvait. Les trains roulaient. Le Premier ministre a dit qu’il resterait.', 'a dit', 'Premier ministre', 'Michel Barnier'],
  // A club with a demonym: the club named after that place, even far back and past another club.
  [
    'L’Union Bordeaux-Bègles a battu Toulouse. Il pleuvait. Le vent soufflait. La foule chantait. Des joueurs étaient retenus par le XV de France. Selon le club bordelais, la billetterie a rapporté 1,4 million d’euros.',
    'Selon',
    'club bordelais',
    'Union Bordeaux-Bègles',
  ],
  ['Le Stade toulousain a perdu contre l’Union Bordeaux-Bègles. Le club toulousain a annoncé que Dupont serait absent.', 'a annoncé', 'club toulousain', 'Stade toulousain'],
  // A local official's title, the name in apposition after it.
  ['La préfète des Deux-Sèvres, Laure Méchaly, a signé un arrêté. « Nous devons préserver l’eau », a justifié la préfète.', 'a justifié', 'préfète', 'Laure Méchaly'],
  // A possessive title: the person introduced under it, not the person quoted just before.
  ['L’entraîneur Habib Beye a lancé Enzo Le Goff. « C’est une soirée », a confié Le Goff. Son entraîneur a salué « un groupe solide ».', 'a salué', 'entraîneur', 'Habib Beye'],
  // Without a demonym, the club named last.
  ['Le Stade toulousain a perdu. Le club a annoncé que Dupont serait absent.', 'a annoncé', 'club', 'Stade toulousain'],
  // A bare noun after an article: the fuller phrase of an earlier source with the same head.
  ['Près de 40 % des conducteurs étaient en grève, selon la direction de la RATP. La direction juge les revendications « irréalistes ».', 'juge', 'direction', 'direction de la RATP'],
];

/** The same constructions where the speaker stays as written. */
const UNRESOLVED: [string, string, string, string][] = [
  // A plural demonym is a group, not the person.
  ['Thomas Lacombe a marqué. « Nous avons gagné », ont lancé les Landais.', 'ont lancé', 'Landais', 'Landais'],
  // A stressed pronoun sets the title against the person just named.
  ['Ugo Mola a parlé le premier. Le joueur, lui, a répondu que tout allait bien.', 'a répondu', 'joueur', 'joueur'],
  // A spokesman of the government in apposition does not head it.
  ['Le porte-parole du gouvernement, Jan Jambon, a parlé. Il pleuvait. Les trains roulaient. Le Premier ministre a estimé que l’accord était équilibré.', 'a estimé', 'Premier ministre', 'Premier ministre'],
  // A possessive title no one was introduced under is not the person named before ("son avocat" is not the client).
  ['Le ministre Jean Dupont est mis en examen. « Il est innocent », a déclaré son avocat.', 'a déclaré', 'avocat', 'avocat'],
  // No fuller phrase before, or one with another head.
  ['La direction juge les revendications « irréalistes ».', 'juge', 'direction', 'direction'],
  ['Près de 40 % des conducteurs étaient en grève, selon la direction de la RATP. Le syndicat juge les revendications « irréalistes ».', 'juge', 'syndicat', 'syndicat'],
];

describe('anaphoric speakers', () => {
  it.each([...RESOLVED, ...UNRESOLVED])('%s', (text, cue, source, canonical) => {
    const a = attributionsOf(text, E).map(flat).find((x) => x.cue === cue);
    expect([a?.source, a?.canonical]).toEqual([source, canonical]);
  });

  it('reads "Pour la première fois, P" as no report: "premier" is a title only before "ministre"', () => {
    expect(attributionsOf('Pour la première fois, les électeurs glisseront deux bulletins dans l’urne.', E)).toEqual([]);
    expect(attributionsOf('Pour le Premier ministre, la réforme est indispensable.', E).map(flat).map((a) => [a.kind, a.source])).toEqual([
      ['according-to', 'Premier ministre'],
    ]);
  });
});

describe('cues of several senses: "sourire", "concéder"', () => {
  it.each([
    ['« On verra bien », a souri la ministre.', 'direct', 'On verra bien', 'a souri'],
    ['« On verra bien », sourit-elle.', 'direct', 'On verra bien', 'sourit-elle'],
    ['« Nous avons fait des erreurs », a concédé l’entraîneur.', 'direct', 'Nous avons fait des erreurs', 'a concédé'],
    ['Le ministre a concédé que la réforme était impopulaire.', 'indirect', 'la réforme était impopulaire', 'a concédé'],
  ])('report with a quotation or a que-clause: %s', (text, kind, content, cue) => {
    expect(attributionsOf(text, E).map(flat).map((a) => [a.kind, a.content, a.cue])).toEqual([[kind, content, cue]]);
  });

  it.each([
    ['Le ministre a souri devant les caméras, puis il est parti.'],
    ['Un sourire a suffi à détendre la salle.'],
    ['L’équipe a concédé deux buts en dix minutes.'],
  ])('report nothing otherwise: %s', (text) => {
    expect(attributionsOf(text, E)).toEqual([]);
  });

  it('leaves "Pour X, P" a report when P holds a sport "concéder"', () => {
    const got = attributionsOf('Pour Bru, la victoire reste « fragile » : ses joueurs ont concédé 14 pénalités, contre neuf pour les visiteurs.', E).map(flat);
    expect(got.map((a) => [a.kind, a.content, a.canonical])).toEqual([
      ['according-to', 'la victoire reste « fragile » : ses joueurs ont concédé 14 pénalités, contre neuf pour les visiteurs', 'Yannick Bru'],
    ]);
  });

  it('still reads "Pour X, Y a concédé : « P »" as the report of Y', () => {
    const got = attributionsOf('Pour les Républicains, Bru a concédé : « Nous avons perdu ».', E).map(flat);
    expect(got.map((a) => [a.kind, a.content, a.canonical])).toEqual([['direct', 'Nous avons perdu', 'Yannick Bru']]);
  });
});

describe('a speaker noun before a name the entity layer read in part', () => {
  it.each([
    // The whole capitalised name after the noun, "de la" included.
    ['L’association Les Amis de la Terre accuse TotalEnergies d’avoir « fermé les yeux ».', [['Les Amis', 'ORGANIZATION']], 'Les Amis de la Terre'],
    ['L’ONG Foro Penal a affirmé que 200 personnes étaient détenues.', [], 'Foro Penal'],
    // A place after "de" is no part of the name: the phrase as written.
    ['Le quotidien Le Droit de Gatineau a rapporté que des écoles ferment.', [['Le Droit', 'ORGANIZATION'], ['Gatineau', 'LOCATION']], 'quotidien Le Droit de Gatineau'],
  ] as [string, EntitySpec[], string][])('%s', (text, specs, canonical) => {
    expect(attributionsOf(text, specs).map(flat).map((a) => a.canonical)).toEqual([canonical]);
  });
});

describe('"le gouvernement" with no government named', () => {
  const specs: EntitySpec[] = [
    ['Maputo', 'LOCATION', 'Maputo', 'city:MZ:maputo'],
    ['Mozambique', 'LOCATION', 'Mozambique', 'iso:MZ'],
    ['Mozambicains', 'NATIONALITY', 'mozambicain', 'iso:MZ'],
    ['français', 'NATIONALITY', 'français', 'iso:FR'],
    ['Paris', 'LOCATION', 'Paris', 'city:FR:paris'],
    ['Élysée', 'ORGANIZATION', 'Élysée', 'org:FR:elysee', 'government'],
    ['Sea Shepherd', 'ORGANIZATION'],
  ];
  it.each([
    // The country the text is about so far: its places and demonyms, counted.
    ['Maputo (AFP) – Le groupe français a relancé son projet au Mozambique, qui emploiera des Mozambicains. Selon le gouvernement, le projet rapportera un milliard.', 'gouvernement mozambicain'],
    // Never another organisation named just before.
    ['À Paris, Sea Shepherd a manifesté. Le gouvernement a indiqué qu’il prendrait acte de la décision.', 'gouvernement français'],
    // A government body named before is the government.
    ['À Paris, l’Élysée a tranché. Le gouvernement a indiqué qu’il prendrait acte de la décision.', 'Élysée'],
    // No country before: the phrase as written; with its demonym, the phrase.
    ['Le gouvernement a indiqué qu’il prendrait acte de la décision.', 'gouvernement'],
    ['À Paris, Sea Shepherd a manifesté. Le gouvernement mozambicain a indiqué qu’il prendrait acte de la décision.', 'gouvernement mozambicain'],
  ])('%s', (text, canonical) => {
    expect(attributionsOf(text, specs).map(flat).map((a) => a.canonical)).toEqual([canonical]);
  });
});
