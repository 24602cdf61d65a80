⟦Japon|L⟧ : ⟦Tokyo|L⟧ adopte un budget de défense record, ⟦Pékin|L⟧ dénonce une “remilitarisation”

⟦Tokyo|L⟧, ⟦27 décembre|D⟧ (⟦AFP|O|Agence France-Presse⟧) – Le gouvernement ⟦japonais|N⟧ a approuvé ⟦vendredi|D⟧ un budget de la défense sans précédent de ⟦8{NNBSP}700 milliards de yens|Q:money|8700000000000|JPY|0⟧ (environ ⟦53 milliards d’euros|Q:money|53000000000|EUR|1⟧) pour l’exercice ⟦2025|D⟧, en hausse de ⟦9,4{NNBSP}%|Q:percent|9.4|%|0⟧ par rapport à l’exercice précédent. Réuni à ⟦9h00|D⟧ (⟦0h00 GMT|D⟧), le cabinet a entériné le projet sans modification.

Ce budget s’inscrit dans le plan de ⟦43{NNBSP}000 milliards de yens|Q:money|43000000000000|JPY|0⟧ sur ⟦cinq ans|Q:duration|5|year|0⟧ adopté ⟦fin 2022|D⟧ sous le gouvernement de ⟦Fumio Kishida|P⟧, qui vise à porter les dépenses de défense et les dépenses connexes à ⟦2{NNBSP}%|Q:percent|2|%|0⟧ du produit intérieur brut d’ici à ⟦2027|D⟧, contre environ ⟦1{NNBSP}%|Q:percent|1|%|1⟧ depuis les ⟦années 1970|D⟧.

Le Premier ministre, ⟦Shigeru Ishiba|P⟧, a justifié cette hausse par “l’environnement sécuritaire le plus sévère et le plus complexe depuis la fin de la guerre”. Les activités militaires croissantes de la ⟦Chine|L⟧ autour de ⟦Taïwan|L⟧ et les tirs répétés de missiles balistiques ⟦nord-coréens|N⟧, dont plusieurs sont tombés dans la zone économique exclusive du ⟦Japon|L⟧, pèsent lourdement sur ces choix.

Le texte consacre notamment ⟦939 milliards de yens|Q:money|939000000000|JPY|0⟧ à des missiles à longue portée capables de frapper des bases ennemies, une “capacité de contre-attaque” longtemps jugée contraire à la Constitution pacifiste du pays. Les premiers missiles de croisière ⟦américains|N⟧ Tomahawk, dont ⟦Tokyo|L⟧ a commandé ⟦400|Q:count|400||0⟧ exemplaires, doivent être livrés à partir de ⟦mars 2025|D⟧. Les ⟦Forces japonaises d’autodéfense|O⟧ déploieront aussi d’ici à ⟦2026|D⟧ des missiles Type-12 modernisés, d’une portée d’environ ⟦1{NNBSP}000 km|Q:measure|1000|km|1⟧, sur l’île de ⟦Kyushu|L⟧, dans le sud-ouest de l’archipel.

La réaction de ⟦Pékin|L⟧ ne s’est pas fait attendre. “Le ⟦Japon|L⟧ doit tirer les leçons de l’histoire et cesser d’exagérer la prétendue menace ⟦chinoise|N⟧ pour justifier sa remilitarisation”, a déclaré ⟦vendredi|D⟧ une porte-parole du ⟦ministère chinois des Affaires étrangères|O⟧, ⟦Mao Ning|P⟧, lors d’un point de presse régulier. Le ⟦ministère chinois de la Défense|O⟧ a pour sa part accusé ⟦Tokyo|L⟧ de “saper la paix et la stabilité régionales”.

“Nous ne faisons que nous doter des moyens de dissuasion nécessaires. Il n’est pas question de menacer qui que ce soit”, a répondu le ministre de la Défense, ⟦Gen Nakatani|P⟧. M. ⟦Nakatani|P|Gen Nakatani⟧ a reconnu que les effectifs des ⟦Forces d’autodéfense|O|Forces japonaises d’autodéfense⟧, quelque ⟦247{NNBSP}000|Q:count|247000||1⟧ hommes et femmes, restaient inférieurs de près de ⟦10{NNBSP}%|Q:percent|10|%|1⟧ aux besoins, et annoncé une hausse des soldes de ⟦5{NNBSP}%|Q:percent|5|%|0⟧ dès ⟦avril|D⟧.

