⟦Inde|L⟧ : au ⟦Tamil Nadu|L⟧, la mousson du nord-est fait ⟦63|Q:count|63||0⟧ morts et relance la querelle sur l’aide fédérale

Les eaux commencent à peine à refluer dans les faubourgs de ⟦Chennai|L⟧. ⟦Dix jours|Q:duration|10|day|0⟧ après le début des pluies torrentielles qui se sont abattues sur le sud-est de l’⟦Inde|L⟧, le bilan s’élève à ⟦63|Q:count|63||0⟧ morts au ⟦Tamil Nadu|L⟧ et à ⟦9|Q:count|9||0⟧ dans le territoire voisin de ⟦Pondichéry|L⟧, d’après l’autorité de gestion des catastrophes de l’État. Plus de ⟦180 000|Q:count|180000||1⟧ personnes ont été évacuées et hébergées dans ⟦2 400|Q:count|2400||0⟧ centres de secours.

Selon le ⟦Département météorologique indien|O⟧ (⟦IMD|O|Département météorologique indien⟧), il est tombé ⟦412 millimètres|Q:measure|412|mm|0⟧ de pluie en ⟦48 heures|Q:duration|48|hour|0⟧ à ⟦Cuddalore|L⟧, et entre ⟦150 et 200 millimètres|Q:measure|150~200|mm|0⟧ sur la capitale de l’État. Depuis le ⟦1er octobre|D⟧, le cumul de la mousson du nord-est dépasse de ⟦56 %|Q:percent|56|%|0⟧ la normale saisonnière. L’institut a maintenu ⟦jeudi|D⟧ l’alerte orange sur ⟦onze|Q:count|11||0⟧ districts côtiers jusqu’au ⟦6 décembre|D⟧.

“Nous avons perdu la récolte, la maison et les chèvres. Il ne reste que le toit, et encore”, témoigne ⟦Selvi Murugan|P⟧, ⟦52 ans|Q:duration|52|year|0⟧, réfugiée avec ses ⟦trois|Q:count|3||0⟧ petits-enfants dans une école de ⟦Chidambaram|L⟧. Dans le delta de la ⟦Kaveri|L⟧, le grenier à riz de l’État, près de ⟦85 000 hectares|Q:measure|85000|ha|1⟧ de rizières sont submergés, selon les estimations du ⟦ministère de l’Agriculture du Tamil Nadu|O⟧.

A ⟦Chennai|L⟧, le ministre de la Gestion des catastrophes, ⟦K. Senthilvel|P|K. Senthilvel⟧, a réclamé au gouvernement fédéral une aide d’urgence de ⟦20 milliards de roupies|Q:money|20000000000|INR|0⟧ (environ ⟦195 millions d’euros|Q:money|195000000|EUR|1⟧). “Chaque année, nous avançons l’argent et chaque année, ⟦New Delhi|L|Inde⟧ nous rembourse moins de la moitié, avec ⟦six mois|Q:duration|6|month|0⟧ de retard”, a-t-il déclaré lors d’une conférence de presse. Les familles des victimes recevront ⟦400 000 roupies|Q:money|400000|INR|0⟧ chacune, a-t-il précisé.

Le ministre fédéral de l’Intérieur, ⟦Amit Shah|P⟧, a annoncé l’envoi de ⟦14|Q:count|14||0⟧ équipes de la ⟦Force nationale de réponse aux catastrophes|O⟧ (⟦NDRF|O|Force nationale de réponse aux catastrophes⟧) et d’une équipe interministérielle chargée d’évaluer les dégâts. Son ministère affirme que le ⟦Tamil Nadu|L⟧ a déjà reçu une première tranche de ⟦9,4 milliards de roupies|Q:money|9400000000|INR|0⟧ au titre du fonds de réponse aux catastrophes.

L’opposition dénonce une préparation défaillante. Le chef de l’opposition à l’⟦Assemblée législative du Tamil Nadu|O⟧, ⟦R. Balasubramanian|P⟧, a accusé le gouvernement local d’avoir laissé les canaux d’évacuation s’envaser “par négligence et par clientélisme”. “On savait depuis ⟦2015|D⟧ que ces quartiers seraient inondés. Rien n’a été fait”, a-t-il lancé, en référence aux crues qui avaient fait plus de ⟦400|Q:count|400||1⟧ morts ⟦cette année-là|D⟧.

Pour ⟦Anjali Raghavan|P⟧, hydrologue à l’⟦Institut indien de technologie de Madras|O⟧, l’urbanisation des zones humides explique une bonne part des dégâts : la ville aurait perdu près de ⟦60 %|Q:percent|60|%|1⟧ de ses marais en ⟦trente ans|Q:duration|30|year|0⟧. “La pluie est exceptionnelle, mais l’inondation, elle, est fabriquée”, résume la chercheuse.

Les écoles resteront fermées jusqu’à ⟦lundi|D⟧ dans ⟦sept|Q:count|7||0⟧ districts. L’⟦IMD|O|Département météorologique indien⟧ prévoit une nouvelle dépression dans le ⟦golfe du Bengale|L⟧ ⟦la semaine prochaine|D⟧.
===ATTR===
according-to | autorité | autorité de gestion des catastrophes du Tamil Nadu (non nommé) | d’après | le bilan s’élève à 63 morts au Tamil Nadu et à 9 dans le territoire voisin de Pondichéry
according-to | Département météorologique indien | Département météorologique indien | Selon | il est tombé 412 millimètres de pluie en 48 heures à Cuddalore, et entre 150 et 200 millimètres sur la capitale de l’État
direct | Selvi Murugan | Selvi Murugan | témoigne | Nous avons perdu la récolte, la maison et les chèvres. Il ne reste que le toit, et encore
according-to | ministère de l’Agriculture du Tamil Nadu | ministère de l’Agriculture du Tamil Nadu | selon | près de 85 000 hectares de rizières sont submergés
indirect | K. Senthilvel | K. Senthilvel | a réclamé | au gouvernement fédéral une aide d’urgence de 20 milliards de roupies (environ 195 millions d’euros)
direct | il | K. Senthilvel | a-t-il déclaré | Chaque année, nous avançons l’argent et chaque année, New Delhi nous rembourse moins de la moitié, avec six mois de retard
indirect | il | K. Senthilvel | a-t-il précisé | Les familles des victimes recevront 400 000 roupies chacune
indirect | Amit Shah | Amit Shah | a annoncé | l’envoi de 14 équipes de la Force nationale de réponse aux catastrophes (NDRF) et d’une équipe interministérielle chargée d’évaluer les dégâts
indirect | ministère | ministère indien de l’Intérieur | affirme | le Tamil Nadu a déjà reçu une première tranche de 9,4 milliards de roupies au titre du fonds de réponse aux catastrophes
mixed | R. Balasubramanian | R. Balasubramanian | a accusé | le gouvernement local d’avoir laissé les canaux d’évacuation s’envaser “par négligence et par clientélisme”
direct | il | R. Balasubramanian | a-t-il lancé | On savait depuis 2015 que ces quartiers seraient inondés. Rien n’a été fait
according-to | Anjali Raghavan | Anjali Raghavan | Pour | l’urbanisation des zones humides explique une bonne part des dégâts : la ville aurait perdu près de 60 % de ses marais en trente ans
direct | chercheuse | Anjali Raghavan | résume | La pluie est exceptionnelle, mais l’inondation, elle, est fabriquée
