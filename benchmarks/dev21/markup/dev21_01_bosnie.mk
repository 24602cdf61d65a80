⟦Bosnie|L|Bosnie-Herzégovine⟧: ⟦Milorad Dodik|P⟧ rassemble ses partisans à ⟦Banja Luka|L⟧ contre le Haut représentant ⟦Christian Schmidt|P⟧

⟦Banja Luka|L⟧, ⟦6 décembre|D⟧ (⟦Reuters|O⟧) - ⟦Plusieurs milliers|Q:count|1000||1⟧ de personnes se sont rassemblées ⟦samedi|D⟧ à ⟦Banja Luka|L⟧, la principale ville de la ⟦Republika Srpska|L⟧, à l'appel de ⟦Milorad Dodik|P⟧, l'ancien président de l'entité ⟦serbe|N⟧ de ⟦Bosnie-Herzégovine|L⟧, qui a de nouveau exigé le départ du Haut représentant international ⟦Christian Schmidt|P⟧.

“Ce n'est pas un ⟦Allemand|N⟧ que personne n'a élu qui décidera de l'avenir de notre peuple”, a lancé ⟦Milorad Dodik|P⟧, ⟦66 ans|Q:duration|66|year|0⟧, devant la foule réunie vers ⟦18h|D⟧ sur la ⟦place Krajina|L⟧. Le dirigeant de l'⟦Alliance des sociaux-démocrates indépendants|O⟧ (⟦SNSD|O|Alliance des sociaux-démocrates indépendants⟧), déchu de son mandat en ⟦août|D⟧, a dénoncé une “occupation” de la ⟦Bosnie|L|Bosnie-Herzégovine⟧ et promis de défendre “par tous les moyens légaux” les compétences de l'entité.

Condamné en ⟦février|D⟧ par la ⟦Cour de Bosnie-Herzégovine|O⟧ à ⟦un an|Q:duration|1|year|0⟧ de prison et à ⟦six ans|Q:duration|6|year|0⟧ d'inéligibilité pour avoir ignoré les décisions du Haut représentant, l'ancien président a obtenu la conversion de sa peine de prison en une amende de ⟦36 500 marks convertibles|Q:money|36500|BAM|0⟧ (quelque ⟦18 700 euros|Q:money|18700|EUR|1⟧). Son dauphin, ⟦Siniša Karan|P⟧, a remporté de justesse le ⟦23 novembre|D⟧ l'élection présidentielle anticipée dans l'entité.

A ⟦Sarajevo|L⟧, le ⟦Bureau du Haut représentant|O⟧ (⟦OHR|O|Bureau du Haut représentant⟧) a rappelé dans un communiqué que les accords de paix de Dayton, signés en ⟦1995|D⟧, “ne donnent à aucune entité le droit de quitter les institutions de l'Etat”. ⟦Christian Schmidt|P⟧, un ancien ministre ⟦allemand|N⟧ de l'Agriculture en poste depuis ⟦2021|D⟧, dispose de pouvoirs étendus qui lui permettent d'imposer des lois et de démettre des élus.

⟦Moscou|L⟧ soutient la position de ⟦Dodik|P|Milorad Dodik⟧ et réclame de longue date la fermeture de ce bureau, tandis que ⟦Washington|L⟧ a levé en ⟦octobre|D⟧ les sanctions qui visaient le dirigeant ⟦serbe|N⟧ et plusieurs de ses proches.

