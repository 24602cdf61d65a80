Grève des contrôleurs : la ⟦SNCF|O|Société nationale des chemins de fer français⟧ supprime ⟦deux|Q:count|2||0⟧ TGV sur ⟦cinq|Q:count|5||0⟧ pour le ⟦week-end de l’Ascension|D⟧

⟦Paris|L⟧, ⟦27 mai|D⟧ (⟦AFP|O|Agence France-Presse⟧) – La ⟦SNCF|O|Société nationale des chemins de fer français⟧ ne fera circuler que ⟦trois|Q:count|3||0⟧ TGV sur ⟦cinq|Q:count|5||0⟧ ⟦jeudi|D⟧ et ⟦vendredi|D⟧ en raison d’un préavis de grève des contrôleurs déposé par ⟦SUD-Rail|O⟧ et la ⟦CGT-Cheminots|O|Fédération CGT des cheminots⟧ pour le ⟦week-end de l’Ascension|D⟧, a annoncé ⟦mardi|D⟧ la direction de l’entreprise publique. Quelque ⟦450{NNBSP}000|Q:count|450000||1⟧ voyageurs ont déjà été prévenus par SMS que leur train était supprimé, selon une source proche de la direction.

Le trafic des TER sera «{NNBSP}très perturbé{NNBSP}» en ⟦Provence-Alpes-Côte d’Azur|L⟧, en ⟦Occitanie|L⟧ et dans les ⟦Hauts-de-France|L⟧, où seuls ⟦40{NNBSP}%|Q:percent|40|%|0⟧ des trains sont prévus, a précisé la ⟦SNCF|O|Société nationale des chemins de fer français⟧ dans un communiqué. La filiale à bas coût ⟦Ouigo|O⟧ sera la plus touchée, avec ⟦sept|Q:count|7||0⟧ trains sur ⟦dix|Q:count|10||0⟧ annulés au départ de la ⟦gare de Lyon|L⟧, à ⟦Paris|L⟧, et de ⟦Marne-la-Vallée|L⟧.

Les contrôleurs réclament une prime de ⟦150 euros|Q:money|150|EUR|0⟧ brut par mois et l’embauche de ⟦1{NNBSP}000|Q:count|1000||0⟧ agents supplémentaires d’ici à ⟦la fin de l’année|D⟧. «{NNBSP}Nous ne sommes pas des preneurs d’otages. Si la direction avait ouvert de vraies négociations en ⟦mars|D⟧, nous n’en serions pas là{NNBSP}», a déclaré à l’⟦AFP|O|Agence France-Presse⟧ ⟦Karim Benhaddou|P⟧, délégué ⟦SUD-Rail|O⟧ à la ⟦gare Saint-Charles|L⟧ de ⟦Marseille|L⟧. Selon lui, la participation pourrait dépasser ⟦70{NNBSP}%|Q:percent|70|%|1⟧ parmi les quelque ⟦8{NNBSP}000|Q:count|8000||1⟧ contrôleurs que compte l’entreprise.

Le directeur général de ⟦SNCF Voyageurs|O⟧, ⟦Antoine Mercadier|P⟧, a jugé la grève «{NNBSP}incompréhensible{NNBSP}», alors que l’entreprise a proposé le ⟦12 mai|D⟧ une hausse de ⟦4,2{NNBSP}%|Q:percent|4.2|%|0⟧ de l’enveloppe salariale. «{NNBSP}On ne peut pas prendre en otage ⟦des milliers|Q:count|1000||1⟧ de familles pour une revendication catégorielle{NNBSP}», a-t-il ajouté ⟦mardi matin|D⟧ sur ⟦RTL|O⟧, assurant que les voyageurs seraient «{NNBSP}intégralement remboursés{NNBSP}».

Le ministre des Transports, ⟦Philippe Tabarot|P⟧, a appelé ⟦mardi soir|D⟧ les syndicats à «{NNBSP}lever le préavis{NNBSP}» et la direction à «{NNBSP}faire un geste{NNBSP}». D’après le ministère, chaque journée de grève coûte environ ⟦20 millions d’euros|Q:money|20000000|EUR|1⟧ à la ⟦SNCF|O|Société nationale des chemins de fer français⟧.

