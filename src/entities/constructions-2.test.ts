/**
 * A second table of entity constructions of French news (AFP, regional, Belgian, Swiss, Quebec and African press),
 * covering constructions the first table (news-constructions.test.ts) does not: organisations with inner
 * "de/du/des" parts, bodies named by their place, parties and unions of several countries, sports clubs, places
 * with an article, streets and quarters, datelines, entities in quotes and at sentence start, and capitalised
 * words that are no entity. Names are invented or rare so that rules, not the dictionary, are tested, except in
 * the group of well-known names any geopolitical dictionary holds. Each row lists every entity but dates, in
 * text order, as "TYPE:surface" or "TYPE:surface=canonical" when the canonical differs. Conventions are the
 * guideline's and the dev sets' (benchmarks/dev23/README.md, "Annotation choices"): titles outside the PERSON
 * span, NATIONALITY canonical the masculine singular in lower case, a body named by its place one span.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../index.js';

function view(input: string): string[] {
  return extractEntities(input)
    .filter((e) => e.type !== 'DATE')
    .map((e) => `${e.type}:${e.text}${e.canonical !== e.text ? `=${e.canonical}` : ''}`);
}

function dates(input: string): string[] {
  return extractEntities(input)
    .filter((e) => e.type === 'DATE')
    .map((e) => `${e.text}=${e.value ?? ''}`);
}

const TABLE: [string, string[]][] = [
  // Organisations whose name holds inner "de/du/des/pour" parts: one span, nothing nested.
  ["La Banque de développement des États de l'Afrique centrale a suspendu ses prêts.", ["ORGANIZATION:Banque de développement des États de l'Afrique centrale"]],
  ['Le Syndicat des eaux du Val-de-Vienne relève ses tarifs.', ['ORGANIZATION:Syndicat des eaux du Val-de-Vienne']],
  ["La Chambre de commerce et d'industrie de Vendée a réuni les chefs d'entreprise.", ["ORGANIZATION:Chambre de commerce et d'industrie de Vendée"]],
  ["L'Union des producteurs de cacao de Soubré dénonce les prix.", ['ORGANIZATION:Union des producteurs de cacao de Soubré']],
  ['Le Conseil supérieur de la magistrature a rendu son avis.', ['ORGANIZATION:Conseil supérieur de la magistrature']],
  ["L'Autorité de régulation des télécommunications du Bénin a infligé une amende.", ['ORGANIZATION:Autorité de régulation des télécommunications du Bénin']],
  ['La Fédération nationale des pêcheurs du Sénégal appelle à la grève.', ['ORGANIZATION:Fédération nationale des pêcheurs du Sénégal']],
  ["Le Centre hospitalier universitaire de Brazzaville manque d'oxygène.", ['ORGANIZATION:Centre hospitalier universitaire de Brazzaville']],
  ['La Caisse régionale de crédit agricole du Morbihan a fermé deux agences.', ['ORGANIZATION:Caisse régionale de crédit agricole du Morbihan']],
  ["Le Comité de soutien aux familles des disparus a manifesté à Bamako.", ['ORGANIZATION:Comité de soutien aux familles des disparus', 'LOCATION:Bamako']],
  ["L'Institut de recherche pour le développement a publié une étude.", ['ORGANIZATION:Institut de recherche pour le développement']],
  ["Le Parti pour la renaissance nationale a déposé un recours.", ['ORGANIZATION:Parti pour la renaissance nationale']],
  // A national body of the dictionary and a region or overseas territory of its own country: its regional branch, one
  // span; a body and its seat abroad are two ("Cour pénale internationale de La Haye").
  ["La Cour pénale internationale de La Haye a statué.", ['ORGANIZATION:Cour pénale internationale', 'LOCATION:La Haye']],
  ["L'Office national des forêts de Guyane a recruté vingt agents.", ['ORGANIZATION:Office national des forêts de Guyane']],
  ["Le Fonds de soutien à l'investissement local a été doublé.", ["ORGANIZATION:Fonds de soutien à l'investissement local"]],
  ["L'Office de lutte contre le terrorisme international a alerté.", ['ORGANIZATION:Office de lutte contre le terrorisme international']],
  ['Le Mouvement pour la paix appelle à manifester.', ['ORGANIZATION:Mouvement pour la paix']],
  // A purpose without its acronym only after a definite article: an indefinite one is the sentence's.
  ['Il a été élu au Parlement pour un mandat de cinq ans.', ['ORGANIZATION:Parlement']],
  ["L'Agence pour l'instant se tait.", []],
  // Acronyms: defined in parentheses (canonical the definition), defined before, bare.
  ["Le Mouvement pour la renaissance du Kivu (MRK) a quitté la coalition. Le MRK dénonce une trahison.", ['ORGANIZATION:Mouvement pour la renaissance du Kivu', 'ORGANIZATION:MRK=Mouvement pour la renaissance du Kivu', 'ORGANIZATION:MRK=Mouvement pour la renaissance du Kivu']],
  ["Selon l'UPKB, les négociations sont rompues.", ['ORGANIZATION:UPKB']],
  ["Le SNPL, principal syndicat de pilotes, maintient son préavis.", ['ORGANIZATION:SNPL']],
  ["La SNCF a annoncé des suppressions de trains.", ['ORGANIZATION:SNCF']],
  ["L'OMS a déclaré l'urgence sanitaire.", ['ORGANIZATION:OMS=Organisation mondiale de la santé']],
  ["Le FMI a accordé un prêt au Ghana.", ['ORGANIZATION:FMI=Fonds monétaire international', 'LOCATION:Ghana']],
  ["Les agents de l'Urssaf ont contrôlé le restaurant.", ['ORGANIZATION:Urssaf']],
  ["Un rapport de l'Insee montre une hausse du chômage.", ['ORGANIZATION:Insee=Institut national de la statistique et des études économiques']],
  ["L'Agence nationale de sécurité alimentaire (ANSA) a rappelé des lots.", ['ORGANIZATION:Agence nationale de sécurité alimentaire', 'ORGANIZATION:ANSA=Agence nationale de sécurité alimentaire']],
  // Bodies named by their place: one span (dev10 "mairie de Nantes", dev23 "préfecture de l'Aveyron").
  ["La mairie de Montbrison a annulé le feu d'artifice.", ['ORGANIZATION:mairie de Montbrison']],
  ["La préfecture de la Haute-Vienne a interdit la manifestation.", ['ORGANIZATION:préfecture de la Haute-Vienne']],
  ["Le parquet de Tarbes a ouvert une information judiciaire.", ['ORGANIZATION:parquet de Tarbes']],
  ["Le tribunal correctionnel de Périgueux a relaxé l'élu.", ['ORGANIZATION:tribunal correctionnel de Périgueux']],
  ["Le tribunal administratif de Grenoble a suspendu l'arrêté.", ['ORGANIZATION:tribunal administratif de Grenoble']],
  ["La cour d'assises de la Gironde a condamné l'accusé à vingt ans.", ["ORGANIZATION:cour d'assises de la Gironde"]],
  ["Le conseil régional de Normandie a voté une aide.", ['ORGANIZATION:conseil régional de Normandie']],
  ["La sous-préfecture de Lannion a été évacuée.", ['ORGANIZATION:sous-préfecture de Lannion']],
  ["Le tribunal de commerce de Roubaix a prononcé la liquidation.", ['ORGANIZATION:tribunal de commerce de Roubaix']],
  ["La mairie d'Étampes a porté plainte.", ["ORGANIZATION:mairie d'Étampes"]],
  // Parties and unions of several countries (real, well known).
  ["Le Parti socialiste a désigné son candidat.", ['ORGANIZATION:Parti socialiste']],
  ["Le Rassemblement national progresse dans les sondages.", ['ORGANIZATION:Rassemblement national']],
  ["La CGT et la CFDT appellent à manifester.", ['ORGANIZATION:CGT=Confédération générale du travail', 'ORGANIZATION:CFDT=Confédération française démocratique du travail']],
  ["Le Parti québécois promet un référendum.", ['ORGANIZATION:Parti québécois']],
  ["L'ANC a perdu sa majorité absolue.", ['ORGANIZATION:ANC=Congrès national africain']],
  ["Le SPD et la CDU négocient une coalition.", ['ORGANIZATION:SPD=Parti social-démocrate d\'Allemagne', 'ORGANIZATION:CDU=Union chrétienne-démocrate']],
  ["Le Parti démocrate a remporté le Sénat.", ['ORGANIZATION:Parti démocrate', 'ORGANIZATION:Sénat']],
  ["Le syndicat FGTB appelle à une grève générale en Belgique.", ['ORGANIZATION:FGTB=Fédération générale du travail de Belgique', 'LOCATION:Belgique']],
  ["L'UDC a lancé une initiative populaire.", ['ORGANIZATION:UDC']],
  // Companies with a legal form or a "Group" word.
  ["Calvenor SAS a été placée en redressement judiciaire.", ['ORGANIZATION:Calvenor SAS']],
  ["Le transporteur Drévalis Group a racheté un concurrent belge.", ['ORGANIZATION:Drévalis Group', 'NATIONALITY:belge']],
  ["La société Ferrandel SA a déposé le bilan.", ['ORGANIZATION:Ferrandel SA']],
  ["Ostrava Holding AG a annoncé une fusion.", ['ORGANIZATION:Ostrava Holding AG']],
  ["Le groupe Keravel Industries a fermé son usine de Lorient.", ['ORGANIZATION:Keravel Industries', 'LOCATION:Lorient']],
  ["Le laboratoire Pharmadis a retiré son médicament.", ['ORGANIZATION:Pharmadis']],
  ["Les salariés de Morvalis SARL sont en grève.", ['ORGANIZATION:Morvalis SARL']],
  // A trade word closes a company's name only after a proper name.
  ['Les Énergies renouvelables progressent.', []],
  // Sports clubs and teams.
  ["Le Stade toulousain a battu le Racing 92.", ['ORGANIZATION:Stade toulousain', 'ORGANIZATION:Racing 92']],
  ["L'Olympique de Marseille a limogé son entraîneur.", ['ORGANIZATION:Olympique de Marseille']],
  ["Le Paris Saint-Germain a été éliminé.", ['ORGANIZATION:Paris Saint-Germain']],
  ["L'AS Saint-Étienne retrouve la Ligue 1.", ['ORGANIZATION:AS Saint-Étienne']],
  ["Le FC Nantes s'est incliné à domicile.", ['ORGANIZATION:FC Nantes']],
  ["Le Standard de Liège a battu le Club Bruges.", ['ORGANIZATION:Standard de Liège', 'ORGANIZATION:Club Bruges']],
  ["Le Stade brestois a obtenu le nul.", ['ORGANIZATION:Stade brestois']],
  ["L'US Quevilly-Rouen a été rétrogradée.", ['ORGANIZATION:US Quevilly-Rouen']],
  ["L'OM a arraché le nul à Lens.", ['ORGANIZATION:OM=Olympique de Marseille', 'LOCATION:Lens']],
  ["Les Diables rouges affronteront la Croatie.", ['ORGANIZATION:Diables rouges=équipe de Belgique de football', 'LOCATION:Croatie']],
  ["Le Canadien de Montréal a perdu contre Boston.", ['ORGANIZATION:Canadien de Montréal', 'LOCATION:Boston']],
  // Places with an article: the article is part of the name at sentence level, out of it after "au/du/des".
  ["Le Havre accueille la Transat cette année.", ['LOCATION:Le Havre']],
  ["Elle est née au Havre.", ['LOCATION:Havre=Le Havre']],
  ["La Rochelle a inauguré son nouveau port.", ['LOCATION:La Rochelle']],
  ["Le maire des Sables-d'Olonne a réagi.", ["LOCATION:Sables-d'Olonne=Les Sables-d'Olonne"]],
  ["Il a grandi à Les Sables-d'Olonne.", ["LOCATION:Les Sables-d'Olonne"]],
  ["Un orage a frappé Le Mans dans la nuit.", ['LOCATION:Le Mans']],
  ["Un colis suspect a été découvert au Caire.", ['LOCATION:Caire=Le Caire']],
  ["La Ciotat a accueilli le festival.", ['LOCATION:La Ciotat']],
  // Regions, rivers, mountains, islands.
  ["La Bretagne et la Normandie sont placées en vigilance orange.", ['LOCATION:Bretagne', 'LOCATION:Normandie']],
  ["La Loire a atteint son niveau le plus bas à Orléans.", ['LOCATION:Loire', 'LOCATION:Orléans']],
  ["Les secours ont été dépêchés dans le massif du Vercors.", ['LOCATION:Vercors']],
  ["Une avalanche a emporté deux skieurs dans les Pyrénées.", ['LOCATION:Pyrénées']],
  ["Le Rhin est sorti de son lit à Strasbourg.", ['LOCATION:Rhin', 'LOCATION:Strasbourg']],
  ["Un ferry a chaviré au large de Lampedusa.", ['LOCATION:Lampedusa']],
  ["La région Occitanie a voté un plan sécheresse.", ['LOCATION:Occitanie']],
  ["Le Sahel est frappé par une sécheresse.", ['LOCATION:Sahel']],
  ["Un berger a été attaqué dans le Mercantour.", ['LOCATION:Mercantour']],
  ["Le lac Kivu borde la ville de Goma.", ['LOCATION:lac Kivu', 'LOCATION:Goma']],
  ["Une crue a inondé Saint-Denis (Seine-Saint-Denis).", ['LOCATION:Saint-Denis', 'LOCATION:Seine-Saint-Denis']],
  ["Un cargo a sombré dans l'océan Indien.", ['LOCATION:océan Indien']],
  ["Des migrants ont été secourus en Méditerranée.", ['LOCATION:Méditerranée']],
  // Streets, squares, quarters: the head noun is inside the span; the quarter's name alone.
  ["Un incendie s'est déclaré rue Lamartine à Chambéry.", ['LOCATION:rue Lamartine', 'LOCATION:Chambéry']],
  ["Les manifestants se sont réunis place de la Bastille.", ['LOCATION:place de la Bastille']],
  ["Un homme a été poignardé boulevard Voltaire.", ['LOCATION:boulevard Voltaire']],
  ["Le cortège a remonté l'avenue Habib-Bourguiba à Tunis.", ['LOCATION:avenue Habib-Bourguiba', 'LOCATION:Tunis']],
  ["Les commerçants du quartier de Bel-Air sont inquiets.", ['LOCATION:Bel-Air']],
  ["Les policiers ont évacué un campement dans le quartier de la Goutte-d'Or.", ["LOCATION:Goutte-d'Or"]],
  ["Un immeuble s'est effondré rue d'Aubagne, à Marseille.", ["LOCATION:rue d'Aubagne", 'LOCATION:Marseille']],
  // A street of a town, with an indefinite article, is not named after it.
  ['Il a été abattu dans une rue de Kiev.', ['LOCATION:Kiev']],
  // Compound place names with hyphens.
  ["Un accident a eu lieu à Saint-Rémy-de-Provence.", ['LOCATION:Saint-Rémy-de-Provence']],
  ["Les habitants de Boulogne-sur-Mer ont manifesté.", ['LOCATION:Boulogne-sur-Mer']],
  ["L'usine de Pont-à-Mousson va fermer.", ['LOCATION:Pont-à-Mousson']],
  ["Une crue a touché Aix-les-Bains et Chambéry.", ['LOCATION:Aix-les-Bains', 'LOCATION:Chambéry']],
  ["Il vit à Plessis-Robinson-le-Vieux depuis dix ans.", ['LOCATION:Plessis-Robinson-le-Vieux']],
  ["Les pompiers de Saint-Jean-de-Luz sont intervenus.", ['LOCATION:Saint-Jean-de-Luz']],
  // Foreign names with particles, double surnames, Asian order.
  ["L'ancien président José Luis Herrera Montoya a été inculpé.", ['PERSON:José Luis Herrera Montoya']],
  ["La juge María del Carmen Ruiz Ocaña a ouvert une enquête.", ['PERSON:María del Carmen Ruiz Ocaña']],
  ["Le footballeur Luuk de Graaf a signé à Lyon.", ['PERSON:Luuk de Graaf', 'LOCATION:Lyon']],
  ["L'entrepreneur João dos Santos Ferreira a été arrêté à Luanda.", ['PERSON:João dos Santos Ferreira', 'LOCATION:Luanda']],
  ["Le ministre Abdel Rahman al-Mansouri est arrivé à Doha.", ['PERSON:Abdel Rahman al-Mansouri', 'LOCATION:Doha']],
  ["Le prince Faisal bin Khalid a reçu la délégation.", ['PERSON:Faisal bin Khalid']],
  ["L'écrivain Nguyen Van Long a reçu le prix.", ['PERSON:Nguyen Van Long']],
  ["La patineuse Kim Soo-ah a remporté l'or. Kim a fondu en larmes.", ['PERSON:Kim Soo-ah', 'PERSON:Kim=Kim Soo-ah']],
  ["Le chercheur Pieter van der Meulen a dirigé l'étude.", ['PERSON:Pieter van der Meulen']],
  ["Le militant Hassan Ould Mohamed Lemine a été libéré.", ['PERSON:Hassan Ould Mohamed Lemine']],
  // Women's titles and later mentions by title + surname or surname alone (canonical the full name).
  ["La ministre Clémence Aubertin-Vayssade a annoncé sa démission. Mme Aubertin-Vayssade sera remplacée.", ['PERSON:Clémence Aubertin-Vayssade', 'PERSON:Aubertin-Vayssade=Clémence Aubertin-Vayssade']],
  ["La préfète Isabelle Trémouillac a pris un arrêté.", ['PERSON:Isabelle Trémouillac']],
  ["La bâtonnière Sophie Lagrevol-Mias a dénoncé l'audience.", ['PERSON:Sophie Lagrevol-Mias']],
  ["Mme Odile Rambaldi, maire de Menton-Garavan, a porté plainte.", ['PERSON:Odile Rambaldi', 'LOCATION:Menton-Garavan']],
  ["L'attaquant Yanis Berkhadem a marqué deux fois. Berkhadem a été élu homme du match.", ['PERSON:Yanis Berkhadem', 'PERSON:Berkhadem=Yanis Berkhadem']],
  ["Le docteur Armand Quéméneur a été entendu. Le docteur Quéméneur a nié.", ['PERSON:Armand Quéméneur', 'PERSON:Quéméneur=Armand Quéméneur']],
  ["La présidente de la région, Carole Delmonte, a répondu. Selon Mme Delmonte, le budget est tenu.", ['PERSON:Carole Delmonte', 'PERSON:Delmonte=Carole Delmonte']],
  ["Me Valentin Escoffier-Brun défend l'accusé. Me Escoffier-Brun a plaidé la relaxe.", ['PERSON:Valentin Escoffier-Brun', 'PERSON:Escoffier-Brun=Valentin Escoffier-Brun']],
  ["La sénatrice Anne-Laure Ghesquière s'oppose au texte. Pour Ghesquière, il est inutile.", ['PERSON:Anne-Laure Ghesquière', 'PERSON:Ghesquière=Anne-Laure Ghesquière']],
  ["La reine Mathilde a visité Bastogne.", ['PERSON:Mathilde', 'LOCATION:Bastogne']],
  // Nationalities: adjectives in every gender and number, nouns with a capital, compounds.
  ["Deux touristes allemandes ont été secourues.", ['NATIONALITY:allemandes=allemand']],
  ["Les pêcheurs bretons bloquent le port.", ['NATIONALITY:bretons=breton']],
  ["Le sommet franco-allemand est reporté.", ['NATIONALITY:franco-allemand']],
  ["Les Belges votent dimanche.", ['NATIONALITY:Belges=belge']],
  ["Une Camerounaise a été élue miss.", ['NATIONALITY:Camerounaise=camerounais']],
  // The armed forces of a country are an ORGANIZATION even in lower case (gold: "forces armées philippines").
  ["Les forces armées maliennes ont repris la ville.", ['ORGANIZATION:forces armées maliennes']],
  ["Le gouvernement sénégalais a démenti.", ['NATIONALITY:sénégalais']],
  ["Les Congolais de Kinshasa ont manifesté.", ['NATIONALITY:Congolais=congolais', 'LOCATION:Kinshasa']],
  ["Une entreprise suisse rachète le site.", ['NATIONALITY:suisse']],
  ["Un accord algéro-marocain reste improbable.", ['NATIONALITY:algéro-marocain']],
  ["Les Marseillais ont accueilli la flamme.", ['NATIONALITY:Marseillais=marseillais']],
  ["Trois soldats ukrainiens et un Russe ont été tués.", ['NATIONALITY:ukrainiens=ukrainien', 'NATIONALITY:Russe=russe']],
  ["La diaspora haïtienne s'inquiète.", ['NATIONALITY:haïtienne=haïtien']],
  ["Deux ressortissants nord-coréens ont été expulsés.", ['NATIONALITY:nord-coréens=nord-coréen']],
  ["Les Ukrainiennes réfugiées ont été accueillies.", ['NATIONALITY:Ukrainiennes=ukrainien']],
  ["Un partenariat franco-britannique a été signé.", ['NATIONALITY:franco-britannique']],
  // Entities inside quotes.
  ["« Nous irons jusqu'à Bruxelles », a lancé Marie Goasdoué.", ['LOCATION:Bruxelles', 'PERSON:Marie Goasdoué']],
  ["Il a qualifié l'attaque de « crime contre le peuple ivoirien ».", ['NATIONALITY:ivoirien']],
  ["« Le Maroc est prêt », a assuré le ministre.", ['LOCATION:Maroc']],
  ["Selon lui, « la Banque mondiale doit agir ».", ['ORGANIZATION:Banque mondiale']],
  ["« Kervenec Énergies ne paiera pas », a déclaré son avocat.", ['ORGANIZATION:Kervenec Énergies']],
  // Sentence start, headlines, datelines.
  ["KIEV (AFP) - Les frappes russes se sont intensifiées.", ['LOCATION:KIEV=Kiev', 'ORGANIZATION:AFP=Agence France-Presse', 'NATIONALITY:russes=russe']],
  ["Brest, le 3 mars - Le port a rouvert.", ['LOCATION:Brest']],
  ["DAKAR (AFP) - Le Sénégal a rouvert ses frontières.", ['LOCATION:DAKAR=Dakar', 'ORGANIZATION:AFP=Agence France-Presse', 'LOCATION:Sénégal']],
  ["Bruxelles (Belga) – Le gouvernement fédéral a trouvé un accord.", ['LOCATION:Bruxelles', 'ORGANIZATION:Belga']],
  ["Genève, 12 avril (ATS) – La votation a été validée.", ['LOCATION:Genève', 'ORGANIZATION:ATS=Keystone-ATS']],
  ["Ouagadougou : la capitale privée d'électricité", ['LOCATION:Ouagadougou']],
  // Well-known public names, institutions, countries and capitals any geopolitical dictionary holds.
  ["Emmanuel Macron a reçu Olaf Scholz à l'Élysée.", ['PERSON:Emmanuel Macron', 'PERSON:Olaf Scholz', 'ORGANIZATION:Élysée']],
  ["Le président Volodymyr Zelensky s'est rendu à Washington.", ['PERSON:Volodymyr Zelensky', 'LOCATION:Washington']],
  ["Le chancelier allemand a rencontré Giorgia Meloni à Rome.", ['NATIONALITY:allemand', 'PERSON:Giorgia Meloni', 'LOCATION:Rome']],
  ["Le Parlement européen a adopté le texte à Strasbourg.", ['ORGANIZATION:Parlement européen', 'LOCATION:Strasbourg']],
  ["La Commission européenne a infligé une amende à Google.", ['ORGANIZATION:Commission européenne', 'ORGANIZATION:Google']],
  // Acronyms of the dictionary take its canonical (the guideline's "Otan → OTAN" is only an example of a fuller name).
  ["L'Otan a renforcé sa présence en Lituanie et en Estonie.", ["ORGANIZATION:Otan=Organisation du traité de l'Atlantique nord", 'LOCATION:Lituanie', 'LOCATION:Estonie']],
  ["Le Conseil de sécurité de l'ONU se réunira à New York.", ["ORGANIZATION:Conseil de sécurité de l'ONU=Conseil de sécurité des Nations unies", 'LOCATION:New York']],
  ["Le Premier ministre indien Narendra Modi est arrivé à Pékin.", ['NATIONALITY:indien', 'PERSON:Narendra Modi', 'LOCATION:Pékin']],
  ["Des délégations du Mali, du Niger et du Burkina Faso se sont réunies à Niamey.", ['LOCATION:Mali', 'LOCATION:Niger', 'LOCATION:Burkina Faso', 'LOCATION:Niamey']],
  ["La Banque centrale européenne a relevé ses taux à Francfort.", ['ORGANIZATION:Banque centrale européenne', 'LOCATION:Francfort']],
  ["Vladimir Poutine et Xi Jinping se sont entretenus à Moscou.", ['PERSON:Vladimir Poutine', 'PERSON:Xi Jinping', 'LOCATION:Moscou']],
  ["L'Assemblée nationale a rejeté la motion de censure.", ['ORGANIZATION:Assemblée nationale']],
  ["Le Conseil constitutionnel a censuré l'article.", ['ORGANIZATION:Conseil constitutionnel']],
  ["L'Arabie saoudite et les Émirats arabes unis ont rompu avec le Qatar.", ['LOCATION:Arabie saoudite', 'LOCATION:Émirats arabes unis', 'LOCATION:Qatar']],
  ["Ottawa et Mexico ont signé un accord commercial.", ['LOCATION:Ottawa', 'LOCATION:Mexico']],
  ["La Cour pénale internationale siège à La Haye.", ['ORGANIZATION:Cour pénale internationale', 'LOCATION:La Haye']],
  ["La Sûreté du Québec a ouvert une enquête.", ['ORGANIZATION:Sûreté du Québec']],
  ["La Cédéao a levé les sanctions contre la Guinée.", ["ORGANIZATION:Cédéao=Communauté économique des États de l'Afrique de l'Ouest", 'LOCATION:Guinée']],
  ["Le Conseil fédéral a adopté le message.", ['ORGANIZATION:Conseil fédéral']],
  // Negatives: capitalised words that are no entity.
  ["Cette décision a surpris les élus.", []],
  ["Inondations : les sinistrés attendent les aides.", []],
  ["Il a lu « Le Petit Prince » à ses enfants.", []],
  ["L'Etat a promis une aide d'urgence.", []],
  ["L'État doit verser 3 millions d'euros.", []],
  ["Le vent du Nord a soufflé toute la nuit.", []],
  ["Mars a été le mois le plus chaud.", []],
  ["Ensemble, les riverains ont nettoyé la plage.", []],
  ["Grève : Les contrôleurs reconduisent le mouvement.", []],
  ["Le film Les Enfants du Soleil sort mercredi.", []],
  ["Le gouvernement a présenté le projet de loi de finances.", []],
  ["La Toussaint approche et les cimetières se remplissent.", []],
  ["La Justice a tranché en faveur des riverains.", []],
  ["Le Premier ministre et la ministre de la Santé ont visité l'hôpital.", []],
  ["Chaque Noël, la mairie illumine les rues.", []],
  ["Attention : Les routes seront glissantes.", []],
  ["Le ministère a reconnu une erreur.", []],
  ["Le Ramadan commence mercredi.", []],
  ["La Covid-19 a fait trois morts dans l'Ehpad.", []],
  ["Le Président a convoqué un Conseil des ministres.", []],
  // Research bodies by their subject ("sur"), a domain's relational adjective, universities by adjective and town.
  ["L'Institut de recherche sur la défense nationale et la sécurité de Taipei a publié une note.", ['ORGANIZATION:Institut de recherche sur la défense nationale et la sécurité', 'LOCATION:Taipei']],
  ["Selon l'Observatoire congolais des ressources naturelles, le contrat reste opaque.", ['ORGANIZATION:Observatoire congolais des ressources naturelles']],
  ["Elle enseigne à l'Université libre de Berlin et à l'Université nationale autonome du Mexique.", ['ORGANIZATION:Université libre de Berlin', 'ORGANIZATION:Université nationale autonome du Mexique']],
  // National societies of the Red Cross and Red Crescent take their demonym; a language is no nationality.
  ["Le Croissant-Rouge égyptien et la Croix-Rouge française ont envoyé des camions.", ['ORGANIZATION:Croissant-Rouge égyptien', 'ORGANIZATION:Croix-Rouge française']],
  ["Le PAM, WFP selon son sigle anglais, publie son rapport en anglais et en arabe.", ['ORGANIZATION:PAM=Programme alimentaire mondial', 'ORGANIZATION:WFP=Programme alimentaire mondial']],
  // Military commands of the dictionary.
  ["Le commandement du théâtre oriental et le Centcom ont communiqué.", ["ORGANIZATION:commandement du théâtre oriental=commandement du théâtre oriental de l'Armée populaire de libération", 'ORGANIZATION:Centcom=Commandement central des États-Unis']],
  // Roads by their letters and number; "RN" before a number is no party, "M6" after a channel no road.
  ["Il roulait sur la D 6015, près de Gaillon, puis les RN 7 et RN 85 ont été coupées.", ['LOCATION:D 6015', 'LOCATION:Gaillon', 'LOCATION:RN 7', 'LOCATION:RN 85']],
  ['TF1 et M6 ont diffusé le débat.', ['ORGANIZATION:TF1', 'ORGANIZATION:M6']],
  // A plant by its firm's name is the firm; "l'usine de X" names the town.
  ["L'usine Vosgeplast va fermer, comme l'usine de Flins.", ['ORGANIZATION:Vosgeplast', 'LOCATION:Flins']],
  // A mine by its name is a place, as a field is.
  ['Le contrat de la mine de Kalemba et celui de la mine de Tenke Fungurume seront revus.', ['LOCATION:Kalemba', 'LOCATION:Tenke Fungurume']],
  // Nancy, a préfecture, is a town; before a surname it still opens a person.
  ["Il s'entraîne à Nancy depuis l'âge de 15 ans, comme Nancy Huston écrit à Paris.", ['LOCATION:Nancy', 'PERSON:Nancy Huston', 'LOCATION:Paris']],
  // Influenza subtypes are no acronyms of bodies.
  ["L'épidémie reste dominée par le virus A(H3N2) et la grippe aviaire H5N1.", []],
  // A compound town name, hyphens around a lower-case link, is a place even opening a headline.
  ["Raon-l'Étape : l'usine va fermer, comme à Bourg-lès-Valence et à Saint-Martin-d'Hères.", ["LOCATION:Raon-l'Étape", 'LOCATION:Bourg-lès-Valence', "LOCATION:Saint-Martin-d'Hères"]],
  // A river's feature with an article names the river alone; without one, the feature's own name.
  ['Le delta de la Kaveri et la vallée du Gier ont été inondés, comme la vallée de Ferghana.', ['LOCATION:Kaveri', 'LOCATION:Gier', 'LOCATION:vallée de Ferghana']],
  // A person by the initial of the given name, in apposition or after "selon".
  ['Le ministre de la Gestion des catastrophes, K. Senthilvel, a réclamé une aide, selon J. R. Martin.', ['PERSON:K. Senthilvel', 'PERSON:J. R. Martin']],
  ['Il a choisi le plan B. Les élus ont voté.', []],
  // A lone first name before ", où" is a place; Austin is a town of the dictionary.
  ['Léon Marchand a suivi les courses depuis Austin, où il s’entraîne.', ['PERSON:Léon Marchand', 'LOCATION:Austin']],
  // Clubs named "Cercle"; responses to disasters after their domain; British and American bodies of the dictionary.
  ['Léa Martin, du Cercle des nageurs de Marseille, rejoint la Force nationale de réponse aux catastrophes.', ['PERSON:Léa Martin', 'ORGANIZATION:Cercle des nageurs de Marseille', 'ORGANIZATION:Force nationale de réponse aux catastrophes']],
  ['Selon le Times, le Home Office et le bureau du représentant américain au commerce (USTR) discutent.', ['ORGANIZATION:Times=The Times', 'ORGANIZATION:Home Office', 'ORGANIZATION:bureau du représentant américain au commerce=Bureau du représentant américain au commerce', 'ORGANIZATION:USTR=Bureau du représentant américain au commerce']],
];

/** Dates of these constructions: surface and value. */
const DATES: [string, string[]][] = [
  ['Brest, le 3 mars 2025 - Le port a rouvert.', ['3 mars 2025=2025-03-03']],
  ['Le scrutin aura lieu en novembre 2026.', ['novembre 2026=2026-11']],
  ['Le procès s’ouvrira le 12 janvier 2027 à Rennes.', ['12 janvier 2027=2027-01-12']],
  // A time right after its weekday; a year between two others of a list.
  ['Depuis mercredi 5 heures, les vitesses sont abaissées.', ['mercredi 5 heures=']],
  ['Son sacre succède à ceux de 2020, 2021, 2023 et 2024.', ['2020=2020', '2021=2021', '2023=2023', '2024=2024']],
];

/** Constructions still read wrong: each row fails until a rule handles it. */
const GAPS: [string, string[]][] = [
  // (gap) A lone unknown name with no first name, title, particle or quotation cue is left out, even as the subject of
  // a verb of a person ("Kerbrat-Lefèvre a démissionné", "Selon Moncondier, …" give nothing either): reading it would
  // need a list of verbs whose subject can only be a person (a town may be "élue", a firm "condamnée"), which the
  // pipeline lacks.
  ["Kerbrat-Lefèvre démissionne : la majorité fragilisée à Quimper", ['PERSON:Kerbrat-Lefèvre', 'LOCATION:Quimper']],
  ["Moncondier réélue à la tête de la région", ['PERSON:Moncondier']],
];

describe('entity constructions of French news, second table', () => {
  it.each(TABLE)('%s', (input, expected) => {
    expect(view(input)).toEqual(expected);
  });
  it.each(DATES)('(date) %s', (input, expected) => {
    expect(dates(input)).toEqual(expected);
  });
  if (GAPS.length > 0) {
    it.fails.each(GAPS)('(gap) %s', (input, expected) => {
      expect(view(input)).toEqual(expected);
    });
  }
});
