⟦Vannes|L⟧ : le conseil municipal valide le tracé du futur bus à haut niveau de service

Après plus de ⟦quatre heures|Q:duration|4|hour|1⟧ de débats, le ⟦conseil municipal de Vannes|O⟧ a adopté ⟦lundi soir|D⟧, par ⟦35|Q:count|35||0⟧ voix contre ⟦9|Q:count|9||0⟧, le tracé de la future ligne de bus à haut niveau de service (BHNS). Longue de ⟦8,4 km|Q:measure|8.4|km|0⟧, elle reliera la gare ⟦SNCF|O|Société nationale des chemins de fer français⟧ au campus de ⟦Tohannic|L⟧ en desservant ⟦21|Q:count|21||0⟧ stations, dont ⟦quatre|Q:count|4||0⟧ pôles d’échanges avec les lignes périurbaines.

Le projet est estimé à ⟦62 millions d’euros|Q:money|62000000|EUR|0⟧ hors taxes. L’État doit apporter ⟦9,5 millions|Q:money|9500000|EUR|0⟧ au titre de l’appel à projets sur les transports collectifs, la région ⟦Bretagne|L⟧ environ ⟦6 millions|Q:money|6000000|EUR|1⟧, le reste étant financé par ⟦Golfe du Morbihan-Vannes agglomération|O⟧ et le versement mobilité des entreprises. Les travaux doivent commencer au ⟦printemps 2027|D⟧ pour une mise en service à la ⟦rentrée 2029|D⟧.

« C’est le projet de la décennie pour ⟦Vannes|L⟧. Aujourd’hui, il faut ⟦38 minutes|Q:duration|38|minute|0⟧ aux heures de pointe pour aller de la gare à ⟦Tohannic|L⟧ ; demain, il en faudra ⟦24|Q:duration|24|minute|0⟧, avec un bus toutes les ⟦huit minutes|Q:duration|8|minute|0⟧ », a déclaré le maire, ⟦Yannick Le Goff|P⟧, en ouvrant la séance. L’élu a assuré que la ligne serait « l’épine dorsale » du réseau et que les tarifs ne seraient pas augmentés.

Le tracé retenu emprunte l’⟦avenue Victor-Hugo|L⟧ et supprime ⟦420|Q:count|420||0⟧ places de stationnement en centre-ville, dont ⟦150|Q:count|150||0⟧ seront recréées dans un parking en ouvrage près de la gare. C’est le principal point de friction avec les commerçants. Selon l’association ⟦Vannes Cœur de ville|O⟧, qui fédère ⟦180|Q:count|180||0⟧ boutiques, près de ⟦30 %|Q:percent|30|%|1⟧ de la clientèle du centre vient en voiture. « On ne dit pas non au bus, on dit non à un chantier de ⟦deux ans|Q:duration|2|year|0⟧ sans compensation », résume sa présidente, ⟦Gwenaëlle Riou|P⟧, qui réclame un fonds d’indemnisation pour les commerces touchés.

Dans l’opposition, ⟦Marc-Antoine Jégo|P⟧, chef de file du groupe « ⟦Vannes autrement|O⟧ », a dénoncé « un projet surdimensionné » et un coût par kilomètre « plus proche d’un tramway que d’un bus ». Il a demandé au maire d’organiser une consultation des habitants avant le lancement des travaux, une proposition rejetée par la majorité. « Avec ⟦62 millions|Q:money|62000000|EUR|0⟧, on pouvait renforcer toutes les lignes de quartier, pas seulement celle qui passe devant la mairie », a-t-il lancé.

Les écologistes, eux, ont voté pour. Le site propre ne couvrira que ⟦70 %|Q:percent|70|%|0⟧ du parcours. D’après l’étude d’impact, la ligne devrait transporter entre ⟦9 000 et 11 000|Q:count|9000~11000||0⟧ voyageurs par jour et éviter environ ⟦1 800|Q:count|1800||1⟧ trajets en voiture quotidiens.

Le dossier doit encore passer devant le conseil communautaire le ⟦18 décembre|D⟧. Une enquête publique sera ouverte en ⟦mars|D⟧. En attendant, le réseau ⟦Kicéo|O⟧ testera dès ⟦janvier|D⟧ des bus électriques de ⟦18 mètres|Q:measure|18|m|0⟧ sur la ligne actuelle.
===ATTR===
direct | Yannick Le Goff | Yannick Le Goff | a déclaré | C’est le projet de la décennie pour Vannes. Aujourd’hui, il faut 38 minutes aux heures de pointe pour aller de la gare à Tohannic ; demain, il en faudra 24, avec un bus toutes les huit minutes
mixed | élu | Yannick Le Goff | a assuré | la ligne serait « l’épine dorsale » du réseau et que les tarifs ne seraient pas augmentés
according-to | Vannes Cœur de ville | Vannes Cœur de ville | Selon | près de 30 % de la clientèle du centre vient en voiture
direct | Gwenaëlle Riou | Gwenaëlle Riou | résume | On ne dit pas non au bus, on dit non à un chantier de deux ans sans compensation
indirect | Gwenaëlle Riou | Gwenaëlle Riou | réclame | un fonds d’indemnisation pour les commerces touchés
mixed | Marc-Antoine Jégo | Marc-Antoine Jégo | a dénoncé | « un projet surdimensionné » et un coût par kilomètre « plus proche d’un tramway que d’un bus »
indirect | Il | Marc-Antoine Jégo | a demandé | au maire d’organiser une consultation des habitants avant le lancement des travaux
direct | il | Marc-Antoine Jégo | a-t-il lancé | Avec 62 millions, on pouvait renforcer toutes les lignes de quartier, pas seulement celle qui passe devant la mairie
according-to | étude | étude d’impact (non nommé) | D’après | la ligne devrait transporter entre 9 000 et 11 000 voyageurs par jour et éviter environ 1 800 trajets en voiture quotidiens
