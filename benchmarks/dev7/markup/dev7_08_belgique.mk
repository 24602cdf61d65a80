⟦Belgique|L⟧ : grève nationale contre la réforme des pensions, «{NNBSP}le pays est à l’arrêt{NNBSP}» selon la ⟦FGTB|O|Fédération générale du travail de Belgique⟧

⟦Bruxelles|L⟧, ⟦14 octobre|D⟧ (⟦Belga|O⟧) – Quelque ⟦80{NBSP}000|Q:count|80000||1⟧ personnes ont défilé ⟦mardi|D⟧ dans les rues de ⟦Bruxelles|L⟧ contre la réforme des pensions du gouvernement de ⟦Bart De Wever|P⟧, selon la police. Les syndicats ont fait état de ⟦140{NBSP}000|Q:count|140000||0⟧ participants, ce qui en ferait la plus importante journée de grève nationale depuis ⟦2014|D⟧.

Parti de la ⟦gare du Nord|L⟧ peu après ⟦10h30|D⟧, le cortège a mis près de ⟦quatre heures|Q:duration|4|hour|1⟧ pour rejoindre le ⟦parc du Cinquantenaire|L⟧. Des heurts ont éclaté en fin de parcours entre la police et ⟦quelques centaines|Q:count|100||1⟧ de manifestants cagoulés ; ⟦27|Q:count|27||0⟧ personnes ont été interpellées et ⟦six|Q:count|6||0⟧ policiers légèrement blessés, a indiqué la ⟦zone de police Bruxelles-Capitale-Ixelles|O⟧.

«{NNBSP}Ce gouvernement veut nous faire travailler plus longtemps pour gagner moins. ⟦Aujourd’hui|D⟧, le pays est à l’arrêt, et ce n’est qu’un début{NNBSP}», a lancé à la tribune le président de la ⟦Fédération générale du travail de Belgique|O⟧ (⟦FGTB|O|Fédération générale du travail de Belgique⟧), ⟦Thierry Bodson|P⟧. Son homologue de la ⟦Confédération des syndicats chrétiens|O⟧ (⟦CSC|O|Confédération des syndicats chrétiens⟧), ⟦Ann Vermorgen|P⟧, a prévenu que les ⟦trois|Q:count|3||0⟧ syndicats organiseraient une nouvelle journée d’action le ⟦26 novembre|D⟧.

Le texte, porté par le ministre des Pensions, ⟦Jan Jambon|P⟧ (⟦N-VA|O|Nouvelle Alliance flamande⟧), prévoit un malus de ⟦2{NNBSP}%|Q:percent|2|%|0⟧ par année pour les travailleurs qui partiraient avant ⟦67 ans|Q:duration|67|year|1⟧ sans avoir accompli une carrière de ⟦35 ans|Q:duration|35|year|0⟧, avec au moins ⟦156 jours|Q:duration|156|day|1⟧ de travail effectif par an. La coalition entend ainsi économiser quelque ⟦10 milliards d’euros|Q:money|10000000000|EUR|1⟧ d’ici à ⟦2029|D⟧.

Le Premier ministre a répété ⟦mardi|D⟧ devant la ⟦Chambre|O|Chambre des représentants de Belgique⟧ que la réforme était «{NNBSP}indispensable pour sauver notre système de pensions{NNBSP}». «{NNBSP}Nous ne gouvernons pas pour la rue, nous gouvernons pour nos enfants{NNBSP}», a-t-il ajouté, sous les huées des bancs socialistes.

La grève a paralysé l’essentiel des transports. ⟦Brussels Airport|O⟧ a annulé l’ensemble de ses ⟦240|Q:count|240||0⟧ vols au départ, et l’aéroport de ⟦Charleroi|L⟧ n’a assuré aucun vol, privant quelque ⟦60{NBSP}000|Q:count|60000||1⟧ passagers de voyage, d’après les ⟦deux|Q:count|2||0⟧ gestionnaires. À la ⟦SNCB|O|Société nationale des chemins de fer belges⟧, moins de ⟦30{NNBSP}%|Q:percent|30|%|1⟧ des trains ont circulé, et le réseau de la ⟦STIB|O|Société des transports intercommunaux de Bruxelles⟧ était quasiment à l’arrêt.

