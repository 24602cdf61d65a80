⟦Guinée-Bissau|L⟧ : des militaires prennent le pouvoir en plein dépouillement, la ⟦Cédéao|O|Communauté économique des États de l’Afrique de l’Ouest⟧ suspend le pays

Des militaires ont annoncé ⟦mercredi 26 novembre|D⟧ avoir pris «{NBSP}le contrôle total du pays{NBSP}» en ⟦Guinée-Bissau|L⟧, à ⟦la veille|D⟧ de la publication des résultats provisoires de la présidentielle et des législatives du ⟦23 novembre|D⟧. Dans une déclaration lue à la télévision nationale vers ⟦13 heures|D⟧, un groupe d’officiers se présentant comme le «{NBSP}⟦Haut commandement militaire pour la restauration de l’ordre|O⟧{NBSP}» a annoncé la suspension du processus électoral et la fermeture des frontières terrestres, aériennes et maritimes.

⟦Le lendemain|D⟧, le général ⟦Horta N’Tam|P⟧, jusque-là chef d’état-major de l’armée de terre, a prêté serment comme président de la transition pour une durée d’⟦un an|Q:duration|1|year|0⟧. «{NBSP}La transition sera courte et inclusive. Notre seul objectif est de garantir la sécurité de la nation{NBSP}», a-t-il déclaré lors de la cérémonie, organisée à l’état-major de ⟦Bissau|L⟧.

Le président sortant, ⟦Umaro Sissoco Embaló|P⟧, candidat à un second mandat, a été brièvement arrêté avant de quitter le pays pour le ⟦Sénégal|L⟧, selon plusieurs sources diplomatiques. Son principal adversaire, ⟦Fernando Dias|P⟧, soutenu par l’ancien parti au pouvoir, le ⟦PAIGC|O|Parti africain pour l’indépendance de la Guinée et du Cap-Vert⟧, avait revendiqué la victoire dès le ⟦24 novembre|D⟧. «{NBSP}Ce coup d’Etat n’a qu’un but : empêcher la proclamation des résultats{NBSP}», a dénoncé son porte-parole, ⟦Armando Có|P⟧, joint par téléphone. Selon la ⟦Commission nationale des élections|O|Commission nationale des élections de Guinée-Bissau⟧ (⟦CNE|O|Commission nationale des élections de Guinée-Bissau⟧), le taux de participation avait atteint ⟦65{NBSP}%|Q:percent|65|%|0⟧.

Réunis ⟦jeudi|D⟧ en sommet extraordinaire par visioconférence, les chefs d’Etat de la ⟦Communauté économique des Etats de l’Afrique de l’Ouest|O|Communauté économique des États de l’Afrique de l’Ouest⟧ (⟦Cédéao|O|Communauté économique des États de l’Afrique de l’Ouest⟧) ont décidé de suspendre la ⟦Guinée-Bissau|L⟧ de «{NBSP}tous les organes de décision{NBSP}» de l’organisation. Le président de la ⟦Commission de la Cédéao|O|Commission de la Communauté économique des États de l’Afrique de l’Ouest⟧, ⟦Omar Alieu Touray|P⟧, a exigé le «{NBSP}rétablissement immédiat de l’ordre constitutionnel{NBSP}» et la libération de tous les responsables détenus. L’⟦Union africaine|O⟧ a pour sa part condamné «{NBSP}une prise du pouvoir anticonstitutionnelle{NBSP}».

La ⟦Guinée-Bissau|L⟧, ancienne colonie ⟦portugaise|N⟧ de quelque ⟦2,2 millions|Q:count|2200000||1⟧ d’habitants, a connu ⟦quatre|Q:count|4||0⟧ coups d’Etat réussis et plus d’⟦une dizaine|Q:count|10||1⟧ de tentatives depuis son indépendance, en ⟦1974|D⟧. Son économie repose sur la noix de cajou, dont elle exporte environ ⟦200{NBSP}000 tonnes|Q:measure|200000|t|1⟧ par an. Le kilo de noix brute était payé autour de ⟦350 francs CFA|Q:money|350|XOF|1⟧ aux producteurs ⟦cette saison|D⟧, contre ⟦500|Q:money|500|XOF|0⟧ en ⟦2023|D⟧.

A ⟦Bissau|L⟧, les marchés ont rouvert ⟦vendredi|D⟧, mais le couvre-feu instauré de ⟦21 heures|D⟧ à ⟦6 heures|D⟧ reste en vigueur. «{NBSP}On a peur, mais il faut bien manger{NBSP}», confie ⟦Aissatu Baldé|P⟧, ⟦43 ans|Q:duration|43|year|0⟧, commerçante au marché de ⟦Bandim|L⟧. Des analystes rappellent que le pays sert depuis ⟦vingt ans|Q:duration|20|year|0⟧ de plaque tournante au trafic de cocaïne entre l’⟦Amérique latine|L⟧ et l’⟦Europe|L⟧.

«{NBSP}Chaque fois qu’un scrutin s’annonce serré à ⟦Bissau|L⟧, l’armée rentre dans le jeu{NBSP}», estime le chercheur ⟦sénégalais|N⟧ ⟦Mamadou Diallo|P⟧, joint à ⟦Dakar|L⟧. ⟦Washington|L⟧ a appelé au retour rapide d’un pouvoir civil, tandis que le ⟦Portugal|L⟧, ancienne puissance coloniale, a demandé que les résultats du ⟦23 novembre|D⟧ soient publiés «{NBSP}sans délai{NBSP}».
===ATTR===
mixed | militaires | Haut commandement militaire pour la restauration de l’ordre | ont annoncé | avoir pris « le contrôle total du pays »
indirect | groupe | Haut commandement militaire pour la restauration de l’ordre | a annoncé | la suspension du processus électoral et la fermeture des frontières terrestres, aériennes et maritimes
direct | il | Horta N’Tam | a-t-il déclaré | La transition sera courte et inclusive. Notre seul objectif est de garantir la sécurité de la nation
according-to | sources | sources diplomatiques (non nommé) | selon | Le président sortant, Umaro Sissoco Embaló, candidat à un second mandat, a été brièvement arrêté avant de quitter le pays pour le Sénégal
indirect | Fernando Dias | Fernando Dias | avait revendiqué | la victoire
direct | Armando Có | Armando Có | a dénoncé | Ce coup d’Etat n’a qu’un but : empêcher la proclamation des résultats
according-to | Commission nationale des élections | Commission nationale des élections de Guinée-Bissau | Selon | le taux de participation avait atteint 65 %
mixed | Omar Alieu Touray | Omar Alieu Touray | a exigé | le « rétablissement immédiat de l’ordre constitutionnel » et la libération de tous les responsables détenus
direct | Union africaine | Union africaine | a pour sa part condamné | une prise du pouvoir anticonstitutionnelle
direct | Aissatu Baldé | Aissatu Baldé | confie | On a peur, mais il faut bien manger
indirect | analystes | analystes (non nommé) | rappellent | le pays sert depuis vingt ans de plaque tournante au trafic de cocaïne entre l’Amérique latine et l’Europe
direct | Mamadou Diallo | Mamadou Diallo | estime | Chaque fois qu’un scrutin s’annonce serré à Bissau, l’armée rentre dans le jeu
indirect | Washington | États-Unis | a appelé | au retour rapide d’un pouvoir civil
mixed | Portugal | Portugal | a demandé | les résultats du 23 novembre soient publiés « sans délai »
