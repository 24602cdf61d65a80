Au ⟦Brésil|L⟧, la déforestation de l’⟦Amazonie|L⟧ recule pour la quatrième année consécutive

De notre correspondant à ⟦Brasília|L⟧

La forêt amazonienne a perdu ⟦4{NBSP}870 kilomètres carrés|Q:measure|4870|km²|0⟧ entre ⟦août 2025|D⟧ et ⟦juillet 2026|D⟧, soit une baisse de ⟦16{NBSP}%|Q:percent|16|%|0⟧ sur ⟦un an|Q:duration|1|year|0⟧, selon les données du système de surveillance par satellite Prodes publiées ⟦jeudi|D⟧ par l’⟦Institut national de recherches spatiales|O⟧ (⟦INPE|O|Institut national de recherches spatiales⟧). C’est le niveau le plus bas depuis ⟦2014|D⟧, et moins de la moitié de la surface déboisée en ⟦2021|D⟧, dernière année pleine du mandat de ⟦Jair Bolsonaro|P⟧.

Le président ⟦Luiz Inácio Lula da Silva|P⟧ a salué un résultat «{NBSP}obtenu sans sacrifier l’agriculture{NBSP}». «{NBSP}Nous avons promis la déforestation zéro en ⟦2030|D⟧. Nous sommes sur le chemin, et personne ne nous en fera dévier{NBSP}», a déclaré le chef de l’État lors d’une cérémonie au ⟦palais du Planalto|L⟧. La ministre de l’Environnement, ⟦Marina Silva|P⟧, a attribué la baisse au renforcement des contrôles : l’⟦Ibama|O|Institut brésilien de l’environnement et des ressources naturelles renouvelables⟧, la police environnementale fédérale, a dressé plus de ⟦9{NBSP}000|Q:count|9000||1⟧ procès-verbaux en ⟦2026|D⟧, pour un total de ⟦3,1 milliards de reais|Q:money|3100000000|BRL|0⟧ d’amendes (environ ⟦490 millions d’euros|Q:money|490000000|EUR|1⟧).

La tendance rassure les écologistes, mais la suite les inquiète. D’après l’⟦Observatoire du climat|O|Observatório do Clima⟧, un réseau d’⟦une centaine|Q:count|100||1⟧ d’ONG, les incendies ont ravagé près de ⟦28{NBSP}000 km²|Q:measure|28000|km²|1⟧ de forêt en ⟦2024|D⟧ et ⟦2025|D⟧, des surfaces que le Prodes ne compte pas comme déboisées. «{NBSP}Une forêt qui a brûlé n’est plus vraiment une forêt. Les chiffres officiels ne racontent qu’une partie de l’histoire{NBSP}», estime ⟦Renata Albuquerque|P⟧, coordinatrice scientifique du réseau.

Dans le ⟦Cerrado|L⟧, la savane voisine, la tendance est moins nette : l’⟦INPE|O|Institut national de recherches spatiales⟧ y a mesuré ⟦7{NBSP}240 km²|Q:measure|7240|km²|0⟧ de végétation détruite, un recul de ⟦4{NBSP}%|Q:percent|4|%|0⟧ seulement. Le gouvernement prépare un décret pour porter de ⟦20{NBSP}%|Q:percent|20|%|0⟧ à ⟦35{NBSP}%|Q:percent|35|%|0⟧ la part de végétation que les propriétaires doivent préserver dans certaines zones du biome.

Cette perspective inquiète les États agricoles. Le gouverneur du ⟦Mato Grosso|L⟧, ⟦Eduardo Siqueira|P⟧, a affirmé que son État avait «{NBSP}déjà fait sa part{NBSP}» et qu’un durcissement des règles coûterait «{NBSP}des milliers d’emplois{NBSP}» dans l’élevage et le soja. Il réclame que les producteurs qui préservent leurs forêts soient rémunérés par le ⟦Fonds Amazonie|O⟧, doté de ⟦4,5 milliards de reais|Q:money|4500000000|BRL|0⟧ grâce aux dons de la ⟦Norvège|L⟧ et de l’⟦Allemagne|L⟧.

Pour le climatologue ⟦Paulo Tavares|P⟧, de l’⟦université de São Paulo|O⟧, l’enjeu est désormais la dégradation plus que la coupe rase. Une partie de l’⟦Amazonie|L⟧ orientale émet déjà plus de carbone qu’elle n’en absorbe, rappelle-t-il. La COP30 de ⟦Belém|L⟧, en ⟦novembre 2025|D⟧, avait lancé un fonds pour les forêts tropicales qui devait mobiliser ⟦125 milliards de dollars|Q:money|125000000000|USD|0⟧ ; à ce jour, moins de ⟦7 milliards|Q:money|7000000000|USD|1⟧ ont été promis.
===ATTR===
according-to | Institut national de recherches spatiales | Institut national de recherches spatiales | selon | La forêt amazonienne a perdu 4 870 kilomètres carrés entre août 2025 et juillet 2026, soit une baisse de 16 % sur un an
mixed | Luiz Inácio Lula da Silva | Luiz Inácio Lula da Silva | a salué | un résultat « obtenu sans sacrifier l’agriculture »
direct | chef | Luiz Inácio Lula da Silva | a déclaré | Nous avons promis la déforestation zéro en 2030. Nous sommes sur le chemin, et personne ne nous en fera dévier
indirect | Marina Silva | Marina Silva | a attribué | la baisse au renforcement des contrôles
according-to | Observatoire du climat | Observatório do Clima | D’après | les incendies ont ravagé près de 28 000 km² de forêt en 2024 et 2025, des surfaces que le Prodes ne compte pas comme déboisées
direct | Renata Albuquerque | Renata Albuquerque | estime | Une forêt qui a brûlé n’est plus vraiment une forêt. Les chiffres officiels ne racontent qu’une partie de l’histoire
mixed | Eduardo Siqueira | Eduardo Siqueira | a affirmé | son État avait « déjà fait sa part » et qu’un durcissement des règles coûterait « des milliers d’emplois » dans l’élevage et le soja
indirect | Il | Eduardo Siqueira | réclame | les producteurs qui préservent leurs forêts soient rémunérés par le Fonds Amazonie, doté de 4,5 milliards de reais grâce aux dons de la Norvège et de l’Allemagne
according-to | Paulo Tavares | Paulo Tavares | Pour | l’enjeu est désormais la dégradation plus que la coupe rase
indirect | il | Paulo Tavares | rappelle-t-il | Une partie de l’Amazonie orientale émet déjà plus de carbone qu’elle n’en absorbe
