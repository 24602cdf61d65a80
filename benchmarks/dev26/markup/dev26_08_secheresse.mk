Sécheresse : les ⟦Pyrénées-Orientales|L⟧ passent en «{NBSP}crise{NBSP}», le préfet interdit l’arrosage dans ⟦226|Q:count|226||0⟧ communes

Il n’a pas plu sérieusement depuis ⟦octobre|D⟧. Dans son bilan publié ⟦mardi|D⟧, ⟦Météo-France|O⟧ indique que le département a reçu ⟦142 mm|Q:measure|142|mm|0⟧ de précipitations en ⟦huit mois|Q:duration|8|month|0⟧, soit un déficit de ⟦63%|Q:percent|63|%|0⟧ par rapport à la normale, du jamais-vu depuis le début des relevés à ⟦Perpignan|L⟧ en ⟦1924|D⟧. La chaleur aggrave la situation : le thermomètre a atteint ⟦38,6{NBSP}°C|Q:measure|38.6|°C|0⟧ ⟦lundi|D⟧ à ⟦Céret|L⟧, et jusqu’à ⟦41{NBSP}°C|Q:measure|41|°C|1⟧ sont attendus d’ici ⟦la fin de la semaine|D⟧ dans la plaine du ⟦Roussillon|L⟧.

«{NBSP}Les sols sont aussi secs qu’à la fin d’un été ordinaire, alors que nous ne sommes qu’en ⟦juin|D⟧{NBSP}», a résumé ⟦Sylvie Castan|P⟧, prévisionniste au centre de ⟦Météo-France|O⟧ de ⟦Perpignan|L⟧. Selon elle, il faudrait entre ⟦300 et 400 mm|Q:measure|300~400|mm|0⟧ de pluie pour recharger les nappes, «{NBSP}autrement dit un automne entier{NBSP}».

Face à cette situation, le préfet des ⟦Pyrénées-Orientales|L⟧, ⟦Jean-Marc Delaunay|P⟧, a signé ⟦mardi soir|D⟧ un arrêté plaçant ⟦226|Q:count|226||0⟧ communes en niveau de «{NBSP}crise{NBSP}», le plus élevé. L’arrosage des jardins, le lavage des voitures et le remplissage des piscines y sont interdits jusqu’au ⟦30 septembre|D⟧, sous peine d’une amende pouvant atteindre ⟦1500 euros|Q:money|1500|EUR|1⟧. Les agriculteurs devront réduire leurs prélèvements de ⟦50%|Q:percent|50|%|0⟧, sauf pour l’abreuvement du bétail.

«{NBSP}Chaque litre compte. Je demande à chacun de limiter sa consommation à l’essentiel{NBSP}», a déclaré le préfet lors d’une conférence de presse, précisant que des contrôles seraient menés «{NBSP}dès ⟦ce week-end|D⟧{NBSP}» par l’⟦Office français de la biodiversité|O⟧ (⟦OFB|O|Office français de la biodiversité⟧) et la gendarmerie.

La consommation moyenne atteint environ ⟦230 litres|Q:measure|230|L|1⟧ par habitant et par jour l’été dans le département, contre ⟦150|Q:measure|150|L|0⟧ au niveau national, d’après la chambre d’agriculture. Le débit de la ⟦Têt|L⟧ à ⟦Perpignan|L⟧ n’était plus que de ⟦0,4 mètre cube|Q:measure|0.4|m³|0⟧ par seconde ⟦lundi|D⟧, dix fois moins qu’en temps normal, et le barrage de ⟦Vinça|L⟧ n’est rempli qu’à ⟦28%|Q:percent|28|%|0⟧. Lors du dernier épisode comparable, en ⟦2023|D⟧, ⟦une dizaine|Q:count|10||1⟧ de villages avaient dû être ravitaillés par camions-citernes.

Dans les vignes, l’inquiétude grandit. «{NBSP}On a déjà perdu ⟦30%|Q:percent|30|%|0⟧ de la récolte ⟦l’an dernier|D⟧. Si ça continue, certains vont arracher{NBSP}», s’inquiète ⟦Pierre Mas|P⟧, ⟦61 ans|Q:duration|61|year|0⟧, vigneron à ⟦Terrats|L⟧, qui exploite ⟦18 hectares|Q:measure|18|ha|0⟧. La ⟦Fédération des vignerons indépendants|O⟧ réclame une aide d’urgence de ⟦15 millions d’euros|Q:money|15000000|EUR|0⟧ à l’Etat.

À l’échelle nationale, ⟦62|Q:count|62||0⟧ départements font l’objet de restrictions d’eau, selon le site gouvernemental ⟦VigiEau|O⟧. ⟦Météo-France|O⟧ prévoit un été «{NBSP}plus chaud que la normale{NBSP}» sur l’ensemble du pourtour méditerranéen, avec une probabilité de ⟦70%|Q:percent|70|%|0⟧.
===ATTR===
indirect | Météo-France#1 | Météo-France | indique | le département a reçu 142 mm de précipitations en huit mois, soit un déficit de 63% par rapport à la normale, du jamais-vu depuis le début des relevés à Perpignan en 1924
direct | Sylvie Castan | Sylvie Castan | a résumé | Les sols sont aussi secs qu’à la fin d’un été ordinaire, alors que nous ne sommes qu’en juin
according-to | elle | Sylvie Castan | Selon | il faudrait entre 300 et 400 mm de pluie pour recharger les nappes, « autrement dit un automne entier »
direct | préfet#3 | Jean-Marc Delaunay | a déclaré | Chaque litre compte. Je demande à chacun de limiter sa consommation à l’essentiel
mixed | préfet#3 | Jean-Marc Delaunay | précisant | des contrôles seraient menés « dès ce week-end » par l’Office français de la biodiversité (OFB) et la gendarmerie
according-to | chambre d’agriculture | chambre d’agriculture (non nommé) | d’après | La consommation moyenne atteint environ 230 litres par habitant et par jour l’été dans le département, contre 150 au niveau national
direct | Pierre Mas | Pierre Mas | s’inquiète | On a déjà perdu 30% de la récolte l’an dernier. Si ça continue, certains vont arracher
indirect | Fédération des vignerons indépendants | Fédération des vignerons indépendants | réclame | une aide d’urgence de 15 millions d’euros à l’Etat
according-to | VigiEau | VigiEau | selon | À l’échelle nationale, 62 départements font l’objet de restrictions d’eau
mixed | Météo-France#3 | Météo-France | prévoit | un été « plus chaud que la normale » sur l’ensemble du pourtour méditerranéen, avec une probabilité de 70%
