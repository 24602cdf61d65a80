⟦Côte d'Ivoire|L⟧ : au moins ⟦neuf|Q:count|9||1⟧ morts dans l'effondrement d'un immeuble à ⟦Abidjan|L⟧

⟦Abidjan|L⟧, ⟦16 juin|D⟧ (⟦AFP|O|Agence France-Presse⟧) - Au moins ⟦neuf|Q:count|9||1⟧ personnes, dont ⟦trois|Q:count|3||0⟧ enfants, ont été tuées dans l'effondrement d'un immeuble de ⟦cinq|Q:count|5||0⟧ étages ⟦dimanche soir|D⟧ dans la commune de ⟦Yopougon|L⟧, à ⟦Abidjan|L⟧, a annoncé ⟦lundi|D⟧ le ⟦Groupement des sapeurs-pompiers militaires|O⟧ (⟦GSPM|O|Groupement des sapeurs-pompiers militaires⟧).

⟦Dix-sept|Q:count|17||0⟧ blessés, dont ⟦quatre|Q:count|4||0⟧ dans un état grave, ont été évacués vers le ⟦CHU de Yopougon|O⟧. Les secouristes recherchaient encore ⟦lundi après-midi|D⟧ ⟦deux à trois|Q:count|2~3||1⟧ personnes qui pourraient se trouver sous les décombres, au terme de près de ⟦20 heures|Q:duration|20|hour|1⟧ de fouilles.

“Nous avons entendu des voix sous les gravats jusqu'à ⟦4h du matin|D⟧, puis plus rien. Nous continuons à creuser à la main pour ne pas provoquer un nouvel effondrement”, a expliqué sur place le commandant des opérations, le lieutenant-colonel ⟦Sylvestre Kouadio|P⟧. ⟦Une cinquantaine|Q:count|50||1⟧ de sapeurs-pompiers, appuyés par ⟦deux|Q:count|2||0⟧ pelleteuses et une équipe cynophile, étaient mobilisés sur le site, selon le lieutenant-colonel ⟦Kouadio|P|Sylvestre Kouadio⟧.

Le bâtiment, situé dans le quartier de ⟦Niangon|L⟧, abritait ⟦douze|Q:count|12||0⟧ appartements et des commerces au rez-de-chaussée. D'après une source proche de l'enquête, son propriétaire avait fait ajouter ⟦deux|Q:count|2||0⟧ étages en ⟦2022|D⟧ sans permis de construire. L'homme, un commerçant de ⟦52 ans|Q:duration|52|year|0⟧, a été placé en garde à vue ⟦lundi matin|D⟧ à la ⟦préfecture de police d'Abidjan|O⟧.

“On savait que le bâtiment penchait. Il y avait des fissures partout depuis des mois, on l'avait signalé à la mairie”, raconte ⟦Awa|P⟧, ⟦28 ans|Q:duration|28|year|0⟧, qui vivait au troisième étage avec ses ⟦deux|Q:count|2||0⟧ enfants. Alertée par un craquement, elle a pu sortir à temps. “Tout est tombé en quelques secondes”, dit-elle.

Le ministre de la Construction, du Logement et de l'Urbanisme, ⟦Roger Adjoumani|P⟧, qui s'est rendu sur les lieux dès ⟦dimanche soir|D⟧, a promis une “tolérance zéro” envers les constructions illégales. Il a annoncé l'audit de plus de ⟦1 500|Q:count|1500||1⟧ immeubles jugés à risque dans le district d'⟦Abidjan|L⟧ d'ici à ⟦fin septembre|D⟧, ainsi que la démolition de ceux qui ne pourraient pas être mis aux normes.

Le gouvernement a débloqué une aide d'urgence de ⟦500 000 francs CFA|Q:money|500000|XOF|0⟧ (environ ⟦760 euros|Q:money|760|EUR|1⟧) par famille sinistrée, et la ⟦mairie de Yopougon|O⟧ a ouvert un centre d'accueil dans un gymnase voisin pour ⟦une quarantaine|Q:count|40||1⟧ de personnes qui ont perdu leur logement.

Depuis ⟦janvier|D⟧, ⟦quatre|Q:count|4||0⟧ effondrements ont fait ⟦23|Q:count|23||0⟧ morts dans la capitale économique ⟦ivoirienne|N⟧, selon un décompte de l'⟦AFP|O|Agence France-Presse⟧. En ⟦avril 2024|D⟧, la chute d'un immeuble de ⟦quatre|Q:count|4||0⟧ étages à ⟦Bingerville|L⟧ avait tué ⟦six|Q:count|6||0⟧ personnes. Le ⟦Laboratoire du bâtiment et des travaux publics|O⟧ (⟦LBTP|O|Laboratoire du bâtiment et des travaux publics⟧) estime que près d'un tiers des constructions de la ville n'ont jamais été contrôlées.
===ATTR===
indirect | Groupement des sapeurs-pompiers militaires | Groupement des sapeurs-pompiers militaires | a annoncé | Au moins neuf personnes, dont trois enfants, ont été tuées dans l'effondrement d'un immeuble de cinq étages dimanche soir dans la commune de Yopougon, à Abidjan
direct | Sylvestre Kouadio | Sylvestre Kouadio | a expliqué | Nous avons entendu des voix sous les gravats jusqu'à 4h du matin, puis plus rien. Nous continuons à creuser à la main pour ne pas provoquer un nouvel effondrement
according-to | Kouadio#2 | Sylvestre Kouadio | selon#1 | Une cinquantaine de sapeurs-pompiers, appuyés par deux pelleteuses et une équipe cynophile, étaient mobilisés sur le site
according-to | source | source proche de l'enquête (non nommé) | D'après | son propriétaire avait fait ajouter deux étages en 2022 sans permis de construire
direct | Awa | Awa | raconte | On savait que le bâtiment penchait. Il y avait des fissures partout depuis des mois, on l'avait signalé à la mairie
direct | elle | Awa | dit-elle | Tout est tombé en quelques secondes
mixed | Roger Adjoumani | Roger Adjoumani | a promis | une “tolérance zéro” envers les constructions illégales
indirect | Il | Roger Adjoumani | a annoncé | l'audit de plus de 1 500 immeubles jugés à risque dans le district d'Abidjan d'ici à fin septembre, ainsi que la démolition de ceux qui ne pourraient pas être mis aux normes
according-to | AFP | Agence France-Presse | selon | Depuis janvier, quatre effondrements ont fait 23 morts dans la capitale économique ivoirienne
indirect | Laboratoire du bâtiment et des travaux publics | Laboratoire du bâtiment et des travaux publics | estime | près d'un tiers des constructions de la ville n'ont jamais été contrôlées
