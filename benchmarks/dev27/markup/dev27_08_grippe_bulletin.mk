Grippe : l’épidémie s’étend à toute la métropole, ⟦Santé publique France|O⟧ appelle à se faire vacciner

L’épidémie de grippe saisonnière poursuit sa progression. Selon le bulletin hebdomadaire publié ⟦mercredi|D⟧ par ⟦Santé publique France|O⟧, les ⟦13|Q:count|13||0⟧ régions de métropole sont désormais en phase épidémique, contre ⟦neuf|Q:count|9||0⟧ ⟦la semaine précédente|D⟧. Le taux d’incidence des consultations pour syndrome grippal a atteint ⟦412|Q:count|412||0⟧ cas pour ⟦100{NBSP}000|Q:count|100000||0⟧ habitants, en hausse de ⟦27{NBSP}%|Q:percent|27|%|0⟧ sur ⟦sept jours|Q:duration|7|day|0⟧, d’après le réseau ⟦Sentinelles|O|réseau Sentinelles⟧.

Les hôpitaux sont en première ligne. Du ⟦5 au 11 janvier|D⟧, ⟦8{NBSP}930|Q:count|8930||0⟧ passages aux urgences pour grippe ont été recensés, dont ⟦1{NBSP}640|Q:count|1640||0⟧ ont débouché sur une hospitalisation. Les personnes de ⟦65 ans|Q:duration|65|year|0⟧ et plus représentent près de ⟦60{NBSP}%|Q:percent|60|%|1⟧ de ces hospitalisations. L’agence a dénombré ⟦212|Q:count|212||0⟧ décès depuis le début de la saison et juge ce bilan «{NBSP}probablement sous-estimé{NBSP}».

Les régions les plus touchées sont la ⟦Bretagne|L⟧, où l’incidence dépasse ⟦600|Q:count|600||1⟧ cas pour ⟦100{NBSP}000|Q:count|100000||0⟧ habitants, les ⟦Hauts-de-France|L⟧ et l’⟦Île-de-France|L⟧. À ⟦Rennes|L⟧, le ⟦CHU|O|centre hospitalier universitaire de Rennes⟧ a déclenché ⟦lundi|D⟧ son plan blanc et déprogrammé une partie des opérations non urgentes. L’établissement compte ⟦38|Q:count|38||0⟧ patients grippés hospitalisés, dont ⟦six|Q:count|6||0⟧ en réanimation.

«{NBSP}Le pic n’est pas encore atteint. Nous l’attendons dans ⟦une à deux semaines|Q:duration|1~2|week|0⟧, avec une circulation qui reste dominée par le virus A(H3N2){NBSP}», a déclaré ⟦Mathieu Lefranc|P⟧, épidémiologiste à l’⟦Institut national de la santé et de la recherche médicale|O⟧ (⟦Inserm|O|Institut national de la santé et de la recherche médicale⟧). Il a ajouté que la saison était «{NBSP}précoce et intense{NBSP}», comparable à celle de ⟦2022-2023|D⟧.

La couverture vaccinale reste insuffisante. D’après l’⟦Assurance maladie|O⟧, ⟦11,2 millions|Q:count|11200000||0⟧ de doses ont été administrées depuis le lancement de la campagne, le ⟦14 octobre|D⟧. Chez les ⟦65 ans|Q:duration|65|year|0⟧ et plus, le taux de couverture plafonne à ⟦46,3{NBSP}%|Q:percent|46.3|%|0⟧, loin de l’objectif de ⟦75{NBSP}%|Q:percent|75|%|0⟧ fixé par l’⟦Organisation mondiale de la santé|O⟧. Parmi les soignants, il se situerait entre ⟦25 et 30{NBSP}%|Q:percent|25~30|%|0⟧, selon une enquête de la ⟦Fédération hospitalière de France|O⟧.

“Il n’est pas trop tard pour se faire vacciner : la protection apparaît en ⟦quinze jours|Q:duration|15|day|0⟧ environ”, rappelle ⟦Sophie Arnaud|P⟧, médecin généraliste à ⟦Lannion|L⟧, ⟦Côtes-d’Armor|L⟧. Elle observe ⟦une dizaine|Q:count|10||1⟧ de cas par jour dans son cabinet et dit manquer de tests rapides.

Le ⟦ministère de la Santé|O⟧ a annoncé ⟦jeudi|D⟧ la prolongation de la campagne jusqu’au ⟦28 février|D⟧ et le retour du port du masque recommandé dans les transports. Un porte-parole a précisé que ⟦3,5 millions|Q:count|3500000||0⟧ de doses restaient disponibles en pharmacie. En ⟦2024-2025|D⟧, l’épidémie avait duré ⟦dix semaines|Q:duration|10|week|0⟧ et causé plus de ⟦17{NBSP}000|Q:count|17000||1⟧ décès, selon les estimations de l’agence.
===ATTR===
according-to | Santé publique France | Santé publique France | Selon | les 13 régions de métropole sont désormais en phase épidémique, contre neuf la semaine précédente
according-to | Sentinelles | réseau Sentinelles | d’après | Le taux d’incidence des consultations pour syndrome grippal a atteint 412 cas pour 100 000 habitants, en hausse de 27 % sur sept jours
mixed | agence | Santé publique France | juge | ce bilan « probablement sous-estimé »
direct | Mathieu Lefranc | Mathieu Lefranc | a déclaré | Le pic n’est pas encore atteint. Nous l’attendons dans une à deux semaines, avec une circulation qui reste dominée par le virus A(H3N2)
mixed | Il | Mathieu Lefranc | a ajouté | la saison était « précoce et intense », comparable à celle de 2022-2023
according-to | Assurance maladie | Assurance maladie | D’après | 11,2 millions de doses ont été administrées depuis le lancement de la campagne, le 14 octobre
according-to | Fédération hospitalière de France | Fédération hospitalière de France | selon | Parmi les soignants, il se situerait entre 25 et 30 %
direct | Sophie Arnaud | Sophie Arnaud | rappelle | Il n’est pas trop tard pour se faire vacciner : la protection apparaît en quinze jours environ
indirect | Elle | Sophie Arnaud | dit | manquer de tests rapides
indirect | porte-parole | porte-parole du ministère de la Santé (non nommé) | a précisé | 3,5 millions de doses restaient disponibles en pharmacie
according-to | agence | Santé publique France | selon | En 2024-2025, l’épidémie avait duré dix semaines et causé plus de 17 000 décès
indirect | ministère de la Santé | ministère de la Santé | a annoncé | la prolongation de la campagne jusqu’au 28 février et le retour du port du masque recommandé dans les transports
