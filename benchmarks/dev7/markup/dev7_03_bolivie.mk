En ⟦Bolivie|L⟧, le nouveau pouvoir veut renégocier les contrats du lithium signés avec ⟦Moscou|L⟧ et ⟦Pékin|L⟧

⟦La Paz|L⟧, ⟦2 décembre|D⟧ - Moins d'⟦un mois|Q:duration|1|month|1⟧ après son investiture, le président ⟦bolivien|N⟧ ⟦Rodrigo Paz|P⟧ a ordonné ⟦lundi|D⟧ un audit des ⟦deux|Q:count|2||0⟧ contrats d'exploitation du lithium conclus par son prédécesseur, ⟦Luis Arce|P⟧, avec la société ⟦russe|N⟧ ⟦Uranium One|O⟧ et le consortium ⟦chinois|N⟧ ⟦CBC|O⟧, emmené par le géant des batteries ⟦CATL|O⟧. « Ces accords ont été négociés dans l'opacité, au détriment des régions productrices. Nous ne signerons pas un chèque en blanc », a lancé le chef de l'Etat lors d'un discours à ⟦Potosí|L⟧.

Les ⟦deux|Q:count|2||0⟧ contrats, d'un montant cumulé d'environ ⟦2 milliards de dollars|Q:money|2000000000|USD|1⟧ (⟦1,7 milliard d'euros|Q:money|1700000000|EUR|0⟧), prévoient la construction de ⟦trois|Q:count|3||0⟧ usines d'extraction directe sur les salars d'⟦Uyuni|L⟧ et de ⟦Pastos Grandes|L⟧, pour une capacité totale de ⟦49 000 tonnes|Q:measure|49000|t|0⟧ de carbonate de lithium par an. Ils avaient été signés entre ⟦septembre 2023 et juin 2024|D⟧, mais n'ont jamais été ratifiés par l'⟦Assemblée législative plurinationale|O⟧.

Avec quelque ⟦23 millions de tonnes|Q:measure|23000000|t|1⟧ de ressources identifiées, la ⟦Bolivie|L⟧ posséderait les plus importantes réserves de lithium au monde, devant l'⟦Argentine|L⟧ et le ⟦Chili|L⟧, selon l'⟦Institut d'études géologiques des Etats-Unis|O|Institut d'études géologiques des États-Unis⟧ (⟦USGS|O|Institut d'études géologiques des États-Unis⟧). Mais le pays n'a exporté que ⟦1 400 tonnes|Q:measure|1400|t|0⟧ de carbonate en ⟦2024|D⟧, une goutte d'eau comparée aux ⟦44 000 tonnes|Q:measure|44000|t|0⟧ produites par son voisin ⟦chilien|N⟧.

Le président de l'entreprise publique ⟦Yacimientos de Litio Bolivianos|O⟧ (⟦YLB|O|Yacimientos de Litio Bolivianos⟧), ⟦Omar Alarcón|P⟧, a défendu ⟦mardi|D⟧ des contrats « transparents et conformes à la loi », assurant que les partenaires étrangers apporteraient ⟦100 %|Q:percent|100|%|0⟧ des investissements. Selon lui, l'Etat conserverait au moins ⟦51 %|Q:percent|51|%|1⟧ des bénéfices, comme l'exige la Constitution de ⟦2009|D⟧.

Le ⟦Comité civique de Potosí|O⟧ (⟦Comcipo|O|Comité civique de Potosí⟧), qui réclame ⟦11 %|Q:percent|11|%|0⟧ de redevances pour le département au lieu des ⟦3 %|Q:percent|3|%|0⟧ actuels, a salué une « victoire des ⟦Potosiniens|N⟧ ». Son dirigeant, ⟦Juan Carlos Manuel|P⟧, a menacé de bloquer les routes menant au salar « dès la première pelleteuse » si les contrats n'étaient pas révisés.

Les communautés indigènes de la région s'inquiètent surtout de l'eau. D'après une étude de l'⟦Université Mayor de San Andrés|O⟧ publiée en ⟦mars|D⟧, l'extraction directe consommerait entre ⟦300 et 500 litres|Q:measure|300~500|L|1⟧ d'eau douce par kilo de lithium produit, dans une zone où il tombe moins de ⟦200 millimètres|Q:measure|200|mm|1⟧ de pluie par an.

A ⟦Moscou|L⟧, la diplomatie ⟦russe|N⟧ a dit « suivre avec attention » la situation. Un responsable de l'⟦ambassade de Chine à La Paz|O|ambassade de Chine en Bolivie⟧, qui s'exprimait sous couvert d'anonymat, a rappelé que ⟦CBC|O⟧ avait déjà engagé « ⟦des dizaines de millions de dollars|Q:money|10000000|USD|1⟧ » en études et en forages.

Le nouveau gouvernement, qui a hérité d'une économie exsangue, espère attirer des investisseurs ⟦occidentaux|N⟧. L'inflation annuelle a atteint ⟦22 %|Q:percent|22|%|0⟧ en ⟦octobre|D⟧, selon l'⟦Institut national de la statistique|O|Institut national de la statistique de Bolivie⟧, et le dollar s'échange à près de ⟦13 bolivianos|Q:money|13|BOB|1⟧ sur le marché parallèle, contre ⟦6,96|Q:money|6.96|BOB|0⟧ au taux officiel, inchangé depuis ⟦2011|D⟧. Le ministre de l'Economie, ⟦José Gabriel Espinoza|P⟧, a évoqué ⟦la semaine dernière|D⟧ un prêt de ⟦3,1 milliards de dollars|Q:money|3100000000|USD|0⟧ de la ⟦Banque interaméricaine de développement|O⟧ (⟦BID|O|Banque interaméricaine de développement⟧) et de la ⟦Banque de développement d'Amérique latine|O⟧ (⟦CAF|O|Banque de développement d'Amérique latine⟧).

===ATTR===
direct | chef de l'Etat | Rodrigo Paz | a lancé | Ces accords ont été négociés dans l'opacité, au détriment des régions productrices. Nous ne signerons pas un chèque en blanc
according-to | Institut d'études géologiques des Etats-Unis | Institut d'études géologiques des États-Unis | selon#1 | Avec quelque 23 millions de tonnes de ressources identifiées, la Bolivie posséderait les plus importantes réserves de lithium au monde, devant l'Argentine et le Chili
mixed | Omar Alarcón | Omar Alarcón | a défendu | des contrats « transparents et conformes à la loi »
indirect | Omar Alarcón | Omar Alarcón | assurant | les partenaires étrangers apporteraient 100 % des investissements
according-to | lui | Omar Alarcón | Selon | l'Etat conserverait au moins 51 % des bénéfices, comme l'exige la Constitution de 2009
indirect | qui | Comité civique de Potosí | réclame | 11 % de redevances pour le département au lieu des 3 % actuels
mixed | Comité civique de Potosí | Comité civique de Potosí | a salué | une « victoire des Potosiniens »
mixed | Juan Carlos Manuel | Juan Carlos Manuel | a menacé | de bloquer les routes menant au salar « dès la première pelleteuse » si les contrats n'étaient pas révisés
according-to | Université Mayor de San Andrés | Université Mayor de San Andrés | D'après | l'extraction directe consommerait entre 300 et 500 litres d'eau douce par kilo de lithium produit, dans une zone où il tombe moins de 200 millimètres de pluie par an
mixed | diplomatie | ministère russe des Affaires étrangères | a dit | « suivre avec attention » la situation
mixed | responsable | responsable de l'ambassade de Chine en Bolivie (non nommé) | a rappelé | CBC avait déjà engagé « des dizaines de millions de dollars » en études et en forages
according-to | Institut national de la statistique | Institut national de la statistique de Bolivie | selon#2 | L'inflation annuelle a atteint 22 % en octobre
indirect | José Gabriel Espinoza | José Gabriel Espinoza | a évoqué | un prêt de 3,1 milliards de dollars de la Banque interaméricaine de développement (BID) et de la Banque de développement d'Amérique latine (CAF)
