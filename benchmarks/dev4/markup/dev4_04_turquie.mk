⟦Turquie|L⟧ : la livre s’effondre après l’arrestation du maire d’⟦Istanbul|L⟧ ⟦Ekrem İmamoğlu|P⟧

⟦Istanbul|L⟧, ⟦19 mars|D⟧ (⟦AFP|O|Agence France-Presse⟧) – La livre ⟦turque|N⟧ a plongé de près de ⟦10{NNBSP}%|Q:percent|10|%|1⟧ ⟦mercredi|D⟧, touchant en séance un plus bas historique de ⟦41 livres|Q:money|41|TRY|0⟧ pour ⟦un dollar|Q:money|1|USD|0⟧, après l’arrestation à l’aube du maire d’⟦Istanbul|L⟧, ⟦Ekrem İmamoğlu|P⟧, principal rival du président ⟦Recep Tayyip Erdoğan|P⟧, dans le cadre de ⟦deux|Q:count|2||0⟧ enquêtes pour «{NNBSP}corruption{NNBSP}» et «{NNBSP}terrorisme{NNBSP}».

⟦Des centaines|Q:count|100||1⟧ de policiers ont encerclé vers ⟦5h00|D⟧ (⟦2h00 GMT|D⟧) le domicile de M. ⟦İmamoğlu|P|Ekrem İmamoğlu⟧, dans le district de ⟦Beylikdüzü|L⟧, et ⟦106|Q:count|106||0⟧ autres personnes, dont ⟦deux|Q:count|2||0⟧ maires d’arrondissement, font l’objet de mandats d’arrêt, selon l’agence officielle ⟦Anadolu|O⟧. «{NNBSP}Le peuple répondra à ces mensonges. Je ne me soumettrai pas{NNBSP}», a déclaré l’édile dans une vidéo publiée sur ⟦X|O⟧ pendant que les policiers attendaient à sa porte.

⟦La veille|D⟧, l’⟦université d’Istanbul|O⟧ avait annulé son diplôme, ce qui pourrait l’empêcher de briguer la présidence, la Constitution exigeant des candidats un diplôme de l’enseignement supérieur. Son parti, le ⟦Parti républicain du peuple|O⟧ (⟦CHP|O|Parti républicain du peuple⟧, social-démocrate), devait le désigner ⟦dimanche|D⟧ candidat à l’élection présidentielle prévue en ⟦2028|D⟧.

Le chef du ⟦CHP|O|Parti républicain du peuple⟧, ⟦Özgür Özel|P⟧, a dénoncé un «{NNBSP}coup d’État contre le prochain président{NNBSP}» et appelé les ⟦Turcs|N⟧ à descendre dans la rue, «{NNBSP}pacifiquement{NNBSP}». «{NNBSP}Nous ne laisserons personne voler la volonté de la nation{NNBSP}», a-t-il lancé devant le siège du parti à ⟦Ankara|L⟧.

Le ministre de la Justice, ⟦Yılmaz Tunç|P⟧, a rejeté toute ingérence politique, affirmant que «{NNBSP}la justice est indépendante{NNBSP}» et qu’il était «{NNBSP}inacceptable{NNBSP}» de lier l’enquête au président ⟦Erdoğan|P|Recep Tayyip Erdoğan⟧.

La ⟦Bourse d’Istanbul|O⟧ a chuté de ⟦8,7{NNBSP}%|Q:percent|8.7|%|0⟧, provoquant à plusieurs reprises la suspension automatique des échanges. Pour enrayer la chute de la monnaie, la ⟦Banque centrale de la République de Turquie|O⟧ (⟦TCMB|O|Banque centrale de la République de Turquie⟧) a vendu ⟦mercredi|D⟧ près de ⟦12 milliards de dollars|Q:money|12000000000|USD|1⟧ de réserves, a rapporté l’agence ⟦Reuters|O⟧ en citant des sources bancaires.

