Écoles : il manque encore près de ⟦900|Q:count|900||1⟧ enseignants au ⟦Québec|L⟧, selon la ⟦FAE|O|Fédération autonome de l’enseignement⟧

À ⟦cinq jours|Q:duration|5|day|0⟧ du retour en classe, prévu le ⟦27 août|D⟧, près de ⟦900|Q:count|900||1⟧ postes d’enseignants étaient toujours vacants ⟦vendredi|D⟧ dans les écoles publiques du ⟦Québec|L⟧, selon un décompte de la ⟦Fédération autonome de l’enseignement|O⟧ (⟦FAE|O|Fédération autonome de l’enseignement⟧), qui représente quelque ⟦66 000|Q:count|66000||1⟧ enseignants.

La situation est la plus critique dans la grande région de ⟦Montréal|L⟧. Le ⟦Centre de services scolaire de Montréal|O⟧ (⟦CSSDM|O|Centre de services scolaire de Montréal⟧) cherchait encore ⟦212|Q:count|212||0⟧ enseignants, dont ⟦une soixantaine|Q:count|60||1⟧ en adaptation scolaire, a confirmé son porte-parole, ⟦Jean-Philippe Roy|P⟧. «{NBSP}Toutes nos classes vont ouvrir, mais dans certaines écoles de ⟦Montréal-Nord|L⟧ et de ⟦Saint-Michel|L⟧, des élèves auront plusieurs enseignants différents d’ici ⟦Noël|D⟧{NBSP}», a-t-il reconnu.

En ⟦Outaouais|L⟧, le ⟦Centre de services scolaire des Portages-de-l’Outaouais|O⟧ a même rappelé ⟦une quarantaine|Q:count|40||1⟧ d’enseignants retraités, dont certains âgés de plus de ⟦70 ans|Q:duration|70|year|1⟧, a rapporté le quotidien ⟦Le Droit|O⟧ de ⟦Gatineau|L⟧.

«{NBSP}On envoie devant les élèves des personnes sans brevet d’enseignement, parfois sans diplôme universitaire. Ce n’est pas leur faute, mais c’est le réseau qui craque{NBSP}», a déploré la présidente de la ⟦FAE|O|Fédération autonome de l’enseignement⟧, ⟦Geneviève Lapointe|P⟧, en entrevue à ⟦Radio-Canada|O⟧. Le syndicat réclame un allègement de la tâche et des classes de ⟦20|Q:count|20||1⟧ élèves au maximum au primaire.

D’après le ⟦ministère de l’Éducation|O|ministère de l’Éducation du Québec⟧, près de ⟦9 000|Q:count|9000||1⟧ personnes non légalement qualifiées ont enseigné ⟦l’an dernier|D⟧ dans le réseau public, soit environ ⟦10 %|Q:percent|10|%|1⟧ du personnel enseignant. La ministre, ⟦Sonia LeBel|P⟧, a annoncé ⟦mardi|D⟧ une enveloppe de ⟦60 millions{NBSP}$|Q:money|60000000|CAD|0⟧ pour embaucher des aides à la classe dans les écoles les plus touchées. «{NBSP}Chaque élève aura un adulte devant lui le ⟦27 août|D⟧. C’est mon engagement{NBSP}», a-t-elle affirmé en conférence de presse à ⟦Québec|L⟧.

La ⟦Centrale des syndicats du Québec|O⟧ (⟦CSQ|O|Centrale des syndicats du Québec⟧) demande pour sa part une prime annuelle de ⟦5 000 $|Q:money|5000|CAD|0⟧ pour les enseignants qui acceptent un poste en milieu défavorisé. Un enseignant débutant gagne ⟦53 000 $|Q:money|53000|CAD|0⟧ par année depuis la dernière convention collective, signée en ⟦2024|D⟧ après ⟦22 jours|Q:duration|22|day|0⟧ de grève.

Le problème tient aussi à la rétention du personnel. D’après une étude de l’⟦Université du Québec à Montréal|O⟧ (⟦UQAM|O|Université du Québec à Montréal⟧) publiée en ⟦juin|D⟧, ⟦25 %|Q:percent|25|%|0⟧ des nouveaux enseignants quittent la profession dans les ⟦cinq ans|Q:duration|5|year|0⟧ suivant leur embauche.

À ⟦Rosemont|L⟧, ⟦Marie-Ève|P⟧, mère de ⟦deux|Q:count|2||0⟧ enfants, a appris par courriel que la classe de sa fille de ⟦7 ans|Q:duration|7|year|0⟧ n’avait toujours pas de titulaire. «{NBSP}On nous dit d’être patients. Mais ⟦l’an passé|D⟧, ma fille a eu ⟦quatre|Q:count|4||0⟧ enseignantes entre ⟦septembre et juin|D⟧{NBSP}», raconte-t-elle. Une rencontre d’information est prévue ⟦jeudi|D⟧ à ⟦19 h|D⟧ à l’école.
===ATTR===
according-to | FAE#1 | Fédération autonome de l’enseignement | selon#1 | il manque encore près de 900 enseignants au Québec
according-to | Fédération autonome de l’enseignement | Fédération autonome de l’enseignement | selon#2 | À cinq jours du retour en classe, prévu le 27 août, près de 900 postes d’enseignants étaient toujours vacants vendredi dans les écoles publiques du Québec
indirect | Jean-Philippe Roy | Jean-Philippe Roy | a confirmé | Le Centre de services scolaire de Montréal (CSSDM) cherchait encore 212 enseignants, dont une soixantaine en adaptation scolaire
direct | il | Jean-Philippe Roy | a-t-il reconnu | Toutes nos classes vont ouvrir, mais dans certaines écoles de Montréal-Nord et de Saint-Michel, des élèves auront plusieurs enseignants différents d’ici Noël
indirect | Le Droit | Le Droit | a rapporté | En Outaouais, le Centre de services scolaire des Portages-de-l’Outaouais a même rappelé une quarantaine d’enseignants retraités, dont certains âgés de plus de 70 ans
direct | Geneviève Lapointe | Geneviève Lapointe | a déploré | On envoie devant les élèves des personnes sans brevet d’enseignement, parfois sans diplôme universitaire. Ce n’est pas leur faute, mais c’est le réseau qui craque
indirect | syndicat | Fédération autonome de l’enseignement | réclame | un allègement de la tâche et des classes de 20 élèves au maximum au primaire
according-to | ministère de l’Éducation | ministère de l’Éducation du Québec | D’après#1 | près de 9 000 personnes non légalement qualifiées ont enseigné l’an dernier dans le réseau public, soit environ 10 % du personnel enseignant
indirect | Sonia LeBel | Sonia LeBel | a annoncé | une enveloppe de 60 millions $ pour embaucher des aides à la classe dans les écoles les plus touchées
direct | elle | Sonia LeBel | a-t-elle affirmé | Chaque élève aura un adulte devant lui le 27 août. C’est mon engagement
indirect | Centrale des syndicats du Québec | Centrale des syndicats du Québec | demande | une prime annuelle de 5 000 $ pour les enseignants qui acceptent un poste en milieu défavorisé
according-to | Université du Québec à Montréal | Université du Québec à Montréal | D’après#2 | 25 % des nouveaux enseignants quittent la profession dans les cinq ans suivant leur embauche
direct | elle | Marie-Ève | raconte-t-elle | On nous dit d’être patients. Mais l’an passé, ma fille a eu quatre enseignantes entre septembre et juin
