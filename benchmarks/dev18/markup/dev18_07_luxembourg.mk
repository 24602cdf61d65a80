⟦Luxembourg|L⟧ : la ⟦Banque Ardennaise|O|Banque Ardennaise de Luxembourg⟧ gagne ⟦18{NNBSP}%|Q:percent|18|%|0⟧ de plus et supprime ⟦120|Q:count|120||0⟧ postes

La ⟦Banque Ardennaise de Luxembourg|O⟧ (⟦BAL|O|Banque Ardennaise de Luxembourg⟧) a publié ⟦mercredi 11 mars|D⟧ un bénéfice net de ⟦412 millions d’euros|Q:money|412000000|EUR|0⟧ pour l’exercice ⟦2025|D⟧, en hausse de ⟦18{NNBSP}%|Q:percent|18|%|0⟧ sur ⟦un an|Q:duration|1|year|0⟧, porté par des taux d’intérêt encore élevés et l’afflux de dépôts de la clientèle frontalière. Dans le même temps, l’établissement prévoit de supprimer ⟦120|Q:count|120||0⟧ postes d’ici à ⟦fin 2027|D⟧, sur un effectif de ⟦2.150|Q:count|2150||0⟧ salariés au ⟦Grand-Duché|L|Luxembourg⟧.

Le produit net bancaire a progressé de ⟦9,4{NNBSP}%|Q:percent|9.4|%|0⟧, à ⟦1,26 milliard d’euros|Q:money|1260000000|EUR|0⟧, et le coefficient d’exploitation s’est amélioré à ⟦48,7{NNBSP}%|Q:percent|48.7|%|0⟧. Le ratio de fonds propres CET1 s’établit à ⟦17,2{NNBSP}%|Q:percent|17.2|%|0⟧, bien au-dessus des exigences réglementaires.

“⟦2025|D⟧ a été une année record, mais nous devons préparer la banque à des taux plus bas et à la concurrence des acteurs numériques”, a expliqué son directeur général, ⟦Marc Wagner|P⟧, lors d’une conférence de presse au siège de la banque, au ⟦Kirchberg|L⟧. Il a assuré qu’aucun licenciement sec n’interviendrait. Les départs passeront par des préretraites et des départs volontaires, et la banque fermera ⟦9|Q:count|9||0⟧ de ses ⟦31|Q:count|31||0⟧ agences d’ici à l’⟦été 2027|D⟧.

L’⟦OGBL|O|Confédération syndicale indépendante du Luxembourg⟧, premier syndicat du pays, a dénoncé un plan “indécent au vu des résultats” et réclamé l’ouverture immédiate de négociations. “On verse ⟦250 millions d’euros|Q:money|250000000|EUR|0⟧ de dividendes et on supprime des emplois. Les salariés ne comprennent pas”, lance ⟦Nathalie Schmit|P⟧, déléguée de l’⟦Aleba|O|Association luxembourgeoise des employés de banque et assurance⟧, le syndicat majoritaire dans le secteur financier.

Le ministre des Finances, ⟦Gilles Roth|P⟧, a rappelé ⟦mercredi|D⟧ que l’Etat, actionnaire à hauteur de ⟦30{NNBSP}%|Q:percent|30|%|0⟧, attendait “un dialogue social exemplaire”. La ⟦Commission de surveillance du secteur financier|O⟧ (⟦CSSF|O|Commission de surveillance du secteur financier⟧), qui supervise la banque avec la ⟦Banque centrale européenne|O⟧ (⟦BCE|O|Banque centrale européenne⟧), n’a pas souhaité commenter.

Selon la ⟦Banque centrale du Luxembourg|O⟧ (⟦BCL|O|Banque centrale du Luxembourg⟧), les ⟦118|Q:count|118||0⟧ banques de la place employaient ⟦26.400|Q:count|26400||0⟧ personnes ⟦fin 2025|D⟧, un chiffre quasi stable sur ⟦cinq ans|Q:duration|5|year|0⟧. Leur bénéfice cumulé a toutefois bondi de plus de ⟦40{NNBSP}%|Q:percent|40|%|1⟧ depuis ⟦2022|D⟧, grâce au relèvement des taux directeurs.

“Le modèle ⟦luxembourgeois|N⟧ reste très rentable, mais il dépend d’une main-d’œuvre frontalière qui passe jusqu’à ⟦deux heures|Q:duration|2|hour|1⟧ par jour dans les bouchons”, estime ⟦Carlo Thill|P⟧, économiste à la ⟦Chambre de commerce|O|Chambre de commerce du Luxembourg⟧. Près de la moitié des salariés de la ⟦BAL|O|Banque Ardennaise de Luxembourg⟧ résident en ⟦France|L⟧, en ⟦Belgique|L⟧ ou en ⟦Allemagne|L⟧, et ⟦1.300|Q:count|1300||1⟧ d’entre eux environ franchissent chaque matin la frontière à ⟦Esch-sur-Alzette|L⟧ ou ⟦Wasserbillig|L⟧.

Le titre de la banque n’étant pas coté, l’annonce n’a pas eu d’effet sur la ⟦Bourse de Luxembourg|O⟧. L’assemblée générale des actionnaires se tiendra le ⟦23 avril|D⟧ à ⟦10 heures|D⟧.
===ATTR===
direct | Marc Wagner | Marc Wagner | a expliqué | 2025 a été une année record, mais nous devons préparer la banque à des taux plus bas et à la concurrence des acteurs numériques
indirect | Il | Marc Wagner | a assuré | aucun licenciement sec n’interviendrait
mixed | OGBL | Confédération syndicale indépendante du Luxembourg | a dénoncé | un plan “indécent au vu des résultats”
indirect | OGBL | Confédération syndicale indépendante du Luxembourg | réclamé | l’ouverture immédiate de négociations
direct | Nathalie Schmit | Nathalie Schmit | lance | On verse 250 millions d’euros de dividendes et on supprime des emplois. Les salariés ne comprennent pas
mixed | Gilles Roth | Gilles Roth | a rappelé | l’Etat, actionnaire à hauteur de 30 %, attendait “un dialogue social exemplaire”
according-to | Banque centrale du Luxembourg | Banque centrale du Luxembourg | Selon | les 118 banques de la place employaient 26.400 personnes fin 2025, un chiffre quasi stable sur cinq ans
direct | Carlo Thill | Carlo Thill | estime | Le modèle luxembourgeois reste très rentable, mais il dépend d’une main-d’œuvre frontalière qui passe jusqu’à deux heures par jour dans les bouchons
