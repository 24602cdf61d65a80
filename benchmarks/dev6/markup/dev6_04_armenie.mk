⟦Arménie|L⟧-⟦Azerbaïdjan|L⟧ : ⟦Erevan|L⟧ et ⟦Bakou|L⟧ paraphent un traité de paix, ⟦Moscou|L⟧ dénonce une « manœuvre » ⟦occidentale|N⟧

⟦Erevan|L⟧, ⟦16 mars|D⟧ (⟦AFP|O|Agence France-Presse⟧) - L'⟦Arménie|L⟧ et l'⟦Azerbaïdjan|L⟧ ont paraphé ⟦dimanche|D⟧ à ⟦Abou Dhabi|L⟧ le texte d'un traité de paix destiné à clore près de ⟦quatre décennies|Q:duration|40|year|1⟧ de conflit autour du ⟦Haut-Karabakh|L⟧, qui ont fait ⟦des dizaines de milliers|Q:count|10000||1⟧ de morts.

« Nous avons tourné une page de notre histoire commune. Il n'y aura plus de guerre entre nos ⟦deux|Q:count|2||0⟧ peuples », a déclaré le Premier ministre ⟦arménien|N⟧, ⟦Nikol Pachinian|P⟧, à l'issue de la cérémonie, en présence du président des ⟦Emirats arabes unis|L|Émirats arabes unis⟧, ⟦Mohammed ben Zayed|P⟧.

Son homologue ⟦azerbaïdjanais|N⟧, ⟦Ilham Aliev|P⟧, s'est montré plus prudent. Selon lui, le traité ne pourra être signé définitivement qu'après une révision de la Constitution ⟦arménienne|N⟧, dont le préambule fait référence à la déclaration d'indépendance de ⟦1990|D⟧ et, de ce fait, au ⟦Haut-Karabakh|L⟧. Le conseiller diplomatique du président ⟦Aliev|P|Ilham Aliev⟧, ⟦Hikmet Hadjiev|P⟧, a indiqué à l'agence ⟦Apa|O⟧ que les ⟦deux|Q:count|2||0⟧ pays pourraient échanger des ambassadeurs « dès ⟦cette année|D⟧ ».

⟦Bakou|L⟧ avait repris en ⟦septembre 2023|D⟧, au terme d'une offensive éclair de ⟦24 heures|Q:duration|24|hour|0⟧, le contrôle de cette enclave peuplée majoritairement d'⟦Arméniens|N⟧, provoquant l'exode de plus de ⟦100{NNBSP}000|Q:count|100000||1⟧ personnes vers l'⟦Arménie|L⟧.

Le texte, en ⟦17|Q:count|17||0⟧ articles, prévoit la démarcation d'une frontière longue d'environ ⟦1{NNBSP}000 km|Q:measure|1000|km|1⟧ et le retrait de toute force étrangère de la frontière. La question de la liaison terrestre entre l'⟦Azerbaïdjan|L⟧ et son exclave du ⟦Nakhitchevan|L⟧, à travers la province ⟦arménienne|N⟧ du ⟦Syunik|L⟧, que ⟦Bakou|L⟧ appelle « corridor de ⟦Zanguezour|L⟧ », reste en suspens. ⟦Erevan|L⟧ entend conserver le contrôle douanier de cette route d'⟦une quarantaine de kilomètres|Q:measure|40|km|1⟧, alors que ⟦Bakou|L⟧ réclame un passage « sans entrave ».

A ⟦Moscou|L⟧, la diplomatie ⟦russe|N⟧ a vu dans cet accord une « manœuvre » ⟦occidentale|N⟧. La porte-parole du ⟦ministère russe des Affaires étrangères|O⟧, ⟦Maria Zakharova|P⟧, a accusé les ⟦Occidentaux|N⟧ de chercher à « évincer la ⟦Russie|L⟧ du ⟦Caucase du Sud|L⟧ », où ⟦Moscou|L⟧ maintient une base militaire à ⟦Gumri|L⟧, dans le nord-ouest de l'⟦Arménie|L⟧, avec quelque ⟦3{NNBSP}000|Q:count|3000||1⟧ soldats.

