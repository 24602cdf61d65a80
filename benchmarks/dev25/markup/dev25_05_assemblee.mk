Budget ⟦2026|D⟧ : l’⟦Assemblée|O|Assemblée nationale⟧ rejette la surtaxe sur les holdings, la gauche crie à «{NNBSP}l’enterrement de la justice fiscale{NNBSP}»

Il était ⟦23 h 40|D⟧, ⟦mardi soir|D⟧, quand le résultat s’est affiché sur les écrans de l’hémicycle. Après près de ⟦six heures|Q:duration|6|hour|1⟧ de débats souvent houleux, les députés ont rejeté par ⟦241|Q:count|241||0⟧ voix contre ⟦187|Q:count|187||0⟧ l’amendement du ⟦Parti socialiste|O⟧ (⟦PS|O|Parti socialiste⟧) qui visait à porter à ⟦3 %|Q:percent|3|%|0⟧ la taxe sur les holdings patrimoniales détenant plus de ⟦50 millions d’euros|Q:money|50000000|EUR|1⟧ d’actifs. Le gouvernement, qui s’y opposait, chiffrait son rendement à ⟦1,8 milliard d’euros|Q:money|1800000000|EUR|0⟧ par an au mieux.

«{NNBSP}Taxer l’outil de travail, c’est faire fuir ceux qui investissent et embauchent en ⟦France|L⟧{NNBSP}», a lancé dans l’hémicycle la ministre chargée des Comptes publics, ⟦Amélie de Montchalin|P⟧. Le ⟦Rassemblement national|O⟧ (⟦RN|O|Rassemblement national⟧) a voté contre, tout comme ⟦Les Républicains|O⟧ (⟦LR|O|Les Républicains⟧) et la majorité des élus d’⟦Ensemble pour la République|O⟧ (⟦EPR|O|Ensemble pour la République⟧). ⟦Marine Le Pen|P⟧ a dénoncé une «{NNBSP}foire aux taxes{NNBSP}» qui «{NNBSP}finira par toucher les classes moyennes{NNBSP}».

Sur les bancs de la gauche, la colère était palpable. «{NNBSP}On demande ⟦44 milliards d’euros|Q:money|44000000000|EUR|0⟧ d’efforts aux ⟦Français|N⟧, et on protège ceux qui ont le plus. C’est l’enterrement de la justice fiscale{NNBSP}», a dénoncé ⟦Karim Benchekroun|P⟧, député socialiste de la ⟦Seine-Saint-Denis|L⟧. Le groupe ⟦La France insoumise|O⟧ (⟦LFI|O|La France insoumise⟧) a annoncé qu’il déposerait une motion de censure si le texte était adopté sans vote.

Le Premier ministre, ⟦Sébastien Lecornu|P⟧, a pourtant répété qu’il n’aurait pas recours à l’article 49.3 de la Constitution. D’après son entourage, l’exécutif compte sur un compromis avec les socialistes en commission mixte paritaire, ⟦mi-décembre|D⟧. Le temps presse : la Constitution donne au ⟦Parlement|O|Parlement français⟧ ⟦70 jours|Q:duration|70|day|0⟧ pour se prononcer, soit jusqu’au ⟦23 décembre|D⟧.

Selon le décompte des services de l’⟦Assemblée|O|Assemblée nationale⟧, plus de ⟦1{NNBSP}670|Q:count|1670||1⟧ amendements restaient à examiner ⟦mercredi matin|D⟧ sur la seule partie «{NNBSP}recettes{NNBSP}». Le rapporteur général du budget, ⟦Philippe Juvin|P⟧ (⟦LR|O|Les Républicains⟧), a rappelé que le déficit public devait être ramené de ⟦5,4 %|Q:percent|5.4|%|0⟧ du PIB en ⟦2025|D⟧ à ⟦4,7 %|Q:percent|4.7|%|0⟧ en ⟦2026|D⟧. «{NNBSP}Chaque amendement qui creuse le trou, il faudra le compenser ailleurs{NNBSP}», a-t-il prévenu.

Pour ⟦Sophie Marchetti|P⟧, députée ⟦EPR|O|Ensemble pour la République⟧ des ⟦Alpes-Maritimes|L⟧, «{NNBSP}la gauche a voulu un vote symbolique, pas une recette solide{NNBSP}». Une députée écologiste, sous couvert d’anonymat, reconnaît en revanche que «{NNBSP}le compromis avec le ⟦PS|O|Parti socialiste⟧ devient très difficile{NNBSP}» après ce scrutin.

Dans la foulée, l’⟦Assemblée|O|Assemblée nationale⟧ a adopté, à ⟦deux|Q:count|2||0⟧ voix près, une hausse de la contribution sociale généralisée sur les revenus du capital, portée de ⟦9,2 %|Q:percent|9.2|%|0⟧ à ⟦9,7 %|Q:percent|9.7|%|0⟧, qui doit rapporter environ ⟦2,6 milliards d’euros|Q:money|2600000000|EUR|1⟧. Les débats reprennent ⟦jeudi|D⟧ à ⟦9 heures|D⟧.
===ATTR===
direct | Amélie de Montchalin | Amélie de Montchalin | a lancé | Taxer l’outil de travail, c’est faire fuir ceux qui investissent et embauchent en France
mixed | Marine Le Pen | Marine Le Pen | a dénoncé#1 | une « foire aux taxes » qui « finira par toucher les classes moyennes »
direct | Karim Benchekroun | Karim Benchekroun | a dénoncé#2 | On demande 44 milliards d’euros d’efforts aux Français, et on protège ceux qui ont le plus. C’est l’enterrement de la justice fiscale
indirect | La France insoumise | La France insoumise | a annoncé | il déposerait une motion de censure si le texte était adopté sans vote
indirect | Sébastien Lecornu | Sébastien Lecornu | a pourtant répété | il n’aurait pas recours à l’article 49.3 de la Constitution
according-to | entourage | entourage de Sébastien Lecornu (non nommé) | D’après | l’exécutif compte sur un compromis avec les socialistes en commission mixte paritaire, mi-décembre
according-to | décompte | décompte des services de l’Assemblée nationale (non nommé) | Selon | plus de 1 670 amendements restaient à examiner mercredi matin sur la seule partie « recettes »
indirect | Philippe Juvin | Philippe Juvin | a rappelé | le déficit public devait être ramené de 5,4 % du PIB en 2025 à 4,7 % en 2026
direct | il | Philippe Juvin | a-t-il prévenu | Chaque amendement qui creuse le trou, il faudra le compenser ailleurs
according-to | Sophie Marchetti | Sophie Marchetti | Pour | la gauche a voulu un vote symbolique, pas une recette solide
mixed | députée#2 | députée écologiste (non nommé) | reconnaît | « le compromis avec le PS devient très difficile » après ce scrutin
