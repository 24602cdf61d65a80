import { describe, expect, it } from 'vitest';
import { extractEntities } from '../index.js';
import { found } from '../entities/test-utils.js';

// Dictionary facts of the news: Spanish regional institutions and the towns of the 2024 Valencia floods, French
// unions, rescue and emergency services, polling and engineering companies, parties, places and people.
// [input, expected entity "TYPE:text@start", canonical]
const FACTS: [string, string, string][] = [
  ['Le président de la Généralité valencienne a démissionné.', 'ORGANIZATION:Généralité valencienne@19', 'Généralité valencienne'],
  ['La Generalitat valenciana a débloqué une aide.', 'ORGANIZATION:Generalitat valenciana@3', 'Généralité valencienne'],
  ['Le PP détient 40 des 99 sièges du Parlement valencien.', 'ORGANIZATION:Parlement valencien@34', 'Parlement valencien'],
  ['La Généralité de Catalogne conteste la loi.', 'ORGANIZATION:Généralité de Catalogne@3', 'Généralité de Catalogne'],
  ['Le Consortium de compensation des assurances a versé 4,5 milliards d’euros.', 'ORGANIZATION:Consortium de compensation des assurances@3', 'Consortium de compensation des assurances'],
  ['La direction de RATP Dev assure que chaque gare sera prête.', 'ORGANIZATION:RATP Dev@16', 'RATP Dev'],
  ['Le SNES-FSU, premier syndicat du secondaire, dénonce la réforme.', 'ORGANIZATION:SNES-FSU@3', 'SNES-FSU'],
  ['Le SNUipp-FSU appelle à la grève.', 'ORGANIZATION:SNUipp-FSU@3', 'SNUipp-FSU'],
  ['Le Samu orientera les cas graves vers Lannion.', 'ORGANIZATION:Samu@3', 'Samu'],
  ['Les moteurs de Pratt & Whitney sont en cause.', 'ORGANIZATION:Pratt & Whitney@15', 'Pratt & Whitney'],
  ['Le parti Droit et justice (PiS) a promis une réforme.', 'ORGANIZATION:PiS@27', 'Droit et justice'],
  ['Il dirigeait l’Institut de la mémoire nationale.', 'ORGANIZATION:Institut de la mémoire nationale@15', 'Institut de la mémoire nationale'],
  ['Selon un sondage Ifop-Fiducial publié jeudi, il arrive en tête.', 'ORGANIZATION:Ifop-Fiducial@17', 'Ifop'],
  ['Elle préside la Métropole Aix-Marseille-Provence depuis 2020.', 'ORGANIZATION:Métropole Aix-Marseille-Provence@16', 'Métropole Aix-Marseille-Provence'],
  ['Il brigue la tête du Printemps marseillais.', 'ORGANIZATION:Printemps marseillais@21', 'Printemps marseillais'],
  ['Son parti, l’Action démocratique nationale, est la première force.', 'ORGANIZATION:Action démocratique nationale@13', 'Action démocratique nationale'],
  ['Les secours du peloton de gendarmerie de haute montagne sont intervenus.', 'ORGANIZATION:peloton de gendarmerie de haute montagne@15', 'peloton de gendarmerie de haute montagne'],
  ['Le PGHM a été alerté.', 'ORGANIZATION:PGHM@3', 'peloton de gendarmerie de haute montagne'],
  ['Le Secours alpin valdôtain est intervenu.', 'ORGANIZATION:Secours alpin valdôtain@3', 'Secours alpin valdôtain'],
  ['selon le cabinet de conseil SBM Intelligence, basé à Lagos', 'ORGANIZATION:SBM Intelligence@28', 'SBM Intelligence'],
  ['La juge d’instruction de Catarroja enquête.', 'LOCATION:Catarroja@25', 'Catarroja'],
  ['Les rues de Massanassa sont sous la boue.', 'LOCATION:Massanassa@12', 'Massanassa'],
  ['Elle vit à Sedavi depuis dix ans.', 'LOCATION:Sedavi@11', 'Sedaví'],
  ['Elle vend des légumes au marché de Gusau.', 'LOCATION:Gusau@35', 'Gusau'],
  ['L’armée a utilisé la base de Manta jusqu’en 2009.', 'LOCATION:Manta@29', 'Manta'],
  ['Les inondations touchent la province du Guayas.', 'LOCATION:Guayas@40', 'Guayas'],
  ['Les hôpitaux de Saint-Brieuc ou de Lannion sont loin.', 'LOCATION:Lannion@35', 'Lannion'],
  ['Les urgences de Guingamp fermeront la nuit.', 'LOCATION:Guingamp@16', 'Guingamp'],
  ['Elle enseigne dans le quartier du Vedado.', 'LOCATION:Vedado@34', 'Vedado'],
  ['Ils sont tombés sous la pointe Helbronner.', 'LOCATION:pointe Helbronner@24', 'pointe Helbronner'],
  ['Les vendanges ont commencé dans la Montagne de Reims.', 'LOCATION:Montagne de Reims@35', 'Montagne de Reims'],
  ['Les vignes de la Côte des Bar ont gelé.', 'LOCATION:Côte des Bar@17', 'Côte des Bar'],
  ['Leylah Fernandez entrera en lice mercredi.', 'PERSON:Leylah Fernandez@0', 'Leylah Fernandez'],
  ['Carlos Mazon a présenté sa démission.', 'PERSON:Carlos Mazon@0', 'Carlos Mazón'],
  ['Le ministre Vicente de la O Levy a reconnu des coupures.', 'PERSON:Vicente de la O Levy@12', 'Vicente de la O Levy'],
  ['Issa Tchiroma Bakary revendique la victoire.', 'PERSON:Issa Tchiroma Bakary@0', 'Issa Tchiroma Bakary'],
  ['La loi permet aux Forces d’autodéfense d’intervenir.', 'ORGANIZATION:Forces d’autodéfense@18', "Forces japonaises d'autodéfense"],
  ['Les Forces japonaises d’autodéfense ont décollé.', 'ORGANIZATION:Forces japonaises d’autodéfense@4', "Forces japonaises d'autodéfense"],
  ['La CGT-FO a signé l’accord.', 'ORGANIZATION:CGT-FO@3', 'Force ouvrière'],
  // A stadium by its sponsor's name, an NGO whose name opens with its article, a regional demonym.
  ['Il a joué devant 41 870 spectateurs au Matmut Atlantique, record.', 'LOCATION:Matmut Atlantique@39', 'Matmut Atlantique'],
  ['Lyon a gagné au Groupama Stadium.', 'LOCATION:Groupama Stadium@16', 'Groupama Stadium'],
  ['L’association Les Amis de la Terre accuse TotalEnergies.', 'ORGANIZATION:Les Amis de la Terre@14', 'Les Amis de la Terre'],
  ['Selon les Amis de la Terre, le projet pollue.', 'ORGANIZATION:Amis de la Terre@10', 'Les Amis de la Terre'],
  ['Les Girondins prennent la tête du classement.', 'NATIONALITY:Girondins@4', 'girondin'],
  ['Les Girondins de Bordeaux ont perdu.', 'ORGANIZATION:Girondins de Bordeaux@4', 'Girondins de Bordeaux'],
  ['Les Vignerons indépendants jugent la mesure utile.', 'ORGANIZATION:Vignerons indépendants@4', 'Vignerons indépendants de France'],
  ['Un but donne l’avantage aux Sang et Or sept minutes plus tard.', 'ORGANIZATION:Sang et Or@28', 'RC Lens'],
  ['BeIN Sports diffusera le match.', 'ORGANIZATION:BeIN Sports@0', 'beIN Sports'],
  // A first name given to women and men ("Charlie") opens a full name; leaders of the Arab world before 2011.
  ['Le skipper havrais Charlie Dalin pulvérise le record.', 'PERSON:Charlie Dalin@19', 'Charlie Dalin'],
  ['Charlie Dalin a remporté la course.', 'PERSON:Charlie Dalin@0', 'Charlie Dalin'],
  ['Le régime de Mouammar Kadhafi est tombé en 2011.', 'PERSON:Mouammar Kadhafi@13', 'Mouammar Kadhafi'],
  ['Hosni Moubarak a démissionné.', 'PERSON:Hosni Moubarak@0', 'Hosni Moubarak'],
  ['Saddam Hussein a été pendu.', 'PERSON:Saddam Hussein@0', 'Saddam Hussein'],
  // The African Union's missions in Somalia, by their acronyms written as words.
  ['Le porte-parole de l’Aussom a démenti.', 'ORGANIZATION:Aussom@21', "Mission de soutien et de stabilisation de l'Union africaine en Somalie"],
  ['L’AUSSOM a succédé à l’ATMIS en janvier.', 'ORGANIZATION:ATMIS@23', "Mission de transition de l'Union africaine en Somalie"],
  ['Elle a été déployée pour succéder à l’Atmis.', 'ORGANIZATION:Atmis@38', "Mission de transition de l'Union africaine en Somalie"],
  ['L’Amisom a quitté Mogadiscio.', 'ORGANIZATION:Amisom@2', "Mission de l'Union africaine en Somalie"],
  // Swiss cantons in French (the name alone, "canton de" left out), Swiss women, halves of the oceans, companies.
  ['Obwald et Nidwald ont rejeté le texte.', 'LOCATION:Nidwald@10', 'Nidwald'],
  ['Obwald et Nidwald ont rejeté le texte.', 'LOCATION:Obwald@0', 'Obwald'],
  ['Dans le canton de Vaud, le non atteint 71,4 %.', 'LOCATION:Vaud@18', 'Vaud'],
  ['Même à Bâle-Campagne, le oui l’emporte.', 'LOCATION:Bâle-Campagne@7', 'Bâle-Campagne'],
  ['Les cantons de Suisse centrale ont dit non.', 'LOCATION:Suisse centrale@15', 'Suisse centrale'],
  ['La Suissesse Justine Mettraux est onzième.', 'NATIONALITY:Suissesse@3', 'suisse'],
  ['Six Suissesses ont pris le départ.', 'NATIONALITY:Suissesses@4', 'suisse'],
  ['Ils naviguent dans l’Atlantique Sud.', 'LOCATION:Atlantique Sud@21', 'Atlantique Sud'],
  ['Le cyclone traverse le Pacifique Sud.', 'LOCATION:Pacifique Sud@23', 'Pacifique Sud'],
  ['La maroquinerie, qui porte Louis Vuitton et Dior, a stabilisé ses ventes.', 'ORGANIZATION:Louis Vuitton@27', 'Louis Vuitton'],
  ['Le patron de Stadler Rail, Peter Spuhler, a menacé de partir.', 'ORGANIZATION:Stadler Rail@13', 'Stadler Rail'],
  ['selon le consensus compilé par Visible Alpha.', 'ORGANIZATION:Visible Alpha@31', 'Visible Alpha'],
  // New Caledonia's provinces and the overseas stations of the public broadcaster.
  ['Le président de la province Nord, Paul Néaoutyine, a tempéré.', 'LOCATION:province Nord@19', 'province Nord'],
  ['Il l’a dit mardi soir sur Nouvelle-Calédonie La 1ère.', 'ORGANIZATION:Nouvelle-Calédonie La 1ère@26', 'Nouvelle-Calédonie La 1ère'],
  ['selon Martinique la 1ère, la route est coupée.', 'ORGANIZATION:Martinique la 1ère@6', 'Martinique La 1ère'],
  ['Les résultats ont été annoncés par la télévision publique Gabon 1ère.', 'ORGANIZATION:Gabon 1ère@58', 'Gabon 1ère'],
  // The Line of Control in Kashmir, the salt flats of the Andes.
  ['Des tirs ont eu lieu le long de la Ligne de contrôle, qui sépare le Cachemire.', 'LOCATION:Ligne de contrôle@35', 'Ligne de contrôle'],
  ['La coentreprise exploitera le salar d’Atacama de 2031 à 2060.', 'LOCATION:salar d’Atacama@30', 'salar d’Atacama'],
  // Libya's oil terminals.
  ['Le brut est exporté depuis les terminaux d’Es-Sider et de Ras Lanouf.', 'LOCATION:Es-Sider@43', 'Es-Sider'],
  ['Des combats ont éclaté à Zawiya, à l’ouest de Tripoli.', 'LOCATION:Zawiya@25', 'Zaouïa'],
  // French social security and Senate nicknames, Savoie ski valleys, domains, stations and lift operator.
  ['Budget de la Sécu : le Sénat adopte sa version.', 'ORGANIZATION:Sécu@13', 'Sécurité sociale'],
  ['Dominée par la droite, la Haute assemblée a réécrit le texte.', 'ORGANIZATION:Haute assemblée@26', 'Sénat'],
  ['Le texte revient devant la Haute Assemblée mardi.', 'ORGANIZATION:Haute Assemblée@27', 'Sénat'],
  ['Le directeur général de la Sétam a confirmé l’ouverture.', 'ORGANIZATION:Sétam@27', 'Société d’exploitation des téléphériques Tarentaise-Maurienne'],
  ['L’ancien journaliste de La Prensa a été expulsé.', 'ORGANIZATION:La Prensa@24', 'La Prensa'],
  ['Les tirs ont eu lieu autour de l’enclave de Vorukh.', 'LOCATION:Vorukh@44', 'Vorukh'],
  ['Les stations de Tarentaise ouvrent avec 80 cm de neige.', 'LOCATION:Tarentaise@16', 'Tarentaise'],
  ['Le tunnel relie la Maurienne à l’Italie.', 'LOCATION:Maurienne@19', 'Maurienne'],
  ['Le forfait des 3 Vallées dépasse 400 euros.', 'LOCATION:3 Vallées@15', 'Les 3 Vallées'],
  ['Les stations comme La Féclaz ou Le Revard n’ouvriront pas avant Noël.', 'LOCATION:La Féclaz@19', 'La Féclaz'],
  ['Les stations comme La Féclaz ou Le Revard n’ouvriront pas avant Noël.', 'LOCATION:Le Revard@32', 'Le Revard'],
];

