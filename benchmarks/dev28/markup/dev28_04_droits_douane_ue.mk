Droits de douane : ⟦Washington|L|États-Unis⟧ frappe les machines européennes, ⟦Bruxelles|L|Union européenne⟧ prépare sa riposte

La trêve commerciale transatlantique n'aura duré qu'un peu plus d'⟦un an|Q:duration|1|year|1⟧. L'administration de ⟦Donald Trump|P⟧ a annoncé ⟦vendredi|D⟧ que les droits de douane sur les machines-outils, les équipements industriels et une partie des produits chimiques importés de l'⟦Union européenne|O⟧ passeraient de ⟦15%|Q:percent|15|%|0⟧ à ⟦35%|Q:percent|35|%|0⟧ à compter du ⟦1er février|D⟧. Selon le ⟦bureau du représentant américain au commerce|O|Bureau du représentant américain au commerce⟧ (⟦USTR|O|Bureau du représentant américain au commerce⟧), les produits visés représentent ⟦41 milliards de dollars|Q:money|41000000000|USD|0⟧ d'importations par an, soit environ ⟦35 milliards d'euros|Q:money|35000000000|EUR|1⟧.

Le représentant au commerce, ⟦Jamieson Greer|P⟧, a dénoncé "un déséquilibre persistant" des échanges et des règles européennes sur le numérique qui pénalisent les groupes ⟦américains|N⟧. L'excédent commercial de l'⟦UE|O|Union européenne⟧ avec les ⟦Etats-Unis|L|États-Unis⟧ a atteint ⟦198 milliards d'euros|Q:money|198000000000|EUR|0⟧ en ⟦2025|D⟧, d'après ⟦Eurostat|O⟧.

La réponse de la ⟦Commission européenne|O⟧ n'a pas tardé. "Nous regrettons profondément cette décision, qui viole l'accord conclu ⟦l'an dernier|D⟧. L'⟦Union|O|Union européenne⟧ n'a pas d'autre choix que de préparer des contre-mesures proportionnées", a déclaré le commissaire au Commerce, ⟦Maros Sefcovic|P|Maroš Šefčovič⟧, à ⟦Bruxelles|L⟧. La ⟦Commission|O|Commission européenne⟧ a soumis aux États membres une liste de produits ⟦américains|N⟧ représentant ⟦26 milliards d'euros|Q:money|26000000000|EUR|0⟧, du bourbon aux motos en passant par le soja, qui pourraient être taxés jusqu'à ⟦25%|Q:percent|25|%|1⟧ dès ⟦mars|D⟧.

Toutefois, M. ⟦Sefcovic|P|Maroš Šefčovič⟧ a indiqué qu'il se rendrait à ⟦Washington|L⟧ ⟦la semaine prochaine|D⟧ et que "la porte de la négociation reste ouverte". Plusieurs capitales, dont ⟦Berlin|L|Allemagne⟧ et ⟦Rome|L|Italie⟧, plaident pour éviter l'escalade, selon des diplomates ⟦européens|N⟧.

L'industrie ⟦allemande|N⟧ est en première ligne. D'après la fédération des constructeurs de machines ⟦VDMA|O|Verband Deutscher Maschinen- und Anlagenbau⟧, près de ⟦40%|Q:percent|40|%|1⟧ des exportations européennes concernées proviennent d'⟦Allemagne|L⟧, et ⟦12000|Q:count|12000||0⟧ entreprises du secteur exportent vers les ⟦Etats-Unis|L|États-Unis⟧. "A ⟦35%|Q:percent|35|%|0⟧, beaucoup de nos PME perdront leurs clients ⟦américains|N⟧ en quelques mois", a averti son président, ⟦Karl-Heinz Moeller|P⟧.

En ⟦France|L⟧, la ⟦Fédération des industries mécaniques|O⟧ (⟦FIM|O|Fédération des industries mécaniques⟧) estime l'impact à ⟦2,8 milliards d'euros|Q:money|2800000000|EUR|0⟧ de ventes pour ses adhérents. "Nous ne demandons pas une guerre commerciale, nous demandons que l'⟦Europe|L⟧ ne soit pas naïve", a déclaré son délégué général, ⟦Laurent Vercamer|P⟧, qui réclame un fonds de soutien d'urgence aux exportateurs. Le ministre de l'Economie, lui, a assuré que le gouvernement soutiendrait "une réponse ferme et unie".

Les marchés ont réagi sans tarder. L'indice Stoxx 600 a perdu ⟦1,9%|Q:percent|1.9|%|0⟧ et l'euro a reculé à ⟦1,07 dollar|Q:money|1.07|USD|0⟧. Pour ⟦Hélène Darrieux|P⟧, économiste chez ⟦Natixis|O⟧, la hausse pourrait coûter entre ⟦0,2 et 0,3 point|Q:percent|0.2~0.3|%|0⟧ de croissance à la ⟦zone euro|L⟧ en ⟦2027|D⟧. "Le vrai risque, c'est l'incertitude : les industriels gèlent leurs investissements en attendant de connaître les règles", explique-t-elle.
===ATTR===
indirect | administration | administration Trump | a annoncé | les droits de douane sur les machines-outils, les équipements industriels et une partie des produits chimiques importés de l'Union européenne passeraient de 15% à 35% à compter du 1er février
according-to | bureau du représentant américain au commerce | Bureau du représentant américain au commerce | Selon | les produits visés représentent 41 milliards de dollars d'importations par an, soit environ 35 milliards d'euros
according-to | Eurostat | Eurostat | d'après | L'excédent commercial de l'UE avec les Etats-Unis a atteint 198 milliards d'euros en 2025
direct | Maros Sefcovic | Maroš Šefčovič | a déclaré | Nous regrettons profondément cette décision, qui viole l'accord conclu l'an dernier. L'Union n'a pas d'autre choix que de préparer des contre-mesures proportionnées
mixed | Sefcovic | Maroš Šefčovič | a indiqué | il se rendrait à Washington la semaine prochaine et que "la porte de la négociation reste ouverte"
according-to | diplomates | diplomates européens (non nommé) | selon | Plusieurs capitales, dont Berlin et Rome, plaident pour éviter l'escalade
according-to | VDMA | Verband Deutscher Maschinen- und Anlagenbau | D'après | près de 40% des exportations européennes concernées proviennent d'Allemagne, et 12000 entreprises du secteur exportent vers les Etats-Unis
direct | Karl-Heinz Moeller | Karl-Heinz Moeller | a averti | A 35%, beaucoup de nos PME perdront leurs clients américains en quelques mois
indirect | Fédération des industries mécaniques | Fédération des industries mécaniques | estime | l'impact à 2,8 milliards d'euros de ventes pour ses adhérents
direct | Laurent Vercamer | Laurent Vercamer | a déclaré | Nous ne demandons pas une guerre commerciale, nous demandons que l'Europe ne soit pas naïve
mixed | ministre | ministre de l'Economie (non nommé) | a assuré | le gouvernement soutiendrait "une réponse ferme et unie"
according-to | Hélène Darrieux | Hélène Darrieux | Pour | la hausse pourrait coûter entre 0,2 et 0,3 point de croissance à la zone euro en 2027
direct | elle | Hélène Darrieux | explique-t-elle | Le vrai risque, c'est l'incertitude : les industriels gèlent leurs investissements en attendant de connaître les règles
mixed | Jamieson Greer | Jamieson Greer | a dénoncé | "un déséquilibre persistant" des échanges et des règles européennes sur le numérique qui pénalisent les groupes américains
indirect | Laurent Vercamer | Laurent Vercamer | réclame | un fonds de soutien d'urgence aux exportateurs
