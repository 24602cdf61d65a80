⟦RDC|L|République démocratique du Congo⟧ : ⟦Kinshasa|L|République démocratique du Congo⟧ renégocie un contrat de cobalt et triple ses redevances

Après ⟦huit mois|Q:duration|8|month|0⟧ de discussions, le gouvernement ⟦congolais|N⟧ et la société ⟦Lualaba Cobalt Holdings|O⟧ (⟦LCH|O|Lualaba Cobalt Holdings⟧), contrôlée à ⟦70%|Q:percent|70|%|0⟧ par un consortium ⟦chinois|N⟧, ont signé ⟦jeudi|D⟧ à ⟦Kinshasa|L⟧ un avenant au contrat d'exploitation de la mine de ⟦Kalemba|L⟧, dans la province du ⟦Lualaba|L⟧. Le taux de redevance sur le cobalt passe de ⟦3,5%|Q:percent|3.5|%|0⟧ à ⟦10%|Q:percent|10|%|0⟧, et la participation publique, détenue par la ⟦Gécamines|O|Générale des carrières et des mines⟧, de ⟦20%|Q:percent|20|%|0⟧ à ⟦30%|Q:percent|30|%|0⟧.

"Ce contrat rétablit l'équilibre. Pendant ⟦quinze ans|Q:duration|15|year|0⟧, le ⟦Congo|L|République démocratique du Congo⟧ a vendu son sous-sol sans en tirer sa juste part", a déclaré le ministre des Mines, ⟦Désiré Mwamba Kalonji|P⟧, à l'issue de la cérémonie. Il a précisé que l'avenant prévoyait aussi un bonus de signature de ⟦300 millions de dollars|Q:money|300000000|USD|0⟧, payable en ⟦deux|Q:count|2||0⟧ tranches avant ⟦juin|D⟧.

Au total, ⟦Kinshasa|L|République démocratique du Congo⟧ espère tirer de la mine environ ⟦1,2 milliard de dollars|Q:money|1200000000|USD|1⟧ de recettes supplémentaires sur ⟦dix ans|Q:duration|10|year|0⟧, soit près de ⟦3400 milliards de francs congolais|Q:money|3400000000000|CDF|1⟧. Selon le ⟦ministère des Finances|O⟧, les redevances minières ont représenté ⟦41%|Q:percent|41|%|0⟧ des recettes de l'État en ⟦2025|D⟧.

La renégociation intervient dans un marché bouleversé. Pour soutenir les cours, ⟦Kinshasa|L|République démocratique du Congo⟧ avait suspendu ses exportations de cobalt en ⟦février 2025|D⟧, avant d'instaurer des quotas : ⟦96600 tonnes|Q:measure|96600|t|0⟧ par an pour l'ensemble des producteurs à partir de ⟦2026|D⟧. La tonne de cobalt se négocie désormais autour de ⟦48000 dollars|Q:money|48000|USD|1⟧, contre moins de ⟦25000|Q:money|25000|USD|1⟧ ⟦un an|Q:duration|1|year|0⟧ plus tôt, d'après le cabinet londonien ⟦Kalahari Metals Research|O⟧.

Du côté de l'industriel, le ton se veut conciliant. ⟦LCH|O|Lualaba Cobalt Holdings⟧ a assuré dans un communiqué que la mine resterait "rentable" et que ses ⟦3400|Q:count|3400||0⟧ emplois directs seraient maintenus. Son directeur général, ⟦Zhang Lei|P⟧, a averti que le projet d'extension, chiffré à ⟦650 millions de dollars|Q:money|650000000|USD|0⟧, serait "réexaminé" à la lumière des nouvelles conditions.

La société civile reste sceptique. Pour l'⟦Observatoire congolais des ressources naturelles|O⟧, l'avenant demeure "opaque" tant que ses annexes financières ne sont pas publiées. "On nous annonce des milliards, mais à ⟦Kolwezi|L⟧, les routes et les hôpitaux attendent toujours", a réagi son coordinateur, ⟦Patrick Ilunga|P⟧. Il rappelle que la loi impose de reverser ⟦15%|Q:percent|15|%|0⟧ des redevances aux provinces et ⟦0,3%|Q:percent|0.3|%|0⟧ du chiffre d'affaires aux communautés locales.

"Le ⟦Congo|L|République démocratique du Congo⟧ produit plus de ⟦70%|Q:percent|70|%|1⟧ du cobalt mondial. Il a enfin les moyens d'imposer ses conditions, à condition de ne pas effrayer les investisseurs", résume un analyste d'une banque d'affaires ⟦sud-africaine|N⟧ basé à ⟦Lubumbashi|L⟧. D'autres contrats, dont celui de la mine de ⟦Tenke Fungurume|L⟧, pourraient être revus d'ici ⟦la fin de l'année|D⟧.
===ATTR===
direct | Désiré Mwamba Kalonji | Désiré Mwamba Kalonji | a déclaré | Ce contrat rétablit l'équilibre. Pendant quinze ans, le Congo a vendu son sous-sol sans en tirer sa juste part
indirect | Il | Désiré Mwamba Kalonji | a précisé | l'avenant prévoyait aussi un bonus de signature de 300 millions de dollars, payable en deux tranches avant juin
according-to | ministère des Finances | ministère des Finances | Selon | les redevances minières ont représenté 41% des recettes de l'État en 2025
according-to | Kalahari Metals Research | Kalahari Metals Research | d'après | La tonne de cobalt se négocie désormais autour de 48000 dollars, contre moins de 25000 un an plus tôt
mixed | LCH | Lualaba Cobalt Holdings | a assuré | la mine resterait "rentable" et que ses 3400 emplois directs seraient maintenus
mixed | Zhang Lei | Zhang Lei | a averti | le projet d'extension, chiffré à 650 millions de dollars, serait "réexaminé" à la lumière des nouvelles conditions
according-to | Observatoire congolais des ressources naturelles | Observatoire congolais des ressources naturelles | Pour | l'avenant demeure "opaque" tant que ses annexes financières ne sont pas publiées
direct | Patrick Ilunga | Patrick Ilunga | a réagi | On nous annonce des milliards, mais à Kolwezi, les routes et les hôpitaux attendent toujours
indirect | Il | Patrick Ilunga | rappelle | la loi impose de reverser 15% des redevances aux provinces et 0,3% du chiffre d'affaires aux communautés locales
direct | analyste | analyste d'une banque d'affaires sud-africaine (non nommé) | résume | Le Congo produit plus de 70% du cobalt mondial. Il a enfin les moyens d'imposer ses conditions, à condition de ne pas effrayer les investisseurs
