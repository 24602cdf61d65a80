Euroligue : ⟦Paris|O|Paris Basketball⟧ fait tomber le ⟦Real Madrid|O⟧, porté par un immense ⟦Hugo Marchetti|P⟧

⟦Paris Basketball|O⟧ s'est offert ⟦jeudi soir|D⟧ le scalp du ⟦Real Madrid|O⟧ (88-81) lors de la 14e journée d'Euroligue, devant ⟦8 050|Q:count|8050||0⟧ spectateurs à l'⟦Adidas Arena|L⟧, à guichets fermés. Les ⟦Parisiens|N⟧, éliminés en quarts de finale ⟦la saison dernière|D⟧, qui restaient sur ⟦deux|Q:count|2||0⟧ défaites consécutives, remontent à la 6e place du classement avec ⟦9|Q:count|9||0⟧ victoires pour ⟦5|Q:count|5||0⟧ revers.

Le meneur ⟦Hugo Marchetti|P⟧, ⟦23 ans|Q:duration|23|year|0⟧, a signé le meilleur match de sa carrière avec ⟦31|Q:count|31||0⟧ points, dont ⟦7|Q:count|7||0⟧ tirs primés sur ⟦10|Q:count|10||0⟧ tentatives, et ⟦6|Q:count|6||0⟧ passes décisives. Le pivot ⟦américain|N⟧ ⟦Jalen Brooks|P⟧ (⟦2,11 m|Q:measure|2.11|m|0⟧) a dominé la raquette (⟦14|Q:count|14||0⟧ points, ⟦12|Q:count|12||0⟧ rebonds), face à un ⟦Real|O|Real Madrid⟧ privé de ⟦deux|Q:count|2||0⟧ titulaires blessés. ⟦Paris|O|Paris Basketball⟧ a terminé la rencontre à ⟦58%|Q:percent|58|%|0⟧ de réussite aux tirs.

Menés de ⟦12|Q:count|12||0⟧ points à la pause (38-50), les joueurs de ⟦Marc Ferrand|P⟧ ont renversé la rencontre dans le troisième quart-temps, remporté 29-14. L'arrière ⟦Théo Lemaire|P⟧, ⟦19 ans|Q:duration|19|year|0⟧, a apporté ⟦11|Q:count|11||0⟧ points en ⟦18 minutes|Q:duration|18|minute|0⟧ en sortie de banc, son record en Euroligue. À ⟦2 min 10 s|Q:duration|130|second|0⟧ de la fin, un contre de ⟦Brooks|P|Jalen Brooks⟧ sur l'ailier ⟦serbe|N⟧ ⟦Nikola Đorđević|P⟧ a fait se lever toute la salle.

"On a été trop gentils en première période. À la pause, je leur ai dit qu'on jouait la peur au ventre, alors qu'on est chez nous", a expliqué ⟦Ferrand|P|Marc Ferrand⟧ en conférence de presse. "Je ne regarde pas les statistiques. Battre le ⟦Real|O|Real Madrid⟧, c'est un rêve de gosse", souriait ⟦Marchetti|P|Hugo Marchetti⟧, formé à ⟦Cholet Basket|O⟧ et arrivé au club il y a ⟦deux ans|Q:duration|2|year|0⟧.

En face, l'entraîneur ⟦madrilène|N⟧, ⟦Sergio Alcaraz|P⟧, a reconnu que son équipe avait "manqué d'énergie" après la pause. "⟦Paris|O|Paris Basketball⟧ a mérité sa victoire, nous devons vite tourner la page", a-t-il ajouté. Le ⟦Real|O|Real Madrid⟧, ⟦onze|Q:count|11||0⟧ fois champion d'⟦Europe|L⟧, qui avait remporté ses ⟦cinq|Q:count|5||0⟧ derniers déplacements, a perdu ⟦17|Q:count|17||0⟧ ballons, dont ⟦9|Q:count|9||0⟧ dans le seul troisième quart-temps. ⟦Đorđević|P|Nikola Đorđević⟧, ⟦29 ans|Q:duration|29|year|0⟧, a fini meilleur marqueur ⟦madrilène|N⟧ avec ⟦22|Q:count|22||0⟧ points.

Le club de la ⟦porte de la Chapelle|L⟧, dont le budget avoisine ⟦18 millions d'euros|Q:money|18000000|EUR|1⟧, contre plus de ⟦40 millions|Q:money|40000000|EUR|1⟧ pour le ⟦Real|O|Real Madrid⟧, a battu son record d'affluence de la saison, selon ses dirigeants. Le billet le moins cher était vendu ⟦25 euros|Q:money|25|EUR|0⟧. Dans les tribunes, ⟦Karim|P⟧, abonné depuis ⟦quatre ans|Q:duration|4|year|0⟧, s'enthousiasme : "Il y a ⟦cinq ans|Q:duration|5|year|0⟧, on jouait en Pro B devant à peine ⟦2 000|Q:count|2000||1⟧ personnes. ⟦Ce soir|D⟧, on bat le ⟦Real|O|Real Madrid⟧ !"

⟦Paris|O|Paris Basketball⟧ se déplace ⟦mardi|D⟧ à ⟦Istanbul|L⟧ pour affronter le ⟦Fenerbahçe|O⟧, leader avec ⟦11|Q:count|11||0⟧ victoires, à ⟦18h45|D⟧ (heure ⟦française|N⟧). "Là-bas, ce sera un autre match. Il faudra être aussi solides pendant ⟦40 minutes|Q:duration|40|minute|0⟧", a prévenu ⟦Brooks|P|Jalen Brooks⟧.
===ATTR===
direct | Ferrand | Marc Ferrand | a expliqué | On a été trop gentils en première période. À la pause, je leur ai dit qu'on jouait la peur au ventre, alors qu'on est chez nous
direct | Marchetti | Hugo Marchetti | souriait | Je ne regarde pas les statistiques. Battre le Real, c'est un rêve de gosse
mixed | Sergio Alcaraz | Sergio Alcaraz | a reconnu | son équipe avait "manqué d'énergie" après la pause
according-to | dirigeants | dirigeants de Paris Basketball (non nommé) | selon | Le club de la porte de la Chapelle, dont le budget avoisine 18 millions d'euros, contre plus de 40 millions pour le Real, a battu son record d'affluence de la saison
direct | Brooks | Jalen Brooks | a prévenu | Là-bas, ce sera un autre match. Il faudra être aussi solides pendant 40 minutes
direct | Karim | Karim | s'enthousiasme | Il y a cinq ans, on jouait en Pro B devant à peine 2 000 personnes. Ce soir, on bat le Real !
direct | il | Sergio Alcaraz | a-t-il ajouté | Paris a mérité sa victoire, nous devons vite tourner la page
