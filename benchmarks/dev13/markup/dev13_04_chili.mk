⟦Chili|L⟧ : ⟦José Antonio Kast|P⟧ largement élu président face à ⟦Jeannette Jara|P⟧

Le candidat de l’extrême droite ⟦José Antonio Kast|P⟧ a remporté ⟦dimanche 14 décembre|D⟧ le second tour de l’élection présidentielle ⟦chilienne|N⟧ avec ⟦58,2 %|Q:percent|58.2|%|0⟧ des voix, contre ⟦41,8 %|Q:percent|41.8|%|0⟧ à la candidate de la gauche, la communiste ⟦Jeannette Jara|P⟧, selon les résultats quasi définitifs publiés par le ⟦Service électoral|O|Service électoral du Chili⟧ (⟦Servel|O|Service électoral du Chili⟧) après dépouillement de plus de ⟦99 %|Q:percent|99|%|1⟧ des bureaux. Près de ⟦13,4 millions|Q:count|13400000||1⟧ de ⟦Chiliens|N⟧ ont voté, soit une participation de ⟦85 %|Q:percent|85|%|0⟧, le vote étant redevenu obligatoire en ⟦2022|D⟧.

Âgé de ⟦59 ans|Q:duration|59|year|0⟧, cet avocat catholique, fondateur du ⟦Parti républicain|O⟧, avait été battu en ⟦2021|D⟧ par ⟦Gabriel Boric|P⟧ au même stade du scrutin. Il prendra ses fonctions le ⟦11 mars|D⟧ pour un mandat de ⟦quatre ans|Q:duration|4|year|0⟧.

« Le ⟦Chili|L⟧ a choisi l’ordre, la sécurité et l’espoir. Nous serons le gouvernement de tous les ⟦Chiliens|N⟧ », a déclaré le président élu devant ses partisans réunis à ⟦Santiago|L⟧, promettant de « reprendre le contrôle des frontières » dès les premiers jours de son mandat.

⟦Jeannette Jara|P⟧ a rapidement reconnu sa défaite. « Les urnes ont parlé et je respecte le choix des ⟦Chiliens|N⟧ », a-t-elle écrit sur ⟦X|O⟧, avant d’appeler ses électeurs à rester « mobilisés pour défendre les droits sociaux ». Le président sortant, ⟦Gabriel Boric|P⟧, qui ne pouvait pas se représenter, a téléphoné à son successeur pour le féliciter et promis une transition « républicaine et ordonnée ».

Un pays inquiet pour sa sécurité

M. ⟦Kast|P|José Antonio Kast⟧ a fait campagne sur l’insécurité et l’immigration irrégulière, qui ont dominé les débats. Selon l’⟦Institut national de statistiques|O|Institut national de statistiques du Chili⟧ (⟦INE|O|Institut national de statistiques du Chili⟧), le nombre d’étrangers résidant au ⟦Chili|L⟧ a dépassé ⟦1,9 million|Q:count|1900000||1⟧, dont environ ⟦330 000|Q:count|330000||1⟧ en situation irrégulière, en majorité des ⟦Vénézuéliens|N⟧. Le candidat a promis l’expulsion des migrants sans papiers et le creusement d’une tranchée le long de la frontière avec la ⟦Bolivie|L⟧ et le ⟦Pérou|L⟧.

« Les gens ont voté avec la peur au ventre. Les homicides ont doublé en ⟦dix ans|Q:duration|10|year|0⟧ », analyse la politologue ⟦Valentina Soto|P⟧, de l’⟦Université catholique du Chili|O⟧, interrogée par ⟦RFI|O|Radio France internationale⟧. Le taux d’homicides est passé de ⟦2,5|Q:count|2.5||0⟧ à ⟦6|Q:count|6||0⟧ pour ⟦100 000|Q:count|100000||0⟧ habitants entre ⟦2015 et 2024|D⟧, d’après le ⟦ministère de la Sécurité publique|O|ministère chilien de la Sécurité publique⟧.

Les marchés ont accueilli favorablement la victoire d’un candidat au programme économique libéral. ⟦Lundi|D⟧, la ⟦Bourse de Santiago|O⟧ gagnait ⟦3,2 %|Q:percent|3.2|%|0⟧ en début de séance et le peso chilien s’appréciait de ⟦1,5 %|Q:percent|1.5|%|0⟧ face au dollar, à ⟦915 pesos|Q:money|915|CLP|0⟧. Premier producteur mondial de cuivre, le ⟦Chili|L⟧ peut s’attendre à des investissements « massifs » dans les mines, a assuré l’entourage du président élu.
===ATTR===
according-to | Service électoral | Service électoral du Chili | selon | Le candidat de l’extrême droite José Antonio Kast a remporté dimanche 14 décembre le second tour de l’élection présidentielle chilienne avec 58,2 % des voix, contre 41,8 % à la candidate de la gauche, la communiste Jeannette Jara
direct | président élu#1 | José Antonio Kast | a déclaré | Le Chili a choisi l’ordre, la sécurité et l’espoir. Nous serons le gouvernement de tous les Chiliens
mixed | président élu#1 | José Antonio Kast | promettant | de « reprendre le contrôle des frontières » dès les premiers jours de son mandat
indirect | Jeannette Jara#3 | Jeannette Jara | a rapidement reconnu | sa défaite
direct | elle | Jeannette Jara | a-t-elle écrit | Les urnes ont parlé et je respecte le choix des Chiliens
mixed | elle | Jeannette Jara | appeler | ses électeurs à rester « mobilisés pour défendre les droits sociaux »
mixed | Gabriel Boric#2 | Gabriel Boric | promis | une transition « républicaine et ordonnée »
according-to | Institut national de statistiques | Institut national de statistiques du Chili | Selon | le nombre d’étrangers résidant au Chili a dépassé 1,9 million, dont environ 330 000 en situation irrégulière, en majorité des Vénézuéliens
indirect | candidat#2 | José Antonio Kast | a promis | l’expulsion des migrants sans papiers et le creusement d’une tranchée le long de la frontière avec la Bolivie et le Pérou
direct | Valentina Soto | Valentina Soto | analyse | Les gens ont voté avec la peur au ventre. Les homicides ont doublé en dix ans
according-to | ministère de la Sécurité publique | ministère chilien de la Sécurité publique | d’après | Le taux d’homicides est passé de 2,5 à 6 pour 100 000 habitants entre 2015 et 2024
mixed | entourage | entourage de José Antonio Kast (non nommé) | a assuré | Premier producteur mondial de cuivre, le Chili peut s’attendre à des investissements « massifs » dans les mines
