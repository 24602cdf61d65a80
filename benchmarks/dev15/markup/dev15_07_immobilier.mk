Immobilier : les prix repartent légèrement à la hausse, selon les notaires

Après ⟦deux années|Q:duration|2|year|0⟧ de baisse, les prix des logements anciens se sont stabilisés en ⟦France|L⟧ et amorcent une légère remontée. Selon la note de conjoncture publiée ⟦jeudi 4 décembre|D⟧ par les ⟦Notaires de France|O⟧, ils ont progressé de ⟦0,8{NNBSP}%|Q:percent|0.8|%|0⟧ sur ⟦un an|Q:duration|1|year|0⟧ au ⟦troisième trimestre|D⟧, après un recul de ⟦3,9{NNBSP}%|Q:percent|3.9|%|0⟧ en ⟦2024|D⟧.

Le nombre de transactions sur ⟦douze mois|Q:duration|12|month|0⟧ glissants atteint ⟦930{NNBSP}000|Q:count|930000||0⟧ à ⟦fin septembre|D⟧, contre un point bas de ⟦780{NNBSP}000|Q:count|780000||0⟧ ⟦un an|Q:duration|1|year|0⟧ plus tôt, loin toutefois du record de ⟦1,2 million|Q:count|1200000||0⟧ enregistré en ⟦2021|D⟧. «{NBSP}Le marché a touché un plancher en ⟦mars|D⟧. La baisse des taux a redonné de l’air aux primo-accédants, mais on reste dans une reprise fragile{NBSP}», analyse Me ⟦Élodie Garnier|P⟧, notaire à ⟦Nantes|L⟧ et porte-parole de l’institution.

À ⟦Paris|L⟧, le prix moyen des appartements anciens s’établit à ⟦9560 euros|Q:money|9560|EUR|0⟧ le mètre carré, en recul de ⟦1,2{NNBSP}%|Q:percent|1.2|%|0⟧ sur ⟦un an|Q:duration|1|year|0⟧. Il atteint ⟦4720 euros|Q:money|4720|EUR|0⟧ à ⟦Lyon|L⟧ (⟦+1,5{NNBSP}%|Q:percent|1.5|%|0⟧), ⟦4480 euros|Q:money|4480|EUR|0⟧ à ⟦Bordeaux|L⟧ (⟦+0,4{NNBSP}%|Q:percent|0.4|%|0⟧), ⟦3710 euros|Q:money|3710|EUR|0⟧ à ⟦Nantes|L⟧ et ⟦3520 euros|Q:money|3520|EUR|0⟧ à ⟦Marseille|L⟧, où les prix ont bondi de ⟦4,1{NNBSP}%|Q:percent|4.1|%|0⟧. En ⟦Île-de-France|L⟧, hors ⟦Paris|L⟧, ils reculent encore de ⟦0,6{NNBSP}%|Q:percent|0.6|%|0⟧, selon les ⟦Notaires du Grand Paris|O⟧.

Avec un salaire de ⟦3000 euros|Q:money|3000|EUR|0⟧ net, on peut acheter ⟦28 mètres carrés|Q:measure|28|m²|0⟧ à ⟦Paris|L⟧, contre ⟦66|Q:measure|66|m²|0⟧ à ⟦Marseille|L⟧, selon une étude du réseau ⟦Century 21|O⟧.

Côté crédit, le taux moyen des prêts immobiliers s’établissait à ⟦3,12{NNBSP}%|Q:percent|3.12|%|0⟧ en ⟦novembre|D⟧, contre ⟦4,2{NNBSP}%|Q:percent|4.2|%|0⟧ ⟦fin 2023|D⟧, selon l’⟦Observatoire Crédit Logement/CSA|O⟧. La durée moyenne des emprunts atteint ⟦21 ans et trois mois|Q:duration|255|month|0⟧. «{NBSP}Un ménage qui emprunte ⟦250{NNBSP}000 euros|Q:money|250000|EUR|0⟧ sur ⟦vingt-cinq ans|Q:duration|25|year|0⟧ économise près de ⟦180 euros|Q:money|180|EUR|1⟧ par mois par rapport à ⟦l’an dernier|D⟧{NBSP}», calcule ⟦Thomas Berthier|P⟧, courtier chez ⟦Meilleurtaux|O⟧.

