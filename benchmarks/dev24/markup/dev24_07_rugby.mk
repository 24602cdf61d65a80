Top 14 : ⟦Toulon|O|RC Toulon⟧ domine ⟦Pau|O|Section paloise⟧ et s’installe sur le podium

Le ⟦RC Toulon|O⟧ a pris le dessus sur la ⟦Section paloise|O⟧ (31-24), ⟦samedi soir|D⟧ au ⟦stade Mayol|L⟧, lors de la 11e journée du Top 14. Avec ⟦38|Q:count|38||0⟧ points, les ⟦Toulonnais|N⟧ remontent à la troisième place du classement, à ⟦deux|Q:count|2||0⟧ longueurs du leader, le ⟦Stade toulousain|O⟧.

Devant ⟦15218|Q:count|15218||0⟧ spectateurs, la rencontre, lancée à ⟦21{NNBSP}h{NNBSP}05|D⟧, a longtemps été indécise. Les ⟦Palois|N⟧ menaient encore 17-16 à la pause grâce à un essai de leur ailier ⟦fidjien|N⟧ ⟦Semi Ravouvou|P⟧, ⟦26 ans|Q:duration|26|year|0⟧, au terme d’une course de près de ⟦70 mètres|Q:measure|70|m|1⟧. Le tournant est intervenu peu après l’heure de jeu : le pilier ⟦palois|N⟧ ⟦Antoine Garat|P⟧ a écopé d’un carton jaune et, en infériorité numérique pendant ⟦dix minutes|Q:duration|10|minute|0⟧, ⟦Pau|O|Section paloise⟧ a encaissé ⟦deux|Q:count|2||0⟧ essais.

Le jeune demi d’ouverture ⟦toulonnais|N⟧ ⟦Léo Carbonnel|P⟧, ⟦21 ans|Q:duration|21|year|0⟧, a inscrit ⟦16|Q:count|16||0⟧ points au pied, sans manquer la moindre tentative. «{NNBSP}Je ne me suis pas posé de questions. Les avants m’ont donné de bons ballons, je n’avais plus qu’à taper{NNBSP}», a-t-il confié au micro de ⟦Canal+|O⟧. Le talonneur ⟦Teddy Baubigny|P⟧ a inscrit le dernier essai ⟦varois|N⟧ à ⟦cinq minutes|Q:duration|5|minute|0⟧ de la fin, après un maul de près de ⟦20 mètres|Q:measure|20|m|1⟧. Les locaux ont dominé la possession (⟦58{NNBSP}%|Q:percent|58|%|0⟧) et réussi ⟦142|Q:count|142||0⟧ plaquages, contre ⟦167|Q:count|167||0⟧ pour leurs adversaires, selon les statistiques officielles du match. L’arbitre, ⟦Pierre Brousset|P⟧, a sifflé ⟦23|Q:count|23||0⟧ pénalités au total.

«{NNBSP}On a manqué de discipline. À ⟦quatorze|Q:count|14||0⟧ contre ⟦quinze|Q:count|15||0⟧, à ⟦Mayol|L|stade Mayol⟧, ça ne pardonne pas{NNBSP}», a regretté l’entraîneur ⟦palois|N⟧, ⟦Sébastien Piqueronies|P⟧. Il a toutefois salué «{NNBSP}l’état d’esprit{NNBSP}» de ses joueurs, qui repartent avec le bonus défensif. Les ⟦Béarnais|N⟧, sixièmes, comptent ⟦30|Q:count|30||0⟧ points.

Côté ⟦varois|N⟧, le manager ⟦Pierre Mignoni|P⟧ s’est montré satisfait sans s’enflammer. «{NNBSP}Il reste ⟦quinze|Q:count|15||0⟧ matches, rien n’est fait. Mais ce groupe a appris à souffrir{NNBSP}», a déclaré le technicien. Selon lui, la mêlée ⟦toulonnaise|N⟧ a «{NNBSP}fait la différence{NNBSP}» en seconde période, avec ⟦quatre|Q:count|4||0⟧ pénalités obtenues.

Seule ombre au tableau, le troisième-ligne ⟦sud-africain|N⟧ ⟦Jacques Nel|P⟧, touché au genou, devrait être indisponible entre ⟦six et huit semaines|Q:duration|6~8|week|0⟧, a indiqué le club ⟦dimanche|D⟧. D’après le staff médical, l’IRM n’a pas révélé de rupture des ligaments croisés.

Avec ce succès, le ⟦RCT|O|RC Toulon⟧ enchaîne une troisième victoire consécutive à domicile. Les ⟦Toulonnais|N⟧ se déplaceront le ⟦3 janvier|D⟧ à ⟦La Rochelle|L⟧ pour le choc de la 12e journée, tandis que ⟦Pau|O|Section paloise⟧ recevra l’⟦Union Bordeaux-Bègles|O⟧. Selon la ⟦Ligue nationale de rugby|O⟧ (⟦LNR|O|Ligue nationale de rugby⟧), l’affluence moyenne du Top 14 atteint ⟦cette saison|D⟧ ⟦15100|Q:count|15100||0⟧ spectateurs par match, en hausse de ⟦4{NNBSP}%|Q:percent|4|%|0⟧.
===ATTR===
direct | il | Léo Carbonnel | a-t-il confié | Je ne me suis pas posé de questions. Les avants m’ont donné de bons ballons, je n’avais plus qu’à taper
direct | Sébastien Piqueronies | Sébastien Piqueronies | a regretté | On a manqué de discipline. À quatorze contre quinze, à Mayol, ça ne pardonne pas
mixed | Il | Sébastien Piqueronies | a toutefois salué | « l’état d’esprit » de ses joueurs
direct | technicien | Pierre Mignoni | a déclaré | Il reste quinze matches, rien n’est fait. Mais ce groupe a appris à souffrir
according-to | lui | Pierre Mignoni | Selon | la mêlée toulonnaise a « fait la différence » en seconde période, avec quatre pénalités obtenues
indirect | club | RC Toulon | a indiqué | le troisième-ligne sud-africain Jacques Nel, touché au genou, devrait être indisponible entre six et huit semaines
according-to | staff | staff médical du RC Toulon (non nommé) | D’après | l’IRM n’a pas révélé de rupture des ligaments croisés
according-to | Ligue nationale de rugby | Ligue nationale de rugby | Selon | l’affluence moyenne du Top 14 atteint cette saison 15100 spectateurs par match, en hausse de 4 %
according-to | statistiques | statistiques officielles du match (non nommé) | selon | Les locaux ont dominé la possession (58 %) et réussi 142 plaquages, contre 167 pour leurs adversaires
