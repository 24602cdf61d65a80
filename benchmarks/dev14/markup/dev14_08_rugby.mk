Top 14 : l'⟦UBB|O|Union Bordeaux-Bègles⟧ fait tomber ⟦Toulouse|O|Stade toulousain⟧ au bout du suspense

⟦BORDEAUX|L|Bordeaux⟧. - Il a fallu attendre la 79e minute et une pénalité de ⟦45 mètres|Q:measure|45|m|0⟧ de l'ouvreur ⟦Thomas Lacombe|P⟧ pour voir l'⟦Union Bordeaux-Bègles|O⟧ venir à bout du ⟦Stade toulousain|O⟧ (27-24), ⟦samedi soir|D⟧, devant ⟦41{NBSP}870|Q:count|41870||0⟧ spectateurs au ⟦Matmut Atlantique|L⟧, record d'affluence de la saison en championnat. Les ⟦Girondins|N⟧ prennent provisoirement la tête du classement avec ⟦deux|Q:count|2||0⟧ points d'avance sur leur adversaire du soir.

Le match, lancé à ⟦21h05|D⟧, avait pourtant mal commencé pour les locaux. Après ⟦vingt minutes|Q:duration|20|minute|0⟧ de jeu, les ⟦Toulousains|N⟧ menaient 3-14 grâce à ⟦deux|Q:count|2||0⟧ essais du troisième-ligne ⟦sud-africain|N⟧ ⟦Ruan Van der Berg|P⟧, impressionnant de puissance. "On a subi en début de match, on a pris ⟦deux|Q:count|2||0⟧ essais sur des fautes de placement. Il a fallu garder la tête froide", a reconnu le capitaine ⟦bordelais|N⟧ ⟦Julien Marsan|P⟧ au micro de ⟦Canal+|O⟧.

Les hommes de ⟦Yannick Bru|P⟧ ont réagi avant la pause par leur ailier ⟦fidjien|N⟧ ⟦Semi Naivalu|P⟧, auteur d'une course de ⟦70 mètres|Q:measure|70|m|0⟧, puis ont égalisé à 17-17 à l'heure de jeu. ⟦Toulouse|O|Stade toulousain⟧, réduit à ⟦quatorze|Q:count|14||0⟧ pendant ⟦dix minutes|Q:duration|10|minute|0⟧ après un carton jaune, a encore repris l'avantage à ⟦cinq minutes|Q:duration|5|minute|0⟧ de la fin, avant de craquer sur la pénalité de ⟦Lacombe|P|Thomas Lacombe⟧, ⟦22 ans|Q:duration|22|year|0⟧, parfait face aux perches (⟦sept|Q:count|7||0⟧ tirs sur ⟦sept|Q:count|7||0⟧).

"Je n'ai pas tremblé. Je l'avais déjà tapée ⟦cent fois|Q:count|100||0⟧ à l'entraînement, de cet endroit-là", a souri le jeune ⟦Landais|N⟧, formé à ⟦Dax|L⟧. Son entraîneur s'est montré plus mesuré. Pour ⟦Bru|P|Yannick Bru⟧, la victoire reste "fragile" : ses joueurs ont concédé ⟦14|Q:count|14||0⟧ pénalités, contre ⟦neuf|Q:count|9||0⟧ pour les visiteurs.

Côté ⟦toulousain|N⟧, ⟦Ugo Mola|P⟧ refusait de s'alarmer. "Perdre ici de ⟦trois|Q:count|3||0⟧ points, ce n'est pas un drame. On a encore ⟦quinze|Q:count|15||0⟧ matches pour se qualifier", a expliqué le manager, privé de ⟦sept|Q:count|7||0⟧ internationaux retenus par le ⟦XV de France|O|équipe de France de rugby à XV⟧. Il a indiqué que ⟦Van der Berg|P|Ruan Van der Berg⟧, sorti sur une civière à la 68e minute, passerait des examens ⟦lundi|D⟧ à ⟦Toulouse|L⟧ pour une blessure au genou.

Selon le club ⟦bordelais|N⟧, la billetterie a rapporté près de ⟦1,4 million d'euros|Q:money|1400000|EUR|1⟧, un record pour un match de saison régulière. L'⟦UBB|O|Union Bordeaux-Bègles⟧, qui joue habituellement au ⟦stade Chaban-Delmas|L⟧ (⟦33{NBSP}000|Q:count|33000||0⟧ places), délocalise désormais ses grandes affiches dans l'enceinte de ⟦Bordeaux-Lac|L⟧.

"C'était la meilleure ambiance que j'ai connue ici depuis ⟦2019|D⟧", assurait à la sortie ⟦Michel|P⟧, abonné depuis ⟦dix ans|Q:duration|10|year|0⟧, venu de ⟦Libourne|L⟧ avec ses ⟦deux|Q:count|2||0⟧ petits-fils.

Prochain rendez-vous pour les ⟦Bordelais|N⟧ ⟦vendredi 12 décembre|D⟧, avec un déplacement en ⟦Angleterre|L⟧ chez les ⟦Northampton Saints|O⟧ en Champions Cup, tandis que les ⟦Toulousains|N⟧ recevront les ⟦Gallois|N⟧ des ⟦Scarlets|O⟧ ⟦le lendemain|D⟧.
===ATTR===
direct | Julien Marsan | Julien Marsan | a reconnu | On a subi en début de match, on a pris deux essais sur des fautes de placement. Il a fallu garder la tête froide
direct | Landais | Thomas Lacombe | a souri | Je n'ai pas tremblé. Je l'avais déjà tapée cent fois à l'entraînement, de cet endroit-là
according-to | Bru | Yannick Bru | Pour | la victoire reste "fragile" : ses joueurs ont concédé 14 pénalités, contre neuf pour les visiteurs
direct | manager | Ugo Mola | a expliqué | Perdre ici de trois points, ce n'est pas un drame. On a encore quinze matches pour se qualifier
indirect | Il | Ugo Mola | a indiqué | Van der Berg, sorti sur une civière à la 68e minute, passerait des examens lundi à Toulouse pour une blessure au genou
according-to | club | Union Bordeaux-Bègles | Selon | la billetterie a rapporté près de 1,4 million d'euros, un record pour un match de saison régulière
direct | Michel | Michel | assurait | C'était la meilleure ambiance que j'ai connue ici depuis 2019
