⟦Moldavie|L⟧ : le parti pro-européen de ⟦Maia Sandu|P⟧ garde la majorité absolue malgré une «{NNBSP}ingérence massive{NNBSP}» de ⟦Moscou|L⟧

Le ⟦Parti action et solidarité|O⟧ (⟦PAS|O|Parti action et solidarité⟧), au pouvoir en ⟦Moldavie|L⟧, a remporté les élections législatives de ⟦dimanche|D⟧ avec ⟦50,2{NBSP}%|Q:percent|50.2|%|0⟧ des voix, selon les résultats quasi définitifs publiés ⟦lundi 29 septembre|D⟧ par la ⟦Commission électorale centrale|O⟧ (⟦CEC|O|Commission électorale centrale⟧). La formation pro-européenne de la présidente ⟦Maia Sandu|P⟧ obtiendrait ⟦55|Q:count|55||0⟧ des ⟦101|Q:count|101||0⟧ sièges du ⟦Parlement|O|Parlement de la République de Moldavie⟧, soit ⟦quatre|Q:count|4||0⟧ de moins qu’en ⟦2021|D⟧, mais conserve la majorité absolue.

Le ⟦Bloc électoral patriotique|O⟧, emmené par l’ex-président prorusse ⟦Igor Dodon|P⟧, arrive deuxième avec ⟦24,2{NBSP}%|Q:percent|24.2|%|0⟧ et ⟦26|Q:count|26||0⟧ sièges. ⟦Trois|Q:count|3||0⟧ autres formations franchissent le seuil de ⟦5{NBSP}%|Q:percent|5|%|0⟧ : ⟦Alternativa|O⟧, du maire de ⟦Chisinau|L⟧ ⟦Ion Ceban|P⟧, ⟦Notre Parti|O⟧, du populiste ⟦Renato Usatîi|P⟧, et ⟦Démocratie à la maison|O⟧. M. ⟦Dodon|P|Igor Dodon⟧ a dénoncé des «{NNBSP}fraudes{NNBSP}» dans les bureaux de la diaspora et appelé ses partisans à manifester ⟦lundi soir|D⟧ devant le ⟦Parlement|O|Parlement de la République de Moldavie⟧.

«{NNBSP}Les ⟦Moldaves|N⟧ ont choisi l’⟦Europe|L⟧, la paix et la dignité, malgré une pression sans précédent{NNBSP}», a déclaré ⟦Maia Sandu|P⟧ dans ⟦la nuit de dimanche à lundi|D⟧, devant le siège du ⟦PAS|O|Parti action et solidarité⟧. La cheffe de l’État, réélue en ⟦novembre 2024|D⟧, a dénoncé une «{NNBSP}ingérence massive{NNBSP}» du ⟦Kremlin|O⟧ et accusé la ⟦Russie|L⟧ d’avoir dépensé «{NNBSP}⟦des centaines de millions d’euros|Q:money|100000000|EUR|1⟧{NNBSP}» pour acheter des voix et inonder les réseaux sociaux de fausses informations.

⟦Moscou|L⟧ a rejeté ces accusations. «{NNBSP}Les ⟦Moldaves|N⟧ ont été privés d’un vote libre : ⟦des centaines de milliers|Q:count|100000||1⟧ de citoyens vivant en ⟦Russie|L⟧ n’ont pas pu voter{NNBSP}», a affirmé la porte-parole de la diplomatie ⟦russe|N⟧, ⟦Maria Zakharova|P⟧, en référence aux ⟦deux|Q:count|2||0⟧ seuls bureaux de vote ouverts dans le pays, contre plus de ⟦300|Q:count|300||1⟧ dans l’⟦Union européenne|O⟧.

