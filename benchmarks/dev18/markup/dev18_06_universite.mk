⟦Brest|L⟧ : grève à l'⟦université de Bretagne occidentale|O⟧ contre ⟦9 millions d'euros|Q:money|9000000|EUR|0⟧ d'économies

⟦Plusieurs centaines|Q:count|100||1⟧ d'étudiants et de personnels ont manifesté ⟦mardi 1er décembre|D⟧, à partir de ⟦14 h 30|D⟧, devant la présidence de l'⟦université de Bretagne occidentale|O⟧ (⟦UBO|O|université de Bretagne occidentale⟧), à ⟦Brest|L⟧, à l'appel d'une intersyndicale. Ils protestent contre un plan d'économies de ⟦9 millions d'euros|Q:money|9000000|EUR|0⟧ sur ⟦deux ans|Q:duration|2|year|0⟧, présenté ⟦fin octobre|D⟧ par la direction.

L'établissement, qui accueille près de ⟦24{NBSP}000|Q:count|24000||1⟧ étudiants sur ses sites de ⟦Brest|L⟧, ⟦Quimper|L⟧ et ⟦Morlaix|L⟧, prévoit un déficit de ⟦6,8 millions d'euros|Q:money|6800000|EUR|0⟧ en ⟦2026|D⟧, le deuxième consécutif. Le plan prévoit le gel de ⟦45|Q:count|45||0⟧ postes d'enseignants-chercheurs, la fermeture de ⟦deux|Q:count|2||0⟧ licences à faible effectif et une réduction de ⟦15%|Q:percent|15|%|0⟧ des heures de travaux dirigés en première année.

"On nous demande de faire toujours plus avec toujours moins. Des groupes de TD vont passer de ⟦30|Q:count|30||0⟧ à ⟦45|Q:count|45||0⟧ étudiants", a dénoncé ⟦Gaëlle Le Bihan|P⟧, secrétaire de la section locale du ⟦Snesup-FSU|O|Syndicat national de l'enseignement supérieur-FSU⟧. Pour ⟦Maël Guivarc'h|P⟧, ⟦20 ans|Q:duration|20|year|0⟧, étudiant en licence de biologie et militant de l'⟦Union étudiante|O⟧, la colère est d'autant plus forte que "les loyers et les prix du restaurant universitaire ont encore augmenté".

Le président de l'⟦UBO|O|université de Bretagne occidentale⟧, ⟦Thierry Kervella|P⟧, qualifie les mesures de "douloureuses mais inévitables". "Nous n'avons pas le choix. L'Etat ne compense pas les hausses de salaires qu'il a décidées : cela représente ⟦4,2 millions d'euros|Q:money|4200000|EUR|0⟧ de charges non financées ⟦cette année|D⟧", a-t-il expliqué. Il a annoncé qu'un conseil d'administration extraordinaire se tiendrait le ⟦10 décembre|D⟧.

Contactée, la rectrice de l'⟦académie de Rennes|O⟧, ⟦Martine Le Goff|P⟧, a indiqué que le ministère suivait "avec attention" la situation de l'⟦UBO|O|université de Bretagne occidentale⟧ et rappelé que la dotation de l'université avait progressé de ⟦3%|Q:percent|3|%|0⟧ depuis ⟦2022|D⟧.

Le malaise dépasse la pointe ⟦bretonne|N⟧. Selon ⟦France Universités|O⟧, qui regroupe les présidents d'établissements, ⟦une soixantaine|Q:count|60||1⟧ d'universités sur ⟦74|Q:count|74||0⟧ devraient voter un budget en déficit pour ⟦2026|D⟧, contre ⟦15|Q:count|15||0⟧ en ⟦2022|D⟧.

Réunis en assemblée générale ⟦lundi soir|D⟧, quelque ⟦800|Q:count|800||1⟧ étudiants ont voté le blocage du bâtiment de la faculté de lettres jusqu'à ⟦vendredi|D⟧. Le taux de grévistes parmi les personnels atteignait ⟦38%|Q:percent|38|%|0⟧ en milieu de journée, selon l'intersyndicale, ⟦21%|Q:percent|21|%|0⟧ selon la direction.

"Je suis venue parce que mon master risque de disparaître. On parle de notre avenir, pas d'une ligne comptable", explique ⟦Lénaïg|P⟧, ⟦23 ans|Q:duration|23|year|0⟧, venue de ⟦Quimper|L⟧ en covoiturage. Les partiels du premier semestre, prévus à partir du ⟦4 janvier|D⟧, ne sont pas menacés pour l'instant, assure la vice-présidente chargée de la formation, ⟦Sophie Abgrall|P⟧.
===ATTR===
direct | Gaëlle Le Bihan | Gaëlle Le Bihan | a dénoncé | On nous demande de faire toujours plus avec toujours moins. Des groupes de TD vont passer de 30 à 45 étudiants
according-to | Maël Guivarc'h | Maël Guivarc'h | Pour | la colère est d'autant plus forte que "les loyers et les prix du restaurant universitaire ont encore augmenté"
mixed | Thierry Kervella | Thierry Kervella | qualifie | les mesures de "douloureuses mais inévitables"
direct | il | Thierry Kervella | a-t-il expliqué | Nous n'avons pas le choix. L'Etat ne compense pas les hausses de salaires qu'il a décidées : cela représente 4,2 millions d'euros de charges non financées cette année
indirect | Il | Thierry Kervella | a annoncé | un conseil d'administration extraordinaire se tiendrait le 10 décembre
mixed | Martine Le Goff | Martine Le Goff | a indiqué | le ministère suivait "avec attention" la situation de l'UBO
indirect | Martine Le Goff | Martine Le Goff | rappelé | la dotation de l'université avait progressé de 3% depuis 2022
according-to | France Universités | France Universités | Selon | une soixantaine d'universités sur 74 devraient voter un budget en déficit pour 2026, contre 15 en 2022
according-to | intersyndicale | intersyndicale (non nommé) | selon#1 | Le taux de grévistes parmi les personnels atteignait 38% en milieu de journée
according-to | direction | université de Bretagne occidentale | selon#2 | 21%
direct | Lénaïg | Lénaïg | explique | Je suis venue parce que mon master risque de disparaître. On parle de notre avenir, pas d'une ligne comptable
indirect | Sophie Abgrall | Sophie Abgrall | assure | Les partiels du premier semestre, prévus à partir du 4 janvier, ne sont pas menacés pour l'instant
