import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../index.js';

/** The entity whose text is `surface` (the first one), as "TYPE@start canonical". */
function view(input: string, surface: string): string | undefined {
  const e = extractEntities(input).find((x) => x.text === surface);
  return e === undefined ? undefined : `${e.type}@${e.start} ${e.canonical}`;
}

// [input, surface, expected "TYPE@start canonical"]
const POSITIVE: [string, string, string][] = [
  // An acronym in brackets after an organisation of the dictionary, whatever its initials, and its later uses.
  ['Le parti Droit et justice (PiS) a perdu.', 'PiS', 'ORGANIZATION@27 Droit et justice'],
  ['Soutenu par Droit et justice (PiS), il a gagné.', 'PiS', 'ORGANIZATION@30 Droit et justice'],
  ['Selon la Banque mondiale (BM), la croissance ralentit.', 'BM', 'ORGANIZATION@26 Banque mondiale'],
  // A name read back by its initials never runs over a relative clause.
  ["à l'Assemblée nationale, où son parti, l'Action démocratique nationale (ADN), domine", 'Action démocratique nationale', 'ORGANIZATION@41 Action démocratique nationale'],
  ["au Sénat, dont la commission, le Conseil national des langues (CNL), dépend", 'Conseil national des langues', 'ORGANIZATION@33 Conseil national des langues'],
  // A lower-case expansion opened by an organisation head still names a body.
  ['Le parquet national antiterroriste (PNAT) a été saisi. Le PNAT enquête.', 'PNAT', 'ORGANIZATION@36 Parquet national antiterroriste'],
  // "à <Place>" after an organisation is a place of its own, and the département in brackets after it too.
  ['construites par Alstom à Petite-Forêt (Nord), elles roulent', 'Alstom', 'ORGANIZATION@16 Alstom'],
  ['construites par Alstom à Petite-Forêt (Nord), elles roulent', 'Petite-Forêt', 'LOCATION@25 Petite-Forêt'],
  ['construites par Alstom à Petite-Forêt (Nord), elles roulent', 'Nord', 'LOCATION@39 Nord'],
  ['Une usine à Saint-Amand (Nord) ferme.', 'Nord', 'LOCATION@25 Nord'],
  ['L’usine de Valenciennes (Nord) ferme.', 'Nord', 'LOCATION@25 Nord'],
  ['Les moteurs de Safran à Gennevilliers (ARG) sont prêts.', 'Safran', 'ORGANIZATION@15 Safran'],
  // Hospitals and schools by their own name, a town's "centre hospitalier", an education authority: organisations.
  ["aide-soignante à l'hôpital Henri-Mondor, à Créteil", 'hôpital Henri-Mondor', 'ORGANIZATION@19 hôpital Henri-Mondor'],
  ["soigné à l'hôpital de la Pitié-Salpêtrière à Paris", 'hôpital de la Pitié-Salpêtrière', 'ORGANIZATION@11 hôpital de la Pitié-Salpêtrière'],
  ['il a été transporté au centre hospitalier Annecy-Genevois.', 'centre hospitalier Annecy-Genevois', 'ORGANIZATION@23 centre hospitalier Annecy-Genevois'],
  ['les urgences du centre hospitalier de Guingamp (Côtes-d’Armor) fermeront', 'centre hospitalier de Guingamp', 'ORGANIZATION@16 centre hospitalier de Guingamp'],
  ['Le centre hospitalier universitaire de Rennes recrute.', 'centre hospitalier universitaire de Rennes', 'ORGANIZATION@3 centre hospitalier universitaire de Rennes'],
  ["Au lycée de l'Iroise, à Brest, les élèves ont crié.", "lycée de l'Iroise", "ORGANIZATION@3 lycée de l'Iroise"],
  ['au lycée Victor-Hugo de Besançon', 'lycée Victor-Hugo', 'ORGANIZATION@3 lycée Victor-Hugo'],
  ["Dans l'académie de Rennes, le taux recule.", 'académie de Rennes', 'ORGANIZATION@7 académie de Rennes'],
  // A facility noun and its adjective before a person-like name: the facility, a place.
  // A plant's own name alone is the place (benchmark convention), a plateau's too.
  ['la centrale thermoélectrique Antonio Guiteras, à Matanzas', 'Antonio Guiteras', 'LOCATION@29 Antonio Guiteras'],
  ['la centrale à charbon Emile-Huchet ferme', 'Emile-Huchet', 'LOCATION@22 Emile-Huchet'],
  ['vers Clichy-sous-Bois et le plateau de Saclay, doivent ouvrir', 'Saclay', 'LOCATION@39 Saclay'],
  ["l'aéroport international Jomo-Kenyatta de Nairobi", 'aéroport international Jomo-Kenyatta', 'LOCATION@2 aéroport international Jomo-Kenyatta'],
  // Place nouns announce a place after "de", and after "du" for the nouns of places; districts by their ordinal.
  ['Elle enseigne dans le quartier du Plateau-Mont-Royal.', 'Plateau-Mont-Royal', 'LOCATION@34 Plateau-Mont-Royal'],
  ['Depuis Garoua, son fief du Nord, il a parlé.', 'Nord', 'LOCATION@27 Nord'],
  ['Elle vend au marché de Noailles, dit-elle.', 'Noailles', 'LOCATION@23 Noailles'],
  ['Il a tenu une réunion dans le 13e arrondissement.', '13e arrondissement', 'LOCATION@30 13e arrondissement'],
  ['Le 1er arrondissement de Lyon vote.', '1er arrondissement', 'LOCATION@3 1er arrondissement'],
  // The second place of "de X ou de Y", "du X et du Y" is a place as the first one.
  ['des régions anglophones du Nord-Ouest et du Sud-Ouest', 'Nord-Ouest', 'LOCATION@27 Nord-Ouest'],
  ['vers les hôpitaux de Saint-Brieuc ou de Bréhand, situés loin', 'Bréhand', 'LOCATION@40 Bréhand'],
  ['les gens de Bréhand et de Paris sont là', 'Bréhand', 'LOCATION@12 Bréhand'],
  // Capitalised names joined by "&" are one company.
  ['notamment chez CFM International et Pratt & Whitney, dit-il', 'Pratt & Whitney', 'ORGANIZATION@36 Pratt & Whitney'],
  ['Le groupe Procter & Gamble a vendu.', 'Procter & Gamble', 'ORGANIZATION@10 Procter & Gamble'],
  ['Le cabinet Ernst & Young a audité les comptes.', 'Ernst & Young', 'ORGANIZATION@11 Ernst & Young'],
  ['AT&T a annoncé un rachat.', 'AT&T', 'ORGANIZATION@0 AT&T'],
  // Demonyms of peoples and towns.
  ["en conflit avec les agriculteurs haoussas pour l'accès", 'haoussas', 'NATIONALITY@33 haoussa'],
  ['les soignants et les élus guingampais sont inquiets', 'guingampais', 'NATIONALITY@26 guingampais'],
  ['la Sherbrookoise Émilie Gagnon, 19 ans, signe', 'Sherbrookoise', 'NATIONALITY@3 sherbrookois'],
  ['Il a dit « Marseille est belle ».', 'Marseille', 'LOCATION@11 Marseille'],
  // A hyphenated name with a lower-case particle between capitalised parts is a commune.
  ['un bâtiment insalubre de Nesle-le-Repons avait fait le tour du monde', 'Nesle-le-Repons', 'LOCATION@25 Nesle-le-Repons'],
  ['Les élus de Clichy-sous-Bois et de Bourg-la-Reine votent.', 'Bourg-la-Reine', 'LOCATION@35 Bourg-la-Reine'],
  // Kin and companions announce a first name.
  ['Son camarade Ewen devra, lui, repasser deux oraux.', 'Ewen', 'PERSON@13 Ewen'],
  ['Sa voisine Maëlys a prévenu les secours.', 'Maëlys', 'PERSON@11 Maëlys'],
  ['Son ami Karim Benali est venu.', 'Karim Benali', 'PERSON@8 Karim Benali'],
  // A short lower-case prefix glued to a name in capitals belongs to it.
  ['selon le site indépendant elTOQUE. Le salaire baisse.', 'elTOQUE', 'ORGANIZATION@26 elTOQUE'],
  // A university's town closes its name.
  ["politologue à l'université San Francisco de Quito. À Guayaquil", 'université San Francisco de Quito', 'ORGANIZATION@16 université San Francisco de Quito'],
  // The adjective of a name's last noun before its acronym belongs to the name.
  ["a assuré l'Association polonaise de l'énergie éolienne (PSEW).", "Association polonaise de l'énergie éolienne", "ORGANIZATION@11 Association polonaise de l'énergie éolienne"],
  // Firms by their trade and polls by their institute.
  ['selon le cabinet de conseil Kroll Intelligence, basé à Londres', 'Kroll Intelligence', 'ORGANIZATION@28 Kroll Intelligence'],
  ['Selon un sondage Elabe publié jeudi, il gagne.', 'Elabe', 'ORGANIZATION@17 Elabe'],
  // The newspaper itself, outside an index.
  ['L’indice Nikkei a reculé. Selon le Nikkei, Toyota va investir.', 'Nikkei', 'ORGANIZATION@35 Nihon Keizai Shimbun'],
  // The announcer "ONG" in capitals opens the run; the name is the rest.
  ['selon l’ONG Foro Penal, qui fait état de 700 arrestations', 'Foro Penal', 'ORGANIZATION@12 Foro Penal'],
  ['L’ONG Vigilia Ciudadana dénonce les arrestations.', 'Vigilia Ciudadana', 'ORGANIZATION@6 Vigilia Ciudadana'],
  // A store right after its noun.
  ['Le grand magasin Mitsukoshi a perdu 11 %.', 'Mitsukoshi', 'ORGANIZATION@17 Mitsukoshi'],
  ['Il a acheté dans le magasin Kivrak de Lyon.', 'Kivrak', 'ORGANIZATION@28 Kivrak'],
  ["le cabinet d'avocats Dentons a dit", 'Dentons', 'ORGANIZATION@21 Dentons'],
  // Institutional heads with their complements.
  ['Le Consortium de gestion des déchets a versé 3 millions.', 'Consortium de gestion des déchets', 'ORGANIZATION@3 Consortium de gestion des déchets'],
  ['La Régie des transports de Marseille a dit non.', 'Régie des transports de Marseille', 'ORGANIZATION@3 Régie des transports de Marseille'],
  ['Le Secours islamique a distribué des vivres.', 'Secours islamique', 'ORGANIZATION@3 Secours islamique'],
  ['La Métropole de Lyon a voté.', 'Métropole de Lyon', 'ORGANIZATION@3 Métropole de Lyon'],
  // A company of the dictionary and a corporate word: its subsidiary.
  ['Exploitée par RATP Dev, filiale de la RATP, la ligne roule.', 'RATP Dev', 'ORGANIZATION@14 RATP Dev'],
  ['selon EDF Renewables, le parc tourne', 'EDF Renewables', 'ORGANIZATION@6 EDF Renewables'],
  ['Airbus Helicopters recrute.', 'Airbus Helicopters', 'ORGANIZATION@0 Airbus Helicopters'],
  // A union by its initials and its federation.
  ['Le SNALC-FSU dénonce la réforme.', 'SNALC-FSU', 'ORGANIZATION@3 SNALC-FSU'],
  ['Le SE-Unsa a signé.', 'SE-Unsa', 'ORGANIZATION@3 SE-Unsa'],
  // A lower-case institution noun spelled by its acronym stays a body.
  ['Il a saisi la juridiction interrégionale spécialisée (JIRS) de Lyon.', 'JIRS', 'ORGANIZATION@54 Juridiction interrégionale spécialisée'],
  ['Le pôle national financier (PNF) enquête.', 'PNF', 'ORGANIZATION@28 Parquet national financier'],
  // A known union and a company after its hyphen: the union's section there.
  ['dont la CGT-RATP et FO-RATP, la grève continue', 'CGT-RATP', 'ORGANIZATION@8 CGT-RATP'],
  ['dont la CGT-RATP et FO-RATP, la grève continue', 'FO-RATP', 'ORGANIZATION@20 FO-RATP'],
  ['Le syndicat CFDT-Renault a signé.', 'CFDT-Renault', 'ORGANIZATION@12 CFDT-Renault'],
  ['FO-SNCF a refusé.', 'FO-SNCF', 'ORGANIZATION@0 FO-SNCF'],
  // "de la" inside a name opened by a first name; a town that is also a first name, then a surname, is a person.
  ['a reconnu le ministre de l’Énergie, Juan de la Cruz Pérez, mardi', 'Juan de la Cruz Pérez', 'PERSON@36 Juan de la Cruz Pérez'],
  ['Le parti d’extrême droite de Santiago Abascul, qui avait quitté le gouvernement, a dit', 'Santiago Abascul', 'PERSON@29 Santiago Abascul'],
  ['Florence Parlo a dit non.', 'Florence Parlo', 'PERSON@0 Florence Parlo'],
  ['Il est arrivé à Santiago hier.', 'Santiago', 'LOCATION@16 Santiago du Chili'],
];

