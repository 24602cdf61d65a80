⟦Chili|L⟧ : ⟦Codelco|O⟧ et ⟦SQM|O⟧ scellent leur alliance dans le lithium, ⟦Tianqi|O|Tianqi Lithium⟧ dénonce un “passage en force”

⟦Santiago|L⟧, ⟦28 mai|D⟧ (⟦Reuters|O⟧) – Le géant public ⟦chilien|N⟧ du cuivre ⟦Codelco|O⟧ et le producteur de lithium ⟦SQM|O⟧ ont finalisé ⟦mardi|D⟧ la création d’une coentreprise qui exploitera le ⟦salar d’Atacama|L⟧ de ⟦2031 à 2060|D⟧, après le feu vert des autorités ⟦chinoises|N⟧ de la concurrence, a annoncé ⟦Codelco|O⟧ dans un communiqué.

“C’est un jour historique pour le ⟦Chili|L⟧. L’État prend le contrôle de la première réserve mondiale de lithium”, a déclaré le président du conseil d’administration de ⟦Codelco|O⟧, ⟦Máximo Pacheco|P⟧, lors d’une conférence de presse à ⟦Santiago|L⟧. ⟦Codelco|O⟧ détiendra la majorité du capital à partir de ⟦2031|D⟧, et l’État ⟦chilien|N⟧ percevra environ ⟦70{NNBSP}%|Q:percent|70|%|1⟧ de la marge opérationnelle du gisement, selon M. ⟦Pacheco|P|Máximo Pacheco⟧.

Le groupe ⟦chinois|N⟧ ⟦Tianqi Lithium|O⟧, deuxième actionnaire de ⟦SQM|O⟧ avec ⟦22{NNBSP}%|Q:percent|22|%|0⟧ du capital, a dénoncé un “passage en force” et annoncé qu’il poursuivrait ses recours devant les tribunaux ⟦chiliens|N⟧. ⟦Tianqi|O|Tianqi Lithium⟧ affirme que l’accord aurait dû être soumis au vote des actionnaires.

Le président ⟦Gabriel Boric|P⟧, qui avait annoncé en ⟦avril 2023|D⟧ une stratégie nationale du lithium, a salué sur ⟦X|O⟧ un “pas décisif” pour que les richesses du ⟦Chili|L⟧ profitent à tous les ⟦Chiliens|N⟧. Le candidat de droite ⟦José Antonio Kast|P⟧ a au contraire qualifié l’accord d’“erreur historique” et promis de le “réviser” s’il était élu en ⟦novembre|D⟧.

Le projet intervient dans un marché déprimé : le prix du carbonate de lithium a chuté de près de ⟦80{NNBSP}%|Q:percent|80|%|1⟧ depuis son pic de ⟦fin 2022|D⟧, à environ ⟦9{NBSP}500 dollars|Q:money|9500|USD|1⟧ la tonne. ⟦SQM|O⟧ a fait état d’une chute de ⟦52{NNBSP}%|Q:percent|52|%|0⟧ de son bénéfice net au ⟦premier trimestre|D⟧, à ⟦88,7 millions de dollars|Q:money|88700000|USD|0⟧.

Le ⟦Conseil des peuples atacameños|O⟧ (⟦CPA|O|Conseil des peuples atacameños⟧), qui représente les ⟦18|Q:count|18||0⟧ communautés indigènes du salar, réclame une part des revenus et une surveillance indépendante des nappes d’eau, fragilisées par le pompage intensif de la saumure.

Premier producteur mondial de cuivre, avec quelque ⟦5,3 millions de tonnes|Q:measure|5300000|t|1⟧ en ⟦2024|D⟧, le ⟦Chili|L⟧ redoute par ailleurs les droits de douane envisagés par ⟦Washington|L⟧ sur le métal rouge. La ministre des Mines, ⟦Aurora Williams|P⟧, a assuré que ⟦Santiago|L⟧ négociait “un traitement différencié” avec l’administration ⟦Trump|P|Donald Trump⟧. Selon elle, les ⟦États-Unis|L⟧ importent du ⟦Chili|L⟧ près de ⟦60{NNBSP}%|Q:percent|60|%|1⟧ de leur cuivre raffiné.

