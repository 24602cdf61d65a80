⟦Mer de Chine méridionale|L|mer de Chine méridionale⟧ : ⟦Manille|L⟧ accuse les ⟦garde-côtes chinois|O|Garde côtière chinoise⟧ de « piraterie » après un abordage violent

⟦Manille|L⟧, ⟦19 juin|D⟧ (⟦AFP|O|Agence France-Presse⟧) – Les ⟦Philippines|L⟧ ont accusé ⟦mardi|D⟧ les ⟦garde-côtes chinois|O|Garde côtière chinoise⟧ d’avoir attaqué à l’arme blanche des militaires ⟦philippins|N⟧ qui ravitaillaient un avant-poste isolé de l’⟦atoll Second Thomas|L⟧, dans les eaux disputées de la ⟦mer de Chine méridionale|L⟧, un incident qui a fait ⟦huit|Q:count|8||0⟧ blessés.

Selon le porte-parole des ⟦garde-côtes philippins|O|Garde côtière des Philippines⟧, ⟦Jay Tarriela|P|Jay Tarriela⟧, ⟦une dizaine|Q:count|10||1⟧ d’embarcations rapides ⟦chinoises|N⟧ ont encerclé ⟦lundi|D⟧ vers ⟦5h30|D⟧ ⟦deux|Q:count|2||0⟧ canots de la ⟦marine philippine|O|Marine des Philippines⟧. Les militaires ⟦chinois|N⟧, armés de couteaux et de haches, ont saisi ⟦sept|Q:count|7||0⟧ fusils et percé les coques. Un marin ⟦philippin|N⟧ a perdu le pouce droit. Les heurts ont duré près d’⟦une heure|Q:duration|1|hour|1⟧.

“Ce sont des actes de piraterie, ni plus ni moins”, a déclaré devant la presse le chef d’état-major des ⟦forces armées philippines|O|Forces armées des Philippines⟧, le général ⟦Romeo Brawner|P|Romeo Brawner Jr.⟧. Les équipements endommagés sont estimés à environ ⟦1 million de pesos|Q:money|1000000|PHP|1⟧ (quelque ⟦17{NNBSP}000 dollars|Q:money|17000|USD|1⟧).

⟦Pékin|L⟧ a accusé ⟦Manille|L⟧ d’avoir « délibérément provoqué » l’incident en tentant d’acheminer des armes vers le navire de guerre que les ⟦Philippines|L⟧ ont volontairement échoué sur le récif en ⟦1999|D⟧ et où stationne en permanence ⟦une dizaine|Q:count|10||1⟧ de soldats. “Les garde-côtes ont pris les mesures de contrôle nécessaires, conformément à la loi”, a affirmé leur porte-parole, ⟦Gan Yu|P|Gan Yu⟧, cité par l’agence ⟦Chine nouvelle|O|Agence de presse Xinhua⟧. Le porte-parole du ⟦ministère chinois des Affaires étrangères|O⟧, ⟦Lin Jian|P|Lin Jian⟧, a assuré que ⟦Ren’ai|L|atoll Second Thomas⟧ faisait partie du territoire ⟦chinois|N⟧ « depuis toujours ».

Le président ⟦Ferdinand Marcos Jr.|P|Ferdinand Marcos Jr.⟧ a déclaré ⟦mercredi|D⟧ que son pays ne se laisserait pas « intimider ». “Nous ne sommes pas en guerre, a-t-il ajouté devant des soldats à ⟦Palawan|L⟧. Mais nous défendrons chaque centimètre de notre territoire.” M. ⟦Marcos|P|Ferdinand Marcos Jr.⟧ a toutefois précisé que ⟦Manille|L⟧ n’invoquerait pas, à ce stade, le traité de défense mutuelle qui la lie aux ⟦États-Unis|L⟧ depuis ⟦1951|D⟧.

L’ambassadrice ⟦américaine|N⟧ à ⟦Manille|L⟧, ⟦MaryKay Carlson|P|MaryKay Carlson⟧, a écrit sur le réseau social ⟦X|O⟧ que ⟦Washington|L⟧ se tenait « aux côtés » de son allié. Un responsable militaire ⟦philippin|N⟧, qui a requis l’anonymat, a indiqué que les marins avaient reçu l’ordre de ne pas faire usage de leurs armes afin d’éviter une escalade.

