/**
 * Entity constructions of French news (AFP, regional, Belgian, Swiss, Quebec and African press), written from
 * the guideline and the benchmarks' annotation choices rather than from a dev set. Names are invented or rare, so
 * that the rules, not the dictionary, are tested. Each row lists every entity but dates, in text order, as
 * "TYPE:surface" or "TYPE:surface=canonical" when the canonical differs.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../index.js';

function view(input: string): string[] {
  return extractEntities(input)
    .filter((e) => e.type !== 'DATE')
    .map((e) => `${e.type}:${e.text}${e.canonical !== e.text ? `=${e.canonical}` : ''}`);
}

const TABLE: [string, string[]][] = [
  // People introduced by a title or a role
  ['Le maire de Plouzévédé, Jean-Baptiste Kerhervé, a démissionné.', ['LOCATION:Plouzévédé', 'PERSON:Jean-Baptiste Kerhervé']],
  ['La juge Aïssatou Diallo a ordonné sa remise en liberté.', ['PERSON:Aïssatou Diallo']],
  ["L'avocat de la famille, Me Romuald Tessonnier, dénonce une enquête bâclée.", ['PERSON:Romuald Tessonnier']],
  ['Le bourgmestre de Schaerbeek, Luc Vanderhaegen, a annoncé sa démission.', ['LOCATION:Schaerbeek', 'PERSON:Luc Vanderhaegen']],
  ['Le conseiller fédéral Urs Bärtschi a présenté le projet.', ['PERSON:Urs Bärtschi']],
  ['Le docteur Kwame Asante-Mensah, épidémiologiste à Accra, reste prudent.', ['PERSON:Kwame Asante-Mensah', 'LOCATION:Accra']],
  ['Selon Fatoumata Bâ, porte-parole du gouvernement malien, la situation est sous contrôle.', ['PERSON:Fatoumata Bâ', 'NATIONALITY:malien']],
  ['Lionel Fourcaud, 47 ans, a été interpellé à son domicile.', ['PERSON:Lionel Fourcaud']],
  ['Le général Mamadou Traoré-Koné a pris la tête de la transition.', ['PERSON:Mamadou Traoré-Koné']],
  ["La procureure Nathalie Ferrandou-Lagarde a requis deux ans de prison.", ['PERSON:Nathalie Ferrandou-Lagarde']],
  ['Le sélectionneur Didier Mbappé-Ngoma a dévoilé sa liste.', ['PERSON:Didier Mbappé-Ngoma']],
  ['La ministre de la Culture, Roselyne Baptistin, était présente.', ['PERSON:Roselyne Baptistin']],
  ["Le député LR Thibault Mérignac a déposé un amendement.", ['ORGANIZATION:LR=Les Républicains', 'PERSON:Thibault Mérignac']],
  ["Le chercheur Olivier Gandrieux, du CNRS, s'inquiète.", ['PERSON:Olivier Gandrieux', 'ORGANIZATION:CNRS=Centre national de la recherche scientifique']],
  // Particles and compound surnames
  ['La commissaire Margarethe von der Hohenau a répondu aux députés.', ['PERSON:Margarethe von der Hohenau']],
  ["L'ancien ministre Dominique de Villecroze s'est exprimé. M. de Villecroze a ajouté qu'il voterait.", ['PERSON:Dominique de Villecroze', 'PERSON:de Villecroze=Dominique de Villecroze']],
  ['Le président mauritanien Mohamed Ould Cheikhna a reçu la délégation.', ['NATIONALITY:mauritanien', 'PERSON:Mohamed Ould Cheikhna']],
  ['Le chef rebelle Abdelkarim ben Slimane a été arrêté.', ['PERSON:Abdelkarim ben Slimane']],
  ["Le porte-parole Abou Moussab al-Tikriti a revendiqué l'attaque.", ['PERSON:Abou Moussab al-Tikriti']],
  ["L'entraîneur écossais Callum MacTavish a signé pour deux saisons.", ['NATIONALITY:écossais', 'PERSON:Callum MacTavish']],
  ["La sénatrice irlandaise Siobhan O'Donaghue a voté contre.", ['NATIONALITY:irlandaise=irlandais', "PERSON:Siobhan O'Donaghue"]],
  ['Le navigateur Yannick Le Goarnic a franchi la ligne. Le Goarnic termine troisième.', ['PERSON:Yannick Le Goarnic', 'PERSON:Le Goarnic=Yannick Le Goarnic']],
  ['La chanteuse Anouk Van den Broeck sera à Namur samedi.', ['PERSON:Anouk Van den Broeck', 'LOCATION:Namur']],
  ["L'opposant Jean-Pierre Mbemba-Lukusa dénonce une fraude. M. Mbemba-Lukusa réclame un recomptage.", ['PERSON:Jean-Pierre Mbemba-Lukusa', 'PERSON:Mbemba-Lukusa=Jean-Pierre Mbemba-Lukusa']],
  ['Hélène Marchetti-Dubreuil dirige le service. Mme Marchetti-Dubreuil a démenti.', ['PERSON:Hélène Marchetti-Dubreuil', 'PERSON:Marchetti-Dubreuil=Hélène Marchetti-Dubreuil']],
  ["Ahmed Ben Khelifa, l'élu local, a porté plainte. Ben Khelifa affirme avoir été menacé.", ['PERSON:Ahmed Ben Khelifa', 'PERSON:Ben Khelifa=Ahmed Ben Khelifa']],
  ["Mariana da Costa Pereira a été élue. Da Costa Pereira promet des réformes.", ['PERSON:Mariana da Costa Pereira', 'PERSON:Da Costa Pereira=Mariana da Costa Pereira']],
  // Asian name order and later mentions
  ['Le ministre chinois Wang Xiaodong a été reçu. M. Wang a plaidé pour le dialogue.', ['NATIONALITY:chinois', 'PERSON:Wang Xiaodong', 'PERSON:Wang=Wang Xiaodong']],
  ['La députée sud-coréenne Park Ji-yeon a été arrêtée. Mme Park nie les faits.', ['NATIONALITY:sud-coréenne=sud-coréen', 'PERSON:Park Ji-yeon', 'PERSON:Park=Park Ji-yeon']],
  ['Le Premier ministre vietnamien Pham Van Thuong est attendu à Paris.', ['NATIONALITY:vietnamien', 'PERSON:Pham Van Thuong', 'LOCATION:Paris']],
  ['Le maire de Sapporo, Tanaka Hiroshi, a démissionné.', ['LOCATION:Sapporo', 'PERSON:Tanaka Hiroshi']],
  // Later surname-only mentions
  ["Solène Kervella a remporté l'épreuve. Kervella devance deux Norvégiennes.", ['PERSON:Solène Kervella', 'PERSON:Kervella=Solène Kervella', 'NATIONALITY:Norvégiennes=norvégien']],
  ["Le juge Pierre-Yves Lascombes a été saisi. Selon M. Lascombes, l'enquête sera longue.", ['PERSON:Pierre-Yves Lascombes', 'PERSON:Lascombes=Pierre-Yves Lascombes']],
  // Organisations by head noun
  ['La société Vendralis a annoncé 200 suppressions de postes.', ['ORGANIZATION:Vendralis']],
  ['Le groupe Maranel a racheté son concurrent.', ['ORGANIZATION:Maranel']],
  ["L'ONG Terre d'Espoir dénonce des violences.", ["ORGANIZATION:Terre d'Espoir"]],
  ['Le cabinet Prévalis a été mandaté par la direction.', ['ORGANIZATION:Prévalis']],
  ["L'association Rivages Propres a porté plainte.", ['ORGANIZATION:Rivages Propres']],
  ['Le syndicat Force paysanne appelle à manifester.', ['ORGANIZATION:Force paysanne']],
  ['Le parti Renouveau citoyen a obtenu douze sièges.', ['ORGANIZATION:Renouveau citoyen']],
  ["L'Agence régionale de santé de Bretagne a déclenché le plan blanc.", ['ORGANIZATION:Agence régionale de santé de Bretagne']],
  ['La Fondation Maurice-Delorme a financé les travaux.', ['ORGANIZATION:Fondation Maurice-Delorme']],
  ["L'Université de Koudougou a suspendu les cours.", ['ORGANIZATION:Université de Koudougou']],
  ['Le tribunal correctionnel de Saint-Brieuc a condamné le prévenu.', ['ORGANIZATION:tribunal correctionnel de Saint-Brieuc']],
  ["La cour d'appel de Douai a confirmé la peine.", ["ORGANIZATION:cour d'appel de Douai"]],
  ['La préfecture du Finistère a pris un arrêté.', ['ORGANIZATION:préfecture du Finistère']],
  ['La mairie de Quimperlé a fermé le pont.', ['ORGANIZATION:mairie de Quimperlé']],
  ['Le ministère burkinabè de la Santé a confirmé trois cas.', ['ORGANIZATION:ministère burkinabè de la Santé']],
  ["L'entreprise Norvalys, basée à Angers, recrute.", ['ORGANIZATION:Norvalys', 'LOCATION:Angers']],
  ['La start-up Kelvora a levé des fonds.', ['ORGANIZATION:Kelvora']],
  ['Le constructeur Trivéo rappelle ses véhicules.', ['ORGANIZATION:Trivéo']],
  // Acronyms
  ['La Confédération des travailleurs du Sahel (CTS) appelle à la grève. La CTS réclame des hausses.', ['ORGANIZATION:Confédération des travailleurs du Sahel', 'ORGANIZATION:CTS=Confédération des travailleurs du Sahel', 'ORGANIZATION:CTS=Confédération des travailleurs du Sahel']],
  ["Le Front républicain pour la démocratie (FRPD) conteste les résultats.", ['ORGANIZATION:Front républicain pour la démocratie', 'ORGANIZATION:FRPD=Front républicain pour la démocratie']],
  ['Le FRPD a dénoncé des fraudes massives.', ['ORGANIZATION:FRPD']],
  // Legal forms
  ['Vendrix SA a publié ses résultats annuels.', ['ORGANIZATION:Vendrix SA']],
  ['Halvorsen Shipping Ltd a été placée en faillite.', ['ORGANIZATION:Halvorsen Shipping Ltd']],
  ['Le fabricant Kessler Maschinenbau GmbH supprime des emplois.', ['ORGANIZATION:Kessler Maschinenbau GmbH']],
  ['La holding Brévalon SAS détient la majorité du capital.', ['ORGANIZATION:Brévalon SAS']],
  // Media
  // Places after locative prepositions
  ['Il habite à Plougastel-Daoulas depuis vingt ans.', ['LOCATION:Plougastel-Daoulas']],
  ["Un accident s'est produit près de Villeneuve-sur-Lot.", ['LOCATION:Villeneuve-sur-Lot']],
  ['Des jihadistes ont attaqué un poste dans la région de Tillabéri.', ['LOCATION:Tillabéri']],
  ['Les combats ont repris au nord de Kidal.', ['LOCATION:Kidal']],
  ["Des éleveurs ont été tués dans l'est du Tchad.", ['LOCATION:Tchad']],
  ['Un loup a été aperçu en Haute-Saône.', ['LOCATION:Haute-Saône']],
  ['La Garonne est sortie de son lit à Marmande.', ['LOCATION:Garonne', 'LOCATION:Marmande']],
  ['Deux alpinistes ont été secourus sur le mont Aiguille.', ['LOCATION:mont Aiguille']],
  ["Le bac reliant l'île de Groix a été annulé.", ['LOCATION:Groix']],
  ['Un incendie a ravagé un immeuble dans le quartier de Belleville.', ['LOCATION:Belleville']],
  ['Le festival aura lieu à Châlons-en-Champagne.', ['LOCATION:Châlons-en-Champagne']],
  ['Le sommet se tiendra à Łódź, en Pologne.', ['LOCATION:Łódź=Lodz', 'LOCATION:Pologne']],
  ['Il a été arrêté à Košice, dans l’est de la Slovaquie.', ['LOCATION:Košice', 'LOCATION:Slovaquie']],
  ['Des affrontements ont eu lieu dans la province du Nord-Kivu.', ['LOCATION:Nord-Kivu']],
  ['Le canton de Vaud a voté la réforme.', ['LOCATION:Vaud']],
  ['Un homme a été tué à Bois-Colombes (Hauts-de-Seine).', ['LOCATION:Bois-Colombes', 'LOCATION:Hauts-de-Seine']],
  ['Le niveau du lac Léman inquiète les pêcheurs.', ['LOCATION:lac Léman']],
  ['Un randonneur a disparu dans le massif de la Chartreuse.', ['LOCATION:Chartreuse']],
  ['Un séisme a frappé la région de Kermanchah, dans l’ouest de l’Iran.', ['LOCATION:Kermanchah', 'LOCATION:Iran']],
  ['Le village de Sainte-Marie-aux-Mines est coupé du monde.', ['LOCATION:Sainte-Marie-aux-Mines']],
  ['Les habitants de Trois-Rivières ont été évacués.', ['LOCATION:Trois-Rivières']],
  ['Le drame s’est produit à Mbour, à 80 km au sud de Dakar.', ['LOCATION:Mbour', 'LOCATION:Dakar']],
  ['Elle est née à Göteborg et vit à São Tomé.', ['LOCATION:Göteborg', 'LOCATION:São Tomé']],
  ['Les secours sont arrivés depuis Ouahigouya.', ['LOCATION:Ouahigouya']],
  // Nationalities and demonyms
  ['Les Ukrainiens ont repris le village.', ['NATIONALITY:Ukrainiens=ukrainien']],
  ['Deux ressortissantes sénégalaises ont été libérées.', ['NATIONALITY:sénégalaises=sénégalais']],
  ['Les autorités burkinabè ont démenti.', ['NATIONALITY:burkinabè=burkinabé']],
  ['Des touristes néo-zélandais ont été blessés.', ['NATIONALITY:néo-zélandais']],
  ['Les Québécois retournent aux urnes.', ['NATIONALITY:Québécois=québécois']],
  ['Une Ivoirienne de 30 ans a été interpellée.', ['NATIONALITY:Ivoirienne=ivoirien']],
  ['Les Malgaches manifestent contre les délestages.', ['NATIONALITY:Malgaches=malgache']],
  // Non-entities
  ['Colère des agriculteurs : Le gouvernement recule.', []],
  ['Le président a quitté la salle sans un mot.', []],
  ['La guerre du Golfe a marqué une génération.', []],
  ['Le Premier ministre s’est exprimé devant les députés.', []],
  ['Santé : Les urgences saturées cet hiver.', []],
  ['Avenir incertain pour la filière laitière.', []],
  ['Selon le directeur, Rien ne justifie cette hausse.', []],
  ['Pour la Préfète, Cette décision est définitive.', []],
  ['Pluie et Vent balaient le littoral.', []],
  ['Le juge a prononcé la relaxe.', []],
  ['Météo : Orages violents attendus.', []],
  // More people, bodies and places
  // Particles, demonym nouns before a name, a sport after a federation, a trade between a firm noun and its name
  ["Interrogée, Mme Kerbrat-Lefèvre n'a pas répondu.", ['PERSON:Kerbrat-Lefèvre']],
  ["Le sénateur Pierre-Henri de Montaigu-Laval a déposé un texte. Pour M. de Montaigu-Laval, c'est urgent.", ['PERSON:Pierre-Henri de Montaigu-Laval', 'PERSON:de Montaigu-Laval=Pierre-Henri de Montaigu-Laval']],
  ["La présidente du tribunal, Catherine Dufay-Rocher, a suspendu l'audience.", ['PERSON:Catherine Dufay-Rocher']],
  ["Le cheikh Abdallah ould Bah a été reçu au palais.", ['PERSON:Abdallah ould Bah']],
  ["Hamid ibn Saïd al-Harthi a été nommé ambassadeur.", ['PERSON:Hamid ibn Saïd al-Harthi']],
  ["Le Néerlandais Joost van Leeuwen a remporté l'étape.", ['NATIONALITY:Néerlandais=néerlandais', 'PERSON:Joost van Leeuwen']],
  ["L'Ivoirien Franck Kessié-Adou a marqué deux buts.", ['NATIONALITY:Ivoirien=ivoirien', 'PERSON:Franck Kessié-Adou']],
  ["La Japonaise Sato Miyuki a battu le record.", ['NATIONALITY:Japonaise=japonais', 'PERSON:Sato Miyuki']],
  ["Le président de la Fédération togolaise de football, Kossi Akpovi, a démissionné.", ['ORGANIZATION:Fédération togolaise de football', 'PERSON:Kossi Akpovi']],
  ["La Société nationale des eaux du Bénin (SONEB) annonce des coupures.", ['ORGANIZATION:Société nationale des eaux du Bénin', 'ORGANIZATION:SONEB=Société nationale des eaux du Bénin']],
  ["Le quartier de Treichville, à Abidjan, a été inondé.", ['LOCATION:Treichville', 'LOCATION:Abidjan']],
  ["Un camion s'est renversé sur l'autoroute A7 près de Montélimar.", ['LOCATION:A7', 'LOCATION:Montélimar']],
  ["Le groupe hôtelier Vellanto a racheté trois établissements.", ['ORGANIZATION:Vellanto']],
  ["Selon l'institut Odoxa-Mentor, 54 % des Français sont inquiets.", ['ORGANIZATION:Odoxa-Mentor', 'NATIONALITY:Français=français']],
  ["Les pompiers du Var sont intervenus.", ['LOCATION:Var']],
  ["Mgr Dieudonné Nzapalainga-Kossi a appelé au calme.", ['PERSON:Dieudonné Nzapalainga-Kossi']],
  // A political label or a territory between the office and its holder or its seat
  ['La maire écologiste de Poitiers, Léonore Moncondier, a réagi.', ['LOCATION:Poitiers', 'PERSON:Léonore Moncondier']],
  ['Le gouverneur de la province du Kasaï, Dieudonné Pieme Tutokot, a été suspendu.', ['LOCATION:Kasaï', 'PERSON:Dieudonné Pieme Tutokot']],
  ['Le maire socialiste de Plouzévédé a démissionné.', ['LOCATION:Plouzévédé']],
  ['La candidate du parti de gauche Libre, au pouvoir, a perdu.', ['ORGANIZATION:Libre']],
  ['Le maire divers droite de Kervignac, Jean Le Goff, a porté plainte.', ['LOCATION:Kervignac', 'PERSON:Jean Le Goff']],
  ["Jean-Michel Aphatie-Larrieu, maire sans étiquette d'Ustaritz, a démissionné.", ['PERSON:Jean-Michel Aphatie-Larrieu', 'LOCATION:Ustaritz']],
  // Parties of African news by their initials
  ['Le PDCI-RDA a désigné son candidat à la présidentielle.', ["ORGANIZATION:PDCI-RDA=Parti démocratique de Côte d'Ivoire"]],
  ['Le RDPC conserve la majorité absolue.', ['ORGANIZATION:RDPC=Rassemblement démocratique du peuple camerounais']],
  // A station named by its capitalised press noun
  ['Radio Kassaï a été suspendue par le régulateur.', ['ORGANIZATION:Radio Kassaï']],
  ['Le discours a été retransmis sur Télé Bandundu.', ['ORGANIZATION:Télé Bandundu']],
  ['La radio locale a cessé d’émettre.', []],
  // A firm's office names the firm, a bishop's see its town
  ['La directrice générale de Kelvora, Anne Martin, a détaillé le plan.', ['ORGANIZATION:Kelvora', 'PERSON:Anne Martin']],
  ['Le patron de Vendralis, Marc Lefloch, a démissionné.', ['ORGANIZATION:Vendralis', 'PERSON:Marc Lefloch']],
  ['La cofondatrice de Nexolia a quitté le groupe.', ['ORGANIZATION:Nexolia']],
  ["L'archevêque de Bangassou a lancé un appel au calme.", ['LOCATION:Bangassou']],
  ['Le fils du fondateur, Marc Lefloch, a repris la société.', ['PERSON:Marc Lefloch']],
  ['Le général Kassoum Ouédraogo a pris la parole.', ['PERSON:Kassoum Ouédraogo']],
  ['Le groupe Maranel Industries a racheté son concurrent.', ['ORGANIZATION:Maranel Industries']],
  ["Le conseil départemental de la Creuse a voté le budget.", ['ORGANIZATION:conseil départemental de la Creuse']],
  ["L'ex-président Jean-Claude Mboumba-Nziengui est rentré d'exil.", ['PERSON:Jean-Claude Mboumba-Nziengui']],
  ['Le maire (LR) de Vannes, David Le Guennec, a réagi.', ['ORGANIZATION:LR=Les Républicains', 'LOCATION:Vannes', 'PERSON:David Le Guennec']],
  ['Le ministre québécois de la Santé, Gaétan Bélanger-Roy, a tranché.', ['NATIONALITY:québécois', 'PERSON:Gaétan Bélanger-Roy']],
  ['Le parquet de Nanterre a ouvert une enquête.', ['ORGANIZATION:parquet de Nanterre']],
  ["L'homme d'affaires Mamadou Lamine Ndiour a été inculpé.", ['PERSON:Mamadou Lamine Ndiour']],
  ['Des pluies torrentielles ont frappé la vallée de la Roya.', ['LOCATION:Roya']],
  ['Le feu a parcouru 300 hectares dans les Cévennes.', ['LOCATION:Cévennes']],
  ["L'attaque a eu lieu à 40 km à l'ouest de Bamako.", ['LOCATION:Bamako']],
  ['Les gendarmes ont été déployés dans la commune de Saint-Laurent-du-Maroni.', ['LOCATION:Saint-Laurent-du-Maroni']],
  ['Le cyclone a touché La Réunion.', ['LOCATION:La Réunion=île de la Réunion']],
  ['Elle relit Les Misérables chaque été.', []],
  ["L'ancienne ministre Ségolène Ravanel-Thiam, aujourd'hui sénatrice, dénonce.", ['PERSON:Ségolène Ravanel-Thiam']],
  ["La Haute autorité pour l'environnement (HAE) a rendu son avis.", ["ORGANIZATION:Haute autorité pour l'environnement", "ORGANIZATION:HAE=Haute autorité pour l'environnement"]],
  ['Le parti Avenir démocratique a boycotté le scrutin.', ['ORGANIZATION:Avenir démocratique']],
  ['Le mouvement Génération citoyenne appelle au boycott.', ['ORGANIZATION:Génération citoyenne']],
  ["L'évêque de Saint-Flour, Mgr Bertrand Ravouzet, a célébré la messe.", ['LOCATION:Saint-Flour', 'PERSON:Bertrand Ravouzet']],
  ['Le PDG de Vendralis, Marc-Antoine Lefloch, a démissionné.', ['ORGANIZATION:Vendralis', 'PERSON:Marc-Antoine Lefloch']],
  ["Interrogé par Radio Oxygène, Patrice Goulamhoussen n'a pas souhaité réagir.", ['ORGANIZATION:Radio Oxygène', 'PERSON:Patrice Goulamhoussen']],
  ["L'UDPS a appelé ses militants au calme.", ['ORGANIZATION:UDPS=Union pour la démocratie et le progrès social']],
  ["Les gendarmes de la brigade de Lamballe ont interpellé le suspect.", ['ORGANIZATION:brigade de Lamballe']],
  ['Il a été conduit au commissariat de Bobigny.', ['ORGANIZATION:commissariat de Bobigny']],
  ['Le directeur général de Tennis Québec, Jean-Marc Bélisle, a réagi.', ['ORGANIZATION:Tennis Québec', 'PERSON:Jean-Marc Bélisle']],
  ['Quantera Inc. a racheté la filiale française.', ['ORGANIZATION:Quantera Inc.', 'NATIONALITY:française=français']],
  ['L’offre vient de Helix Corp. et de ses filiales.', ['ORGANIZATION:Helix Corp.']],
  ["« C'est une victoire », a confié Julien Morvézen au quotidien Le Courrier de l'Ouest.", ['PERSON:Julien Morvézen', "ORGANIZATION:Le Courrier de l'Ouest"]],
  ['Selon le journal La Voix du Nord, la mairie a cédé.', ['ORGANIZATION:La Voix du Nord']],
  ['Le quotidien Le Courrier de Rimouski a titré sur la grève.', ['ORGANIZATION:Le Courrier', 'LOCATION:Rimouski']],
  // An unknown name inverted after a closing quote and a verb of several senses ("estimer", "juger").
  ['« Rien n’est réglé », estime Oyelaran Bakare, de l’Institut Chatham, à Londres.', ['PERSON:Oyelaran Bakare', 'ORGANIZATION:Institut Chatham', 'LOCATION:Londres']],
  ['“Il faut un cadre”, juge Tamsin Blackwood, de l’Arms Control Association.', ['PERSON:Tamsin Blackwood', 'ORGANIZATION:Arms Control Association']],
  // A hyphenated surname whose first half is another person's surname is one name.
  ['Le Premier ministre haïtien, Alix Didier Fils-Aimé, est arrivé. Fils-Aimé a été reçu.', ['NATIONALITY:haïtien', 'PERSON:Alix Didier Fils-Aimé', 'PERSON:Fils-Aimé=Alix Didier Fils-Aimé']],
  // Utilities announced by their noun, names written with an unaccented capital, adjectives joined by "et".
  ['La régie municipale Vantelec a relevé ses tarifs.', ['ORGANIZATION:Vantelec']],
  ["Elle enseigne à l'Ecole supérieure de journalisme.", ["ORGANIZATION:Ecole supérieure de journalisme"]],
  ["Il dirige l'Institut d'études politiques et sociales.", ["ORGANIZATION:Institut d'études politiques et sociales"]],
  ['Les tracteurs ont bloqué le rond-point Montgomery.', ['LOCATION:rond-point Montgomery']],
  // An announcer written as an acronym before a name ending on a place is not part of the name.
  ["Selon Nguyen Thi Lan, directrice de l'ONG Green Hanoi, la pollution a doublé.", ['PERSON:Nguyen Thi Lan', 'ORGANIZATION:Green Hanoi']],
  // More combining forms of compound demonyms; Le Monde's "Hongkong".
  ['Un ressortissant britanno-iranien a été libéré.', ['NATIONALITY:britanno-iranien']],
  ['Les autorités de Hongkong ont arrêté un militant.', ['LOCATION:Hongkong=Hong Kong']],
  // A single unknown name in a title's complement is the body the title serves, not its holder; a relation's is a person.
  ['Le porte-parole de Kelvora a démenti.', []],
  ['Le militant écologiste de Kervignac a été relâché.', []],
  ['Le responsable de Vantelia, Jean Martin, a parlé.', ['PERSON:Jean Martin']],
  ["L'avocat de Bakare a plaidé l'acquittement.", ['PERSON:Bakare']],
  ["Le ministre de l'Intérieur Gérald Darmanin a parlé.", ['PERSON:Gérald Darmanin']],
  // A newspaper named by a common word, after "au" or "du" where the press is spoken of.
  ['« Notre appel a été entendu », a affirmé au Monde Hamid Rezaei.', ['ORGANIZATION:Monde=Le Monde', 'PERSON:Hamid Rezaei']],
  ['Selon un journaliste du Soir, la coalition vacille.', ['ORGANIZATION:Soir=Le Soir']],
  ['La Coupe du Monde de rugby commence vendredi.', []],
  // A club named after a city of the dictionary.
  ['Le Bayern Munich a écrasé le Werder Brême.', ['ORGANIZATION:Bayern Munich', 'ORGANIZATION:Werder Brême']],
  // A Dutch or German particle inside a name after "à" makes it a person, not a place.
  ['Le bourgmestre a cédé son écharpe à Els van Doesburg.', ['PERSON:Els van Doesburg']],
  // Electoral lists and council groups named after their town and a capitalised common word.
  ['Sandrine Malet conduit la liste Vierzon Demain.', ['PERSON:Sandrine Malet', 'ORGANIZATION:Vierzon Demain']],
  ["Le groupe d'opposition Laval Ensemble dénonce une hausse d'impôts.", ['ORGANIZATION:Laval Ensemble']],
  ['Le groupe Renault a vendu ses parts à Lyon.', ['ORGANIZATION:Renault', 'LOCATION:Lyon']],
  // Civil defence bodies.
  ['La Protection civile portugaise a mobilisé 1 200 pompiers.', ['ORGANIZATION:Protection civile', 'NATIONALITY:portugaise=portugais']],
  ['La Sécurité civile a envoyé des renforts à Nîmes.', ['ORGANIZATION:Sécurité civile', 'LOCATION:Nîmes']],
  // Ships are none of the types: neither the person nor the place a ship is named after is mentioned.
  ['Le porte-avions Charles-de-Gaulle a appareillé de Toulon.', ['LOCATION:Toulon']],
  ['Le porte-avions américain Gerald Ford croise au large du Venezuela.', ['NATIONALITY:américain', 'LOCATION:Venezuela']],
  ['Le destroyer USS Gravely a intercepté un missile.', []],
  ['La frégate Provence a escorté le pétrolier Eagle S jusqu’à Brest.', ['LOCATION:Brest']],
  ['Le champ pétrolier de Sangomar a produit 100 000 barils.', ['LOCATION:Sangomar']],
  // A first name the lists lack before a known one: one person, unless a known name or a surname comes first.
  ['« Nous avons tout perdu », raconte Soukeyna Idriss Mahamat, 41 ans.', ['PERSON:Soukeyna Idriss Mahamat']],
  ["L'entretien accordé à France Bleu Serge Dupuis-Martel a été coupé.", ['ORGANIZATION:France Bleu', 'PERSON:Serge Dupuis-Martel']],
  ['La Dre Sophie Tremblay-Gagnon dirige l’étude.', ['PERSON:Sophie Tremblay-Gagnon']],
  // English think tanks, ministries written in lower case, sports grounds, union federations.
  ['Selon Karim Benali, chercheur au Maghreb Policy Forum à Tunis, le dialogue est rompu.', ['PERSON:Karim Benali', 'ORGANIZATION:Maghreb Policy Forum', 'LOCATION:Tunis']],
  ['Le ministère des affaires intérieures et des communications a publié les chiffres.', ['ORGANIZATION:ministère des affaires intérieures et des communications']],
  ['Les travaux du complexe sportif de la Madeleine commenceront en mars.', ['LOCATION:complexe sportif de la Madeleine']],
  ['Les déplacés dorment au gymnase de Kerlouan.', ['LOCATION:Kerlouan']],
  ['La CGT Cheminots et SUD Rail appellent à la grève.', ['ORGANIZATION:CGT Cheminots', 'ORGANIZATION:SUD Rail']],
  ['Une infirmière, déléguée SUD Santé, témoigne.', ['ORGANIZATION:SUD Santé']],
  ["L'Afrique du Sud a voté contre.", ['LOCATION:Afrique du Sud']],
  // Towns by their apposition ("une commune", "la préfecture") and by "les communes voisines de X et de Y".
  ['Le feu est parti près de Vilarinho, une petite commune de 900 habitants.', ['LOCATION:Vilarinho']],
  ['Il gagne les communes voisines de Oleiros et de Vila de Rei.', ['LOCATION:Oleiros', 'LOCATION:Vila de Rei']],
  ['Le maire de la ville de Saint-Lô, Grégoire Doucinet, a parlé.', ['LOCATION:Saint-Lô', 'PERSON:Grégoire Doucinet']],
  ['Il vivait dans sa ferme de La Chapelle-Heulin. Le maire de La Chapelle-Heulin a témoigné.', ['LOCATION:La Chapelle-Heulin', 'LOCATION:La Chapelle-Heulin']],
  ['Dans le quartier de La Boca, les retraités manifestent.', ['LOCATION:La Boca']],
  // A body the text defines with initials the dictionary gives to another: the text's definition holds.
  ['Selon l’Observatoire sahélien des droits humains (OSDH), 200 civils ont été tués. L’OSDH réclame une enquête.', [
    'ORGANIZATION:Observatoire sahélien des droits humains', 'ORGANIZATION:OSDH=Observatoire sahélien des droits humains',
    'ORGANIZATION:OSDH=Observatoire sahélien des droits humains',
  ]],
  ['Selon l’Observatoire syrien des droits humains (OSDH), les frappes continuent.', [
    "ORGANIZATION:Observatoire syrien des droits humains=Observatoire syrien des droits de l'homme", "ORGANIZATION:OSDH=Observatoire syrien des droits de l'homme",
  ]],
  // "l'Assemblée" alone; a body described by its members; bridges and traditional regions; a gendarmerie unit.
  ['Le texte arrive à l’Assemblée mardi.', ['ORGANIZATION:Assemblée=Assemblée nationale']],
  ['Selon l’association européenne des sidérurgistes Eurofer, 18 000 emplois ont disparu.', ['NATIONALITY:européenne=européen', 'ORGANIZATION:Eurofer']],
  ['Le pont de Normandie est resté fermé.', ['LOCATION:pont de Normandie']],
  ['Dans le pays de Caux, les rafales ont soufflé.', ['LOCATION:pays de Caux']],
  ['D’après la section de recherches de Rennes, le suspect a avoué.', ['ORGANIZATION:section de recherches de Rennes']],
  // A country's agency by its field; a given name that is also a known acronym, before a surname.
  ['Selon le département météorologique du Népal, la mousson faiblit.', ['ORGANIZATION:département météorologique du Népal']],
  ['Pour Sana Qureshi, hydrologue à Lahore, la crue était prévisible.', ['PERSON:Sana Qureshi', 'LOCATION:Lahore']],
  ['Selon l’agence Sana, trois soldats ont été tués.', ['ORGANIZATION:Sana=SANA']],
  // Rivers listed after a plural river noun; departments' demonyms; "la République islamique".
  ['Les rivières Ravi et Chenab sont sorties de leur lit.', ['LOCATION:Ravi', 'LOCATION:Chenab']],
  ['Les écoles creusoises et les clubs rhodaniens protestent.', ['NATIONALITY:creusoises=creusois', 'NATIONALITY:rhodaniens=rhodanien']],
  ['La République islamique a rejeté le rapport.', ['LOCATION:République islamique=Iran']],
  ['La Fédération des vignerons indépendants s’inquiète.', ['ORGANIZATION:Fédération des vignerons indépendants']],
  // Common nouns in capitals are no body, even announced or before a place; treaties by their initials are none.
  ['Le réseau TER Hauts-de-France est à l’arrêt. Le TER circule peu.', ['LOCATION:Hauts-de-France']],
  ['Téhéran menace de quitter le TNP.', ['LOCATION:Téhéran']],
  ['On aura des cours doubles du CE2 au CM2.', []],
  ['Le ministère indien des ressources en eau a répondu.', ['ORGANIZATION:ministère indien des ressources en eau']],
  ['Le Centre de coordination pour le traitement des prisonniers de guerre a confirmé l’échange.', ['ORGANIZATION:Centre de coordination pour le traitement des prisonniers de guerre']],
  ['Le débit de la Têt n’est plus que de 0,4 mètre cube par seconde.', ['LOCATION:Têt']],
  ['Le débit de la production a baissé.', []],
  // A compass word alone after its article is a part of the country of the story (a direction after "vent", "pôle").
  ['Les frappes israéliennes se poursuivent dans le Sud.', ['NATIONALITY:israéliennes=israélien', 'LOCATION:Sud']],
  ['Les familles du Nord attendent une aide.', ['LOCATION:Nord']],
  ['Mubadala rachète 49 % de Vantor Terminals, un exploitant de dépôts.', ['ORGANIZATION:Mubadala', 'ORGANIZATION:Vantor Terminals']],
  ['Après la fermeture de la maternité de Plouvorn, les élus protestent.', ['LOCATION:Plouvorn']],
];

/** Constructions still read wrong: each row fails until a rule handles it. */
const GAPS: [string, string[]][] = [
  ["La police de Montréal a arrêté deux suspects.", ['ORGANIZATION:police de Montréal']],
  ['Le club de Lorient a limogé son entraîneur.', ['ORGANIZATION:Lorient']],
  ['La crue du fleuve Sénégal menace Podor.', ['LOCATION:Sénégal', 'LOCATION:Podor']],
  ['Le collectif Nous Toutes Lyon organise une marche.', ['ORGANIZATION:Nous Toutes Lyon']],
];

describe('entity constructions of French news', () => {
  it.each(TABLE)('%s', (input, expected) => {
    expect(view(input)).toEqual(expected);
  });
  it.fails.each(GAPS)('(gap) %s', (input, expected) => {
    expect(view(input)).toEqual(expected);
  });
});
