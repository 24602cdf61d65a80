⟦Mexique|L⟧ : face aux droits de douane de ⟦Trump|P|Donald Trump⟧, ⟦Sheinbaum|P|Claudia Sheinbaum⟧ promet une riposte «{NBSP}ferme mais sereine{NBSP}»

⟦Mexico|L⟧, ⟦4 mars|D⟧ (⟦AFP|O|Agence France-Presse⟧) – Les droits de douane de ⟦25{NBSP}%|Q:percent|25|%|0⟧ imposés par les ⟦États-Unis|L⟧ sur la quasi-totalité des importations ⟦mexicaines|N⟧ sont entrés en vigueur ⟦mardi|D⟧ à ⟦0h01|D⟧ (⟦5h01 GMT|D⟧), a confirmé la ⟦Maison Blanche|O⟧, ouvrant la plus grave crise commerciale entre les ⟦deux|Q:count|2||0⟧ voisins depuis ⟦trois décennies|Q:duration|30|year|0⟧.

«{NBSP}Le ⟦Mexique|L⟧ ne se laissera pas intimider. Nous répondrons de manière ferme mais sereine, avec des mesures tarifaires et non tarifaires{NBSP}», a déclaré la présidente ⟦Claudia Sheinbaum|P⟧ lors de sa conférence de presse matinale au ⟦Palais national|L⟧. «{NBSP}Nous ne voulons pas d’une guerre commerciale, mais nous ne baisserons pas la tête{NBSP}», a-t-elle ajouté, précisant que la liste des produits ⟦américains|N⟧ visés serait dévoilée ⟦dimanche|D⟧ lors d’un rassemblement sur la ⟦place du Zócalo|L⟧.

Le président ⟦américain|N⟧, ⟦Donald Trump|P⟧, accuse ⟦Mexico|L⟧ de ne pas en faire assez contre le trafic de fentanyl et l’immigration clandestine. Selon le ⟦Service des douanes et de la protection des frontières|O⟧ (⟦CBP|O|Service des douanes et de la protection des frontières⟧), les saisies de fentanyl à la frontière sud ont pourtant reculé de près de ⟦50{NBSP}%|Q:percent|50|%|1⟧ au cours de l’exercice ⟦2024|D⟧, à quelque ⟦9{NNBSP}800{NBSP}kg|Q:measure|9800|kg|1⟧.

Le ⟦Mexique|L⟧, premier partenaire commercial des ⟦États-Unis|L⟧, leur a vendu ⟦l’an dernier|D⟧ pour ⟦505,8 milliards de dollars|Q:money|505800000000|USD|0⟧ de marchandises, soit plus de ⟦80{NBSP}%|Q:percent|80|%|1⟧ de ses exportations, selon l’⟦Institut national de statistique et de géographie|O⟧ (⟦Inegi|O|Institut national de statistique et de géographie⟧). L’industrie automobile est en première ligne : ⟦General Motors|O⟧, ⟦Ford|O⟧ et ⟦Stellantis|O⟧ assemblent dans le pays plus de ⟦2,5 millions|Q:count|2500000||1⟧ de véhicules par an, dont environ ⟦76{NBSP}%|Q:percent|76|%|1⟧ prennent la route du nord.

Sur les marchés, le peso ⟦mexicain|N⟧ a perdu jusqu’à ⟦2,1{NBSP}%|Q:percent|2.1|%|1⟧ dans ⟦la nuit de lundi à mardi|D⟧, avant de se reprendre à ⟦20,74 pesos|Q:money|20.74|MXN|0⟧ pour ⟦un dollar|Q:money|1|USD|0⟧ vers ⟦11h30 GMT|D⟧. La ⟦Bourse de Mexico|O⟧ a cédé ⟦1,3{NBSP}%|Q:percent|1.3|%|0⟧.

«{NBSP}Une guerre commerciale prolongée ferait basculer le ⟦Mexique|L⟧ dans la récession dès le ⟦deuxième trimestre|D⟧{NBSP}», prévient ⟦Gabriela Siller|P⟧, directrice des études économiques du groupe financier ⟦Banco Base|O⟧. Selon Mme ⟦Siller|P|Gabriela Siller⟧, chaque mois de droits de douane pourrait coûter au pays entre ⟦0,3 et 0,5{NBSP}%|Q:percent|0.3~0.5|%|1⟧ de son produit intérieur brut, soit ⟦5 à 9 milliards de dollars|Q:money|5000000000~9000000000|USD|1⟧.

Pour tenter d’apaiser ⟦Washington|L⟧, ⟦Mexico|L⟧ a livré ⟦la semaine dernière|D⟧ aux ⟦États-Unis|L⟧ ⟦29|Q:count|29||0⟧ membres présumés de cartels, dont ⟦Rafael Caro Quintero|P⟧, cofondateur du ⟦cartel de Guadalajara|O⟧, recherché depuis ⟦1985|D⟧ pour le meurtre d’un agent de l’⟦Agence américaine de lutte contre la drogue|O|Drug Enforcement Administration⟧ (⟦DEA|O|Drug Enforcement Administration⟧). Le gouvernement a aussi déployé ⟦10{NNBSP}000|Q:count|10000||0⟧ membres de la ⟦Garde nationale|O⟧ le long de la frontière, longue de ⟦3{NNBSP}145{NBSP}km|Q:measure|3145|km|0⟧.

