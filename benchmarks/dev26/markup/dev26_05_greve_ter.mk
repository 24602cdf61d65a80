Grève des TER : un train sur trois seulement ⟦mardi|D⟧ dans les ⟦Hauts-de-France|L⟧, ⟦Xavier Bertrand|P⟧ tape du poing sur la table

La journée a été longue sur les quais de la gare ⟦Lille-Flandres|L⟧. À l’appel de ⟦SUD-Rail|O⟧ et de la ⟦CGT-Cheminots|O|Fédération CGT des cheminots⟧, les contrôleurs et une partie des conducteurs du réseau TER ⟦Hauts-de-France|L⟧ ont cessé le travail ⟦mardi|D⟧ dès ⟦4 h 30|D⟧, pour un mouvement de ⟦48 heures|Q:duration|48|hour|0⟧. Selon ⟦SNCF Voyageurs|O⟧, seuls ⟦35 %|Q:percent|35|%|0⟧ des ⟦1{NBSP}150|Q:count|1150||0⟧ trains quotidiens ont circulé, et aucun sur les lignes ⟦Lille|L⟧-⟦Amiens|L⟧ et ⟦Arras|L⟧-⟦Dunkerque|L⟧ avant ⟦9h|D⟧.

Les syndicats contestent la réorganisation des équipes prévue au ⟦1er mars|D⟧. Selon eux, elle supprimerait ⟦62|Q:count|62||0⟧ postes de contrôleurs et généraliserait les trains sans agent à bord. « On nous demande de faire plus avec moins, et ce sont les voyageurs qui trinquent. Un train sans contrôleur, c’est un train où personne ne peut aider en cas de malaise », a lancé ⟦Mickaël Dewaele|P⟧, secrétaire régional de ⟦SUD-Rail|O⟧, devant ⟦une centaine|Q:count|100||1⟧ de grévistes rassemblés à ⟦14 h 30|D⟧ sur le parvis.

La direction régionale de ⟦SNCF Voyageurs|O⟧ assure au contraire qu’aucun licenciement n’est envisagé. Son directeur, ⟦Frédéric Lemaire|P⟧, a indiqué que les ⟦62|Q:count|62||0⟧ agents concernés seraient « redéployés » sur les quais et dans les gares, et qu’un accompagnement serait assuré à bord des trains « chaque fois que la sécurité l’exige ».

Le président de la ⟦Région|O|conseil régional des Hauts-de-France⟧, ⟦Xavier Bertrand|P⟧, qui finance le TER à hauteur de ⟦600 millions d’euros|Q:money|600000000|EUR|1⟧ environ par an, a demandé à la ⟦SNCF|O⟧ de rembourser intégralement les abonnés. « C’est la onzième journée de grève depuis ⟦septembre|D⟧. Les usagers des ⟦Hauts-de-France|L⟧ ne sont pas des otages », a-t-il déclaré. La collectivité appliquera des pénalités qui pourraient atteindre ⟦4 millions d’euros|Q:money|4000000|EUR|1⟧ sur l’année, a-t-il ajouté.

Sur le terrain, les voyageurs ont dû improviser. Sur les ⟦110{NBSP}000|Q:count|110000||1⟧ personnes qui empruntent chaque jour le TER dans la région, beaucoup se sont reportées sur la voiture : l’autoroute ⟦A1|L⟧ affichait ⟦18 kilomètres|Q:measure|18|km|0⟧ de bouchons à l’entrée de ⟦Lille|L⟧ vers ⟦8h|D⟧. « J’ai mis ⟦deux heures|Q:duration|2|hour|0⟧ pour faire ⟦Béthune|L⟧-⟦Lille|L⟧ au lieu de ⟦40 minutes|Q:duration|40|minute|0⟧. Je vais encore perdre une demi-journée de salaire », soupire ⟦Amandine Leclercq|P⟧, ⟦29 ans|Q:duration|29|year|0⟧, aide-soignante.

D’après la préfecture du ⟦Nord|L⟧, ⟦22|Q:count|22||0⟧ cars de substitution ont été affrétés, une goutte d’eau face à la demande. Les associations d’usagers dénoncent un service déjà dégradé : la ponctualité du réseau est tombée à ⟦86,4 %|Q:percent|86.4|%|0⟧ en ⟦2025|D⟧, contre ⟦91 %|Q:percent|91|%|0⟧ ⟦cinq ans|Q:duration|5|year|0⟧ plus tôt, selon l’⟦Autorité de régulation des transports|O⟧.

Aucune rencontre n’était prévue ⟦mercredi|D⟧ entre la direction et les syndicats. ⟦SUD-Rail|O⟧ n’exclut pas de déposer un nouveau préavis pour les vacances de février.
===ATTR===
according-to | SNCF Voyageurs | SNCF Voyageurs | Selon | seuls 35 % des 1 150 trains quotidiens ont circulé, et aucun sur les lignes Lille-Amiens et Arras-Dunkerque avant 9h
according-to | eux | syndicats (non nommé) | Selon | elle supprimerait 62 postes de contrôleurs et généraliserait les trains sans agent à bord
direct | Mickaël Dewaele | Mickaël Dewaele | a lancé | On nous demande de faire plus avec moins, et ce sont les voyageurs qui trinquent. Un train sans contrôleur, c’est un train où personne ne peut aider en cas de malaise
indirect | direction régionale de SNCF Voyageurs | direction régionale de SNCF Voyageurs (non nommé) | assure | aucun licenciement n’est envisagé
mixed | Frédéric Lemaire | Frédéric Lemaire | a indiqué | les 62 agents concernés seraient « redéployés » sur les quais et dans les gares, et qu’un accompagnement serait assuré à bord des trains « chaque fois que la sécurité l’exige »
indirect | Xavier Bertrand | Xavier Bertrand | a demandé | à la SNCF de rembourser intégralement les abonnés
direct | il | Xavier Bertrand | a-t-il déclaré | C’est la onzième journée de grève depuis septembre. Les usagers des Hauts-de-France ne sont pas des otages
indirect | il#2 | Xavier Bertrand | a-t-il ajouté | La collectivité appliquera des pénalités qui pourraient atteindre 4 millions d’euros sur l’année
direct | Amandine Leclercq | Amandine Leclercq | soupire | J’ai mis deux heures pour faire Béthune-Lille au lieu de 40 minutes. Je vais encore perdre une demi-journée de salaire
according-to | préfecture | préfecture du Nord (non nommé) | D’après | 22 cars de substitution ont été affrétés, une goutte d’eau face à la demande
according-to | Autorité de régulation des transports | Autorité de régulation des transports | selon | la ponctualité du réseau est tombée à 86,4 % en 2025, contre 91 % cinq ans plus tôt
