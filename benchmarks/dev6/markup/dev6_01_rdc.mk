⟦RDC|L|République démocratique du Congo⟧ : le ⟦M23|O|Mouvement du 23 mars⟧ entre dans ⟦Uvira|L⟧, ⟦Kinshasa|L⟧ dénonce une «{NBSP}trahison{NBSP}» de ⟦Kigali|L⟧

⟦Kinshasa|L⟧, ⟦11 décembre|D⟧ (⟦AFP|O|Agence France-Presse⟧) – Les rebelles du ⟦Mouvement du 23 mars|O⟧ (⟦M23|O|Mouvement du 23 mars⟧), soutenus par le ⟦Rwanda|L⟧, sont entrés ⟦mercredi soir|D⟧ dans ⟦Uvira|L⟧, dernière grande ville de la province du ⟦Sud-Kivu|L⟧ encore contrôlée par l’⟦armée congolaise|O|Forces armées de la République démocratique du Congo⟧, moins d’⟦une semaine|Q:duration|1|week|1⟧ après la signature à ⟦Washington|L⟧ d’un accord de paix entre ⟦Kinshasa|L⟧ et ⟦Kigali|L⟧.

«{NBSP}Nos forces contrôlent désormais l’ensemble de la ville. La population peut vaquer à ses occupations{NBSP}», a affirmé ⟦jeudi|D⟧ sur ⟦X|O⟧ le porte-parole de l’⟦Alliance Fleuve Congo|O⟧ (⟦AFC|O|Alliance Fleuve Congo⟧), la coalition politico-militaire dont le ⟦M23|O|Mouvement du 23 mars⟧ est la principale composante, ⟦Lawrence Kanyuka|P⟧.

Le gouvernement ⟦congolais|N⟧ a dénoncé une «{NBSP}trahison{NBSP}» et une «{NBSP}violation flagrante{NBSP}» des engagements pris par le ⟦Rwanda|L⟧. «{NBSP}⟦Kigali|L⟧ signe la paix d’une main et envoie ses troupes de l’autre{NBSP}», a déclaré à l’⟦AFP|O|Agence France-Presse⟧ le porte-parole du gouvernement, ⟦Patrick Muyaya|P⟧, qui a appelé le ⟦Conseil de sécurité de l’ONU|O|Conseil de sécurité des Nations unies⟧ à «{NBSP}prendre ses responsabilités{NBSP}».

Selon un responsable de la société civile d’⟦Uvira|L⟧ joint par téléphone, qui a requis l’anonymat, des tirs d’armes lourdes ont été entendus pendant près de ⟦six heures|Q:duration|6|hour|1⟧ dans les quartiers nord de la ville avant le repli des soldats des ⟦Forces armées de la RDC|O|Forces armées de la République démocratique du Congo⟧ (⟦FARDC|O|Forces armées de la République démocratique du Congo⟧) et des miliciens progouvernementaux vers ⟦Fizi|L⟧, à quelque ⟦80{NBSP}km|Q:measure|80|km|1⟧ plus au sud.

Les combats ont poussé plus de ⟦200{NNBSP}000|Q:count|200000||1⟧ personnes à fuir en ⟦une semaine|Q:duration|1|week|0⟧, a indiqué ⟦jeudi|D⟧ le ⟦Bureau de coordination des affaires humanitaires de l’ONU|O|Bureau de la coordination des affaires humanitaires des Nations unies⟧ (⟦Ocha|O|Bureau de la coordination des affaires humanitaires des Nations unies⟧). Quelque ⟦30{NNBSP}000|Q:count|30000||1⟧ d’entre elles ont traversé la frontière vers le ⟦Burundi|L⟧ voisin, dont la capitale économique, ⟦Bujumbura|L⟧, ne se trouve qu’à ⟦une trentaine de kilomètres|Q:measure|30|km|1⟧ d’⟦Uvira|L⟧, selon le ⟦Haut-Commissariat de l’ONU pour les réfugiés|O|Haut-Commissariat des Nations unies pour les réfugiés⟧ (⟦HCR|O|Haut-Commissariat des Nations unies pour les réfugiés⟧).

Le président ⟦burundais|N⟧, ⟦Évariste Ndayishimiye|P⟧, dont l’armée a déployé environ ⟦10{NNBSP}000|Q:count|10000||1⟧ soldats dans l’est de la ⟦RDC|L|République démocratique du Congo⟧ pour appuyer ⟦Kinshasa|L⟧, a accusé le ⟦Rwanda|L⟧ de vouloir «{NBSP}embraser toute la région{NBSP}». ⟦Kigali|L⟧ a toujours nié soutenir militairement le ⟦M23|O|Mouvement du 23 mars⟧, mais un rapport d’experts de l’⟦ONU|O|Organisation des Nations unies⟧ publié en ⟦juillet|D⟧ estimait que ⟦6{NNBSP}000 à 7{NNBSP}000|Q:count|6000~7000||1⟧ soldats ⟦rwandais|N⟧ combattaient à ses côtés.

