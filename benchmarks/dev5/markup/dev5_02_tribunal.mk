⟦Lorient|L⟧ : ⟦un an|Q:duration|1|year|0⟧ de prison ferme pour le chauffard ivre qui avait fauché ⟦deux|Q:count|2||0⟧ adolescents à ⟦Hennebont|L⟧

⟦Lorient|L⟧, ⟦9 octobre|D⟧ (⟦AFP|O|Agence France-Presse⟧) - Le ⟦tribunal correctionnel de Lorient|O⟧ a condamné ⟦jeudi|D⟧ ⟦Kévin L.|P⟧, ⟦24 ans|Q:duration|24|year|0⟧, à ⟦trois ans|Q:duration|3|year|0⟧ de prison, dont ⟦un an|Q:duration|1|year|0⟧ ferme, pour homicide involontaire et blessures involontaires aggravées. Le ⟦14 juin 2025|D⟧, vers ⟦2h30|D⟧, le jeune homme, qui roulait à ⟦92 km/h|Q:measure|92|km/h|0⟧ dans une zone limitée à ⟦50 km/h|Q:measure|50|km/h|0⟧, avait percuté ⟦deux|Q:count|2||0⟧ adolescents qui rentraient à pied d'une fête, ⟦rue Jean-Jaurès|L⟧, à ⟦Hennebont|L⟧ (⟦Morbihan|L⟧).

⟦Lucas|P⟧, ⟦16 ans|Q:duration|16|year|0⟧, est mort sur le coup. Son ami ⟦Enzo|P⟧, ⟦15 ans|Q:duration|15|year|0⟧, grièvement blessé, a passé ⟦trois semaines|Q:duration|3|week|0⟧ dans le coma au ⟦CHU de Rennes|O|centre hospitalier universitaire de Rennes⟧ et garde ⟦aujourd'hui|D⟧ d'importantes séquelles. Le conducteur présentait un taux d'alcoolémie de ⟦1,6 gramme par litre|Q:measure|1.6|g/L|0⟧ de sang et avait consommé du cannabis. Il avait pris la fuite avant d'être interpellé ⟦deux heures|Q:duration|2|hour|0⟧ plus tard à son domicile de ⟦Lanester|L⟧.

À la barre, le prévenu, un intérimaire sans antécédents judiciaires, a reconnu les faits. « Je pense à ⟦Lucas|P⟧ tous les jours. Je sais que rien ne le ramènera », a-t-il déclaré d'une voix à peine audible, en se tournant vers les familles assises au premier rang.

Le procureur de la République, ⟦Yann Le Dantec|P⟧, avait requis ⟦quatre ans|Q:duration|4|year|0⟧ d'emprisonnement, dont ⟦deux|Q:duration|2|year|0⟧ ferme, dénonçant une « succession de choix irresponsables ». « Il a bu, il a pris le volant, il a accéléré et il s'est enfui. À aucun moment il n'a pensé aux autres », avait-il lancé dans son réquisitoire.

La mère de ⟦Lucas|P⟧, ⟦Sandrine|P⟧, ⟦47 ans|Q:duration|47|year|0⟧, a lancé à la sortie de l'audience : « ⟦Un an|Q:duration|1|year|0⟧ ferme, c'est le prix de la vie de mon fils ? Il l'a laissé mourir sur le trottoir ». L'avocat du prévenu, Me ⟦Gwenaël Riou|P⟧, a indiqué qu'il n'excluait pas de faire appel, estimant que la peine « ne tient pas compte du parcours » de son client.

Le tribunal a également prononcé l'annulation du permis de conduire de M. ⟦L.|P|Kévin L.⟧, avec interdiction de le repasser pendant ⟦cinq ans|Q:duration|5|year|0⟧, et l'a condamné à verser ⟦45 000 euros|Q:money|45000|EUR|0⟧ de provision aux familles des victimes.

Une marche blanche avait réuni quelque ⟦1 500|Q:count|1500||1⟧ personnes à ⟦Hennebont|L⟧ le ⟦21 juin 2025|D⟧. « On ne demandait pas de la vengeance, on demandait que la justice dise que la vie de ces gamins comptait », a confié à l'⟦AFP|O|Agence France-Presse⟧ ⟦Marie-Annick Le Floch|P⟧, présidente de l'association ⟦Route Bretagne Solidarité|O⟧, qui accompagne les familles depuis le drame.

Selon la ⟦préfecture du Morbihan|O⟧, ⟦31|Q:count|31||0⟧ personnes ont trouvé la mort sur les routes du département depuis le ⟦1er janvier|D⟧, contre ⟦24|Q:count|24||0⟧ sur la même période ⟦l'an dernier|D⟧. L'alcool est en cause dans ⟦38 %|Q:percent|38|%|0⟧ des accidents mortels dans le ⟦Morbihan|L⟧, a rappelé le directeur de cabinet du préfet, ⟦Thomas Kerbrat|P⟧, qui a annoncé le renforcement des contrôles routiers les week-ends autour de ⟦Lorient|L⟧ et de ⟦Vannes|L⟧.

===ATTR===
indirect | prévenu | Kévin L. | a reconnu | les faits
direct | il | Kévin L. | a-t-il déclaré | Je pense à Lucas tous les jours. Je sais que rien ne le ramènera
indirect | Yann Le Dantec | Yann Le Dantec | avait requis | quatre ans d'emprisonnement, dont deux ferme
mixed | Yann Le Dantec | Yann Le Dantec | dénonçant | une « succession de choix irresponsables »
direct | il | Yann Le Dantec | avait-il lancé | Il a bu, il a pris le volant, il a accéléré et il s'est enfui. À aucun moment il n'a pensé aux autres
direct | Sandrine | Sandrine | a lancé | Un an ferme, c'est le prix de la vie de mon fils ? Il l'a laissé mourir sur le trottoir
indirect | Gwenaël Riou | Gwenaël Riou | a indiqué | il n'excluait pas de faire appel
mixed | Gwenaël Riou | Gwenaël Riou | estimant | la peine « ne tient pas compte du parcours » de son client
direct | Marie-Annick Le Floch | Marie-Annick Le Floch | a confié | On ne demandait pas de la vengeance, on demandait que la justice dise que la vie de ces gamins comptait
according-to | préfecture du Morbihan | préfecture du Morbihan | Selon | 31 personnes ont trouvé la mort sur les routes du département depuis le 1er janvier, contre 24 sur la même période l'an dernier
indirect | Thomas Kerbrat | Thomas Kerbrat | a rappelé | L'alcool est en cause dans 38 % des accidents mortels dans le Morbihan
indirect | Thomas Kerbrat | Thomas Kerbrat | a annoncé | le renforcement des contrôles routiers les week-ends autour de Lorient et de Vannes
