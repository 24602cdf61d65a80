Rugby : les ⟦Bleus|O|équipe de France de rugby à XV⟧ dominent l'⟦Irlande|O|équipe d'Irlande de rugby à XV⟧ et remportent le Tournoi des Six Nations, “une page d'histoire”

⟦Saint-Denis|L⟧, ⟦14 mars|D⟧ (⟦AFP|O|Agence France-Presse⟧) - Le ⟦XV de France|O|équipe de France de rugby à XV⟧ a remporté ⟦samedi soir|D⟧ le Tournoi des Six Nations en battant l'⟦Irlande|O|équipe d'Irlande de rugby à XV⟧ (31-24) au ⟦Stade de France|L⟧, devant ⟦79 821|Q:count|79821||0⟧ spectateurs, au terme d'un match indécis jusqu'à la dernière minute. Avec ⟦quatre|Q:count|4||0⟧ victoires et ⟦21|Q:count|21||0⟧ points au classement, les ⟦Bleus|O|équipe de France de rugby à XV⟧ devancent les ⟦Irlandais|N⟧, qui en comptent ⟦20|Q:count|20||0⟧.

“On a écrit une page d'histoire ⟦ce soir|D⟧. Ce groupe a souffert, il a douté, mais il n'a jamais lâché”, a savouré le capitaine ⟦Antoine Dupont|P⟧, élu homme du match. Le demi de mêlée ⟦toulousain|N⟧, ⟦29 ans|Q:duration|29|year|0⟧, soulève son troisième trophée dans la compétition après ⟦2022|D⟧ et ⟦2025|D⟧.

Les ⟦Irlandais|N⟧, qui visaient un troisième titre en ⟦quatre ans|Q:duration|4|year|0⟧, avaient pourtant pris les commandes à la pause (17-13) grâce à un essai de leur ailier ⟦James Lowe|P⟧. Mais l'entrée en jeu du jeune centre ⟦Nicolas Depoortère|P⟧, ⟦22 ans|Q:duration|22|year|0⟧, a renversé la rencontre: le joueur de l'⟦Union Bordeaux-Bègles|O⟧ (⟦UBB|O|Union Bordeaux-Bègles⟧) a inscrit un doublé en ⟦sept minutes|Q:duration|7|minute|0⟧, dont un essai après une course de ⟦70 mètres|Q:measure|70|m|0⟧.

L'arrière ⟦Thomas Ramos|P⟧ a ajouté ⟦16|Q:count|16||0⟧ points au pied, portant son total à ⟦84|Q:count|84||0⟧ points dans le Tournoi, un record pour un joueur ⟦français|N⟧. Les ⟦Bleus|O|équipe de France de rugby à XV⟧ ont toutefois fini la partie à ⟦quatorze|Q:count|14||0⟧ après le carton jaune infligé au pilier ⟦Uini Atonio|P⟧ à la 71e minute par l'arbitre ⟦néo-zélandais|N⟧ ⟦Paul Williams|P⟧.

“On a tenu parce qu'on s'est parlé, parce qu'on s'aime. Ce n'est pas une phrase toute faite”, a assuré le sélectionneur ⟦Fabien Galthié|P⟧ en conférence de presse, en rappelant que son équipe avait été “enterrée” après sa défaite en ⟦Écosse|L⟧ en ⟦février|D⟧. Selon un membre du staff, le technicien avait réuni ses joueurs ⟦jeudi|D⟧ pendant près d'⟦une heure|Q:duration|1|hour|1⟧, sans ballon, pour revoir les images de ce revers.

L'entraîneur ⟦irlandais|N⟧, ⟦Andy Farrell|P⟧, a reconnu que la ⟦France|O|équipe de France de rugby à XV⟧ avait été “la meilleure équipe du Tournoi”, tout en regrettant “trop de fautes bêtes” de ses joueurs. Son capitaine, ⟦Caelan Doris|P⟧, a indiqué souffrir d'une entorse à la cheville, qui pourrait l'éloigner des terrains ⟦trois à quatre semaines|Q:duration|3~4|week|1⟧.

La victoire rapporte à la ⟦Fédération française de rugby|O⟧ (⟦FFR|O|Fédération française de rugby⟧) une prime d'environ ⟦5 millions de livres|Q:money|5000000|GBP|1⟧ (⟦5,9 millions d'euros|Q:money|5900000|EUR|0⟧), selon ⟦L'Équipe|O⟧. Son président, ⟦Florian Grill|P⟧, a annoncé dans un communiqué qu'une partie de la somme serait reversée aux clubs amateurs, dont les effectifs ont progressé de ⟦8%|Q:percent|8|%|0⟧ ⟦cette saison|D⟧.

Les audiences ont suivi: la rencontre a réuni en moyenne ⟦8,4 millions|Q:count|8400000||0⟧ de téléspectateurs sur ⟦France 2|O⟧, soit ⟦41,2%|Q:percent|41.2|%|0⟧ de part d'audience, d'après ⟦Médiamétrie|O⟧. Les ⟦Bleus|O|équipe de France de rugby à XV⟧ partiront en tournée en ⟦Argentine|L⟧ ⟦cet été|D⟧, pour ⟦deux|Q:count|2||0⟧ tests à ⟦Mendoza|L⟧ et ⟦Buenos Aires|L⟧, les ⟦4 et 11 juillet|D⟧.

===ATTR===
direct | - | Antoine Dupont | - | une page d'histoire#1
direct | Antoine Dupont | Antoine Dupont | a savouré | On a écrit une page d'histoire ce soir. Ce groupe a souffert, il a douté, mais il n'a jamais lâché
direct | Fabien Galthié | Fabien Galthié | a assuré | On a tenu parce qu'on s'est parlé, parce qu'on s'aime. Ce n'est pas une phrase toute faite
mixed | Fabien Galthié | Fabien Galthié | rappelant | son équipe avait été “enterrée” après sa défaite en Écosse en février
according-to | membre | membre du staff (non nommé) | Selon | le technicien avait réuni ses joueurs jeudi pendant près d'une heure, sans ballon, pour revoir les images de ce revers
mixed | Andy Farrell | Andy Farrell | a reconnu | la France avait été “la meilleure équipe du Tournoi”
mixed | Andy Farrell | Andy Farrell | regrettant | “trop de fautes bêtes” de ses joueurs
indirect | Caelan Doris | Caelan Doris | a indiqué | souffrir d'une entorse à la cheville, qui pourrait l'éloigner des terrains trois à quatre semaines
according-to | L'Équipe | L'Équipe | selon | La victoire rapporte à la Fédération française de rugby (FFR) une prime d'environ 5 millions de livres (5,9 millions d'euros)
indirect | Florian Grill | Florian Grill | a annoncé | une partie de la somme serait reversée aux clubs amateurs, dont les effectifs ont progressé de 8% cette saison
according-to | Médiamétrie | Médiamétrie | d'après | la rencontre a réuni en moyenne 8,4 millions de téléspectateurs sur France 2, soit 41,2% de part d'audience
