⟦Royaume-Uni|L⟧ : fronde travailliste contre le budget, ⟦Reform UK|O⟧ creuse l'écart dans les sondages

⟦Londres|L⟧, ⟦9 décembre|D⟧ (⟦AFP|O|Agence France-Presse⟧) - Le gouvernement de ⟦Keir Starmer|P⟧ a affronté ⟦mardi|D⟧ la plus sérieuse fronde de sa propre majorité depuis son arrivée au pouvoir en ⟦juillet 2024|D⟧. Pas moins de ⟦47|Q:count|47||0⟧ députés travaillistes ont signé une motion contre le gel des seuils de l'impôt sur le revenu jusqu'en ⟦2030|D⟧, une mesure qui doit rapporter ⟦8,4 milliards de livres|Q:money|8400000000|GBP|0⟧ (près de ⟦9,7 milliards d'euros|Q:money|9700000000|EUR|1⟧) par an aux finances publiques.

«{NNBSP}Nous n'avons pas été élus pour faire payer aux infirmières et aux enseignants la facture de ⟦quatorze années|Q:duration|14|year|0⟧ d'austérité{NNBSP}», a déclaré devant la ⟦Chambre des communes|O⟧ ⟦Helen Whitcombe|P⟧, élue de ⟦Sheffield|L⟧ et l'une des meneuses de la fronde. «{NNBSP}Le gel des seuils, c'est une hausse d'impôt qui ne dit pas son nom{NNBSP}», a-t-elle ajouté sous les applaudissements des bancs de l'opposition.

La chancelière de l'Échiquier, ⟦Rachel Reeves|P⟧, a affirmé que le gel toucherait «{NNBSP}d'abord les revenus les plus élevés{NNBSP}» et que ⟦75{NNBSP}%|Q:percent|75|%|0⟧ des contribuables verraient leur impôt augmenter de moins de ⟦200 livres|Q:money|200|GBP|1⟧ par an. Un porte-parole de ⟦Downing Street|O⟧ a assuré que le Premier ministre gardait «{NNBSP}toute sa confiance{NNBSP}» à sa chancelière et qu'aucun remaniement n'était à l'ordre du jour.

Le vote final sur le projet de loi de finances est prévu le ⟦16 décembre|D⟧. Avec ⟦403|Q:count|403||0⟧ sièges sur ⟦650|Q:count|650||0⟧, le ⟦Parti travailliste|O⟧ dispose d'une marge confortable, mais plusieurs députés de la fronde ont fait savoir qu'ils s'abstiendraient plutôt que de voter contre le texte. Le groupe parlementaire a convoqué ses élus ⟦mercredi matin|D⟧ pour une réunion à huis clos.

Dans l'opinion, le malaise profite à ⟦Reform UK|O⟧. Selon un sondage ⟦YouGov|O⟧ publié ⟦lundi|D⟧ par le ⟦Times|O|The Times⟧, le parti de ⟦Nigel Farage|P⟧ recueille ⟦29{NNBSP}%|Q:percent|29|%|0⟧ des intentions de vote, contre ⟦19{NNBSP}%|Q:percent|19|%|0⟧ pour les travaillistes et ⟦17{NNBSP}%|Q:percent|17|%|0⟧ pour les conservateurs. ⟦Nigel Farage|P⟧ a estimé que ce budget était «{NNBSP}le dernier clou dans le cercueil{NNBSP}» du gouvernement. «{NNBSP}Les ⟦Britanniques|N⟧ ont compris que ni les travaillistes ni les conservateurs ne tiendront leurs promesses{NNBSP}», a-t-il lancé lors d'un meeting à ⟦Clacton-on-Sea|L⟧.

«{NNBSP}Ce budget taxe ceux qui travaillent pour financer un gouvernement qui ne sait plus où il va{NNBSP}», a répliqué la cheffe de l'opposition conservatrice, ⟦Kemi Badenoch|P⟧, en séance.

L'immigration, autre terrain de prédilection de ⟦Reform UK|O⟧, alimente aussi la colère. Plus de ⟦39{NNBSP}000|Q:count|39000||1⟧ migrants ont traversé la ⟦Manche|L⟧ à bord de petites embarcations depuis ⟦janvier|D⟧, selon le ⟦Home Office|O⟧, soit une hausse de ⟦12{NNBSP}%|Q:percent|12|%|0⟧ sur ⟦un an|Q:duration|1|year|0⟧. Le ministère a promis que l'accord de réadmission conclu avec la ⟦France|L⟧ permettrait de renvoyer ⟦50|Q:count|50||0⟧ personnes par semaine dès ⟦janvier 2027|D⟧.

D'après l'⟦Office for Budget Responsibility|O⟧ (⟦OBR|O|Office for Budget Responsibility⟧), l'organisme indépendant chargé de vérifier les prévisions du ⟦Trésor|O|HM Treasury⟧, la croissance ⟦britannique|N⟧ serait limitée à ⟦1,1{NNBSP}%|Q:percent|1.1|%|0⟧ en ⟦2027|D⟧ et la dette publique se stabiliserait autour de ⟦96{NNBSP}%|Q:percent|96|%|1⟧ du PIB. Pour ⟦Tom Ashworth|P⟧, politologue au ⟦King's College|O|King's College London⟧, ⟦Keir Starmer|P⟧ «{NNBSP}n'est pas menacé à court terme{NNBSP}», mais la fronde montre qu'une partie de ses députés regarde déjà vers les élections locales de ⟦mai|D⟧. «{NNBSP}Dans beaucoup de circonscriptions du ⟦Nord|L|Nord de l'Angleterre⟧, le vrai adversaire n'est plus le parti conservateur, c'est ⟦Reform|O|Reform UK⟧{NNBSP}», résume-t-il.
===ATTR===
direct | Helen Whitcombe | Helen Whitcombe | a déclaré | Nous n'avons pas été élus pour faire payer aux infirmières et aux enseignants la facture de quatorze années d'austérité
direct | elle | Helen Whitcombe | a-t-elle ajouté | Le gel des seuils, c'est une hausse d'impôt qui ne dit pas son nom
mixed | Rachel Reeves | Rachel Reeves | a affirmé | le gel toucherait « d'abord les revenus les plus élevés » et que 75 % des contribuables verraient leur impôt augmenter de moins de 200 livres par an
mixed | porte-parole | porte-parole de Downing Street (non nommé) | a assuré | le Premier ministre gardait « toute sa confiance » à sa chancelière et qu'aucun remaniement n'était à l'ordre du jour
indirect | députés | députés de la fronde (non nommé) | ont fait savoir | ils s'abstiendraient plutôt que de voter contre le texte
according-to | YouGov | YouGov | Selon | le parti de Nigel Farage recueille 29 % des intentions de vote, contre 19 % pour les travaillistes et 17 % pour les conservateurs
mixed | Nigel Farage | Nigel Farage | a estimé | ce budget était « le dernier clou dans le cercueil » du gouvernement
direct | il | Nigel Farage | a-t-il lancé | Les Britanniques ont compris que ni les travaillistes ni les conservateurs ne tiendront leurs promesses
direct | Kemi Badenoch | Kemi Badenoch | a répliqué | Ce budget taxe ceux qui travaillent pour financer un gouvernement qui ne sait plus où il va
according-to | Home Office | Home Office | selon | Plus de 39 000 migrants ont traversé la Manche à bord de petites embarcations depuis janvier
indirect | ministère | Home Office | a promis | l'accord de réadmission conclu avec la France permettrait de renvoyer 50 personnes par semaine dès janvier 2027
according-to | Office for Budget Responsibility | Office for Budget Responsibility | D'après | la croissance britannique serait limitée à 1,1 % en 2027 et la dette publique se stabiliserait autour de 96 % du PIB
according-to | Tom Ashworth | Tom Ashworth | Pour | Keir Starmer « n'est pas menacé à court terme », mais la fronde montre qu'une partie de ses députés regarde déjà vers les élections locales de mai
direct | il | Tom Ashworth | résume-t-il | Dans beaucoup de circonscriptions du Nord, le vrai adversaire n'est plus le parti conservateur, c'est Reform
