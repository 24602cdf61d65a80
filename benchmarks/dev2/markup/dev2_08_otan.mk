⟦Otan|O|OTAN⟧ : à ⟦La Haye|L⟧, les alliés s'engagent à porter leurs dépenses de défense à ⟦5 %|Q:percent|5|%|0⟧ du PIB

⟦La Haye|L⟧, ⟦25 juin|D⟧ (⟦AFP|O|Agence France-Presse⟧) - Les ⟦trente-deux|Q:count|32||0⟧ membres de l'⟦Organisation du traité de l'Atlantique nord|O|OTAN⟧ se sont engagés ⟦mercredi|D⟧ à consacrer ⟦5 %|Q:percent|5|%|0⟧ de leur produit intérieur brut à la défense d'ici à ⟦2035|D⟧, au terme d'un sommet express de ⟦deux jours|Q:duration|2|day|0⟧ largement organisé pour satisfaire le président ⟦américain|N⟧, ⟦Donald Trump|P|Donald Trump⟧.

La déclaration finale, longue de ⟦cinq|Q:count|5||0⟧ paragraphes seulement, prévoit que ⟦3,5 %|Q:percent|3.5|%|0⟧ du PIB iront aux dépenses militaires proprement dites et ⟦1,5 %|Q:percent|1.5|%|0⟧ à la sécurité au sens large, comme la protection des infrastructures ou la cybersécurité. L'objectif précédent, fixé en ⟦2014|D⟧ au sommet de ⟦Newport|L⟧, au ⟦pays de Galles|L⟧, était de ⟦2 %|Q:percent|2|%|0⟧. Selon les estimations de l'⟦Otan|O|OTAN⟧, ⟦huit|Q:count|8||0⟧ alliés ne l'atteignaient pas encore en ⟦2024|D⟧.

"Ce sommet restera comme celui d'un saut historique pour notre défense collective", a déclaré le secrétaire général de l'⟦Alliance|O|OTAN⟧, ⟦Mark Rutte|P|Mark Rutte⟧, lors d'une conférence de presse. L'ancien Premier ministre ⟦néerlandais|N⟧ a assuré que l'effort serait "partagé équitablement" entre les ⟦Européens|N⟧, le ⟦Canada|L⟧ et les ⟦États-Unis|L⟧.

"C'est une grande victoire pour tout le monde, et surtout pour l'⟦Amérique|L|États-Unis⟧", s'est félicité ⟦Donald Trump|P|Donald Trump⟧, qui a quitté ⟦La Haye|L⟧ avant la clôture des travaux. Interrogé sur l'attachement de ⟦Washington|L⟧ à l'article 5 du traité, qui prévoit une assistance mutuelle en cas d'attaque, il avait répondu ⟦la veille|D⟧ que cela dépendait "de la définition" qu'on en donne.

Seule l'⟦Espagne|L⟧ a obtenu une forme de dérogation. ⟦Madrid|L⟧ a fait valoir qu'il pourrait remplir ses obligations capacitaires en consacrant ⟦2,1 %|Q:percent|2.1|%|0⟧ de son PIB à la défense. "L'⟦Espagne|L⟧ est un allié fiable, mais nous ne sacrifierons pas notre État-providence", a insisté le chef du gouvernement ⟦espagnol|N⟧, ⟦Pedro Sánchez|P|Pedro Sánchez⟧. M. ⟦Trump|P|Donald Trump⟧ a aussitôt qualifié la position de ⟦Madrid|L⟧ de "terrible".

L'⟦Allemagne|L⟧ fait figure de bon élève : le chancelier ⟦Friedrich Merz|P|Friedrich Merz⟧ a rappelé que le budget militaire ⟦allemand|N⟧ passerait de ⟦86 milliards d'euros|Q:money|86000000000|EUR|0⟧ en ⟦2025|D⟧ à ⟦152 milliards|Q:money|152000000000|EUR|0⟧ en ⟦2029|D⟧. D'après les chiffres de l'⟦Alliance|O|OTAN⟧, les alliés ⟦européens|N⟧ et le ⟦Canada|L⟧ ont dépensé environ ⟦485 milliards de dollars|Q:money|485000000000|USD|1⟧ pour leur défense ⟦l'an dernier|D⟧, une hausse de près de ⟦20 %|Q:percent|20|%|1⟧ sur ⟦un an|Q:duration|1|year|0⟧.