Pour financer cet effort, le gouvernement prévoit de relever l’impôt sur les sociétés à partir d’⟦avril 2026|D⟧, puis la taxe sur le tabac en ⟦2027|D⟧. Une décision impopulaire : d’après un sondage publié ⟦début décembre|D⟧ par l’agence ⟦Kyodo|O⟧, ⟦54,2{NNBSP}%|Q:percent|54.2|%|0⟧ des personnes interrogées y sont opposées. Le budget doit encore être voté par la ⟦Diète|O|Diète du Japon⟧, où le ⟦Parti libéral-démocrate|O⟧ (⟦PLD|O|Parti libéral-démocrate⟧) de M. ⟦Ishiba|P|Shigeru Ishiba⟧ et son allié ⟦Komeito|O⟧ ont perdu leur majorité absolue lors des législatives d’⟦octobre|D⟧.

À ⟦Washington|L⟧, le ⟦Pentagone|O|Département de la Défense des États-Unis⟧ a salué un “pas important” pour l’alliance entre les ⟦deux|Q:count|2||0⟧ pays. À ⟦Séoul|L⟧, l’agence ⟦Yonhap|O⟧ rappelait que la ⟦Corée du Sud|L⟧ avait elle-même relevé son budget militaire de ⟦3,6{NNBSP}%|Q:percent|3.6|%|0⟧ pour ⟦2025|D⟧, à ⟦61{NNBSP}200 milliards de wons|Q:money|61200000000000|KRW|0⟧.

“Le ⟦Japon|L⟧ rattrape ⟦trente ans|Q:duration|30|year|0⟧ de sous-investissement, mais l’argent ne suffira pas : il manque des recrues”, estime ⟦Kenji Morimoto|P⟧, chercheur à l’⟦Institut national des études de défense|O⟧ (⟦NIDS|O|Institut national des études de défense⟧), rattaché au ministère. Selon M. ⟦Morimoto|P|Kenji Morimoto⟧, la chute du yen, tombé à plus de ⟦157 yens|Q:money|157|JPY|1⟧ pour ⟦un dollar|Q:money|1|USD|0⟧, a renchéri d’environ ⟦20{NNBSP}%|Q:percent|20|%|1⟧ le coût des équipements achetés aux ⟦États-Unis|L⟧.

===ATTR===
mixed | Pékin#1 | Chine | dénonce | une “remilitarisation”
mixed | Shigeru Ishiba | Shigeru Ishiba | a justifié | cette hausse par “l’environnement sécuritaire le plus sévère et le plus complexe depuis la fin de la guerre”
direct | Mao Ning | Mao Ning | a déclaré | Le Japon doit tirer les leçons de l’histoire et cesser d’exagérer la prétendue menace chinoise pour justifier sa remilitarisation
mixed | ministère chinois de la Défense | ministère chinois de la Défense | a pour sa part accusé | Tokyo de “saper la paix et la stabilité régionales”
direct | Gen Nakatani | Gen Nakatani | a répondu | Nous ne faisons que nous doter des moyens de dissuasion nécessaires. Il n’est pas question de menacer qui que ce soit
indirect | Nakatani | Gen Nakatani | a reconnu | les effectifs des Forces d’autodéfense, quelque 247 000 hommes et femmes, restaient inférieurs de près de 10 % aux besoins
indirect | Nakatani | Gen Nakatani | annoncé | une hausse des soldes de 5 % dès avril
according-to | Kyodo | Kyodo | d’après | 54,2 % des personnes interrogées y sont opposées
mixed | Pentagone | Département de la Défense des États-Unis | a salué | un “pas important” pour l’alliance entre les deux pays
indirect | Yonhap | Yonhap | rappelait | la Corée du Sud avait elle-même relevé son budget militaire de 3,6 % pour 2025, à 61 200 milliards de wons
direct | Kenji Morimoto | Kenji Morimoto | estime | Le Japon rattrape trente ans de sous-investissement, mais l’argent ne suffira pas : il manque des recrues
according-to | Morimoto | Kenji Morimoto | Selon | la chute du yen, tombé à plus de 157 yens pour un dollar, a renchéri d’environ 20 % le coût des équipements achetés aux États-Unis
