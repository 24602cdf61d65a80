Frontière ⟦Thaïlande|L⟧-⟦Cambodge|L⟧ : nouveaux tirs d'artillerie, plus de ⟦40 000|Q:count|40000||1⟧ déplacés

⟦Bangkok|L⟧, ⟦6 décembre|D⟧ (⟦Reuters|O⟧) - Des échanges de tirs d'artillerie ont opposé ⟦samedi matin|D⟧ les armées ⟦thaïlandaise|N⟧ et ⟦cambodgienne|N⟧ près du temple de ⟦Preah Vihear|L⟧, faisant au moins ⟦quatre|Q:count|4||1⟧ morts parmi les soldats et ⟦11|Q:count|11||0⟧ blessés civils, a indiqué le ⟦ministère thaïlandais de la Défense|O⟧. Les combats, qui ont duré environ ⟦deux heures|Q:duration|2|hour|1⟧, ont débuté vers ⟦6h|D⟧, heure locale.

Selon les autorités de la province de ⟦Sisaket|L⟧, plus de ⟦40 000|Q:count|40000||1⟧ habitants ont été évacués vers ⟦186|Q:count|186||0⟧ centres d'accueil installés dans des écoles et des temples. Côté ⟦cambodgien|N⟧, ⟦Phnom Penh|L|Cambodge⟧ fait état de ⟦12 500|Q:count|12500||0⟧ déplacés dans la province d'⟦Oddar Meanchey|L⟧.

“Le ⟦Cambodge|L⟧ a ouvert le feu le premier et nous avons riposté de manière proportionnée”, a déclaré à la presse le porte-parole de l'armée ⟦thaïlandaise|N⟧, le colonel ⟦Prasit Chaiyawong|P⟧. “Nos troupes n'ont franchi aucune ligne”, a-t-il ajouté. La porte-parole du ministère ⟦cambodgien|N⟧ de la Défense, ⟦Chan Sophal|P⟧, a accusé ⟦Bangkok|L|Thaïlande⟧ d'avoir “violé délibérément” le cessez-le-feu conclu en ⟦juillet 2025|D⟧. Un officier ⟦cambodgien|N⟧, qui a requis l'anonymat, a affirmé que ⟦deux|Q:count|2||0⟧ drones ⟦thaïlandais|N⟧ avaient survolé ⟦Anlong Veng|L⟧ “pendant près d'⟦une heure|Q:duration|1|hour|1⟧” ⟦vendredi soir|D⟧.

Le Premier ministre ⟦thaïlandais|N⟧, ⟦Anutin Charnvirakul|P⟧, a ordonné la fermeture de ⟦sept|Q:count|7||0⟧ points de passage jusqu'à nouvel ordre. Dans un communiqué publié ⟦dimanche|D⟧, l'⟦Association des nations de l'Asie du Sud-Est|O⟧ (⟦Asean|O|Association des nations de l'Asie du Sud-Est⟧) a appelé les deux parties à “faire preuve de la plus grande retenue” et proposé l'envoi d'une équipe d'observateurs. D'après des diplomates en poste à ⟦Bangkok|L⟧, ⟦Manille|L|Philippines⟧, qui assure la présidence de l'organisation, pourrait accueillir une réunion des ministres des Affaires étrangères ⟦la semaine prochaine|D⟧.

Les affrontements de l'été ⟦2025|D⟧, les plus meurtriers depuis plus d'une décennie, avaient fait ⟦48|Q:count|48||0⟧ morts et forcé près de ⟦300 000|Q:count|300000||1⟧ personnes à fuir en ⟦cinq jours|Q:duration|5|day|0⟧. Le commerce frontalier, qui pesait environ ⟦170 milliards de bahts|Q:money|170000000000|THB|1⟧ par an (près de ⟦4,5 milliards d'euros|Q:money|4500000000|EUR|1⟧) avant la crise, a reculé de ⟦60%|Q:percent|60|%|0⟧ en ⟦un an|Q:duration|1|year|0⟧, selon la ⟦chambre de commerce de Sa Kaeo|O⟧.

“Nous avons tout laissé derrière nous, même les buffles”, raconte ⟦Somchai Boonmee|P⟧, ⟦52 ans|Q:duration|52|year|0⟧, réfugié avec sa famille dans un temple de ⟦Kantharalak|L⟧. “On ne sait pas quand on pourra rentrer”, ajoute-t-il. Pour les organisations humanitaires, la saison sèche, qui commence, fait craindre une reprise des combats sur plusieurs des ⟦817 kilomètres|Q:measure|817|km|0⟧ de frontière commune. Les écoles de la zone resteront fermées au moins jusqu'au ⟦15 décembre|D⟧.
===ATTR===
mixed | officier | officier cambodgien (non nommé) | a affirmé | deux drones thaïlandais avaient survolé Anlong Veng “pendant près d'une heure” vendredi soir
indirect | ministère thaïlandais de la Défense | ministère thaïlandais de la Défense | a indiqué | Des échanges de tirs d'artillerie ont opposé samedi matin les armées thaïlandaise et cambodgienne près du temple de Preah Vihear, faisant au moins quatre morts parmi les soldats et 11 blessés civils
according-to | autorités | autorités de la province de Sisaket (non nommé) | Selon | plus de 40 000 habitants ont été évacués vers 186 centres d'accueil installés dans des écoles et des temples
indirect | Phnom Penh | Cambodge | fait état | 12 500 déplacés dans la province d'Oddar Meanchey
direct | Prasit Chaiyawong | Prasit Chaiyawong | a déclaré | Le Cambodge a ouvert le feu le premier et nous avons riposté de manière proportionnée
direct | il | Prasit Chaiyawong | a-t-il ajouté | Nos troupes n'ont franchi aucune ligne
mixed | Chan Sophal | Chan Sophal | a accusé | Bangkok d'avoir “violé délibérément” le cessez-le-feu conclu en juillet 2025
mixed | Association des nations de l'Asie du Sud-Est | Association des nations de l'Asie du Sud-Est | a appelé | les deux parties à “faire preuve de la plus grande retenue”
according-to | diplomates | diplomates (non nommé) | D'après | Manille, qui assure la présidence de l'organisation, pourrait accueillir une réunion des ministres des Affaires étrangères la semaine prochaine
according-to | chambre de commerce de Sa Kaeo | chambre de commerce de Sa Kaeo | selon | Le commerce frontalier, qui pesait environ 170 milliards de bahts par an (près de 4,5 milliards d'euros) avant la crise, a reculé de 60% en un an
direct | Somchai Boonmee | Somchai Boonmee | raconte | Nous avons tout laissé derrière nous, même les buffles
direct | il | Somchai Boonmee | ajoute-t-il | On ne sait pas quand on pourra rentrer
according-to | organisations | organisations humanitaires (non nommé) | Pour | la saison sèche, qui commence, fait craindre une reprise des combats sur plusieurs des 817 kilomètres de frontière commune
