Carte scolaire : ⟦47|Q:count|47||0⟧ fermetures de classes dans l'⟦académie de Limoges|O⟧, les parents de la ⟦Creuse|L⟧ vent debout

Le couperet est tombé ⟦jeudi soir|D⟧ à ⟦Guéret|L⟧. Réuni en préfecture, le ⟦conseil départemental de l'éducation nationale de la Creuse|O⟧ a pris connaissance des mesures de carte scolaire pour la rentrée ⟦2026|D⟧ : ⟦14|Q:count|14||0⟧ classes fermeront dans les écoles du département, pour ⟦deux|Q:count|2||0⟧ ouvertures seulement. Sur l'ensemble de l'⟦académie de Limoges|O⟧, qui couvre aussi la ⟦Corrèze|L⟧ et la ⟦Haute-Vienne|L⟧, le solde atteint ⟦47|Q:count|47||0⟧ fermetures pour ⟦11|Q:count|11||0⟧ ouvertures.

La rectrice, ⟦Hélène Bourdarias|P⟧, justifie ces choix par la démographie. «{NNBSP}Nous attendons ⟦1{NNBSP}240|Q:count|1240||0⟧ élèves de moins dans le premier degré à la rentrée, soit une baisse de ⟦3,1{NNBSP}%|Q:percent|3.1|%|0⟧. Malgré cela, le taux d'encadrement continuera de s'améliorer{NNBSP}», a-t-elle affirmé lors d'un point presse. Le nombre moyen d'élèves par classe devrait s'établir à ⟦20,6|Q:count|20.6||0⟧ dans la ⟦Creuse|L⟧, contre ⟦22,4|Q:count|22.4||0⟧ au niveau national, selon le rectorat.

L'argument ne convainc pas les familles. À ⟦Bourganeuf|L⟧, où l'école élémentaire perd l'une de ses ⟦cinq|Q:count|5||0⟧ classes, des parents occupaient les locaux depuis ⟦vendredi matin|D⟧. «{NNBSP}Avec la fermeture, on aura des cours doubles de ⟦26|Q:count|26||0⟧ élèves, du CE2 au CM2. Pour des enfants qui font déjà ⟦45 minutes|Q:duration|45|minute|0⟧ de car le matin, c'est la double peine{NNBSP}», témoigne ⟦Aurélie Pradeau|P⟧, mère de ⟦deux|Q:count|2||0⟧ enfants.

Pour ⟦Jérôme Laplaud|P⟧, président de la ⟦FCPE|O|Fédération des conseils de parents d'élèves⟧ de la ⟦Creuse|L⟧, le rectorat applique «{NNBSP}une logique comptable{NNBSP}» à un département rural. Il affirme que ⟦neuf|Q:count|9||0⟧ des ⟦14|Q:count|14||0⟧ fermetures concernent des communes de moins de ⟦1{NNBSP}000|Q:count|1000||1⟧ habitants et que les trajets dépasseront parfois ⟦une heure|Q:duration|1|hour|0⟧. L'association appelle à un rassemblement devant la préfecture ⟦mercredi|D⟧ à ⟦17 heures|D⟧.

Les élus locaux ne sont pas en reste. Le maire de ⟦Bourganeuf|L⟧, ⟦Philippe Durand|P⟧, a dénoncé «{NNBSP}un abandon de plus{NNBSP}», après la fermeture de la trésorerie en ⟦2023|D⟧ et celle de la maternité d'⟦Aubusson|L⟧. Le député de la circonscription a écrit au ministre de l'Education nationale pour demander un moratoire sur les fermetures en zone rurale.

Le ministère a déjà annoncé la suppression de quelque ⟦4{NNBSP}000|Q:count|4000||1⟧ postes d'enseignants à l'échelle nationale en ⟦2026|D⟧, l'effectif du primaire ayant fondu de près de ⟦400{NNBSP}000|Q:count|400000||1⟧ élèves en ⟦dix ans|Q:duration|10|year|0⟧. D'après les projections de la direction de l'évaluation du ministère, la baisse devrait se poursuivre jusqu'en ⟦2030|D⟧, avec environ ⟦60{NNBSP}000|Q:count|60000||1⟧ élèves de moins chaque année.

Dans l'entourage de la rectrice, on fait valoir que ⟦six|Q:count|6||0⟧ des fermetures ⟦creusoises|N⟧ pourraient être «{NNBSP}réexaminées{NNBSP}» en ⟦juin|D⟧, si les effectifs constatés dépassent les prévisions.
===ATTR===
direct | elle | Hélène Bourdarias | a-t-elle affirmé | Nous attendons 1 240 élèves de moins dans le premier degré à la rentrée, soit une baisse de 3,1 %. Malgré cela, le taux d'encadrement continuera de s'améliorer
according-to | rectorat | rectorat de l'académie de Limoges (non nommé) | selon | Le nombre moyen d'élèves par classe devrait s'établir à 20,6 dans la Creuse, contre 22,4 au niveau national
direct | Aurélie Pradeau | Aurélie Pradeau | témoigne | Avec la fermeture, on aura des cours doubles de 26 élèves, du CE2 au CM2. Pour des enfants qui font déjà 45 minutes de car le matin, c'est la double peine
according-to | Jérôme Laplaud | Jérôme Laplaud | Pour | le rectorat applique « une logique comptable » à un département rural
indirect | Il | Jérôme Laplaud | affirme | neuf des 14 fermetures concernent des communes de moins de 1 000 habitants et que les trajets dépasseront parfois une heure
direct | Philippe Durand | Philippe Durand | a dénoncé | un abandon de plus
indirect | député | député de la circonscription (non nommé) | demander | un moratoire sur les fermetures en zone rurale
according-to | projections | projections de la direction de l'évaluation du ministère (non nommé) | D'après | la baisse devrait se poursuivre jusqu'en 2030, avec environ 60 000 élèves de moins chaque année
mixed | entourage | entourage de Hélène Bourdarias | fait valoir | six des fermetures creusoises pourraient être « réexaminées » en juin, si les effectifs constatés dépassent les prévisions