Le ministre ⟦turc|N⟧ des Affaires étrangères, ⟦Hakan Fidan|P⟧, a salué « une étape historique » et annoncé que la ⟦Turquie|L⟧ était prête à rouvrir sa frontière avec l'⟦Arménie|L⟧, fermée depuis ⟦1993|D⟧. Selon la ⟦Banque mondiale|O⟧, l'ouverture des frontières pourrait accroître de ⟦30 %|Q:percent|30|%|0⟧ le PIB ⟦arménien|N⟧ d'ici à ⟦2035|D⟧. Le dram a gagné ⟦1,2 %|Q:percent|1.2|%|0⟧ ⟦lundi|D⟧, à ⟦388 drams|Q:money|388|AMD|0⟧ pour ⟦un dollar|Q:money|1|USD|0⟧, et le manat ⟦azerbaïdjanais|N⟧ est resté stable à ⟦1,70|Q:money|1.7|AZN|0⟧.

A ⟦Erevan|L⟧, l'accord est loin de faire l'unanimité. « C'est une capitulation déguisée. On nous demande de renoncer à notre mémoire », a lancé l'archevêque ⟦Bagrat Galstanian|P⟧ devant quelque ⟦800|Q:count|800||1⟧ manifestants rassemblés ⟦place de la République|L⟧. M. ⟦Pachinian|P|Nikol Pachinian⟧, qui affrontera les électeurs lors des législatives de ⟦juin 2026|D⟧, a répliqué sur ⟦Facebook|O⟧ que « la paix n'est pas une défaite ».

La ⟦mission civile de l'Union européenne en Arménie|O⟧ (⟦EUMA|O|mission civile de l'Union européenne en Arménie⟧), forte d'environ ⟦200|Q:count|200||1⟧ observateurs, a annoncé qu'elle resterait déployée le long de la frontière « au moins jusqu'à la ratification ».

===ATTR===
mixed | Moscou#1 | Russie | dénonce | une « manœuvre » occidentale#1
direct | Nikol Pachinian | Nikol Pachinian | a déclaré | Nous avons tourné une page de notre histoire commune. Il n'y aura plus de guerre entre nos deux peuples
according-to | lui | Ilham Aliev | Selon#1 | le traité ne pourra être signé définitivement qu'après une révision de la Constitution arménienne, dont le préambule fait référence à la déclaration d'indépendance de 1990 et, de ce fait, au Haut-Karabakh
mixed | Hikmet Hadjiev | Hikmet Hadjiev | a indiqué | les deux pays pourraient échanger des ambassadeurs « dès cette année »
mixed | Bakou | Azerbaïdjan | réclame | un passage « sans entrave »
mixed | diplomatie | ministère russe des Affaires étrangères | a vu | une « manœuvre » occidentale#2
mixed | Maria Zakharova | Maria Zakharova | a accusé | les Occidentaux de chercher à « évincer la Russie du Caucase du Sud »
direct | Hakan Fidan | Hakan Fidan | a salué | une étape historique
indirect | Hakan Fidan | Hakan Fidan | annoncé | la Turquie était prête à rouvrir sa frontière avec l'Arménie, fermée depuis 1993
according-to | Banque mondiale | Banque mondiale | Selon#2 | l'ouverture des frontières pourrait accroître de 30 % le PIB arménien d'ici à 2035
direct | Bagrat Galstanian | Bagrat Galstanian | a lancé | C'est une capitulation déguisée. On nous demande de renoncer à notre mémoire
direct | qui | Nikol Pachinian | a répliqué | la paix n'est pas une défaite
mixed | mission civile de l'Union européenne en Arménie | mission civile de l'Union européenne en Arménie | a annoncé | elle resterait déployée le long de la frontière « au moins jusqu'à la ratification »
