Grève générale : la ⟦Belgique|L⟧ à l’arrêt, aucun avion n’a décollé de ⟦Zaventem|L⟧

Troisième et dernier jour d’une grève de ⟦72 heures|Q:duration|72|hour|0⟧, ce ⟦mercredi 26 novembre|D⟧ a été le plus paralysant. Aucun vol au départ n’a quitté ⟦Brussels Airport|L⟧ ni l’aéroport de ⟦Charleroi|L⟧, la ⟦SNCB|O|Société nationale des chemins de fer belges⟧ n’a fait rouler qu’⟦un|Q:count|1||0⟧ train sur ⟦quatre|Q:count|4||0⟧ et le métro ⟦bruxellois|N⟧ est resté fermé toute la journée. Selon la ⟦FEB|O|Fédération des entreprises de Belgique⟧, le coût de ces ⟦trois jours|Q:duration|3|day|0⟧ d’action dépasse les ⟦900 millions d’euros|Q:money|900000000|EUR|1⟧.

À l’appel du front commun syndical, la ⟦FGTB|O|Fédération générale du travail de Belgique⟧, la ⟦CSC|O|Confédération des syndicats chrétiens⟧ et la ⟦CGSLB|O|Centrale générale des syndicats libéraux de Belgique⟧, des piquets se sont formés dès ⟦5h|D⟧ devant les zonings industriels de ⟦Liège|L⟧, de ⟦Charleroi|L⟧ et d’⟦Anvers|L⟧. Dans l’enseignement, près de ⟦60 %|Q:percent|60|%|1⟧ des écoles de la ⟦Fédération Wallonie-Bruxelles|O⟧ ont tourné au ralenti.

Les syndicats contestent la réforme des pensions du gouvernement fédéral de ⟦Bart De Wever|P⟧, qui instaure un malus pouvant aller jusqu’à ⟦5 %|Q:percent|5|%|1⟧ de la pension pour ceux qui partent avant ⟦67 ans|Q:duration|67|year|0⟧ sans avoir travaillé ⟦35 ans|Q:duration|35|year|0⟧. «{NBSP}Ce gouvernement demande aux travailleurs de payer la facture d’un budget qu’il ne sait pas boucler{NBSP}», a lancé ⟦Thierry Bodson|P⟧, le président de la ⟦FGTB|O|Fédération générale du travail de Belgique⟧, devant la ⟦gare du Midi|L|Bruxelles-Midi⟧ à ⟦14h|D⟧. Les organisateurs ont revendiqué ⟦25.000|Q:count|25000||0⟧ manifestants.

Le compromis budgétaire trouvé ⟦lundi soir|D⟧ par les ⟦cinq|Q:count|5||0⟧ partis de la coalition dite «{NBSP}Arizona{NBSP}» comporte un effort de ⟦9,2 milliards d’euros|Q:money|9200000000|EUR|0⟧ d’ici à ⟦2029|D⟧. Le Premier ministre a estimé ⟦mardi|D⟧ que l’accord était «{NBSP}équilibré{NBSP}» et que la grève ne changerait «{NBSP}rien{NBSP}» à son contenu. Le vice-Premier ministre chargé de l’Emploi, ⟦David Clarinval|P⟧, a dit «{NBSP}respecter le droit de grève{NBSP}», tout en rappelant que «{NBSP}le pays ne peut pas vivre au-dessus de ses moyens{NBSP}».

Côté ⟦flamand|N⟧, la mobilisation a été plus discrète. À ⟦Gand|L⟧, ⟦Lies Verstraeten|P⟧, ⟦38 ans|Q:duration|38|year|0⟧, infirmière, faisait partie des quelque ⟦200|Q:count|200||1⟧ grévistes rassemblés devant l’hôpital universitaire. «{NBSP}Je ne fais pas grève pour moi, mais pour les collègues qui ont commencé à ⟦18 ans|Q:duration|18|year|0⟧ et qu’on veut faire travailler plus longtemps{NBSP}», explique-t-elle.

Pour les patrons, la coupe est pleine. «{NBSP}⟦Trois jours|Q:duration|3|day|0⟧ de grève, ce sont des commandes perdues et une image désastreuse à l’étranger{NBSP}», estime ⟦Pieter Timmermans|P⟧, l’administrateur délégué de la ⟦FEB|O|Fédération des entreprises de Belgique⟧. Les indépendants ne sont pas en reste : l’⟦Union des classes moyennes|O⟧ (⟦UCM|O|Union des classes moyennes⟧) évalue à ⟦30 %|Q:percent|30|%|1⟧ la baisse du chiffre d’affaires des commerces ⟦bruxellois|N⟧ sur la période.

Le front commun n’exclut pas de nouvelles actions. Selon ⟦Ann Vermorgen|P⟧, présidente de la ⟦CSC|O|Confédération des syndicats chrétiens⟧, une manifestation nationale pourrait être organisée ⟦début février|D⟧. Le ⟦14 octobre|D⟧, près de ⟦140.000|Q:count|140000||1⟧ personnes avaient déjà défilé dans les rues de ⟦Bruxelles|L⟧, selon la police, l’une des plus grandes mobilisations sociales du pays depuis ⟦2005|D⟧.
===ATTR===
according-to | FEB#1 | Fédération des entreprises de Belgique | Selon#1 | le coût de ces trois jours d’action dépasse les 900 millions d’euros
direct | Thierry Bodson | Thierry Bodson | a lancé | Ce gouvernement demande aux travailleurs de payer la facture d’un budget qu’il ne sait pas boucler
indirect | organisateurs | organisateurs de la manifestation (non nommé) | ont revendiqué | 25.000 manifestants
mixed | Premier ministre | Bart De Wever | a estimé | l’accord était « équilibré » et que la grève ne changerait « rien » à son contenu
direct | David Clarinval | David Clarinval | a dit | respecter le droit de grève
direct | David Clarinval | David Clarinval | rappelant | le pays ne peut pas vivre au-dessus de ses moyens
direct | elle | Lies Verstraeten | explique-t-elle | Je ne fais pas grève pour moi, mais pour les collègues qui ont commencé à 18 ans et qu’on veut faire travailler plus longtemps
direct | Pieter Timmermans | Pieter Timmermans | estime | Trois jours de grève, ce sont des commandes perdues et une image désastreuse à l’étranger
indirect | Union des classes moyennes | Union des classes moyennes | évalue | à 30 % la baisse du chiffre d’affaires des commerces bruxellois sur la période
according-to | Ann Vermorgen | Ann Vermorgen | Selon#2 | une manifestation nationale pourrait être organisée début février
according-to | police | police (non nommé) | selon | près de 140.000 personnes avaient déjà défilé dans les rues de Bruxelles
