Votation: l'impôt sur les grandes successions balayé par ⟦78,3%|Q:percent|78.3|%|0⟧ des votants

Le peuple ⟦suisse|N⟧ a massivement rejeté ⟦dimanche|D⟧ l'initiative populaire de la ⟦Jeunesse socialiste|O|Jeunesse socialiste suisse⟧ (⟦JS|O|Jeunesse socialiste suisse⟧), qui voulait taxer à ⟦50%|Q:percent|50|%|0⟧ les héritages de plus de ⟦50 millions de francs|Q:money|50000000|CHF|1⟧ pour financer la protection du climat. Le texte a été refusé par ⟦78,3%|Q:percent|78.3|%|0⟧ des votants et par l'ensemble des ⟦26|Q:count|26||0⟧ cantons, selon les résultats définitifs publiés ⟦dimanche soir|D⟧ par la ⟦Chancellerie fédérale|O⟧.

La participation s'est élevée à ⟦43,1%|Q:percent|43.1|%|0⟧, un niveau légèrement inférieur à la moyenne. Le refus est particulièrement net en ⟦Suisse centrale|L⟧: le canton de ⟦Schwytz|L⟧ a rejeté le texte à ⟦87,6%|Q:percent|87.6|%|0⟧, ⟦Obwald|L⟧ et ⟦Nidwald|L⟧ à plus de ⟦85%|Q:percent|85|%|1⟧. Même à ⟦Bâle-Ville|L⟧, le canton le plus favorable, le oui n'a recueilli que ⟦33,9%|Q:percent|33.9|%|0⟧ des voix. En ⟦Suisse romande|L⟧, ⟦Genève|L⟧ et ⟦Neuchâtel|L⟧ l'ont refusé à un peu moins de ⟦70%|Q:percent|70|%|1⟧. Dans le canton de ⟦Vaud|L⟧, le non atteint ⟦71,4%|Q:percent|71.4|%|0⟧, avec une participation de ⟦45%|Q:percent|45|%|0⟧.

«Le peuple a clairement signifié qu'il ne voulait pas d'un impôt qui aurait fait fuir les grandes fortunes et privé les cantons de recettes», a déclaré devant la presse à ⟦Berne|L⟧ la conseillère fédérale ⟦Karin Keller-Sutter|P⟧, cheffe du ⟦Département fédéral des finances|O⟧ (⟦DFF|O|Département fédéral des finances⟧).

Le ⟦Conseil fédéral|O⟧ avait recommandé le rejet du texte. Il estimait que l'impôt aurait provoqué le départ de nombreux contribuables fortunés et des pertes fiscales pouvant atteindre ⟦3,7 milliards de francs|Q:money|3700000000|CHF|1⟧ par an. Environ ⟦2'500|Q:count|2500||1⟧ personnes possèdent en ⟦Suisse|L⟧ une fortune supérieure à ⟦50 millions|Q:money|50000000|CHF|1⟧, selon l'⟦Administration fédérale des contributions|O⟧ (⟦AFC|O|Administration fédérale des contributions⟧).

La présidente de la ⟦JS|O|Jeunesse socialiste suisse⟧, ⟦Mirjam Hostetmann|P⟧, a reconnu une «défaite nette», tout en affirmant que le débat sur la répartition des richesses «ne fait que commencer». Son parti avait récolté plus de ⟦100'000|Q:count|100000||1⟧ signatures en ⟦2024|D⟧ pour faire aboutir le texte. Le ⟦Parti libéral-radical|O⟧ (⟦PLR|O|Parti libéral-radical⟧) a salué dans un communiqué un vote «de bon sens», qui protège les entreprises familiales.

Le patron de ⟦Stadler Rail|O⟧, ⟦Peter Spuhler|P⟧, qui avait menacé de quitter la ⟦Suisse|L⟧ en cas de oui, s'est dit «soulagé». «Je comprends l'idée, mais on ne va pas chasser ceux qui créent des emplois», explique ⟦Laurent|P⟧, ⟦52 ans|Q:duration|52|year|0⟧, artisan à ⟦Lausanne|L⟧, rencontré ⟦dimanche matin|D⟧ devant son bureau de vote.

⟦Le même jour|D⟧, les ⟦Suisses|N⟧ ont également rejeté, par ⟦84,2%|Q:percent|84.2|%|0⟧ des voix, l'initiative pour un service citoyen, qui aurait étendu l'obligation de servir aux femmes. Pour le politologue ⟦Pascal Sciarini|P⟧, de l'⟦Université de Genève|O⟧, ces ⟦deux|Q:count|2||0⟧ scrutins montrent que «les électeurs restent très prudents dès qu'une réforme touche au portefeuille ou à l'organisation de l'armée». Les prochaines votations fédérales auront lieu le ⟦8 mars 2026|D⟧.
===ATTR===
according-to | Chancellerie fédérale | Chancellerie fédérale | selon | Le texte a été refusé par 78,3% des votants et par l'ensemble des 26 cantons
direct | Karin Keller-Sutter | Karin Keller-Sutter | a déclaré | Le peuple a clairement signifié qu'il ne voulait pas d'un impôt qui aurait fait fuir les grandes fortunes et privé les cantons de recettes
indirect | Il | Conseil fédéral | estimait | l'impôt aurait provoqué le départ de nombreux contribuables fortunés et des pertes fiscales pouvant atteindre 3,7 milliards de francs par an
according-to | Administration fédérale des contributions | Administration fédérale des contributions | selon | Environ 2'500 personnes possèdent en Suisse une fortune supérieure à 50 millions
mixed | Mirjam Hostetmann | Mirjam Hostetmann | a reconnu | une «défaite nette»
mixed | Mirjam Hostetmann | Mirjam Hostetmann | affirmant | le débat sur la répartition des richesses «ne fait que commencer»
indirect | qui | Peter Spuhler | avait menacé | de quitter la Suisse en cas de oui
direct | Peter Spuhler | Peter Spuhler | s'est dit | soulagé
direct | Laurent | Laurent | explique | Je comprends l'idée, mais on ne va pas chasser ceux qui créent des emplois
according-to | Pascal Sciarini | Pascal Sciarini | Pour | ces deux scrutins montrent que «les électeurs restent très prudents dès qu'une réforme touche au portefeuille ou à l'organisation de l'armée»
mixed | Parti libéral-radical | Parti libéral-radical | a salué | un vote «de bon sens», qui protège les entreprises familiales
