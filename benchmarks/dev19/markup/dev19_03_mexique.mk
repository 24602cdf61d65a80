⟦Mexique|L⟧: ⟦Sheinbaum|P|Claudia Sheinbaum⟧ promet des renforts à ⟦Culiacan|L⟧ après une nuit de fusillades

⟦Mexico|L⟧, ⟦5 mai|D⟧ (⟦AFP|O|Agence France-Presse⟧) – La présidente ⟦mexicaine|N⟧ ⟦Claudia Sheinbaum|P⟧ a annoncé ⟦mardi|D⟧ l'envoi de ⟦1{NBSP}200|Q:count|1200||0⟧ militaires et gardes nationaux supplémentaires dans l'Etat de ⟦Sinaloa|L⟧ (nord-ouest), où des affrontements entre factions du cartel du même nom ont fait au moins ⟦14|Q:count|14||1⟧ morts dans ⟦la nuit de dimanche à lundi|D⟧.

«{NBSP}Nous n'allons pas laisser la violence gagner. La paix se construit avec la justice et avec la présence de l'Etat{NBSP}», a déclaré Mme ⟦Sheinbaum|P|Claudia Sheinbaum⟧ lors de sa conférence de presse matinale au ⟦Palais national|L⟧. Les fusillades ont éclaté vers ⟦23 h 30|D⟧ dans plusieurs quartiers de ⟦Culiacan|L⟧, la capitale de l'Etat, où des véhicules ont été incendiés et des routes bloquées par des camions.

Selon le ⟦parquet du Sinaloa|O⟧, ⟦neuf|Q:count|9||0⟧ des victimes étaient des hommes armés et ⟦cinq|Q:count|5||0⟧ des civils, dont un adolescent de ⟦15 ans|Q:duration|15|year|0⟧. Les écoles sont restées fermées ⟦lundi|D⟧ et de nombreux commerces n'ont pas rouvert. «{NBSP}On vit enfermés depuis des mois, on ne sort plus après ⟦18 heures|D⟧{NBSP}», a raconté à l'⟦AFP|O|Agence France-Presse⟧ ⟦Rosario Beltran|P⟧, ⟦43 ans|Q:duration|43|year|0⟧, qui tient une papeterie dans le centre.

La guerre interne au ⟦cartel de Sinaloa|O⟧, déclenchée en ⟦septembre 2024|D⟧ après la capture aux ⟦Etats-Unis|L⟧ d'⟦Ismael «{NBSP}El Mayo{NBSP}» Zambada|P|Ismael Zambada⟧, a fait plus de ⟦1{NBSP}700|Q:count|1700||1⟧ morts et environ ⟦2{NBSP}000|Q:count|2000||1⟧ disparus, d'après un décompte de l'organisation ⟦Causa en Comun|O⟧.

La présidente est sous pression de ⟦Washington|L⟧, qui lie la lutte contre le trafic de fentanyl à ses menaces commerciales. Le président ⟦américain|N⟧ ⟦Donald Trump|P⟧ a réaffirmé ⟦la semaine dernière|D⟧ que des droits de douane de ⟦25{NBSP}%|Q:percent|25|%|0⟧ s'appliqueraient aux produits ⟦mexicains|N⟧ qui ne relèvent pas de l'accord T-MEC si le ⟦Mexique|L⟧ n'obtenait pas «{NBSP}des résultats rapides{NBSP}».

Le ministre de la Sécurité, ⟦Omar Garcia Harfuch|P⟧, a assuré que les saisies de fentanyl avaient augmenté de ⟦40{NBSP}%|Q:percent|40|%|0⟧ en ⟦un an|Q:duration|1|year|0⟧ et que ⟦28{NBSP}000|Q:count|28000||1⟧ personnes avaient été arrêtées depuis ⟦octobre 2024|D⟧. «{NBSP}Nous coopérons avec les ⟦Etats-Unis|L⟧, mais nous ne sommes subordonnés à personne{NBSP}», a ajouté Mme ⟦Sheinbaum|P|Claudia Sheinbaum⟧, créditée de plus de ⟦70{NBSP}%|Q:percent|70|%|1⟧ d'opinions favorables.

