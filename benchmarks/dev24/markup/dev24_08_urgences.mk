Urgences : à ⟦Périgueux|L⟧, jusqu’à ⟦14 heures|Q:duration|14|hour|1⟧ d’attente sur un brancard

Faute d’infirmiers et de médecins en nombre suffisant, le service des urgences du ⟦centre hospitalier de Périgueux|O⟧ fonctionne depuis ⟦début novembre|D⟧ en « mode dégradé ». Certains patients y ont attendu jusqu’à ⟦14 heures|Q:duration|14|hour|1⟧ sur un brancard avant d’obtenir un lit, selon les représentants du personnel. ⟦Lundi|D⟧ à ⟦8 heures|D⟧, ⟦23|Q:count|23||0⟧ personnes patientaient encore dans les couloirs.

« Il y a des nuits où nous sommes ⟦deux|Q:count|2||0⟧ infirmières pour ⟦40|Q:count|40||0⟧ patients. On ne soigne plus, on trie », a témoigné ⟦Nathalie Vergnaud|P⟧, infirmière depuis ⟦dix-huit ans|Q:duration|18|year|0⟧ et déléguée ⟦SUD Santé|O⟧. Le service, qui accueille en moyenne ⟦145|Q:count|145||0⟧ patients par jour, contre ⟦120|Q:count|120||0⟧ il y a ⟦cinq ans|Q:duration|5|year|0⟧, compte ⟦11|Q:count|11||0⟧ postes d’infirmiers vacants sur ⟦58|Q:count|58||0⟧, a reconnu la direction de l’établissement.

« Ma mère, ⟦89 ans|Q:duration|89|year|0⟧, a passé la nuit sur un brancard, sans manger, à côté des toilettes », raconte ⟦Philippe Delmas|P⟧, venu de ⟦Thiviers|L⟧, à ⟦35 kilomètres|Q:measure|35|km|0⟧ au nord. Sa réclamation écrite, déposée il y a ⟦trois semaines|Q:duration|3|week|0⟧, est restée sans réponse.

La directrice, ⟦Catherine Aubry|P⟧, assure que « la situation va s’améliorer » avec l’arrivée de ⟦six|Q:count|6||0⟧ infirmiers intérimaires d’ici à ⟦la fin du mois|D⟧. L’intérim coûte pourtant cher : une garde de ⟦24 heures|Q:duration|24|hour|0⟧ d’un médecin remplaçant peut atteindre ⟦1{NBSP}400 euros|Q:money|1400|EUR|0⟧, ont calculé les syndicats.

Le phénomène dépasse largement la ⟦Dordogne|L⟧. Selon une étude de la ⟦Direction de la recherche, des études, de l’évaluation et des statistiques|O⟧ (⟦DREES|O|Direction de la recherche, des études, de l’évaluation et des statistiques⟧) publiée ⟦mardi|D⟧, les ⟦694|Q:count|694||0⟧ services d’urgences ⟦français|N⟧ ont enregistré ⟦21,3 millions|Q:count|21300000||0⟧ de passages en ⟦2024|D⟧, en hausse de ⟦1,8{NBSP}%|Q:percent|1.8|%|0⟧ sur ⟦un an|Q:duration|1|year|0⟧. Près de ⟦20{NBSP}%|Q:percent|20|%|1⟧ des patients de plus de ⟦75 ans|Q:duration|75|year|1⟧ y passent plus de ⟦huit heures|Q:duration|8|hour|1⟧.

D’après l’⟦ARS Nouvelle-Aquitaine|O|Agence régionale de santé Nouvelle-Aquitaine⟧, ⟦17|Q:count|17||0⟧ services de la région ont dû fermer la nuit pendant au moins ⟦une semaine|Q:duration|1|week|1⟧ ⟦cet été|D⟧ faute de médecins, dont ceux de ⟦Sarlat|L⟧ et de ⟦Bergerac|L⟧. Un urgentiste de ⟦Périgueux|L⟧, qui a requis l’anonymat, décrit des « couloirs transformés en salles d’hospitalisation ».

La ministre de la Santé, ⟦Stéphanie Rist|P⟧, a promis ⟦jeudi|D⟧ une « réponse rapide » pour les services en tension, sans préciser de calendrier. Le gouvernement a débloqué ⟦cet automne|D⟧ une enveloppe de ⟦250 millions d’euros|Q:money|250000000|EUR|0⟧ pour les hôpitaux.

Pour ⟦Marc Noizet|P⟧, président de ⟦Samu-Urgences de France|O⟧ (⟦SUdF|O|Samu-Urgences de France⟧), « le problème n’est pas l’entrée aux urgences, c’est la sortie, faute de lits d’aval ». Il réclame la réouverture d’au moins ⟦5{NBSP}000|Q:count|5000||1⟧ lits d’hospitalisation dans les ⟦deux ans|Q:duration|2|year|0⟧. La ⟦CGT|O|Confédération générale du travail⟧ appelle, de son côté, à un rassemblement devant l’hôpital le ⟦12 décembre|D⟧ à ⟦14 heures|D⟧.
===ATTR===
according-to | représentants | représentants du personnel (non nommé) | selon | Certains patients y ont attendu jusqu’à 14 heures sur un brancard avant d’obtenir un lit
direct | Nathalie Vergnaud | Nathalie Vergnaud | a témoigné | Il y a des nuits où nous sommes deux infirmières pour 40 patients. On ne soigne plus, on trie
indirect | direction | direction du centre hospitalier de Périgueux (non nommé) | a reconnu | Le service, qui accueille en moyenne 145 patients par jour, contre 120 il y a cinq ans, compte 11 postes d’infirmiers vacants sur 58
mixed | Catherine Aubry | Catherine Aubry | assure | « la situation va s’améliorer » avec l’arrivée de six infirmiers intérimaires d’ici à la fin du mois
indirect | syndicats | syndicats (non nommé) | ont calculé | une garde de 24 heures d’un médecin remplaçant peut atteindre 1 400 euros
according-to | étude | étude de la DREES (non nommé) | Selon | les 694 services d’urgences français ont enregistré 21,3 millions de passages en 2024, en hausse de 1,8 % sur un an
according-to | ARS Nouvelle-Aquitaine | Agence régionale de santé Nouvelle-Aquitaine | D’après | 17 services de la région ont dû fermer la nuit pendant au moins une semaine cet été faute de médecins, dont ceux de Sarlat et de Bergerac
mixed | urgentiste | urgentiste de Périgueux (non nommé) | décrit | des « couloirs transformés en salles d’hospitalisation »
mixed | Stéphanie Rist | Stéphanie Rist | a promis | une « réponse rapide » pour les services en tension
according-to | Marc Noizet | Marc Noizet | Pour | le problème n’est pas l’entrée aux urgences, c’est la sortie, faute de lits d’aval
indirect | Il | Marc Noizet | réclame | la réouverture d’au moins 5 000 lits d’hospitalisation dans les deux ans
direct | Philippe Delmas | Philippe Delmas | raconte | Ma mère, 89 ans, a passé la nuit sur un brancard, sans manger, à côté des toilettes