Selon la ⟦Commission chilienne du cuivre|O⟧ (⟦Cochilco|O|Commission chilienne du cuivre⟧), le prix moyen de la livre de cuivre devrait atteindre ⟦4,25 dollars|Q:money|4.25|USD|0⟧ en ⟦2025|D⟧, contre ⟦4,15 dollars|Q:money|4.15|USD|0⟧ ⟦l’an dernier|D⟧. Le peso ⟦chilien|N⟧ s’échangeait ⟦mardi|D⟧ à ⟦938 pesos|Q:money|938|CLP|0⟧ pour ⟦un dollar|Q:money|1|USD|0⟧.

“Le ⟦Chili|L⟧ a perdu sa place de premier producteur de lithium au profit de l’⟦Australie|L⟧. Cet accord doit lui permettre de la reconquérir d’ici ⟦2030|D⟧”, estime ⟦Javiera Órdenes|P⟧, analyste au cabinet ⟦Minerales Andinos|O⟧. D’après Mme ⟦Órdenes|P|Javiera Órdenes⟧, la production ⟦chilienne|N⟧ de carbonate pourrait passer de ⟦280{NBSP}000|Q:measure|280000|t|0⟧ à ⟦400{NBSP}000 tonnes|Q:measure|400000|t|0⟧ par an d’ici ⟦2035|D⟧, à condition que les investissements, estimés à ⟦1{NBSP}500 millions de dollars|Q:money|1500000000|USD|1⟧, soient engagés rapidement.

===ATTR===
mixed | Tianqi#1 | Tianqi Lithium | dénonce | un “passage en force”#1
indirect | Codelco#3 | Codelco | a annoncé | Le géant public chilien du cuivre Codelco et le producteur de lithium SQM ont finalisé mardi la création d’une coentreprise qui exploitera le salar d’Atacama de 2031 à 2060, après le feu vert des autorités chinoises de la concurrence
direct | Máximo Pacheco | Máximo Pacheco | a déclaré | C’est un jour historique pour le Chili. L’État prend le contrôle de la première réserve mondiale de lithium
according-to | Pacheco | Máximo Pacheco | selon | Codelco détiendra la majorité du capital à partir de 2031, et l’État chilien percevra environ 70 % de la marge opérationnelle du gisement
mixed | Tianqi Lithium | Tianqi Lithium | a dénoncé | un “passage en force”#2
indirect | Tianqi Lithium | Tianqi Lithium | annoncé | il poursuivrait ses recours devant les tribunaux chiliens
indirect | Tianqi#3 | Tianqi Lithium | affirme | l’accord aurait dû être soumis au vote des actionnaires
indirect | qui | Gabriel Boric | avait annoncé | une stratégie nationale du lithium
mixed | Gabriel Boric | Gabriel Boric | a salué | un “pas décisif” pour que les richesses du Chili profitent à tous les Chiliens
mixed | José Antonio Kast | José Antonio Kast | a au contraire qualifié | l’accord d’“erreur historique”
mixed | José Antonio Kast | José Antonio Kast | promis | de le “réviser” s’il était élu en novembre
indirect | SQM | SQM | a fait état | d’une chute de 52 % de son bénéfice net au premier trimestre, à 88,7 millions de dollars
indirect | Conseil des peuples atacameños | Conseil des peuples atacameños | réclame | une part des revenus et une surveillance indépendante des nappes d’eau, fragilisées par le pompage intensif de la saumure
mixed | Aurora Williams | Aurora Williams | a assuré | Santiago négociait “un traitement différencié” avec l’administration Trump
according-to | elle | Aurora Williams | Selon#1 | les États-Unis importent du Chili près de 60 % de leur cuivre raffiné
according-to | Commission chilienne du cuivre | Commission chilienne du cuivre | Selon#2 | le prix moyen de la livre de cuivre devrait atteindre 4,25 dollars en 2025, contre 4,15 dollars l’an dernier
direct | Javiera Órdenes | Javiera Órdenes | estime | Le Chili a perdu sa place de premier producteur de lithium au profit de l’Australie. Cet accord doit lui permettre de la reconquérir d’ici 2030
according-to | Órdenes | Javiera Órdenes | D’après | la production chilienne de carbonate pourrait passer de 280 000 à 400 000 tonnes par an d’ici 2035, à condition que les investissements, estimés à 1 500 millions de dollars, soient engagés rapidement
