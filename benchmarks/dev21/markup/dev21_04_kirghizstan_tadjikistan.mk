⟦Kirghizstan|L⟧-⟦Tadjikistan|L⟧ : ⟦neuf mois|Q:duration|9|month|0⟧ après l’accord frontalier, la ⟦vallée de Ferghana|L⟧ renoue avec le commerce

Les barrières se sont levées ⟦mardi 2 décembre|D⟧ au ⟦poste-frontière de Kyzyl-Bel|L⟧, entre la région ⟦kirghize|N⟧ de ⟦Batken|L⟧ et le district ⟦tadjik|N⟧ d’⟦Isfara|L⟧, fermé depuis les affrontements meurtriers de ⟦septembre 2022|D⟧. Une première file de quelque ⟦40|Q:count|40||1⟧ camions a traversé dans ⟦la matinée|D⟧, sous l’œil des gardes-frontières des ⟦deux|Q:count|2||0⟧ pays.

C’est la conséquence la plus visible du traité signé le ⟦13 mars|D⟧ à ⟦Bichkek|L⟧ par les présidents ⟦kirghiz|N⟧ ⟦Sadyr Japarov|P⟧ et ⟦tadjik|N⟧ ⟦Emomali Rahmon|P⟧. Le texte fixe le tracé des ⟦972 kilomètres|Q:measure|972|km|0⟧ de frontière commune, dont près d’un tiers était contesté depuis la disparition de l’⟦URSS|L|Union soviétique⟧, en ⟦1991|D⟧. « Nous avons tourné une page douloureuse. Nos enfants ne se battront plus pour un point d’eau », avait déclaré M. ⟦Japarov|P|Sadyr Japarov⟧ lors de la cérémonie. M. ⟦Rahmon|P|Emomali Rahmon⟧, au pouvoir depuis ⟦1992|D⟧, avait salué pour sa part un accord « historique » qui ouvre « une ère de bon voisinage ».

Les combats d’⟦avril 2021|D⟧ et de ⟦septembre 2022|D⟧ avaient fait ⟦une centaine|Q:count|100||1⟧ de morts et poussé plus de ⟦136{NBSP}000|Q:count|136000||1⟧ habitants à fuir côté ⟦kirghiz|N⟧, selon les autorités de ⟦Bichkek|L⟧. Les heurts avaient notamment éclaté autour de l’enclave ⟦tadjike|N⟧ de ⟦Vorukh|L⟧, où vivent environ ⟦30{NBSP}000|Q:count|30000||1⟧ personnes.

Le commerce bilatéral, tombé à moins de ⟦10 millions de dollars|Q:money|10000000|USD|1⟧ en ⟦2023|D⟧, pourrait atteindre ⟦100 millions de dollars|Q:money|100000000|USD|1⟧ d’ici à ⟦2027|D⟧, estime le ⟦ministère kirghiz de l’Economie|O⟧. Les droits de douane sur les produits agricoles ont été réduits de ⟦15{NBSP}%|Q:percent|15|%|0⟧ en ⟦octobre|D⟧.

« Avant, je devais passer par l’⟦Ouzbékistan|L⟧ et payer ⟦15{NBSP}000 soms|Q:money|15000|KGS|0⟧ de frais pour chaque chargement. Maintenant, j’ai moins de ⟦deux heures|Q:duration|2|hour|1⟧ de route », se réjouit ⟦Aïbek Toktogulov|P⟧, ⟦45 ans|Q:duration|45|year|0⟧, qui transporte des abricots secs vers ⟦Khodjent|L⟧. Côté ⟦tadjik|N⟧, le sac de farine de ⟦50 kilos|Q:measure|50|kg|0⟧ se vend désormais ⟦420 somonis|Q:money|420|TJS|0⟧ au bazar d’⟦Isfara|L⟧, contre ⟦480|Q:money|480|TJS|0⟧ ⟦ce printemps|D⟧, selon les commerçants.

Les ⟦deux|Q:count|2||0⟧ capitales ont aussi prévu des échanges de terres et la construction de routes de contournement, pour un coût estimé à ⟦1,2 milliard de soms|Q:money|1200000000|KGS|1⟧ (environ ⟦14 millions de dollars|Q:money|14000000|USD|1⟧) côté ⟦kirghiz|N⟧. Plusieurs villages doivent être déplacés d’ici ⟦fin 2026|D⟧, ce qui inquiète une partie des habitants.

Pour ⟦Nargis Saïdova|P⟧, chercheuse à l’⟦Université nationale du Tadjikistan|O⟧, « la vraie épreuve sera la gestion de l’eau, quand les champs d’⟦Isfara|L⟧ et de ⟦Batken|L⟧ en auront besoin au même moment ». Elle rappelle que le conflit de ⟦2021|D⟧ avait éclaté autour d’une station de pompage sur la rivière ⟦Isfara|L⟧.

Le ⟦Kirghizstan|L⟧, le ⟦Tadjikistan|L⟧ et l’⟦Ouzbékistan|L⟧ avaient scellé leur rapprochement le ⟦31 mars|D⟧ à ⟦Khodjent|L⟧, lors d’un sommet où les ⟦trois|Q:count|3||0⟧ présidents ont défini le point de jonction de leurs frontières dans la ⟦vallée de Ferghana|L⟧, région agricole la plus peuplée d’⟦Asie centrale|L⟧.
===ATTR===
direct | Japarov | Sadyr Japarov | avait déclaré | Nous avons tourné une page douloureuse. Nos enfants ne se battront plus pour un point d’eau
mixed | Rahmon | Emomali Rahmon | avait salué | un accord « historique » qui ouvre « une ère de bon voisinage »
according-to | autorités | autorités kirghizes (non nommé) | selon#1 | Les combats d’avril 2021 et de septembre 2022 avaient fait une centaine de morts et poussé plus de 136 000 habitants à fuir côté kirghiz
indirect | ministère kirghiz de l’Economie | ministère kirghiz de l’Economie | estime | Le commerce bilatéral, tombé à moins de 10 millions de dollars en 2023, pourrait atteindre 100 millions de dollars d’ici à 2027
direct | Aïbek Toktogulov | Aïbek Toktogulov | se réjouit | Avant, je devais passer par l’Ouzbékistan et payer 15 000 soms de frais pour chaque chargement. Maintenant, j’ai moins de deux heures de route
according-to | commerçants | commerçants d'Isfara (non nommé) | selon#2 | Côté tadjik, le sac de farine de 50 kilos se vend désormais 420 somonis au bazar d’Isfara, contre 480 ce printemps
according-to | Nargis Saïdova | Nargis Saïdova | Pour | la vraie épreuve sera la gestion de l’eau, quand les champs d’Isfara et de Batken en auront besoin au même moment
indirect | Elle | Nargis Saïdova | rappelle | le conflit de 2021 avait éclaté autour d’une station de pompage sur la rivière Isfara
