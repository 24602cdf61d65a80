⟦Finistère|L⟧ : plus aucun train entre ⟦Landerneau|L⟧ et ⟦Quimper|L⟧ pendant ⟦sept semaines|Q:duration|7|week|0⟧ de travaux

Les trains ne circuleront plus entre ⟦Landerneau|L⟧ et ⟦Quimper|L⟧ du ⟦5 janvier au 22 février 2026|D⟧. ⟦SNCF Réseau|O⟧ a présenté ⟦lundi|D⟧ à ⟦Quimper|L⟧ le calendrier d'un chantier de ⟦38 millions d'euros|Q:money|38000000|EUR|0⟧ destiné à renouveler ⟦56 kilomètres|Q:measure|56|km|0⟧ de voie, dont une partie date du ⟦début des années 1980|D⟧.

"Sur certains tronçons, les trains roulent aujourd'hui à ⟦80 km/h|Q:measure|80|km/h|0⟧ au lieu de ⟦120|Q:measure|120|km/h|0⟧, parce que les traverses sont usées. Sans ces travaux, nous aurions dû fermer la ligne d'ici ⟦cinq ans|Q:duration|5|year|0⟧", a expliqué ⟦Gwénaël Le Berre|P⟧, directeur territorial de ⟦SNCF Réseau|O⟧ en ⟦Bretagne|L⟧. Près de ⟦90000|Q:count|90000||1⟧ traverses en béton et ⟦110000 tonnes|Q:measure|110000|t|1⟧ de ballast seront remplacées, avec un train-usine capable de poser jusqu'à ⟦1 kilomètre|Q:measure|1|km|1⟧ de voie par nuit. Jusqu'à ⟦150|Q:count|150||1⟧ personnes travailleront sur le chantier, et des engins circuleront parfois entre ⟦22h et 6h|D⟧, au grand dam des riverains. La dernière rénovation d'ampleur de cette section remontait à ⟦1987|D⟧.

Le financement est assuré à ⟦50%|Q:percent|50|%|0⟧ par ⟦SNCF Réseau|O⟧, à ⟦30%|Q:percent|30|%|0⟧ par l'Etat et à ⟦20%|Q:percent|20|%|0⟧ par la ⟦Région Bretagne|O|conseil régional de Bretagne⟧, qui exploite les TER. Son président, ⟦Loïg Chesnais-Girard|P⟧, a défendu "un investissement indispensable pour l'avenir du rail dans le ⟦Finistère|L⟧", tout en reconnaissant que la fermeture serait "une vraie contrainte" pour les usagers.

Environ ⟦1900|Q:count|1900||1⟧ voyageurs empruntent chaque jour cette portion de la ligne reliant ⟦Brest|L⟧ à ⟦Quimper|L⟧, selon la ⟦Région|O|conseil régional de Bretagne⟧. Pendant le chantier, ⟦32|Q:count|32||0⟧ cars de substitution assureront les liaisons, avec des arrêts à ⟦Dirinon|L⟧, ⟦Pont-de-Buis|L|Pont-de-Buis-lès-Quimerch⟧ et ⟦Châteaulin|L⟧. Le premier départ de ⟦Quimper|L⟧ est prévu à ⟦5h40|D⟧, le dernier de ⟦Landerneau|L⟧ à ⟦21h15|D⟧. Le trajet sera allongé de ⟦25 à 40 minutes|Q:duration|25~40|minute|1⟧ selon les horaires.

"Je mets déjà ⟦une heure et quart|Q:duration|75|minute|0⟧ pour aller travailler. Avec le car, ce sera plus d'⟦une heure et demie|Q:duration|90|minute|1⟧, matin et soir", soupire ⟦Anne-Sophie Kerhervé|P⟧, ⟦34 ans|Q:duration|34|year|0⟧, aide-soignante au ⟦CHU de Brest|O|centre hospitalier universitaire de Brest⟧, qui habite ⟦Châteaulin|L⟧. Le comité des usagers de la ligne réclame la gratuité des abonnements pendant la fermeture. La ⟦Région|O|conseil régional de Bretagne⟧ a proposé une réduction de ⟦50%|Q:percent|50|%|0⟧ sur les abonnements de ⟦janvier|D⟧ et de ⟦février|D⟧.

Les syndicats de cheminots s'inquiètent, eux, du calendrier. "On enchaîne les fermetures d'été et d'hiver sans recruter", estime ⟦Yann Guillou|P⟧, délégué ⟦CGT|O|Confédération générale du travail⟧ à ⟦Quimper|L⟧. Selon lui, ⟦une soixantaine|Q:count|60||1⟧ de postes d'agents de voie restent vacants en ⟦Bretagne|L⟧.

Ce chantier s'inscrit dans un plan de ⟦1,5 milliard d'euros|Q:money|1500000000|EUR|0⟧ sur ⟦dix ans|Q:duration|10|year|0⟧ pour les "petites lignes" ⟦bretonnes|N⟧, signé en ⟦2024|D⟧. D'autres fermetures sont annoncées ⟦l'an prochain|D⟧ entre ⟦Rennes|L⟧ et ⟦Saint-Malo|L⟧, du ⟦14 septembre au 25 octobre|D⟧.
===ATTR===
direct | Gwénaël Le Berre | Gwénaël Le Berre | a expliqué | Sur certains tronçons, les trains roulent aujourd'hui à 80 km/h au lieu de 120, parce que les traverses sont usées. Sans ces travaux, nous aurions dû fermer la ligne d'ici cinq ans
direct | Loïg Chesnais-Girard | Loïg Chesnais-Girard | a défendu | un investissement indispensable pour l'avenir du rail dans le Finistère
mixed | Loïg Chesnais-Girard | Loïg Chesnais-Girard | tout en reconnaissant | la fermeture serait "une vraie contrainte" pour les usagers
according-to | Région | conseil régional de Bretagne | selon#1 | Environ 1900 voyageurs empruntent chaque jour cette portion de la ligne reliant Brest à Quimper
direct | Anne-Sophie Kerhervé | Anne-Sophie Kerhervé | soupire | Je mets déjà une heure et quart pour aller travailler. Avec le car, ce sera plus d'une heure et demie, matin et soir
indirect | comité | comité des usagers de la ligne (non nommé) | réclame | la gratuité des abonnements pendant la fermeture
indirect | Région | conseil régional de Bretagne | a proposé | une réduction de 50% sur les abonnements de janvier et de février
direct | Yann Guillou | Yann Guillou | estime | On enchaîne les fermetures d'été et d'hiver sans recruter
according-to | lui | Yann Guillou | Selon | une soixantaine de postes d'agents de voie restent vacants en Bretagne
