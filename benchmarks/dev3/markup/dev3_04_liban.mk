⟦Liban|L⟧ : au moins ⟦cinq|Q:count|5||1⟧ morts dans des frappes ⟦israéliennes|N⟧, ⟦Aoun|P|Joseph Aoun⟧ accuse ⟦Israël|L⟧ de «{NBSP}saboter{NBSP}» le cessez-le-feu

⟦Beyrouth|L⟧, ⟦3 avril|D⟧ (⟦AFP|O|Agence France-Presse⟧) – Au moins ⟦cinq|Q:count|5||1⟧ personnes, dont ⟦deux|Q:count|2||0⟧ enfants, ont été tuées ⟦jeudi|D⟧ dans une série de frappes ⟦israéliennes|N⟧ sur le sud du ⟦Liban|L⟧, a annoncé le ⟦ministère libanais de la Santé|O⟧, alors que la trêve conclue le ⟦27 novembre|D⟧ entre ⟦Israël|L⟧ et le ⟦Hezbollah|O⟧ paraît plus fragile que jamais.

La frappe la plus meurtrière a visé ⟦jeudi matin|D⟧, vers ⟦10h15|D⟧, une voiture près de ⟦Nabatiyé|L⟧, tuant ⟦trois|Q:count|3||0⟧ membres d’une même famille, tandis qu’un drone a ciblé une moto à ⟦Bint Jbeil|L⟧, à ⟦4{NBSP}km|Q:measure|4|km|0⟧ de la frontière, selon l’⟦Agence nationale d’information|O⟧ (⟦ANI|O|Agence nationale d’information⟧, officielle).

L’⟦armée israélienne|O|Forces de défense d’Israël⟧ a affirmé dans un communiqué avoir «{NBSP}éliminé ⟦deux|Q:count|2||0⟧ terroristes du ⟦Hezbollah|O⟧{NBSP}» qui tentaient de «{NBSP}reconstituer des infrastructures{NBSP}» du mouvement chiite dans le secteur.

«{NBSP}Ces attaques répétées sont une violation flagrante de notre souveraineté et un sabotage délibéré du cessez-le-feu{NBSP}», a déclaré le président ⟦libanais|N⟧, ⟦Joseph Aoun|P⟧, cité par l’⟦ANI|O|Agence nationale d’information⟧. Il a appelé ⟦Washington|L⟧ et ⟦Paris|L⟧, garants de l’accord, à «{NBSP}assumer leurs responsabilités{NBSP}». Le Premier ministre, ⟦Nawaf Salam|P⟧, a annoncé une plainte auprès du ⟦Conseil de sécurité de l’ONU|O|Conseil de sécurité des Nations unies⟧.

Le ministre ⟦israélien|N⟧ de la Défense, ⟦Israël Katz|P⟧, a prévenu que l’armée continuerait d’agir «{NBSP}partout au ⟦Liban|L⟧{NBSP}» tant que le ⟦Hezbollah|O⟧ ne serait pas désarmé. ⟦Israël|L⟧ maintient des troupes sur ⟦cinq|Q:count|5||0⟧ positions en territoire ⟦libanais|N⟧, bien au-delà du délai de ⟦60 jours|Q:duration|60|day|0⟧ prévu par l’accord pour son retrait.

Le texte stipule que seules l’⟦armée libanaise|O|Forces armées libanaises⟧ et la ⟦Force intérimaire des Nations unies au Liban|O⟧ (⟦Finul|O|Force intérimaire des Nations unies au Liban⟧) peuvent être présentes au sud du ⟦Litani|L⟧, un fleuve qui coule à ⟦une trentaine de kilomètres|Q:measure|30|km|1⟧ de la frontière. L’⟦armée libanaise|O|Forces armées libanaises⟧ affirme avoir déployé plus de ⟦6{NNBSP}000|Q:count|6000||1⟧ soldats dans la zone et démantelé quelque ⟦500|Q:count|500||1⟧ positions et dépôts d’armes du ⟦Hezbollah|O⟧ depuis ⟦janvier|D⟧.

Depuis ⟦novembre|D⟧, la ⟦Finul|O|Force intérimaire des Nations unies au Liban⟧, qui compte environ ⟦10{NNBSP}000|Q:count|10000||1⟧ Casques bleus, a relevé plus de ⟦2{NNBSP}700|Q:count|2700||1⟧ violations ⟦israéliennes|N⟧ de la résolution 1701 de l’⟦ONU|O|Organisation des Nations unies⟧, a indiqué à l’⟦AFP|O|Agence France-Presse⟧ son porte-parole, ⟦Marco Bellandi|P⟧.