Les acheteurs en profitent pour négocier. «{NBSP}On a visité ⟦quinze|Q:count|15||0⟧ appartements en ⟦six mois|Q:duration|6|month|0⟧. Les vendeurs commencent enfin à baisser leurs prix{NBSP}», témoigne ⟦Inès|P⟧, ⟦31 ans|Q:duration|31|year|0⟧, qui vient d’acheter un trois-pièces de ⟦62 m²|Q:measure|62|m²|0⟧ à ⟦Villeurbanne|L⟧ avec son compagnon.

Le marché du neuf reste en revanche sinistré. Les promoteurs n’ont vendu que ⟦17{NNBSP}600|Q:count|17600||0⟧ logements aux particuliers au ⟦troisième trimestre|D⟧, selon la ⟦Fédération des promoteurs immobiliers|O⟧ (⟦FPI|O|Fédération des promoteurs immobiliers⟧), qui réclame le retour d’une aide fiscale à l’investissement locatif.

La ⟦Fédération nationale de l’immobilier|O⟧ (⟦Fnaim|O|Fédération nationale de l’immobilier⟧) prévoit pour ⟦2026|D⟧ une hausse des prix «{NBSP}comprise entre ⟦1{NNBSP}% et 2{NNBSP}%|Q:percent|1~2|%|1⟧{NBSP}», à condition que les taux ne remontent pas. Les avant-contrats signés en ⟦octobre|D⟧ laissent entrevoir une hausse d’environ ⟦1{NNBSP}%|Q:percent|1|%|1⟧ d’ici à ⟦l’été|D⟧. «{NBSP}L’incertitude politique pèse encore sur les décisions des ménages{NBSP}», préviennent toutefois les notaires.
===ATTR===
according-to | notaires#1 | Notaires de France | selon#1 | les prix repartent légèrement à la hausse
according-to | Notaires de France | Notaires de France | Selon | ils ont progressé de 0,8 % sur un an au troisième trimestre, après un recul de 3,9 % en 2024
direct | Élodie Garnier | Élodie Garnier | analyse | Le marché a touché un plancher en mars. La baisse des taux a redonné de l’air aux primo-accédants, mais on reste dans une reprise fragile
according-to | Notaires du Grand Paris | Notaires du Grand Paris | selon | En Île-de-France, hors Paris, ils reculent encore de 0,6 %
according-to | Century 21 | Century 21 | selon | Avec un salaire de 3000 euros net, on peut acheter 28 mètres carrés à Paris, contre 66 à Marseille
according-to | Observatoire Crédit Logement/CSA | Observatoire Crédit Logement/CSA | selon | Côté crédit, le taux moyen des prêts immobiliers s’établissait à 3,12 % en novembre, contre 4,2 % fin 2023
direct | Thomas Berthier | Thomas Berthier | calcule | Un ménage qui emprunte 250 000 euros sur vingt-cinq ans économise près de 180 euros par mois par rapport à l’an dernier
direct | Inès | Inès | témoigne | On a visité quinze appartements en six mois. Les vendeurs commencent enfin à baisser leurs prix
according-to | Fédération des promoteurs immobiliers | Fédération des promoteurs immobiliers | selon | Les promoteurs n’ont vendu que 17 600 logements aux particuliers au troisième trimestre
indirect | qui | Fédération des promoteurs immobiliers | réclame | le retour d’une aide fiscale à l’investissement locatif
mixed | Fédération nationale de l’immobilier | Fédération nationale de l’immobilier | prévoit | une hausse des prix « comprise entre 1 % et 2 % », à condition que les taux ne remontent pas
direct | notaires#2 | Notaires de France | préviennent | L’incertitude politique pèse encore sur les décisions des ménages