Le ministre des Finances, ⟦Mehmet Şimşek|P⟧, a tenu une réunion d’urgence avec les banques et assuré que «{NNBSP}tous les moyens nécessaires{NNBSP}» seraient mobilisés pour garantir le bon fonctionnement des marchés. M. ⟦Şimşek|P|Mehmet Şimşek⟧, un ancien de ⟦Merrill Lynch|O⟧, incarne auprès des investisseurs étrangers le retour à une politique économique orthodoxe depuis ⟦juin 2023|D⟧. L’inflation annuelle, qui avait culminé à ⟦75,4{NNBSP}%|Q:percent|75.4|%|0⟧ en ⟦mai 2024|D⟧, est retombée à ⟦39,05{NNBSP}%|Q:percent|39.05|%|0⟧ en ⟦février|D⟧, selon l’⟦Institut turc de la statistique|O⟧ (⟦TÜİK|O|Institut turc de la statistique⟧).

⟦Des milliers|Q:count|1000||1⟧ de manifestants se sont rassemblés ⟦mercredi soir|D⟧ devant l’hôtel de ville d’⟦Istanbul|L⟧, malgré l’interdiction de tout rassemblement pendant ⟦quatre jours|Q:duration|4|day|0⟧ décrétée par le gouverneur. L’accès à ⟦X|O⟧, ⟦YouTube|O⟧ et ⟦Instagram|O⟧ a été fortement ralenti, a indiqué l’observatoire ⟦NetBlocks|O⟧.

La ⟦Commission européenne|O⟧ a jugé l’arrestation «{NNBSP}très préoccupante{NNBSP}» et rappelé qu’⟦Ankara|L⟧, candidate à l’adhésion à l’⟦Union européenne|O⟧ depuis ⟦1999|D⟧, devait «{NNBSP}respecter les valeurs démocratiques{NNBSP}». Selon un diplomate ⟦européen|N⟧ en poste à ⟦Ankara|L⟧, qui a requis l’anonymat, cette affaire risque de geler pour longtemps le rapprochement amorcé ⟦l’an dernier|D⟧ entre ⟦Bruxelles|L⟧ et la ⟦Turquie|L⟧.

===ATTR===
direct | édile | Ekrem İmamoğlu | a déclaré | Le peuple répondra à ces mensonges. Je ne me soumettrai pas
according-to | Anadolu | Anadolu | selon | Des centaines de policiers ont encerclé vers 5h00 (2h00 GMT) le domicile de M. İmamoğlu, dans le district de Beylikdüzü, et 106 autres personnes, dont deux maires d’arrondissement, font l’objet de mandats d’arrêt
mixed | Özgür Özel | Özgür Özel | a dénoncé | un « coup d’État contre le prochain président »
mixed | Özgür Özel | Özgür Özel | appelé | les Turcs à descendre dans la rue, « pacifiquement »
direct | il | Özgür Özel | a-t-il lancé | Nous ne laisserons personne voler la volonté de la nation
indirect | Yılmaz Tunç | Yılmaz Tunç | a rejeté | toute ingérence politique
mixed | Yılmaz Tunç | Yılmaz Tunç | affirmant | « la justice est indépendante » et qu’il était « inacceptable » de lier l’enquête au président Erdoğan
indirect | Reuters | Reuters | a rapporté | Pour enrayer la chute de la monnaie, la Banque centrale de la République de Turquie (TCMB) a vendu mercredi près de 12 milliards de dollars de réserves
mixed | Mehmet Şimşek | Mehmet Şimşek | assuré | « tous les moyens nécessaires » seraient mobilisés pour garantir le bon fonctionnement des marchés
according-to | Institut turc de la statistique | Institut turc de la statistique | selon | L’inflation annuelle, qui avait culminé à 75,4 % en mai 2024, est retombée à 39,05 % en février
indirect | NetBlocks | NetBlocks | a indiqué | L’accès à X, YouTube et Instagram a été fortement ralenti
mixed | Commission européenne | Commission européenne | a jugé | l’arrestation « très préoccupante »
mixed | Commission européenne | Commission européenne | rappelé | Ankara, candidate à l’adhésion à l’Union européenne depuis 1999, devait « respecter les valeurs démocratiques »
according-to | diplomate européen en poste à Ankara | diplomate européen en poste à Ankara (non nommé) | Selon | cette affaire risque de geler pour longtemps le rapprochement amorcé l’an dernier entre Bruxelles et la Turquie
