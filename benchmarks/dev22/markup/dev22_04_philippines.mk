⟦Philippines|L⟧ : le typhon Kalmaegi fait au moins ⟦140|Q:count|140||1⟧ morts, ⟦Cebu|L⟧ sous les eaux

Le bilan ne cesse de s’alourdir aux ⟦Philippines|L⟧. Au moins ⟦140|Q:count|140||1⟧ personnes ont été tuées et ⟦127|Q:count|127||0⟧ sont toujours portées disparues après le passage du typhon Kalmaegi sur le centre de l’archipel, a annoncé ⟦jeudi 6 novembre|D⟧ le ⟦Conseil national de gestion des risques de catastrophe|O⟧ (⟦NDRRMC|O|Conseil national de gestion des risques de catastrophe⟧). La province de ⟦Cebu|L⟧, où sont tombés en ⟦24 heures|Q:duration|24|hour|0⟧ plus de ⟦180 millimètres|Q:measure|180|mm|1⟧ de pluie, soit l’équivalent d’⟦un mois et demi|Q:duration|1.5|month|0⟧ de précipitations, concentre l’essentiel des victimes.

Le typhon a touché terre ⟦mardi|D⟧ vers ⟦5 h 30|D⟧, heure locale, avec des vents soutenus de ⟦150 km/h|Q:measure|150|km/h|0⟧ et des rafales jusqu’à ⟦205 km/h|Q:measure|205|km/h|1⟧, selon l’agence météorologique ⟦Pagasa|O|Administration philippine des services atmosphériques, géophysiques et astronomiques⟧. En quelques heures, les rivières en crue ont emporté voitures, maisons et ponts dans les faubourgs de ⟦Cebu City|L⟧ et de ⟦Liloan|L⟧.

« Nous n’avons jamais vu une montée des eaux aussi rapide. En ⟦vingt minutes|Q:duration|20|minute|0⟧, l’eau est arrivée au premier étage », raconte ⟦Marites Dela Cruz|P⟧, ⟦46 ans|Q:duration|46|year|0⟧, réfugiée avec ses enfants dans une école de ⟦Mandaue|L⟧. Plus de ⟦400 000|Q:count|400000||1⟧ habitants ont été évacués avant l’arrivée de la tempête, et près de ⟦2 millions|Q:count|2000000||1⟧ de personnes ont été touchées d’une manière ou d’une autre, d’après les autorités.

Le président ⟦Ferdinand Marcos Jr|P⟧ a décrété ⟦mercredi|D⟧ l’état de calamité nationale pour ⟦un an|Q:duration|1|year|0⟧, une mesure qui permet de débloquer plus rapidement les fonds d’urgence et de geler les prix des produits de première nécessité. Le gouvernement a annoncé une première enveloppe de ⟦760 millions de pesos|Q:money|760000000|PHP|0⟧, environ ⟦11,7 millions d’euros|Q:money|11700000|EUR|1⟧. « Personne ne sera laissé de côté », a assuré le chef de l’Etat lors d’une visite à ⟦Cebu|L⟧.

⟦Six|Q:count|6||0⟧ militaires ont par ailleurs péri dans l’accident d’un hélicoptère de l’⟦armée de l’air philippine|O⟧ qui participait aux secours sur l’île de ⟦Mindanao|L⟧, a indiqué l’armée.

La gouverneure de la province, ⟦Pamela Baricuatro|P⟧, a mis en cause l’urbanisation sauvage et les projets de digues inachevés. « Des fortunes ont été dépensées contre les inondations, et voilà le résultat », a-t-elle déploré. Les ⟦Philippines|L⟧ sont secouées depuis ⟦l’été|D⟧ par un scandale de corruption autour de ces chantiers, qui aurait coûté à l’Etat plus de ⟦100 milliards de pesos|Q:money|100000000000|PHP|1⟧, selon une commission d’enquête.

Kalmaegi a ensuite pris la direction du ⟦Vietnam|L⟧, où les autorités ont ordonné ⟦jeudi|D⟧ l’évacuation de quelque ⟦260 000|Q:count|260000||1⟧ personnes dans les provinces côtières du centre. Le Premier ministre ⟦vietnamien|N⟧, ⟦Pham Minh Chinh|P⟧, a demandé aux pêcheurs de regagner les ports avant ⟦vendredi midi|D⟧. L’archipel est frappé en moyenne par ⟦vingt|Q:count|20||0⟧ tempêtes et typhons chaque année.
===ATTR===
indirect | Conseil national de gestion des risques de catastrophe | Conseil national de gestion des risques de catastrophe | a annoncé | Au moins 140 personnes ont été tuées et 127 sont toujours portées disparues après le passage du typhon Kalmaegi sur le centre de l’archipel
according-to | Pagasa | Administration philippine des services atmosphériques, géophysiques et astronomiques | selon | Le typhon a touché terre mardi vers 5 h 30, heure locale, avec des vents soutenus de 150 km/h et des rafales jusqu’à 205 km/h
direct | Marites Dela Cruz | Marites Dela Cruz | raconte | Nous n’avons jamais vu une montée des eaux aussi rapide. En vingt minutes, l’eau est arrivée au premier étage
according-to | autorités | autorités philippines (non nommé) | d’après | Plus de 400 000 habitants ont été évacués avant l’arrivée de la tempête, et près de 2 millions de personnes ont été touchées d’une manière ou d’une autre
indirect | gouvernement | gouvernement philippin | a annoncé#2 | une première enveloppe de 760 millions de pesos, environ 11,7 millions d’euros
direct | chef | Ferdinand Marcos Jr | a assuré | Personne ne sera laissé de côté
indirect | armée#2 | armée philippine | a indiqué | Six militaires ont par ailleurs péri dans l’accident d’un hélicoptère de l’armée de l’air philippine qui participait aux secours sur l’île de Mindanao
indirect | Pham Minh Chinh | Pham Minh Chinh | a demandé | aux pêcheurs de regagner les ports avant vendredi midi
indirect | Pamela Baricuatro | Pamela Baricuatro | a mis en cause | l’urbanisation sauvage et les projets de digues inachevés
direct | elle | Pamela Baricuatro | a-t-elle déploré | Des fortunes ont été dépensées contre les inondations, et voilà le résultat
according-to | commission | commission d’enquête (non nommé) | selon | Les Philippines sont secouées depuis l’été par un scandale de corruption autour de ces chantiers, qui aurait coûté à l’Etat plus de 100 milliards de pesos
