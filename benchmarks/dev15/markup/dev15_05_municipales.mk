Municipales à ⟦Lorient|L⟧ : la gauche unie remporte la mairie au second tour

⟦Maëlle Guillou|P⟧ (⟦PS|O|Parti socialiste⟧) a remporté ⟦dimanche|D⟧ le second tour des élections municipales à ⟦Lorient|L⟧ (⟦Morbihan|L⟧). Sa liste d'union de la gauche obtient ⟦46,8 %|Q:percent|46.8|%|0⟧ des suffrages exprimés, devant la liste divers droite de ⟦Yannick Le Bihan|P⟧ (⟦39,1 %|Q:percent|39.1|%|0⟧) et celle du ⟦Rassemblement national|O⟧ menée par ⟦Gilles Pérennès|P⟧ (⟦14,1 %|Q:percent|14.1|%|0⟧).

La participation s'est établie à ⟦52,3 %|Q:percent|52.3|%|0⟧, en hausse de plus de ⟦14|Q:count|14||1⟧ points par rapport à ⟦2020|D⟧, un scrutin marqué par l'épidémie de Covid-19. Sur ⟦38 212|Q:count|38212||0⟧ inscrits, ⟦19 985|Q:count|19985||0⟧ électeurs se sont déplacés. À ⟦Lanester|L⟧, de l'autre côté du ⟦Scorff|L⟧, la liste de gauche du maire sortant avait été réélue dès le premier tour, avec ⟦61,4 %|Q:percent|61.4|%|0⟧ des voix.

“Les ⟦Lorientais|N⟧ ont choisi le rassemblement plutôt que la division. Je serai la maire de tous”, a-t-elle déclaré devant ⟦plusieurs centaines|Q:count|100||1⟧ de partisans réunis ⟦place Aristide-Briand|L⟧, peu après ⟦21 heures|D⟧. ⟦Maëlle Guillou|P⟧, ⟦44 ans|Q:duration|44|year|0⟧, professeure de sciences économiques, devient la première femme élue maire de la ville. Elle sera installée lors du conseil municipal du ⟦samedi 28 mars|D⟧, à ⟦10 heures|D⟧. Sa liste obtient ⟦35|Q:count|35||0⟧ des ⟦45|Q:count|45||0⟧ sièges du conseil, contre ⟦8|Q:count|8||0⟧ pour celle de ⟦Yannick Le Bihan|P⟧ et ⟦2|Q:count|2||0⟧ pour le ⟦RN|O|Rassemblement national⟧.

Adjoint sortant aux finances, ⟦Yannick Le Bihan|P⟧ a reconnu sa défaite, tout en regrettant “une campagne trop nationale”. Au ⟦RN|O|Rassemblement national⟧, ⟦Gilles Pérennès|P⟧ estime que son score, le meilleur jamais obtenu par le parti à ⟦Lorient|L⟧, constitue “une base solide pour ⟦2027|D⟧”.

Au premier tour, le ⟦15 mars|D⟧, la liste de ⟦Maëlle Guillou|P⟧ était arrivée en tête avec ⟦34,2 %|Q:percent|34.2|%|0⟧, devant celle de ⟦Yannick Le Bihan|P⟧ (⟦31,7 %|Q:percent|31.7|%|0⟧). La liste écologiste de ⟦Tanguy Morvan|P⟧, qui avait recueilli ⟦11,9 %|Q:percent|11.9|%|0⟧, avait fusionné avec elle entre les ⟦deux|Q:count|2||0⟧ tours, tandis que le candidat d'⟦Horizons|O⟧, ⟦Erwan Kerhervé|P⟧ (⟦8,6 %|Q:percent|8.6|%|0⟧), s'était retiré sans donner de consigne de vote.

La ville de ⟦57 000|Q:count|57000||0⟧ habitants était dirigée depuis ⟦2020|D⟧ par une majorité de centre droit, dont le maire sortant ne se représentait pas. Pour ⟦Claire Le Gall|P⟧, politiste à l'⟦université Bretagne Sud|O|Université Bretagne Sud⟧, la liste de gauche a “su mobiliser les quartiers populaires”, où la participation a progressé de près de ⟦20|Q:count|20||1⟧ points. “⟦Le Bihan|P|Yannick Le Bihan⟧ a payé la fusion ratée avec ⟦Horizons|O⟧”, ajoute-t-elle.

Pendant la campagne, ⟦Maëlle Guillou|P⟧ a promis de geler les tarifs de la cantine scolaire pendant ⟦trois ans|Q:duration|3|year|0⟧ et de créer ⟦400|Q:count|400||0⟧ logements sociaux d'ici à ⟦2032|D⟧, dans une ville dont le budget s'élève à ⟦98 millions d'euros|Q:money|98000000|EUR|0⟧. Son premier dossier sera celui du port de pêche de ⟦Keroman|L⟧, où ⟦120|Q:count|120||0⟧ emplois sont menacés par la baisse des quotas, selon le comité local des pêches.
===ATTR===
direct | elle | Maëlle Guillou | a-t-elle déclaré | Les Lorientais ont choisi le rassemblement plutôt que la division. Je serai la maire de tous
indirect | Yannick Le Bihan | Yannick Le Bihan | a reconnu | sa défaite
direct | Yannick Le Bihan | Yannick Le Bihan | regrettant | une campagne trop nationale
mixed | Gilles Pérennès | Gilles Pérennès | estime | son score, le meilleur jamais obtenu par le parti à Lorient, constitue “une base solide pour 2027”
according-to | Claire Le Gall | Claire Le Gall | Pour | la liste de gauche a “su mobiliser les quartiers populaires”, où la participation a progressé de près de 20 points
direct | elle | Claire Le Gall | ajoute-t-elle | Le Bihan a payé la fusion ratée avec Horizons
indirect | Maëlle Guillou | Maëlle Guillou | a promis | de geler les tarifs de la cantine scolaire pendant trois ans et de créer 400 logements sociaux d'ici à 2032
according-to | comité | comité local des pêches (non nommé) | selon | Son premier dossier sera celui du port de pêche de Keroman, où 120 emplois sont menacés par la baisse des quotas
