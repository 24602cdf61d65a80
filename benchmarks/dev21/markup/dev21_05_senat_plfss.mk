Budget de la ⟦Sécu|O|Sécurité sociale⟧ : le ⟦Sénat|O⟧ adopte sa version, avec un déficit ramené à ⟦15,8 milliards d'euros|Q:money|15800000000|EUR|0⟧

Le ⟦Sénat|O⟧ a adopté ⟦mercredi 26 novembre|D⟧, par ⟦198|Q:count|198||0⟧ voix contre ⟦117|Q:count|117||0⟧, le projet de loi de financement de la Sécurité sociale (PLFSS) pour ⟦2026|D⟧, au terme d'⟦une semaine|Q:duration|1|week|0⟧ de débats souvent tendus et de plus de ⟦1{NNBSP}300|Q:count|1300||1⟧ amendements examinés. Dominée par la droite et le centre, la ⟦Haute assemblée|O|Sénat⟧ a largement réécrit le texte transmis par les députés.

Dans la version votée par les sénateurs, le déficit de la ⟦Sécurité sociale|O⟧ est ramené à ⟦15,8 milliards d'euros|Q:money|15800000000|EUR|0⟧ ⟦l'an prochain|D⟧, contre ⟦23 milliards|Q:money|23000000000|EUR|0⟧ attendus en ⟦2025|D⟧. «{NBSP}C'est un budget de responsabilité, qui ne renvoie pas la facture à nos enfants{NBSP}», a salué la rapporteure générale, ⟦Elisabeth Doineau|P⟧ (⟦Union centriste|O⟧).

Les sénateurs ont notamment adopté, à l'initiative du groupe ⟦Les Républicains|O⟧ (⟦LR|O|Les Républicains⟧), une «{NBSP}contribution de solidarité par le travail{NBSP}» de ⟦sept heures|Q:duration|7|hour|0⟧ non rémunérées par an, censée rapporter ⟦2,5 milliards d'euros|Q:money|2500000000|EUR|0⟧. Ils ont en revanche supprimé le doublement des franchises médicales, qui aurait porté à ⟦2 euros|Q:money|2|EUR|0⟧ le reste à charge par boîte de médicaments, et limité à ⟦1,6{NBSP}%|Q:percent|1.6|%|0⟧ la hausse de l'objectif national de dépenses d'assurance maladie (Ondam). Ils ont aussi confirmé la revalorisation des pensions de ⟦0,9{NBSP}%|Q:percent|0.9|%|0⟧ au ⟦1er janvier|D⟧, qui concerne environ ⟦17 millions|Q:count|17000000||1⟧ de retraités.

La ministre de la Santé, ⟦Stéphanie Rist|P⟧, a regretté un texte «{NBSP}déséquilibré{NBSP}» et jugé que la contribution de ⟦sept heures|Q:duration|7|hour|0⟧ «{NBSP}n'a aucune chance{NBSP}» d'être retenue à l'⟦Assemblée|O|Assemblée nationale⟧. «{NBSP}Nous partageons l'objectif de réduire le déficit, mais pas en faisant travailler gratuitement les salariés{NBSP}», a ajouté la ministre de l'Action et des Comptes publics, ⟦Amélie de Montchalin|P⟧, à la sortie de l'hémicycle, vers ⟦14{NBSP}h{NBSP}30|D⟧.

A gauche, la sénatrice socialiste du ⟦Nord|L⟧ ⟦Claire Vasseur|P⟧ a dénoncé un «{NBSP}budget de rabot{NBSP}» qui «{NBSP}fera payer les malades et les retraités{NBSP}». Le groupe écologiste a voté contre, tout comme les communistes, qui réclament le retour de la retraite à ⟦62 ans|Q:duration|62|year|0⟧.

Selon la ⟦Commission des comptes de la Sécurité sociale|O⟧, les dépenses de la seule branche maladie devraient dépasser ⟦270 milliards d'euros|Q:money|270000000000|EUR|1⟧ en ⟦2026|D⟧, soit près de ⟦40{NBSP}%|Q:percent|40|%|1⟧ de l'ensemble des dépenses sociales. La ⟦Fédération hospitalière de France|O⟧ (⟦FHF|O|Fédération hospitalière de France⟧) a de son côté averti que les hôpitaux auraient besoin d'au moins ⟦1,5 milliard d'euros|Q:money|1500000000|EUR|1⟧ supplémentaires.

Le texte doit désormais être examiné par ⟦sept|Q:count|7||0⟧ députés et ⟦sept|Q:count|7||0⟧ sénateurs réunis en commission mixte paritaire le ⟦3 décembre|D⟧, avant une lecture définitive à l'⟦Assemblée nationale|O⟧ prévue autour du ⟦16 décembre|D⟧. Le gouvernement de ⟦Sébastien Lecornu|P⟧, qui a renoncé à l'article 49.3, devra trouver une majorité. «{NBSP}Rien n'est joué{NBSP}», reconnaissait ⟦mercredi soir|D⟧ un conseiller de ⟦Matignon|O⟧.
===ATTR===
direct | Elisabeth Doineau | Elisabeth Doineau | a salué | C'est un budget de responsabilité, qui ne renvoie pas la facture à nos enfants
mixed | Stéphanie Rist | Stéphanie Rist | a regretté | un texte « déséquilibré »
mixed | Stéphanie Rist | Stéphanie Rist | jugé | la contribution de sept heures « n'a aucune chance » d'être retenue à l'Assemblée
direct | Amélie de Montchalin | Amélie de Montchalin | a ajouté | Nous partageons l'objectif de réduire le déficit, mais pas en faisant travailler gratuitement les salariés
mixed | Claire Vasseur | Claire Vasseur | a dénoncé | un « budget de rabot » qui « fera payer les malades et les retraités »
indirect | qui | sénateurs communistes (non nommé) | réclament | le retour de la retraite à 62 ans
according-to | Commission des comptes de la Sécurité sociale | Commission des comptes de la Sécurité sociale | Selon | les dépenses de la seule branche maladie devraient dépasser 270 milliards d'euros en 2026, soit près de 40 % de l'ensemble des dépenses sociales
indirect | Fédération hospitalière de France | Fédération hospitalière de France | a de son côté averti | les hôpitaux auraient besoin d'au moins 1,5 milliard d'euros supplémentaires
direct | conseiller | conseiller de Matignon (non nommé) | reconnaissait | Rien n'est joué
