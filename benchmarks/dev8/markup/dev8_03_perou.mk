⟦Pérou|L⟧ : état d’urgence à ⟦Lima|L⟧ après la mort d’un manifestant, le président ⟦Jerí|P|José Jerí⟧ sous pression

Le gouvernement ⟦péruvien|N⟧ a décrété, ⟦mercredi 22 octobre|D⟧, l’état d’urgence pour ⟦trente jours|Q:duration|30|day|0⟧ à ⟦Lima|L⟧ et dans le port voisin de ⟦Callao|L⟧, ⟦une semaine|Q:duration|1|week|0⟧ après la mort d’un manifestant lors d’une marche contre l’insécurité et la classe politique. La mesure, publiée au Journal officiel ⟦El Peruano|O⟧, suspend la liberté de réunion et autorise le déploiement de l’armée aux côtés de la police.

⟦Eduardo Ruiz|P⟧, un rappeur de ⟦32 ans|Q:duration|32|year|0⟧, a été tué par balle le ⟦15 octobre|D⟧ dans le centre historique de la capitale, lors d’une manifestation qui a rassemblé ⟦plusieurs milliers|Q:count|1000||1⟧ de personnes, en majorité des jeunes se réclamant de la génération Z. ⟦Une centaine|Q:count|100||1⟧ de personnes, dont ⟦80|Q:count|80||0⟧ policiers, ont été blessées, selon le ⟦Défenseur du peuple|O⟧. Le parquet a ouvert une enquête pour homicide contre un sous-officier de police, placé en détention provisoire pour ⟦neuf mois|Q:duration|9|month|0⟧.

Le président ⟦José Jerí|P⟧, investi le ⟦10 octobre|D⟧ après la destitution express de ⟦Dina Boluarte|P⟧ par le ⟦Congrès|O|Congrès de la République du Pérou⟧, a promis «{NNBSP}une enquête exhaustive{NNBSP}». «{NNBSP}La sécurité des ⟦Péruviens|N⟧ est ma priorité absolue. Nous ne laisserons pas les bandes criminelles gouverner nos rues{NNBSP}», a-t-il déclaré dans un message à la nation.

Agé de ⟦38 ans|Q:duration|38|year|0⟧, l’ancien président du ⟦Congrès|O|Congrès de la République du Pérou⟧ est le septième chef de l’Etat depuis ⟦2016|D⟧. Il doit assurer l’intérim jusqu’aux élections générales du ⟦12 avril 2026|D⟧, auxquelles plus de ⟦40|Q:count|40||1⟧ partis ont déjà inscrit des candidats. Sa légitimité reste fragile : selon l’institut ⟦Ipsos|O⟧, dont le sondage a été publié ⟦dimanche|D⟧ par le quotidien ⟦El Comercio|O⟧, ⟦55%|Q:percent|55|%|0⟧ des ⟦Péruviens|N⟧ désapprouvent sa gestion et seuls ⟦27%|Q:percent|27|%|0⟧ l’approuvent.

Les manifestants dénoncent l’explosion des extorsions visant transporteurs et commerçants. La ⟦Police nationale|O|Police nationale du Pérou⟧ a enregistré plus de ⟦18{NBSP}000|Q:count|18000||1⟧ plaintes pour extorsion entre ⟦janvier et septembre|D⟧, soit une hausse de ⟦30%|Q:percent|30|%|0⟧ sur ⟦un an|Q:duration|1|year|0⟧, et ⟦une quarantaine|Q:count|40||1⟧ de chauffeurs de bus ont été assassinés depuis ⟦le début de l’année|D⟧ pour avoir refusé de payer des rançons hebdomadaires pouvant atteindre ⟦500 soles|Q:money|500|PEN|1⟧ (environ ⟦125 euros|Q:money|125|EUR|1⟧). Le porte-parole des transporteurs de la capitale, ⟦Martín Ojeda|P⟧, a averti que les chauffeurs cesseraient le travail le ⟦29 octobre|D⟧ «{NNBSP}si rien ne change{NNBSP}».

«{NNBSP}Nous ne sommes pas des délinquants, nous sommes des citoyens qui ont peur de sortir travailler{NNBSP}», résume ⟦Lucía Quispe|P⟧, étudiante en droit à l’⟦université de San Marcos|O|Université nationale principale de San Marcos⟧, rencontrée sur la ⟦place San Martín|L⟧. Pour le politologue ⟦Alonso Cárdenas|P⟧, de l’⟦université Antonio Ruiz de Montoya|O⟧, l’état d’urgence «{NNBSP}ne règle rien{NNBSP}». La mesure a déjà été appliquée à plusieurs reprises depuis ⟦2023|D⟧ sans faire reculer la criminalité, souligne-t-il.

L’instabilité n’a pour l’instant pas affolé les marchés : le sol s’échangeait ⟦jeudi|D⟧ à ⟦3,38|Q:money|3.38|PEN|0⟧ pour ⟦un dollar|Q:money|1|USD|0⟧, l’une des monnaies les plus stables d’⟦Amérique latine|L⟧. La ⟦Banque centrale de réserve du Pérou|O⟧ (⟦BCRP|O|Banque centrale de réserve du Pérou⟧), dirigée depuis ⟦2006|D⟧ par ⟦Julio Velarde|P⟧, a relevé sa prévision de croissance à ⟦3,2%|Q:percent|3.2|%|0⟧ pour ⟦2025|D⟧, grâce au cuivre, dont le pays est le troisième producteur mondial avec ⟦2,7 millions de tonnes|Q:measure|2700000|t|0⟧ par an. Mais le secteur minier s’inquiète de la multiplication des blocages de routes par les mineurs artisanaux.

Une nouvelle journée de mobilisation est convoquée pour le ⟦5 novembre|D⟧ par des collectifs étudiants et la ⟦Confédération générale des travailleurs du Pérou|O⟧ (⟦CGTP|O|Confédération générale des travailleurs du Pérou⟧). Le chef du gouvernement, ⟦Ernesto Álvarez|P⟧, a assuré que les forces de l’ordre n’utiliseraient «{NNBSP}pas d’armes létales{NNBSP}» contre les manifestants.

===ATTR===
mixed | Martín Ojeda | Martín Ojeda | a averti | les chauffeurs cesseraient le travail le 29 octobre « si rien ne change »
according-to | Défenseur du peuple | Défenseur du peuple | selon#1 | Une centaine de personnes, dont 80 policiers, ont été blessées
direct | José Jerí | José Jerí | a promis | une enquête exhaustive
direct | il | José Jerí | a-t-il déclaré | La sécurité des Péruviens est ma priorité absolue. Nous ne laisserons pas les bandes criminelles gouverner nos rues
according-to | Ipsos | Ipsos | selon#2 | 55% des Péruviens désapprouvent sa gestion et seuls 27% l’approuvent
indirect | manifestants | manifestants (non nommé) | dénoncent | l’explosion des extorsions visant transporteurs et commerçants
direct | Lucía Quispe | Lucía Quispe | résume | Nous ne sommes pas des délinquants, nous sommes des citoyens qui ont peur de sortir travailler
according-to | Alonso Cárdenas | Alonso Cárdenas | Pour | l’état d’urgence « ne règle rien »
indirect | il | Alonso Cárdenas | souligne-t-il | La mesure a déjà été appliquée à plusieurs reprises depuis 2023 sans faire reculer la criminalité
mixed | Ernesto Álvarez | Ernesto Álvarez | a assuré | les forces de l’ordre n’utiliseraient « pas d’armes létales » contre les manifestants
