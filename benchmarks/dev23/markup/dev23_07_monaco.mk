Ligue des champions : ⟦Monaco|O|AS Monaco⟧ renverse ⟦Galatasaray|O⟧ et se relance

Mené au score dès la 8e minute, l’⟦AS Monaco|O⟧ s’est imposé face à ⟦Galatasaray|O⟧ (3-1), ⟦mardi soir|D⟧ au ⟦stade Louis-II|L⟧, lors de la cinquième journée de la phase de ligue. Avec ⟦dix|Q:count|10||0⟧ points, les ⟦Monégasques|N⟧ remontent à la 14e place et se rapprochent d’une qualification directe pour les huitièmes de finale.

Devant ⟦14{NBSP}212|Q:count|14212||0⟧ spectateurs, dont près de ⟦2{NBSP}000|Q:count|2000||1⟧ supporters ⟦turcs|N⟧ bruyants, le club de la ⟦Principauté|L|Monaco⟧ a longtemps souffert. Sur un centre de ⟦Leroy Sané|P⟧, l’attaquant ⟦nigérian|N⟧ ⟦Victor Osimhen|P⟧ a ouvert le score de la tête, profitant d’une défense ⟦monégasque|N⟧ mal alignée. ⟦Monaco|O|AS Monaco⟧ a dû attendre la demi-heure de jeu pour réagir : ⟦Maghnes Akliouche|P⟧, ⟦23 ans|Q:duration|23|year|0⟧, a égalisé d’une frappe enroulée à ⟦20 mètres|Q:measure|20|m|1⟧ environ.

Après la pause, l’entrée du jeune ⟦Lenny Verbruggen|P⟧, ⟦19 ans|Q:duration|19|year|0⟧, a changé le match. Le milieu ⟦belge|N⟧, recruté ⟦l’été dernier|D⟧ pour ⟦12 millions d’euros|Q:money|12000000|EUR|0⟧ en provenance d’⟦Anderlecht|O|RSC Anderlecht⟧, a obtenu un penalty transformé par ⟦Akliouche|P|Maghnes Akliouche⟧ à la 61e minute, puis servi ⟦Folarin Balogun|P⟧ pour le troisième but, dans le temps additionnel.

«{NBSP}On a montré du caractère. À la mi-temps, on s’est dit qu’on n’avait rien à perdre{NBSP}», a confié ⟦Verbruggen|P|Lenny Verbruggen⟧ au micro de ⟦Canal+|O⟧. Son entraîneur, le ⟦Belge|N⟧ ⟦Sébastien Pocognoli|P⟧, a salué «{NBSP}une réaction d’équipe{NBSP}» tout en reconnaissant que la première période avait été «{NBSP}très difficile{NBSP}». «{NBSP}On a encore ⟦trois|Q:count|3||0⟧ finales à jouer{NBSP}», a-t-il ajouté.

Côté ⟦stambouliote|N⟧, l’entraîneur ⟦Okan Buruk|P⟧ regrettait un penalty «{NBSP}très sévère{NBSP}». Son équipe, qui n’a pris que ⟦deux|Q:count|2||0⟧ points lors de ses ⟦trois|Q:count|3||0⟧ derniers matches, glisse à la 22e place avec ⟦sept|Q:count|7||0⟧ points.

Seule ombre au tableau, le défenseur ⟦suisse|N⟧ ⟦Denis Zakaria|P⟧, capitaine de l’équipe, est sorti sur blessure peu avant l’heure de jeu. Touché à la cheville droite, il souffre d’une entorse et sera absent ⟦trois semaines|Q:duration|3|week|1⟧ environ, a précisé ⟦mercredi|D⟧ le club dans un communiqué. Il manquera donc le déplacement en ⟦Espagne|L⟧ et au moins ⟦deux|Q:count|2||1⟧ matches de championnat.

Cette victoire tombe à point pour les finances du club, dont le budget avoisine ⟦260 millions d’euros|Q:money|260000000|EUR|1⟧. Chaque victoire en phase de ligue rapporte ⟦2,1 millions d’euros|Q:money|2100000|EUR|0⟧, selon le barème de l’⟦UEFA|O|Union des associations européennes de football⟧. Le club, qui a vendu plus de ⟦150 millions d’euros|Q:money|150000000|EUR|1⟧ de joueurs ⟦en 2025|D⟧, espère conserver ses jeunes talents au moins jusqu’à ⟦l’été prochain|D⟧, selon une source proche de la direction.

⟦Monaco|O|AS Monaco⟧ se déplacera le ⟦10 décembre|D⟧ à ⟦Madrid|L⟧ pour affronter l’⟦Atlético|O|Atlético de Madrid⟧, avant de recevoir ⟦Manchester City|O⟧ en ⟦janvier|D⟧, à ⟦21{NBSP}heures|D⟧. En Ligue 1, les joueurs de la ⟦Principauté|L|Monaco⟧ affrontent ⟦samedi|D⟧ le ⟦Stade rennais|O⟧.
===ATTR===
direct | Verbruggen | Lenny Verbruggen | a confié | On a montré du caractère. À la mi-temps, on s’est dit qu’on n’avait rien à perdre
direct | Sébastien Pocognoli | Sébastien Pocognoli | a salué | une réaction d’équipe
mixed | Sébastien Pocognoli | Sébastien Pocognoli | reconnaissant | la première période avait été « très difficile »
direct | il | Sébastien Pocognoli | a-t-il ajouté | On a encore trois finales à jouer
mixed | Okan Buruk | Okan Buruk | regrettait | un penalty « très sévère »
according-to | barème | barème de l’UEFA (non nommé) | selon | Chaque victoire en phase de ligue rapporte 2,1 millions d’euros
according-to | source | source proche de la direction (non nommé) | selon | Le club, qui a vendu plus de 150 millions d’euros de joueurs en 2025, espère conserver ses jeunes talents au moins jusqu’à l’été prochain
indirect | club#2 | AS Monaco | a précisé | il souffre d’une entorse et sera absent trois semaines environ
