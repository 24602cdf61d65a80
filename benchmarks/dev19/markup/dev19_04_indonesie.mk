⟦Indonésie|L⟧ : au moins ⟦87|Q:count|87||1⟧ morts dans les inondations à ⟦Sumatra|L⟧, ⟦Prabowo|P|Prabowo Subianto⟧ se rend sur place

En ⟦Indonésie|L⟧, le bilan des inondations et glissements de terrain qui frappent le nord de l’île de ⟦Sumatra|L⟧ depuis ⟦jeudi|D⟧ s’est alourdi ⟦ce lundi 24 novembre|D⟧ à au moins ⟦87|Q:count|87||1⟧ morts et ⟦52|Q:count|52||0⟧ disparus. Le président ⟦indonésien|N⟧ ⟦Prabowo Subianto|P⟧ s’est rendu dans la province de ⟦Sumatra du Nord|L⟧ pour superviser les secours.

Selon l’⟦Agence nationale de gestion des catastrophes|O⟧ (⟦BNPB|O|Agence nationale de gestion des catastrophes⟧), plus de ⟦41 000|Q:count|41000||1⟧ personnes ont dû quitter leur maison, et quelque ⟦6 500|Q:count|6500||1⟧ habitations ont été endommagées dans ⟦neuf|Q:count|9||0⟧ districts. Le porte-parole de l’agence, ⟦Abdul Muhari|P⟧, a expliqué que de nombreux villages restaient inaccessibles par la route : « Nos équipes avancent à pied ou en bateau. Certaines zones ne sont joignables que par hélicoptère. »

Dans le district de ⟦Tapanuli central|L⟧, le plus touché, il est tombé ⟦312 millimètres|Q:measure|312|mm|0⟧ de pluie en ⟦48 heures|Q:duration|48|hour|0⟧, soit plus que la moyenne d’un mois entier, d’après l’agence météorologique ⟦BMKG|O|Agence de météorologie, de climatologie et de géophysique⟧. Elle prévoit de nouvelles fortes pluies jusqu’à ⟦la fin de la semaine|D⟧.

Arrivé à ⟦Sibolga|L⟧ vers ⟦10 heures|D⟧, heure locale, ⟦Prabowo Subianto|P⟧ a promis que l’Etat reconstruirait « toutes les maisons détruites ». Le chef de l’Etat, ⟦74 ans|Q:duration|74|year|0⟧, a annoncé le déblocage d’une enveloppe d’urgence de ⟦2 000 milliards de roupies|Q:money|2000000000000|IDR|0⟧, soit environ ⟦105 millions d’euros|Q:money|105000000|EUR|1⟧. « L’armée et la police sont mobilisées jour et nuit », a-t-il ajouté devant des rescapés.

Sur place, la colère monte. « Ça fait ⟦trois jours|Q:duration|3|day|0⟧ qu’on attend de l’eau potable. Mon frère est toujours sous la boue », raconte ⟦Rina Siregar|P⟧, une enseignante de ⟦36 ans|Q:duration|36|year|0⟧ réfugiée dans une mosquée. Plusieurs organisations environnementales, dont ⟦Walhi|O⟧, accusent les autorités d’avoir laissé se multiplier les plantations de palmiers à huile et les coupes de bois sur les pentes. Pour ⟦Walhi|O⟧, « ce n’est pas seulement une catastrophe naturelle » : entre ⟦2015 et 2024|D⟧, le nord de ⟦Sumatra|L⟧ aurait perdu près de ⟦20 %|Q:percent|20|%|1⟧ de ses forêts.

Le ⟦ministère des Travaux publics|O|ministère indonésien des Travaux publics⟧ a indiqué que ⟦17|Q:count|17||0⟧ ponts avaient été emportés et qu’il faudrait « au moins ⟦deux mois|Q:duration|2|month|1⟧ » pour rétablir la circulation sur la route transsumatranaise. Le prix du riz a grimpé de ⟦15 %|Q:percent|15|%|0⟧ sur les marchés locaux, à ⟦16 500 roupies|Q:money|16500|IDR|0⟧ le kilo.

Les compagnies ⟦Garuda Indonesia|O⟧ et ⟦Lion Air|O⟧ ont annulé ⟦24|Q:count|24||0⟧ vols vers l’aéroport de ⟦Silangit|L⟧ ⟦dimanche|D⟧. Le ⟦Fonds des Nations unies pour l’enfance|O⟧ (⟦Unicef|O|Fonds des Nations unies pour l’enfance⟧) estime que près de ⟦12 000|Q:count|12000||1⟧ enfants sont privés d’école dans la région.

L’⟦Indonésie|L⟧, archipel de plus de ⟦17 000|Q:count|17000||1⟧ îles, est régulièrement frappée par des inondations pendant la saison des pluies, qui s’étend généralement d’⟦octobre à avril|D⟧. En ⟦2021|D⟧, des crues soudaines avaient fait plus de ⟦160|Q:count|160||1⟧ morts dans l’est du pays.
===ATTR===
according-to | Agence nationale de gestion des catastrophes | Agence nationale de gestion des catastrophes | Selon | plus de 41 000 personnes ont dû quitter leur maison, et quelque 6 500 habitations ont été endommagées dans neuf districts
mixed | Abdul Muhari | Abdul Muhari | a expliqué | de nombreux villages restaient inaccessibles par la route : « Nos équipes avancent à pied ou en bateau. Certaines zones ne sont joignables que par hélicoptère. »
according-to | BMKG | Agence de météorologie, de climatologie et de géophysique | d’après | Dans le district de Tapanuli central, le plus touché, il est tombé 312 millimètres de pluie en 48 heures, soit plus que la moyenne d’un mois entier
indirect | Elle | Agence de météorologie, de climatologie et de géophysique | prévoit | de nouvelles fortes pluies jusqu’à la fin de la semaine
mixed | Prabowo Subianto#2 | Prabowo Subianto | a promis | l’Etat reconstruirait « toutes les maisons détruites »
indirect | chef de l’Etat | Prabowo Subianto | a annoncé | le déblocage d’une enveloppe d’urgence de 2 000 milliards de roupies, soit environ 105 millions d’euros
direct | il | Prabowo Subianto | a-t-il ajouté | L’armée et la police sont mobilisées jour et nuit
direct | Rina Siregar | Rina Siregar | raconte | Ça fait trois jours qu’on attend de l’eau potable. Mon frère est toujours sous la boue
indirect | organisations | organisations environnementales (non nommé) | accusent | les autorités d’avoir laissé se multiplier les plantations de palmiers à huile et les coupes de bois sur les pentes
according-to | Walhi#2 | Walhi | Pour | « ce n’est pas seulement une catastrophe naturelle » : entre 2015 et 2024, le nord de Sumatra aurait perdu près de 20 % de ses forêts
mixed | ministère des Travaux publics | ministère indonésien des Travaux publics | a indiqué | 17 ponts avaient été emportés et qu’il faudrait « au moins deux mois » pour rétablir la circulation sur la route transsumatranaise
indirect | Fonds des Nations unies pour l’enfance | Fonds des Nations unies pour l’enfance | estime | près de 12 000 enfants sont privés d’école dans la région
