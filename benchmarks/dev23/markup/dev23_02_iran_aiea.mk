Nucléaire: l’⟦AIEA|O|Agence internationale de l’énergie atomique⟧ réclame l’accès aux sites bombardés en ⟦Iran|L⟧

⟦Vienne|L⟧, ⟦20 novembre|D⟧ (⟦Reuters|O⟧) - Le conseil des gouverneurs de l’⟦Agence internationale de l’énergie atomique|O⟧ (⟦AIEA|O|Agence internationale de l’énergie atomique⟧) a adopté ⟦jeudi|D⟧ une résolution demandant à l’⟦Iran|L⟧ de dire “sans délai” où se trouve son stock d’uranium enrichi et de rouvrir aux inspecteurs les sites de ⟦Fordo|L⟧, ⟦Natanz|L⟧ et ⟦Ispahan|L⟧, frappés en ⟦juin|D⟧ par ⟦Israël|L⟧ et les ⟦Etats-Unis|L⟧.

Le texte, présenté par la ⟦France|L⟧, le ⟦Royaume-Uni|L⟧, l’⟦Allemagne|L⟧ et les ⟦Etats-Unis|L⟧, a recueilli ⟦19|Q:count|19||0⟧ voix sur les ⟦35|Q:count|35||0⟧ membres du conseil, ⟦trois|Q:count|3||0⟧ pays votant contre, dont la ⟦Russie|L⟧ et la ⟦Chine|L⟧, et ⟦12|Q:count|12||0⟧ s’abstenant, ont indiqué des diplomates présents à la réunion.

Selon le dernier rapport confidentiel de l’agence, consulté par ⟦Reuters|O⟧, l’⟦Iran|L⟧ détenait avant les frappes ⟦440,9 kilogrammes|Q:measure|440.9|kg|0⟧ d’uranium enrichi à ⟦60%|Q:percent|60|%|0⟧, un niveau proche des ⟦90%|Q:percent|90|%|1⟧ environ nécessaires à la fabrication d’une arme nucléaire. Les inspecteurs n’ont pas pu vérifier ce stock depuis plus de ⟦cinq mois|Q:duration|5|month|1⟧, souligne le document.

“Nous ne savons pas où se trouvent ces matières. C’est une situation qui ne peut pas durer”, a déclaré le directeur général de l’⟦AIEA|O|Agence internationale de l’énergie atomique⟧, ⟦Rafael Grossi|P⟧, lors d’une conférence de presse. Le diplomate ⟦argentin|N⟧ a précisé que ses équipes avaient mené ⟦une douzaine|Q:count|12||1⟧ d’inspections en ⟦Iran|L⟧ depuis ⟦septembre|D⟧, mais aucune sur les ⟦trois|Q:count|3||0⟧ sites touchés.

Le ministre ⟦iranien|N⟧ des Affaires étrangères, ⟦Abbas Araghtchi|P⟧, a qualifié la résolution de “geste hostile” et averti que ⟦Téhéran|L|Iran⟧ pourrait revoir sa coopération avec l’agence. “Ceux qui ont soutenu ce texte porteront la responsabilité de ses conséquences”, a-t-il écrit sur le réseau social ⟦X|O⟧.

L’accord de ⟦2015|D⟧, conclu à ⟦Vienne|L⟧, plafonnait l’enrichissement à ⟦3,67%|Q:percent|3.67|%|0⟧ et le stock ⟦iranien|N⟧ à ⟦202,8 kilogrammes|Q:measure|202.8|kg|0⟧ d’uranium. Les ⟦Etats-Unis|L⟧ s’en sont retirés en ⟦2018|D⟧ sous le premier mandat de ⟦Donald Trump|P⟧. Les ⟦Européens|N⟧ ont déclenché ⟦fin août|D⟧ le mécanisme de “snapback”, qui a rétabli ⟦fin septembre|D⟧ les sanctions de l’⟦ONU|O|Organisation des Nations unies⟧ levées ⟦dix ans|Q:duration|10|year|0⟧ plus tôt.

Depuis, le rial a perdu près de ⟦20%|Q:percent|20|%|1⟧ de sa valeur face au dollar sur le marché libre de ⟦Téhéran|L⟧, où ⟦un million|Q:count|1000000||0⟧ de rials s’échangent contre environ ⟦9 dollars|Q:money|9|USD|1⟧, selon des sites spécialisés. L’inflation dépasse ⟦40%|Q:percent|40|%|1⟧ sur ⟦un an|Q:duration|1|year|0⟧, d’après la banque centrale ⟦iranienne|N⟧.

“Une résolution de plus ne règle rien. Il faut un cadre de négociation, et il n’existe plus”, estime ⟦Kelsey Davenport|P⟧, de l’⟦Arms Control Association|O⟧, à ⟦Washington|L⟧. Un diplomate ⟦européen|N⟧ à ⟦Vienne|L⟧ juge pour sa part que ⟦Téhéran|L|Iran⟧ “joue la montre” en attendant de voir si ⟦Washington|L|Etats-Unis⟧ accepte de reprendre les discussions, interrompues en ⟦juin|D⟧ après ⟦cinq|Q:count|5||0⟧ cycles de pourparlers indirects sous médiation ⟦omanaise|N⟧.
===ATTR===
indirect | diplomates | diplomates présents à la réunion (non nommé) | ont indiqué | Le texte, présenté par la France, le Royaume-Uni, l’Allemagne et les Etats-Unis, a recueilli 19 voix sur les 35 membres du conseil, trois pays votant contre, dont la Russie et la Chine, et 12 s’abstenant
according-to | rapport | rapport confidentiel de l’AIEA (non nommé) | Selon | l’Iran détenait avant les frappes 440,9 kilogrammes d’uranium enrichi à 60%, un niveau proche des 90% environ nécessaires à la fabrication d’une arme nucléaire
indirect | document | rapport confidentiel de l’AIEA (non nommé) | souligne | Les inspecteurs n’ont pas pu vérifier ce stock depuis plus de cinq mois
direct | Rafael Grossi | Rafael Grossi | a déclaré | Nous ne savons pas où se trouvent ces matières. C’est une situation qui ne peut pas durer
indirect | diplomate#1 | Rafael Grossi | a précisé | ses équipes avaient mené une douzaine d’inspections en Iran depuis septembre, mais aucune sur les trois sites touchés
mixed | Abbas Araghtchi | Abbas Araghtchi | a qualifié | la résolution de “geste hostile”
indirect | Abbas Araghtchi | Abbas Araghtchi | averti | Téhéran pourrait revoir sa coopération avec l’agence
direct | il | Abbas Araghtchi | a-t-il écrit | Ceux qui ont soutenu ce texte porteront la responsabilité de ses conséquences
according-to | sites | sites spécialisés (non nommé) | selon | Depuis, le rial a perdu près de 20% de sa valeur face au dollar sur le marché libre de Téhéran, où un million de rials s’échangent contre environ 9 dollars
according-to | banque centrale | banque centrale iranienne | d’après | L’inflation dépasse 40% sur un an
direct | Kelsey Davenport | Kelsey Davenport | estime | Une résolution de plus ne règle rien. Il faut un cadre de négociation, et il n’existe plus
mixed | diplomate#2 | diplomate européen (non nommé) | juge | Téhéran “joue la montre” en attendant de voir si Washington accepte de reprendre les discussions, interrompues en juin après cinq cycles de pourparlers indirects sous médiation omanaise
