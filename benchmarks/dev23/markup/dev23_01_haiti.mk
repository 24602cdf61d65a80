⟦Haïti|L⟧ : la nouvelle force anti-gangs de l'⟦ONU|O|Organisation des Nations unies⟧ attendue à ⟦Port-au-Prince|L⟧

⟦Port-au-Prince|L⟧, ⟦4 décembre|D⟧ (⟦AFP|O|Agence France-Presse⟧) - Les premiers éléments de la ⟦Force de répression des gangs|O⟧ (⟦FRG|O|Force de répression des gangs⟧), autorisée par le ⟦Conseil de sécurité des Nations unies|O⟧ pour remplacer la mission multinationale dirigée par le ⟦Kenya|L⟧, devraient arriver en ⟦Haïti|L⟧ d'ici à la ⟦fin janvier|D⟧, a indiqué ⟦mercredi|D⟧ un responsable ⟦onusien|N⟧ sous couvert d'anonymat.

La nouvelle force doit compter jusqu'à ⟦5 500|Q:count|5500||1⟧ policiers et militaires, contre à peine ⟦1 000|Q:count|1000||1⟧ pour la mission actuelle, qui n'a jamais atteint les ⟦2 500|Q:count|2500||0⟧ hommes promis lors de son lancement en ⟦juin 2024|D⟧. « Nous avons besoin de moyens à la hauteur de la menace. Les gangs contrôlent aujourd'hui près de ⟦90 %|Q:percent|90|%|1⟧ de la capitale », a déclaré le Premier ministre ⟦haïtien|N⟧, ⟦Alix Didier Fils-Aimé|P⟧, lors d'une conférence de presse.

Selon l'⟦Organisation internationale pour les migrations|O⟧ (⟦OIM|O|Organisation internationale pour les migrations⟧), plus de ⟦1,4 million|Q:count|1400000||1⟧ d'⟦Haïtiens|N⟧ ont dû fuir leur domicile à cause des violences, un chiffre qui a doublé en ⟦un an|Q:duration|1|year|0⟧. Dans le centre-ville de ⟦Port-au-Prince|L⟧, quelque ⟦200|Q:count|200||1⟧ familles s'entassent depuis ⟦juillet|D⟧ dans une ancienne école de la ⟦rue Capois|L⟧. « On dort par terre, à ⟦douze|Q:count|12||0⟧ dans une salle de classe. Mes enfants ne vont plus à l'école depuis ⟦sept mois|Q:duration|7|month|0⟧ », raconte ⟦Marie-Ange Jean-Baptiste|P⟧, ⟦38 ans|Q:duration|38|year|0⟧, mère de ⟦quatre|Q:count|4||0⟧ enfants.

La coalition de gangs ⟦Viv Ansanm|O⟧, dirigée par l'ancien policier ⟦Jimmy Chérizier|P⟧, dit « ⟦Barbecue|P|Jimmy Chérizier⟧ », a multiplié ces dernières semaines les attaques contre les communes de ⟦Kenscoff|L⟧ et de ⟦Cabaret|L⟧. Au moins ⟦4 864|Q:count|4864||1⟧ personnes ont été tuées en ⟦Haïti|L⟧ entre ⟦octobre 2024 et juin 2025|D⟧, selon le ⟦Haut-Commissariat des Nations unies aux droits de l'homme|O⟧.

Le budget de la ⟦FRG|O|Force de répression des gangs⟧, estimé à ⟦800 millions de dollars|Q:money|800000000|USD|1⟧ par an, reste en grande partie à trouver. Les ⟦Etats-Unis|L⟧ se sont engagés à fournir du matériel et ⟦Washington|L|Etats-Unis⟧ a assuré que d'autres pays, notamment en ⟦Amérique latine|L⟧ et en ⟦Afrique|L⟧, enverraient des troupes. Le contingent ⟦kényan|N⟧, qui compte environ ⟦750|Q:count|750||1⟧ policiers, restera sur place pendant la transition.

