Au ⟦Mali|L⟧, un rapport accuse l’armée et l’⟦Africa Corps|O⟧ ⟦russe|N⟧ d’exactions contre des civils

Au moins ⟦214|Q:count|214||1⟧ civils ont été tués par les ⟦Forces armées maliennes|O⟧ (⟦FAMa|O|Forces armées maliennes⟧) et leurs alliés ⟦russes|N⟧ de l’⟦Africa Corps|O⟧ depuis ⟦le début de l’année|D⟧ dans le centre du ⟦Mali|L⟧, selon un rapport publié ⟦mardi 9 décembre|D⟧ par l’⟦Observatoire sahélien des droits humains|O⟧ (⟦OSDH|O|Observatoire sahélien des droits humains⟧), une organisation basée à ⟦Dakar|L⟧.

Le rapport s’appuie sur ⟦96|Q:count|96||0⟧ entretiens avec des rescapés et des proches de victimes, réalisés dans les régions de ⟦Ségou|L⟧ et de ⟦Mopti|L⟧. Il affirme que l’épisode le plus meurtrier s’est produit le ⟦14 mars|D⟧ près de ⟦Niono|L⟧, où ⟦une quarantaine|Q:count|40||1⟧ d’hommes auraient été exécutés au lendemain d’une embuscade contre un convoi militaire.

«{NBSP}Les victimes sont presque toujours des hommes jeunes, arrêtés parce qu’ils portent une barbe ou qu’ils se trouvent au marché un jour d’opération{NBSP}», explique ⟦Aminata Dicko|P⟧, directrice de l’⟦OSDH|O|Observatoire sahélien des droits humains⟧. L’ONG réclame l’ouverture d’enquêtes indépendantes et la suspension de la coopération militaire avec ⟦Moscou|L|Russie⟧.

Le gouvernement de transition a rejeté des «{NBSP}allégations mensongères{NBSP}» dans un communiqué lu ⟦mercredi soir|D⟧ à la télévision publique ⟦ORTM|O|Office de radiodiffusion télévision du Mali⟧, accusant l’organisation de «{NBSP}faire le jeu des terroristes{NBSP}». La junte du général ⟦Assimi Goïta|P⟧, au pouvoir depuis le coup d’Etat d’⟦août 2020|D⟧, s’est tournée vers la ⟦Russie|L⟧ après le départ des soldats ⟦français|N⟧ en ⟦2022|D⟧.

L’⟦Africa Corps|O⟧, placé sous la tutelle du ⟦ministère russe de la défense|O|ministère russe de la Défense⟧, a succédé en ⟦juin|D⟧ au groupe ⟦Wagner|O⟧. Il compterait entre ⟦2 000 et 2 500|Q:count|2000~2500||0⟧ hommes au ⟦Mali|L⟧, selon des sources sécuritaires. ⟦Bamako|L|Mali⟧ verserait environ ⟦10 millions de dollars|Q:money|10000000|USD|1⟧ par mois pour leur présence, soit quelque ⟦5,6 milliards de francs CFA|Q:money|5600000000|XOF|1⟧, d’après des diplomates occidentaux. La part de la défense dans le budget de l’Etat a atteint ⟦22 %|Q:percent|22|%|0⟧ en ⟦2025|D⟧.

Sur le terrain, la pression djihadiste ne faiblit pas. Le ⟦Groupe de soutien à l’islam et aux musulmans|O⟧ (⟦JNIM|O|Groupe de soutien à l’islam et aux musulmans⟧), lié à ⟦Al-Qaida|O⟧, impose depuis ⟦septembre|D⟧ un blocus sur les convois de carburant en direction de la capitale. Le ⟦Mali|L⟧, le ⟦Burkina Faso|L⟧ et le ⟦Niger|L⟧, réunis au sein de l’⟦Alliance des Etats du Sahel|O⟧ (⟦AES|O|Alliance des Etats du Sahel⟧), ont lancé en ⟦janvier|D⟧ une force unifiée de ⟦5 000|Q:count|5000||0⟧ hommes, qui n’est pas encore opérationnelle.

D’après le ⟦Bureau de la coordination des affaires humanitaires|O⟧ des ⟦Nations unies|O|Organisation des Nations unies⟧ (⟦OCHA|O|Bureau de la coordination des affaires humanitaires⟧), plus de ⟦400 000|Q:count|400000||1⟧ personnes sont déplacées à l’intérieur du pays et ⟦1,5 million|Q:count|1500000||0⟧ ont besoin d’une aide alimentaire. Le plan humanitaire pour le ⟦Mali|L⟧ n’est financé qu’à ⟦18 %|Q:percent|18|%|0⟧.

Pour ⟦Souleymane Diarra|P⟧, chercheur associé à l’⟦Institut d’études de sécurité|O⟧, la stratégie du «{NBSP}tout-militaire{NBSP}» a montré ses limites. «{NBSP}Chaque massacre de civils alimente le recrutement des groupes djihadistes. En ⟦trois ans|Q:duration|3|year|0⟧, les zones sous influence du ⟦JNIM|O|Groupe de soutien à l’islam et aux musulmans⟧ ont presque doublé{NBSP}», souligne-t-il.
===ATTR===
according-to | rapport | rapport de l’Observatoire sahélien des droits humains (non nommé) | selon | Au moins 214 civils ont été tués par les Forces armées maliennes (FAMa) et leurs alliés russes de l’Africa Corps depuis le début de l’année dans le centre du Mali
indirect | Il#1 | rapport de l’Observatoire sahélien des droits humains (non nommé) | affirme | l’épisode le plus meurtrier s’est produit le 14 mars près de Niono, où une quarantaine d’hommes auraient été exécutés au lendemain d’une embuscade contre un convoi militaire
direct | Aminata Dicko | Aminata Dicko | explique | Les victimes sont presque toujours des hommes jeunes, arrêtés parce qu’ils portent une barbe ou qu’ils se trouvent au marché un jour d’opération
indirect | ONG | Observatoire sahélien des droits humains | réclame | l’ouverture d’enquêtes indépendantes et la suspension de la coopération militaire avec Moscou
mixed | gouvernement | gouvernement de transition du Mali (non nommé) | a rejeté | des « allégations mensongères »
mixed | gouvernement | gouvernement de transition du Mali (non nommé) | accusant | l’organisation de « faire le jeu des terroristes »
according-to | sources | sources sécuritaires (non nommé) | selon | Il compterait entre 2 000 et 2 500 hommes au Mali
according-to | diplomates | diplomates occidentaux (non nommé) | d’après | Bamako verserait environ 10 millions de dollars par mois pour leur présence, soit quelque 5,6 milliards de francs CFA
according-to | Bureau de la coordination des affaires humanitaires | Bureau de la coordination des affaires humanitaires | D’après | plus de 400 000 personnes sont déplacées à l’intérieur du pays et 1,5 million ont besoin d’une aide alimentaire
according-to | Souleymane Diarra | Souleymane Diarra | Pour | la stratégie du « tout-militaire » a montré ses limites
direct | il | Souleymane Diarra | souligne-t-il | Chaque massacre de civils alimente le recrutement des groupes djihadistes. En trois ans, les zones sous influence du JNIM ont presque doublé
