⟦Argentine|L⟧ : le peso décroche après l'accord avec le ⟦FMI|O|Fonds monétaire international⟧, ⟦Milei|P|Javier Milei⟧ salue une "journée historique"

⟦Buenos Aires|L⟧, ⟦14 avril|D⟧ (⟦AFP|O|Agence France-Presse⟧) - Le peso ⟦argentin|N⟧ a cédé ⟦11 %|Q:percent|11|%|0⟧ ⟦lundi|D⟧ face au dollar, à ⟦1 230 pesos|Q:money|1230|ARS|0⟧ pour ⟦un dollar|Q:money|1|USD|0⟧, au premier jour de la levée de la plupart des contrôles des changes instaurés en ⟦2019|D⟧, une mesure rendue possible par un nouveau prêt de ⟦20 milliards de dollars|Q:money|20000000000|USD|0⟧ du ⟦Fonds monétaire international|O⟧.

Désormais, la devise peut fluctuer librement entre ⟦1 000 et 1 400 pesos|Q:money|1000~1400|ARS|1⟧ pour ⟦un dollar|Q:money|1|USD|0⟧, une bande dont les bornes s'élargiront de ⟦1 %|Q:percent|1|%|0⟧ par mois, a expliqué la ⟦Banque centrale de la République argentine|O⟧ (⟦BCRA|O|Banque centrale de la République argentine⟧). Dans les bureaux de change de la ⟦rue Florida|L⟧, ⟦des dizaines|Q:count|10||1⟧ d'⟦Argentins|N⟧ faisaient la queue ⟦lundi matin|D⟧ pour acheter des billets verts.

"C'est une journée historique. Nous avons mis fin au cepo, ce piège qui étranglait l'économie depuis ⟦six ans|Q:duration|6|year|0⟧", a écrit le président ⟦Javier Milei|P⟧ sur le réseau social ⟦X|O⟧. Le ministre de l'Economie, ⟦Luis Caputo|P⟧, a précisé que le ⟦FMI|O|Fonds monétaire international⟧ verserait dès ⟦mardi|D⟧ une première tranche de ⟦12 milliards de dollars|Q:money|12000000000|USD|0⟧, suivie de ⟦2 milliards|Q:money|2000000000|USD|0⟧ en ⟦juin|D⟧. S'y ajoutent ⟦12 milliards de dollars|Q:money|12000000000|USD|0⟧ de la ⟦Banque mondiale|O⟧ et ⟦10 milliards|Q:money|10000000000|USD|0⟧ de la ⟦Banque interaméricaine de développement|O⟧ (⟦BID|O|Banque interaméricaine de développement⟧), selon le gouvernement.

La directrice générale du ⟦FMI|O|Fonds monétaire international⟧, ⟦Kristalina Georgieva|P⟧, a salué dans un communiqué publié à ⟦Washington|L⟧ "l'impressionnant succès" du gouvernement dans la lutte contre l'inflation, tout en appelant à "maintenir le cap" de la rigueur budgétaire.

L'inflation annuelle, qui avait culminé à ⟦211,4 %|Q:percent|211.4|%|0⟧ ⟦fin 2023|D⟧, est retombée à ⟦55,9{NBSP}%|Q:percent|55.9|%|0⟧ en ⟦mars|D⟧, selon l'⟦Institut national de la statistique et des recensements|O⟧ (⟦Indec|O|Institut national de la statistique et des recensements⟧). Mais les prix ont encore progressé de ⟦3,7 %|Q:percent|3.7|%|0⟧ en ⟦mars|D⟧ par rapport à ⟦février|D⟧, plus qu'attendu. Le taux de pauvreté, qui avait bondi à près de ⟦53 %|Q:percent|53|%|1⟧ au ⟦premier semestre 2024|D⟧, est redescendu à ⟦38,1 %|Q:percent|38.1|%|0⟧ au ⟦second semestre|D⟧, d'après l'⟦Indec|O|Institut national de la statistique et des recensements⟧.

Dans l'opposition, la colère gronde. La ⟦Confédération générale du travail|O⟧ (⟦CGT|O|Confédération générale du travail⟧), principale centrale syndicale du pays, a dénoncé un accord qui "hypothèque l'avenir de ⟦trois|Q:count|3||0⟧ générations" et annoncé une grève générale pour ⟦jeudi|D⟧. L'ex-présidente ⟦Cristina Fernández de Kirchner|P⟧ a accusé M. ⟦Milei|P|Javier Milei⟧ de "ruiner le pays une seconde fois" avec le ⟦FMI|O|Fonds monétaire international⟧, en référence au prêt record de ⟦57 milliards de dollars|Q:money|57000000000|USD|0⟧ accordé en ⟦2018|D⟧ sous la présidence de ⟦Mauricio Macri|P⟧.

