Nucléaire ⟦iranien|N⟧ : à ⟦Mascate|L⟧, ⟦Téhéran|L⟧ et ⟦Washington|L⟧ renouent le fil du dialogue

⟦Mascate|L⟧, ⟦13 avril|D⟧ (⟦AFP|O|Agence France-Presse⟧) – L’⟦Iran|L⟧ et les ⟦États-Unis|L⟧ ont tenu ⟦samedi|D⟧ dans la capitale ⟦omanaise|N⟧ leurs premières discussions sur le programme nucléaire ⟦iranien|N⟧ depuis le retour de ⟦Donald Trump|P|Donald Trump⟧ à la ⟦Maison Blanche|O⟧, et sont convenus de se retrouver ⟦samedi prochain|D⟧.

Les échanges, qui ont duré plus de ⟦deux heures et demie|Q:duration|2.5|hour|1⟧, se sont déroulés dans ⟦deux|Q:count|2||0⟧ salles séparées, le chef de la diplomatie ⟦omanaise|N⟧, ⟦Badr ben Hamad al-Boussaïdi|P|Badr ben Hamad al-Boussaïdi⟧, faisant la navette entre le ministre ⟦iranien|N⟧ des Affaires étrangères, ⟦Abbas Araghchi|P|Abbas Araghchi⟧, et l’émissaire ⟦américain|N⟧ pour le ⟦Moyen-Orient|L⟧, ⟦Steve Witkoff|P|Steve Witkoff⟧. Les ⟦deux|Q:count|2||0⟧ hommes se sont ensuite parlé directement pendant ⟦une dizaine de minutes|Q:duration|10|minute|1⟧, selon le ⟦ministère iranien des Affaires étrangères|O⟧.

« Nous avons eu des discussions constructives, dans une atmosphère calme et respectueuse », a déclaré M. ⟦Araghchi|P|Abbas Araghchi⟧ à la télévision d’État, cité par l’agence officielle ⟦Irna|O|Islamic Republic News Agency⟧. « Ni l’⟦Iran|L⟧ ni les ⟦États-Unis|L⟧ ne veulent négocier pour le plaisir de négocier, a-t-il ajouté. Si la volonté existe, un accord est à portée de main. »

La ⟦Maison Blanche|O⟧ a affirmé dans un communiqué que ces échanges avaient été « très positifs et constructifs », tout en reconnaissant que les questions à régler restaient « très compliquées ». Selon ce texte, M. ⟦Witkoff|P|Steve Witkoff⟧ a indiqué à son interlocuteur avoir reçu pour instruction du président ⟦Trump|P|Donald Trump⟧ de « résoudre les différends par le dialogue et la diplomatie, si possible ».

« Si cela exige une action militaire, nous aurons une action militaire », avait averti ⟦mercredi|D⟧ le président ⟦américain|N⟧, qui a adressé ⟦début mars|D⟧ une lettre au guide suprême, l’ayatollah ⟦Ali Khamenei|P|Ali Khamenei⟧. Le porte-parole de la diplomatie ⟦iranienne|N⟧, ⟦Esmaïl Baghaï|P|Esmaïl Baghaï⟧, a démenti ⟦dimanche|D⟧ que les capacités balistiques du pays aient été abordées. Il a martelé : « Nos missiles ne sont pas négociables. » ⟦Téhéran|L⟧ a en outre fait savoir qu’il refuserait tout démantèlement de ses installations d’enrichissement, une option défendue par ⟦Israël|L⟧.

Le Premier ministre ⟦israélien|N⟧, ⟦Benyamin Netanyahou|P|Benyamin Netanyahou⟧, a répété ⟦la semaine dernière|D⟧ qu’un accord « à la ⟦libyenne|N⟧ », prévoyant le démantèlement complet du programme, était la seule issue acceptable. À ⟦Moscou|L⟧, la porte-parole de la diplomatie ⟦russe|N⟧, ⟦Maria Zakharova|P|Maria Zakharova⟧, a jugé que toute frappe contre des sites nucléaires ⟦iraniens|N⟧ aurait des conséquences « catastrophiques » pour la région.

Selon le dernier rapport de l’⟦Agence internationale de l’énergie atomique|O⟧ (⟦AIEA|O|Agence internationale de l’énergie atomique⟧), l’⟦Iran|L⟧ dispose de ⟦274,8 kg|Q:measure|274.8|kg|0⟧ d’uranium enrichi à ⟦60{NBSP}%|Q:percent|60|%|0⟧, un niveau proche des ⟦90{NBSP}%|Q:percent|90|%|0⟧ nécessaires à la fabrication d’une arme atomique. L’accord conclu à ⟦Vienne|L⟧ en ⟦juillet 2015|D⟧, dont ⟦Washington|L⟧ s’est retiré en ⟦2018|D⟧ lors du premier mandat de M. ⟦Trump|P|Donald Trump⟧, plafonnait l’enrichissement à ⟦3,67{NBSP}%|Q:percent|3.67|%|0⟧ et le stock à ⟦202,8 kilogrammes|Q:measure|202.8|kg|0⟧. Le directeur général de l’⟦AIEA|O|Agence internationale de l’énergie atomique⟧, ⟦Rafael Grossi|P|Rafael Grossi⟧, a annoncé qu’il se rendrait à ⟦Téhéran|L⟧ dans ⟦les prochains jours|D⟧.

