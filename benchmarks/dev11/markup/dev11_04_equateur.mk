⟦Equateur|L|Équateur⟧ : les électeurs rejettent les bases militaires étrangères, revers pour ⟦Noboa|P|Daniel Noboa⟧

⟦Quito|L⟧, ⟦17 novembre|D⟧ (⟦AFP|O|Agence France-Presse⟧) — Les ⟦Equatoriens|N⟧ ont rejeté ⟦dimanche|D⟧ par référendum le retour de bases militaires étrangères sur leur sol ainsi que la convocation d'une assemblée constituante, infligeant un sérieux revers au président ⟦Daniel Noboa|P⟧, qui en avait fait l'axe de sa lutte contre le crime organisé.

Selon des résultats quasi définitifs publiés ⟦lundi|D⟧ par le ⟦Conseil national électoral|O⟧ (⟦CNE|O|Conseil national électoral⟧), le non l'a emporté avec près de ⟦61%|Q:percent|61|%|1⟧ des voix sur la question des bases et près de ⟦62%|Q:percent|62|%|1⟧ sur l'assemblée constituante. Les ⟦deux|Q:count|2||0⟧ autres questions, sur la réduction du nombre de députés et la fin du financement public des partis, ont également été rejetées.

«{NBSP}Nous respectons la volonté du peuple ⟦équatorien|N⟧. Le combat contre les mafias continue, avec les outils dont nous disposons{NBSP}», a écrit sur les réseaux sociaux le chef de l'Etat, ⟦37 ans|Q:duration|37|year|0⟧, réélu en ⟦avril|D⟧ pour un mandat de ⟦quatre ans|Q:duration|4|year|0⟧.

Sa rivale malheureuse à la présidentielle, ⟦Luisa González|P⟧, du parti ⟦Révolution citoyenne|O⟧ (⟦RC|O|Révolution citoyenne⟧) de l'ancien président ⟦Rafael Correa|P⟧, a salué «{NBSP}une victoire de la souveraineté nationale{NBSP}» et réclamé un changement de cap en matière de sécurité.

M. ⟦Noboa|P|Daniel Noboa⟧ voulait autoriser l'installation de bases étrangères, interdite par la Constitution de ⟦2008|D⟧, pour accueillir notamment des soldats ⟦américains|N⟧. L'⟦armée américaine|O|Forces armées des États-Unis⟧ a utilisé la base aérienne de ⟦Manta|L⟧, sur la côte pacifique, de ⟦1999 à 2009|D⟧. Le président espérait aussi qu'une nouvelle Constitution lui permettrait de durcir la justice pénale, une réforme que la ⟦Cour constitutionnelle|O|Cour constitutionnelle de l'Équateur⟧ avait en partie bloquée ⟦cet été|D⟧.

Longtemps épargné, l'⟦Equateur|L|Équateur⟧ est devenu en quelques années l'un des pays les plus violents d'⟦Amérique latine|L⟧, sous l'emprise de gangs liés aux cartels ⟦mexicains|N⟧ et ⟦colombiens|N⟧ qui se disputent les routes de la cocaïne vers les ⟦Etats-Unis|L⟧ et l'⟦Europe|L⟧. Plus de ⟦7{NBSP}000|Q:count|7000||1⟧ homicides ont été recensés entre ⟦janvier et octobre|D⟧, un record, selon l'⟦Observatoire équatorien du crime organisé|O⟧ (⟦OECO|O|Observatoire équatorien du crime organisé⟧).

⟦Samedi|D⟧, M. ⟦Noboa|P|Daniel Noboa⟧ avait encore prolongé de ⟦60 jours|Q:duration|60|day|0⟧ l'état d'exception dans ⟦sept|Q:count|7||0⟧ provinces, dont celle du ⟦Guayas|L⟧, où se trouve ⟦Guayaquil|L⟧, le premier port du pays. Un couvre-feu y est en vigueur de ⟦22h00|D⟧ à ⟦05h00|D⟧.

«{NBSP}La population ne rejette pas la fermeté. Elle rejette un président qui demande toujours plus de pouvoirs sans résultats visibles{NBSP}», analyse ⟦Carolina Jaramillo|P⟧, politologue à l'⟦université San Francisco de Quito|O⟧.

À ⟦Guayaquil|L⟧, ⟦Jorge|P⟧, ⟦52 ans|Q:duration|52|year|0⟧, chauffeur de taxi, dit avoir voté non «{NBSP}sans hésiter{NBSP}». «{NBSP}Je paie entre ⟦5 et 10 dollars|Q:money|5~10|USD|1⟧ par semaine à une bande pour pouvoir travailler. Ce n'est pas une base étrangère qui va changer ça{NBSP}», explique-t-il.

La violence pèse aussi sur l'économie, dollarisée depuis ⟦2000|D⟧. La croissance devrait atteindre ⟦3,2%|Q:percent|3.2|%|0⟧ ⟦cette année|D⟧, après une contraction de ⟦2%|Q:percent|2|%|0⟧ en ⟦2024|D⟧, selon la ⟦Banque centrale de l'Equateur|O|Banque centrale de l'Équateur⟧. L'année ⟦2024|D⟧ avait été marquée par une grave crise énergétique, avec des coupures de courant allant jusqu'à ⟦14 heures|Q:duration|14|hour|1⟧ par jour. Le pays bénéficie d'un programme d'aide du ⟦Fonds monétaire international|O⟧ (⟦FMI|O|Fonds monétaire international⟧) de près de ⟦5 milliards de dollars|Q:money|5000000000|USD|1⟧.

Le gouvernement a indiqué ⟦lundi soir|D⟧ qu'il soumettrait dans ⟦les prochaines semaines|D⟧ à l'⟦Assemblée nationale|O|Assemblée nationale de l'Équateur⟧, où son parti, l'⟦Action démocratique nationale|O⟧ (⟦ADN|O|Action démocratique nationale⟧), est la première force, plusieurs réformes de sécurité ne nécessitant pas de vote populaire.
===ATTR===
according-to | Conseil national électoral | Conseil national électoral | Selon | le non l'a emporté avec près de 61% des voix sur la question des bases et près de 62% sur l'assemblée constituante
direct | chef de l'Etat | Daniel Noboa | a écrit | Nous respectons la volonté du peuple équatorien. Le combat contre les mafias continue, avec les outils dont nous disposons
direct | Luisa González | Luisa González | a salué | une victoire de la souveraineté nationale
indirect | Luisa González | Luisa González | réclamé | un changement de cap en matière de sécurité
according-to | Observatoire équatorien du crime organisé | Observatoire équatorien du crime organisé | selon#1 | Plus de 7 000 homicides ont été recensés entre janvier et octobre, un record
direct | Carolina Jaramillo | Carolina Jaramillo | analyse | La population ne rejette pas la fermeté. Elle rejette un président qui demande toujours plus de pouvoirs sans résultats visibles
mixed | Jorge | Jorge | dit | avoir voté non « sans hésiter »
direct | il | Jorge | explique-t-il | Je paie entre 5 et 10 dollars par semaine à une bande pour pouvoir travailler. Ce n'est pas une base étrangère qui va changer ça
according-to | Banque centrale de l'Equateur | Banque centrale de l'Équateur | selon#2 | La croissance devrait atteindre 3,2% cette année, après une contraction de 2% en 2024
indirect | gouvernement | gouvernement équatorien | a indiqué | il soumettrait dans les prochaines semaines à l'Assemblée nationale, où son parti, l'Action démocratique nationale (ADN), est la première force, plusieurs réformes de sécurité ne nécessitant pas de vote populaire