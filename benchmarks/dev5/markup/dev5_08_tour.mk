Tour de France : ⟦Romain Gervais|P⟧ s’offre ⟦Superbagnères|L⟧ le ⟦14 juillet|D⟧, ⟦Kovačič|P|Jan Kovačič⟧ reste en jaune

⟦Bagnères-de-Luchon|L⟧, ⟦14 juillet|D⟧ (⟦AFP|O|Agence France-Presse⟧) – Le ⟦Français|N⟧ ⟦Romain Gervais|P⟧ (⟦Decathlon AG2R La Mondiale|O⟧) a remporté en solitaire ⟦lundi|D⟧ la 10e étape du Tour de France, longue de ⟦182,6 km|Q:measure|182.6|km|0⟧ entre ⟦Pau|L⟧ et ⟦Luchon-Superbagnères|L⟧, offrant au public une victoire ⟦française|N⟧ le jour de la fête nationale. Le ⟦Slovène|N⟧ ⟦Jan Kovačič|P⟧ (⟦UAE Team Emirates-XRG|O⟧) conserve le maillot jaune.

Âgé de ⟦26 ans|Q:duration|26|year|0⟧, le grimpeur ⟦savoyard|N⟧ a attaqué à ⟦6,5 km|Q:measure|6.5|km|0⟧ de l’arrivée, dans les pentes les plus raides de la montée finale (⟦12,4 km|Q:measure|12.4|km|0⟧ à ⟦7,3{NBSP}%|Q:percent|7.3|%|0⟧ de moyenne), pour franchir la ligne avec ⟦28 secondes|Q:duration|28|second|0⟧ d’avance sur le ⟦Danois|N⟧ ⟦Mikkel Sørensen|P⟧ (⟦Visma-Lease a Bike|O⟧) et ⟦41 secondes|Q:duration|41|second|0⟧ sur ⟦Kovačič|P|Jan Kovačič⟧.

La journée avait été marquée par une échappée de ⟦vingt-trois|Q:count|23||0⟧ coureurs, formée après ⟦40 kilomètres|Q:measure|40|km|0⟧ de course. L’ascension du ⟦col du Tourmalet|L⟧ (⟦2{NBSP}115 mètres|Q:measure|2115|m|0⟧), escaladé par ⟦Luz-Saint-Sauveur|L⟧, puis celle du ⟦col de Peyresourde|L⟧ ont fait exploser le groupe. Sous une chaleur écrasante, jusqu’à ⟦34{NBSP}°C|Q:measure|34|°C|1⟧ dans la vallée de ⟦Campan|L⟧, le peloton a roulé à une moyenne de ⟦36,8 km/h|Q:measure|36.8|km/h|0⟧, selon les organisateurs.

«{NNBSP}J’en rêvais depuis tout petit, devant la télé chez mes grands-parents à ⟦Albertville|L⟧. Gagner un ⟦14 Juillet|D⟧, dans les ⟦Pyrénées|L⟧, c’est le plus beau jour de ma vie{NNBSP}», a confié ⟦Gervais|P|Romain Gervais⟧, en larmes, au micro de ⟦France Télévisions|O⟧. Son directeur sportif, ⟦Laurent Bessière|P⟧, a révélé que le coureur avait failli abandonner ⟦samedi|D⟧ après une chute dans la descente du ⟦col d’Aspin|L⟧. «{NNBSP}Il avait mal partout, il ne voulait plus remonter sur le vélo. On l’a convaincu de tenir ⟦une journée|Q:duration|1|day|0⟧ de plus{NNBSP}», a-t-il raconté.

Le maillot jaune, lui, a reconnu avoir «{NNBSP}un peu subi{NNBSP}» dans le final. «{NNBSP}⟦Romain|P|Romain Gervais⟧ était le plus fort ⟦aujourd’hui|D⟧. Moi, je pense déjà aux ⟦Alpes|L⟧{NNBSP}», a ajouté le coureur de ⟦25 ans|Q:duration|25|year|0⟧, qui compte désormais ⟦1 min 52 s|Q:duration|112|second|0⟧ d’avance sur ⟦Sørensen|P|Mikkel Sørensen⟧ au classement général. Le ⟦Belge|N⟧ ⟦Thibaut Lemmens|P⟧ (⟦Soudal Quick-Step|O⟧) reste troisième, à ⟦3 min 05 s|Q:duration|185|second|0⟧.

Mauvaise journée en revanche pour ⟦Groupama-FDJ|O⟧, qui a annoncé l’abandon de son leader ⟦Valentin Morel|P⟧. Victime d’une chute à ⟦70 km|Q:measure|70|km|0⟧ de l’arrivée, le ⟦Breton|N⟧ souffre d’une fracture de la clavicule, selon un communiqué de l’équipe.

Plus de ⟦300{NBSP}000|Q:count|300000||1⟧ spectateurs s’étaient massés sur les pentes du ⟦Tourmalet|L|col du Tourmalet⟧, selon la ⟦préfecture des Hautes-Pyrénées|O⟧. Aucun ⟦Français|N⟧ n’a remporté le Tour depuis ⟦Bernard Hinault|P⟧ en ⟦1985|D⟧, et ⟦Gervais|P|Romain Gervais⟧, douzième du général, ne nourrit pas cette ambition : il empoche un chèque de ⟦11{NBSP}000 euros|Q:money|11000|EUR|0⟧ et un souvenir pour la vie.

Après la journée de repos ⟦mardi|D⟧ à ⟦Toulouse|L⟧, la 11e étape mènera ⟦mercredi|D⟧ le peloton de ⟦Toulouse|L⟧ à ⟦Carcassonne|L⟧ (⟦Aude|L⟧), sur ⟦165 km|Q:measure|165|km|0⟧ promis aux sprinteurs.

===ATTR===
according-to | organisateurs | Amaury Sport Organisation | selon#1 | Sous une chaleur écrasante, jusqu’à 34 °C dans la vallée de Campan, le peloton a roulé à une moyenne de 36,8 km/h
direct | Gervais | Romain Gervais | a confié | J’en rêvais depuis tout petit, devant la télé chez mes grands-parents à Albertville. Gagner un 14 Juillet, dans les Pyrénées, c’est le plus beau jour de ma vie
indirect | Laurent Bessière | Laurent Bessière | a révélé | le coureur avait failli abandonner samedi après une chute dans la descente du col d’Aspin
direct | il | Laurent Bessière | a-t-il raconté | Il avait mal partout, il ne voulait plus remonter sur le vélo. On l’a convaincu de tenir une journée de plus
mixed | maillot jaune | Jan Kovačič | a reconnu | avoir « un peu subi » dans le final
direct | coureur | Jan Kovačič | a ajouté | Romain était le plus fort aujourd’hui. Moi, je pense déjà aux Alpes
indirect | Groupama-FDJ | Groupama-FDJ | a annoncé | l’abandon de son leader Valentin Morel
according-to | équipe | Groupama-FDJ | selon#2 | Victime d’une chute à 70 km de l’arrivée, le Breton souffre d’une fracture de la clavicule
according-to | préfecture des Hautes-Pyrénées | préfecture des Hautes-Pyrénées | selon#3 | Plus de 300 000 spectateurs s’étaient massés sur les pentes du Tourmalet
