Tempête Ingrid : ⟦deux|Q:count|2||0⟧ morts et plus de ⟦260{NNBSP}000|Q:count|260000||1⟧ foyers privés d’électricité dans le ⟦Sud-Ouest|L⟧

⟦Bordeaux|L⟧, ⟦5 février|D⟧ (⟦AFP|O|Agence France-Presse⟧) – La tempête Ingrid a balayé ⟦la nuit de mercredi à jeudi|D⟧ la façade atlantique, avec des rafales atteignant ⟦168{NBSP}km/h|Q:measure|168|km/h|0⟧ au ⟦cap Ferret|L⟧ (⟦Gironde|L⟧) et ⟦154{NBSP}km/h|Q:measure|154|km/h|0⟧ à ⟦Biscarrosse|L⟧ (⟦Landes|L⟧), selon ⟦Météo-France|O⟧. ⟦Deux|Q:count|2||0⟧ personnes ont trouvé la mort. Plus de ⟦260{NNBSP}000|Q:count|260000||1⟧ foyers étaient toujours privés d’électricité ⟦jeudi|D⟧ à ⟦18h00|D⟧, a indiqué ⟦Enedis|O⟧, qui a mobilisé ⟦3{NNBSP}500|Q:count|3500||0⟧ techniciens.

La ⟦Gironde|L⟧ (33) et les ⟦Landes|L⟧ (40) avaient été placées en vigilance rouge pour vents violents ⟦mercredi|D⟧ à ⟦16h00|D⟧, une première depuis la tempête Klaus en ⟦janvier 2009|D⟧. ⟦Huit|Q:count|8||0⟧ autres départements, de la ⟦Charente-Maritime|L⟧ (17) aux ⟦Pyrénées-Atlantiques|L⟧ (64), restaient en vigilance orange ⟦jeudi soir|D⟧.

À ⟦Lacanau|L⟧, un homme de ⟦68 ans|Q:duration|68|year|0⟧ a été tué par la chute d’un pin sur sa voiture vers ⟦5h30|D⟧, a précisé la ⟦préfecture de la Gironde|O⟧. Dans les ⟦Landes|L⟧, une femme d’⟦une cinquantaine d’années|Q:duration|50|year|1⟧ a été emportée par une vague sur la plage de ⟦Mimizan|L⟧, où elle promenait son chien malgré les interdictions, selon la gendarmerie.

« Nous avons vécu une nuit d’une violence exceptionnelle. Je demande à chacun de limiter ses déplacements jusqu’à ⟦vendredi midi|D⟧ », a déclaré la préfète de la ⟦Gironde|L⟧, ⟦Françoise Dumont-Sérac|P⟧, lors d’un point presse ⟦jeudi matin|D⟧. Les pompiers du ⟦service départemental d’incendie et de secours|O|service départemental d’incendie et de secours de la Gironde⟧ (⟦SDIS 33|O|service départemental d’incendie et de secours de la Gironde⟧) ont effectué plus de ⟦1{NNBSP}400|Q:count|1400||1⟧ interventions en ⟦24 heures|Q:duration|24|hour|0⟧, surtout pour des chutes d’arbres et des toitures arrachées. « On a reçu un appel toutes les ⟦trente secondes|Q:duration|30|second|0⟧ entre ⟦2h00|D⟧ et ⟦6h00|D⟧ », a confié à l’⟦AFP|O|Agence France-Presse⟧ le lieutenant-colonel ⟦Stéphane Marty|P⟧.

