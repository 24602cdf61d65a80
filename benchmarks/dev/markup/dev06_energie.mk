Pétrole ⟦russe|N⟧ : le plafond du ⟦G7|O|Groupe des Sept⟧ à ⟦60 dollars|Q:money|60|USD|0⟧ de plus en plus contourné

⟦Londres|L⟧, ⟦9 avril|D⟧ – Les cours du brut ont poursuivi leur hausse ⟦mardi|D⟧, le baril de Brent de la ⟦mer du Nord|L⟧ gagnant ⟦1,2{NBSP}%|Q:percent|1.2|%|0⟧ à ⟦89,70 dollars|Q:money|89.7|USD|0⟧ en fin de séance, son plus haut niveau depuis ⟦octobre|D⟧.

Le plafonnement du prix du pétrole ⟦russe|N⟧ exporté par voie maritime, instauré en ⟦décembre 2022|D⟧ par le ⟦G7|O|Groupe des Sept⟧, l’⟦Union européenne|O⟧ et l’⟦Australie|L⟧, perd de son efficacité à mesure que les prix montent. Pendant ⟦six mois|Q:duration|6|month|0⟧ après son entrée en vigueur, le mécanisme a semblé fonctionner : le brut ⟦russe|N⟧ se négociait alors à environ ⟦60 dollars|Q:money|60|USD|1⟧, voire moins. Il s’échangeait ⟦lundi|D⟧ autour de ⟦75 dollars|Q:money|75|USD|1⟧ le baril dans les ports de la ⟦Baltique|L|mer Baltique⟧, selon des données compilées par l’agence ⟦Argus|O|Argus Media⟧.

Selon l’⟦Agence internationale de l’énergie|O⟧ (⟦AIE|O|Agence internationale de l’énergie⟧), les recettes d’exportation pétrolière de la ⟦Russie|L⟧ ont atteint ⟦17,2 milliards de dollars|Q:money|17200000000|USD|0⟧ en ⟦mars|D⟧, en hausse de plus de ⟦30{NNBSP}%|Q:percent|30|%|1⟧ par rapport à ⟦mars 2023|D⟧. ⟦Moscou|L⟧ s’appuie sur une « flotte fantôme » de vieux pétroliers, immatriculés sous pavillon de complaisance et assurés hors des pays du ⟦G7|O|Groupe des Sept⟧.

« Le plafonnement n’a jamais été conçu pour couper le pétrole ⟦russe|N⟧ du marché, mais pour réduire les revenus du ⟦Kremlin|O⟧ », a rappelé la secrétaire ⟦américaine|N⟧ au Trésor, ⟦Janet Yellen|P|Janet Yellen⟧. « De ce point de vue, il fonctionne, a-t-elle ajouté, même si nous devons renforcer les contrôles. »

Le vice-Premier ministre ⟦russe|N⟧ ⟦Alexandre Novak|P|Alexandre Novak⟧ a affirmé que la ⟦Russie|L⟧ respecterait ses engagements de réduction de production au sein de l’⟦Opep+|O|OPEP+⟧ au ⟦deuxième trimestre|D⟧. Il a assuré que l’économie ⟦russe|N⟧ avait « parfaitement su s’adapter » aux sanctions.

Le géant gazier ⟦Gazprom|O⟧ a, de son côté, annoncé une perte nette de ⟦629 milliards de roubles|Q:money|629000000000|RUB|0⟧ (environ ⟦6,4 milliards d’euros|Q:money|6400000000|EUR|1⟧) pour ⟦2023|D⟧, sa première perte annuelle depuis plus de ⟦vingt ans|Q:duration|20|year|1⟧. Ses exportations vers l’⟦Europe|L⟧ ont chuté de plus de ⟦80{NBSP}%|Q:percent|80|%|1⟧ depuis le début de la guerre en ⟦Ukraine|L⟧, d’après les calculs de l’agence ⟦Bloomberg|O⟧. ⟦Gazprom|O⟧ n’a pas dit quand il comptait reprendre le versement de dividendes.

Les recettes pétrolières et gazières ont représenté près d’un tiers des revenus du budget fédéral au ⟦premier trimestre|D⟧, selon le ⟦ministère russe des Finances|O⟧. Le rouble, qui avait plongé au-delà de ⟦100 roubles|Q:money|100|RUB|1⟧ face au dollar en ⟦août|D⟧, s’est stabilisé autour de ⟦92 roubles|Q:money|92|RUB|1⟧. Les ⟦Européens|N⟧, eux, débattent depuis ⟦un an et demi|Q:duration|1.5|year|0⟧ d’un embargo sur le gaz naturel liquéfié ⟦russe|N⟧, sans parvenir à s’entendre.

« Tant que l’⟦Inde|L⟧ et la ⟦Chine|L⟧ achèteront, ⟦Moscou|L⟧ aura des débouchés », résume ⟦Homayoun Falakshahi|P|Homayoun Falakshahi⟧, analyste chez ⟦Kpler|O⟧.

===ATTR===
according-to | Argus | Argus Media | selon | Il s’échangeait lundi autour de 75 dollars le baril dans les ports de la Baltique
according-to | Agence internationale de l’énergie | Agence internationale de l’énergie | Selon | les recettes d’exportation pétrolière de la Russie ont atteint 17,2 milliards de dollars en mars, en hausse de plus de 30 % par rapport à mars 2023
direct | Janet Yellen | Janet Yellen | a rappelé | Le plafonnement n’a jamais été conçu pour couper le pétrole russe du marché, mais pour réduire les revenus du Kremlin
direct | elle | Janet Yellen | a-t-elle ajouté | De ce point de vue, il fonctionne, a-t-elle ajouté, même si nous devons renforcer les contrôles.
indirect | Alexandre Novak | Alexandre Novak | a affirmé | la Russie respecterait ses engagements de réduction de production au sein de l’Opep+ au deuxième trimestre
mixed | Il | Alexandre Novak | a assuré | l’économie russe avait « parfaitement su s’adapter » aux sanctions
indirect | Gazprom | Gazprom | a, de son côté, annoncé | une perte nette de 629 milliards de roubles (environ 6,4 milliards d’euros) pour 2023
according-to | Bloomberg | Bloomberg | d’après | Ses exportations vers l’Europe ont chuté de plus de 80 % depuis le début de la guerre en Ukraine
according-to | ministère russe des Finances | ministère russe des Finances | selon | Les recettes pétrolières et gazières ont représenté près d’un tiers des revenus du budget fédéral au premier trimestre
direct | Homayoun Falakshahi | Homayoun Falakshahi | résume | Tant que l’Inde et la Chine achèteront, Moscou aura des débouchés