Le pays de quelque ⟦3,2 millions|Q:count|3200000||1⟧ d'habitants est divisé depuis la fin de la guerre (⟦1992-1995|D⟧) en ⟦deux|Q:count|2||0⟧ entités, la ⟦Republika Srpska|L⟧ et la ⟦Fédération croato-musulmane|L|Fédération de Bosnie-Herzégovine⟧, reliées par un Etat central aux pouvoirs limités. L'⟦Assemblée nationale de la Republika Srpska|O⟧ a adopté ⟦jeudi|D⟧ un budget de ⟦5,2 milliards de marks|Q:money|5200000000|BAM|0⟧ (environ ⟦2,7 milliards d'euros|Q:money|2700000000|EUR|1⟧) pour ⟦2026|D⟧, en hausse de ⟦8%|Q:percent|8|%|0⟧ sur ⟦un an|Q:duration|1|year|0⟧, dont près de ⟦40%|Q:percent|40|%|1⟧ financés par l'emprunt, selon le ⟦ministère des Finances|O|ministère des Finances de la Republika Srpska⟧ de l'entité.

“⟦Dodik|P|Milorad Dodik⟧ a besoin d'un ennemi extérieur pour faire oublier les difficultés économiques”, estime ⟦Lejla Hadžić|P⟧, politologue à l'⟦université de Sarajevo|O⟧. Selon elle, le chômage des jeunes, supérieur à ⟦30%|Q:percent|30|%|1⟧, pousse chaque année ⟦des milliers|Q:count|1000||1⟧ de diplômés à partir pour l'⟦Allemagne|L⟧, l'⟦Autriche|L⟧ ou la ⟦Slovénie|L⟧.

Dans la foule, ⟦Dragan|P⟧, ⟦52 ans|Q:duration|52|year|0⟧, professeur de lycée venu de ⟦Bijeljina|L⟧, ne cachait pas sa lassitude. “On nous parle de l'⟦Europe|L⟧, mais ici les salaires ne dépassent pas ⟦1 500 marks|Q:money|1500|BAM|1⟧ et les jeunes s'en vont”, dit-il.

La ⟦Bosnie-Herzégovine|L⟧, candidate à l'adhésion à l'⟦Union européenne|O⟧ depuis ⟦décembre 2022|D⟧, n'a toujours pas ouvert de négociations. Dans son dernier rapport, publié en ⟦novembre|D⟧, la ⟦Commission européenne|O⟧ a jugé que les réformes étaient “pratiquement à l'arrêt” et appelé les dirigeants ⟦bosniens|N⟧ à “sortir de la logique de blocage”.
===ATTR===
indirect | qui | Milorad Dodik | a de nouveau exigé | le départ du Haut représentant international Christian Schmidt
direct | Milorad Dodik#3 | Milorad Dodik | a lancé | Ce n'est pas un Allemand que personne n'a élu qui décidera de l'avenir de notre peuple
mixed | dirigeant | Milorad Dodik | a dénoncé | une “occupation” de la Bosnie
mixed | dirigeant | Milorad Dodik | promis | de défendre “par tous les moyens légaux” les compétences de l'entité
mixed | Bureau du Haut représentant | Bureau du Haut représentant | a rappelé | les accords de paix de Dayton, signés en 1995, “ne donnent à aucune entité le droit de quitter les institutions de l'Etat”
indirect | Moscou | Moscou | réclame | la fermeture de ce bureau
according-to | ministère des Finances | ministère des Finances de la Republika Srpska | selon | L'Assemblée nationale de la Republika Srpska a adopté jeudi un budget de 5,2 milliards de marks (environ 2,7 milliards d'euros) pour 2026, en hausse de 8% sur un an, dont près de 40% financés par l'emprunt
direct | Lejla Hadžić | Lejla Hadžić | estime | Dodik a besoin d'un ennemi extérieur pour faire oublier les difficultés économiques
according-to | elle | Lejla Hadžić | Selon | le chômage des jeunes, supérieur à 30%, pousse chaque année des milliers de diplômés à partir pour l'Allemagne, l'Autriche ou la Slovénie
direct | il | Dragan | dit-il | On nous parle de l'Europe, mais ici les salaires ne dépassent pas 1 500 marks et les jeunes s'en vont
mixed | Commission européenne | Commission européenne | a jugé | les réformes étaient “pratiquement à l'arrêt”
mixed | Commission européenne | Commission européenne | appelé | les dirigeants bosniens à “sortir de la logique de blocage”
