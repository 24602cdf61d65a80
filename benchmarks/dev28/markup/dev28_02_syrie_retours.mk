⟦Syrie|L⟧ : à ⟦Damas|L⟧, une conférence pour financer le retour des réfugiés

⟦Damas|L⟧, ⟦2 décembre|D⟧ (⟦Reuters|O⟧) - Les autorités ⟦syriennes|N⟧ ont réuni ⟦mardi|D⟧ à ⟦Damas|L⟧ ⟦une soixantaine|Q:count|60||1⟧ de délégations étrangères pour une conférence consacrée au retour des réfugiés et à la reconstruction, ⟦deux ans|Q:duration|2|year|0⟧ après la chute de ⟦Bachar al-Assad|P⟧. Les promesses de dons annoncées en fin de journée atteignent ⟦3,4 milliards de dollars|Q:money|3400000000|USD|0⟧, loin des besoins chiffrés par la ⟦Banque mondiale|O⟧.

Selon le ⟦Haut-Commissariat des Nations unies pour les réfugiés|O⟧ (⟦HCR|O|Haut-Commissariat des Nations unies pour les réfugiés⟧), plus de ⟦1,3 million|Q:count|1300000||1⟧ de réfugiés sont rentrés en ⟦Syrie|L⟧ depuis ⟦décembre 2024|D⟧, auxquels s’ajoutent environ ⟦1,9 million|Q:count|1900000||1⟧ de déplacés internes revenus dans leur région d’origine. Près de ⟦4,5 millions|Q:count|4500000||1⟧ de ⟦Syriens|N⟧ vivent encore dans les pays voisins, dont ⟦2,3 millions|Q:count|2300000||0⟧ en ⟦Turquie|L⟧ et quelque ⟦750{NBSP}000|Q:count|750000||1⟧ au ⟦Liban|L⟧.

«{NBSP}Les gens veulent rentrer, mais ils rentrent dans des maisons sans toit, sans eau et souvent sans école pour leurs enfants{NBSP}», a déclaré ⟦Karim Belhadj|P⟧, représentant du ⟦HCR|O|Haut-Commissariat des Nations unies pour les réfugiés⟧ en ⟦Syrie|L⟧. L’agence dit avoir besoin de ⟦780 millions de dollars|Q:money|780000000|USD|0⟧ en ⟦2027|D⟧ pour accompagner les retours ; son programme de ⟦2026|D⟧ n’a été financé qu’à ⟦31{NBSP}%|Q:percent|31|%|0⟧.

D’après une évaluation de la ⟦Banque mondiale|O⟧ présentée aux délégués, le coût de la reconstruction est compris entre ⟦200 et 250 milliards de dollars|Q:money|200000000000~250000000000|USD|0⟧, dont près d’un tiers pour le logement. Le produit intérieur brut du pays a fondu de ⟦64{NBSP}%|Q:percent|64|%|0⟧ entre ⟦2010|D⟧ et ⟦2024|D⟧, et un fonctionnaire gagne en moyenne ⟦1,2 million de livres syriennes|Q:money|1200000|SYP|0⟧ par mois, soit ⟦une centaine de dollars|Q:money|100|USD|1⟧.

Le ministre ⟦syrien|N⟧ des Affaires étrangères, ⟦Assaad al-Chaibani|P⟧, a appelé les bailleurs à «{NBSP}passer des promesses aux chantiers{NBSP}». Il a assuré que ⟦Damas|L|Syrie⟧ garantirait la sécurité des rapatriés et que les titres de propriété perdus pendant la guerre seraient «{NBSP}reconnus sans frais{NBSP}». Le président ⟦Ahmed al-Charaa|P⟧, qui a ouvert la conférence, a annoncé la création d’un fonds national pour le logement doté de ⟦500 millions de dollars|Q:money|500000000|USD|0⟧.

