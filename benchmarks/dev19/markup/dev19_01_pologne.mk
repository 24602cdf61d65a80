⟦Pologne|L⟧ : ⟦Varsovie|L⟧ envoie ⟦2 000|Q:count|2000||0⟧ soldats de plus à la frontière biélorusse

⟦Varsovie|L⟧, ⟦12 mars|D⟧ (⟦Reuters|O⟧) - Le ⟦ministère polonais de la Défense|O⟧ a annoncé ⟦jeudi|D⟧ l'envoi de ⟦2 000|Q:count|2000||0⟧ soldats supplémentaires le long de la frontière avec la ⟦Biélorussie|L⟧. Plus de ⟦1 100|Q:count|1100||1⟧ tentatives de passage de migrants ont été recensées en ⟦une semaine|Q:duration|1|week|0⟧, selon la ⟦Garde-frontière polonaise|O⟧.

“La frontière de la ⟦Pologne|L⟧ est aussi celle de l'⟦Union européenne|O⟧. Nous ne laisserons pas ⟦Minsk|L⟧ et ⟦Moscou|L⟧ en faire une arme”, a déclaré le ministre de la Défense, ⟦Wladyslaw Kosiniak-Kamysz|P⟧, lors d'une visite à ⟦Bialowieza|L⟧. Selon lui, les renforts porteront à environ ⟦8 000|Q:count|8000||1⟧ le nombre de militaires déployés dans la zone d'ici à la ⟦fin mars|D⟧.

La barrière métallique de ⟦5,5 mètres|Q:measure|5.5|m|0⟧ de haut, achevée en ⟦2022|D⟧ sur ⟦186 kilomètres|Q:measure|186|km|0⟧, doit être complétée par des capteurs électroniques et des caméras thermiques. Le gouvernement a débloqué à cet effet ⟦1,2 milliard de zlotys|Q:money|1200000000|PLN|0⟧ (environ ⟦280 millions d'euros|Q:money|280000000|EUR|1⟧). Le Premier ministre ⟦Donald Tusk|P⟧ a promis que l'ouvrage serait “le plus sûr d'⟦Europe|L⟧” avant ⟦l'été|D⟧.

Les autorités ⟦polonaises|N⟧ accusent le président ⟦biélorusse|N⟧ ⟦Alexandre Loukachenko|P⟧ d'organiser l'arrivée de migrants venus notamment d'⟦Afghanistan|L⟧, de ⟦Syrie|L⟧ et d'⟦Erythrée|L⟧, qui obtiennent des visas pour ⟦Minsk|L⟧ avant d'être conduits vers la frontière. ⟦Loukachenko|P|Alexandre Loukachenko⟧ a rejeté ces accusations ⟦mercredi|D⟧, qualifiant la barrière de “mur de la honte” dans un entretien à l'agence ⟦Belta|O⟧.

⟦Mardi|D⟧ vers ⟦14h30|D⟧, un soldat ⟦polonais|N⟧ a été légèrement blessé au bras par un jet de pierres près du village de ⟦Dubicze Cerkiewne|L⟧, a précisé l'armée. Depuis ⟦janvier|D⟧, ⟦47|Q:count|47||0⟧ militaires et gardes-frontières ont été blessés, selon le ministère.

Les organisations humanitaires s'inquiètent de la loi adoptée en ⟦2025|D⟧ qui permet de suspendre le droit d'asile dans la zone frontalière pour ⟦60 jours|Q:duration|60|day|0⟧ renouvelables. “Des familles passent parfois jusqu'à ⟦trois jours|Q:duration|3|day|1⟧ dans la forêt, sans eau, par des températures proches de zéro”, raconte ⟦Marta Zielinska|P⟧, bénévole du collectif ⟦Grupa Granica|O⟧, qui dit avoir porté secours à ⟦19|Q:count|19||0⟧ personnes ⟦la semaine dernière|D⟧. Au moins ⟦89|Q:count|89||1⟧ migrants sont morts dans la région frontalière depuis ⟦2021|D⟧, d'après l'ONG.

Le sujet est populaire en ⟦Pologne|L⟧ : ⟦71%|Q:percent|71|%|0⟧ des personnes interrogées soutiennent la suspension du droit d'asile à la frontière, selon un sondage de l'institut ⟦CBOS|O⟧ publié ⟦lundi|D⟧. Le président ⟦Karol Nawrocki|P⟧ a de son côté jugé ⟦mercredi soir|D⟧ que le pays devait “tenir la ligne” aussi longtemps qu'il le faudrait.

A ⟦Bruxelles|L⟧, la ⟦Commission européenne|O⟧ a rappelé que les Etats membres restaient tenus de respecter le droit international. Une porte-parole a indiqué que l'exécutif ⟦européen|N⟧ examinait une demande ⟦polonaise|N⟧ d'aide de ⟦150 millions d'euros|Q:money|150000000|EUR|0⟧ pour la surveillance des frontières extérieures.
===ATTR===
indirect | ministère polonais de la Défense | ministère polonais de la Défense | a annoncé | l'envoi de 2 000 soldats supplémentaires le long de la frontière avec la Biélorussie
according-to | Garde-frontière polonaise | Garde-frontière polonaise | selon#1 | Plus de 1 100 tentatives de passage de migrants ont été recensées en une semaine
direct | Wladyslaw Kosiniak-Kamysz | Wladyslaw Kosiniak-Kamysz | a déclaré | La frontière de la Pologne est aussi celle de l'Union européenne. Nous ne laisserons pas Minsk et Moscou en faire une arme
according-to | lui | Wladyslaw Kosiniak-Kamysz | Selon | les renforts porteront à environ 8 000 le nombre de militaires déployés dans la zone d'ici à la fin mars
mixed | Donald Tusk | Donald Tusk | a promis | l'ouvrage serait “le plus sûr d'Europe” avant l'été
indirect | autorités | autorités polonaises (non nommé) | accusent | le président biélorusse Alexandre Loukachenko d'organiser l'arrivée de migrants venus notamment d'Afghanistan, de Syrie et d'Erythrée, qui obtiennent des visas pour Minsk avant d'être conduits vers la frontière
indirect | Loukachenko | Alexandre Loukachenko | a rejeté | ces accusations
mixed | Loukachenko | Alexandre Loukachenko | qualifiant | la barrière de “mur de la honte”
indirect | armée | armée polonaise | a précisé | Mardi vers 14h30, un soldat polonais a été légèrement blessé au bras par un jet de pierres près du village de Dubicze Cerkiewne
according-to | ministère | ministère polonais de la Défense | selon#2 | Depuis janvier, 47 militaires et gardes-frontières ont été blessés
direct | Marta Zielinska | Marta Zielinska | raconte | Des familles passent parfois jusqu'à trois jours dans la forêt, sans eau, par des températures proches de zéro
indirect | qui | Marta Zielinska | dit | avoir porté secours à 19 personnes la semaine dernière
according-to | ONG | Grupa Granica | d'après | Au moins 89 migrants sont morts dans la région frontalière depuis 2021
according-to | CBOS | CBOS | selon#3 | 71% des personnes interrogées soutiennent la suspension du droit d'asile à la frontière
mixed | Karol Nawrocki | Karol Nawrocki | a de son côté jugé | le pays devait “tenir la ligne” aussi longtemps qu'il le faudrait
indirect | Commission européenne | Commission européenne | a rappelé | les Etats membres restaient tenus de respecter le droit international
indirect | porte-parole | porte-parole de la Commission européenne (non nommé) | a indiqué | l'exécutif européen examinait une demande polonaise d'aide de 150 millions d'euros pour la surveillance des frontières extérieures
