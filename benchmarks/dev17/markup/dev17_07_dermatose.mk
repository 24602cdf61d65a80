Dermatose nodulaire : ⟦des centaines|Q:count|100||1⟧ d'éleveurs bloquent l'abattage d'un troupeau en ⟦Ariège|L⟧

Ils étaient encore près de ⟦600|Q:count|600||1⟧, ⟦ce jeudi matin|D⟧, massés autour d'une ferme des ⟦Bordes-sur-Arize|L|Les Bordes-sur-Arize⟧, à ⟦une quarantaine de kilomètres|Q:measure|40|km|1⟧ de ⟦Foix|L⟧. Depuis ⟦mardi soir|D⟧, des éleveurs venus de toute l'⟦Occitanie|L⟧ et même du ⟦Pays basque|L⟧ s'opposent à l'abattage des ⟦208|Q:count|208||0⟧ vaches de ⟦Jérôme Castet|P⟧, dont une bête a été testée positive à la dermatose nodulaire contagieuse (DNC).

“On ne laissera pas tuer un troupeau entier pour une vache malade. Mes bêtes sont vaccinées depuis ⟦trois semaines|Q:duration|3|week|0⟧”, a lancé l'éleveur, ⟦46 ans|Q:duration|46|year|0⟧, devant la foule. Son exploitation, reprise à son père en ⟦2004|D⟧, est sa seule source de revenus.

La ⟦préfecture de l'Ariège|O⟧ a rappelé ⟦mercredi|D⟧ que le protocole sanitaire national impose l'abattage total de tout troupeau où un cas est confirmé, afin de stopper la propagation du virus. “L'exécution de cette mesure n'est pas négociable”, a déclaré le préfet, qui a fait venir ⟦350|Q:count|350||0⟧ gendarmes mobiles et ⟦deux|Q:count|2||0⟧ véhicules blindés. ⟦Mercredi soir|D⟧, les forces de l'ordre ont fait usage de gaz lacrymogène pour tenter de dégager l'accès à la ferme. ⟦Trois|Q:count|3||0⟧ manifestants ont été légèrement blessés, selon les organisateurs.

Fait rare, les syndicats agricoles font front commun. La ⟦FNSEA|O|Fédération nationale des syndicats d'exploitants agricoles⟧ demande un “dépeuplement partiel” limité aux animaux malades. “Abattre ⟦des centaines|Q:count|100||1⟧ de bêtes saines, c'est détruire des vies de travail. Il faut vacciner massivement, et tout de suite”, estime son président, ⟦Arnaud Rousseau|P⟧. La ⟦Confédération paysanne|O⟧ réclame, elle, l'arrêt pur et simple des abattages totaux, comme la ⟦Coordination rurale|O⟧.

La ministre de l'Agriculture, ⟦Annie Genevard|P⟧, a annoncé ⟦jeudi|D⟧ l'extension de la zone de vaccination à l'ensemble de l'⟦Ariège|L⟧ et des ⟦Hautes-Pyrénées|L⟧, soit environ ⟦120 000|Q:count|120000||1⟧ bovins supplémentaires, mais a exclu de renoncer à l'abattage total, “le seul moyen d'éradiquer la maladie”.

Depuis l'apparition du premier foyer en ⟦Savoie|L⟧, ⟦fin juin|D⟧, ⟦117|Q:count|117||0⟧ foyers ont été détectés en ⟦France|L⟧ et quelque ⟦3 300|Q:count|3300||1⟧ bovins abattus, selon le ministère. Les éleveurs touchés sont indemnisés à hauteur de ⟦1 800 euros|Q:money|1800|EUR|0⟧ par vache laitière en moyenne, une somme jugée très insuffisante par les intéressés : une bonne laitière se négocie autour de ⟦2 500 euros|Q:money|2500|EUR|1⟧, et il faut ⟦deux à trois ans|Q:duration|2~3|year|1⟧ pour reconstituer un troupeau.

À ⟦Foix|L⟧, une réunion était prévue ⟦ce jeudi|D⟧ à ⟦14 heures|D⟧ à la préfecture entre les représentants des éleveurs et les services de l'Etat. “Si l'abattage a lieu, on bloquera les routes de tout le département”, prévient ⟦Marie Soula|P⟧, porte-parole de la ⟦Confédération paysanne de l'Ariège|O⟧.
===ATTR===
direct | éleveur | Jérôme Castet | a lancé | On ne laissera pas tuer un troupeau entier pour une vache malade. Mes bêtes sont vaccinées depuis trois semaines
indirect | préfecture de l'Ariège | préfecture de l'Ariège | a rappelé | le protocole sanitaire national impose l'abattage total de tout troupeau où un cas est confirmé, afin de stopper la propagation du virus
direct | préfet | préfet de l'Ariège (non nommé) | a déclaré | L'exécution de cette mesure n'est pas négociable
according-to | organisateurs | organisateurs (non nommé) | selon#1 | Trois manifestants ont été légèrement blessés
mixed | FNSEA | Fédération nationale des syndicats d'exploitants agricoles | demande | un “dépeuplement partiel” limité aux animaux malades
direct | Arnaud Rousseau | Arnaud Rousseau | estime | Abattre des centaines de bêtes saines, c'est détruire des vies de travail. Il faut vacciner massivement, et tout de suite
indirect | Confédération paysanne#1 | Confédération paysanne | réclame | l'arrêt pur et simple des abattages totaux
indirect | Annie Genevard | Annie Genevard | a annoncé | l'extension de la zone de vaccination à l'ensemble de l'Ariège et des Hautes-Pyrénées, soit environ 120 000 bovins supplémentaires
mixed | Annie Genevard | Annie Genevard | a exclu | de renoncer à l'abattage total, “le seul moyen d'éradiquer la maladie”
according-to | ministère | ministère français de l'Agriculture | selon#2 | Depuis l'apparition du premier foyer en Savoie, fin juin, 117 foyers ont été détectés en France et quelque 3 300 bovins abattus
direct | Marie Soula | Marie Soula | prévient | Si l'abattage a lieu, on bloquera les routes de tout le département
