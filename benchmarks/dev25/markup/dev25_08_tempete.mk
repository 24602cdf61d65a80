Tempête en ⟦Normandie|L⟧ : des rafales à ⟦146 km/h|Q:measure|146|km/h|0⟧, ⟦92000|Q:count|92000||0⟧ foyers privés d’électricité et des trains à l’arrêt

La tempête Ilona a balayé la ⟦Normandie|L⟧ dans la nuit de ⟦dimanche à lundi|D⟧, laissant derrière elle des arbres arrachés, des toitures envolées et un réseau ferroviaire paralysé. Les rafales ont atteint ⟦146 km/h|Q:measure|146|km/h|0⟧ au ⟦cap de la Hague|L⟧ et ⟦128 km/h|Q:measure|128|km/h|0⟧ à ⟦Dieppe|L⟧ vers ⟦3h|D⟧, d’après ⟦Météo-France|O⟧, qui avait placé ⟦cinq|Q:count|5||0⟧ départements en vigilance orange.

⟦Lundi|D⟧ à ⟦6h|D⟧, ⟦92000|Q:count|92000||0⟧ foyers étaient privés d’électricité, dont plus de ⟦41000|Q:count|41000||1⟧ en ⟦Seine-Maritime|L⟧ et environ ⟦23000|Q:count|23000||1⟧ dans la ⟦Manche|L⟧, selon ⟦Enedis|O⟧. Le gestionnaire du réseau a mobilisé ⟦850|Q:count|850||0⟧ techniciens, dont ⟦200|Q:count|200||0⟧ venus d’autres régions, et espère rétablir le courant chez ⟦90%|Q:percent|90|%|0⟧ des clients d’ici ⟦mardi soir|D⟧.

Sur les rails, la situation était encore très perturbée en milieu de journée. Aucun train n’a circulé entre ⟦Paris|L⟧, ⟦Rouen|L⟧ et ⟦Le Havre|L⟧ jusqu’à ⟦14 h 30|D⟧, en raison de la chute d’arbres sur les voies près de ⟦Pont-de-l’Arche|L⟧. Au total, ⟦37|Q:count|37||0⟧ trains Intercités et près de ⟦150|Q:count|150||1⟧ TER ont été supprimés, a indiqué un porte-parole de ⟦SNCF Voyageurs|O⟧. «{NBSP}Nous faisons passer des trains de reconnaissance à ⟦40 km/h|Q:measure|40|km/h|0⟧ avant de rouvrir chaque ligne{NBSP}», a-t-il expliqué.

«{NBSP}Je demande à chacun de limiter ses déplacements et de ne pas s’approcher du littoral. Des vagues de ⟦8 mètres|Q:measure|8|m|0⟧ sont encore attendues à la marée haute{NBSP}», a déclaré le préfet de la ⟦Seine-Maritime|L⟧, ⟦Bertrand Lemaire|P⟧, lors d’un point presse à ⟦Rouen|L⟧. Le ⟦pont de Normandie|L⟧ est resté fermé aux poids lourds pendant ⟦dix heures|Q:duration|10|hour|0⟧ et les liaisons de ⟦Brittany Ferries|O⟧ entre ⟦Caen|L⟧ et ⟦Portsmouth|L⟧ ont été annulées.

Les pompiers du ⟦Sdis 76|O|Service départemental d’incendie et de secours de la Seine-Maritime⟧ ont effectué plus de ⟦600|Q:count|600||1⟧ interventions en ⟦24 heures|Q:duration|24|hour|0⟧, a précisé le service, qui déplore ⟦trois|Q:count|3||0⟧ blessés légers. Un automobiliste de ⟦57 ans|Q:duration|57|year|0⟧ a été plus grièvement touché près d’⟦Yvetot|L⟧ lorsqu’un chêne s’est abattu sur sa voiture. Dans l’⟦Eure|L⟧, ⟦une vingtaine|Q:count|20||1⟧ de communes restaient sans eau potable ⟦lundi soir|D⟧, les stations de pompage étant privées de courant, a fait savoir la préfecture.

À ⟦Fécamp|L⟧, les commerçants du front de mer comptaient les dégâts. «{NBSP}La vitrine a explosé vers ⟦4 heures|D⟧. En ⟦trente ans|Q:duration|30|year|0⟧, je n’avais jamais vu ça{NBSP}», raconte ⟦Martine Leroux|P⟧, qui tient une crêperie sur le ⟦boulevard Albert-Ier|L⟧. Il est tombé jusqu’à ⟦45 millimètres|Q:measure|45|mm|1⟧ de pluie en ⟦douze heures|Q:duration|12|hour|0⟧ sur le ⟦pays de Caux|L⟧.

Le président de la région, ⟦Hervé Morin|P⟧, a réclamé à la ⟦SNCF|O|Société nationale des chemins de fer français⟧ «{NBSP}un plan d’élagage digne de ce nom{NBSP}» le long des voies. Selon lui, les intempéries ont provoqué ⟦cette année|D⟧ plus de ⟦60|Q:count|60||1⟧ interruptions de circulation sur les lignes ⟦normandes|N⟧. Les vents devraient faiblir ⟦mardi|D⟧, entre ⟦50 et 70 km/h|Q:measure|50~70|km/h|0⟧ sur les côtes, selon les prévisionnistes.
===ATTR===
according-to | Météo-France | Météo-France | d’après | Les rafales ont atteint 146 km/h au cap de la Hague et 128 km/h à Dieppe vers 3h
according-to | Enedis | Enedis | selon | Lundi à 6h, 92000 foyers étaient privés d’électricité, dont plus de 41000 en Seine-Maritime et environ 23000 dans la Manche
indirect | porte-parole | porte-parole de SNCF Voyageurs (non nommé) | a indiqué | Au total, 37 trains Intercités et près de 150 TER ont été supprimés
direct | il | porte-parole de SNCF Voyageurs (non nommé) | a-t-il expliqué | Nous faisons passer des trains de reconnaissance à 40 km/h avant de rouvrir chaque ligne
direct | Bertrand Lemaire | Bertrand Lemaire | a déclaré | Je demande à chacun de limiter ses déplacements et de ne pas s’approcher du littoral. Des vagues de 8 mètres sont encore attendues à la marée haute
indirect | service | Service départemental d’incendie et de secours de la Seine-Maritime | a précisé | Les pompiers du Sdis 76 ont effectué plus de 600 interventions en 24 heures
direct | Martine Leroux | Martine Leroux | raconte | La vitrine a explosé vers 4 heures. En trente ans, je n’avais jamais vu ça
mixed | Hervé Morin | Hervé Morin | a réclamé | à la SNCF « un plan d’élagage digne de ce nom » le long des voies
according-to | lui | Hervé Morin | Selon#1 | les intempéries ont provoqué cette année plus de 60 interruptions de circulation sur les lignes normandes
according-to | prévisionnistes | prévisionnistes (non nommé) | selon#2 | Les vents devraient faiblir mardi, entre 50 et 70 km/h sur les côtes
indirect | préfecture | préfecture de l’Eure (non nommé) | a fait savoir | Dans l’Eure, une vingtaine de communes restaient sans eau potable lundi soir, les stations de pompage étant privées de courant