// [input, surface that must not be an entity of that type, type]
const NEGATIVE: [string, string, string][] = [
  ['Pis encore, le vote a échoué.', 'Pis', 'ORGANIZATION'],
  ['Il travaille chez Airbus (Toulouse) depuis dix ans.', 'Toulouse', 'ORGANIZATION'],
  // Acronyms of things named by a plural common noun, where defined and later.
  ['Ils portaient des détecteurs de victimes d’avalanche (DVA). Le DVA ne suffit pas.', 'DVA', 'ORGANIZATION'],
  ['Ils portaient des détecteurs de victimes d’avalanche (DVA). Le DVA ne suffit pas.', 'détecteurs de victimes d’avalanche', 'ORGANIZATION'],
  ['Les équipements de protection individuelle (EPI) manquent.', 'EPI', 'ORGANIZATION'],
  ['Les engins explosifs improvisés (EEI) tuent encore. Un EEI a explosé.', 'EEI', 'ORGANIZATION'],
  ["à l'Assemblée nationale, où son parti, l'Action démocratique nationale (ADN), domine", "Assemblée nationale, où son parti, l'Action démocratique nationale", 'ORGANIZATION'],
  ['construites par Alstom à Petite-Forêt (Nord), elles roulent', 'Alstom à Petite-Forêt', 'ORGANIZATION'],
  ['construites par Alstom à Petite-Forêt (Nord), elles roulent', 'Nord', 'ORGANIZATION'],
  ['Les moteurs de Safran à Gennevilliers (ARG) sont prêts.', 'Safran à Gennevilliers', 'ORGANIZATION'],
  ['La Corée du Nord a tiré un missile.', 'Nord', 'LOCATION'],
  ['Le Conseil régional (Nord) a voté.', 'Nord', 'LOCATION'],
  ['des frappes sur l’hôpital d’al-Shifa à Gaza', 'hôpital d’al-Shifa', 'ORGANIZATION'],
  ['un collège de Paris a brûlé', 'collège de Paris', 'ORGANIZATION'],
  ['Elle habite le centre de Paris.', 'centre de Paris', 'ORGANIZATION'],
  ['la centrale thermoélectrique Antonio Guiteras, à Matanzas', 'Antonio Guiteras', 'PERSON'],
  ['le stade à Tourcoing est plein', 'stade à Tourcoing', 'LOCATION'],
  // A place inside a programme's quoted slogan is no entity; a quote after a speech verb keeps its places.
  ['Il met en avant le plan « Marseille en grand », doté de 5 milliards', 'Marseille', 'LOCATION'],
  ['l’opération « Paris respire » revient dimanche', 'Paris', 'LOCATION'],
  ['Le secteur du Bâtiment recrute.', 'Bâtiment', 'LOCATION'],
  ['Il parle de Macron et de Dupont.', 'Dupont', 'LOCATION'],
  ['Le front du Refus a manifesté.', 'Refus', 'LOCATION'],
  ['Marks et Spencer sont venus.', 'Marks et Spencer', 'ORGANIZATION'],
  ['Une ligne Paris & Lyon', 'Whitney', 'PERSON'],
  ['notamment chez CFM International et Pratt & Whitney, dit-il', 'Whitney', 'PERSON'],
  // Medical acronyms are common nouns; a place and an event noun name a tournament, no entity.
  ['Mon mari a fait un AVC il y a deux ans.', 'AVC', 'ORGANIZATION'],
  ['Un test PCR est exigé.', 'PCR', 'ORGANIZATION'],
  ['Elle fut finaliste de l’US Open en 2021.', 'US Open', 'ORGANIZATION'],
  ['Elle fut finaliste de l’US Open en 2021.', 'US', 'LOCATION'],
  ['Jean-de-Dieu Soro a parlé.', 'Jean-de-Dieu', 'LOCATION'],
  ['un ami de Paris est venu', 'Paris', 'PERSON'],
  ["a assuré l'Association polonaise de l'énergie éolienne (PSEW).", 'polonaise', 'NATIONALITY'],
  ["l'enquête Epstein a révélé", 'Epstein', 'ORGANIZATION'],
  ['Secours : les pompiers sont arrivés.', 'Secours', 'ORGANIZATION'],
  ['la RATP Mardi a dit', 'RATP Mardi', 'ORGANIZATION'],
  ['UE-Chine : un sommet', 'UE-Chine', 'ORGANIZATION'],
  // Only a union has sections: a region and a company, two parties.
  ['Le vol Bruxelles-SNCF a été annulé.', 'Bruxelles-SNCF', 'ORGANIZATION'],
  ['Le duel Renault-SNCF a tourné court.', 'Renault-SNCF', 'ORGANIZATION'],
  ['Le parti d’extrême droite de Santiago Abascul, qui avait quitté le gouvernement, a dit', 'Santiago Abascul', 'ORGANIZATION'],
  ['Paris Saint-Germain a gagné.', 'Paris Saint-Germain', 'PERSON'],
  ['Pierre de la Défense a parlé.', 'Pierre de la Défense', 'PERSON'],
  ['Le recul du produit intérieur brut (PIB) inquiète la Banque mondiale.', 'PIB', 'ORGANIZATION'],
  // A stock index after "indice" is neither the newspaper nor a body.
  ['A la Bourse de Tokyo, l’indice Nikkei a clôturé en baisse.', 'Nikkei', 'ORGANIZATION'],
  ['L’indice boursier Kospi a bondi de 2 %.', 'Kospi', 'ORGANIZATION'],
  ['L’indice Hang Seng a reculé.', 'Hang Seng', 'PERSON'],
  ['selon l’ONG Foro Penal, qui fait état de 700 arrestations', 'ONG Foro Penal', 'ORGANIZATION'],
  // A survey series is no pollster; a shop "de" a town is no firm.
  ['Dans un sondage Eurobaromètre publié en novembre, 68 % des sondés.', 'Eurobaromètre', 'ORGANIZATION'],
  ['Selon le dernier Afrobarometer, la confiance baisse.', 'Afrobarometer', 'ORGANIZATION'],
  ['Le magasin de Kradovo a fermé.', 'Kradovo', 'ORGANIZATION'],
  // A lower-case common noun phrase spelled by its acronym: a thing, here and later.
  ['Le projet de gaz naturel liquéfié (GNL) avance. Le GNL sera exporté.', 'GNL', 'ORGANIZATION'],
  ['Les cultures d’organismes génétiquement modifiés (OGM) reculent.', 'OGM', 'ORGANIZATION'],
  ['Les véhicules à moteur électrique (VME) progressent. Les VME coûtent cher.', 'VME', 'ORGANIZATION'],
];

describe('names of the news', () => {
  it.each(POSITIVE)('%s → %s', (input, surface, expected) => {
    expect(view(input, surface)).toBe(expected);
  });
  it.each(NEGATIVE)('%s: %s is no %s', (input, surface, type) => {
    expect(extractEntities(input).filter((e) => e.text === surface && e.type === type)).toEqual([]);
  });
});
