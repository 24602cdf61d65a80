⟦Vernay Industries|O⟧ : chiffre d'affaires en recul de ⟦6,1{NNBSP}%|Q:percent|6.1|%|0⟧, ⟦1 150|Q:count|1150||0⟧ postes supprimés en ⟦Europe|L⟧

L'équipementier ⟦lyonnais|N⟧ ⟦Vernay Industries|O⟧ a publié ⟦jeudi|D⟧ un chiffre d'affaires de ⟦3,42 milliards d'euros|Q:money|3420000000|EUR|0⟧ pour ⟦le troisième trimestre|D⟧, en baisse de ⟦6,1{NNBSP}%|Q:percent|6.1|%|0⟧ sur ⟦un an|Q:duration|1|year|0⟧ et de ⟦4,3{NNBSP}%|Q:percent|4.3|%|0⟧ à périmètre et changes constants. Le groupe, qui fournit des pièces de freinage et de suspension aux constructeurs automobiles et ferroviaires, a annoncé dans la foulée qu'il supprimerait ⟦1 150|Q:count|1150||0⟧ postes en ⟦Europe|L⟧ d'ici à ⟦fin 2027|D⟧, dont ⟦480|Q:count|480||0⟧ en ⟦France|L⟧.

"Nous ne pouvons pas garder en ⟦Europe|L⟧ des capacités pensées pour un marché de ⟦18 millions|Q:count|18000000||0⟧ de voitures, alors qu'il s'en vend à peine ⟦13 millions|Q:count|13000000||0⟧", a déclaré le président-directeur général, ⟦Frédéric Arnaud|P⟧, lors d'une conférence téléphonique avec les analystes. "La concurrence ⟦chinoise|N⟧ et les droits de douane ⟦américains|N⟧ nous obligent à aller vite", a-t-il ajouté.

Les ⟦Etats-Unis|L⟧, où ⟦Vernay|O|Vernay Industries⟧ réalise près de ⟦22{NNBSP}%|Q:percent|22|%|1⟧ de ses ventes, taxent depuis ⟦août|D⟧ à ⟦15{NNBSP}%|Q:percent|15|%|0⟧ les pièces automobiles importées de l'⟦Union européenne|O⟧. Le groupe a revu à la baisse son objectif annuel et vise désormais un chiffre d'affaires compris entre ⟦13,5 et 14 milliards d'euros|Q:money|13500000000~14000000000|EUR|0⟧, contre ⟦14,6 milliards|Q:money|14600000000|EUR|0⟧ en ⟦2024|D⟧.

Le site de ⟦Saint-Etienne|L⟧ (⟦310|Q:count|310||0⟧ salariés) doit fermer en ⟦juin 2026|D⟧, et l'usine de ⟦Valenciennes|L⟧ perdra environ ⟦170|Q:count|170||1⟧ emplois. La directrice financière, ⟦Claire Mounier|P⟧, a précisé que le plan coûterait entre ⟦180 et 220 millions d'euros|Q:money|180000000~220000000|EUR|0⟧ et permettrait d'économiser ⟦95 millions|Q:money|95000000|EUR|0⟧ par an à partir de ⟦2028|D⟧.

Pour ⟦Nadia Benali|P⟧, déléguée syndicale centrale ⟦CGT|O|Confédération générale du travail⟧, "la direction sacrifie des ouvriers qui ont tenu les usines pendant le Covid". "A ⟦Saint-Etienne|L⟧, la moyenne d'âge est de ⟦49 ans|Q:duration|49|year|0⟧. Qui va les réembaucher ?", s'indigne-t-elle. Une intersyndicale ⟦CGT|O|Confédération générale du travail⟧-⟦CFDT|O|Confédération française démocratique du travail⟧ appelle à un débrayage ⟦mardi|D⟧ sur l'ensemble des sites ⟦français|N⟧.

Selon les syndicats, le groupe a pourtant versé ⟦210 millions d'euros|Q:money|210000000|EUR|0⟧ de dividendes au titre de l'exercice ⟦2024|D⟧. ⟦Bercy|O|ministère de l'Economie et des Finances⟧ a fait savoir qu'il demanderait à la direction de "présenter toutes les alternatives aux licenciements" et de rembourser, le cas échéant, les aides publiques perçues.

Dans la vallée du ⟦Gier|L⟧, où ⟦Vernay|O|Vernay Industries⟧ reste le premier employeur privé, les sous-traitants s'inquiètent. "Un tiers de notre activité dépend de ce site. Sans lui, je ne tiens pas ⟦six mois|Q:duration|6|month|0⟧", confie ⟦Marc Giraud|P⟧, patron d'une entreprise de décolletage de ⟦Rive-de-Gier|L⟧ qui emploie ⟦45|Q:count|45||0⟧ personnes.

A la ⟦Bourse de Paris|O⟧, l'action ⟦Vernay|O|Vernay Industries⟧ a chuté de ⟦8,7{NNBSP}%|Q:percent|8.7|%|0⟧, à ⟦23,14 euros|Q:money|23.14|EUR|0⟧, sa plus forte baisse en une séance depuis ⟦mars 2020|D⟧. Le titre a perdu plus de ⟦30{NNBSP}%|Q:percent|30|%|1⟧ depuis ⟦janvier|D⟧. "Le plan est nécessaire, mais il arrive tard et ne règle pas la question de la ⟦Chine|L⟧", estiment les analystes d'⟦Oddo BHF|O⟧ dans une note.
===ATTR===
indirect | groupe#1 | Vernay Industries | a annoncé | il supprimerait 1 150 postes en Europe d'ici à fin 2027, dont 480 en France
direct | Frédéric Arnaud | Frédéric Arnaud | a déclaré | Nous ne pouvons pas garder en Europe des capacités pensées pour un marché de 18 millions de voitures, alors qu'il s'en vend à peine 13 millions
direct | il | Frédéric Arnaud | a-t-il ajouté | La concurrence chinoise et les droits de douane américains nous obligent à aller vite
indirect | Claire Mounier | Claire Mounier | a précisé | le plan coûterait entre 180 et 220 millions d'euros et permettrait d'économiser 95 millions par an à partir de 2028
according-to | Nadia Benali | Nadia Benali | Pour | la direction sacrifie des ouvriers qui ont tenu les usines pendant le Covid
direct | elle | Nadia Benali | s'indigne-t-elle | A Saint-Etienne, la moyenne d'âge est de 49 ans. Qui va les réembaucher ?
according-to | syndicats | syndicats (non nommé) | Selon | le groupe a pourtant versé 210 millions d'euros de dividendes au titre de l'exercice 2024
mixed | Bercy | ministère de l'Economie et des Finances | a fait savoir | il demanderait à la direction de "présenter toutes les alternatives aux licenciements" et de rembourser, le cas échéant, les aides publiques perçues
direct | analystes | analystes d'Oddo BHF (non nommé) | estiment | Le plan est nécessaire, mais il arrive tard et ne règle pas la question de la Chine
direct | Marc Giraud | Marc Giraud | confie | Un tiers de notre activité dépend de ce site. Sans lui, je ne tiens pas six mois
