Ligue 1 : ⟦Rennes|O|Stade rennais⟧ renverse ⟦Lens|O|RC Lens⟧ au bout du temps additionnel et remonte au cinquième rang

Mené à la pause, le ⟦Stade rennais|O⟧ a battu le ⟦RC Lens|O⟧ (2-1) ⟦dimanche soir|D⟧ au ⟦Roazhon Park|L⟧, lors de la 24e journée de Ligue 1, devant ⟦28{NBSP}417|Q:count|28417||0⟧ spectateurs. Grâce à ce succès, les ⟦Bretons|N⟧ comptent ⟦41|Q:count|41||0⟧ points et grimpent à la cinquième place, à ⟦deux|Q:count|2||0⟧ longueurs du podium. Les ⟦Lensois|N⟧, quatrièmes, restent bloqués à ⟦43|Q:count|43||0⟧ points.

Le match, lancé à ⟦20 h 45|D⟧, avait pourtant bien commencé pour les visiteurs. À la 17e minute, l’attaquant ⟦ivoirien|N⟧ ⟦Moussa Diabaté|P⟧ a ouvert le score d’une frappe croisée, son neuvième but de la saison. Les ⟦Sang et Or|O|RC Lens⟧ ont ensuite tenu le ballon, avec ⟦58{NBSP}%|Q:percent|58|%|0⟧ de possession en première période, sans parvenir à doubler la mise.

Au retour des vestiaires, l’entraîneur ⟦rennais|N⟧ ⟦Habib Beye|P⟧ a lancé le jeune ⟦Enzo Le Goff|P⟧, ⟦19 ans|Q:duration|19|year|0⟧, formé au club. Le milieu a égalisé à la 71e minute d’une tête sur un corner, avant de délivrer une passe décisive à ⟦Tomás Varela|P⟧ dans la quatrième minute du temps additionnel. L’⟦Argentin|N⟧, arrivé ⟦cet hiver|D⟧ pour ⟦12 millions d’euros|Q:money|12000000|EUR|0⟧, marque ainsi pour son premier match comme titulaire.

“C’est une soirée que je n’oublierai jamais. Quand j’ai vu le ballon rentrer, j’ai pensé à ma famille”, a confié ⟦Le Goff|P|Enzo Le Goff⟧ au micro de ⟦DAZN|O⟧. Son entraîneur a salué “un groupe qui ne lâche rien” et rappelé que son équipe avait pris ⟦13|Q:count|13||0⟧ points sur les ⟦15|Q:count|15||0⟧ derniers possibles. “On a souffert pendant ⟦45 minutes|Q:duration|45|minute|0⟧, mais on a montré du caractère”, a insisté ⟦Beye|P|Habib Beye⟧.

Côté ⟦lensois|N⟧, ⟦Pierre Sage|P⟧ ne cachait pas sa frustration. Selon le technicien, son équipe “a manqué de tueur” en première période et a “payé ses erreurs” en fin de match. Le gardien ⟦Hugo Montreuil|P⟧, auteur de ⟦six|Q:count|6||0⟧ arrêts, a regretté “un but évitable” sur l’égalisation.

Dans les tribunes, l’ambiance était électrique. “Je suis abonné depuis ⟦vingt ans|Q:duration|20|year|0⟧ et je n’avais jamais vu une fin pareille”, raconte ⟦Loïc|P⟧, ⟦62 ans|Q:duration|62|year|0⟧, venu de ⟦Vitré|L⟧ avec ses petits-enfants.

Le ⟦RC Lens|O⟧ n’avait plus perdu en championnat depuis le ⟦4 janvier|D⟧, soit une série de ⟦sept|Q:count|7||0⟧ matches. Il recevra ⟦samedi|D⟧ (⟦21 heures|D⟧) l’⟦Olympique de Marseille|O⟧, deuxième à ⟦cinq|Q:count|5||0⟧ points du ⟦Paris Saint-Germain|O⟧. ⟦Rennes|O|Stade rennais⟧ affrontera ⟦Nice|O|OGC Nice⟧ ⟦vendredi|D⟧ à l’⟦Allianz Riviera|L⟧.

Ce succès tombe à point pour le club ⟦breton|N⟧, qui espère toujours une qualification ⟦européenne|N⟧. La direction a annoncé ⟦lundi|D⟧ que la ⟦tribune Mordelles|L⟧, fermée depuis ⟦trois semaines|Q:duration|3|week|0⟧ pour travaux, rouvrirait en ⟦mars|D⟧, portant la capacité du stade à près de ⟦29{NBSP}800|Q:count|29800||1⟧ places. D’après la ⟦Ligue de football professionnel|O⟧ (⟦LFP|O|Ligue de football professionnel⟧), l’affluence moyenne en Ligue 1 atteint ⟦27{NBSP}600|Q:count|27600||0⟧ spectateurs ⟦cette saison|D⟧, en hausse de ⟦4{NBSP}%|Q:percent|4|%|0⟧.
===ATTR===
direct | Le Goff | Enzo Le Goff | a confié | C’est une soirée que je n’oublierai jamais. Quand j’ai vu le ballon rentrer, j’ai pensé à ma famille
direct | entraîneur#2 | Habib Beye | a salué | un groupe qui ne lâche rien
indirect | entraîneur#2 | Habib Beye | rappelé | son équipe avait pris 13 points sur les 15 derniers possibles
direct | Beye | Habib Beye | a insisté | On a souffert pendant 45 minutes, mais on a montré du caractère
according-to | technicien | Pierre Sage | Selon | son équipe “a manqué de tueur” en première période et a “payé ses erreurs” en fin de match
mixed | Hugo Montreuil | Hugo Montreuil | a regretté | “un but évitable” sur l’égalisation
indirect | direction | direction du Stade rennais (non nommé) | a annoncé | la tribune Mordelles, fermée depuis trois semaines pour travaux, rouvrirait en mars, portant la capacité du stade à près de 29 800 places
direct | Loïc | Loïc | raconte | Je suis abonné depuis vingt ans et je n’avais jamais vu une fin pareille
according-to | Ligue de football professionnel | Ligue de football professionnel | D’après | l’affluence moyenne en Ligue 1 atteint 27 600 spectateurs cette saison, en hausse de 4 %
