Canicule : le ⟦Rhône|L⟧ en vigilance rouge, les urgences ⟦lyonnaises|N⟧ sous tension

⟦Lyon|L⟧ a battu ⟦mardi|D⟧ son record absolu de chaleur avec ⟦41,4{NNBSP}°C|Q:measure|41.4|°C|0⟧ relevés à ⟦16 h 40|D⟧ à la station de ⟦Bron|L⟧, selon ⟦Météo-France|O⟧, qui a placé le ⟦Rhône|L⟧ et ⟦quinze|Q:count|15||0⟧ autres départements en vigilance rouge canicule jusqu’à ⟦jeudi|D⟧ au moins. Le précédent record, ⟦40,5{NNBSP}°C|Q:measure|40.5|°C|0⟧, datait du ⟦13 août 2003|D⟧. Ailleurs dans la région, le thermomètre est monté jusqu’à ⟦39,8{NNBSP}°C|Q:measure|39.8|°C|1⟧ à ⟦Grenoble|L⟧ (⟦Isère|L⟧) et ⟦40,2{NNBSP}°C|Q:measure|40.2|°C|1⟧ à ⟦Montélimar|L⟧ (⟦Drôme|L⟧).

«{NBSP}Nous sommes face à un épisode d’une intensité exceptionnelle, comparable à celui de ⟦2003|D⟧ par sa durée{NBSP}», a averti lors d’un point presse le prévisionniste ⟦Mathieu Sorel|P⟧, qui n’attend pas de baisse significative des températures avant ⟦le week-end|D⟧.

Aux urgences de l’⟦hôpital Édouard-Herriot|O⟧, la file des brancards s’allonge depuis ⟦samedi|D⟧. Les ⟦Hospices civils de Lyon|O⟧ (⟦HCL|O|Hospices civils de Lyon⟧) ont déclenché ⟦lundi soir|D⟧ leur plan blanc, qui permet de rappeler des personnels en congés et de déprogrammer des opérations non urgentes. «{NBSP}On a vu arriver en ⟦48 heures|Q:duration|48|hour|0⟧ ⟦une soixantaine|Q:count|60||1⟧ de personnes âgées en coup de chaleur, certaines à plus de ⟦40|Q:measure|40|°C|1⟧ de température{NBSP}», raconte le Dr ⟦Karim Benali|P⟧, chef de service, au terme d’une garde de ⟦24 heures|Q:duration|24|hour|0⟧.

Selon l’⟦agence régionale de santé|O|agence régionale de santé Auvergne-Rhône-Alpes⟧ (⟦ARS|O|agence régionale de santé Auvergne-Rhône-Alpes⟧) ⟦Auvergne-Rhône-Alpes|L⟧, ⟦312|Q:count|312||0⟧ passages aux urgences pour des pathologies liées à la chaleur ont été enregistrés dans la région entre ⟦samedi et lundi|D⟧, soit une hausse de ⟦85{NBSP}%|Q:percent|85|%|0⟧ par rapport à ⟦la semaine précédente|D⟧. ⟦Trois|Q:count|3||0⟧ décès, dont celui d’un couvreur de ⟦52 ans|Q:duration|52|year|0⟧ à ⟦Villeurbanne|L⟧, font l’objet d’enquêtes pour déterminer leur lien avec la canicule.

La ⟦préfecture du Rhône|O⟧ a instauré la circulation différenciée dans l’agglomération ⟦lyonnaise|N⟧ et abaissé de ⟦20 km/h|Q:measure|20|km/h|0⟧ les vitesses maximales autorisées sur les autoroutes ⟦A6|L⟧ et ⟦A7|L⟧. Les marchés et les chantiers devront s’arrêter à ⟦14 heures|D⟧. Sur les bords du ⟦Rhône|L⟧ et de la ⟦Saône|L⟧, la ⟦mairie de Lyon|O⟧ a ouvert ⟦huit|Q:count|8||0⟧ «{NBSP}îlots de fraîcheur{NBSP}» et prolongé jusqu’à ⟦22 heures|D⟧ l’ouverture des piscines municipales.

Le maire de ⟦Lyon|L⟧, ⟦Grégory Doucet|P⟧, a appelé les habitants à «{NBSP}prendre des nouvelles{NBSP}» de leurs voisins isolés. Plus de ⟦5300|Q:count|5300||1⟧ personnes vulnérables sont inscrites sur le registre municipal et reçoivent un appel quotidien, a précisé la mairie.

Dans les campagnes, la sécheresse inquiète. Le préfet a interdit l’arrosage entre ⟦8 heures|D⟧ et ⟦20 heures|D⟧ dans ⟦142|Q:count|142||0⟧ communes. «{NBSP}Le maïs grille sur pied, on va perdre ⟦30 à 40{NBSP}%|Q:percent|30~40|%|1⟧ de la récolte{NBSP}», s’alarme ⟦Jean-Paul Mercier|P⟧, céréalier à ⟦Meyzieu|L⟧. ⟦Santé publique France|O⟧ rappelle qu’entre ⟦2015 et 2024|D⟧, les vagues de chaleur ont causé plus de ⟦33000|Q:count|33000||1⟧ morts en ⟦France métropolitaine|L⟧.
===ATTR===
according-to | Météo-France | Météo-France | selon | Lyon a battu mardi son record absolu de chaleur avec 41,4 °C relevés à 16 h 40 à la station de Bron
direct | Mathieu Sorel | Mathieu Sorel | a averti | Nous sommes face à un épisode d’une intensité exceptionnelle, comparable à celui de 2003 par sa durée
direct | Karim Benali | Karim Benali | raconte | On a vu arriver en 48 heures une soixantaine de personnes âgées en coup de chaleur, certaines à plus de 40 de température
according-to | agence régionale de santé | agence régionale de santé Auvergne-Rhône-Alpes | Selon | 312 passages aux urgences pour des pathologies liées à la chaleur ont été enregistrés dans la région entre samedi et lundi, soit une hausse de 85 % par rapport à la semaine précédente
mixed | Grégory Doucet | Grégory Doucet | a appelé | les habitants à « prendre des nouvelles » de leurs voisins isolés
indirect | mairie#2 | mairie de Lyon | a précisé | Plus de 5300 personnes vulnérables sont inscrites sur le registre municipal et reçoivent un appel quotidien
direct | Jean-Paul Mercier | Jean-Paul Mercier | s’alarme | Le maïs grille sur pied, on va perdre 30 à 40 % de la récolte
indirect | Santé publique France | Santé publique France | rappelle | entre 2015 et 2024, les vagues de chaleur ont causé plus de 33000 morts en France métropolitaine
