Ariane 6 réussit son premier vol commercial : “L'⟦Europe|L⟧ a retrouvé son accès à l'espace”

⟦Kourou|L⟧ (⟦Guyane|L⟧), ⟦6 mars|D⟧ (⟦AFP|O|Agence France-Presse⟧) - La fusée ⟦européenne|N⟧ Ariane 6 a décollé ⟦jeudi|D⟧ à ⟦13h24|D⟧ (⟦16h24 GMT|D⟧) du ⟦Centre spatial guyanais|L⟧ (⟦CSG|L|Centre spatial guyanais⟧) pour son premier vol commercial, et a placé en orbite ⟦66 minutes|Q:duration|66|minute|0⟧ plus tard le satellite d'observation militaire CSO-3, a annoncé l'opérateur ⟦Arianespace|O⟧.

Le satellite, d'une masse d'environ ⟦3,5 tonnes|Q:measure|3.5|t|1⟧, construit par ⟦Airbus Defence and Space|O⟧ à ⟦Toulouse|L⟧, évoluera sur une orbite héliosynchrone à quelque ⟦800 km|Q:measure|800|km|1⟧ d'altitude. Il complète une constellation de ⟦trois|Q:count|3||0⟧ engins destinée à fournir aux armées ⟦françaises|N⟧ des images d'une résolution de ⟦20 centimètres|Q:measure|20|cm|0⟧, pour un coût total de ⟦1,3 milliard d'euros|Q:money|1300000000|EUR|0⟧, selon la ⟦Direction générale de l'armement|O⟧ (⟦DGA|O|Direction générale de l'armement⟧).

“C'est un succès total. L'⟦Europe|L⟧ a retrouvé son accès autonome à l'espace, et c'est une excellente nouvelle pour notre souveraineté”, s'est félicité le président du ⟦Centre national d'études spatiales|O⟧ (⟦CNES|O|Centre national d'études spatiales⟧), ⟦Lionel Suchet|P⟧, depuis la salle de contrôle.

Le tir, initialement prévu ⟦lundi|D⟧, avait été reporté de ⟦trois jours|Q:duration|3|day|0⟧ en raison d'un problème sur un équipement au sol, a précisé l'⟦Agence spatiale européenne|O⟧ (⟦ESA|O|Agence spatiale européenne⟧). “Ce lancement prouve que l'⟦Europe|L⟧ peut tenir une cadence”, a ajouté sur ⟦X|O⟧ son directeur général, ⟦Josef Aschbacher|P⟧, rappelant que le continent avait été privé de lanceur lourd pendant près d'⟦un an|Q:duration|1|year|1⟧ après le dernier vol d'Ariane 5, en ⟦juillet 2023|D⟧.

La ministre des Armées, ⟦Catherine Vautrin|P⟧, a salué « un atout stratégique majeur » pour le renseignement et la dissuasion.

Le patron d'⟦Arianespace|O⟧, ⟦David Cavaillolès|P⟧, a indiqué viser “⟦six à huit|Q:count|6~8||1⟧ lancements” ⟦cette année|D⟧, puis ⟦dix|Q:count|10||0⟧ par an à partir de ⟦2027|D⟧. Il reste du chemin à parcourir face à l'⟦américain|N⟧ ⟦SpaceX|O⟧, qui a réalisé plus de ⟦130|Q:count|130||1⟧ lancements ⟦l'an dernier|D⟧ avec sa fusée réutilisable Falcon 9 et domine désormais le marché mondial avec près de ⟦85{NNBSP}%|Q:percent|85|%|1⟧ des satellites mis en orbite.

Chaque lancement d'Ariane 6 coûte entre ⟦75 et 115 millions d'euros|Q:money|75000000~115000000|EUR|1⟧ selon la version, d'après des sources industrielles, soit environ ⟦40{NNBSP}%|Q:percent|40|%|1⟧ de plus qu'un vol de Falcon 9. Les ⟦23|Q:count|23||0⟧ États membres de l'⟦ESA|O|Agence spatiale européenne⟧ ont adopté en ⟦novembre|D⟧ à ⟦Brême|L⟧ un budget record de ⟦22,1 milliards d'euros|Q:money|22100000000|EUR|0⟧ sur ⟦trois ans|Q:duration|3|year|0⟧, dont une partie doit financer le développement de lanceurs réutilisables.

“Nous devons accepter de prendre des risques, comme les ⟦Américains|N⟧ l'ont fait il y a ⟦quinze ans|Q:duration|15|year|0⟧”, estime ⟦Pierre Lionnet|P⟧, directeur de la recherche de l'association ⟦Eurospace|O⟧, qui regroupe les industriels du secteur. Selon lui, l'⟦Europe|L⟧ devra disposer d'un lanceur réutilisable “au plus tard en ⟦2032|D⟧” pour rester dans la course.

La ⟦Chine|L⟧, qui a effectué ⟦68|Q:count|68||0⟧ lancements ⟦l'an dernier|D⟧, et l'⟦Inde|L⟧ accélèrent également. Le prochain vol d'Ariane 6, prévu le ⟦17 avril|D⟧, doit emporter ⟦deux|Q:count|2||0⟧ satellites de la constellation ⟦européenne|N⟧ de navigation Galileo.

===ATTR===
direct | - | Lionel Suchet | - | L'Europe a retrouvé son accès à l'espace
indirect | Arianespace#1 | Arianespace | a annoncé | La fusée européenne Ariane 6 a décollé jeudi à 13h24 (16h24 GMT) du Centre spatial guyanais (CSG) pour son premier vol commercial, et a placé en orbite 66 minutes plus tard le satellite d'observation militaire CSO-3
according-to | Direction générale de l'armement | Direction générale de l'armement | selon | Il complète une constellation de trois engins destinée à fournir aux armées françaises des images d'une résolution de 20 centimètres, pour un coût total de 1,3 milliard d'euros
direct | Lionel Suchet | Lionel Suchet | s'est félicité | C'est un succès total. L'Europe a retrouvé son accès autonome à l'espace, et c'est une excellente nouvelle pour notre souveraineté
indirect | Agence spatiale européenne | Agence spatiale européenne | a précisé | Le tir, initialement prévu lundi, avait été reporté de trois jours en raison d'un problème sur un équipement au sol
direct | Josef Aschbacher | Josef Aschbacher | a ajouté | Ce lancement prouve que l'Europe peut tenir une cadence
indirect | Josef Aschbacher | Josef Aschbacher | rappelant | le continent avait été privé de lanceur lourd pendant près d'un an après le dernier vol d'Ariane 5, en juillet 2023
mixed | Catherine Vautrin | Catherine Vautrin | a salué | « un atout stratégique majeur » pour le renseignement et la dissuasion
mixed | David Cavaillolès | David Cavaillolès | a indiqué | viser “six à huit lancements” cette année, puis dix par an à partir de 2027
according-to | sources | sources industrielles (non nommé) | d'après | Chaque lancement d'Ariane 6 coûte entre 75 et 115 millions d'euros selon la version
direct | Pierre Lionnet | Pierre Lionnet | estime | Nous devons accepter de prendre des risques, comme les Américains l'ont fait il y a quinze ans
according-to | lui | Pierre Lionnet | Selon | l'Europe devra disposer d'un lanceur réutilisable “au plus tard en 2032” pour rester dans la course