"Tout le monde a compris qu'il fallait d'abord garder les ⟦Américains|N⟧ à bord. Le chiffre de ⟦5 %|Q:percent|5|%|0⟧ est un chiffre politique, et plusieurs capitales savent déjà qu'elles ne l'atteindront pas", a confié un diplomate ⟦européen|N⟧ sous couvert d'anonymat.

Le président ⟦ukrainien|N⟧, ⟦Volodymyr Zelensky|P|Volodymyr Zelensky⟧, invité au dîner offert ⟦mardi soir|D⟧ par le roi ⟦Willem-Alexander|P|Willem-Alexander⟧, s'est entretenu pendant près de ⟦50 minutes|Q:duration|50|minute|1⟧ avec M. ⟦Trump|P|Donald Trump⟧. La déclaration finale qualifie la ⟦Russie|L⟧ de "menace à long terme" pour la sécurité des alliés, sans mentionner l'invasion de l'⟦Ukraine|L⟧.

À ⟦Moscou|L⟧, le porte-parole du ⟦Kremlin|O⟧, ⟦Dmitri Peskov|P|Dmitri Peskov⟧, a dénoncé une "militarisation effrénée" de l'⟦Europe|L⟧, qui ferait de l'⟦Otan|O|OTAN⟧ une alliance "non pas défensive, mais offensive", cité par l'agence ⟦Tass|O|TASS⟧. Le prochain sommet de l'⟦Alliance|O|OTAN⟧ se tiendra en ⟦2026|D⟧ en ⟦Turquie|L⟧.

===ATTR===
according-to | Otan | OTAN | Selon | huit alliés ne l'atteignaient pas encore en 2024
direct | Mark Rutte | Mark Rutte | a déclaré | Ce sommet restera comme celui d'un saut historique pour notre défense collective
mixed | ancien Premier ministre néerlandais | Mark Rutte | a assuré | l'effort serait "partagé équitablement" entre les Européens, le Canada et les États-Unis
direct | Donald Trump | Donald Trump | s'est félicité | C'est une grande victoire pour tout le monde, et surtout pour l'Amérique
mixed | il | Donald Trump | avait répondu | cela dépendait "de la définition" qu'on en donne
indirect | Madrid | Espagne | a fait valoir | il pourrait remplir ses obligations capacitaires en consacrant 2,1 % de son PIB à la défense
direct | Pedro Sánchez | Pedro Sánchez | a insisté | L'Espagne est un allié fiable, mais nous ne sacrifierons pas notre État-providence
mixed | Trump | Donald Trump | a aussitôt qualifié | la position de Madrid de "terrible"
indirect | Friedrich Merz | Friedrich Merz | a rappelé | le budget militaire allemand passerait de 86 milliards d'euros en 2025 à 152 milliards en 2029
according-to | Alliance | OTAN | D'après | les alliés européens et le Canada ont dépensé environ 485 milliards de dollars pour leur défense l'an dernier, une hausse de près de 20 % sur un an
direct | diplomate européen | diplomate européen (non nommé) | a confié | Tout le monde a compris qu'il fallait d'abord garder les Américains à bord. Le chiffre de 5 % est un chiffre politique, et plusieurs capitales savent déjà qu'elles ne l'atteindront pas
mixed | déclaration finale#2 | OTAN | qualifie | la Russie de "menace à long terme" pour la sécurité des alliés
mixed | Dmitri Peskov | Dmitri Peskov | a dénoncé | une "militarisation effrénée" de l'Europe, qui ferait de l'Otan une alliance "non pas défensive, mais offensive"
according-to | Tass | TASS | cité par | une "militarisation effrénée" de l'Europe, qui ferait de l'Otan une alliance "non pas défensive, mais offensive"
