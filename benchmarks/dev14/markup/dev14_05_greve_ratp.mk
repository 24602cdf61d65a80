Grève à la ⟦RATP|O|Régie autonome des transports parisiens⟧ : une journée noire dans les transports ⟦franciliens|N⟧, le RER B coupé en deux

Les usagers d’⟦Île-de-France|L⟧ ont vécu ⟦ce jeudi|D⟧ l’une des journées les plus difficiles de l’année. À l’appel de ⟦quatre|Q:count|4||0⟧ syndicats, dont la ⟦CGT-RATP|O⟧ et ⟦FO-RATP|O⟧, près de ⟦40 %|Q:percent|40|%|1⟧ des conducteurs de métro et de RER étaient en grève, selon la direction de la ⟦RATP|O|Régie autonome des transports parisiens⟧. Les syndicats réclament une hausse générale des salaires de ⟦6 %|Q:percent|6|%|0⟧ et l’embauche de ⟦1 200|Q:count|1200||0⟧ agents supplémentaires.

Sur le RER B, qui relie l’aéroport ⟦Roissy-Charles-de-Gaulle|L⟧ à ⟦Saint-Rémy-lès-Chevreuse|L⟧, la circulation a été interrompue entre ⟦Gare du Nord|L⟧ et ⟦Denfert-Rochereau|L⟧ de ⟦5 h 30|D⟧ à ⟦20 heures|D⟧. La ⟦SNCF|O⟧, qui exploite la partie nord de la ligne, n’a pu assurer qu’⟦un|Q:count|1||0⟧ train sur ⟦trois|Q:count|3||0⟧. Sur les lignes de métro, ⟦huit|Q:count|8||0⟧ stations ont été fermées et le trafic n’a été normal que sur les ⟦deux|Q:count|2||0⟧ lignes automatiques.

«{NNBSP}On nous traite comme si nous étions des privilégiés. Un conducteur débutant gagne moins de ⟦2 000 euros|Q:money|2000|EUR|1⟧ net et ne peut plus se loger à moins d’⟦une heure|Q:duration|1|hour|1⟧ de son dépôt{NNBSP}», dénonce ⟦Karim Belhadj|P⟧, délégué de la ⟦CGT-RATP|O⟧ au dépôt de ⟦Saint-Ouen|L⟧. La direction juge pour sa part les revendications «{NNBSP}irréalistes{NNBSP}» et rappelle que les salaires ont progressé de ⟦4,6 %|Q:percent|4.6|%|0⟧ en ⟦deux ans|Q:duration|2|year|0⟧.

La présidente de la région et d’⟦Île-de-France Mobilités|O⟧ (⟦IDFM|O|Île-de-France Mobilités⟧), ⟦Valérie Pécresse|P⟧, a réclamé le remboursement des abonnés. «{NNBSP}Les ⟦Franciliens|N⟧ paient ⟦88,80 euros|Q:money|88.8|EUR|0⟧ par mois pour leur passe Navigo. Ils ont droit à un service{NNBSP}», a-t-elle déclaré sur ⟦RTL|O⟧. Selon ⟦IDFM|O|Île-de-France Mobilités⟧, quelque ⟦3 millions|Q:count|3000000||1⟧ de voyageurs ont été touchés.

À ⟦Châtelet-Les Halles|L⟧, vers ⟦8 h 15|D⟧, les quais étaient noirs de monde. ⟦Sandrine|P⟧, ⟦47 ans|Q:duration|47|year|0⟧, aide-soignante à l’⟦hôpital Lariboisière|O⟧, a mis ⟦deux heures et demie|Q:duration|2.5|hour|0⟧ pour venir d’⟦Aulnay-sous-Bois|L⟧ (⟦Seine-Saint-Denis|L⟧). «{NNBSP}Je comprends leur colère, mais c’est toujours nous qui payons{NNBSP}», soupire-t-elle. Sur les routes, on comptait à ⟦9 heures|D⟧ plus de ⟦450 kilomètres|Q:measure|450|km|1⟧ de bouchons, contre ⟦300|Q:measure|300|km|1⟧ environ un jour ordinaire.

Le ministre des Transports, ⟦Philippe Tabarot|P⟧, a appelé ⟦mercredi soir|D⟧ la direction et les syndicats à «{NNBSP}reprendre le dialogue sans attendre{NNBSP}». Le mouvement pourrait durer. Les ⟦quatre|Q:count|4||0⟧ syndicats se réuniront ⟦vendredi matin|D⟧ pour décider d’une éventuelle reconduction. «{NNBSP}Si la direction ne revient pas à la table avec de vraies propositions, nous repartirons ⟦la semaine prochaine|D⟧{NNBSP}», a prévenu ⟦Karim Belhadj|P⟧. La précédente grève d’ampleur à la ⟦RATP|O|Régie autonome des transports parisiens⟧ remonte au ⟦13 septembre 2019|D⟧, contre la réforme des retraites.

En attendant, la ⟦RATP|O|Régie autonome des transports parisiens⟧ annonce pour ⟦vendredi|D⟧ un trafic «{NNBSP}très perturbé{NNBSP}» sur les RER A et B et sur ⟦six|Q:count|6||0⟧ lignes de métro. Les usagers sont invités à consulter l’application de la régie avant de partir.
===ATTR===
according-to | direction | direction de la RATP (non nommé) | selon#1 | près de 40 % des conducteurs de métro et de RER étaient en grève
indirect | syndicats | CGT-RATP, FO-RATP et deux autres syndicats | réclament | une hausse générale des salaires de 6 % et l’embauche de 1 200 agents supplémentaires
direct | Karim Belhadj#1 | Karim Belhadj | dénonce | On nous traite comme si nous étions des privilégiés. Un conducteur débutant gagne moins de 2 000 euros net et ne peut plus se loger à moins d’une heure de son dépôt
mixed | direction | direction de la RATP (non nommé) | juge | les revendications « irréalistes »
indirect | direction | direction de la RATP (non nommé) | rappelle | les salaires ont progressé de 4,6 % en deux ans
indirect | Valérie Pécresse | Valérie Pécresse | a réclamé | le remboursement des abonnés
direct | elle | Valérie Pécresse | a-t-elle déclaré | Les Franciliens paient 88,80 euros par mois pour leur passe Navigo. Ils ont droit à un service
according-to | IDFM#2 | Île-de-France Mobilités | Selon#1 | quelque 3 millions de voyageurs ont été touchés
direct | elle | Sandrine | soupire-t-elle | Je comprends leur colère, mais c’est toujours nous qui payons
direct | Karim Belhadj#2 | Karim Belhadj | a prévenu | Si la direction ne revient pas à la table avec de vraies propositions, nous repartirons la semaine prochaine
mixed | RATP | Régie autonome des transports parisiens | annonce | un trafic « très perturbé » sur les RER A et B et sur six lignes de métro
mixed | Philippe Tabarot | Philippe Tabarot | a appelé | la direction et les syndicats à « reprendre le dialogue sans attendre »
