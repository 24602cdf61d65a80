⟦Pologne|L⟧ : le président ⟦Nawrocki|P|Karol Nawrocki⟧ multiplie les veto face au gouvernement ⟦Tusk|P|Donald Tusk⟧

Nouveau coup d'arrêt pour ⟦Donald Tusk|P⟧. Le président ⟦polonais|N⟧, ⟦Karol Nawrocki|P⟧, a opposé ⟦ce lundi|D⟧ son veto à la loi prolongeant l'aide aux quelque ⟦1 million|Q:count|1000000||1⟧ de réfugiés ⟦ukrainiens|N⟧ installés en ⟦Pologne|L⟧, ⟦quatre jours|Q:duration|4|day|0⟧ après avoir bloqué un texte destiné à faciliter l'implantation d'éoliennes. « Je ne signerai pas une loi qui traite mieux les étrangers que les ⟦Polonais|N⟧ », a déclaré le chef de l'État dans une vidéo publiée sur les réseaux sociaux.

Élu le ⟦1er juin|D⟧ avec ⟦50,89 %|Q:percent|50.89|%|0⟧ des voix face au maire libéral de ⟦Varsovie|L⟧, ⟦Rafał Trzaskowski|P⟧, M. ⟦Nawrocki|P|Karol Nawrocki⟧, ⟦42 ans|Q:duration|42|year|0⟧, est entré en fonctions le ⟦6 août|D⟧. Cet historien, ancien directeur de l'⟦Institut de la mémoire nationale|O⟧ (⟦IPN|O|Institut de la mémoire nationale⟧), soutenu par le parti conservateur ⟦Droit et justice|O⟧ (⟦PiS|O|Droit et justice⟧), avait promis pendant la campagne de ne pas être « le notaire du gouvernement ».

Sa marge de manœuvre est considérable. Le ⟦Parlement|O|Parlement polonais⟧ ne peut passer outre un veto présidentiel qu'à la majorité des trois cinquièmes à la ⟦Diète|O⟧, soit ⟦276|Q:count|276||0⟧ voix sur ⟦460|Q:count|460||0⟧ si tous les députés sont présents. Or la coalition de M. ⟦Tusk|P|Donald Tusk⟧, qui va de sa ⟦Coalition civique|O⟧ (⟦KO|O|Coalition civique⟧) aux agrariens du ⟦PSL|O|Parti paysan polonais⟧, ne dispose que d'environ ⟦240|Q:count|240||1⟧ sièges.

« Le président a choisi la confrontation plutôt que la coopération. Ce sont les ⟦Polonais|N⟧ qui en paieront le prix », a regretté le Premier ministre à l'ouverture du conseil des ministres. Il a annoncé que son gouvernement présenterait dès ⟦ce mardi|D⟧ un nouveau projet de loi, qui réserverait les allocations aux ⟦Ukrainiens|N⟧ exerçant une activité professionnelle.

Le texte bloqué prévoyait aussi la prise en charge par ⟦Varsovie|L⟧ de l'accès à Internet par satellite fourni par ⟦SpaceX|O⟧ à l'⟦armée ukrainienne|O|Forces armées ukrainiennes⟧, soit environ ⟦30 millions de dollars|Q:money|30000000|USD|1⟧ par an. Le ministre du Numérique, ⟦Krzysztof Gawkowski|P⟧, a averti que ce service risquait d'être « coupé » faute de base légale.

Au cœur de la querelle figure l'allocation familiale dite 800+, versée à raison de ⟦800 zlotys|Q:money|800|PLN|0⟧ (environ ⟦188 euros|Q:money|188|EUR|1⟧) par enfant et par mois. Le camp présidentiel estime qu'elle attire des familles qui ne travaillent pas. Les économistes en doutent : selon une étude du cabinet ⟦Deloitte|O⟧ réalisée pour le ⟦Haut-Commissariat des Nations unies pour les réfugiés|O⟧ (⟦HCR|O|Haut-Commissariat des Nations unies pour les réfugiés⟧), près de ⟦70 %|Q:percent|70|%|1⟧ des réfugiés en âge de travailler occupent un emploi, et leur activité a contribué à hauteur de ⟦2,7 %|Q:percent|2.7|%|0⟧ au produit intérieur brut ⟦polonais|N⟧ en ⟦2024|D⟧.

« Je travaille dans une cuisine ⟦dix heures|Q:duration|10|hour|0⟧ par jour, je paie mes impôts ici. Mais ma voisine, qui élève seule ⟦trois|Q:count|3||0⟧ enfants, ne sait pas comment elle paiera le loyer en ⟦octobre|D⟧ », confie ⟦Olena|P⟧, ⟦38 ans|Q:duration|38|year|0⟧, arrivée de ⟦Kharkiv|L⟧ en ⟦mars 2022|D⟧ et rencontrée à ⟦Varsovie|L⟧.

Le veto sur les éoliennes inquiète tout autant les industriels. La loi aurait ramené de ⟦700|Q:measure|700|m|0⟧ à ⟦500 mètres|Q:measure|500|m|0⟧ la distance minimale entre une turbine et les habitations. Elle aurait permis d'installer jusqu'à ⟦10 gigawatts|Q:measure|10|GW|1⟧ supplémentaires d'ici à ⟦2030|D⟧, a assuré l'⟦Association polonaise de l'énergie éolienne|O⟧ (⟦PSEW|O|Association polonaise de l'énergie éolienne⟧). Le président, qui promet de faire baisser les factures d'électricité, a justifié son refus par « le respect des paysages et des habitants ».

À ⟦Bruxelles|L⟧, où la ⟦Pologne|L⟧ a longtemps été en conflit avec la ⟦Commission européenne|O⟧ sur l'État de droit, on observe ce bras de fer avec inquiétude. Il devrait durer jusqu'aux élections législatives prévues à l'⟦automne 2027|D⟧.
===ATTR===
direct | chef de l'État#1 | Karol Nawrocki | a déclaré | Je ne signerai pas une loi qui traite mieux les étrangers que les Polonais
mixed | historien | Karol Nawrocki | avait promis | de ne pas être « le notaire du gouvernement »
direct | Premier ministre | Donald Tusk | a regretté | Le président a choisi la confrontation plutôt que la coopération. Ce sont les Polonais qui en paieront le prix
indirect | Il | Donald Tusk | a annoncé | son gouvernement présenterait dès ce mardi un nouveau projet de loi, qui réserverait les allocations aux Ukrainiens exerçant une activité professionnelle
mixed | Krzysztof Gawkowski | Krzysztof Gawkowski | a averti | ce service risquait d'être « coupé » faute de base légale
indirect | camp | camp présidentiel (non nommé) | estime | elle attire des familles qui ne travaillent pas
according-to | Deloitte | Deloitte | selon | près de 70 % des réfugiés en âge de travailler occupent un emploi, et leur activité a contribué à hauteur de 2,7 % au produit intérieur brut polonais en 2024
direct | Olena | Olena | confie | Je travaille dans une cuisine dix heures par jour, je paie mes impôts ici. Mais ma voisine, qui élève seule trois enfants, ne sait pas comment elle paiera le loyer en octobre
indirect | Association polonaise de l'énergie éolienne | Association polonaise de l'énergie éolienne | a assuré | Elle aurait permis d'installer jusqu'à 10 gigawatts supplémentaires d'ici à 2030
mixed | président | Karol Nawrocki | a justifié | son refus par « le respect des paysages et des habitants »
indirect | qui | Karol Nawrocki | promet | de faire baisser les factures d'électricité