Le ministre de l’Économie, ⟦Marcelo Ebrard|P⟧, doit se rendre ⟦jeudi|D⟧ à ⟦Washington|L⟧ pour rencontrer le secrétaire ⟦américain|N⟧ au Commerce, ⟦Howard Lutnick|P⟧. M. ⟦Ebrard|P|Marcelo Ebrard⟧ avait obtenu ⟦début février|D⟧ un sursis d’⟦un mois|Q:duration|1|month|0⟧. Un haut fonctionnaire du ⟦ministère mexicain de l’Économie|O⟧, s’exprimant sous couvert d’anonymat, a affirmé à l’⟦AFP|O|Agence France-Presse⟧ que les discussions se poursuivaient «{NBSP}jour et nuit{NBSP}» et qu’un compromis restait possible «{NBSP}très rapidement{NBSP}».

Frappé par des droits identiques, ⟦Ottawa|L⟧ a annoncé dès ⟦mardi|D⟧ des représailles sur ⟦30 milliards de dollars canadiens|Q:money|30000000000|CAD|0⟧ (environ ⟦19,6 milliards d’euros|Q:money|19600000000|EUR|1⟧) de produits ⟦américains|N⟧. La ⟦Chine|L⟧, visée par une surtaxe portée à ⟦20{NBSP}%|Q:percent|20|%|0⟧, a promis de «{NBSP}défendre résolument ses droits{NBSP}», selon un communiqué du ⟦ministère chinois du Commerce|O⟧.

Le locataire de la ⟦Maison Blanche|O⟧ a par ailleurs promis des droits de douane «{NBSP}réciproques{NBSP}» à tous les partenaires des ⟦États-Unis|L⟧ à partir du ⟦2 avril|D⟧.

===ATTR===
mixed | Sheinbaum#1 | Claudia Sheinbaum | promet | une riposte « ferme mais sereine »
indirect | Maison Blanche#1 | Maison Blanche | a confirmé | Les droits de douane de 25 % imposés par les États-Unis sur la quasi-totalité des importations mexicaines sont entrés en vigueur mardi à 0h01 (5h01 GMT)
direct | Claudia Sheinbaum | Claudia Sheinbaum | a déclaré | Le Mexique ne se laissera pas intimider. Nous répondrons de manière ferme mais sereine, avec des mesures tarifaires et non tarifaires
direct | elle | Claudia Sheinbaum | a-t-elle ajouté | Nous ne voulons pas d’une guerre commerciale, mais nous ne baisserons pas la tête
indirect | elle | Claudia Sheinbaum | précisant | la liste des produits américains visés serait dévoilée dimanche lors d’un rassemblement sur la place du Zócalo
indirect | Donald Trump | Donald Trump | accuse | Mexico de ne pas en faire assez contre le trafic de fentanyl et l’immigration clandestine
according-to | Service des douanes et de la protection des frontières | Service des douanes et de la protection des frontières | Selon | les saisies de fentanyl à la frontière sud ont pourtant reculé de près de 50 % au cours de l’exercice 2024, à quelque 9 800 kg
according-to | Institut national de statistique et de géographie | Institut national de statistique et de géographie | selon | Le Mexique, premier partenaire commercial des États-Unis, leur a vendu l’an dernier pour 505,8 milliards de dollars de marchandises, soit plus de 80 % de ses exportations
direct | Gabriela Siller | Gabriela Siller | prévient | Une guerre commerciale prolongée ferait basculer le Mexique dans la récession dès le deuxième trimestre
according-to | Siller | Gabriela Siller | Selon | chaque mois de droits de douane pourrait coûter au pays entre 0,3 et 0,5 % de son produit intérieur brut, soit 5 à 9 milliards de dollars
mixed | haut fonctionnaire du ministère mexicain de l’Économie | haut fonctionnaire du ministère mexicain de l’Économie (non nommé) | a affirmé | les discussions se poursuivaient « jour et nuit » et qu’un compromis restait possible « très rapidement »
indirect | Ottawa | Canada | a annoncé | des représailles sur 30 milliards de dollars canadiens (environ 19,6 milliards d’euros) de produits américains
mixed | Chine | Chine | a promis | de « défendre résolument ses droits »
according-to | ministère chinois du Commerce | ministère chinois du Commerce | selon | La Chine, visée par une surtaxe portée à 20 %, a promis de « défendre résolument ses droits »
mixed | locataire de la Maison Blanche | Donald Trump | a par ailleurs promis | des droits de douane « réciproques » à tous les partenaires des États-Unis à partir du 2 avril
