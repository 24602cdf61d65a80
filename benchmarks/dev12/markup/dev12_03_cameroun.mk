Présidentielle au ⟦Cameroun|L⟧ : ⟦Paul Biya|P⟧ proclamé vainqueur, ⟦Tchiroma|P|Issa Tchiroma Bakary⟧ revendique la victoire

⟦Yaoundé|L⟧, ⟦28 octobre|D⟧ – Le ⟦Conseil constitutionnel|O|Conseil constitutionnel du Cameroun⟧ a proclamé ⟦lundi|D⟧ ⟦Paul Biya|P⟧ vainqueur de l'élection présidentielle du ⟦12 octobre|D⟧ avec ⟦53,66%|Q:percent|53.66|%|0⟧ des suffrages exprimés, devant ⟦Issa Tchiroma Bakary|P⟧, crédité de ⟦35,19%|Q:percent|35.19|%|0⟧. À ⟦92 ans|Q:duration|92|year|0⟧, le chef de l'Etat, au pouvoir depuis ⟦1982|D⟧, entame ainsi un huitième mandat de ⟦sept ans|Q:duration|7|year|0⟧.

Le taux de participation s'est établi à ⟦57,76%|Q:percent|57.76|%|0⟧, selon les résultats lus à la télévision publique par le président de l'institution, ⟦Clément Atangana|P⟧. Les ⟦dix|Q:count|10||0⟧ autres candidats se partagent le reste des voix, aucun ne dépassant ⟦4%|Q:percent|4|%|1⟧. Quelque ⟦8,2 millions|Q:count|8200000||1⟧ d'électeurs étaient inscrits, répartis dans ⟦31.653|Q:count|31653||0⟧ bureaux de vote.

Ancien ministre de la Communication passé à l'opposition ⟦l'été dernier|D⟧, ⟦Issa Tchiroma Bakary|P⟧, ⟦76 ans|Q:duration|76|year|0⟧, revendique depuis le ⟦13 octobre|D⟧ la victoire, sur la foi des procès-verbaux compilés par ses représentants. “Le peuple ⟦camerounais|N⟧ a voté pour le changement. Je ne reconnaîtrai jamais ce résultat fabriqué dans les bureaux”, a-t-il déclaré dans une vidéo publiée sur ⟦Facebook|O⟧ depuis ⟦Garoua|L⟧, son fief du ⟦Nord|L|région du Nord⟧, où il est retranché depuis le scrutin.

L'annonce des résultats a provoqué des heurts à ⟦Douala|L⟧, la capitale économique, ainsi qu'à ⟦Garoua|L⟧, ⟦Maroua|L⟧ et ⟦Bafoussam|L⟧. Selon des sources hospitalières, au moins ⟦quatre|Q:count|4||1⟧ personnes ont été tuées par balle ⟦lundi soir|D⟧ à ⟦Douala|L⟧. Le ministre de l'Administration territoriale, ⟦Paul Atanga Nji|P⟧, a mis en garde contre toute “tentative de déstabilisation” et assuré que les forces de défense et de sécurité “garantiront l'ordre public par tous les moyens légaux”. L'accès à Internet a été fortement ralenti dans plusieurs villes depuis ⟦dimanche|D⟧, a constaté l'organisation ⟦NetBlocks|O⟧.

Dans les rues de ⟦Yaoundé|L⟧, les partisans du ⟦Rassemblement démocratique du peuple camerounais|O⟧ (⟦RDPC|O|Rassemblement démocratique du peuple camerounais⟧), au pouvoir, ont célébré la victoire jusqu'à ⟦minuit|D⟧. Le secrétaire général du parti, ⟦Jean Nkuete|P⟧, a salué “une victoire de la paix et de la stabilité”.

Principal opposant lors du scrutin de ⟦2018|D⟧, ⟦Maurice Kamto|P⟧ avait vu sa candidature rejetée en ⟦août|D⟧ par ⟦Elections Cameroon|O⟧ (⟦Elecam|O|Elections Cameroon⟧), une décision confirmée par le ⟦Conseil constitutionnel|O|Conseil constitutionnel du Cameroun⟧. Son ancien parti, le ⟦Mouvement pour la renaissance du Cameroun|O⟧ (⟦MRC|O|Mouvement pour la renaissance du Cameroun⟧), a dénoncé ⟦mardi|D⟧ “une mascarade électorale” et appelé à des rassemblements pacifiques ⟦samedi|D⟧ à ⟦15 heures|D⟧.

