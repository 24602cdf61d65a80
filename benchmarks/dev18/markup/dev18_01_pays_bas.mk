⟦Pays-Bas|L⟧ : ⟦Rob Jetten|P⟧ lance les discussions de coalition, ⟦Geert Wilders|P⟧ tenu à l'écart

⟦La Haye|L⟧, ⟦4 novembre|D⟧ (⟦Reuters|O⟧) - Le chef des centristes de ⟦D66|O|Democraten 66⟧, ⟦Rob Jetten|P⟧, a entamé ⟦mardi|D⟧ des consultations avec les autres partis ⟦néerlandais|N⟧ en vue de former une coalition, ⟦six jours|Q:duration|6|day|0⟧ après des législatives anticipées qui ont vu sa formation arriver en tête, devant le ⟦Parti pour la liberté|O⟧ (⟦PVV|O|Parti pour la liberté⟧) de ⟦Geert Wilders|P⟧.

Selon les résultats définitifs publiés ⟦lundi|D⟧ par le ⟦Conseil électoral|O|Conseil électoral des Pays-Bas⟧, ⟦D66|O|Democraten 66⟧ obtient ⟦26|Q:count|26||0⟧ des ⟦150|Q:count|150||0⟧ sièges de la ⟦Seconde Chambre|O|Seconde Chambre des États généraux⟧, autant que le ⟦PVV|O|Parti pour la liberté⟧, mais devance le parti d'extrême droite d'environ ⟦29 000|Q:count|29000||1⟧ voix. Le ⟦VVD|O|Parti populaire pour la liberté et la démocratie⟧ libéral de ⟦Dilan Yeşilgöz|P⟧ compte ⟦22|Q:count|22||0⟧ sièges, l'alliance de gauche ⟦GroenLinks-PvdA|O⟧ ⟦20|Q:count|20||0⟧ et les chrétiens-démocrates du ⟦CDA|O|Appel chrétien-démocrate⟧ ⟦18|Q:count|18||0⟧.

“Les électeurs ont choisi l'optimisme. Ils veulent un gouvernement qui règle les problèmes au lieu de les crier”, a déclaré ⟦Rob Jetten|P⟧ devant la presse, ajoutant qu'il souhaitait un accord “avant ⟦l'été|D⟧”. Agé de ⟦38 ans|Q:duration|38|year|0⟧, l'ancien ministre du Climat pourrait devenir le plus jeune Premier ministre de l'histoire du pays. Il a répété qu'il ne gouvernerait pas avec le ⟦PVV|O|Parti pour la liberté⟧, dont le chef a provoqué en ⟦juin|D⟧ la chute du gouvernement de ⟦Dick Schoof|P⟧ en retirant ses ministres, au bout de ⟦onze mois|Q:duration|11|month|0⟧.

⟦Geert Wilders|P⟧, ⟦62 ans|Q:duration|62|year|0⟧, a dénoncé sur ⟦X|O⟧ une “coalition des perdants” et assuré que son parti resterait “la plus grande force d'opposition”.

Plusieurs scénarios sont sur la table. Une coalition de ⟦D66|O|Democraten 66⟧, du ⟦CDA|O|Appel chrétien-démocrate⟧, du ⟦VVD|O|Parti populaire pour la liberté et la démocratie⟧ et du parti conservateur ⟦JA21|O⟧ réunirait ⟦75|Q:count|75||0⟧ sièges, alors que la majorité absolue est de ⟦76|Q:count|76||0⟧. Un attelage avec ⟦GroenLinks-PvdA|O⟧, qui totaliserait ⟦86|Q:count|86||0⟧ sièges, se heurte au refus de Mme ⟦Yeşilgöz|P|Dilan Yeşilgöz⟧. “Nous ne serons pas dans un cabinet qui tire le pays vers la gauche”, a-t-elle répété ⟦lundi soir|D⟧.