Le chef du ⟦Hezbollah|O⟧, ⟦Naïm Qassem|P⟧, a affirmé ⟦mercredi soir|D⟧ dans un discours télévisé que son mouvement «{NBSP}ne restera pas les bras croisés indéfiniment{NBSP}», tout en assurant laisser «{NBSP}une chance à l’État{NBSP}» de chasser l’occupant par la voie diplomatique. Très affaibli par la guerre, qui a coûté la vie en ⟦septembre|D⟧ à son ancien chef ⟦Hassan Nasrallah|P⟧, le mouvement a perdu une grande partie de son arsenal, selon des sources sécuritaires ⟦occidentales|N⟧.

Un haut responsable ⟦libanais|N⟧, qui a requis l’anonymat, a par ailleurs indiqué que l’émissaire ⟦américaine|N⟧ ⟦Morgan Ortagus|P⟧ était attendue à ⟦Beyrouth|L⟧ ⟦la semaine prochaine|D⟧ pour discuter de la démarcation de la frontière terrestre.

Plus de ⟦90{NNBSP}000|Q:count|90000||1⟧ ⟦Libanais|N⟧ ne peuvent toujours pas regagner leurs villages frontaliers, selon les autorités. La reconstruction coûtera quelque ⟦11 milliards de dollars|Q:money|11000000000|USD|1⟧, selon la ⟦Banque mondiale|O⟧, un fardeau écrasant pour un pays en faillite depuis ⟦2019|D⟧, dont la monnaie a perdu plus de ⟦98{NBSP}%|Q:percent|98|%|1⟧ de sa valeur : le dollar s’échange ⟦aujourd’hui|D⟧ à ⟦89{NNBSP}500 livres libanaises|Q:money|89500|LBP|0⟧, contre ⟦1{NNBSP}507|Q:money|1507|LBP|0⟧ avant la crise.

===ATTR===
mixed | Aoun | Joseph Aoun | accuse | Israël de « saboter » le cessez-le-feu
indirect | ministère libanais de la Santé | ministère libanais de la Santé | a annoncé | Au moins cinq personnes, dont deux enfants, ont été tuées jeudi dans une série de frappes israéliennes sur le sud du Liban
according-to | Agence nationale d’information | Agence nationale d’information | selon | La frappe la plus meurtrière a visé jeudi matin, vers 10h15, une voiture près de Nabatiyé, tuant trois membres d’une même famille, tandis qu’un drone a ciblé une moto à Bint Jbeil, à 4 km de la frontière
mixed | armée israélienne | Forces de défense d’Israël | a affirmé | avoir « éliminé deux terroristes du Hezbollah » qui tentaient de « reconstituer des infrastructures » du mouvement chiite dans le secteur
direct | Joseph Aoun | Joseph Aoun | a déclaré | Ces attaques répétées sont une violation flagrante de notre souveraineté et un sabotage délibéré du cessez-le-feu
according-to | ANI#2 | Agence nationale d’information | cité par | Ces attaques répétées sont une violation flagrante de notre souveraineté et un sabotage délibéré du cessez-le-feu
mixed | Il | Joseph Aoun | a appelé | Washington et Paris, garants de l’accord, à « assumer leurs responsabilités »
indirect | Nawaf Salam | Nawaf Salam | a annoncé | une plainte auprès du Conseil de sécurité de l’ONU
mixed | Israël Katz | Israël Katz | a prévenu | l’armée continuerait d’agir « partout au Liban » tant que le Hezbollah ne serait pas désarmé
indirect | armée libanaise#2 | Forces armées libanaises | affirme | avoir déployé plus de 6 000 soldats dans la zone et démantelé quelque 500 positions et dépôts d’armes du Hezbollah depuis janvier
indirect | Marco Bellandi | Marco Bellandi | a indiqué | Depuis novembre, la Finul, qui compte environ 10 000 Casques bleus, a relevé plus de 2 700 violations israéliennes de la résolution 1701 de l’ONU
mixed | Naïm Qassem | Naïm Qassem | a affirmé | son mouvement « ne restera pas les bras croisés indéfiniment »
mixed | Naïm Qassem | Naïm Qassem | assurant | laisser « une chance à l’État » de chasser l’occupant par la voie diplomatique
according-to | sources sécuritaires occidentales | sources sécuritaires occidentales (non nommées) | selon | Très affaibli par la guerre, qui a coûté la vie en septembre à son ancien chef Hassan Nasrallah, le mouvement a perdu une grande partie de son arsenal
indirect | haut responsable libanais | haut responsable libanais (non nommé) | a par ailleurs indiqué | l’émissaire américaine Morgan Ortagus était attendue à Beyrouth la semaine prochaine pour discuter de la démarcation de la frontière terrestre
according-to | autorités | autorités libanaises | selon | Plus de 90 000 Libanais ne peuvent toujours pas regagner leurs villages frontaliers
according-to | Banque mondiale | Banque mondiale | selon | La reconstruction coûtera quelque 11 milliards de dollars
