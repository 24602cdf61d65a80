Ligue 1 : l'⟦OL|O|Olympique lyonnais⟧ domine ⟦Toulouse|O|Toulouse FC⟧ et recolle au podium

L'⟦Olympique lyonnais|O⟧ a pris le dessus sur le ⟦Toulouse FC|O⟧ (3-1) ⟦samedi soir|D⟧ au ⟦Groupama Stadium|L⟧, pour le compte de la 19e journée de Ligue 1, devant ⟦51 842|Q:count|51842||0⟧ spectateurs. Avec ⟦35|Q:count|35||0⟧ points, les ⟦Lyonnais|N⟧ reviennent à une longueur de la troisième place, tandis que les ⟦Toulousains|N⟧ restent bloqués au dixième rang.

Les visiteurs avaient pourtant frappé les premiers. Dès la 9e minute, l'attaquant ⟦norvégien|N⟧ ⟦Sindre Haugland|P⟧ a profité d'une relance manquée pour ouvrir le score. ⟦Lyon|O|Olympique lyonnais⟧ a renversé la situation avant la pause : ⟦Malick Diatta|P⟧ a égalisé de la tête à la 31e minute, puis ⟦Théo Vasseur|P⟧, ⟦20 ans|Q:duration|20|year|0⟧, a donné l'avantage aux siens d'une frappe enroulée à ⟦25 mètres|Q:measure|25|m|1⟧ environ (44e).

Après la pause, les ⟦Lyonnais|N⟧ ont géré, avec ⟦61{NBSP}%|Q:percent|61|%|0⟧ de possession et ⟦17|Q:count|17||0⟧ tirs contre ⟦six|Q:count|6||0⟧. Entré à l'heure de jeu, le ⟦Brésilien|N⟧ ⟦Rafael Moura|P⟧, recruté ⟦cet été|D⟧ pour ⟦18 millions d'euros|Q:money|18000000|EUR|0⟧ hors bonus, a scellé la victoire dans le temps additionnel.

«{NBSP}On a mis ⟦vingt minutes|Q:duration|20|minute|0⟧ à entrer dans le match, mais la réaction a été celle d'une grande équipe. Je suis fier de mes joueurs{NBSP}», a déclaré l'entraîneur ⟦lyonnais|N⟧, ⟦Stéphane Roche|P⟧, en conférence de presse. Il a reconnu que son équipe devait «{NBSP}encore progresser{NBSP}» dans la gestion des temps faibles.

Son homologue ⟦toulousain|N⟧, ⟦Anders Holm|P⟧, regrettait surtout le deuxième but. «{NBSP}On encaisse juste avant la mi-temps, sur une frappe de loin. Ça change tout le scénario{NBSP}», a-t-il expliqué. Selon lui, son équipe, privée de ⟦cinq|Q:count|5||0⟧ titulaires, a «{NBSP}tenu ⟦une heure|Q:duration|1|hour|0⟧{NBSP}» avant de céder physiquement.

Seule ombre au tableau, le défenseur central ⟦Yanis Belkacem|P⟧, ⟦24 ans|Q:duration|24|year|0⟧, est sorti sur blessure à la 70e minute. Le club a fait savoir ⟦dimanche|D⟧ qu'il souffrait d'une entorse de la cheville et serait absent entre ⟦trois et quatre semaines|Q:duration|3~4|week|0⟧. Une mauvaise nouvelle pour ⟦Stéphane Roche|P⟧, qui ne compte que ⟦quatre|Q:count|4||0⟧ défenseurs centraux dans son effectif.

Côté tribunes, l'ambiance était au rendez-vous malgré le froid. «{NBSP}Je viens depuis ⟦quinze ans|Q:duration|15|year|0⟧ et ça faisait longtemps qu'on n'avait pas vu une équipe aussi joueuse{NBSP}», confiait à la sortie ⟦Karim Benyahia|P⟧, abonné en virage nord.

D'après la ⟦Ligue de football professionnel|O⟧, l'⟦OL|O|Olympique lyonnais⟧ affiche la deuxième affluence du championnat cette saison, avec une moyenne de ⟦47 300|Q:count|47300||1⟧ spectateurs par match, derrière l'⟦Olympique de Marseille|O⟧. Le club ⟦rhodanien|N⟧, placé sous surveillance de la ⟦DNCG|O|Direction nationale du contrôle de gestion⟧ après un déficit de près de ⟦90 millions d'euros|Q:money|90000000|EUR|1⟧, doit encore vendre avant le ⟦2 février|D⟧, date de clôture du mercato d'hiver.

Les ⟦Lyonnais|N⟧ se déplaceront à ⟦Lens|L⟧ ⟦dimanche prochain|D⟧ à ⟦17 h 15|D⟧. ⟦Toulouse|O|Toulouse FC⟧ recevra ⟦Nantes|O|FC Nantes⟧ le même jour.
===ATTR===
direct | Stéphane Roche | Stéphane Roche | a déclaré | On a mis vingt minutes à entrer dans le match, mais la réaction a été celle d'une grande équipe. Je suis fier de mes joueurs
mixed | Il | Stéphane Roche | a reconnu | son équipe devait « encore progresser » dans la gestion des temps faibles
direct | il | Anders Holm | a-t-il expliqué | On encaisse juste avant la mi-temps, sur une frappe de loin. Ça change tout le scénario
according-to | lui | Anders Holm | Selon | son équipe, privée de cinq titulaires, a « tenu une heure » avant de céder physiquement
direct | Karim Benyahia | Karim Benyahia | confiait | Je viens depuis quinze ans et ça faisait longtemps qu'on n'avait pas vu une équipe aussi joueuse
according-to | Ligue de football professionnel | Ligue de football professionnel | D'après | l'OL affiche la deuxième affluence du championnat cette saison, avec une moyenne de 47 300 spectateurs par match, derrière l'Olympique de Marseille
indirect | club | Olympique lyonnais | a fait savoir | il souffrait d'une entorse de la cheville et serait absent entre trois et quatre semaines