L’atoll, appelé ⟦Ayungin|L|atoll Second Thomas⟧ par les ⟦Philippins|N⟧, se trouve à environ ⟦200 kilomètres|Q:measure|200|km|1⟧ de l’île de ⟦Palawan|L⟧ et à plus de ⟦1{NNBSP}000 km|Q:measure|1000|km|1⟧ de l’île ⟦chinoise|N⟧ de ⟦Hainan|L⟧, dans la zone économique exclusive de ⟦200 milles nautiques|Q:measure|200|nmi|0⟧ revendiquée par ⟦Manille|L⟧. En ⟦juillet 2016|D⟧, la ⟦Cour permanente d’arbitrage|O⟧ de ⟦La Haye|L⟧ avait jugé que les prétentions de ⟦Pékin|L⟧ sur la quasi-totalité de la zone n’avaient aucun fondement juridique, une décision que la ⟦Chine|L⟧ n’a jamais reconnue.

Quelque ⟦3{NNBSP}000 milliards de dollars|Q:money|3000000000000|USD|1⟧ de marchandises transitent chaque année par la ⟦mer de Chine méridionale|L⟧, que ⟦Manille|L⟧ appelle ⟦mer des Philippines occidentale|L⟧, et dont des portions sont également revendiquées par le ⟦Vietnam|L⟧, la ⟦Malaisie|L⟧ et ⟦Brunei|L⟧. Les ministres des Affaires étrangères de l’⟦Association des nations de l’Asie du Sud-Est|O⟧ (⟦Asean|O|ASEAN⟧) doivent se réunir du ⟦21 au 27 juillet|D⟧ à ⟦Vientiane|L⟧.

“⟦Pékin|L⟧ teste la détermination de ⟦Washington|L⟧ sans franchir le seuil qui déclencherait le traité”, estime ⟦Renato Dela Cruz|P|Renato Dela Cruz⟧, chercheur à l’⟦université des Philippines|O⟧. Les incidents de ce type se sont multipliés depuis ⟦janvier|D⟧.

===ATTR===
mixed | Manille | Philippines | accuse | les garde-côtes chinois de « piraterie »
indirect | Philippines | Philippines | ont accusé | les garde-côtes chinois d’avoir attaqué à l’arme blanche des militaires philippins qui ravitaillaient un avant-poste isolé de l’atoll Second Thomas, dans les eaux disputées de la mer de Chine méridionale
according-to | Jay Tarriela | Jay Tarriela | Selon | une dizaine d’embarcations rapides chinoises ont encerclé lundi vers 5h30 deux canots de la marine philippine
direct | Romeo Brawner | Romeo Brawner Jr. | a déclaré | Ce sont des actes de piraterie, ni plus ni moins
mixed | Pékin | Chine | a accusé | Manille d’avoir « délibérément provoqué » l’incident en tentant d’acheminer des armes vers le navire de guerre que les Philippines ont volontairement échoué sur le récif en 1999
direct | Gan Yu | Gan Yu | a affirmé | Les garde-côtes ont pris les mesures de contrôle nécessaires, conformément à la loi
according-to | Chine nouvelle | Agence de presse Xinhua | cité par | Les garde-côtes ont pris les mesures de contrôle nécessaires, conformément à la loi
mixed | Lin Jian | Lin Jian | a assuré | Ren’ai faisait partie du territoire chinois « depuis toujours »
mixed | Ferdinand Marcos Jr. | Ferdinand Marcos Jr. | a déclaré | son pays ne se laisserait pas « intimider »
direct | il | Ferdinand Marcos Jr. | a-t-il ajouté | Nous ne sommes pas en guerre, a-t-il ajouté devant des soldats à Palawan. Mais nous défendrons chaque centimètre de notre territoire.
indirect | Marcos | Ferdinand Marcos Jr. | a toutefois précisé | Manille n’invoquerait pas, à ce stade, le traité de défense mutuelle qui la lie aux États-Unis depuis 1951
mixed | MaryKay Carlson | MaryKay Carlson | a écrit | Washington se tenait « aux côtés » de son allié
indirect | responsable militaire philippin | responsable militaire philippin (non nommé) | a indiqué | les marins avaient reçu l’ordre de ne pas faire usage de leurs armes afin d’éviter une escalade
indirect | Cour permanente d’arbitrage | Cour permanente d’arbitrage | avait jugé | les prétentions de Pékin sur la quasi-totalité de la zone n’avaient aucun fondement juridique
direct | Renato Dela Cruz | Renato Dela Cruz | estime | Pékin teste la détermination de Washington sans franchir le seuil qui déclencherait le traité
