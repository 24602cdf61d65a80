⟦Raon-l'Étape|L⟧ : l'usine ⟦Vosgeplast|O⟧ va fermer, ⟦212|Q:count|212||0⟧ salariés sous le choc

C'est un coup de massue pour cette commune de ⟦4200|Q:count|4200||0⟧ habitants de la vallée de la ⟦Meurthe|L⟧. Le groupe ⟦allemand|N⟧ ⟦Kestner Verpackung|O⟧ a annoncé ⟦mardi|D⟧ aux représentants du personnel la fermeture de son usine d'emballages plastiques ⟦Vosgeplast|O⟧ d'ici ⟦la fin de l'année|D⟧. Les ⟦212|Q:count|212||0⟧ postes, dont ⟦148|Q:count|148||0⟧ d'ouvriers, sont supprimés. Le site tournait depuis plus de ⟦quarante ans|Q:duration|40|year|1⟧.

Dans un communiqué, la direction invoque « un effondrement durable de la demande » et des coûts de l'énergie « multipliés par trois depuis ⟦2021|D⟧ ». Le chiffre d'affaires de l'usine a reculé de ⟦23 %|Q:percent|23|%|0⟧ en ⟦deux ans|Q:duration|2|year|0⟧ et ses pertes ont atteint ⟦6,4 millions d'euros|Q:money|6400000|EUR|0⟧ en ⟦2025|D⟧, selon le groupe, qui emploie ⟦3100|Q:count|3100||0⟧ personnes en ⟦Europe|L⟧.

« On l'a appris à ⟦6h|D⟧, par un mail, juste avant la prise de poste. Certains collègues ont ⟦trente ans|Q:duration|30|year|0⟧ de maison, ils méritaient mieux que ça », lance ⟦Sébastien Grandjean|P⟧, délégué ⟦CGT|O|Confédération générale du travail⟧, devant les grilles où ⟦une cinquantaine|Q:count|50||1⟧ de salariés s'étaient rassemblés. Le syndicat réclame une prime supra-légale de ⟦40000 euros|Q:money|40000|EUR|0⟧ par salarié, quand la direction en propose ⟦15000|Q:money|15000|EUR|0⟧.

Pour ⟦Nadia Ferhat|P⟧, déléguée ⟦CFDT|O|Confédération française démocratique du travail⟧, la fermeture a été « organisée » depuis des mois : les commandes auraient été transférées progressivement vers le site du groupe à ⟦Brno|L⟧, en ⟦Tchéquie|L⟧. D'après elle, la charge de travail a baissé de près de ⟦35 %|Q:percent|35|%|1⟧ depuis ⟦janvier|D⟧.

Le maire, ⟦Bernard Thiriet|P⟧, a rappelé que ⟦Vosgeplast|O⟧ était le premier employeur de la commune et que ses impôts représentaient environ ⟦18 %|Q:percent|18|%|1⟧ des recettes fiscales locales. « Derrière chaque poste, il y a une famille, un sous-traitant, une école qui risque de perdre une classe », a-t-il ajouté.

Le sous-préfet de ⟦Saint-Dié-des-Vosges|L⟧, ⟦Hervé Malgras|P⟧, a réuni ⟦jeudi|D⟧ élus, syndicats et direction. Il a assuré que les services de l'État seraient « d'une vigilance absolue » sur le plan de sauvegarde de l'emploi et a demandé au groupe d'étudier toute offre de reprise. Un cabinet spécialisé doit être mandaté dans les ⟦trois semaines|Q:duration|3|week|0⟧.

Le ⟦conseil régional du Grand Est|O⟧ a fait savoir qu'il était prêt à mobiliser jusqu'à ⟦2 millions d'euros|Q:money|2000000|EUR|1⟧ pour accompagner un repreneur. Selon la chambre de commerce et d'industrie, entre ⟦30 et 40|Q:count|30~40||0⟧ emplois pourraient être reclassés dans des entreprises de la vallée, ce qui reste loin du compte.

Chez les sous-traitants, l'inquiétude gagne aussi. « ⟦Vosgeplast|O⟧, c'est près de ⟦40 %|Q:percent|40|%|1⟧ de notre chiffre d'affaires. Sans repreneur, je devrai me séparer de la moitié de mes chauffeurs », confie ⟦Julien Marchal|P⟧, patron d'une entreprise de transport de ⟦Baccarat|L⟧ qui en emploie ⟦22|Q:count|22||0⟧.

Une réunion publique est prévue ⟦samedi|D⟧ à ⟦10 heures|D⟧ à la salle des fêtes. En ⟦2019|D⟧, la fermeture d'une papeterie voisine avait déjà coûté ⟦95|Q:count|95||0⟧ emplois à la vallée.
===ATTR===
indirect | Kestner Verpackung | Kestner Verpackung | a annoncé | la fermeture de son usine d'emballages plastiques Vosgeplast d'ici la fin de l'année
mixed | direction | direction de Kestner Verpackung (non nommé) | invoque | « un effondrement durable de la demande » et des coûts de l'énergie « multipliés par trois depuis 2021 »
according-to | groupe | Kestner Verpackung | selon | Le chiffre d'affaires de l'usine a reculé de 23 % en deux ans et ses pertes ont atteint 6,4 millions d'euros en 2025
direct | Sébastien Grandjean | Sébastien Grandjean | lance | On l'a appris à 6h, par un mail, juste avant la prise de poste. Certains collègues ont trente ans de maison, ils méritaient mieux que ça
indirect | syndicat | Confédération générale du travail | réclame | une prime supra-légale de 40000 euros par salarié
according-to | Nadia Ferhat | Nadia Ferhat | Pour | la fermeture a été « organisée » depuis des mois : les commandes auraient été transférées progressivement vers le site du groupe à Brno, en Tchéquie
according-to | elle | Nadia Ferhat | D'après | la charge de travail a baissé de près de 35 % depuis janvier
indirect | Bernard Thiriet | Bernard Thiriet | a rappelé | Vosgeplast était le premier employeur de la commune et que ses impôts représentaient environ 18 % des recettes fiscales locales
direct | il | Bernard Thiriet | a-t-il ajouté | Derrière chaque poste, il y a une famille, un sous-traitant, une école qui risque de perdre une classe
mixed | Il | Hervé Malgras | a assuré | les services de l'État seraient « d'une vigilance absolue » sur le plan de sauvegarde de l'emploi
indirect | Il | Hervé Malgras | a demandé | au groupe d'étudier toute offre de reprise
indirect | conseil régional du Grand Est | conseil régional du Grand Est | a fait savoir | il était prêt à mobiliser jusqu'à 2 millions d'euros pour accompagner un repreneur
according-to | chambre | chambre de commerce et d'industrie (non nommé) | Selon | entre 30 et 40 emplois pourraient être reclassés dans des entreprises de la vallée
direct | Julien Marchal | Julien Marchal | confie | Vosgeplast, c'est près de 40 % de notre chiffre d'affaires. Sans repreneur, je devrai me séparer de la moitié de mes chauffeurs