Les voyageurs, eux, s’organisent. À la ⟦gare Montparnasse|L⟧, ⟦Julie|P⟧, ⟦34 ans|Q:duration|34|year|0⟧, a appris ⟦lundi soir|D⟧ que son TGV pour ⟦Bordeaux|L⟧ était supprimé. «{NNBSP}J’ai trouvé une place en covoiturage pour ⟦45 euros|Q:money|45|EUR|0⟧, contre ⟦89 euros|Q:money|89|EUR|0⟧ en train, mais je mettrai ⟦sept heures|Q:duration|7|hour|0⟧ au lieu de ⟦deux heures et quart|Q:duration|2.25|hour|0⟧{NNBSP}», raconte cette infirmière ⟦parisienne|N⟧.

Les plateformes de covoiturage en profitent. ⟦BlaBlaCar|O⟧ a enregistré ⟦310{NNBSP}000|Q:count|310000||0⟧ réservations pour ces ⟦quatre jours|Q:duration|4|day|0⟧, en hausse de ⟦180{NNBSP}%|Q:percent|180|%|0⟧ sur ⟦un an|Q:duration|1|year|0⟧, a indiqué la société à l’⟦AFP|O|Agence France-Presse⟧.

Il s’agit du troisième mouvement des contrôleurs depuis ⟦décembre 2022|D⟧, quand une grève avait privé de train ⟦200{NNBSP}000|Q:count|200000||0⟧ voyageurs pendant le ⟦week-end de Noël|D⟧. La direction avait alors accordé une hausse de ⟦600 euros|Q:money|600|EUR|0⟧ par an de la prime de travail.

Une dernière réunion est prévue ⟦mercredi|D⟧ à ⟦14h|D⟧ au siège de la ⟦SNCF|O|Société nationale des chemins de fer français⟧, à ⟦Saint-Denis|L⟧, avec les ⟦quatre|Q:count|4||0⟧ syndicats représentatifs : la ⟦CGT-Cheminots|O|Fédération CGT des cheminots⟧, l’⟦Unsa-Ferroviaire|O⟧, ⟦SUD-Rail|O⟧ et la ⟦CFDT-Cheminots|O⟧.
===ATTR===
indirect | direction#1 | direction de la SNCF | a annoncé | La SNCF ne fera circuler que trois TGV sur cinq jeudi et vendredi en raison d’un préavis de grève des contrôleurs déposé par SUD-Rail et la CGT-Cheminots pour le week-end de l’Ascension
according-to | source | source proche de la direction de la SNCF (non nommé) | selon | Quelque 450 000 voyageurs ont déjà été prévenus par SMS que leur train était supprimé
mixed | SNCF | Société nationale des chemins de fer français | a précisé | Le trafic des TER sera « très perturbé » en Provence-Alpes-Côte d’Azur, en Occitanie et dans les Hauts-de-France, où seuls 40 % des trains sont prévus
indirect | contrôleurs | contrôleurs de la SNCF (non nommé) | réclament | une prime de 150 euros brut par mois et l’embauche de 1 000 agents supplémentaires d’ici à la fin de l’année
direct | Karim Benhaddou | Karim Benhaddou | a déclaré | Nous ne sommes pas des preneurs d’otages. Si la direction avait ouvert de vraies négociations en mars, nous n’en serions pas là
according-to | lui | Karim Benhaddou | Selon | la participation pourrait dépasser 70 % parmi les quelque 8 000 contrôleurs que compte l’entreprise
mixed | Antoine Mercadier | Antoine Mercadier | a jugé | la grève « incompréhensible »
direct | il | Antoine Mercadier | a-t-il ajouté | On ne peut pas prendre en otage des milliers de familles pour une revendication catégorielle
mixed | il | Antoine Mercadier | assurant | les voyageurs seraient « intégralement remboursés »
mixed | Philippe Tabarot | Philippe Tabarot | a appelé | les syndicats à « lever le préavis » et la direction à « faire un geste »
according-to | ministère | ministère des Transports | D’après | chaque journée de grève coûte environ 20 millions d’euros à la SNCF
direct | infirmière | Julie | raconte | J’ai trouvé une place en covoiturage pour 45 euros, contre 89 euros en train, mais je mettrai sept heures au lieu de deux heures et quart
indirect | société | BlaBlaCar | a indiqué | BlaBlaCar a enregistré 310 000 réservations pour ces quatre jours, en hausse de 180 % sur un an
