Tennis : ⟦Lucas Ferrand|P⟧ s'offre son premier titre à ⟦Metz|L⟧ au bout du suspense

Il a fallu ⟦2 h 41|Q:duration|161|minute|0⟧ de combat et ⟦trois|Q:count|3||0⟧ balles de match pour que ⟦Lucas Ferrand|P⟧ soulève enfin un trophée. ⟦Dimanche|D⟧, aux ⟦Arènes de Metz|L⟧, le ⟦Français|N⟧ de ⟦24 ans|Q:duration|24|year|0⟧, tête de série numéro 6, a battu en finale de l'Open de Moselle le ⟦Canadien|N⟧ ⟦Ethan Brooks|P⟧ (6-4, 3-6, 7-6 [7/5]), devant ⟦5 800|Q:count|5800||0⟧ spectateurs survoltés.

Le ⟦Lorrain|N⟧ d'adoption, qui s'entraîne à ⟦Nancy|L⟧ depuis l'âge de ⟦15 ans|Q:duration|15|year|0⟧, a servi ⟦17|Q:count|17||0⟧ aces et passé ⟦71%|Q:percent|71|%|0⟧ de premières balles. Son adversaire, ⟦21 ans|Q:duration|21|year|0⟧, a frappé le service le plus rapide du tournoi, à ⟦231 km/h|Q:measure|231|km/h|0⟧, mais a commis ⟦52|Q:count|52||0⟧ fautes directes.

« J'ai perdu mes ⟦deux|Q:count|2||0⟧ premières finales, je commençais à me dire que ça ne viendrait jamais. Là, j'ai joué libéré, même quand il est revenu dans le deuxième set », a déclaré ⟦Ferrand|P|Lucas Ferrand⟧ sur le court, la voix étranglée. « Ce titre, je le dédie à ma grand-mère, qui ne ratait aucun de mes matches », a-t-il ajouté.

Le tournant est intervenu à 5-5 dans la dernière manche, quand le ⟦Français|N⟧ a sauvé ⟦deux|Q:count|2||0⟧ balles de break après un échange de ⟦34|Q:count|34||0⟧ coups. « Sur ce point-là, je pense qu'il a eu un peu de chance, mais il a été plus solide que moi dans les moments importants », a reconnu ⟦Ethan Brooks|P⟧, qui disputait sa première finale sur le circuit principal.

En double, la paire ⟦française|N⟧ formée par ⟦Hugo Martel|P⟧ et ⟦Adrien Saulnier|P⟧ s'est en revanche inclinée en finale face aux ⟦Néerlandais|N⟧ ⟦Daan Visser|P⟧ et ⟦Thijs Bakker|P⟧ (6-3, 7-6 [8/6]), après ⟦une heure et demie|Q:duration|1.5|hour|0⟧ de jeu. Les ⟦deux|Q:count|2||0⟧ finalistes se partagent ⟦21 500 euros|Q:money|21500|EUR|0⟧.

Avec ce titre, ⟦Lucas Ferrand|P⟧ empoche un chèque de ⟦128 000 euros|Q:money|128000|EUR|0⟧ et ⟦250|Q:count|250||0⟧ points. Il fera son entrée ⟦lundi|D⟧ dans le top 40 du classement de l'⟦ATP|O|Association of Tennis Professionals⟧, à la 38e place, son meilleur classement en carrière. Il y a ⟦un an|Q:duration|1|year|0⟧, il pointait encore au-delà de la 120e place après une opération au poignet qui l'avait privé de compétition pendant ⟦cinq mois|Q:duration|5|month|0⟧.

Selon son entraîneur, ⟦Marc Delorme|P⟧, le déclic est venu ⟦cet été|D⟧, lors de la tournée ⟦américaine|N⟧. « Il a accepté de jouer plus près de sa ligne et de prendre la balle tôt. Physiquement, il peut enchaîner ⟦trois heures|Q:duration|3|hour|0⟧ de jeu sans baisser de régime », explique le technicien, qui vise désormais une place de tête de série à l'Open d'Australie.

D'après la ⟦Fédération française de tennis|O⟧ (⟦FFT|O|Fédération française de tennis⟧), ⟦Lucas Ferrand|P⟧ devient le onzième joueur ⟦français|N⟧ titré sur le circuit cette saison, un record depuis ⟦2017|D⟧. Le tournoi, doté de ⟦612 000 euros|Q:money|612000|EUR|0⟧, a attiré au total ⟦41 300|Q:count|41300||0⟧ spectateurs sur la semaine, soit une hausse de ⟦8%|Q:percent|8|%|0⟧, a annoncé son directeur, ⟦Julien Boutter|P⟧.

Prochaine étape pour ⟦Ferrand|P|Lucas Ferrand⟧ : le tournoi de ⟦Tokyo|L⟧, où il affrontera au premier tour un qualifié, ⟦mercredi|D⟧ à ⟦6h|D⟧ heure française.
===ATTR===
direct | Ferrand | Lucas Ferrand | a déclaré | J'ai perdu mes deux premières finales, je commençais à me dire que ça ne viendrait jamais. Là, j'ai joué libéré, même quand il est revenu dans le deuxième set
direct | il | Lucas Ferrand | a-t-il ajouté | Ce titre, je le dédie à ma grand-mère, qui ne ratait aucun de mes matches
direct | Ethan Brooks | Ethan Brooks | a reconnu | Sur ce point-là, je pense qu'il a eu un peu de chance, mais il a été plus solide que moi dans les moments importants
according-to | Marc Delorme | Marc Delorme | Selon | le déclic est venu cet été, lors de la tournée américaine
direct | technicien | Marc Delorme | explique | Il a accepté de jouer plus près de sa ligne et de prendre la balle tôt. Physiquement, il peut enchaîner trois heures de jeu sans baisser de régime
according-to | Fédération française de tennis | Fédération française de tennis | D'après | Lucas Ferrand devient le onzième joueur français titré sur le circuit cette saison, un record depuis 2017
indirect | Julien Boutter | Julien Boutter | a annoncé | Le tournoi, doté de 612 000 euros, a attiré au total 41 300 spectateurs sur la semaine, soit une hausse de 8%