Sur les marchés, le peso a cédé ⟦0,8{NBSP}%|Q:percent|0.8|%|0⟧ face au dollar ⟦mardi|D⟧, à ⟦19,85 pesos|Q:money|19.85|MXN|0⟧ pour un billet vert. Les exportations ⟦mexicaines|N⟧ vers les ⟦Etats-Unis|L⟧ ont atteint ⟦506 milliards de dollars|Q:money|506000000000|USD|0⟧ en ⟦2025|D⟧, selon l'⟦Institut national de statistique et de géographie|O⟧ (⟦Inegi|O|Institut national de statistique et de géographie⟧).

Les militaires ont par ailleurs saisi ⟦37|Q:count|37||0⟧ fusils et ⟦48 kilos|Q:measure|48|kg|0⟧ de méthamphétamine ⟦lundi|D⟧ lors d'une opération à ⟦Navolato|L⟧, près de ⟦Culiacan|L⟧, a précisé le ⟦ministère de la Défense|O|ministère mexicain de la Défense⟧.

Le gouverneur du ⟦Sinaloa|L⟧, ⟦Ruben Rocha Moya|P⟧, a appelé les habitants à «{NBSP}garder leur calme{NBSP}» et promis une aide de ⟦10{NBSP}000 pesos|Q:money|10000|MXN|0⟧ aux familles des victimes civiles.
===ATTR===
indirect | Claudia Sheinbaum | Claudia Sheinbaum | a annoncé | l'envoi de 1 200 militaires et gardes nationaux supplémentaires dans l'Etat de Sinaloa (nord-ouest), où des affrontements entre factions du cartel du même nom ont fait au moins 14 morts dans la nuit de dimanche à lundi
direct | Sheinbaum#3 | Claudia Sheinbaum | a déclaré | Nous n'allons pas laisser la violence gagner. La paix se construit avec la justice et avec la présence de l'Etat
according-to | parquet du Sinaloa | parquet du Sinaloa | Selon | neuf des victimes étaient des hommes armés et cinq des civils, dont un adolescent de 15 ans
direct | Rosario Beltran | Rosario Beltran | a raconté | On vit enfermés depuis des mois, on ne sort plus après 18 heures
according-to | Causa en Comun | Causa en Comun | d'après | La guerre interne au cartel de Sinaloa, déclenchée en septembre 2024 après la capture aux Etats-Unis d'Ismael « El Mayo » Zambada, a fait plus de 1 700 morts et environ 2 000 disparus
mixed | Donald Trump | Donald Trump | a réaffirmé | des droits de douane de 25 % s'appliqueraient aux produits mexicains qui ne relèvent pas de l'accord T-MEC si le Mexique n'obtenait pas « des résultats rapides »
indirect | Omar Garcia Harfuch | Omar Garcia Harfuch | a assuré | les saisies de fentanyl avaient augmenté de 40 % en un an et que 28 000 personnes avaient été arrêtées depuis octobre 2024
direct | Sheinbaum#4 | Claudia Sheinbaum | a ajouté | Nous coopérons avec les Etats-Unis, mais nous ne sommes subordonnés à personne
mixed | Ruben Rocha Moya | Ruben Rocha Moya | a appelé | les habitants à « garder leur calme »
indirect | Ruben Rocha Moya | Ruben Rocha Moya | promis | une aide de 10 000 pesos aux familles des victimes civiles
indirect | ministère de la Défense | ministère mexicain de la Défense | a précisé | Les militaires ont par ailleurs saisi 37 fusils et 48 kilos de méthamphétamine lundi lors d'une opération à Navolato, près de Culiacan
