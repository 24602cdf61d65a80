⟦Tours|L⟧ : le conseil municipal ferme la ⟦rue Nationale|L⟧ aux voitures, l’opposition dénonce “un passage en force”

Après près de ⟦cinq heures|Q:duration|5|hour|1⟧ de débats, le ⟦conseil municipal de Tours|O⟧ a adopté ⟦lundi soir|D⟧, par ⟦39|Q:count|39||0⟧ voix contre ⟦14|Q:count|14||0⟧ et ⟦deux|Q:count|2||0⟧ abstentions, le nouveau plan de circulation du centre-ville. À partir du ⟦1er septembre|D⟧, la ⟦rue Nationale|L⟧ et les quais de la ⟦Loire|L⟧, entre le ⟦pont Wilson|L⟧ et la ⟦place Anatole-France|L⟧, seront interdits aux voitures, à l’exception des riverains, des véhicules de secours et des livreurs, autorisés de ⟦6 h|D⟧ à ⟦11 h|D⟧.

“Nous rendons le centre aux piétons, aux cyclistes et aux familles. Dans ⟦dix ans|Q:duration|10|year|0⟧, personne ne voudra revenir en arrière”, a affirmé la maire, ⟦Claire Mareuil|P⟧ (⟦Les Écologistes|O⟧), à l’issue du vote. Selon l’élue, la pollution au dioxyde d’azote a déjà baissé de ⟦18 %|Q:percent|18|%|0⟧ ⟦rue Nationale|L⟧ depuis la mise en service de la première ligne de tramway, en ⟦2013|D⟧.

Le plan, d’un coût de ⟦12,8 millions d’euros|Q:money|12800000|EUR|0⟧, prévoit aussi ⟦4,5 kilomètres|Q:measure|4.5|km|0⟧ de nouvelles pistes cyclables et la suppression de ⟦620|Q:count|620||0⟧ places de stationnement en surface. La municipalité assure qu’elles seront compensées par ⟦400|Q:count|400||0⟧ places supplémentaires dans le parking souterrain des ⟦Halles|L⟧, dont le tarif de nuit passera de ⟦2|Q:money|2|EUR|0⟧ à ⟦1 euro|Q:money|1|EUR|0⟧.

La deuxième ligne de tramway, dont la mise en service est prévue en ⟦2028|D⟧, empruntera ensuite le ⟦boulevard Béranger|L⟧ avant de desservir l’⟦hôpital Trousseau|O⟧, à ⟦Chambray-lès-Tours|L⟧. Elle est portée par le ⟦Syndicat des mobilités de Touraine|O⟧ (⟦SMT|O|Syndicat des mobilités de Touraine⟧) et ⟦Tours Métropole Val de Loire|O⟧, pour un budget de ⟦470 millions d’euros|Q:money|470000000|EUR|0⟧.

Le chef de file de l’opposition de droite, ⟦Xavier Delaunay|P⟧ (⟦LR|O|Les Républicains⟧), a dénoncé “un passage en force” et réclamé l’organisation d’un référendum local. “Les commerçants de la ⟦rue Colbert|L⟧ et des ⟦Halles|L⟧ ont perdu jusqu’à ⟦30 %|Q:percent|30|%|1⟧ de leur chiffre d’affaires pendant les travaux du tramway. On est en train de leur porter le coup de grâce”, a-t-il lancé. Selon l’union commerciale ⟦Les Vitrines de Tours|O⟧, qui compte ⟦250|Q:count|250||0⟧ adhérents, ⟦une trentaine|Q:count|30||1⟧ de boutiques ont fermé depuis ⟦2023|D⟧ dans l’hypercentre.

“Le soir, on ne pouvait plus ouvrir les fenêtres à cause du bruit des moteurs”, témoigne ⟦Martine|P⟧, ⟦67 ans|Q:duration|67|year|0⟧, qui habite ⟦rue Colbert|L⟧ depuis ⟦1989|D⟧. ⟦Rachid|P⟧, qui tient une brasserie ⟦place Plumereau|L⟧, est plus inquiet. “Mes clients viennent de ⟦Saint-Cyr-sur-Loire|L⟧ ou de ⟦Joué-lès-Tours|L⟧, en voiture. S’ils ne peuvent plus se garer, ils iront dans les centres commerciaux de la périphérie”, prévient-il.

L’opposition a annoncé ⟦mardi|D⟧ qu’elle saisirait le ⟦tribunal administratif d’Orléans|O⟧. La ⟦préfecture d’Indre-et-Loire|O⟧, qui contrôle la légalité des délibérations, dispose de ⟦deux mois|Q:duration|2|month|0⟧ pour se prononcer.

Une réunion publique est prévue le ⟦jeudi 26 juin|D⟧ à ⟦18 h 30|D⟧ à la ⟦salle Ockeghem|L⟧. La mairie promet “une phase de test de ⟦six mois|Q:duration|6|month|0⟧” avant d’éventuels ajustements.
===ATTR===
direct | opposition#1 | opposition municipale de Tours (non nommé) | dénonce | un passage en force#1
direct | Claire Mareuil | Claire Mareuil | a affirmé | Nous rendons le centre aux piétons, aux cyclistes et aux familles. Dans dix ans, personne ne voudra revenir en arrière
according-to | élue | Claire Mareuil | Selon#1 | la pollution au dioxyde d’azote a déjà baissé de 18 % rue Nationale depuis la mise en service de la première ligne de tramway, en 2013
indirect | municipalité | mairie de Tours | assure | elles seront compensées par 400 places supplémentaires dans le parking souterrain des Halles, dont le tarif de nuit passera de 2 à 1 euro
direct | Xavier Delaunay | Xavier Delaunay | a dénoncé | un passage en force#2
indirect | Xavier Delaunay | Xavier Delaunay | réclamé | l’organisation d’un référendum local
direct | il | Xavier Delaunay | a-t-il lancé | Les commerçants de la rue Colbert et des Halles ont perdu jusqu’à 30 % de leur chiffre d’affaires pendant les travaux du tramway. On est en train de leur porter le coup de grâce
according-to | Les Vitrines de Tours | Les Vitrines de Tours | Selon#2 | une trentaine de boutiques ont fermé depuis 2023 dans l’hypercentre
direct | Martine | Martine | témoigne | Le soir, on ne pouvait plus ouvrir les fenêtres à cause du bruit des moteurs
direct | il | Rachid | prévient-il | Mes clients viennent de Saint-Cyr-sur-Loire ou de Joué-lès-Tours, en voiture. S’ils ne peuvent plus se garer, ils iront dans les centres commerciaux de la périphérie
indirect | opposition#3 | opposition municipale de Tours (non nommé) | a annoncé | elle saisirait le tribunal administratif d’Orléans
direct | mairie | mairie de Tours | promet | une phase de test de six mois