L'éclaireur désigné par la ⟦Chambre|O|Seconde Chambre des États généraux⟧, l'ancien ministre ⟦Wouter Koolmees|P⟧, doit rendre ses conclusions d'ici à ⟦deux semaines|Q:duration|2|week|0⟧. Pour ⟦Marieke van den Berg|P⟧, politologue à l'⟦université de Leyde|O⟧, la formation “prendra au moins jusqu'au ⟦printemps|D⟧” : les précédentes négociations avaient duré ⟦223 jours|Q:duration|223|day|0⟧ en ⟦2023-2024|D⟧.

Le prochain gouvernement héritera de finances tendues. Selon le ⟦Bureau central de planification|O⟧ (⟦CPB|O|Bureau central de planification⟧), le déficit public devrait atteindre ⟦2,4%|Q:percent|2.4|%|0⟧ du PIB en ⟦2026|D⟧ et la croissance ralentir à ⟦1,1%|Q:percent|1.1|%|0⟧. Pendant la campagne, ⟦D66|O|Democraten 66⟧ a promis de construire ⟦100 000|Q:count|100000||0⟧ logements par an et d'investir ⟦5 milliards d'euros|Q:money|5000000000|EUR|0⟧ dans l'éducation. Le pays manque de quelque ⟦400 000|Q:count|400000||1⟧ logements, selon le ⟦ministère du Logement|O|ministère néerlandais du Logement⟧.

A ⟦Amsterdam|L⟧, ⟦Fleur|P⟧, ⟦31 ans|Q:duration|31|year|0⟧, enseignante, dit avoir voté ⟦D66|O|Democraten 66⟧ “pour la première fois”. “Je veux un pays où mes élèves pourront se loger sans attendre ⟦dix ans|Q:duration|10|year|0⟧”, confie-t-elle.

Les chefs des ⟦quinze|Q:count|15||0⟧ partis représentés à la ⟦Chambre|O|Seconde Chambre des États généraux⟧ doivent se retrouver ⟦jeudi|D⟧ à ⟦14h|D⟧ au ⟦Binnenhof|L⟧, siège du ⟦Parlement|O|États généraux des Pays-Bas⟧.
===ATTR===
according-to | Conseil électoral | Conseil électoral des Pays-Bas | Selon#1 | D66 obtient 26 des 150 sièges de la Seconde Chambre, autant que le PVV, mais devance le parti d'extrême droite d'environ 29 000 voix
direct | Rob Jetten | Rob Jetten | a déclaré | Les électeurs ont choisi l'optimisme. Ils veulent un gouvernement qui règle les problèmes au lieu de les crier
mixed | Rob Jetten | Rob Jetten | ajoutant | il souhaitait un accord “avant l'été”
indirect | Il | Rob Jetten | a répété#1 | il ne gouvernerait pas avec le PVV
mixed | Geert Wilders | Geert Wilders | a dénoncé | une “coalition des perdants”
mixed | Geert Wilders | Geert Wilders | assuré | son parti resterait “la plus grande force d'opposition”
direct | elle | Dilan Yeşilgöz | a-t-elle répété | Nous ne serons pas dans un cabinet qui tire le pays vers la gauche
according-to | Marieke van den Berg | Marieke van den Berg | Pour | la formation “prendra au moins jusqu'au printemps” : les précédentes négociations avaient duré 223 jours en 2023-2024
according-to | Bureau central de planification | Bureau central de planification | Selon#2 | le déficit public devrait atteindre 2,4% du PIB en 2026 et la croissance ralentir à 1,1%
indirect | D66 | Democraten 66 | a promis | de construire 100 000 logements par an et d'investir 5 milliards d'euros dans l'éducation
according-to | ministère du Logement | ministère néerlandais du Logement | selon | Le pays manque de quelque 400 000 logements
mixed | Fleur | Fleur | dit | avoir voté D66 “pour la première fois”
direct | elle | Fleur | confie-t-elle | Je veux un pays où mes élèves pourront se loger sans attendre dix ans
