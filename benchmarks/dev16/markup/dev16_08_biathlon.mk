Biathlon: ⟦Nils Aebischer|P⟧ s'offre le sprint de ⟦Lenzerheide|L⟧ avec un sans-faute

⟦Lenzerheide|L⟧ - Devant ⟦9'500|Q:count|9500||0⟧ spectateurs, ⟦Nils Aebischer|P⟧ a remporté ⟦vendredi|D⟧ le sprint (⟦10 km|Q:measure|10|km|0⟧) de Coupe du monde de ⟦Lenzerheide|L⟧, dans les ⟦Grisons|L⟧. Le ⟦Fribourgeois|N⟧ de ⟦26 ans|Q:duration|26|year|0⟧, auteur d'un ⟦10|Q:count|10||0⟧ sur ⟦10|Q:count|10||0⟧ au tir, a bouclé le parcours en ⟦23 min 41 s 6|Q:duration|1421.6|second|0⟧, devançant le ⟦Norvégien|N⟧ ⟦Eirik Haugland|P⟧ de ⟦12,4 secondes|Q:duration|12.4|second|0⟧ et le ⟦Français|N⟧ ⟦Théo Marchal|P⟧ de ⟦18,9 secondes|Q:duration|18.9|second|0⟧.

«Je n'ai pas réalisé tout de suite. Quand j'ai vu les temps des derniers partants, j'ai compris», a confié le vainqueur au micro de la ⟦RTS|O|Radio Télévision Suisse⟧. «C'est ma première victoire, et à la maison. On ne peut pas rêver mieux», a-t-il ajouté, avant de rejoindre ses parents, venus de ⟦Bulle|L⟧ en car avec ⟦une cinquantaine|Q:count|50||1⟧ de supporters.

Sous un soleil radieux et par ⟦-6 degrés|Q:measure|-6|°C|0⟧, ⟦Haugland|P|Eirik Haugland⟧, ⟦31 ans|Q:duration|31|year|0⟧, a longtemps cru à la victoire avant de commettre une faute au tir debout, payée d'une boucle de pénalité de ⟦150 mètres|Q:measure|150|m|0⟧. «Sans cette balle, je gagne. Mais c'est le biathlon», a réagi le ⟦Norvégien|N⟧, qui conserve la tête du classement général avec ⟦412|Q:count|412||0⟧ points, ⟦38|Q:count|38||0⟧ de plus que le ⟦Suédois|N⟧ ⟦Oskar Lindberg|P⟧, sixième ce ⟦vendredi|D⟧.

⟦Marchal|P|Théo Marchal⟧, ⟦23 ans|Q:duration|23|year|0⟧, signe le premier podium de sa carrière. «⟦Théo|P|Théo Marchal⟧ a skié comme un grand. Il monte en puissance à ⟦deux mois|Q:duration|2|month|0⟧ des Jeux», estime l'entraîneur de l'⟦équipe de France|O|équipe de France de biathlon⟧, ⟦Cédric Morand|P⟧. Selon lui, le ⟦Savoyard|N⟧ a réalisé le troisième temps de ski du jour, à ⟦4,1 secondes|Q:duration|4.1|second|0⟧ seulement du meilleur.

Les autres ⟦Suisses|N⟧ ont connu une journée plus compliquée. ⟦Lukas Brunner|P⟧, 41e à ⟦1 min 32 s 7|Q:duration|92.7|second|0⟧ après ⟦trois|Q:count|3||0⟧ fautes, disputera de justesse la poursuite de ⟦dimanche|D⟧ (⟦13h30|D⟧), réservée aux ⟦60|Q:count|60||0⟧ premiers. Le ⟦Valaisan|N⟧ ⟦Yannick Zufferey|P⟧, malade ⟦cette semaine|D⟧, a renoncé à prendre le départ.

Plus tôt dans la journée, le sprint dames (⟦7,5 km|Q:measure|7.5|km|0⟧) est revenu à la ⟦Française|N⟧ ⟦Léa Vautrin|P⟧, ⟦28 ans|Q:duration|28|year|0⟧, en ⟦20 min 58 s 3|Q:duration|1258.3|second|0⟧, malgré une faute au tir couché. L'⟦Allemande|N⟧ ⟦Hanna Keller|P⟧ a pris la deuxième place à ⟦5,2 secondes|Q:duration|5.2|second|0⟧, la ⟦Vaudoise|N⟧ ⟦Aline Jaquet|P⟧ la quatrième à ⟦21,7 secondes|Q:duration|21.7|second|0⟧. «J'avais de très bonnes jambes ⟦ce matin|D⟧. Le podium, ce sera pour ⟦dimanche|D⟧», a lancé ⟦Jaquet|P|Aline Jaquet⟧, qui avait terminé ⟦trois|Q:count|3||0⟧ fois parmi les ⟦dix|Q:count|10||0⟧ premières ⟦la saison dernière|D⟧.

La victoire rapporte ⟦15'000 euros|Q:money|15000|EUR|0⟧ (environ ⟦14'000 francs|Q:money|14000|CHF|1⟧) à son auteur, selon l'⟦Union internationale de biathlon|O⟧ (⟦IBU|O|Union internationale de biathlon⟧). ⟦Swiss-Ski|O⟧ a salué sur ⟦X|O⟧ «une journée historique pour le biathlon ⟦suisse|N⟧». La fédération rappelle qu'aucun ⟦Suisse|N⟧ n'était monté sur la plus haute marche d'un sprint depuis plus de ⟦six ans|Q:duration|6|year|1⟧. Le site, qui a accueilli ⟦48'000|Q:count|48000||0⟧ spectateurs sur ⟦quatre jours|Q:duration|4|day|0⟧ ⟦l'hiver dernier|D⟧, espère franchir la barre des ⟦50'000|Q:count|50000||0⟧ ⟦cette saison|D⟧.
===ATTR===
direct | vainqueur | Nils Aebischer | a confié | Je n'ai pas réalisé tout de suite. Quand j'ai vu les temps des derniers partants, j'ai compris
direct | il | Nils Aebischer | a-t-il ajouté | C'est ma première victoire, et à la maison. On ne peut pas rêver mieux
direct | Norvégien#2 | Eirik Haugland | a réagi | Sans cette balle, je gagne. Mais c'est le biathlon
direct | Cédric Morand | Cédric Morand | estime | Théo a skié comme un grand. Il monte en puissance à deux mois des Jeux
according-to | lui | Cédric Morand | Selon | le Savoyard a réalisé le troisième temps de ski du jour, à 4,1 secondes seulement du meilleur
according-to | Union internationale de biathlon | Union internationale de biathlon | selon | La victoire rapporte 15'000 euros (environ 14'000 francs) à son auteur
direct | Swiss-Ski | Swiss-Ski | a salué | une journée historique pour le biathlon suisse
indirect | fédération | Swiss-Ski | rappelle | aucun Suisse n'était monté sur la plus haute marche d'un sprint depuis plus de six ans
direct | Jaquet | Aline Jaquet | a lancé | J'avais de très bonnes jambes ce matin. Le podium, ce sera pour dimanche