La police avait mené ⟦la semaine dernière|D⟧ plus de ⟦250|Q:count|250||1⟧ perquisitions visant un réseau d’achat de voix lié à l’oligarque en fuite ⟦Ilan Shor|P⟧, condamné par contumace à ⟦15 ans|Q:duration|15|year|0⟧ de prison et réfugié à ⟦Moscou|L⟧. Selon l’⟦Inspection générale de la police|O⟧, quelque ⟦130{NNBSP}000|Q:count|130000||1⟧ électeurs auraient été rémunérés, pour un montant mensuel moyen de ⟦1{NNBSP}800 lei|Q:money|1800|MDL|0⟧ (environ ⟦90 euros|Q:money|90|EUR|1⟧).

La diaspora a de nouveau joué un rôle décisif. Près de ⟦280{NNBSP}000|Q:count|280000||1⟧ ⟦Moldaves|N⟧ de l’étranger ont voté, dont ⟦78{NBSP}%|Q:percent|78|%|0⟧ en faveur du ⟦PAS|O|Parti action et solidarité⟧, selon la ⟦CEC|O|Commission électorale centrale⟧. Sur le territoire national, où la participation a atteint ⟦52,1{NBSP}%|Q:percent|52.1|%|0⟧, le parti présidentiel n’a recueilli que ⟦44{NBSP}%|Q:percent|44|%|0⟧.

Le futur gouvernement devra aussi gérer la crise énergétique en ⟦Transnistrie|L⟧, région séparatiste prorusse privée de gaz ⟦russe|N⟧ depuis la fin du transit par l’⟦Ukraine|L⟧, le ⟦1er janvier|D⟧. ⟦Chisinau|L⟧ importe désormais l’essentiel de son électricité de ⟦Roumanie|L⟧, à un prix qui a presque doublé en ⟦un an|Q:duration|1|year|0⟧.

«{NNBSP}Le chemin vers l’⟦Union européenne|O⟧ est irréversible{NNBSP}», a assuré le Premier ministre sortant, ⟦Dorin Recean|P⟧, qui vise une adhésion d’ici à ⟦2030|D⟧. ⟦Bruxelles|L⟧ a promis un plan de croissance de ⟦1,9 milliard d’euros|Q:money|1900000000|EUR|0⟧ sur ⟦trois ans|Q:duration|3|year|0⟧ pour la ⟦Moldavie|L⟧.

===ATTR===
according-to | Commission électorale centrale | Commission électorale centrale | selon#1 | Le Parti action et solidarité (PAS), au pouvoir en Moldavie, a remporté les élections législatives de dimanche avec 50,2 % des voix
direct | Maia Sandu#3 | Maia Sandu | a déclaré | Les Moldaves ont choisi l’Europe, la paix et la dignité, malgré une pression sans précédent
direct | - | Maia Sandu | - | ingérence massive#1
mixed | Dodon | Igor Dodon | a dénoncé#1 | des « fraudes » dans les bureaux de la diaspora
indirect | Dodon | Igor Dodon | appelé | ses partisans à manifester lundi soir devant le Parlement
mixed | cheffe de l’État | Maia Sandu | a dénoncé#2 | une « ingérence massive » du Kremlin
mixed | cheffe de l’État | Maia Sandu | accusé | la Russie d’avoir dépensé « des centaines de millions d’euros » pour acheter des voix et inonder les réseaux sociaux de fausses informations
indirect | Moscou#2 | Moscou | a rejeté | ces accusations
direct | Maria Zakharova | Maria Zakharova | a affirmé | Les Moldaves ont été privés d’un vote libre : des centaines de milliers de citoyens vivant en Russie n’ont pas pu voter
according-to | Inspection générale de la police | Inspection générale de la police | Selon | quelque 130 000 électeurs auraient été rémunérés, pour un montant mensuel moyen de 1 800 lei (environ 90 euros)
according-to | CEC#2 | Commission électorale centrale | selon#2 | Près de 280 000 Moldaves de l’étranger ont voté, dont 78 % en faveur du PAS
direct | Dorin Recean | Dorin Recean | a assuré | Le chemin vers l’Union européenne est irréversible
indirect | Bruxelles | Bruxelles | a promis | un plan de croissance de 1,9 milliard d’euros sur trois ans pour la Moldavie
