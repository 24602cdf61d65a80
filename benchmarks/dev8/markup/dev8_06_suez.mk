⟦Canal de Suez|L⟧ : l'⟦Egypte|L⟧ multiplie les rabais pour faire revenir les armateurs après ⟦deux ans|Q:duration|2|year|0⟧ de crise en ⟦mer Rouge|L⟧

⟦ISMAÏLIA|L|Ismaïlia⟧, ⟦Egypte|L⟧ (⟦AP|O|Associated Press⟧) — L'⟦Autorité du canal de Suez|O⟧ (⟦SCA|O|Autorité du canal de Suez⟧) a annoncé ⟦mardi|D⟧ une réduction de ⟦15 %|Q:percent|15|%|0⟧ des droits de passage pour les porte-conteneurs de plus de ⟦130.000 tonnes|Q:measure|130000|t|1⟧, dans l'espoir de faire revenir les grandes compagnies maritimes qui contournent l'⟦Afrique|L⟧ depuis le début des attaques des ⟦Houthis|O|Ansar Allah⟧ en ⟦mer Rouge|L⟧, ⟦fin 2023|D⟧.

La remise, valable ⟦90 jours|Q:duration|90|day|0⟧ à compter du ⟦1er décembre|D⟧, s'ajoute à une baisse de ⟦20 %|Q:percent|20|%|0⟧ déjà consentie en ⟦mai|D⟧ aux méthaniers. "Nous voulons envoyer un message clair: la ⟦mer Rouge|L⟧ est de nouveau sûre et le canal est prêt", a déclaré le président de l'⟦Autorité|O|Autorité du canal de Suez⟧, l'amiral ⟦Oussama Rabie|P⟧, lors d'une conférence de presse à ⟦Ismaïlia|L⟧, siège de l'institution.

Les revenus du canal, l'une des premières sources de devises du pays avec le tourisme et les transferts des expatriés, se sont effondrés à ⟦4 milliards de dollars|Q:money|4000000000|USD|0⟧ en ⟦2024|D⟧, contre un record de ⟦10,25 milliards|Q:money|10250000000|USD|0⟧ en ⟦2023|D⟧, selon les chiffres officiels. Le président ⟦Abdel Fattah al-Sissi|P⟧ a chiffré à près de ⟦9 milliards de dollars|Q:money|9000000000|USD|1⟧ le manque à gagner depuis le début de la crise.

Les ⟦Houthis|O|Ansar Allah⟧, rebelles ⟦yéménites|N⟧ soutenus par l'⟦Iran|L⟧, ont attaqué plus de ⟦100|Q:count|100||1⟧ navires marchands entre ⟦novembre 2023 et septembre 2025|D⟧, en coulant ⟦quatre|Q:count|4||0⟧, selon l'agence ⟦britannique|N⟧ ⟦UKMTO|O|United Kingdom Maritime Trade Operations⟧. Ils ont suspendu leurs tirs après l'entrée en vigueur du cessez-le-feu à ⟦Gaza|L⟧ en ⟦octobre|D⟧, mais leur chef, ⟦Abdelmalek al-Houthi|P⟧, a menacé de les reprendre "au premier manquement" d'⟦Israël|L⟧.

Les armateurs restent prudents. Le ⟦danois|N⟧ ⟦Maersk|O⟧, deuxième transporteur mondial de conteneurs, a indiqué qu'il ne reviendrait en ⟦mer Rouge|L⟧ "que lorsque la sécurité sera durablement garantie". Son directeur général, ⟦Vincent Clerc|P⟧, avait estimé en ⟦septembre|D⟧ que le passage par le ⟦cap de Bonne-Espérance|L⟧, qui rallonge le trajet entre l'⟦Asie|L⟧ et l'⟦Europe|L⟧ de ⟦10 à 14 jours|Q:duration|10~14|day|1⟧, coûtait jusqu'à ⟦1 million de dollars|Q:money|1000000|USD|1⟧ de plus par voyage.

Selon le cabinet ⟦Drewry|O⟧, le trafic dans le canal reste inférieur de ⟦60 %|Q:percent|60|%|0⟧ à son niveau d'avant-crise, avec ⟦une trentaine|Q:count|30||1⟧ de passages quotidiens contre plus de ⟦70|Q:count|70||1⟧ en ⟦2023|D⟧. "Le retour se fera progressivement, d'abord avec les navires de taille moyenne, pas avant le ⟦deuxième trimestre 2026|D⟧", prévoit ⟦Jan Hoffmann|P⟧, expert du commerce maritime à la ⟦Cnuced|O|Conférence des Nations unies sur le commerce et le développement⟧.

Pour l'⟦Egypte|L⟧, l'enjeu est vital. Le pays, qui a obtenu en ⟦2024|D⟧ un prêt élargi de ⟦8 milliards de dollars|Q:money|8000000000|USD|0⟧ du ⟦Fonds monétaire international|O⟧, doit rembourser près de ⟦30 milliards de dollars|Q:money|30000000000|USD|1⟧ de dette extérieure en ⟦2026|D⟧. La livre égyptienne s'échangeait ⟦mardi|D⟧ à ⟦47,3|Q:money|47.3|EGP|0⟧ pour ⟦un dollar|Q:money|1|USD|0⟧, après avoir perdu plus de la moitié de sa valeur depuis ⟦mars 2024|D⟧.

Un responsable de la ⟦SCA|O|Autorité du canal de Suez⟧, qui a requis l'anonymat, a affirmé à l'⟦AP|O|Associated Press⟧ que ⟦38|Q:count|38||0⟧ porte-conteneurs de grande taille avaient réservé un passage pour ⟦décembre|D⟧, "un signe encourageant".

===ATTR===
indirect | Autorité du canal de Suez | Autorité du canal de Suez | a annoncé | une réduction de 15 % des droits de passage pour les porte-conteneurs de plus de 130.000 tonnes
direct | Oussama Rabie | Oussama Rabie | a déclaré | Nous voulons envoyer un message clair: la mer Rouge est de nouveau sûre et le canal est prêt
indirect | Abdel Fattah al-Sissi | Abdel Fattah al-Sissi | a chiffré | à près de 9 milliards de dollars le manque à gagner depuis le début de la crise
according-to | UKMTO | United Kingdom Maritime Trade Operations | selon#2 | Les Houthis, rebelles yéménites soutenus par l'Iran, ont attaqué plus de 100 navires marchands entre novembre 2023 et septembre 2025, en coulant quatre
mixed | Abdelmalek al-Houthi | Abdelmalek al-Houthi | a menacé | de les reprendre "au premier manquement" d'Israël
mixed | Maersk | Maersk | a indiqué | il ne reviendrait en mer Rouge "que lorsque la sécurité sera durablement garantie"
indirect | Vincent Clerc | Vincent Clerc | avait estimé | le passage par le cap de Bonne-Espérance, qui rallonge le trajet entre l'Asie et l'Europe de 10 à 14 jours, coûtait jusqu'à 1 million de dollars de plus par voyage
according-to | Drewry | Drewry | Selon | le trafic dans le canal reste inférieur de 60 % à son niveau d'avant-crise, avec une trentaine de passages quotidiens contre plus de 70 en 2023
direct | Jan Hoffmann | Jan Hoffmann | prévoit | Le retour se fera progressivement, d'abord avec les navires de taille moyenne, pas avant le deuxième trimestre 2026
mixed | responsable | responsable de l'Autorité du canal de Suez (non nommé) | a affirmé | 38 porte-conteneurs de grande taille avaient réservé un passage pour décembre, "un signe encourageant"
