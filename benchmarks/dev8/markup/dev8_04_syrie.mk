⟦Syrie|L⟧ : ⟦un an|Q:duration|1|year|0⟧ après la chute d'⟦Assad|P|Bachar al-Assad⟧, ⟦Ahmed al-Charaa|P⟧ promet « un État pour tous » sous le regard inquiet des minorités

⟦Des dizaines de milliers|Q:count|10000||1⟧ de ⟦Syriens|N⟧ se sont rassemblés ⟦lundi 8 décembre|D⟧ sur la ⟦place des Omeyyades|L⟧, à ⟦Damas|L⟧, pour célébrer le premier anniversaire de la chute de ⟦Bachar al-Assad|P⟧, renversé le ⟦8 décembre 2024|D⟧ par une offensive éclair du groupe islamiste ⟦Hayat Tahrir al-Cham|O⟧ (⟦HTC|O|Hayat Tahrir al-Cham⟧).

« Nous avons hérité d'un pays en ruines. Nous bâtirons un État pour tous les ⟦Syriens|N⟧, sans exception », a lancé le président par intérim, ⟦Ahmed al-Charaa|P⟧, dans un discours retransmis par la télévision publique. Ancien chef de ⟦HTC|O|Hayat Tahrir al-Cham⟧, longtemps connu sous son nom de guerre d'⟦Abou Mohammed al-Joulani|P|Ahmed al-Charaa⟧, M. ⟦al-Charaa|P|Ahmed al-Charaa⟧ a promis des élections législatives « dans un délai de ⟦quatre ans|Q:duration|4|year|1⟧ au plus ».

Sur le plan diplomatique, ⟦Damas|L⟧ a engrangé des succès rapides. Le ⟦Congrès américain|O|Congrès des États-Unis⟧ a voté ⟦la semaine dernière|D⟧ l'abrogation de la loi César, qui sanctionnait depuis ⟦2020|D⟧ toute entreprise traitant avec le régime ⟦syrien|N⟧, et l'⟦Union européenne|O⟧ avait levé l'essentiel de ses mesures restrictives dès ⟦mai|D⟧.

Selon la ⟦Banque mondiale|O⟧, la reconstruction du pays coûtera au moins ⟦216 milliards de dollars|Q:money|216000000000|USD|1⟧, dont ⟦75 milliards|Q:money|75000000000|USD|0⟧ pour le seul logement. « Chaque mois sans investissement, ce sont ⟦des milliers|Q:count|1000||1⟧ de familles qui restent sous des tentes », a déploré le ministre de l'Économie, ⟦Mohammad Nidal al-Chaar|P⟧, qui a annoncé la signature d'un contrat de ⟦7 milliards de dollars|Q:money|7000000000|USD|0⟧ avec un consortium ⟦qatari|N⟧, ⟦turc|N⟧ et ⟦américain|N⟧ pour la construction de centrales électriques.

