⟦Allemagne|L⟧ : la coalition de ⟦Friedrich Merz|P⟧ se déchire sur les retraites avant un vote à haut risque au ⟦Bundestag|O⟧

La tension est montée d’un cran, ⟦mardi 4 novembre|D⟧, au sein de la coalition qui gouverne l’⟦Allemagne|L⟧ depuis ⟦mai 2025|D⟧. En cause : le projet de loi sur les retraites, qui garantit un niveau des pensions à ⟦48 %|Q:percent|48|%|0⟧ du salaire moyen jusqu’en ⟦2031|D⟧ et doit être soumis au vote du ⟦Bundestag|O⟧ ⟦vendredi|D⟧. Une fronde de ⟦18|Q:count|18||0⟧ jeunes députés conservateurs menace de faire échouer le texte, alors que l’alliance entre la ⟦CDU-CSU|O|CDU/CSU⟧ et le ⟦SPD|O|Parti social-démocrate d’Allemagne⟧ ne dispose que de ⟦12|Q:count|12||0⟧ sièges d’avance sur ⟦630|Q:count|630||0⟧.

“Ce paquet est un compromis équilibré. Je ne laisserai pas cette coalition échouer sur une question de calendrier”, a déclaré le chancelier ⟦Friedrich Merz|P⟧ lors d’une conférence de presse à ⟦Berlin|L⟧. Il a promis qu’une commission sur l’avenir des retraites rendrait ses conclusions avant ⟦l’été prochain|D⟧.

L’argument ne suffit pas aux frondeurs. Leur chef de file, ⟦Tobias Lenhardt|P⟧, ⟦34 ans|Q:duration|34|year|0⟧, élu de ⟦Bade-Wurtemberg|L⟧, juge le texte “intenable pour ma génération”. Selon lui, la garantie coûterait quelque ⟦120 milliards d’euros|Q:money|120000000000|EUR|1⟧ supplémentaires d’ici à ⟦2040|D⟧, financés par les actifs. “Nous ne sommes pas contre la coalition, nous sommes contre une facture envoyée à nos enfants”, a-t-il ajouté.

Au ⟦SPD|O|Parti social-démocrate d’Allemagne⟧, on refuse de rouvrir un accord déjà adopté en conseil des ministres en ⟦août|D⟧. “Un compromis signé est un compromis signé”, a lancé le vice-chancelier et ministre des Finances, ⟦Lars Klingbeil|P⟧, coprésident du parti. La coprésidente et ministre du Travail, ⟦Bärbel Bas|P⟧, a rappelé que plus de ⟦21 millions|Q:count|21000000||1⟧ de retraités touchaient en moyenne entre ⟦1 500 et 1 800 euros|Q:money|1500~1800|EUR|0⟧ par mois et que “personne ne comprendrait” une baisse de leur pouvoir d’achat.

Le dossier pèse lourd dans le budget ⟦2026|D⟧, qui prévoit ⟦524,5 milliards d’euros|Q:money|524500000000|EUR|0⟧ de dépenses fédérales, dont près de ⟦127 milliards|Q:money|127000000000|EUR|1⟧ de subvention à l’assurance vieillesse, soit environ ⟦24 %|Q:percent|24|%|1⟧ du total. D’après l’institut ⟦IW|O|Institut der deutschen Wirtschaft⟧ de ⟦Cologne|L⟧, proche du patronat, le taux de cotisation pourrait grimper de ⟦18,6 %|Q:percent|18.6|%|0⟧ aujourd’hui à ⟦22 %|Q:percent|22|%|0⟧ en ⟦2035|D⟧.

La direction du groupe conservateur espère encore rallier ⟦une dizaine|Q:count|10||1⟧ de frondeurs d’ici ⟦jeudi soir|D⟧ en leur offrant une clause de révision au bout de ⟦trois ans|Q:duration|3|year|0⟧. Un responsable du groupe a confié, sous couvert d’anonymat, que le vote serait “serré, mais gagnable”.

Dans l’opinion, la querelle laisse des traces. Selon un sondage de l’institut ⟦Forsa|O⟧ publié ⟦mercredi|D⟧, ⟦61 %|Q:percent|61|%|0⟧ des ⟦Allemands|N⟧ soutiennent le maintien du niveau des pensions, mais seuls ⟦23 %|Q:percent|23|%|0⟧ se disent satisfaits du gouvernement. L’⟦AfD|O|Alternative pour l’Allemagne⟧, créditée de ⟦26 %|Q:percent|26|%|0⟧ des intentions de vote, devance désormais l’union conservatrice (⟦25 %|Q:percent|25|%|0⟧).

Pour ⟦Sabine Kürten|P⟧, politologue à l’⟦Université libre de Berlin|O⟧, “la coalition ne tombera pas sur les retraites, mais elle montre qu’elle n’a plus de majorité solide pour les réformes difficiles”. Le gouvernement d’⟦Olaf Scholz|P⟧ s’était effondré sur une dispute budgétaire en ⟦décembre 2024|D⟧, rappelle-t-elle.
===ATTR===
direct | Friedrich Merz | Friedrich Merz | a déclaré | Ce paquet est un compromis équilibré. Je ne laisserai pas cette coalition échouer sur une question de calendrier
indirect | Il | Friedrich Merz | a promis | une commission sur l’avenir des retraites rendrait ses conclusions avant l’été prochain
mixed | Tobias Lenhardt | Tobias Lenhardt | juge | le texte “intenable pour ma génération”
according-to | lui | Tobias Lenhardt | Selon | la garantie coûterait quelque 120 milliards d’euros supplémentaires d’ici à 2040, financés par les actifs
direct | il | Tobias Lenhardt | a-t-il ajouté | Nous ne sommes pas contre la coalition, nous sommes contre une facture envoyée à nos enfants
direct | Lars Klingbeil | Lars Klingbeil | a lancé | Un compromis signé est un compromis signé
mixed | Bärbel Bas | Bärbel Bas | a rappelé | plus de 21 millions de retraités touchaient en moyenne entre 1 500 et 1 800 euros par mois et que “personne ne comprendrait” une baisse de leur pouvoir d’achat
according-to | IW | Institut der deutschen Wirtschaft | D’après | le taux de cotisation pourrait grimper de 18,6 % aujourd’hui à 22 % en 2035
mixed | responsable | responsable du groupe conservateur (non nommé) | a confié | le vote serait “serré, mais gagnable”
according-to | Forsa | Forsa | Selon | 61 % des Allemands soutiennent le maintien du niveau des pensions, mais seuls 23 % se disent satisfaits du gouvernement
according-to | Sabine Kürten | Sabine Kürten | Pour | la coalition ne tombera pas sur les retraites, mais elle montre qu’elle n’a plus de majorité solide pour les réformes difficiles
indirect | elle | Sabine Kürten | rappelle-t-elle | Le gouvernement d’Olaf Scholz s’était effondré sur une dispute budgétaire en décembre 2024
