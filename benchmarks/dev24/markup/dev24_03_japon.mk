Au ⟦Japon|L⟧, ⟦Sanae Takaichi|P⟧ dévoile un plan de relance de ⟦21{NBSP}300 milliards de yens|Q:money|21300000000000|JPY|0⟧

La première ministre ⟦japonaise|N⟧, ⟦Sanae Takaichi|P⟧, a présenté ⟦vendredi 21 novembre|D⟧ un plan de soutien à l’économie de ⟦21{NBSP}300 milliards de yens|Q:money|21300000000000|JPY|0⟧ (environ ⟦117 milliards d’euros|Q:money|117000000000|EUR|1⟧), le plus important depuis la pandémie. Il doit être financé en grande partie par un budget supplémentaire de ⟦17{NBSP}700 milliards de yens|Q:money|17700000000000|JPY|0⟧, que le gouvernement espère faire adopter avant ⟦la fin de l’année|D⟧.

Le plan prévoit une allocation de ⟦20{NBSP}000 yens|Q:money|20000|JPY|0⟧ par enfant, des aides aux factures d’électricité et de gaz pendant ⟦trois mois|Q:duration|3|month|0⟧ et la suppression de la taxe provisoire sur l’essence, instaurée il y a plus d’⟦un demi-siècle|Q:duration|50|year|1⟧. « Nous devons rompre pour de bon avec la déflation et faire en sorte que les salaires progressent plus vite que les prix », a déclaré Mme ⟦Takaichi|P|Sanae Takaichi⟧ devant la presse, à ⟦Tokyo|L⟧.

L’inflation, hors produits frais, a atteint ⟦3{NNBSP}%|Q:percent|3|%|0⟧ sur ⟦un an|Q:duration|1|year|0⟧ en ⟦octobre|D⟧, selon le ⟦ministère des affaires intérieures|O|ministère japonais des Affaires intérieures et des Communications⟧. Elle dépasse l’objectif de ⟦2{NNBSP}%|Q:percent|2|%|0⟧ de la ⟦Banque du Japon|O⟧ (⟦BoJ|O|Banque du Japon⟧) depuis plus de ⟦trois ans|Q:duration|3|year|1⟧. Le yen, lui, est tombé à ⟦157 yens|Q:money|157|JPY|0⟧ pour un dollar, son plus bas niveau depuis ⟦dix mois|Q:duration|10|month|0⟧, et le rendement des obligations d’Etat à ⟦dix ans|Q:duration|10|year|0⟧ a dépassé ⟦1,8{NNBSP}%|Q:percent|1.8|%|0⟧, un niveau inédit depuis ⟦2008|D⟧.

Dans ce contexte, la ⟦BoJ|O|Banque du Japon⟧ pourrait relever son taux directeur de ⟦0,5{NNBSP}%|Q:percent|0.5|%|0⟧ à ⟦0,75{NNBSP}%|Q:percent|0.75|%|0⟧ lors de sa réunion des ⟦18 et 19 décembre|D⟧, estiment de nombreux économistes. Son gouverneur, ⟦Kazuo Ueda|P⟧, a déclaré ⟦début décembre|D⟧ à ⟦Nagoya|L⟧ que l’institution examinerait « les avantages et les inconvénients » d’une hausse lors de cette réunion.

Pour ⟦Takumi Ogawa|P⟧, économiste chez ⟦Nomura|O⟧, « le gouvernement et la banque centrale tirent dans des directions opposées ». Il juge que les chèques aux ménages risquent d’alimenter l’inflation qu’ils prétendent combattre. La dette publique ⟦japonaise|N⟧ dépasse déjà ⟦230{NNBSP}%|Q:percent|230|%|0⟧ du PIB, la plus élevée des pays du ⟦G7|O⟧.

Le ⟦Parti démocrate constitutionnel|O⟧ (⟦PDC|O|Parti démocrate constitutionnel⟧), principale formation d’opposition, a dénoncé un plan « électoraliste ». La coalition formée en ⟦octobre|D⟧ entre le ⟦Parti libéral-démocrate|O⟧ (⟦PLD|O|Parti libéral-démocrate⟧) et le ⟦Parti de l’innovation du Japon|O⟧ ne dispose que d’une courte majorité à la ⟦Chambre des représentants|O⟧, où elle compte ⟦233|Q:count|233||0⟧ sièges sur ⟦465|Q:count|465||0⟧.

À ⟦Osaka|L⟧, ⟦Yuki Nakamura|P⟧, ⟦41 ans|Q:duration|41|year|0⟧, mère de ⟦deux|Q:count|2||0⟧ enfants, reste sceptique. « ⟦Vingt mille yens|Q:money|20000|JPY|0⟧, c’est ce que nous dépensons en ⟦deux semaines|Q:duration|2|week|0⟧ pour le riz et les légumes », dit-elle. Le prix du sac de riz de ⟦5 kilos|Q:measure|5|kg|0⟧ a presque doublé en ⟦un an|Q:duration|1|year|0⟧, à plus de ⟦4{NBSP}200 yens|Q:money|4200|JPY|1⟧, d’après le ⟦ministère de l’agriculture|O|ministère japonais de l’Agriculture⟧.

Le cabinet de Mme ⟦Takaichi|P|Sanae Takaichi⟧ a indiqué que les premières aides seraient versées au ⟦printemps|D⟧. Le ⟦Fonds monétaire international|O⟧ (⟦FMI|O|Fonds monétaire international⟧) table sur une croissance de ⟦0,6{NNBSP}%|Q:percent|0.6|%|0⟧ en ⟦2026|D⟧.
===ATTR===
direct | Takaichi | Sanae Takaichi | a déclaré#1 | Nous devons rompre pour de bon avec la déflation et faire en sorte que les salaires progressent plus vite que les prix
according-to | ministère des affaires intérieures | ministère japonais des Affaires intérieures et des Communications | selon | L’inflation, hors produits frais, a atteint 3 % sur un an en octobre
indirect | économistes | économistes (non nommé) | estiment | la BoJ pourrait relever son taux directeur de 0,5 % à 0,75 % lors de sa réunion des 18 et 19 décembre
mixed | Kazuo Ueda | Kazuo Ueda | a déclaré#2 | l’institution examinerait « les avantages et les inconvénients » d’une hausse lors de cette réunion
according-to | Takumi Ogawa | Takumi Ogawa | Pour | le gouvernement et la banque centrale tirent dans des directions opposées
indirect | Il | Takumi Ogawa | juge | les chèques aux ménages risquent d’alimenter l’inflation qu’ils prétendent combattre
mixed | Parti démocrate constitutionnel | Parti démocrate constitutionnel | a dénoncé | un plan « électoraliste »
direct | elle | Yuki Nakamura | dit-elle | Vingt mille yens, c’est ce que nous dépensons en deux semaines pour le riz et les légumes
according-to | ministère de l’agriculture | ministère japonais de l’Agriculture | d’après | Le prix du sac de riz de 5 kilos a presque doublé en un an, à plus de 4 200 yens
indirect | cabinet | cabinet de Sanae Takaichi (non nommé) | a indiqué | les premières aides seraient versées au printemps