Mais la transition reste fragile. En ⟦mars|D⟧, des massacres sur la côte méditerranéenne ont fait près de ⟦1 500|Q:count|1500||1⟧ morts, en majorité des civils alaouites, selon l'⟦Observatoire syrien des droits de l'homme|O⟧ (⟦OSDH|O|Observatoire syrien des droits de l'homme⟧), une ONG basée au ⟦Royaume-Uni|L⟧. En ⟦juillet|D⟧, des affrontements dans la province de ⟦Soueïda|L⟧ ont fait plus d'⟦un millier|Q:count|1000||1⟧ de morts et provoqué des frappes ⟦israéliennes|N⟧ sur ⟦Damas|L⟧.

Dans le nord-est, l'intégration des ⟦Forces démocratiques syriennes|O⟧ (⟦FDS|O|Forces démocratiques syriennes⟧), dominées par les ⟦Kurdes|N⟧, dans la nouvelle armée nationale piétine, ⟦neuf mois|Q:duration|9|month|0⟧ après l'accord signé le ⟦10 mars|D⟧ par M. ⟦al-Charaa|P|Ahmed al-Charaa⟧ et le commandant des ⟦FDS|O|Forces démocratiques syriennes⟧, ⟦Mazloum Abdi|P⟧. « Nous voulons une armée unie, mais pas au prix de nos acquis », a déclaré à ⟦France 24|O⟧ un responsable ⟦kurde|N⟧ sous couvert d'anonymat, selon qui quelque ⟦60 000|Q:count|60000||1⟧ combattants restent sous les ordres des ⟦FDS|O|Forces démocratiques syriennes⟧.

Plus de ⟦1,2 million|Q:count|1200000||1⟧ de ⟦Syriens|N⟧ sont rentrés de l'étranger en ⟦un an|Q:duration|1|year|0⟧, principalement de ⟦Turquie|L⟧ et du ⟦Liban|L⟧, selon le ⟦Haut-Commissariat des Nations unies pour les réfugiés|O⟧ (⟦HCR|O|Haut-Commissariat des Nations unies pour les réfugiés⟧). Quelque ⟦90 %|Q:percent|90|%|1⟧ de la population vit toujours sous le seuil de pauvreté, a rappelé ⟦mardi|D⟧ l'agence onusienne. La livre syrienne s'échange autour de ⟦11 000|Q:money|11000|SYP|1⟧ pour ⟦un dollar|Q:money|1|USD|0⟧, contre ⟦15 000|Q:money|15000|SYP|0⟧ il y a ⟦un an|Q:duration|1|year|0⟧.

Sur la scène internationale, M. ⟦al-Charaa|P|Ahmed al-Charaa⟧, reçu à la ⟦Maison Blanche|O⟧ par ⟦Donald Trump|P⟧ le ⟦10 novembre|D⟧, a obtenu le soutien de l'⟦Arabie saoudite|L⟧ et du ⟦Qatar|L⟧, qui ont réglé une dette ⟦syrienne|N⟧ de ⟦15 millions de dollars|Q:money|15000000|USD|0⟧ auprès de la ⟦Banque mondiale|O⟧. « La ⟦Syrie|L⟧ de demain ne sera ni une menace pour ses voisins ni un terrain de jeu pour les puissances étrangères », a-t-il assuré ⟦lundi|D⟧.

===ATTR===
direct | Ahmed al-Charaa#1 | Ahmed al-Charaa | promet | un État pour tous#1
direct | Ahmed al-Charaa#2 | Ahmed al-Charaa | a lancé | Nous avons hérité d'un pays en ruines. Nous bâtirons un État pour tous les Syriens, sans exception
mixed | al-Charaa#3 | Ahmed al-Charaa | a promis | des élections législatives « dans un délai de quatre ans au plus »
according-to | Banque mondiale#1 | Banque mondiale | Selon#1 | la reconstruction du pays coûtera au moins 216 milliards de dollars, dont 75 milliards pour le seul logement
direct | Mohammad Nidal al-Chaar | Mohammad Nidal al-Chaar | a déploré | Chaque mois sans investissement, ce sont des milliers de familles qui restent sous des tentes
indirect | qui | Mohammad Nidal al-Chaar | a annoncé | la signature d'un contrat de 7 milliards de dollars avec un consortium qatari, turc et américain pour la construction de centrales électriques
according-to | Observatoire syrien des droits de l'homme | Observatoire syrien des droits de l'homme | selon#1 | En mars, des massacres sur la côte méditerranéenne ont fait près de 1 500 morts, en majorité des civils alaouites
direct | responsable | responsable kurde (non nommé) | a déclaré | Nous voulons une armée unie, mais pas au prix de nos acquis
according-to | qui | responsable kurde (non nommé) | selon#2 | quelque 60 000 combattants restent sous les ordres des FDS
according-to | Haut-Commissariat des Nations unies pour les réfugiés | Haut-Commissariat des Nations unies pour les réfugiés | selon#3 | Plus de 1,2 million de Syriens sont rentrés de l'étranger en un an, principalement de Turquie et du Liban
indirect | agence | Haut-Commissariat des Nations unies pour les réfugiés | a rappelé | Quelque 90 % de la population vit toujours sous le seuil de pauvreté
direct | il | Ahmed al-Charaa | a-t-il assuré | La Syrie de demain ne sera ni une menace pour ses voisins ni un terrain de jeu pour les puissances étrangères