«{NNBSP}J’ai manifesté pour ma pension il y a ⟦trente ans|Q:duration|30|year|0⟧, je reviens pour celle de mes petits-enfants{NNBSP}», expliquait ⟦Monique|P⟧, une retraitée ⟦liégeoise|N⟧ de ⟦septante-deux ans|Q:duration|72|year|0⟧ venue en car de ⟦Seraing|L⟧.

Au sein même de la majorité, la pression monte. Le président de ⟦Vooruit|O⟧, ⟦Conner Rousseau|P⟧, a demandé des «{NNBSP}corrections pour les métiers pénibles{NNBSP}», tandis que le président du ⟦Mouvement réformateur|O⟧ (⟦MR|O|Mouvement réformateur⟧), ⟦Georges-Louis Bouchez|P⟧, a exclu sur ⟦X|O⟧ tout recul, fustigeant des syndicats «{NNBSP}qui défendent le passé{NNBSP}».

D’après le ⟦Bureau fédéral du Plan|O⟧, le coût budgétaire du vieillissement devrait passer de ⟦24,9{NNBSP}%|Q:percent|24.9|%|0⟧ à ⟦27,4{NNBSP}%|Q:percent|27.4|%|0⟧ du PIB d’ici à ⟦2070|D⟧. Selon la ⟦Banque nationale de Belgique|O⟧ (⟦BNB|O|Banque nationale de Belgique⟧), la croissance ne dépassera pas ⟦1,1{NNBSP}%|Q:percent|1.1|%|1⟧ ⟦cette année|D⟧.

===ATTR===
according-to | FGTB#1 | Fédération générale du travail de Belgique | selon#1 | le pays est à l’arrêt#1
according-to | police#1 | police (non nommé) | selon#2 | Quelque 80 000 personnes ont défilé mardi dans les rues de Bruxelles contre la réforme des pensions du gouvernement de Bart De Wever
indirect | syndicats#1 | syndicats (non nommé) | ont fait état | de 140 000 participants
indirect | zone de police Bruxelles-Capitale-Ixelles | zone de police Bruxelles-Capitale-Ixelles | a indiqué | Des heurts ont éclaté en fin de parcours entre la police et quelques centaines de manifestants cagoulés ; 27 personnes ont été interpellées et six policiers légèrement blessés
direct | Thierry Bodson | Thierry Bodson | a lancé | Ce gouvernement veut nous faire travailler plus longtemps pour gagner moins. Aujourd’hui, le pays est à l’arrêt, et ce n’est qu’un début
indirect | Ann Vermorgen | Ann Vermorgen | a prévenu | les trois syndicats organiseraient une nouvelle journée d’action le 26 novembre
mixed | Premier ministre | Bart De Wever | a répété | la réforme était « indispensable pour sauver notre système de pensions »
direct | il | Bart De Wever | a-t-il ajouté | Nous ne gouvernons pas pour la rue, nous gouvernons pour nos enfants
according-to | gestionnaires | gestionnaires des aéroports de Bruxelles et de Charleroi | d’après | Brussels Airport a annulé l’ensemble de ses 240 vols au départ, et l’aéroport de Charleroi n’a assuré aucun vol, privant quelque 60 000 passagers de voyage
direct | Monique | Monique | expliquait | J’ai manifesté pour ma pension il y a trente ans, je reviens pour celle de mes petits-enfants
mixed | Conner Rousseau | Conner Rousseau | a demandé | des « corrections pour les métiers pénibles »
indirect | Georges-Louis Bouchez | Georges-Louis Bouchez | a exclu | tout recul
mixed | Georges-Louis Bouchez | Georges-Louis Bouchez | fustigeant | des syndicats « qui défendent le passé »
according-to | Bureau fédéral du Plan | Bureau fédéral du Plan | D’après | le coût budgétaire du vieillissement devrait passer de 24,9 % à 27,4 % du PIB d’ici à 2070
according-to | Banque nationale de Belgique | Banque nationale de Belgique | Selon | la croissance ne dépassera pas 1,1 % cette année