// Words these entries must not swallow: the common nouns and the bare acronyms of other things.
const NOT_FOUND: [string, string][] = [
  ['Il porte une manta sur les épaules.', 'manta'],
  ['Le test ADN a confirmé son identité.', 'ADN'],
  ['La Ligue du Nord a manifesté.', 'Nord'],
  ['Le samu a été appelé.', 'samu'],
  ['Les amis de la famille sont venus.', 'amis de la famille'],
  ['Le drapeau sang et or flotte.', 'sang et or'],
  ['Les vignerons indépendants de la région souffrent.', 'vignerons indépendants'],
  ['Les Amis de Paris ont défilé.', 'Amis'],
  ['Charlie Hebdo a publié les caricatures.', 'Charlie'],
  ['La mission de l’Union africaine en Somalie est sous-financée.', 'mission de l’Union africaine en Somalie'],
  ['Dans le canton de Vaud, le non atteint 71,4 %.', 'canton de Vaud'],
  ['Il vit dans la province sud du pays.', 'province sud'],
  ['Il réclame une ligne de contrôle des prix.', 'ligne de contrôle'],
  ['L’Organisation du traité de l’Atlantique Nord a réagi.', 'Atlantique Nord'],
  ['La haute assemblée des actionnaires a voté.', 'haute assemblée'],
  ['Le village compte trois vallées et 3 vallées secondaires.', '3 vallées'],
  ['El diario la prensa libre es un periódico.', 'la prensa'],
];

describe('news dictionary facts', () => {
  it.each(FACTS)('%s', (input, expected, canonical) => {
    expect(found(input)).toContain(expected);
    const text = expected.slice(expected.indexOf(':') + 1, expected.lastIndexOf('@'));
    expect(extractEntities(input).find((e) => e.text === text)?.canonical).toBe(canonical);
  });
  it.each(NOT_FOUND)('%s has no entity %s', (input, surface) => {
    expect(extractEntities(input).map((e) => e.text)).not.toContain(surface);
  });
});