« Les policiers ⟦kényans|N⟧ ont fait ce qu'ils pouvaient avec ce qu'ils avaient », estime ⟦Gédéon Jean|P⟧, directeur d'un centre de recherche sur les droits humains à ⟦Port-au-Prince|L⟧. Il juge toutefois que la nouvelle force devra « reprendre les routes nationales » pour permettre le retour de l'aide humanitaire.

Le ⟦Programme alimentaire mondial|O⟧ (⟦PAM|O|Programme alimentaire mondial⟧) estime que ⟦5,7 millions|Q:count|5700000||0⟧ d'⟦Haïtiens|N⟧, soit près de la moitié de la population, sont en situation d'insécurité alimentaire aiguë. Dans la capitale, le prix d'un sac de ⟦25 kilos|Q:measure|25|kg|0⟧ de riz a atteint ⟦5 000 gourdes|Q:money|5000|HTG|0⟧, environ ⟦38 dollars|Q:money|38|USD|1⟧, selon des commerçants du marché de la ⟦Croix-des-Bossales|L⟧.

Le ⟦Conseil présidentiel de transition|O⟧, installé en ⟦avril 2024|D⟧, doit céder la place le ⟦7 février 2026|D⟧ à un pouvoir élu, mais aucune date n'a été fixée pour les élections. ⟦Fils-Aimé|P|Alix Didier Fils-Aimé⟧ a promis ⟦mardi|D⟧ un calendrier électoral « avant ⟦la fin de l'année|D⟧ ».
===ATTR===
indirect | responsable | responsable onusien (non nommé) | a indiqué | Les premiers éléments de la Force de répression des gangs (FRG), autorisée par le Conseil de sécurité des Nations unies pour remplacer la mission multinationale dirigée par le Kenya, devraient arriver en Haïti d'ici à la fin janvier
direct | Alix Didier Fils-Aimé | Alix Didier Fils-Aimé | a déclaré | Nous avons besoin de moyens à la hauteur de la menace. Les gangs contrôlent aujourd'hui près de 90 % de la capitale
according-to | Organisation internationale pour les migrations | Organisation internationale pour les migrations | Selon | plus de 1,4 million d'Haïtiens ont dû fuir leur domicile à cause des violences, un chiffre qui a doublé en un an
direct | Marie-Ange Jean-Baptiste | Marie-Ange Jean-Baptiste | raconte | On dort par terre, à douze dans une salle de classe. Mes enfants ne vont plus à l'école depuis sept mois
according-to | Haut-Commissariat des Nations unies aux droits de l'homme | Haut-Commissariat des Nations unies aux droits de l'homme | selon | Au moins 4 864 personnes ont été tuées en Haïti entre octobre 2024 et juin 2025
indirect | Washington | Etats-Unis | a assuré | d'autres pays, notamment en Amérique latine et en Afrique, enverraient des troupes
direct | Gédéon Jean | Gédéon Jean | estime | Les policiers kényans ont fait ce qu'ils pouvaient avec ce qu'ils avaient
mixed | Il | Gédéon Jean | juge | la nouvelle force devra « reprendre les routes nationales » pour permettre le retour de l'aide humanitaire
indirect | Programme alimentaire mondial | Programme alimentaire mondial | estime | 5,7 millions d'Haïtiens, soit près de la moitié de la population, sont en situation d'insécurité alimentaire aiguë
according-to | commerçants | commerçants du marché de la Croix-des-Bossales (non nommé) | selon | Dans la capitale, le prix d'un sac de 25 kilos de riz a atteint 5 000 gourdes, environ 38 dollars
mixed | Fils-Aimé | Alix Didier Fils-Aimé | a promis | un calendrier électoral « avant la fin de l'année »
indirect | Etats-Unis | Etats-Unis | se sont engagés | à fournir du matériel