“J'ai ⟦34 ans|Q:duration|34|year|0⟧ et je n'ai connu qu'un seul président. Mes parents non plus, d'ailleurs”, soupire ⟦Aïcha|P⟧, vendeuse de pagnes au marché central de ⟦Garoua|L⟧. Près de ⟦40%|Q:percent|40|%|1⟧ des ⟦Camerounais|N⟧ vivent sous le seuil de pauvreté, et le litre de super est passé en ⟦un an|Q:duration|1|year|0⟧ de ⟦730|Q:money|730|XAF|0⟧ à ⟦840 francs CFA|Q:money|840|XAF|0⟧.

L'⟦Union africaine|O⟧ a appelé “toutes les parties à la retenue”. La ⟦France|L⟧, ancienne puissance coloniale, s'est dite “préoccupée” par les violences, selon un communiqué du ⟦Quai d'Orsay|O|ministère français de l'Europe et des Affaires étrangères⟧. Le pays, qui compte environ ⟦29 millions|Q:count|29000000||1⟧ d'habitants, reste confronté aux attaques de ⟦Boko Haram|O⟧ dans l'⟦Extrême-Nord|L⟧. Le conflit séparatiste des régions anglophones du ⟦Nord-Ouest|L⟧ et du ⟦Sud-Ouest|L⟧ a fait plus de ⟦6.000|Q:count|6000||1⟧ morts depuis ⟦2017|D⟧, selon l'⟦International Crisis Group|O⟧.
===ATTR===
indirect | Tchiroma | Issa Tchiroma Bakary | revendique#1 | la victoire#1
indirect | Conseil constitutionnel#1 | Conseil constitutionnel du Cameroun | a proclamé | Paul Biya vainqueur de l'élection présidentielle du 12 octobre avec 53,66% des suffrages exprimés, devant Issa Tchiroma Bakary, crédité de 35,19%
according-to | Clément Atangana | Clément Atangana | selon#1 | Le taux de participation s'est établi à 57,76%
indirect | Issa Tchiroma Bakary#2 | Issa Tchiroma Bakary | revendique#2 | la victoire#2
direct | il | Issa Tchiroma Bakary | a-t-il déclaré | Le peuple camerounais a voté pour le changement. Je ne reconnaîtrai jamais ce résultat fabriqué dans les bureaux
according-to | sources | sources hospitalières (non nommé) | Selon | au moins quatre personnes ont été tuées par balle lundi soir à Douala
mixed | Paul Atanga Nji | Paul Atanga Nji | a mis en garde | contre toute “tentative de déstabilisation”
mixed | Paul Atanga Nji | Paul Atanga Nji | assuré | les forces de défense et de sécurité “garantiront l'ordre public par tous les moyens légaux”
indirect | NetBlocks | NetBlocks | a constaté | L'accès à Internet a été fortement ralenti dans plusieurs villes depuis dimanche
direct | Jean Nkuete | Jean Nkuete | a salué | une victoire de la paix et de la stabilité
direct | Mouvement pour la renaissance du Cameroun | Mouvement pour la renaissance du Cameroun | a dénoncé | une mascarade électorale
indirect | Mouvement pour la renaissance du Cameroun | Mouvement pour la renaissance du Cameroun | appelé | à des rassemblements pacifiques samedi à 15 heures
direct | Aïcha | Aïcha | soupire | J'ai 34 ans et je n'ai connu qu'un seul président. Mes parents non plus, d'ailleurs
direct | Union africaine | Union africaine | a appelé | toutes les parties à la retenue
mixed | France | France | s'est dite | “préoccupée” par les violences
according-to | Quai d'Orsay | ministère français de l'Europe et des Affaires étrangères | selon#2 | La France, ancienne puissance coloniale, s'est dite “préoccupée” par les violences
according-to | International Crisis Group | International Crisis Group | selon#3 | Le conflit séparatiste des régions anglophones du Nord-Ouest et du Sud-Ouest a fait plus de 6.000 morts depuis 2017