Le président ⟦rwandais|N⟧, ⟦Paul Kagame|P⟧, et son homologue ⟦congolais|N⟧, ⟦Félix Tshisekedi|P⟧, avaient paraphé le ⟦4 décembre|D⟧ à la ⟦Maison Blanche|O⟧, en présence de ⟦Donald Trump|P⟧, les «{NBSP}accords de Washington{NBSP}», censés ouvrir la voie à des investissements ⟦américains|N⟧ dans les minerais de la région. Le président ⟦américain|N⟧ avait salué «{NBSP}un grand jour pour l’⟦Afrique|L⟧{NBSP}».

Joint par l’⟦AFP|O|Agence France-Presse⟧, le ministre ⟦rwandais|N⟧ des Affaires étrangères, ⟦Olivier Nduhungirehe|P⟧, a rejeté toute responsabilité et accusé les ⟦FARDC|O|Forces armées de la République démocratique du Congo⟧ d’avoir «{NBSP}violé le cessez-le-feu{NBSP}» en bombardant des positions rebelles depuis ⟦le début du mois|D⟧.

L’est de la ⟦RDC|L|République démocratique du Congo⟧, riche en or, en coltan et en cassitérite, est ravagé depuis plus de ⟦trente ans|Q:duration|30|year|1⟧ par les conflits. Le ⟦M23|O|Mouvement du 23 mars⟧ s’est emparé en ⟦janvier|D⟧ de ⟦Goma|L⟧, capitale du ⟦Nord-Kivu|L⟧, puis en ⟦février|D⟧ de ⟦Bukavu|L⟧. La guerre a fait au moins ⟦7{NNBSP}000|Q:count|7000||1⟧ morts depuis ⟦le début de l’année|D⟧, selon ⟦Kinshasa|L⟧.

Sur les marchés de ⟦Bukavu|L⟧, le prix du sac de ⟦25{NBSP}kg|Q:measure|25|kg|0⟧ de farine de maïs a doublé en ⟦deux mois|Q:duration|2|month|0⟧ pour atteindre ⟦90{NNBSP}000 francs congolais|Q:money|90000|CDF|0⟧, soit environ ⟦31 dollars|Q:money|31|USD|1⟧, d’après le ⟦Programme alimentaire mondial|O⟧ (⟦PAM|O|Programme alimentaire mondial⟧), qui dit n’avoir reçu que ⟦38{NBSP}%|Q:percent|38|%|0⟧ des ⟦2,5 milliards de dollars|Q:money|2500000000|USD|0⟧ demandés pour ⟦2025|D⟧.

===ATTR===
mixed | Kinshasa#1 | République démocratique du Congo | dénonce | une « trahison » de Kigali
direct | Lawrence Kanyuka | Lawrence Kanyuka | a affirmé | Nos forces contrôlent désormais l’ensemble de la ville. La population peut vaquer à ses occupations
mixed | gouvernement#1 | gouvernement congolais | a dénoncé | une « trahison » et une « violation flagrante » des engagements pris par le Rwanda
direct | Patrick Muyaya | Patrick Muyaya | a déclaré | Kigali signe la paix d’une main et envoie ses troupes de l’autre
mixed | qui | Patrick Muyaya | a appelé | le Conseil de sécurité de l’ONU à « prendre ses responsabilités »
according-to | responsable | responsable de la société civile d’Uvira (non nommé) | Selon | des tirs d’armes lourdes ont été entendus pendant près de six heures dans les quartiers nord de la ville avant le repli des soldats des Forces armées de la RDC (FARDC) et des miliciens progouvernementaux vers Fizi, à quelque 80 km plus au sud
indirect | Bureau de coordination des affaires humanitaires de l’ONU | Bureau de la coordination des affaires humanitaires des Nations unies | a indiqué | Les combats ont poussé plus de 200 000 personnes à fuir en une semaine
according-to | Haut-Commissariat de l’ONU pour les réfugiés | Haut-Commissariat des Nations unies pour les réfugiés | selon#1 | Quelque 30 000 d’entre elles ont traversé la frontière vers le Burundi voisin, dont la capitale économique, Bujumbura, ne se trouve qu’à une trentaine de kilomètres d’Uvira
mixed | Évariste Ndayishimiye | Évariste Ndayishimiye | a accusé | le Rwanda de vouloir « embraser toute la région »
indirect | Kigali | Rwanda | a toujours nié | soutenir militairement le M23
indirect | rapport | groupe d’experts de l’ONU | estimait | 6 000 à 7 000 soldats rwandais combattaient à ses côtés
direct | président américain | Donald Trump | avait salué | un grand jour pour l’Afrique
indirect | Olivier Nduhungirehe | Olivier Nduhungirehe | a rejeté | toute responsabilité
mixed | Olivier Nduhungirehe | Olivier Nduhungirehe | accusé | les FARDC d’avoir « violé le cessez-le-feu » en bombardant des positions rebelles depuis le début du mois
according-to | Kinshasa | République démocratique du Congo | selon#2 | La guerre a fait au moins 7 000 morts depuis le début de l’année
according-to | Programme alimentaire mondial | Programme alimentaire mondial | d’après | Sur les marchés de Bukavu, le prix du sac de 25 kg de farine de maïs a doublé en deux mois pour atteindre 90 000 francs congolais, soit environ 31 dollars
indirect | qui | Programme alimentaire mondial | dit | n’avoir reçu que 38 % des 2,5 milliards de dollars demandés pour 2025
