⟦Ukraine|L⟧ : nouvelle attaque massive contre le réseau électrique, ⟦Kiev|L⟧ grelotte par ⟦-12{NNBSP}°C|Q:measure|-12|°C|0⟧

⟦Kiev|L⟧, ⟦9 janvier|D⟧ (⟦AFP|O|Agence France-Presse⟧) - La ⟦Russie|L⟧ a lancé dans la nuit de ⟦jeudi à vendredi|D⟧ ⟦653|Q:count|653||0⟧ drones et ⟦51|Q:count|51||0⟧ missiles contre l’⟦Ukraine|L⟧, visant d’abord des centrales et des sous-stations, a annoncé l’⟦armée de l’air ukrainienne|O|Forces aériennes ukrainiennes⟧. Selon elle, ⟦585|Q:count|585||0⟧ drones et ⟦38|Q:count|38||0⟧ missiles ont été abattus ou neutralisés par le brouillage électronique.

À ⟦Kiev|L⟧, où le thermomètre est descendu à ⟦-12{NNBSP}°C|Q:measure|-12|°C|0⟧, près de ⟦600{NNBSP}000|Q:count|600000||1⟧ foyers étaient toujours privés d’électricité ⟦vendredi après-midi|D⟧ et quelque ⟦2{NNBSP}300|Q:count|2300||1⟧ immeubles restaient sans chauffage, d’après le maire, ⟦Vitali Klitschko|P⟧. «{NNBSP}Les équipes travaillent sans interruption, mais il faudra au moins ⟦deux jours|Q:duration|2|day|1⟧ pour rétablir le chauffage sur la rive gauche{NNBSP}», a-t-il écrit sur ⟦Telegram|O⟧.

L’opérateur public ⟦Ukrenergo|O⟧ a fait état de dégâts «{NNBSP}considérables{NNBSP}» dans les régions de ⟦Kiev|L⟧, de ⟦Kharkiv|L⟧ et d’⟦Odessa|L⟧. Il a instauré des coupures programmées de ⟦quatre|Q:duration|4|hour|0⟧ à ⟦six heures|Q:duration|6|hour|0⟧ par jour dans la plupart des régions, et importe jusqu’à ⟦1{NNBSP}800 mégawatts|Q:measure|1800|MW|1⟧ depuis les pays voisins de l’⟦Union européenne|O⟧.

«{NNBSP}La ⟦Russie|L⟧ mise sur le froid pour briser notre peuple. Chaque missile que nous n’interceptons pas, c’est une ville sans lumière{NNBSP}», a déclaré le président ⟦Volodymyr Zelensky|P⟧ dans son allocution du soir, en appelant les alliés de ⟦Kiev|L|Ukraine⟧ à livrer davantage de systèmes de défense antiaérienne. Il a affirmé que, depuis le ⟦1er janvier|D⟧, la ⟦Russie|L⟧ avait tiré plus de ⟦2{NNBSP}100|Q:count|2100||1⟧ drones d’attaque et près de ⟦150|Q:count|150||1⟧ missiles sur le pays.

À ⟦Moscou|L⟧, le ⟦ministère russe de la Défense|O⟧ a assuré avoir mené une «{NNBSP}frappe massive{NNBSP}» avec des armes de précision contre des installations «{NNBSP}utilisées par le complexe militaro-industriel ⟦ukrainien|N⟧{NNBSP}». Le porte-parole du ⟦Kremlin|O⟧, ⟦Dmitri Peskov|P⟧, a jugé qu’il était «{NNBSP}prématuré{NNBSP}» de parler d’une trêve énergétique, estimant que ⟦Kiev|L|Ukraine⟧ n’avait «{NNBSP}pas respecté{NNBSP}» le moratoire de ⟦30 jours|Q:duration|30|day|0⟧ conclu en ⟦mars 2025|D⟧.

Parallèlement, les ⟦deux|Q:count|2||0⟧ pays ont procédé ⟦jeudi|D⟧ à un nouvel échange de prisonniers, le premier depuis ⟦octobre|D⟧ : ⟦157|Q:count|157||0⟧ soldats ⟦ukrainiens|N⟧ sont rentrés au pays en échange d’autant de militaires ⟦russes|N⟧, grâce à une médiation des ⟦Emirats arabes unis|L⟧. Parmi eux figurent des défenseurs de ⟦Marioupol|L⟧ détenus depuis plus de ⟦trois ans|Q:duration|3|year|1⟧, a précisé le ⟦Centre de coordination pour le traitement des prisonniers de guerre|O⟧.

