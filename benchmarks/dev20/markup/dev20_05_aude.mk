Incendie dans les ⟦Corbières|L⟧ : ⟦2300 hectares|Q:measure|2300|ha|0⟧ brûlés, le feu toujours actif

Le feu qui s'est déclaré ⟦mardi|D⟧ vers ⟦14 h 30|D⟧ sur la commune de ⟦Fabrezan|L⟧, dans les ⟦Corbières|L⟧, avait parcouru ⟦mercredi soir|D⟧ près de ⟦2300 hectares|Q:measure|2300|ha|1⟧ de garrigue et de pinède, selon la ⟦préfecture de l'Aude|O⟧. Plus de ⟦900|Q:count|900||1⟧ sapeurs-pompiers, appuyés par ⟦six|Q:count|6||0⟧ Canadair et ⟦deux|Q:count|2||0⟧ Dash, étaient toujours mobilisés ⟦jeudi matin|D⟧ sur un front de plus de ⟦30 kilomètres|Q:measure|30|km|1⟧.

"Le feu n'est pas fixé. Le vent reste notre principal ennemi et nous nous préparons à une nouvelle nuit difficile", a déclaré lors d'un point presse à ⟦Lagrasse|L⟧ le préfet de l'⟦Aude|L⟧, ⟦Thierry Bonnafous|P⟧. Il a précisé que ⟦deux|Q:count|2||0⟧ colonnes de renfort venues des ⟦Bouches-du-Rhône|L⟧ et de l'⟦Hérault|L⟧ étaient arrivées dans ⟦la nuit|D⟧.

La tramontane soufflait ⟦mercredi|D⟧ en rafales jusqu'à ⟦70 km/h|Q:measure|70|km/h|1⟧, ce qui a empêché les avions bombardiers d'eau d'intervenir pendant près de ⟦trois heures|Q:duration|3|hour|1⟧, entre ⟦13 heures et 16 heures|D⟧. Selon ⟦Météo-France|O⟧, le vent devrait faiblir à partir de ⟦vendredi|D⟧, avec des rafales de ⟦40 à 50 km/h|Q:measure|40~50|km/h|1⟧.

Quelque ⟦1200|Q:count|1200||1⟧ habitants de ⟦quatre|Q:count|4||0⟧ villages, dont ⟦Ribaute|L⟧ et ⟦Camplong-d'Aude|L⟧, ont été évacués, et ⟦350|Q:count|350||0⟧ personnes ont été hébergées dans un gymnase de ⟦Lézignan-Corbières|L⟧. La circulation des trains a été interrompue pendant ⟦six heures|Q:duration|6|hour|0⟧ entre ⟦Narbonne|L⟧ et ⟦Carcassonne|L⟧.

Un pompier de ⟦27 ans|Q:duration|27|year|0⟧ a été légèrement blessé à la main et ⟦une dizaine|Q:count|10||1⟧ de maisons ont été touchées, a indiqué le ⟦Service départemental d'incendie et de secours|O|Service départemental d'incendie et de secours de l'Aude⟧ (⟦Sdis 11|O|Service départemental d'incendie et de secours de l'Aude⟧).

"On a vu les flammes arriver sur la colline en ⟦dix minutes|Q:duration|10|minute|0⟧. On a juste eu le temps de prendre les papiers et le chien", raconte ⟦Monique|P⟧, ⟦68 ans|Q:duration|68|year|0⟧, hébergée au gymnase avec son mari. Le maire de ⟦Fabrezan|L⟧, ⟦Jean-Marc Galy|P⟧, estime que "la sécheresse a transformé la garrigue en allumette" et réclame "un vrai plan de débroussaillement, avec des moyens".

Il s'agit du plus important incendie dans le département depuis celui d'⟦août 2025|D⟧, qui avait détruit environ ⟦16000 hectares|Q:measure|16000|ha|1⟧ dans le ⟦massif des Corbières|L⟧ et coûté la vie à une habitante. Depuis ⟦janvier|D⟧, plus de ⟦4500 hectares|Q:measure|4500|ha|1⟧ ont brûlé dans l'⟦Aude|L⟧, selon la ⟦Direction départementale des territoires et de la mer|O|Direction départementale des territoires et de la mer de l'Aude⟧ (⟦DDTM|O|Direction départementale des territoires et de la mer de l'Aude⟧), qui a classé ⟦la semaine dernière|D⟧ le département en risque très sévère.

Une enquête a été ouverte par le ⟦parquet de Narbonne|O⟧ pour déterminer l'origine du sinistre. "Aucune piste n'est écartée, y compris celle d'un acte volontaire", a souligné le procureur, ⟦Bernard Lumbroso|P⟧, qui appelle les témoins à se manifester auprès de la ⟦gendarmerie de Lézignan-Corbières|O⟧. Les pompiers espéraient ⟦jeudi|D⟧ profiter d'une accalmie pour renforcer les lisières avant le retour de la chaleur, attendu ⟦ce week-end|D⟧ avec des températures proches de ⟦38 °C|Q:measure|38|°C|1⟧.
===ATTR===
according-to | préfecture de l'Aude | préfecture de l'Aude | selon | Le feu qui s'est déclaré mardi vers 14 h 30 sur la commune de Fabrezan, dans les Corbières, avait parcouru mercredi soir près de 2300 hectares de garrigue et de pinède
direct | Thierry Bonnafous | Thierry Bonnafous | a déclaré | Le feu n'est pas fixé. Le vent reste notre principal ennemi et nous nous préparons à une nouvelle nuit difficile
indirect | Il | Thierry Bonnafous | a précisé | deux colonnes de renfort venues des Bouches-du-Rhône et de l'Hérault étaient arrivées dans la nuit
according-to | Météo-France | Météo-France | Selon | le vent devrait faiblir à partir de vendredi, avec des rafales de 40 à 50 km/h
indirect | Service départemental d'incendie et de secours | Service départemental d'incendie et de secours de l'Aude | a indiqué | Un pompier de 27 ans a été légèrement blessé à la main et une dizaine de maisons ont été touchées
direct | Monique | Monique | raconte | On a vu les flammes arriver sur la colline en dix minutes. On a juste eu le temps de prendre les papiers et le chien
direct | Jean-Marc Galy | Jean-Marc Galy | estime | la sécheresse a transformé la garrigue en allumette
direct | Jean-Marc Galy | Jean-Marc Galy | réclame | un vrai plan de débroussaillement, avec des moyens
according-to | Direction départementale des territoires et de la mer | Direction départementale des territoires et de la mer de l'Aude | selon | Depuis janvier, plus de 4500 hectares ont brûlé dans l'Aude
direct | Bernard Lumbroso | Bernard Lumbroso | a souligné | Aucune piste n'est écartée, y compris celle d'un acte volontaire
indirect | qui | Bernard Lumbroso | appelle | les témoins à se manifester auprès de la gendarmerie de Lézignan-Corbières
