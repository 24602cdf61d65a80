⟦Honduras|L⟧ : ⟦Asfura|P|Nasry Asfura⟧ et ⟦Nasralla|P|Salvador Nasralla⟧ au coude-à-coude, le décompte des voix s’éternise

Le dépouillement de l’élection présidentielle du ⟦dimanche 30 novembre|D⟧ au ⟦Honduras|L⟧ avançait toujours au ralenti, ⟦jeudi 4 décembre|D⟧, sans qu’un vainqueur puisse être désigné. Selon les derniers résultats publiés par le ⟦Conseil national électoral|O|Conseil national électoral du Honduras⟧ (⟦CNE|O|Conseil national électoral du Honduras⟧), portant sur ⟦88,6{NNBSP}%|Q:percent|88.6|%|0⟧ des procès-verbaux, le candidat du ⟦Parti national|O|Parti national du Honduras⟧ (droite), ⟦Nasry Asfura|P⟧, recueillait ⟦40,3{NNBSP}%|Q:percent|40.3|%|0⟧ des suffrages, contre ⟦39,6{NNBSP}%|Q:percent|39.6|%|0⟧ pour celui du ⟦Parti libéral|O|Parti libéral du Honduras⟧, ⟦Salvador Nasralla|P⟧. La candidate du parti de gauche ⟦Libre|O|Liberté et refondation⟧, au pouvoir, ⟦Rixi Moncada|P⟧, était distancée avec ⟦19,2{NNBSP}%|Q:percent|19.2|%|0⟧.

L’écart, d’environ ⟦20{NNBSP}000|Q:count|20000||1⟧ voix, reste dans la marge où tout peut encore basculer. Près de ⟦2{NNBSP}000|Q:count|2000||1⟧ procès-verbaux présentant des «{NNBSP}incohérences{NNBSP}» doivent être recomptés un par un, a précisé ⟦mercredi soir|D⟧ la présidente du ⟦CNE|O|Conseil national électoral du Honduras⟧, ⟦Ana Paola Hall|P⟧. Elle a demandé aux partis «{NNBSP}de la patience et du respect pour les institutions{NNBSP}». Le ⟦CNE|O|Conseil national électoral du Honduras⟧ a attribué la lenteur du comptage à une panne du système de transmission des résultats préliminaires, survenue ⟦lundi|D⟧.

Cette interruption a alimenté les soupçons. ⟦Salvador Nasralla|P⟧, ⟦72 ans|Q:duration|72|year|0⟧, a dénoncé ⟦mardi|D⟧ une «{NNBSP}tentative de vol{NNBSP}» de l’élection et appelé ses partisans à «{NNBSP}défendre chaque bulletin{NNBSP}». ⟦Nasry Asfura|P⟧, ancien maire de ⟦Tegucigalpa|L⟧ âgé de ⟦67 ans|Q:duration|67|year|0⟧, s’est dit «{NNBSP}confiant{NNBSP}» et a exhorté son rival à attendre la fin du décompte.

⟦Washington|L⟧ suit le scrutin de près. ⟦Donald Trump|P⟧, qui avait appelé à voter pour ⟦Nasry Asfura|P⟧, a affirmé sur son réseau ⟦Truth Social|O⟧ que le décompte devait se poursuivre «{NNBSP}dans la transparence{NNBSP}». La mission d’observation électorale de l’⟦Union européenne|O⟧ a jugé le scrutin «{NNBSP}globalement pacifique et bien organisé{NNBSP}», tout en relevant des «{NNBSP}lenteurs injustifiées{NNBSP}».

Quelque ⟦6,5 millions|Q:count|6500000||1⟧ d’électeurs étaient appelés à désigner, outre le président, ⟦128|Q:count|128||0⟧ députés et près de ⟦300|Q:count|300||1⟧ maires. La participation est estimée à ⟦57{NNBSP}%|Q:percent|57|%|1⟧, selon le ⟦CNE|O|Conseil national électoral du Honduras⟧. Le scrutin a coûté quelque ⟦1,8 milliard de lempiras|Q:money|1800000000|HNL|1⟧ (environ ⟦68 millions de dollars|Q:money|68000000|USD|1⟧).

Le prochain chef de l’Etat, qui prendra ses fonctions le ⟦27 janvier|D⟧ pour ⟦quatre ans|Q:duration|4|year|0⟧, héritera d’un pays où plus de ⟦60{NNBSP}%|Q:percent|60|%|1⟧ de la population vit sous le seuil de pauvreté. Les transferts des émigrés, installés pour la plupart aux ⟦Etats-Unis|L|États-Unis⟧, ont atteint ⟦9,7 milliards de dollars|Q:money|9700000000|USD|0⟧ en ⟦2024|D⟧, soit près d’un quart du PIB, selon la ⟦Banque centrale du Honduras|O⟧.

Dans le quartier de ⟦Kennedy|L⟧, à ⟦Tegucigalpa|L⟧, ⟦Marta Oseguera|P⟧, ⟦45 ans|Q:duration|45|year|0⟧, vendeuse de tortillas, dit attendre «{NNBSP}surtout que ça se termine{NNBSP}». «{NNBSP}Ici, personne ne fait confiance aux résultats. Chacun croit que l’autre triche{NNBSP}», ajoute-t-elle.
===ATTR===
according-to | Conseil national électoral | Conseil national électoral du Honduras | Selon | le candidat du Parti national (droite), Nasry Asfura, recueillait 40,3 % des suffrages, contre 39,6 % pour celui du Parti libéral, Salvador Nasralla
direct | Ana Paola Hall | Ana Paola Hall | a précisé | Près de 2 000 procès-verbaux présentant des « incohérences » doivent être recomptés un par un
mixed | Elle | Ana Paola Hall | a demandé | aux partis « de la patience et du respect pour les institutions »
indirect | CNE#3 | Conseil national électoral du Honduras | a attribué | la lenteur du comptage à une panne du système de transmission des résultats préliminaires, survenue lundi
mixed | Salvador Nasralla#2 | Salvador Nasralla | a dénoncé | une « tentative de vol » de l’élection
mixed | Salvador Nasralla#2 | Salvador Nasralla | appelé | ses partisans à « défendre chaque bulletin »
direct | Nasry Asfura#2 | Nasry Asfura | s’est dit | confiant
indirect | Nasry Asfura#2 | Nasry Asfura | a exhorté | son rival à attendre la fin du décompte
indirect | qui | Donald Trump | avait appelé | à voter pour Nasry Asfura
mixed | Donald Trump | Donald Trump | a affirmé | le décompte devait se poursuivre « dans la transparence »
mixed | mission | mission d’observation électorale de l’Union européenne | a jugé | le scrutin « globalement pacifique et bien organisé »
mixed | mission | mission d’observation électorale de l’Union européenne | relevant | des « lenteurs injustifiées »
according-to | CNE#4 | Conseil national électoral du Honduras | selon | La participation est estimée à 57 %
according-to | Banque centrale du Honduras | Banque centrale du Honduras | selon | Les transferts des émigrés, installés pour la plupart aux Etats-Unis, ont atteint 9,7 milliards de dollars en 2024, soit près d’un quart du PIB
mixed | Marta Oseguera | Marta Oseguera | dit | attendre « surtout que ça se termine »
direct | elle | Marta Oseguera | ajoute-t-elle | Ici, personne ne fait confiance aux résultats. Chacun croit que l’autre triche
