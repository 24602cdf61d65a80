Pompes à chaleur : ⟦Altherm|O⟧ va supprimer ⟦1{NNBSP}150|Q:count|1150||0⟧ postes, dont ⟦620|Q:count|620||0⟧ en ⟦France|L⟧, et fermer son usine de ⟦Vierzon|L⟧

⟦Lyon|L⟧, ⟦24 février|D⟧ (⟦AFP|O|Agence France-Presse⟧) – Le fabricant ⟦français|N⟧ de pompes à chaleur et de chaudières ⟦Altherm|O⟧ a annoncé ⟦mardi|D⟧ la suppression de ⟦1{NNBSP}150|Q:count|1150||0⟧ postes dans le monde d’ici ⟦fin 2027|D⟧, dont ⟦620|Q:count|620||0⟧ en ⟦France|L⟧, et la fermeture de son usine de ⟦Vierzon|L⟧ (⟦Cher|L⟧), qui emploie ⟦310|Q:count|310||0⟧ salariés, après une année ⟦2025|D⟧ marquée par l’effondrement du marché ⟦européen|N⟧.

Le groupe, dont le siège est à ⟦Saint-Priest|L⟧ (⟦Rhône|L⟧), a réalisé ⟦l’an dernier|D⟧ un chiffre d’affaires de ⟦2,84 milliards d’euros|Q:money|2840000000|EUR|0⟧, en recul de ⟦7,3{NNBSP}%|Q:percent|7.3|%|0⟧, et a essuyé une perte nette de ⟦112 millions d’euros|Q:money|112000000|EUR|0⟧, contre un bénéfice de ⟦64 millions|Q:money|64000000|EUR|0⟧ en ⟦2024|D⟧. Sa marge opérationnelle est tombée à ⟦3,1{NNBSP}%|Q:percent|3.1|%|0⟧, loin de l’objectif de ⟦8{NNBSP}%|Q:percent|8|%|0⟧ fixé lors de sa journée investisseurs de ⟦juin 2024|D⟧.

«{NBSP}Nous devons adapter notre outil industriel à un marché qui ne retrouvera pas son niveau de ⟦2022|D⟧ avant plusieurs années{NBSP}», a déclaré la directrice générale, ⟦Claire Bonnaventure|P⟧, lors d’une conférence téléphonique avec les analystes. Les ventes de pompes à chaleur du groupe ont chuté de près de ⟦30{NNBSP}%|Q:percent|30|%|1⟧ en ⟦Europe|L⟧ depuis ⟦2023|D⟧, sous l’effet de la baisse des aides publiques, en ⟦France|L⟧ comme en ⟦Allemagne|L⟧, et de la concurrence des fabricants ⟦chinois|N⟧, a-t-elle expliqué.

Le plan doit permettre de dégager entre ⟦150 et 180 millions d’euros|Q:money|150000000~180000000|EUR|1⟧ d’économies par an à partir de ⟦2027|D⟧. Outre ⟦Vierzon|L⟧, les sites de ⟦Nevers|L⟧ (⟦Nièvre|L⟧) et de ⟦Saint-Avold|L⟧ (⟦Moselle|L⟧) perdront respectivement ⟦140|Q:count|140||0⟧ et ⟦95|Q:count|95||0⟧ emplois, tandis que ⟦75|Q:count|75||0⟧ postes administratifs seront supprimés au siège. Une partie de la production de chaudières sera transférée vers l’usine de ⟦Brno|L⟧, en ⟦République tchèque|L⟧.

Sanctionnée par les investisseurs, l’action ⟦Altherm|O⟧ a dégringolé de ⟦14,6{NNBSP}%|Q:percent|14.6|%|0⟧ à la ⟦Bourse de Paris|O|Euronext Paris⟧, à ⟦18,42 euros|Q:money|18.42|EUR|0⟧, sa plus forte baisse depuis son introduction en ⟦2011|D⟧. Le titre a perdu plus de la moitié de sa valeur en ⟦deux ans|Q:duration|2|year|0⟧, et la capitalisation du groupe ne dépasse plus ⟦1,9 milliard d’euros|Q:money|1900000000|EUR|1⟧.

