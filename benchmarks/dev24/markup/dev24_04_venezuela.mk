⟦Venezuela|L⟧ : ⟦Washington|L|Etats-Unis⟧ saisit un pétrolier et resserre l'étau sur ⟦Caracas|L|Venezuela⟧

Les ⟦Etats-Unis|L⟧ ont saisi ⟦mercredi|D⟧, au large des côtes ⟦vénézuéliennes|N⟧, un pétrolier transportant près de ⟦1,8 million de barils|Q:measure|1800000|bbl|1⟧ de brut. C'est la première saisie de ce type depuis le début du déploiement naval ⟦américain|N⟧ dans les ⟦Caraïbes|L⟧, à ⟦la fin de l'été|D⟧. Le navire, battant pavillon du ⟦Panama|L⟧, a été escorté vers un port du ⟦Texas|L⟧, ont rapporté des responsables ⟦américains|N⟧ cités par plusieurs médias.

⟦Donald Trump|P⟧ a affirmé ⟦jeudi|D⟧ que d'autres saisies suivraient «{NBSP}si nécessaire{NBSP}». Le dispositif militaire ⟦américain|N⟧ compte désormais ⟦une dizaine|Q:count|10||1⟧ de navires de guerre, dont un porte-avions, et près de ⟦15000|Q:count|15000||1⟧ militaires. Depuis ⟦septembre|D⟧, plus de ⟦80|Q:count|80||1⟧ personnes ont été tuées dans des frappes contre des embarcations soupçonnées de transporter de la drogue, selon un décompte du ⟦Washington Post|O⟧.

À ⟦Caracas|L⟧, le gouvernement de ⟦Nicolas Maduro|P⟧ a dénoncé un «{NBSP}acte de piraterie internationale{NBSP}» et annoncé qu'il saisirait le ⟦Conseil de sécurité de l'ONU|O|Conseil de sécurité des Nations unies⟧. La vice-présidente ⟦Delcy Rodríguez|P⟧, également ministre des Hydrocarbures, a assuré que la production de la compagnie publique ⟦PDVSA|O|Petróleos de Venezuela⟧, «{NBSP}autour de ⟦1,1 million de barils|Q:measure|1100000|bbl|1⟧ par jour{NBSP}», ne serait pas affectée.

Les chiffres racontent une autre histoire. D'après des données de suivi maritime compilées par l'agence ⟦Bloomberg|O⟧, les exportations ⟦vénézuéliennes|N⟧ ont chuté de ⟦35{NBSP}%|Q:percent|35|%|0⟧ en ⟦novembre|D⟧, à environ ⟦580000 barils|Q:measure|580000|bbl|1⟧ par jour, dont l'essentiel part vers la ⟦Chine|L⟧. Plusieurs armateurs ⟦grecs|N⟧ refusent désormais d'approcher le port de ⟦Puerto La Cruz|L⟧, dans l'est du pays.

Seul ⟦Chevron|O⟧, autorisé à opérer au ⟦Venezuela|L⟧ grâce à une licence du ⟦Trésor américain|O|département du Trésor des Etats-Unis⟧, continue d'exporter quelque ⟦150000 barils|Q:measure|150000|bbl|1⟧ par jour vers les ⟦Etats-Unis|L⟧. Le ⟦Trésor|O|département du Trésor des Etats-Unis⟧ a par ailleurs sanctionné ⟦mardi|D⟧ ⟦six|Q:count|6||0⟧ compagnies maritimes et ⟦quatre|Q:count|4||0⟧ de leurs dirigeants.

«{NBSP}⟦Washington|L|Etats-Unis⟧ cherche à assécher les revenus du régime, qui dépend du pétrole pour près de ⟦90{NBSP}%|Q:percent|90|%|1⟧ de ses recettes en devises{NBSP}», analyse ⟦Andrés Carrillo|P⟧, économiste au cabinet ⟦Ecoanalítica|O⟧. Selon lui, le pays pourrait perdre entre ⟦2 et 3 milliards de dollars|Q:money|2000000000~3000000000|USD|0⟧ de recettes d'ici à ⟦juin|D⟧ si le blocus se prolonge.

Dans les rues de la capitale, la crainte d'une nouvelle flambée des prix domine. Le bolivar a perdu plus de ⟦70{NBSP}%|Q:percent|70|%|1⟧ de sa valeur face au dollar depuis ⟦janvier|D⟧, et le billet vert s'échange à près de ⟦390 bolivars|Q:money|390|VES|1⟧ au taux officiel. «{NBSP}Un carton d'oeufs coûte ⟦8 dollars|Q:money|8|USD|0⟧, mon salaire est de ⟦130 dollars|Q:money|130|USD|0⟧ par mois{NBSP}», témoigne ⟦Yusmary Pérez|P⟧, ⟦47 ans|Q:duration|47|year|0⟧, infirmière à ⟦Petare|L⟧.

L'opposante ⟦María Corina Machado|P⟧ a salué sur ⟦X|O⟧ une «{NBSP}pression légitime{NBSP}» contre le pouvoir. Sur les marchés, le baril de Brent a gagné ⟦1,2{NBSP}%|Q:percent|1.2|%|0⟧ ⟦jeudi|D⟧, à ⟦63,40 dollars|Q:money|63.4|USD|0⟧ à ⟦Londres|L⟧.
===ATTR===
indirect | responsables | responsables américains (non nommé) | ont rapporté | Le navire, battant pavillon du Panama, a été escorté vers un port du Texas
mixed | Donald Trump | Donald Trump | a affirmé | d'autres saisies suivraient « si nécessaire »
according-to | décompte | décompte du Washington Post (non nommé) | selon | Depuis septembre, plus de 80 personnes ont été tuées dans des frappes contre des embarcations soupçonnées de transporter de la drogue
mixed | gouvernement | gouvernement de Nicolas Maduro (non nommé) | a dénoncé | un « acte de piraterie internationale »
indirect | gouvernement | gouvernement de Nicolas Maduro (non nommé) | annoncé | il saisirait le Conseil de sécurité de l'ONU
mixed | Delcy Rodríguez | Delcy Rodríguez | a assuré | la production de la compagnie publique PDVSA, « autour de 1,1 million de barils par jour », ne serait pas affectée
according-to | données | données de suivi maritime compilées par Bloomberg (non nommé) | D'après | les exportations vénézuéliennes ont chuté de 35 % en novembre, à environ 580000 barils par jour, dont l'essentiel part vers la Chine
direct | Andrés Carrillo | Andrés Carrillo | analyse | Washington cherche à assécher les revenus du régime, qui dépend du pétrole pour près de 90 % de ses recettes en devises
according-to | lui | Andrés Carrillo | Selon | le pays pourrait perdre entre 2 et 3 milliards de dollars de recettes d'ici à juin si le blocus se prolonge
direct | Yusmary Pérez | Yusmary Pérez | témoigne | Un carton d'oeufs coûte 8 dollars, mon salaire est de 130 dollars par mois
mixed | María Corina Machado | María Corina Machado | a salué | une « pression légitime » contre le pouvoir