L’annonce des pourparlers a fait remonter le rial : la monnaie ⟦iranienne|N⟧ s’échangeait ⟦dimanche|D⟧ autour de ⟦860{NNBSP}000 rials|Q:money|860000|IRR|1⟧ pour ⟦un dollar|Q:money|1|USD|0⟧ sur le marché libre de ⟦Téhéran|L⟧, contre plus d’⟦un million|Q:money|1000000|IRR|1⟧ ⟦début avril|D⟧. Malgré les sanctions, le pays exporte environ ⟦1,6 million de barils|Q:measure|1600000|bbl|1⟧ de brut par jour, pour l’essentiel vers la ⟦Chine|L⟧, d’après la société d’analyse ⟦Vortexa|O⟧.

« Les ⟦deux|Q:count|2||0⟧ camps ont intérêt à gagner du temps : ⟦Téhéran|L⟧ pour desserrer l’étau économique, ⟦Washington|L⟧ pour éviter une guerre régionale », analyse ⟦Parisa Khorram|P|Parisa Khorram⟧, chercheuse au centre de réflexion ⟦Chatham House|O⟧, à ⟦Londres|L⟧. Mme ⟦Khorram|P|Parisa Khorram⟧ juge toutefois qu’un accord complet avant ⟦l’été|D⟧ serait « irréaliste ».

===ATTR===
according-to | ministère iranien des Affaires étrangères | ministère iranien des Affaires étrangères | selon | Les deux hommes se sont ensuite parlé directement pendant une dizaine de minutes
direct | Araghchi | Abbas Araghchi | a déclaré | Nous avons eu des discussions constructives, dans une atmosphère calme et respectueuse
according-to | Irna | Islamic Republic News Agency | cité par | Nous avons eu des discussions constructives, dans une atmosphère calme et respectueuse
direct | il | Abbas Araghchi | a-t-il ajouté | Ni l’Iran ni les États-Unis ne veulent négocier pour le plaisir de négocier, a-t-il ajouté. Si la volonté existe, un accord est à portée de main.
mixed | Maison Blanche#2 | Maison Blanche | a affirmé | ces échanges avaient été « très positifs et constructifs »
mixed | Maison Blanche#2 | Maison Blanche | reconnaissant | les questions à régler restaient « très compliquées »
according-to | texte | Maison Blanche | Selon | M. Witkoff a indiqué à son interlocuteur avoir reçu pour instruction du président Trump de « résoudre les différends par le dialogue et la diplomatie, si possible »
mixed | Witkoff#2 | Steve Witkoff | a indiqué | avoir reçu pour instruction du président Trump de « résoudre les différends par le dialogue et la diplomatie, si possible »
direct | président américain | Donald Trump | avait averti | Si cela exige une action militaire, nous aurons une action militaire
indirect | Esmaïl Baghaï | Esmaïl Baghaï | a démenti | les capacités balistiques du pays aient été abordées
direct | Il | Esmaïl Baghaï | a martelé | Nos missiles ne sont pas négociables.
indirect | Téhéran | Iran | a en outre fait savoir | il refuserait tout démantèlement de ses installations d’enrichissement
mixed | Benyamin Netanyahou | Benyamin Netanyahou | a répété | un accord « à la libyenne », prévoyant le démantèlement complet du programme, était la seule issue acceptable
mixed | Maria Zakharova | Maria Zakharova | a jugé | toute frappe contre des sites nucléaires iraniens aurait des conséquences « catastrophiques » pour la région
according-to | Agence internationale de l’énergie atomique | Agence internationale de l’énergie atomique | Selon | l’Iran dispose de 274,8 kg d’uranium enrichi à 60 %, un niveau proche des 90 % nécessaires à la fabrication d’une arme atomique
indirect | Rafael Grossi | Rafael Grossi | a annoncé | il se rendrait à Téhéran dans les prochains jours
according-to | Vortexa | Vortexa | d’après | Malgré les sanctions, le pays exporte environ 1,6 million de barils de brut par jour, pour l’essentiel vers la Chine
direct | Parisa Khorram | Parisa Khorram | analyse | Les deux camps ont intérêt à gagner du temps : Téhéran pour desserrer l’étau économique, Washington pour éviter une guerre régionale
mixed | Khorram | Parisa Khorram | juge | un accord complet avant l’été serait « irréaliste »