La ⟦Chine|L⟧ a par ailleurs accepté de prolonger d'⟦un an|Q:duration|1|year|0⟧ l'activation d'une tranche de ⟦5 milliards de dollars|Q:money|5000000000|USD|0⟧ de la ligne d'échange de devises qui la lie à l'⟦Argentine|L⟧, a confirmé ⟦Pékin|L⟧ ⟦la semaine dernière|D⟧.

A la ⟦Bourse de Buenos Aires|O⟧, les valeurs bancaires ont bondi de ⟦5,8 %|Q:percent|5.8|%|0⟧, et le "risque pays", qui mesure l'écart de taux entre la dette ⟦argentine|N⟧ et les obligations ⟦américaines|N⟧, a reculé de ⟦9 %|Q:percent|9|%|0⟧.

"Le vrai test sera la capacité de la ⟦Banque centrale|O|Banque centrale de la République argentine⟧ à reconstituer ses réserves sans faire flamber les prix", prévient ⟦Mariana Kohan|P⟧, économiste du cabinet ⟦Equilibra|O⟧. Selon Mme ⟦Kohan|P|Mariana Kohan⟧, les réserves nettes restent négatives d'environ ⟦5 milliards de dollars|Q:money|5000000000|USD|1⟧, et l'inflation mensuelle devrait osciller entre ⟦2 et 3 %|Q:percent|2~3|%|1⟧ jusqu'en ⟦juillet|D⟧, le temps que le choc de la dévaluation se dissipe.

===ATTR===
mixed | Milei#1 | Javier Milei | salue | une "journée historique"
indirect | Banque centrale de la République argentine | Banque centrale de la République argentine | a expliqué | Désormais, la devise peut fluctuer librement entre 1 000 et 1 400 pesos pour un dollar, une bande dont les bornes s'élargiront de 1 % par mois
direct | Javier Milei | Javier Milei | a écrit | C'est une journée historique. Nous avons mis fin au cepo, ce piège qui étranglait l'économie depuis six ans
indirect | Luis Caputo | Luis Caputo | a précisé | le FMI verserait dès mardi une première tranche de 12 milliards de dollars, suivie de 2 milliards en juin
according-to | gouvernement | gouvernement argentin | selon | S'y ajoutent 12 milliards de dollars de la Banque mondiale et 10 milliards de la Banque interaméricaine de développement (BID)
mixed | Kristalina Georgieva | Kristalina Georgieva | a salué | "l'impressionnant succès" du gouvernement dans la lutte contre l'inflation
mixed | Kristalina Georgieva | Kristalina Georgieva | appelant | à "maintenir le cap" de la rigueur budgétaire
according-to | Institut national de la statistique et des recensements | Institut national de la statistique et des recensements | selon | L'inflation annuelle, qui avait culminé à 211,4 % fin 2023, est retombée à 55,9 % en mars
according-to | Indec#2 | Institut national de la statistique et des recensements | d'après | Le taux de pauvreté, qui avait bondi à près de 53 % au premier semestre 2024, est redescendu à 38,1 % au second semestre
mixed | Confédération générale du travail | Confédération générale du travail | a dénoncé | un accord qui "hypothèque l'avenir de trois générations"
indirect | Confédération générale du travail | Confédération générale du travail | annoncé | une grève générale pour jeudi
mixed | Cristina Fernández de Kirchner | Cristina Fernández de Kirchner | a accusé | M. Milei de "ruiner le pays une seconde fois" avec le FMI
indirect | Pékin | Chine | a confirmé | La Chine a par ailleurs accepté de prolonger d'un an l'activation d'une tranche de 5 milliards de dollars de la ligne d'échange de devises qui la lie à l'Argentine
direct | Mariana Kohan | Mariana Kohan | prévient | Le vrai test sera la capacité de la Banque centrale à reconstituer ses réserves sans faire flamber les prix
according-to | Kohan | Mariana Kohan | Selon | les réserves nettes restent négatives d'environ 5 milliards de dollars, et l'inflation mensuelle devrait osciller entre 2 et 3 % jusqu'en juillet, le temps que le choc de la dévaluation se dissipe
