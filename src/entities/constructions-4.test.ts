/**
 * A fourth table of entity constructions of French news, for the names the tuning text rarely shows: economy (firms
 * with their legal form, subsidiaries, banks, funds, rating agencies, stock exchanges, start-ups with odd casing),
 * sports (clubs, national teams by nickname, federations, leagues; competitions no entity), culture (museums,
 * theatres, publishers, bands; festivals, prizes and works no entity), European politics (EU bodies, member states'
 * parties, the Parliament's groups) and the precision of NATIONALITY: demonyms inside an organisation's name (none),
 * languages (none), "occidental" / "européen" / "africain", city demonyms, compound demonyms, demonym nouns. Real names
 * are the kind any dictionary holds; invented firms, clubs and publishers test the rules. Each row lists every entity
 * but dates, in text order, as "TYPE:surface" or "TYPE:surface=canonical" when the canonical differs. Conventions are
 * the guideline's and the dev sets' (benchmarks/dev27/README.md, "Annotation choices").
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../index.js';

function view(input: string): string[] {
  return extractEntities(input)
    .filter((e) => e.type !== 'DATE')
    .map((e) => `${e.type}:${e.text}${e.canonical !== e.text ? `=${e.canonical}` : ''}`);
}

const TABLE: [string, string[]][] = [
  // Economy. A firm's legal form belongs to its name (SA, SAS, AG, GmbH, Ltd, Inc., Holding); the announcing noun
  // ("le groupe", "la société", "l'équipementier", "le fonds") stays outside; invented names test the rules.
  ['Le groupe Valmorel SA a annoncé la fermeture de son usine de Cholet.', ['ORGANIZATION:Valmorel SA', 'LOCATION:Cholet']],
  ['La société Brenac SAS a été placée en redressement judiciaire.', ['ORGANIZATION:Brenac SAS']],
  ['Kessler AG a racheté un fabricant de pompes à chaleur.', ['ORGANIZATION:Kessler AG']],
  ['L\'équipementier Hoffmann & Lenz GmbH supprime 300 postes.', ['ORGANIZATION:Hoffmann & Lenz GmbH']],
  ['Le fonds britannique Ashford Capital Ltd a pris 5 % du capital.', ['NATIONALITY:britannique', 'ORGANIZATION:Ashford Capital Ltd']],
  ['Norvane Inc. a levé 40 millions de dollars.', ['ORGANIZATION:Norvane Inc.']],
  ['Siemens Energy AG a relevé ses objectifs.', ['ORGANIZATION:Siemens Energy AG']],
  ['Tarvex Holding contrôle désormais 60 % de la société.', ['ORGANIZATION:Tarvex Holding']],
  ['Le conseil d\'administration de Lormac Industries a rejeté l\'offre.', ['ORGANIZATION:Lormac Industries']],
  // A subsidiary named before its apposition "filiale de/du groupe Y": both firms.
  ['Sodilec, filiale de Brenac SAS, emploie 800 salariés.', ['ORGANIZATION:Sodilec', 'ORGANIZATION:Brenac SAS']],
  ['Verlane Biotech, filiale du groupe Doravia, a été cédée.', ['ORGANIZATION:Verlane Biotech', 'ORGANIZATION:Doravia']],
  ['La banque Varennes & Cie a été sanctionnée par l\'ACPR.', ['ORGANIZATION:Varennes & Cie', 'ORGANIZATION:ACPR']],
  ['Le fonds d\'investissement Kerlan Capital est entré au capital de la start-up.', ['ORGANIZATION:Kerlan Capital']],
  ['Le fonds souverain norvégien a vendu ses parts.', ['NATIONALITY:norvégien']],
  // Rating agencies and stock exchanges: "Bourse de X" one span, the city not nested (dev27's "Bourse de Taipei").
  // The indices (CAC 40) are no entity; "Wall Street" is a LOCATION as in the dictionary.
  ['Moody\'s a dégradé la note de la France.', ['ORGANIZATION:Moody\'s', 'LOCATION:France']],
  ['L\'agence Fitch Ratings a maintenu la note de l\'Italie.', ['ORGANIZATION:Fitch Ratings', 'LOCATION:Italie']],
  ['S&P Global a relevé la perspective de l\'Espagne.', ['ORGANIZATION:S&P Global', 'LOCATION:Espagne']],
  ['La Bourse de Paris a clôturé en hausse de 1,2 %.', ['ORGANIZATION:Bourse de Paris']],
  ['Le CAC 40 a reculé à la Bourse de Paris.', ['ORGANIZATION:Bourse de Paris']],
  ['La Bourse de Francfort a fini en baisse.', ['ORGANIZATION:Bourse de Francfort']],
  ['La Bourse de Milan a chuté de 2 %.', ['ORGANIZATION:Bourse de Milan']],
  ['Le Nasdaq a atteint un record à Wall Street.', ['ORGANIZATION:Nasdaq', 'LOCATION:Wall Street']],
  ['L\'action Stellantis a chuté sur Euronext.', ['ORGANIZATION:Stellantis', 'ORGANIZATION:Euronext']],
  // Start-ups with odd casing, named after "la start-up", "la jeune pousse", "la néobanque", "l'assureur".
  ['BlaBlaCar a lancé une offre de bus en Espagne.', ['ORGANIZATION:BlaBlaCar', 'LOCATION:Espagne']],
  ['La néobanque Qonto et l\'assureur Alan ont recruté 200 personnes.', ['ORGANIZATION:Qonto', 'ORGANIZATION:Alan']],
  ['La licorne française Mistral AI a signé avec Microsoft.', ['NATIONALITY:française=français', 'ORGANIZATION:Mistral AI', 'ORGANIZATION:Microsoft']],
  ['L\'assureur Axa a cédé sa filiale belge.', ['ORGANIZATION:Axa=AXA', 'NATIONALITY:belge']],
  // Banks, funds and the big groups the dictionary holds; their demonym adjective outside the name is NATIONALITY
  // ("le constructeur allemand Volkswagen", "le français Alstom": an adjective made noun before a firm).
  ['La BCE a maintenu ses taux directeurs.', ['ORGANIZATION:BCE=Banque centrale européenne']],
  ['La Banque centrale européenne a relevé ses taux.', ['ORGANIZATION:Banque centrale européenne']],
  ['Christine Lagarde, présidente de la BCE, a mis en garde contre l\'inflation.', ['PERSON:Christine Lagarde', 'ORGANIZATION:BCE=Banque centrale européenne']],
  ['La Bundesbank s\'inquiète de la récession allemande.', ['ORGANIZATION:Bundesbank', 'NATIONALITY:allemande=allemand']],
  ['La Banque de France prévoit une croissance de 0,8 %.', ['ORGANIZATION:Banque de France']],
  ['Le FMI a revu à la baisse sa prévision pour la zone euro.', ['ORGANIZATION:FMI=Fonds monétaire international', 'LOCATION:zone euro']],
  ['La Banque mondiale a suspendu ses versements.', ['ORGANIZATION:Banque mondiale']],
  ['TotalEnergies a signé un contrat gazier avec le Qatar.', ['ORGANIZATION:TotalEnergies', 'LOCATION:Qatar']],
  ['Le groupe LVMH a publié des ventes en recul.', ['ORGANIZATION:LVMH']],
  ['Le constructeur allemand Volkswagen a annoncé des fermetures d\'usines.', ['NATIONALITY:allemand', 'ORGANIZATION:Volkswagen']],
  ['Le sidérurgiste ArcelorMittal ferme deux hauts-fourneaux à Dunkerque.', ['ORGANIZATION:ArcelorMittal', 'LOCATION:Dunkerque']],
  ['Renault et Nissan ont revu leur alliance.', ['ORGANIZATION:Renault', 'ORGANIZATION:Nissan']],
  ['Le français Alstom et l\'allemand Siemens ont fusionné leurs activités.', ['NATIONALITY:français', 'ORGANIZATION:Alstom', 'NATIONALITY:allemand', 'ORGANIZATION:Siemens']],
  ['Airbus a livré 60 avions en novembre.', ['ORGANIZATION:Airbus']],
  ['Deutsche Bank a annoncé un plan d\'économies.', ['ORGANIZATION:Deutsche Bank']],
  ['BNP Paribas a racheté la filiale d\'Axa.', ['ORGANIZATION:BNP Paribas', 'ORGANIZATION:Axa=AXA']],
  ['Le groupe Carrefour cède ses magasins en Italie.', ['ORGANIZATION:Carrefour', 'LOCATION:Italie']],
  ['Le géant chinois BYD ouvre une usine en Hongrie.', ['NATIONALITY:chinois', 'ORGANIZATION:BYD', 'LOCATION:Hongrie']],
  ['Le PDG de Brenac SAS, Julien Castaing, a démissionné.', ['ORGANIZATION:Brenac SAS', 'PERSON:Julien Castaing']],
  ['Le cabinet Kessler Conseil a audité les comptes.', ['ORGANIZATION:Kessler Conseil']],
  ['Le groupe Doravia, propriétaire de la marque Kelsun, a été vendu.', ['ORGANIZATION:Doravia', 'ORGANIZATION:Kelsun']],
  ['La compagnie Air Caraïbes a suspendu ses vols vers Haïti.', ['ORGANIZATION:Air Caraïbes', 'LOCATION:Haïti']],
  ['L\'Autorité des marchés financiers a ouvert une enquête.', ['ORGANIZATION:Autorité des marchés financiers']],
  ['La CGT et la CFDT appellent à la grève chez Stellantis.', ['ORGANIZATION:CGT=Confédération générale du travail', 'ORGANIZATION:CFDT=Confédération française démocratique du travail', 'ORGANIZATION:Stellantis']],
  ['Le Medef réclame une baisse des impôts de production.', ['ORGANIZATION:Medef=Mouvement des entreprises de France']],
  // Sports. Clubs (ORGANIZATION, canonical the dictionary's), national teams by their press nickname, federations and
  // leagues; competitions ("Ligue des champions", "Coupe de France", "Top 14", "National", "Coupe du monde 2030",
  // "Tour de France") are no entity (dev19, dev26). Players by their club's city are city demonyms: NATIONALITY
  // (dev13's "lyonnaise", dev26's "Lyonnais" / "Toulousains").
  ['Le Stade rennais a battu l\'AS Monaco au Roazhon Park.', ['ORGANIZATION:Stade rennais', 'ORGANIZATION:AS Monaco', 'LOCATION:Roazhon Park']],
  ['L\'OL a été éliminé par le FC Nantes.', ['ORGANIZATION:OL=Olympique lyonnais', 'ORGANIZATION:FC Nantes']],
  ['Les joueurs de l\'Olympique lyonnais ont été sifflés.', ['ORGANIZATION:Olympique lyonnais']],
  ['Les Bleus affronteront la Seleção en match amical.', ['ORGANIZATION:Bleus=équipe de France', 'ORGANIZATION:Seleção=équipe du Brésil de football']],
  ['Le PSG et l\'OM se sont neutralisés au Parc des Princes.', ['ORGANIZATION:PSG=Paris Saint-Germain', 'ORGANIZATION:OM=Olympique de Marseille', 'LOCATION:Parc des Princes']],
  ['Le RC Lens a recruté un attaquant brésilien.', ['ORGANIZATION:RC Lens', 'NATIONALITY:brésilien']],
  ['Le Racing Club de Strasbourg a battu le Toulouse FC.', ['ORGANIZATION:Racing Club de Strasbourg=RC Strasbourg', 'ORGANIZATION:Toulouse FC']],
  ['Les Lyonnais ont perdu à domicile.', ['NATIONALITY:Lyonnais=lyonnais']],
  ['Le club lyonnais a limogé son entraîneur.', ['NATIONALITY:lyonnais']],
  ['Les Rennais se sont imposés face aux Nantais.', ['NATIONALITY:Rennais=rennais', 'NATIONALITY:Nantais=nantais']],
  ['Le Stade brestois a décroché son billet pour la Ligue des champions.', ['ORGANIZATION:Stade brestois']],
  ['L\'AS Saint-Priest a créé l\'exploit en Coupe de France.', ['ORGANIZATION:AS Saint-Priest']],
  ['L\'entraîneur de l\'AJ Auxerre a été suspendu par la LFP.', ['ORGANIZATION:AJ Auxerre', 'ORGANIZATION:LFP=Ligue de football professionnel']],
  ['La FFF a ouvert une procédure disciplinaire.', ['ORGANIZATION:FFF=Fédération française de football']],
  ['La Fédération française de rugby a sanctionné le Stade toulousain.', ['ORGANIZATION:Fédération française de rugby', 'ORGANIZATION:Stade toulousain']],
  ['Le XV de France a battu les All Blacks.', ['ORGANIZATION:XV de France=équipe de France', 'ORGANIZATION:All Blacks=équipe de Nouvelle-Zélande de rugby']],
  ['La Ligue nationale de rugby a publié le calendrier du Top 14.', ['ORGANIZATION:Ligue nationale de rugby']],
  ['L\'UEFA a infligé une amende au club.', ['ORGANIZATION:UEFA=Union des associations européennes de football']],
  ['La FIFA a attribué la Coupe du monde 2030 au Maroc.', ['ORGANIZATION:FIFA=Fédération internationale de football association', 'LOCATION:Maroc']],
  ['Le Real Madrid a battu le Bayern Munich en Ligue des champions.', ['ORGANIZATION:Real Madrid', 'ORGANIZATION:Bayern Munich']],
  ['Le FC Barcelone a recruté un milieu allemand.', ['ORGANIZATION:FC Barcelone', 'NATIONALITY:allemand']],
  ['La Squadra Azzurra a été éliminée par la Suisse.', ['ORGANIZATION:Squadra Azzurra=équipe d\'Italie de football', 'LOCATION:Suisse']],
  ['La Nati s\'est qualifiée pour l\'Euro.', ['ORGANIZATION:Nati=équipe de Suisse de football']],
  ['Kylian Mbappé a marqué deux buts pour le Real Madrid.', ['PERSON:Kylian Mbappé', 'ORGANIZATION:Real Madrid']],
  ['L\'Olympique de Marseille a racheté le contrat de l\'attaquant.', ['ORGANIZATION:Olympique de Marseille']],
  ['Le Montpellier HSC lutte pour son maintien.', ['ORGANIZATION:Montpellier HSC']],
  ['Le Comité international olympique a suspendu la fédération.', ['ORGANIZATION:Comité international olympique']],
  ['Le Tour de France partira de Barcelone.', ['LOCATION:Barcelone']],
  // Culture. Festivals and prizes are events ("Festival de Cannes", "prix Goncourt", dev5; "Oscars"): no entity,
  // nothing nested; works' titles no entity. A museum or theatre that acts is the institution (ORGANIZATION,
  // guideline: "named buildings used for an institution"), the place visited a LOCATION (dev: "au musée du Louvre").
  // Publishers, bands, broadcasters: ORGANIZATION.
  ['Le festival d\'Avignon a attiré 100 000 spectateurs.', []],
  ['Le Festival de Cannes a dévoilé sa sélection.', []],
  ['Les visiteurs se pressent au musée d\'Orsay.', ['LOCATION:musée d\'Orsay']],
  ['Les éditions Gallimard publient un inédit de Camus.', ['ORGANIZATION:Gallimard']],
  ['L\'éditeur Nathalie Vérane a quitté Flammarion.', ['PERSON:Nathalie Vérane', 'ORGANIZATION:Flammarion']],
  ['Le roman Les Années lumière a reçu le prix Goncourt.', []],
  ['La Comédie-Française reprend Le Misanthrope.', ['ORGANIZATION:Comédie-Française']],
  ['Le Théâtre du Châtelet a annulé la représentation.', ['ORGANIZATION:Théâtre du Châtelet']],
  ['L\'Opéra de Paris a nommé un nouveau directeur de la danse.', ['ORGANIZATION:Opéra de Paris=Opéra national de Paris']],
  ['Le groupe Indochine a rempli le Stade de France.', ['ORGANIZATION:Indochine', 'LOCATION:Stade de France']],
  ['Le film Anatomie d\'une chute a été récompensé aux Oscars.', []],
  ['Le Centre Pompidou fermera pendant cinq ans.', ['ORGANIZATION:Centre Pompidou']],
  ['La Philharmonie de Paris accueille l\'Orchestre de Paris.', ['ORGANIZATION:Philharmonie de Paris', 'ORGANIZATION:Orchestre de Paris']],
  ['La Fondation Cartier expose des artistes amazoniens.', ['ORGANIZATION:Fondation Cartier']],
  ['Le festival des Vieilles Charrues a accueilli 280 000 festivaliers.', []],
  ['Le réalisateur Justine Triet a été reçue à l\'Élysée.', ['PERSON:Justine Triet', 'ORGANIZATION:Élysée']],
  ['Netflix a acquis les droits de la série.', ['ORGANIZATION:Netflix']],
  ['Le Seuil a publié le dernier livre de l\'écrivain.', ['ORGANIZATION:Le Seuil']],
  ['Le Centre national du cinéma a revu ses aides.', ['ORGANIZATION:Centre national du cinéma']],
  // European politics. EU bodies, national parties, the Parliament's groups ("Renew", "Verts/ALE" one span, "PPE",
  // "Patriotes pour l'Europe"); commissioners by title no entity, "européen" in "commissaire européen" a demonym
  // as dev16's "européen(s)".
  ['La Commission européenne a infligé une amende à Apple.', ['ORGANIZATION:Commission européenne', 'ORGANIZATION:Apple']],
  ['Le Parlement européen a adopté le pacte migratoire.', ['ORGANIZATION:Parlement européen']],
  ['Le Conseil européen s\'est réuni à Bruxelles.', ['ORGANIZATION:Conseil européen', 'LOCATION:Bruxelles']],
  ['Ursula von der Leyen a présenté son collège de commissaires.', ['PERSON:Ursula von der Leyen']],
  ['Le commissaire européen au Commerce a défendu l\'accord.', ['NATIONALITY:européen']],
  ['Le haut représentant de l\'UE pour les affaires étrangères s\'est rendu à Kiev.', ['ORGANIZATION:UE=Union européenne', 'LOCATION:Kiev']],
  ['La CDU de Friedrich Merz est arrivée en tête.', ['ORGANIZATION:CDU=Union chrétienne-démocrate', 'PERSON:Friedrich Merz']],
  ['Fratelli d\'Italia, le parti de Giorgia Meloni, progresse.', ['ORGANIZATION:Fratelli d\'Italia', 'PERSON:Giorgia Meloni']],
  ['Le groupe Renew a menacé de voter contre.', ['ORGANIZATION:Renew=Renew Europe']],
  ['Les Verts/ALE ont voté contre le texte.', ['ORGANIZATION:Verts/ALE=Les Verts/Alliance libre européenne']],
  ['Le PPE reste le premier groupe du Parlement européen.', ['ORGANIZATION:PPE=Parti populaire européen', 'ORGANIZATION:Parlement européen']],
  ['Le SPD et les Verts ont formé une coalition.', ['ORGANIZATION:SPD=Parti social-démocrate d\'Allemagne', 'ORGANIZATION:Verts']],
  ['Le Parti socialiste portugais a remporté les élections.', ['ORGANIZATION:Parti socialiste portugais']],
  ['Le gouvernement portugais a présenté son budget.', ['NATIONALITY:portugais']],
  ['Le parti espagnol Vox a quitté les gouvernements régionaux.', ['NATIONALITY:espagnol', 'ORGANIZATION:Vox']],
  ['Le PSOE de Pedro Sánchez a perdu la majorité.', ['ORGANIZATION:PSOE=Parti socialiste ouvrier espagnol', 'PERSON:Pedro Sánchez']],
  ['Le Fidesz de Viktor Orbán a remporté les législatives.', ['ORGANIZATION:Fidesz', 'PERSON:Viktor Orbán']],
  ['Syriza a élu un nouveau dirigeant.', ['ORGANIZATION:Syriza']],
  ['La Cour de justice de l\'Union européenne a annulé la décision.', ['ORGANIZATION:Cour de justice de l\'Union européenne']],
  ['La Cour des comptes européenne a critiqué le plan de relance.', ['ORGANIZATION:Cour des comptes européenne']],
  ['Le Rassemblement national siège avec les Patriotes pour l\'Europe.', ['ORGANIZATION:Rassemblement national', 'ORGANIZATION:Patriotes pour l\'Europe']],
  ['Le Bundestag a voté la loi sur l\'immigration.', ['ORGANIZATION:Bundestag']],
  ['La Diète polonaise a adopté le budget.', ['ORGANIZATION:Diète polonaise=Sejm']],
  ['Eurostat a publié les chiffres du chômage.', ['ORGANIZATION:Eurostat']],
  ['Frontex a renforcé sa présence en Grèce.', ['ORGANIZATION:Frontex', 'LOCATION:Grèce']],
  // NATIONALITY precision: a demonym inside an organisation's name is no NATIONALITY (guideline: "Not inside an
  // ORGANIZATION span"); outside one it is ("le gouvernement portugais").
  ['L\'Agence spatiale européenne a lancé un satellite.', ['ORGANIZATION:Agence spatiale européenne']],
  ['L\'Institut indien de technologie de Bombay a signé un partenariat.', ['ORGANIZATION:Institut indien de technologie de Bombay']],
  ['La Banque européenne d\'investissement financera le projet.', ['ORGANIZATION:Banque européenne d\'investissement']],
  ['Le Parti populaire européen a désigné son candidat.', ['ORGANIZATION:Parti populaire européen']],
  ['Le Congrès juif européen s\'est alarmé de la hausse des actes antisémites.', ['ORGANIZATION:Congrès juif européen']],
  ['La Confédération européenne des syndicats appelle à manifester.', ['ORGANIZATION:Confédération européenne des syndicats']],
  ['Le Fonds européen de développement régional financera la ligne.', ['ORGANIZATION:Fonds européen de développement régional']],
  ['L\'Office européen des brevets a rejeté la demande.', ['ORGANIZATION:Office européen des brevets']],
  ['La Banque africaine de développement a accordé un prêt.', ['ORGANIZATION:Banque africaine de développement']],
  ['L\'Union africaine a suspendu le Niger.', ['ORGANIZATION:Union africaine', 'LOCATION:Niger']],
  // Demonym adjectives outside names, "occidental" and "africain" / "européen" (NATIONALITY in most dev sets:
  // dev6's "occidentale", dev10's "occidental", dev16's "européen(s)"), compound demonyms one span (dev's
  // "franco-algérien"), languages no NATIONALITY (dev27: "en anglais"; a lower-case demonym noun after "l'"/"le"
  // with no name after it is the language), city and regional demonyms NATIONALITY, demonym nouns capitalised.
  ['Le gouvernement portugais et l\'opposition espagnole s\'opposent.', ['NATIONALITY:portugais', 'NATIONALITY:espagnole=espagnol']],
  ['L\'économie allemande est entrée en récession.', ['NATIONALITY:allemande=allemand']],
  ['Les exportations chinoises ont bondi.', ['NATIONALITY:chinoises=chinois']],
  ['Les diplomates occidentaux redoutent une escalade.', ['NATIONALITY:occidentaux=occidental']],
  ['Les pays occidentaux ont gelé les avoirs russes.', ['NATIONALITY:occidentaux=occidental', 'NATIONALITY:russes=russe']],
  ['Les dirigeants européens se réunissent jeudi.', ['NATIONALITY:européens=européen']],
  ['Le continent africain attire les investisseurs.', ['NATIONALITY:africain']],
  ['Le sommet franco-allemand a eu lieu à Toulouse.', ['NATIONALITY:franco-allemand', 'LOCATION:Toulouse']],
  ['Les tensions sino-américaines pèsent sur les marchés.', ['NATIONALITY:sino-américaines=sino-américain']],
  ['Le couple franco-allemand est en panne.', ['NATIONALITY:franco-allemand']],
  ['Un accord sino-russe a été signé.', ['NATIONALITY:sino-russe']],
  ['Il parle couramment l\'allemand et l\'italien.', []],
  ['Le rapport est rédigé en anglais.', []],
  ['Le texte a été traduit en portugais.', []],
  ['Les cours sont dispensés en espagnol.', []],
  ['La langue catalane est enseignée à l\'école.', []],
  ['Les Lyonnais sont appelés aux urnes.', ['NATIONALITY:Lyonnais=lyonnais']],
  ['Les supporters marseillais ont envahi la pelouse.', ['NATIONALITY:marseillais']],
  ['La métropole bordelaise manque de logements.', ['NATIONALITY:bordelaise=bordelais']],
  ['Les Bretons sont attachés à leur langue.', ['NATIONALITY:Bretons=breton']],
  ['Le Portugais a signé pour trois ans.', ['NATIONALITY:Portugais=portugais']],
  ['Un Allemand a remporté l\'étape.', ['NATIONALITY:Allemand=allemand']],
  ['Les Néerlandais ont voté pour un parti d\'extrême droite.', ['NATIONALITY:Néerlandais=néerlandais']],
  ['Les Italiens se rendent aux urnes dimanche.', ['NATIONALITY:Italiens=italien']],
  ['Les ressortissants britanniques devront demander un visa.', ['NATIONALITY:britanniques=britannique']],
  ['Une touriste italienne a été secourue.', ['NATIONALITY:italienne=italien']],
  ['Le Premier ministre grec a dénoncé une provocation turque.', ['NATIONALITY:grec', 'NATIONALITY:turque=turc']],
  ['Les autorités néerlandaises ont expulsé un diplomate.', ['NATIONALITY:néerlandaises=néerlandais']],
  ['La chancellerie allemande a démenti.', ['NATIONALITY:allemande=allemand']],
  ['La presse britannique s\'en est fait l\'écho.', ['NATIONALITY:britannique']],
  ['Le fromage suisse est exporté vers le Japon.', ['NATIONALITY:suisse', 'LOCATION:Japon']],
  ['Le marché européen de l\'électricité sera réformé.', ['NATIONALITY:européen']],
  ['Le chef de la diplomatie européenne a appelé au calme.', ['NATIONALITY:européenne=européen']],
  ['Les pêcheurs bretons bloquent le port.', ['NATIONALITY:bretons=breton']],
  ['Les agriculteurs wallons manifestent à Namur.', ['NATIONALITY:wallons=wallon', 'LOCATION:Namur']],
  ['Le vote des Européens de l\'étranger est ouvert.', ['NATIONALITY:Européens=européen']],
  ['Le ministre luxembourgeois des Finances a démissionné.', ['NATIONALITY:luxembourgeois']],
  ['La police belge a arrêté trois suspects.', ['NATIONALITY:belge']],
  ['L\'armée polonaise a renforcé sa frontière avec la Biélorussie.', ['ORGANIZATION:armée polonaise', 'LOCATION:Biélorussie']],
];

/** Constructions still read wrong: each row fails until a rule handles it. */
const GAPS: [string, string[]][] = [
  // (gap) A bank named "Crédit" and a capitalised adjective (Crédit agricole, Crédit mutuel, Crédit lyonnais): "Crédit"
  // is no organisation head (it opens "Crédit d'impôt" too), and the invented adjective is no place.
  ['Le Crédit Varennois a relevé ses taux.', ['ORGANIZATION:Crédit Varennois']],
  // (gap) A firm's name with a lower-case first letter and a capital inside ("eFuel", "iRobot"): the announcer rules
  // read only capitalised words.
  ['La start-up eFuel a levé 12 millions d\'euros.', ['ORGANIZATION:eFuel']],
  // (gap) "jeune pousse" (a start-up) is no announcer: "pousse" alone is a verb ("la Chine pousse Renault à …").
  ['La jeune pousse nantaise Vyzeo a été rachetée par Doctolib.', ['NATIONALITY:nantaise=nantais', 'ORGANIZATION:Vyzeo', 'ORGANIZATION:Doctolib']],
  // (gap) "National" (the third division) read as a place name after "en"; a competition, no entity.
  ['L\'US Quévilly-Rouen a été reléguée en National.', ['ORGANIZATION:US Quévilly-Rouen']],
  // (gap) "les Verts" is both a party and Saint-Étienne's team nickname; the club would need the town after it read
  // as its seat, and "Saint-Étienne" inside the nickname then no LOCATION.
  ['Les Verts de Saint-Étienne sont remontés en Ligue 1.', ['ORGANIZATION:Verts=AS Saint-Étienne', 'LOCATION:Saint-Étienne']],
  // (gap) The women's team: the dictionary gives "équipe de France" (the men's) for "Bleues", and "féminine" is not
  // read as part of the team's name.
  ['Les Bleues de l\'équipe de France féminine ont battu l\'Angleterre.', ['ORGANIZATION:Bleues=équipe de France féminine', 'ORGANIZATION:équipe de France féminine', 'LOCATION:Angleterre']],
  // (gap) A museum acting (a verb of acquiring, lending, announcing after it) is the institution, ORGANIZATION; the
  // pipeline reads a museum as a place whatever follows (the airport rule's "acting facility" is not used for it).
  ['Le musée du Louvre a acquis un tableau de Chardin.', ['ORGANIZATION:musée du Louvre']],
  // (gap) "maison d'édition" as an announcer: "édition" is no announcer filler.
  ['La maison d\'édition Palmerine a fermé ses portes.', ['ORGANIZATION:Palmerine']],
  // (gap) A venue the dictionary lacks, named by "Grand" and a building noun; no rule reads "Palais" as a facility.
  ['Le Grand Palais a rouvert ses portes.', ['LOCATION:Grand Palais']],
  // (gap) "PiS" (Droit et justice): the dictionary matches without case, so the alias would also take "Pis encore,
  // …"; a case-sensitive alias is not supported.
  ['Le PiS a dénoncé la réforme de Donald Tusk.', ['ORGANIZATION:PiS=Droit et justice', 'PERSON:Donald Tusk']],
];

describe('entity constructions of French news, fourth table (economy, sports, culture, European politics, demonyms)', () => {
  it.each(TABLE)('%s', (input, expected) => {
    expect(view(input)).toEqual(expected);
  });
  if (GAPS.length > 0) {
    it.fails.each(GAPS)('(gap) %s', (input, expected) => {
      expect(view(input)).toEqual(expected);
    });
  }
});