Sur le ⟦Pays basque|L⟧ et le ⟦Béarn|L⟧, entre ⟦80 et 120 mm|Q:measure|80~120|mm|1⟧ de pluie sont tombés en ⟦48 heures|Q:duration|48|hour|0⟧, soit l’équivalent de ⟦deux mois|Q:duration|2|month|0⟧ de précipitations, a indiqué un prévisionniste de ⟦Météo-France|O⟧. La ⟦Nive|L⟧ a atteint ⟦4,82 mètres|Q:measure|4.82|m|0⟧ à ⟦Ustaritz|L⟧ ⟦jeudi après-midi|D⟧, un niveau inédit depuis ⟦1993|D⟧, d’après le service ⟦Vigicrues|O⟧. À ⟦Bayonne|L⟧, ⟦une trentaine|Q:count|30||1⟧ de rues ont été inondées et ⟦120|Q:count|120||0⟧ personnes évacuées. Le thermomètre, lui, affichait ⟦19{NBSP}°C|Q:measure|19|°C|0⟧ à ⟦Biarritz|L⟧ ⟦mercredi|D⟧, une douceur exceptionnelle pour la saison.

La ⟦SNCF|O⟧ a interrompu toute circulation entre ⟦Bordeaux|L⟧ et ⟦Arcachon|L⟧ jusqu’à nouvel ordre, et ⟦45|Q:count|45||0⟧ vols ont été annulés à l’⟦aéroport de Bordeaux-Mérignac|L⟧. Le maire de ⟦Lacanau|L⟧, ⟦Régis Labarthe|P⟧, qui avait fait évacuer ⟦la veille|D⟧ ⟦35|Q:count|35||0⟧ habitants du front de mer, a décrit des « scènes de désolation ». « La dune a reculé de ⟦cinq mètres|Q:measure|5|m|0⟧ depuis ⟦mardi|D⟧ », a-t-il précisé.

Le ministre de l’Intérieur, ⟦Jérôme Castagné|P⟧, est attendu ⟦vendredi|D⟧ à ⟦Lacanau|L⟧, a annoncé la ⟦place Beauvau|O|ministère de l’Intérieur⟧. Selon une première estimation de ⟦France Assureurs|O⟧, le coût des dégâts pourrait dépasser ⟦500 millions d’euros|Q:money|500000000|EUR|1⟧.

===ATTR===
according-to | Météo-France | Météo-France | selon | La tempête Ingrid a balayé la nuit de mercredi à jeudi la façade atlantique, avec des rafales atteignant 168 km/h au cap Ferret (Gironde) et 154 km/h à Biscarrosse (Landes)
indirect | Enedis | Enedis | a indiqué#1 | Plus de 260 000 foyers étaient toujours privés d’électricité jeudi à 18h00
indirect | préfecture de la Gironde | préfecture de la Gironde | a précisé | À Lacanau, un homme de 68 ans a été tué par la chute d’un pin sur sa voiture vers 5h30
according-to | gendarmerie | gendarmerie des Landes | selon#2 | Dans les Landes, une femme d’une cinquantaine d’années a été emportée par une vague sur la plage de Mimizan, où elle promenait son chien malgré les interdictions
direct | Françoise Dumont-Sérac | Françoise Dumont-Sérac | a déclaré | Nous avons vécu une nuit d’une violence exceptionnelle. Je demande à chacun de limiter ses déplacements jusqu’à vendredi midi
direct | Stéphane Marty | Stéphane Marty | a confié | On a reçu un appel toutes les trente secondes entre 2h00 et 6h00
indirect | prévisionniste de Météo-France | Météo-France (prévisionniste non nommé) | a indiqué#2 | Sur le Pays basque et le Béarn, entre 80 et 120 mm de pluie sont tombés en 48 heures, soit l’équivalent de deux mois de précipitations
according-to | Vigicrues | Vigicrues | d’après | La Nive a atteint 4,82 mètres à Ustaritz jeudi après-midi, un niveau inédit depuis 1993
mixed | Régis Labarthe | Régis Labarthe | a décrit | des « scènes de désolation »
direct | il | Régis Labarthe | a-t-il précisé | La dune a reculé de cinq mètres depuis mardi
indirect | place Beauvau | ministère de l’Intérieur | a annoncé | Le ministre de l’Intérieur, Jérôme Castagné, est attendu vendredi à Lacanau
according-to | France Assureurs | France Assureurs | Selon | le coût des dégâts pourrait dépasser 500 millions d’euros
