Incendie dans les ⟦Corbières|L⟧ : ⟦12{NBSP}000 hectares|Q:measure|12000|ha|0⟧ brûlés, une septuagénaire retrouvée morte chez elle

⟦Carcassonne|L⟧, ⟦7 août|D⟧ (⟦AFP|O|Agence France-Presse⟧) - Le feu qui ravage depuis ⟦mardi après-midi|D⟧ le massif des ⟦Corbières|L⟧, dans l'⟦Aude|L⟧ (11), avait parcouru ⟦mercredi|D⟧ à ⟦18h00|D⟧ quelque ⟦12{NBSP}000 hectares|Q:measure|12000|ha|1⟧, ce qui en fait le plus grand incendie en ⟦France métropolitaine|L⟧ depuis au moins ⟦cinquante ans|Q:duration|50|year|1⟧, a annoncé la préfecture.

Le corps d'une femme de ⟦73 ans|Q:duration|73|year|0⟧ a été découvert ⟦mercredi matin|D⟧ dans sa maison de ⟦Jonquières|L⟧, un village de ⟦80|Q:count|80||0⟧ habitants entièrement encerclé par les flammes ⟦la veille|D⟧. ⟦Treize|Q:count|13||0⟧ personnes, dont ⟦onze|Q:count|11||0⟧ pompiers, ont été blessées, ⟦deux|Q:count|2||0⟧ grièvement.

«{NBSP}Le feu a progressé à une vitesse que nous n'avions jamais vue, jusqu'à ⟦5 kilomètres par heure|Q:measure|5|km/h|1⟧. Les équipes ont dû se replier à plusieurs reprises{NBSP}», a déclaré lors d'un point de presse la préfète de l'⟦Aude|L⟧, ⟦Lucie Marchetti|P⟧. Selon elle, la tramontane a soufflé en rafales jusqu'à ⟦90 km/h|Q:measure|90|km/h|1⟧ pendant ⟦la nuit de mardi à mercredi|D⟧.

Plus de ⟦2{NBSP}100|Q:count|2100||1⟧ pompiers venus de toute la ⟦France|L⟧, appuyés par ⟦neuf|Q:count|9||0⟧ Canadair et ⟦quatre|Q:count|4||0⟧ hélicoptères bombardiers d'eau, étaient mobilisés ⟦jeudi|D⟧. Le feu n'était «{NBSP}pas fixé{NBSP}» ⟦jeudi soir|D⟧, a indiqué le ⟦service départemental d'incendie et de secours de l'Aude|O⟧ (⟦SDIS 11|O|service départemental d'incendie et de secours de l'Aude⟧).

Environ ⟦2{NBSP}500|Q:count|2500||1⟧ habitants de ⟦17|Q:count|17||0⟧ communes ont été évacués et l'autoroute ⟦A61|L⟧ a été coupée pendant ⟦six heures|Q:duration|6|hour|0⟧ entre ⟦Narbonne|L⟧ et ⟦Carcassonne|L⟧. A ⟦Tuchan|L⟧, ⟦Ribaute|L⟧ ou ⟦Fabrezan|L⟧, au moins ⟦36|Q:count|36||1⟧ maisons ont été détruites, d'après un premier bilan de la gendarmerie.

«{NBSP}On a tout perdu, la maison, les vignes, le chai. ⟦Quarante ans|Q:duration|40|year|0⟧ de travail partis en fumée en quelques heures{NBSP}», témoigne ⟦Jean-Marc|P⟧, viticulteur à ⟦Fabrezan|L⟧, qui n'a pas souhaité donner son nom de famille.

Le Premier ministre, ⟦François Bayrou|P⟧, qui s'est rendu sur place ⟦mercredi soir|D⟧ avec le ministre de l'Intérieur, ⟦Bruno Retailleau|P⟧, a promis que l'état de catastrophe naturelle serait reconnu «{NBSP}dans ⟦les jours qui viennent|D⟧{NBSP}» et annoncé un fonds d'urgence de ⟦20 millions d'euros|Q:money|20000000|EUR|0⟧ pour les agriculteurs sinistrés.

La sécheresse a préparé le terrain. Il n'est tombé que ⟦120 millimètres|Q:measure|120|mm|0⟧ de pluie depuis ⟦janvier|D⟧ sur le secteur, soit ⟦60 %|Q:percent|60|%|0⟧ de moins que la normale, d'après ⟦Météo-France|O⟧, et les températures ont dépassé ⟦40 °C|Q:measure|40|°C|1⟧ ⟦lundi|D⟧ à ⟦Perpignan|L⟧, dans les ⟦Pyrénées-Orientales|L⟧ voisines.

Pour le géographe ⟦Thomas Carrère|P⟧, chercheur à l'⟦Institut national de recherche pour l'agriculture, l'alimentation et l'environnement|O⟧ (⟦Inrae|O|Institut national de recherche pour l'agriculture, l'alimentation et l'environnement⟧), l'arrachage de ⟦milliers d'hectares|Q:measure|1000|ha|1⟧ de vignes ⟦ces dernières années|D⟧ a «{NBSP}ouvert des autoroutes au feu{NBSP}». L'⟦Aude|L⟧ a perdu près de ⟦10 %|Q:percent|10|%|1⟧ de son vignoble depuis ⟦2020|D⟧, selon la ⟦chambre d'agriculture de l'Aude|O⟧.

===ATTR===
indirect | préfecture | préfecture de l'Aude | a annoncé | Le feu qui ravage depuis mardi après-midi le massif des Corbières, dans l'Aude (11), avait parcouru mercredi à 18h00 quelque 12 000 hectares, ce qui en fait le plus grand incendie en France métropolitaine depuis au moins cinquante ans
direct | Lucie Marchetti | Lucie Marchetti | a déclaré | Le feu a progressé à une vitesse que nous n'avions jamais vue, jusqu'à 5 kilomètres par heure. Les équipes ont dû se replier à plusieurs reprises
according-to | elle | Lucie Marchetti | Selon | la tramontane a soufflé en rafales jusqu'à 90 km/h pendant la nuit de mardi à mercredi
mixed | service départemental d'incendie et de secours de l'Aude | service départemental d'incendie et de secours de l'Aude | a indiqué | Le feu n'était « pas fixé » jeudi soir
according-to | gendarmerie | gendarmerie (non nommé) | d'après | A Tuchan, Ribaute ou Fabrezan, au moins 36 maisons ont été détruites
direct | Jean-Marc | Jean-Marc | témoigne | On a tout perdu, la maison, les vignes, le chai. Quarante ans de travail partis en fumée en quelques heures
mixed | François Bayrou | François Bayrou | a promis | l'état de catastrophe naturelle serait reconnu « dans les jours qui viennent »
indirect | François Bayrou | François Bayrou | annoncé | un fonds d'urgence de 20 millions d'euros pour les agriculteurs sinistrés
according-to | Météo-France | Météo-France | d'après#2 | Il n'est tombé que 120 millimètres de pluie depuis janvier sur le secteur, soit 60 % de moins que la normale
according-to | Thomas Carrère | Thomas Carrère | Pour | l'arrachage de milliers d'hectares de vignes ces dernières années a « ouvert des autoroutes au feu »
according-to | chambre d'agriculture de l'Aude | chambre d'agriculture de l'Aude | selon | L'Aude a perdu près de 10 % de son vignoble depuis 2020