«{NNBSP}Mon fils est enfin rentré. Il a perdu ⟦18 kilos|Q:measure|18|kg|0⟧, mais il est vivant{NNBSP}», raconte ⟦Olena Kovalenko|P⟧, ⟦54 ans|Q:duration|54|year|0⟧, venue de ⟦Tchernihiv|L⟧ pour l’accueillir près de la frontière ⟦biélorusse|N⟧. Selon des responsables ⟦ukrainiens|N⟧, plus de ⟦8{NNBSP}000|Q:count|8000||1⟧ militaires du pays seraient encore détenus en ⟦Russie|L⟧.

Pour ⟦Iryna Savtchenko|P⟧, analyste au ⟦Centre Razoumkov|O⟧, ⟦Moscou|L|Russie⟧ cherche à «{NNBSP}épuiser{NNBSP}» la défense antiaérienne avant le printemps. La ⟦Banque européenne pour la reconstruction et le développement|O⟧ (⟦BERD|O|Banque européenne pour la reconstruction et le développement⟧) a débloqué ⟦cette semaine|D⟧ ⟦300 millions d’euros|Q:money|300000000|EUR|0⟧ pour l’achat de gaz, ⟦Kiev|L|Ukraine⟧ ayant perdu environ ⟦40{NNBSP}%|Q:percent|40|%|1⟧ de sa production gazière depuis ⟦octobre|D⟧.
===ATTR===
indirect | armée de l’air ukrainienne | Forces aériennes ukrainiennes | a annoncé | La Russie a lancé dans la nuit de jeudi à vendredi 653 drones et 51 missiles contre l’Ukraine, visant d’abord des centrales et des sous-stations
according-to | elle | Forces aériennes ukrainiennes | Selon | 585 drones et 38 missiles ont été abattus ou neutralisés par le brouillage électronique
according-to | Vitali Klitschko | Vitali Klitschko | d’après | près de 600 000 foyers étaient toujours privés d’électricité vendredi après-midi et quelque 2 300 immeubles restaient sans chauffage
direct | il | Vitali Klitschko | a-t-il écrit | Les équipes travaillent sans interruption, mais il faudra au moins deux jours pour rétablir le chauffage sur la rive gauche
mixed | Ukrenergo | Ukrenergo | a fait état de | dégâts « considérables » dans les régions de Kiev, de Kharkiv et d’Odessa
direct | Volodymyr Zelensky | Volodymyr Zelensky | a déclaré | La Russie mise sur le froid pour briser notre peuple. Chaque missile que nous n’interceptons pas, c’est une ville sans lumière
indirect | Il | Volodymyr Zelensky | a affirmé | depuis le 1er janvier, la Russie avait tiré plus de 2 100 drones d’attaque et près de 150 missiles sur le pays
mixed | ministère russe de la Défense | ministère russe de la Défense | a assuré | avoir mené une « frappe massive » avec des armes de précision contre des installations « utilisées par le complexe militaro-industriel ukrainien »
mixed | Dmitri Peskov | Dmitri Peskov | a jugé | il était « prématuré » de parler d’une trêve énergétique
mixed | Dmitri Peskov | Dmitri Peskov | estimant | Kiev n’avait « pas respecté » le moratoire de 30 jours conclu en mars 2025
indirect | Centre de coordination pour le traitement des prisonniers de guerre | Centre de coordination pour le traitement des prisonniers de guerre | a précisé | Parmi eux figurent des défenseurs de Marioupol détenus depuis plus de trois ans
direct | Olena Kovalenko | Olena Kovalenko | raconte | Mon fils est enfin rentré. Il a perdu 18 kilos, mais il est vivant
according-to | responsables | responsables ukrainiens (non nommé) | Selon | plus de 8 000 militaires du pays seraient encore détenus en Russie
according-to | Iryna Savtchenko | Iryna Savtchenko | Pour | Moscou cherche à « épuiser » la défense antiaérienne avant le printemps