La ⟦Turquie|L⟧ pousse pour accélérer le mouvement. «{NBSP}Nous avons facilité le retour volontaire de plus de ⟦560{NBSP}000|Q:count|560000||1⟧ personnes depuis ⟦un an|Q:duration|1|year|0⟧, et ce n’est qu’un début{NBSP}», a affirmé ⟦Mehmet Kaya|P⟧, vice-ministre ⟦turc|N⟧ de l’Intérieur. ⟦Ankara|L|Turquie⟧ a ouvert ⟦trois|Q:count|3||0⟧ nouveaux postes-frontières depuis ⟦septembre|D⟧.

Dans le nord-est, l’administration ⟦kurde|N⟧ se montre plus prudente. Pour ⟦Rojhat Sido|P⟧, responsable des affaires humanitaires des ⟦Forces démocratiques syriennes|O⟧ (⟦FDS|O|Forces démocratiques syriennes⟧), les conditions d’un retour durable «{NBSP}ne sont pas réunies{NBSP}» autour de ⟦Raqqa|L⟧ et de ⟦Deir ez-Zor|L⟧. Il a rappelé que ⟦40{NBSP}000|Q:count|40000||0⟧ personnes, dont une majorité de femmes et d’enfants, restent détenues dans le camp d’⟦Al-Hol|L⟧.

Les ⟦Européens|N⟧, eux, conditionnent une partie de leur aide à des garanties politiques. D’après des diplomates présents à ⟦Damas|L⟧, l’⟦Union européenne|O⟧ devrait confirmer ⟦1 milliard d’euros|Q:money|1000000000|EUR|0⟧ sur ⟦deux ans|Q:duration|2|year|0⟧ lors d’une réunion à ⟦Bruxelles|L⟧ en ⟦février|D⟧. Un diplomate ⟦européen|N⟧ résume : «{NBSP}Personne ne veut financer des maisons que l’on pourrait détruire demain{NBSP}».
===ATTR===
according-to | Haut-Commissariat des Nations unies pour les réfugiés | Haut-Commissariat des Nations unies pour les réfugiés | Selon | plus de 1,3 million de réfugiés sont rentrés en Syrie depuis décembre 2024, auxquels s’ajoutent environ 1,9 million de déplacés internes revenus dans leur région d’origine
direct | Karim Belhadj | Karim Belhadj | a déclaré | Les gens veulent rentrer, mais ils rentrent dans des maisons sans toit, sans eau et souvent sans école pour leurs enfants
indirect | agence | Haut-Commissariat des Nations unies pour les réfugiés | dit | avoir besoin de 780 millions de dollars en 2027 pour accompagner les retours
according-to | Banque mondiale | Banque mondiale | D’après | le coût de la reconstruction est compris entre 200 et 250 milliards de dollars, dont près d’un tiers pour le logement
mixed | Assaad al-Chaibani | Assaad al-Chaibani | a appelé | les bailleurs à « passer des promesses aux chantiers »
mixed | Il | Assaad al-Chaibani | a assuré | Damas garantirait la sécurité des rapatriés et que les titres de propriété perdus pendant la guerre seraient « reconnus sans frais »
indirect | Ahmed al-Charaa | Ahmed al-Charaa | a annoncé | la création d’un fonds national pour le logement doté de 500 millions de dollars
direct | Mehmet Kaya | Mehmet Kaya | a affirmé | Nous avons facilité le retour volontaire de plus de 560 000 personnes depuis un an, et ce n’est qu’un début
according-to | Rojhat Sido | Rojhat Sido | Pour | les conditions d’un retour durable « ne sont pas réunies » autour de Raqqa et de Deir ez-Zor
indirect | Il | Rojhat Sido | a rappelé | 40 000 personnes, dont une majorité de femmes et d’enfants, restent détenues dans le camp d’Al-Hol
according-to | diplomates | diplomates présents à Damas (non nommé) | D’après | l’Union européenne devrait confirmer 1 milliard d’euros sur deux ans lors d’une réunion à Bruxelles en février
direct | diplomate | diplomate européen (non nommé) | résume | Personne ne veut financer des maisons que l’on pourrait détruire demain
