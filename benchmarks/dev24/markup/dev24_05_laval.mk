⟦Laval|L⟧ : le budget ⟦2026|D⟧ adopté, l’opposition dénonce « un budget de fin de mandat »

Le conseil municipal de ⟦Laval|L⟧ a adopté ⟦lundi soir|D⟧, après près de ⟦quatre heures|Q:duration|4|hour|1⟧ de débats, le budget primitif ⟦2026|D⟧ de la ville. Ouverte à ⟦18 h 30|D⟧, la séance s’est achevée peu avant ⟦22 h 30|D⟧ par un vote de ⟦33|Q:count|33||0⟧ voix pour, ⟦10|Q:count|10||0⟧ contre et ⟦2|Q:count|2||0⟧ abstentions. Le budget s’élève à ⟦98,4 millions d’euros|Q:money|98400000|EUR|0⟧, dont ⟦71,2 millions|Q:money|71200000|EUR|0⟧ pour le fonctionnement et ⟦27,2 millions|Q:money|27200000|EUR|0⟧ pour l’investissement.

«{NBSP}Nous n’augmenterons pas les taux d’imposition, c’est un engagement que nous avons tenu pendant ⟦six ans|Q:duration|6|year|0⟧{NBSP}», a assuré la maire, ⟦Hélène Garnier-Roux|P⟧ (divers gauche). Le taux de la taxe foncière reste fixé à ⟦44,12 %|Q:percent|44.12|%|0⟧. Mais la hausse des bases décidée par l’Etat, de ⟦0,8 %|Q:percent|0.8|%|0⟧ cette fois, se traduira par une légère augmentation sur la feuille d’impôt des propriétaires.

L’adjoint aux finances, ⟦Yannick Le Duff|P⟧, a expliqué que la baisse des dotations de l’Etat représentait «{NBSP}un manque à gagner de ⟦1,3 million d’euros|Q:money|1300000|EUR|0⟧{NBSP}» pour la commune. «{NBSP}Il a fallu trouver ces économies ligne par ligne, sans toucher aux services aux habitants{NBSP}», a-t-il ajouté. Les frais de personnel, premier poste de dépenses, progressent de ⟦2,4 %|Q:percent|2.4|%|0⟧, à ⟦39,6 millions d’euros|Q:money|39600000|EUR|0⟧.

L’investissement sera concentré sur la rénovation du ⟦complexe sportif du Bourny|L⟧, estimée entre ⟦5 et 6 millions d’euros|Q:money|5000000~6000000|EUR|0⟧, et sur la création de ⟦3 kilomètres|Q:measure|3|km|0⟧ de pistes cyclables le long de la ⟦Mayenne|L⟧. Le conseil a également voté une subvention de ⟦450 000 euros|Q:money|450000|EUR|0⟧ au centre communal d’action sociale.

Sur les bancs de l’opposition, le ton était tout autre. «{NBSP}C’est un budget de fin de mandat, qui repousse tous les vrais choix après les municipales de ⟦mars|D⟧{NBSP}», a dénoncé ⟦Patrice Moreau|P⟧, chef de file du groupe ⟦Laval Demain|O⟧. Selon lui, la dette par habitant atteint ⟦1 240 euros|Q:money|1240|EUR|0⟧, contre ⟦1 050 euros|Q:money|1050|EUR|0⟧ en moyenne pour les villes de même taille. L’élu a également reproché à la majorité d’avoir «{NBSP}laissé filer{NBSP}» l’encours de la dette, passé de ⟦54|Q:money|54000000|EUR|0⟧ à ⟦62 millions d’euros|Q:money|62000000|EUR|0⟧ en ⟦cinq ans|Q:duration|5|year|0⟧.

D’après la ⟦chambre régionale des comptes des Pays de la Loire|O⟧, la capacité de désendettement de la ville, de ⟦6,8 années|Q:duration|6.8|year|0⟧, reste pourtant sous le seuil d’alerte de ⟦12 ans|Q:duration|12|year|0⟧. M. ⟦Le Duff|P|Yannick Le Duff⟧ a rappelé que la ville avait remboursé ⟦7 millions d’euros|Q:money|7000000|EUR|0⟧ d’emprunts depuis ⟦2020|D⟧.

Dans le public, ⟦une quinzaine|Q:count|15||1⟧ de parents d’élèves ont dénoncé la hausse de ⟦3 %|Q:percent|3|%|0⟧ des tarifs de la cantine, qui porte le prix du repas à ⟦3,95 euros|Q:money|3.95|EUR|0⟧ pour les familles de la tranche la plus élevée. «{NBSP}Pour une famille de ⟦trois|Q:count|3||0⟧ enfants, cela fait près de ⟦90 euros|Q:money|90|EUR|1⟧ de plus sur l’année{NBSP}», calcule ⟦Sophie Leblanc|P⟧, présidente d’une association de parents. La municipalité promet de maintenir la gratuité pour les ⟦1 200|Q:count|1200||0⟧ enfants des familles les plus modestes.

Le prochain conseil municipal se tiendra le ⟦16 février|D⟧. Le débat devrait porter sur le projet de nouvelle médiathèque, dont le coût dépasserait ⟦8 millions d’euros|Q:money|8000000|EUR|0⟧.
===ATTR===
direct | Hélène Garnier-Roux | Hélène Garnier-Roux | a assuré | Nous n’augmenterons pas les taux d’imposition, c’est un engagement que nous avons tenu pendant six ans
mixed | Yannick Le Duff | Yannick Le Duff | a expliqué | la baisse des dotations de l’Etat représentait « un manque à gagner de 1,3 million d’euros » pour la commune
direct | il | Yannick Le Duff | a-t-il ajouté | Il a fallu trouver ces économies ligne par ligne, sans toucher aux services aux habitants
direct | Patrice Moreau | Patrice Moreau | a dénoncé | C’est un budget de fin de mandat, qui repousse tous les vrais choix après les municipales de mars
according-to | lui | Patrice Moreau | Selon | la dette par habitant atteint 1 240 euros, contre 1 050 euros en moyenne pour les villes de même taille
mixed | élu | Patrice Moreau | a également reproché | à la majorité d’avoir « laissé filer » l’encours de la dette, passé de 54 à 62 millions d’euros en cinq ans
according-to | chambre régionale des comptes des Pays de la Loire | chambre régionale des comptes des Pays de la Loire | D’après | la capacité de désendettement de la ville, de 6,8 années, reste pourtant sous le seuil d’alerte de 12 ans
indirect | Le Duff | Yannick Le Duff | a rappelé | la ville avait remboursé 7 millions d’euros d’emprunts depuis 2020
indirect | parents | parents d’élèves (non nommé) | ont dénoncé | la hausse de 3 % des tarifs de la cantine, qui porte le prix du repas à 3,95 euros pour les familles de la tranche la plus élevée
direct | Sophie Leblanc | Sophie Leblanc | calcule | Pour une famille de trois enfants, cela fait près de 90 euros de plus sur l’année