«{NBSP}Le marché redoutait un plan, mais pas de cette ampleur. La direction reconnaît implicitement que la reprise n’est pas pour ⟦2026|D⟧{NBSP}», estime ⟦Julien Cazal|P⟧, analyste chez ⟦Oddo BHF|O⟧. Selon lui, le groupe pourrait devoir céder sa division de climatisation, valorisée entre ⟦400 et 500 millions d’euros|Q:money|400000000~500000000|EUR|1⟧.

Les syndicats ont aussitôt dénoncé la fermeture de l’usine de ⟦Vierzon|L⟧. «{NBSP}C’est un plan de casse sociale, on ne laissera pas mourir ce site{NBSP}», a réagi ⟦Farid Boualem|P⟧, délégué ⟦CGT|O|Confédération générale du travail⟧ de l’usine, joint par téléphone. La ⟦CFDT|O|Confédération française démocratique du travail⟧, premier syndicat du groupe, a réclamé l’ouverture «{NBSP}immédiate{NBSP}» de négociations sur un accord de méthode et appelé à un rassemblement devant le siège ⟦jeudi|D⟧ à ⟦10h00|D⟧.

Le ministre délégué chargé de l’Industrie, ⟦Laurent Vasseur|P⟧, a indiqué sur ⟦franceinfo|O⟧ qu’il recevrait la direction d’⟦Altherm|O⟧ «{NBSP}dans ⟦les prochains jours|D⟧{NBSP}» et qu’il exigerait «{NBSP}des solutions de reprise{NBSP}» pour le site du ⟦Cher|L⟧. La maire de ⟦Vierzon|L⟧, ⟦Corinne Mallet|P⟧, a dénoncé sur ⟦X|O⟧ une «{NBSP}trahison{NBSP}», rappelant que l’entreprise avait touché ⟦4,5 millions d’euros|Q:money|4500000|EUR|0⟧ d’aides publiques pour moderniser l’usine en ⟦2021|D⟧.

===ATTR===
indirect | Altherm#2 | Altherm | a annoncé | la suppression de 1 150 postes dans le monde d’ici fin 2027, dont 620 en France, et la fermeture de son usine de Vierzon (Cher), qui emploie 310 salariés
direct | Claire Bonnaventure | Claire Bonnaventure | a déclaré | Nous devons adapter notre outil industriel à un marché qui ne retrouvera pas son niveau de 2022 avant plusieurs années
indirect | elle | Claire Bonnaventure | a-t-elle expliqué | Les ventes de pompes à chaleur du groupe ont chuté de près de 30 % en Europe depuis 2023, sous l’effet de la baisse des aides publiques, en France comme en Allemagne, et de la concurrence des fabricants chinois
direct | Julien Cazal | Julien Cazal | estime | Le marché redoutait un plan, mais pas de cette ampleur. La direction reconnaît implicitement que la reprise n’est pas pour 2026
according-to | lui | Julien Cazal | Selon | le groupe pourrait devoir céder sa division de climatisation, valorisée entre 400 et 500 millions d’euros
indirect | syndicats | syndicats d’Altherm | ont aussitôt dénoncé | la fermeture de l’usine de Vierzon
direct | Farid Boualem | Farid Boualem | a réagi | C’est un plan de casse sociale, on ne laissera pas mourir ce site
mixed | CFDT | Confédération française démocratique du travail | a réclamé | l’ouverture « immédiate » de négociations sur un accord de méthode
indirect | CFDT | Confédération française démocratique du travail | appelé | à un rassemblement devant le siège jeudi à 10h00
mixed | Laurent Vasseur | Laurent Vasseur | a indiqué | il recevrait la direction d’Altherm « dans les prochains jours » et qu’il exigerait « des solutions de reprise » pour le site du Cher
mixed | Corinne Mallet | Corinne Mallet | a dénoncé | une « trahison »
indirect | Corinne Mallet | Corinne Mallet | rappelant | l’entreprise avait touché 4,5 millions d’euros d’aides publiques pour moderniser l’usine en 2021
