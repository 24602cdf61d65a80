import { describe, expect, it } from 'vitest';
import { found } from '../test-utils.js';

/**
 * Whole entity output of short sentences, exact spans and types
 * ("TYPE:text@start"), by phenomenon: town councils, embassies, events, demonyms, institutions.
 */
const WHOLE: [string, string, string[]][] = [
  // A town's council named by its town is one organisation, the town not nested.
  ['mairie', 'Sur les quais, la mairie de Lyon a ouvert huit îlots.', ['ORGANIZATION:mairie de Lyon@18']],
  ['mairie', 'La mairie de Nantes a annoncé l’installation d’un écran.', ['ORGANIZATION:mairie de Nantes@3']],
  ['mairie', 'Il s’est rendu à la mairie de Saint-Denis pour voter.', ['ORGANIZATION:mairie de Saint-Denis@20']],
  // … but "une mairie de Bretagne" is any town hall of the region, and a bare "la mairie" names nothing.
  ['mairie', 'Il a visité une mairie de Bretagne.', ['LOCATION:Bretagne@26']],
  ['mairie', 'La mairie a fermé ses portes.', []],
  // A court or a prefecture after an indefinite article is any of the town's: only the town is annotated.
  ['indefinite court', 'Le groupe a saisi vendredi un tribunal de Moscou pour obtenir réparation.', ['DATE:vendredi@18', 'LOCATION:Moscou@42']],
  ['indefinite court', 'Elle a été condamnée par un tribunal de Dacca.', ['LOCATION:Dacca@40']],
  ['indefinite court', 'Le tribunal de Moscou a tranché.', ['ORGANIZATION:tribunal de Moscou@3']],
  ['indefinite court', 'Le tribunal correctionnel de Lorient a condamné un tribunal de Rennes.', ['ORGANIZATION:tribunal correctionnel de Lorient@3', 'LOCATION:Rennes@63']],
  // An airport named in English is the place, unless it acts as its operator (a verb after it, "selon" before it).
  ['airport', 'Aucun vol n’a quitté Brussels Airport ni l’aéroport de Charleroi.', ['LOCATION:Brussels Airport@21', 'LOCATION:Charleroi@55']],
  ['airport', 'Il a atterri à Brussels Airport hier.', ['LOCATION:Brussels Airport@15', 'DATE:hier@32']],
  ['airport', 'Brussels Airport a annulé ses 240 vols.', ['ORGANIZATION:Brussels Airport@0']],
  ['airport', 'Selon Brussels Airport, le trafic reprend.', ['ORGANIZATION:Brussels Airport@6']],
  // The building, not the institution: only the town is annotated.
  ['mairie', 'Les rebelles ont pris le contrôle de la mairie de Mekele.', ['LOCATION:Mekele@50']],
  ['mairie', 'Des manifestants se sont rassemblés devant la mairie de Lyon.', ['LOCATION:Lyon@56']],
  // An embassy and the city of its seat are one organisation, nothing nested (the seed gold's convention).
  ['embassy', 'L’ambassade des États-Unis à Bamako a appelé ses ressortissants au calme.', ['ORGANIZATION:ambassade des États-Unis à Bamako@2']],
  ['embassy', 'Un responsable de l’ambassade de Chine à La Paz a parlé.', ['ORGANIZATION:ambassade de Chine à La Paz@20']],
  ['embassy', 'Le consulat de France à Genève a fermé.', ['ORGANIZATION:consulat de France à Genève@3']],
  // Without its country the head names no one embassy.
  ['embassy', 'L’ambassade à Bamako a fermé.', ['LOCATION:Bamako@14']],
  // Parliaments, parties and media of the dictionary.
  ['dictionary', 'La loi doit encore passer devant le Bundesrat, la chambre des Länder.', ['ORGANIZATION:Bundesrat@36']],
  ['dictionary', 'Le Riksdag a voté la loi.', ['ORGANIZATION:Riksdag@3']],
  ['dictionary', 'Les conservateurs de la CDU-CSU recueillent 25 %.', ['ORGANIZATION:CDU-CSU@24']],
  ['dictionary', 'La CDU/CSU a gagné.', ['ORGANIZATION:CDU/CSU@3']],
  // Capitalised "Verts" is the party (or the club); the colour is written in lower case.
  ['dictionary', 'Les Verts (11 %) et Die Linke (10 %) suivent.', ['ORGANIZATION:Verts@4', 'ORGANIZATION:Die Linke@20']],
  ['dictionary', 'Les espaces verts sont fermés.', []],
  ['dictionary', 'D’après le site spécialisé Transfermarkt, il vaut 30 millions.', ['ORGANIZATION:Transfermarkt@27']],
  ['dictionary', 'Le montant atteint 8 millions, selon La Dernière Heure.', ['ORGANIZATION:La Dernière Heure@37']],
  ['dictionary', 'Selon Het Laatste Nieuws, le club refuse.', ['ORGANIZATION:Het Laatste Nieuws@6']],
  // A year closing an event's name belongs to the event (not an entity), not a DATE; a year after "en" stays a DATE.
  ['event year', 'Il veut jouer avant la Coupe du monde 2026.', []],
  ['event year', 'La France accueillera l’Euro 2028 de football.', ['LOCATION:France@3']],
  ['event year', 'Il veut jouer la Coupe de France 2026.', []],
  ['event year', 'Il jouera avant le Festival de Cannes 2026.', []],
  ['event year', 'Il jouera la Coupe du monde en 2026.', ['DATE:2026@31']],
  ['event year', 'Elle fut finaliste de l’US Open en 2021.', ['DATE:2021@35']],
  ['event year', 'Le Tour de France a commencé le 5 juillet 2025.', ['DATE:5 juillet 2025@32']],
  // A competition kept in English, closed by its event head, is no place; English and Welsh rugby clubs are clubs.
  ['english event', 'Ils iront chez les Northampton Saints en Champions Cup.', ['ORGANIZATION:Northampton Saints@19']],
  ['english event', 'Il a gagné la Davis Cup avec la France.', ['LOCATION:France@32']],
  ['english event', 'Les Toulousains recevront les Gallois des Scarlets le lendemain.', ['NATIONALITY:Toulousains@4', 'NATIONALITY:Gallois@30', 'ORGANIZATION:Scarlets@42', 'DATE:le lendemain@51']],
  ['english event', 'Il est arrivé à Cup hier.', ['LOCATION:Cup@16', 'DATE:hier@20']],
  ['english event', 'Le studio Kivrak Games a licencié.', ['ORGANIZATION:Kivrak Games@10']],
  // A place's name alone in the quotes of a nickname names no place; elsewhere it does.
  ['nickname', 'Les partis de la coalition dite « Arizona » ont signé.', []],
  ['nickname', 'Le gouvernement dit « Vivaldi » est tombé. Il vit en Arizona.', ['LOCATION:Arizona@53']],
  ['nickname', 'L’opération baptisée « Sahel » a commencé au Mali.', ['LOCATION:Mali@45']],
  ['nickname', 'Il a dit « Arizona » puis il est parti.', ['LOCATION:Arizona@11']],
  // Crude benchmarks and competitions are no organisations; leagues that are bodies still are.
  ['not an organisation', 'Le WTI américain cédait 3,1 %.', ['NATIONALITY:américain@7']],
  ['not an organisation', 'Le WTI et le Brent reculent.', []],
  ['not an organisation', 'Aston Villa, qualifié pour la Ligue Europa, a dépensé.', ['ORGANIZATION:Aston Villa@0']],
  ['not an organisation', 'La Ligue des nations a commencé.', []],
  ['not an organisation', 'La Ligue arabe s’est réunie au Caire.', ['ORGANIZATION:Ligue arabe@3', 'LOCATION:Caire@31']],
  ['not an organisation', 'La Ligue de football professionnel a sanctionné Marseille.', ['ORGANIZATION:Ligue de football professionnel@3', 'LOCATION:Marseille@48']],
  // Demonyms of French départements and regions.
  ['regional demonym', 'Il a marqué 11 buts sous le maillot nordiste.', ['NATIONALITY:nordiste@36']],
  ['regional demonym', 'Les Nordistes ont gagné.', ['NATIONALITY:Nordistes@4']],
  ['regional demonym', 'Le public azuréen applaudit.', ['NATIONALITY:azuréen@10']],
  ['regional demonym', 'Les pompiers varois et gardois sont mobilisés.', ['NATIONALITY:varois@13', 'NATIONALITY:gardois@23']],
  // A known first name makes a person whatever the surname looks like (Jara is also a place name).
  ['first name', 'Il a été élu face à Jeannette Jara.', ['PERSON:Jeannette Jara@20']],
  ['first name', 'Jeannette Jara a rapidement reconnu sa défaite.', ['PERSON:Jeannette Jara@0']],
  ['first name', 'Son manager espagnol, Unai Emery, a salué le joueur.', ['NATIONALITY:espagnol@12', 'PERSON:Unai Emery@22']],
  // West African surnames with a glued elided prefix; a capitals headline is no name.
  ['elided surname', 'Selon Koffi N’Guessan, le prix monte.', ['PERSON:Koffi N’Guessan@6']],
  ['elided surname', 'Selon Moussa N\'Diaye, le prix monte.', ['PERSON:Moussa N\'Diaye@6']],
  ['elided surname', 'Le président Macron N\'A PAS parlé.', ['PERSON:Macron@13']],
  // A head capitalised inside its sentence takes a common-noun complement: the capital makes it a name.
  ['capitalised head', 'Selon l’Union des transporteurs routiers du Mali, 120 camions sont bloqués.', ['ORGANIZATION:Union des transporteurs routiers du Mali@8']],
  ['capitalised head', 'Lors de la réunion du Comité de politique monétaire à Dakar.', ['ORGANIZATION:Comité de politique monétaire@22', 'LOCATION:Dakar@54']],
  ['capitalised head', 'Le Conseil du café-cacao a fixé le prix.', ['ORGANIZATION:Conseil du café-cacao@3']],
  ['capitalised head', 'La Fédération des travailleurs pétroliers du Nigeria appelle à la grève.', ['ORGANIZATION:Fédération des travailleurs pétroliers du Nigeria@3']],
  ['capitalised head', 'En Outaouais, le Centre de services scolaire des Portages-de-l’Outaouais a rappelé des élèves.', ['LOCATION:Outaouais@3', 'ORGANIZATION:Centre de services scolaire des Portages-de-l’Outaouais@17']],
  // Opening the sentence the capital proves nothing; in lower case the head names no one body.
  ['capitalised head', 'Union des transporteurs routiers, 120 camions.', []],
  ['capitalised head', 'Le comité de quartier a protesté.', []],
  // The second of a list of motorway numbers; a plane after "et" stays out.
  ['motorway list', 'Des bouchons sur les autoroutes A6 et A7.', ['LOCATION:A6@32', 'LOCATION:A7@38']],
  ['motorway list', 'Entre l’A6 ou A7 et la N7.', ['LOCATION:A6@8', 'LOCATION:A7@14', 'LOCATION:N7@23']],
  ['motorway list', 'Le Boeing et A7 ont volé.', ['ORGANIZATION:Boeing@3']],
  // Rivers of the dictionary.
  ['river', 'Sur les bords du Rhône et de la Saône, rien.', ['LOCATION:Rhône@17', 'LOCATION:Saône@32']],
  ['river', 'La Haute-Saône et la Saône-et-Loire sont touchées.', ['LOCATION:Haute-Saône@3', 'LOCATION:Saône-et-Loire@21']],
];

describe('institutions, events and names by phenomenon', () => {
  it.each(WHOLE)('%s: %s', (_phenomenon, input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});
