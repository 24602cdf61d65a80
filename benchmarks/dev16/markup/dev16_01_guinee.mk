⟦Guinée|L⟧ : ⟦Mamadi Doumbouya|P⟧ largement en tête de la présidentielle, l'opposition dénonce une «{NBSP}mascarade{NBSP}»

⟦Conakry|L⟧, ⟦30 décembre|D⟧ (⟦AFP|O|Agence France-Presse⟧) – Le chef de la junte ⟦guinéenne|N⟧, le général ⟦Mamadi Doumbouya|P⟧, a remporté l'élection présidentielle de ⟦dimanche|D⟧ avec ⟦86,72{NBSP}%|Q:percent|86.72|%|0⟧ des suffrages exprimés, selon les résultats provisoires annoncés ⟦mardi soir|D⟧ par la ⟦Direction générale des élections|O⟧ (⟦DGE|O|Direction générale des élections⟧), au terme d'un scrutin boudé par les principaux partis d'opposition.

Le taux de participation atteint ⟦80,95{NBSP}%|Q:percent|80.95|%|0⟧, a précisé le porte-parole de la ⟦DGE|O|Direction générale des élections⟧, ⟦Aboubacar Kourouma|P⟧, dans une déclaration retransmise par la télévision publique ⟦RTG|O|Radio-Télévision guinéenne⟧. Environ ⟦6,7 millions|Q:count|6700000||1⟧ d'électeurs étaient appelés aux urnes dans près de ⟦23{NBSP}000|Q:count|23000||1⟧ bureaux de vote. Loin derrière, l'ancien ministre ⟦Abdoulaye Yéro Baldé|P⟧ obtient ⟦6,6{NBSP}%|Q:percent|6.6|%|0⟧, et aucun des ⟦sept|Q:count|7||0⟧ autres candidats ne dépasse ⟦2{NBSP}%|Q:percent|2|%|1⟧.

Ancien commandant des forces spéciales, ⟦Mamadi Doumbouya|P⟧, ⟦45 ans|Q:duration|45|year|0⟧, avait pris le pouvoir par un coup d'Etat le ⟦5 septembre 2021|D⟧, renversant le président ⟦Alpha Condé|P⟧. Il s'était alors engagé à ne pas se présenter, avant que la nouvelle Constitution, adoptée par référendum en ⟦septembre|D⟧, ne lève cet obstacle et porte le mandat présidentiel à ⟦sept ans|Q:duration|7|year|0⟧, renouvelable une fois.

L'opposition, dont plusieurs dirigeants vivent en exil, avait appelé au boycott. «{NBSP}Ce scrutin n'est qu'une mascarade destinée à habiller de légalité un coup d'Etat{NBSP}», a réagi ⟦mardi|D⟧ auprès de l'⟦AFP|O|Agence France-Presse⟧ un responsable des ⟦Forces vives de Guinée|O⟧, coalition de partis et de syndicats, sous couvert d'anonymat. L'ancien Premier ministre ⟦Cellou Dalein Diallo|P⟧, chef de l'⟦Union des forces démocratiques de Guinée|O⟧ (⟦UFDG|O|Union des forces démocratiques de Guinée⟧), a dénoncé sur les réseaux sociaux une participation «{NBSP}gonflée{NBSP}» et appelé ses partisans à «{NBSP}rester mobilisés pacifiquement{NBSP}».

Dans le quartier de ⟦Bambeto|L⟧, fief de l'opposition en banlieue de ⟦Conakry|L⟧, les rues sont restées calmes. «{NBSP}Je n'ai pas voté. A quoi bon, tout était décidé d'avance{NBSP}», confie ⟦Mamadou|P⟧, un conducteur de taxi-moto de ⟦27 ans|Q:duration|27|year|0⟧. Au marché de ⟦Madina|L⟧, ⟦Aïssatou|P⟧, commerçante, dit au contraire avoir voté «{NBSP}pour la stabilité{NBSP}» : «{NBSP}Depuis ⟦2021|D⟧, les routes avancent et le riz est moins cher{NBSP}», assure-t-elle. Le sac de riz de ⟦50 kilos|Q:measure|50|kg|0⟧ se vend autour de ⟦380{NBSP}000 francs guinéens|Q:money|380000|GNF|1⟧ (environ ⟦38 euros|Q:money|38|EUR|1⟧), contre ⟦450{NBSP}000|Q:money|450000|GNF|0⟧ il y a ⟦deux ans|Q:duration|2|year|0⟧.

La ⟦Cour suprême|O|Cour suprême de Guinée⟧ dispose de ⟦huit jours|Q:duration|8|day|0⟧ pour examiner d'éventuels recours avant de proclamer les résultats définitifs. La ⟦Communauté économique des Etats de l'Afrique de l'Ouest|O⟧ (⟦Cédéao|O|Communauté économique des Etats de l'Afrique de l'Ouest⟧), qui avait suspendu la ⟦Guinée|L⟧ après le putsch, a salué dans un communiqué «{NBSP}le déroulement pacifique du scrutin{NBSP}». Premier producteur mondial de bauxite, avec plus de ⟦120 millions de tonnes|Q:measure|120000000|t|1⟧ exportées en ⟦2024|D⟧, le pays mise désormais sur le gisement de fer de ⟦Simandou|L⟧, dont les premières cargaisons sont parties en ⟦novembre|D⟧.
===ATTR===
mixed | opposition#1 | opposition guinéenne (non nommé) | dénonce | une « mascarade »
according-to | Direction générale des élections | Direction générale des élections | selon | Le chef de la junte guinéenne, le général Mamadi Doumbouya, a remporté l'élection présidentielle de dimanche avec 86,72 % des suffrages exprimés
indirect | Aboubacar Kourouma | Aboubacar Kourouma | a précisé | Le taux de participation atteint 80,95 %
indirect | Il | Mamadi Doumbouya | s'était alors engagé | à ne pas se présenter
indirect | opposition | opposition guinéenne (non nommé) | avait appelé | au boycott
direct | responsable | responsable des Forces vives de Guinée (non nommé) | a réagi | Ce scrutin n'est qu'une mascarade destinée à habiller de légalité un coup d'Etat
mixed | Cellou Dalein Diallo | Cellou Dalein Diallo | a dénoncé | une participation « gonflée »
mixed | Cellou Dalein Diallo | Cellou Dalein Diallo | appelé | ses partisans à « rester mobilisés pacifiquement »
direct | Mamadou | Mamadou | confie | Je n'ai pas voté. A quoi bon, tout était décidé d'avance
mixed | Aïssatou | Aïssatou | dit | avoir voté « pour la stabilité »
direct | elle | Aïssatou | assure-t-elle | Depuis 2021, les routes avancent et le riz est moins cher
direct | Communauté économique des Etats de l'Afrique de l'Ouest | Communauté économique des Etats de l'Afrique de l'Ouest | a salué | le déroulement pacifique du scrutin
