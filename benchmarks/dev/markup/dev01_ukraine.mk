⟦Ukraine|L⟧ : « Nous tiendrons », promet ⟦Zelensky|P|Volodymyr Zelensky⟧ après une nuit de frappes de drones

⟦Kiev|L⟧, ⟦14 novembre|D⟧ (⟦AFP|O|Agence France-Presse⟧) – Au moins ⟦17|Q:count|17||1⟧ personnes ont été tuées et ⟦64|Q:count|64||0⟧ blessées ⟦la nuit de mercredi à jeudi|D⟧ lors d’une attaque combinée de drones et de missiles ⟦russes|N⟧ contre plusieurs villes ⟦ukrainiennes|N⟧, ont annoncé les autorités locales.

L’⟦armée de l’air ukrainienne|O|Forces aériennes ukrainiennes⟧ a affirmé avoir abattu ⟦112|Q:count|112||0⟧ des ⟦145|Q:count|145||0⟧ drones lancés par la ⟦Russie|L⟧, ainsi que ⟦quatre|Q:count|4||0⟧ des ⟦six|Q:count|6||0⟧ missiles de croisière tirés depuis la ⟦mer Noire|L⟧.

À ⟦Kharkiv|L⟧, deuxième ville du pays, un immeuble de ⟦neuf|Q:count|9||0⟧ étages a été en partie éventré et les secouristes fouillaient encore les décombres ⟦jeudi matin|D⟧. D’après le gouverneur régional, ⟦Oleh Synehoubov|P|Oleh Synehoubov⟧, plus de ⟦200|Q:count|200||1⟧ habitants ont été évacués et ⟦trois|Q:count|3||0⟧ enfants figurent parmi les victimes.

« ⟦Cette nuit|D⟧, la ⟦Russie|L⟧ a de nouveau visé nos villes, nos maisons, nos enfants », a déclaré le président ⟦Volodymyr Zelensky|P|Volodymyr Zelensky⟧ dans son allocution du soir. « Nous tiendrons, a-t-il ajouté, mais nous avons besoin de systèmes de défense antiaérienne maintenant, pas après ⟦six mois|Q:duration|6|month|0⟧ de palabres. »

Le ministre ⟦ukrainien|N⟧ des Affaires étrangères, ⟦Andriï Sybiha|P|Andriï Sybiha⟧, a affirmé que son pays avait besoin « d’au moins ⟦dix|Q:count|10||1⟧ systèmes Patriot supplémentaires » pour protéger ses grandes villes avant ⟦l’hiver|D⟧. ⟦Zelensky|P|Volodymyr Zelensky⟧ n’a pas dit combien de batteries ⟦Kiev|L⟧ avait déjà reçues de ses partenaires ⟦occidentaux|N⟧.

À ⟦Moscou|L⟧, le ⟦ministère russe de la Défense|O⟧ a assuré que ses troupes avaient pris le contrôle d’un nouveau village près de ⟦Pokrovsk|L⟧, dans le ⟦Donbass|L⟧, et frappé « des infrastructures énergétiques utilisées par l’⟦armée ukrainienne|O|Forces armées ukrainiennes⟧ ». « Au cours des dernières ⟦24 heures|Q:duration|24|hour|0⟧, l’ennemi a perdu jusqu’à ⟦480|Q:count|480||1⟧ militaires dans ce secteur », a déclaré son porte-parole, ⟦Igor Konachenkov|P|Igor Konachenkov⟧, cité par l’agence ⟦Tass|O|TASS⟧.

Selon l’⟦état-major ukrainien|O|État-major général des forces armées ukrainiennes⟧, plus de ⟦40|Q:count|40||1⟧ assauts ont été repoussés depuis ⟦mardi|D⟧ dans ce secteur, où l’⟦armée russe|O|Forces armées de la fédération de Russie⟧ progresse lentement mais régulièrement depuis ⟦l’été|D⟧.

Les forces ⟦russes|N⟧ ont lancé plus de ⟦2{NNBSP}000|Q:count|2000||1⟧ drones d’attaque contre l’⟦Ukraine|L⟧ au cours du seul mois d’⟦octobre|D⟧, un record depuis le début de l’invasion en ⟦février 2022|D⟧, selon un décompte de l’⟦AFP|O|Agence France-Presse⟧. Les ⟦deux|Q:count|2||0⟧ camps se livrent désormais une véritable « guerre des drones », chaque brigade en faisant voler ⟦des dizaines|Q:count|10||1⟧ par jour.

Le porte-parole du ⟦Kremlin|O⟧, ⟦Dmitri Peskov|P|Dmitri Peskov⟧, a pour sa part jugé que les livraisons d’armes ⟦occidentales|N⟧ ne faisaient que « prolonger le conflit ».

===ATTR===
direct | Zelensky | Volodymyr Zelensky | promet | Nous tiendrons#1
indirect | autorités locales | autorités locales ukrainiennes | ont annoncé | Au moins 17 personnes ont été tuées et 64 blessées la nuit de mercredi à jeudi lors d’une attaque combinée de drones et de missiles russes contre plusieurs villes ukrainiennes
indirect | armée de l’air ukrainienne | Forces aériennes ukrainiennes | a affirmé | avoir abattu 112 des 145 drones lancés par la Russie, ainsi que quatre des six missiles de croisière tirés depuis la mer Noire
according-to | Oleh Synehoubov | Oleh Synehoubov | D’après | plus de 200 habitants ont été évacués et trois enfants figurent parmi les victimes
direct | Volodymyr Zelensky | Volodymyr Zelensky | a déclaré | Cette nuit, la Russie a de nouveau visé nos villes, nos maisons, nos enfants
direct | il | Volodymyr Zelensky | a-t-il ajouté | Nous tiendrons, a-t-il ajouté, mais nous avons besoin de systèmes de défense antiaérienne maintenant, pas après six mois de palabres.
mixed | Andriï Sybiha | Andriï Sybiha | a affirmé | son pays avait besoin « d’au moins dix systèmes Patriot supplémentaires » pour protéger ses grandes villes avant l’hiver
mixed | ministère russe de la Défense | ministère russe de la Défense | a assuré | ses troupes avaient pris le contrôle d’un nouveau village près de Pokrovsk, dans le Donbass, et frappé « des infrastructures énergétiques utilisées par l’armée ukrainienne »
direct | Igor Konachenkov | Igor Konachenkov | a déclaré | Au cours des dernières 24 heures, l’ennemi a perdu jusqu’à 480 militaires dans ce secteur
according-to | Tass | TASS | cité par | Au cours des dernières 24 heures, l’ennemi a perdu jusqu’à 480 militaires dans ce secteur
according-to | état-major ukrainien | État-major général des forces armées ukrainiennes | Selon | plus de 40 assauts ont été repoussés depuis mardi dans ce secteur, où l’armée russe progresse lentement mais régulièrement depuis l’été
according-to | AFP | Agence France-Presse | selon | Les forces russes ont lancé plus de 2 000 drones d’attaque contre l’Ukraine au cours du seul mois d’octobre, un record depuis le début de l’invasion en février 2022
mixed | Dmitri Peskov | Dmitri Peskov | a pour sa part jugé | les livraisons d’armes occidentales ne faisaient que « prolonger le conflit »
