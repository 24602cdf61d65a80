⟦Suisse|L⟧ : l'impôt sur les grandes successions balayé, «{NNBSP}le peuple a fait preuve de bon sens{NNBSP}» selon ⟦Karin Keller-Sutter|P⟧

⟦Berne|L⟧, ⟦30 novembre|D⟧ (⟦ATS|O|Agence télégraphique suisse⟧/⟦AFP|O|Agence France-Presse⟧) - Les ⟦Suisses|N⟧ ont rejeté ⟦dimanche|D⟧ à ⟦78,3%|Q:percent|78.3|%|0⟧ l'initiative populaire de la ⟦Jeunesse socialiste|O|Jeunesse socialiste suisse⟧ (⟦JS|O|Jeunesse socialiste suisse⟧) qui proposait de taxer à ⟦50%|Q:percent|50|%|0⟧ les héritages supérieurs à ⟦50 millions de francs|Q:money|50000000|CHF|1⟧ (environ ⟦53,5 millions d'euros|Q:money|53500000|EUR|1⟧), selon les résultats définitifs publiés par la ⟦Chancellerie fédérale|O⟧. Aucun des ⟦26|Q:count|26||0⟧ cantons ne l'a acceptée. La participation s'est élevée à ⟦43%|Q:percent|43|%|0⟧.

«{NNBSP}Nous avons perdu une bataille, mais le débat sur la concentration des richesses ne fait que commencer{NNBSP}», a réagi devant la presse à ⟦Berne|L⟧ la présidente de la ⟦JS|O|Jeunesse socialiste suisse⟧, ⟦Mirjam Hostetmann|P⟧, ⟦25 ans|Q:duration|25|year|0⟧.

Le texte aurait concerné quelque ⟦2500|Q:count|2500||1⟧ contribuables, qui détiennent ensemble près de ⟦500 milliards de francs|Q:money|500000000000|CHF|1⟧, d'après l'⟦Administration fédérale des contributions|O⟧ (⟦AFC|O|Administration fédérale des contributions⟧). Ses promoteurs en attendaient ⟦6 milliards de francs|Q:money|6000000000|CHF|0⟧ de recettes annuelles, destinées à financer la lutte contre le changement climatique.

«{NNBSP}Le peuple a fait preuve de bon sens{NNBSP}», a salué la présidente de la Confédération et ministre des Finances, ⟦Karin Keller-Sutter|P⟧. Selon elle, l'initiative aurait poussé de nombreux contribuables fortunés à quitter le pays et privé l'Etat et les cantons de recettes fiscales bien supérieures à celles espérées.

Le patron du constructeur ferroviaire ⟦Stadler Rail|O⟧, ⟦Peter Spuhler|P⟧, qui avait menacé de quitter la ⟦Suisse|L⟧ en cas de oui, a déclaré au quotidien ⟦Blick|O⟧ qu'il restait «{NNBSP}évidemment{NNBSP}» dans le pays. L'organisation faîtière des entreprises, ⟦economiesuisse|O⟧, a pour sa part salué un «{NNBSP}signal fort pour la place économique{NNBSP}».

C'est dans le canton de ⟦Bâle-Ville|L⟧ que le texte a obtenu son meilleur score, avec ⟦32,1%|Q:percent|32.1|%|0⟧ de oui, tandis qu'⟦Appenzell Rhodes-Intérieures|L⟧ l'a rejeté à ⟦91%|Q:percent|91|%|0⟧. Dans le canton de ⟦Genève|L⟧, ⟦61'250|Q:count|61250||0⟧ votants ont approuvé l'initiative, soit ⟦29,8%|Q:percent|29.8|%|0⟧.

Les électeurs ont également rejeté, par ⟦84,2%|Q:percent|84.2|%|0⟧ des voix, l'initiative «{NNBSP}Service citoyen{NNBSP}», qui voulait étendre aux femmes l'obligation de servir, dans l'armée ou au sein d'un service civil, pendant ⟦245 jours|Q:duration|245|day|0⟧ en moyenne. Le ⟦Conseil fédéral|O⟧ recommandait le rejet des ⟦deux|Q:count|2||0⟧ textes, comme le ⟦Parlement|O|Assemblée fédérale⟧.

Le conseiller national ⟦Thomas Aeschi|P⟧, chef du groupe de l'⟦Union démocratique du centre|O⟧ (⟦UDC|O|Union démocratique du centre⟧) au ⟦Parlement|O|Assemblée fédérale⟧, a estimé que le résultat montrait «{NNBSP}l'attachement des ⟦Suisses|N⟧ à la propriété privée{NNBSP}». Le ⟦Parti socialiste|O|Parti socialiste suisse⟧ (⟦PS|O|Parti socialiste suisse⟧), qui soutenait le texte, a dit vouloir relancer le débat au niveau cantonal, notamment à ⟦Lausanne|L⟧ et à ⟦Zurich|L⟧.

Les ⟦Suisses|N⟧ se prononceront le ⟦8 mars 2026|D⟧ sur une initiative de l'⟦UDC|O|Union démocratique du centre⟧ visant à limiter la population du pays à ⟦10 millions|Q:count|10000000||0⟧ d'habitants d'ici à ⟦2050|D⟧.

===ATTR===
according-to | Karin Keller-Sutter#1 | Karin Keller-Sutter | selon#1 | le peuple a fait preuve de bon sens
according-to | Chancellerie fédérale | Chancellerie fédérale | selon#2 | Les Suisses ont rejeté dimanche à 78,3% l'initiative populaire de la Jeunesse socialiste (JS) qui proposait de taxer à 50% les héritages supérieurs à 50 millions de francs (environ 53,5 millions d'euros)
direct | Mirjam Hostetmann | Mirjam Hostetmann | a réagi | Nous avons perdu une bataille, mais le débat sur la concentration des richesses ne fait que commencer
according-to | Administration fédérale des contributions | Administration fédérale des contributions | d'après | Le texte aurait concerné quelque 2500 contribuables, qui détiennent ensemble près de 500 milliards de francs
direct | Karin Keller-Sutter#2 | Karin Keller-Sutter | a salué | Le peuple a fait preuve de bon sens
according-to | elle | Karin Keller-Sutter | Selon | l'initiative aurait poussé de nombreux contribuables fortunés à quitter le pays et privé l'Etat et les cantons de recettes fiscales bien supérieures à celles espérées
indirect | qui | Peter Spuhler | avait menacé | de quitter la Suisse en cas de oui
mixed | Peter Spuhler | Peter Spuhler | a déclaré | il restait « évidemment » dans le pays
mixed | economiesuisse | economiesuisse | a pour sa part salué | un « signal fort pour la place économique »
indirect | Conseil fédéral | Conseil fédéral | recommandait | le rejet des deux textes
mixed | Thomas Aeschi | Thomas Aeschi | a estimé | le résultat montrait « l'attachement des Suisses à la propriété privée »
indirect | Parti socialiste | Parti socialiste suisse | a dit | vouloir relancer le débat au niveau cantonal, notamment à Lausanne et à Zurich
