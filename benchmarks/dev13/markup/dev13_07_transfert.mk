Transfert : le ⟦Lillois|N⟧ ⟦Noah Vandenbroucke|P⟧ file à ⟦Aston Villa|O⟧ pour ⟦42 millions d'euros|Q:money|42000000|EUR|0⟧

⟦Bruxelles|L⟧, ⟦27 août|D⟧ - C'est la plus grosse vente du mercato pour le ⟦LOSC|O|LOSC Lille⟧. Le milieu de terrain ⟦belge|N⟧ ⟦Noah Vandenbroucke|P⟧, ⟦21 ans|Q:duration|21|year|0⟧, s'est engagé ⟦mercredi|D⟧ avec ⟦Aston Villa|O⟧ pour ⟦cinq ans|Q:duration|5|year|0⟧, jusqu'en ⟦juin 2030|D⟧. Le club ⟦anglais|N⟧ versera ⟦42 millions d'euros|Q:money|42000000|EUR|0⟧, auxquels pourront s'ajouter ⟦6 millions|Q:money|6000000|EUR|0⟧ de bonus liés aux performances.

Arrivé d'⟦Anderlecht|O|RSC Anderlecht⟧ à l'⟦été 2023|D⟧ contre ⟦4,5 millions d'euros|Q:money|4500000|EUR|0⟧, le ⟦Bruxellois|N⟧ a disputé ⟦78|Q:count|78||0⟧ matches et marqué ⟦11|Q:count|11||0⟧ buts sous le maillot ⟦nordiste|N⟧. Le club mauve, qui avait négocié un pourcentage de ⟦15%|Q:percent|15|%|0⟧ sur la revente, devrait toucher environ ⟦5,6 millions d'euros|Q:money|5600000|EUR|1⟧.

"Nous avons reçu une offre que nous ne pouvions pas refuser, pour le joueur comme pour le club. ⟦Noah|P|Noah Vandenbroucke⟧ voulait découvrir la Premier League et nous avons accompagné son projet", a expliqué le président ⟦lillois|N⟧ ⟦Olivier Létang|P⟧ lors d'une conférence de presse. L'entraîneur ⟦Bruno Genesio|P⟧ a regretté de perdre "un joueur de cette qualité" à ⟦cinq jours|Q:duration|5|day|0⟧ de la fin du mercato.

Pour le ⟦LOSC|O|LOSC Lille⟧, la vente tombe à point nommé. Le club ⟦nordiste|N⟧ a terminé la saison ⟦2024-2025|D⟧ avec un déficit de ⟦38 millions d'euros|Q:money|38000000|EUR|0⟧, selon les comptes publiés par le club en ⟦juin|D⟧, et la ⟦Direction nationale du contrôle de gestion|O⟧ (⟦DNCG|O|Direction nationale du contrôle de gestion⟧) lui avait imposé un encadrement de sa masse salariale. "Cette vente nous permet de respecter nos engagements sans brader l'effectif", a assuré le directeur financier, ⟦Arnaud Lefèvre|P⟧.

Les supporters sont plus partagés. "On vend nos meilleurs jeunes chaque été. Comment voulez-vous viser la Ligue des champions ?", s'interroge ⟦Kevin Dumortier|P⟧, abonné depuis ⟦12 ans|Q:duration|12|year|0⟧, rencontré devant le ⟦stade Pierre-Mauroy|L⟧, où ⟦47.500|Q:count|47500||0⟧ spectateurs avaient assisté ⟦dimanche|D⟧ à la victoire contre ⟦Nantes|O|FC Nantes⟧ (2-0).

⟦Aston Villa|O⟧, qualifié pour la Ligue Europa, a dépensé plus de ⟦150 millions d'euros|Q:money|150000000|EUR|1⟧ ⟦cet été|D⟧, d'après le site spécialisé ⟦Transfermarkt|O⟧. Son manager ⟦espagnol|N⟧, ⟦Unai Emery|P⟧, a salué sur le site du club "un joueur intelligent, capable de jouer à plusieurs postes". Pour remplacer son milieu, le ⟦LOSC|O|LOSC Lille⟧ pourrait se tourner vers le ⟦Standard de Liège|O⟧, dont le milieu défensif ⟦Moussa Kaboré|P⟧, ⟦23 ans|Q:duration|23|year|0⟧, est évalué à près de ⟦8 millions d'euros|Q:money|8000000|EUR|1⟧, selon ⟦La Dernière Heure|O⟧.

En ⟦Belgique|L⟧, le départ de l'international vers l'⟦Angleterre|L⟧ est plutôt bien accueilli par les observateurs. ⟦Vandenbroucke|P|Noah Vandenbroucke⟧, qui compte ⟦9|Q:count|9||0⟧ sélections, espère gagner du temps de jeu avant la Coupe du monde 2026. "La Premier League, c'est le meilleur championnat du monde. Je suis prêt", a-t-il confié à la ⟦RTBF|O|Radio-télévision belge de la Communauté française⟧.
===ATTR===
direct | Olivier Létang | Olivier Létang | a expliqué | Nous avons reçu une offre que nous ne pouvions pas refuser, pour le joueur comme pour le club. Noah voulait découvrir la Premier League et nous avons accompagné son projet
mixed | Bruno Genesio | Bruno Genesio | a regretté | de perdre "un joueur de cette qualité"
according-to | club#5 | LOSC Lille | selon#1 | Le club nordiste a terminé la saison 2024-2025 avec un déficit de 38 millions d'euros
direct | Arnaud Lefèvre | Arnaud Lefèvre | a assuré | Cette vente nous permet de respecter nos engagements sans brader l'effectif
direct | Kevin Dumortier | Kevin Dumortier | s'interroge | On vend nos meilleurs jeunes chaque été. Comment voulez-vous viser la Ligue des champions ?
according-to | Transfermarkt | Transfermarkt | d'après | Aston Villa, qualifié pour la Ligue Europa, a dépensé plus de 150 millions d'euros cet été
direct | il | Noah Vandenbroucke | a-t-il confié | La Premier League, c'est le meilleur championnat du monde. Je suis prêt
direct | Unai Emery | Unai Emery | a salué | un joueur intelligent, capable de jouer à plusieurs postes
according-to | La Dernière Heure | La Dernière Heure | selon#2 | Pour remplacer son milieu, le LOSC pourrait se tourner vers le Standard de Liège, dont le milieu défensif Moussa Kaboré, 23 ans, est évalué à près de 8 millions d'euros
