⟦Hongrie|L⟧ : à ⟦quatre semaines|Q:duration|4|week|0⟧ des législatives, ⟦Péter Magyar|P⟧ défie ⟦Viktor Orban|P⟧ dans la rue

⟦Budapest|L⟧, ⟦15 mars|D⟧ (⟦Reuters|O⟧) - ⟦Des dizaines de milliers|Q:count|10000||1⟧ de personnes ont défilé ⟦dimanche|D⟧ dans le centre de ⟦Budapest|L⟧ à l'appel de ⟦Péter Magyar|P⟧, le chef du parti d'opposition ⟦Tisza|O⟧, qui devance le ⟦Fidesz|O⟧ du Premier ministre ⟦Viktor Orban|P⟧ dans la plupart des sondages, à ⟦quatre semaines|Q:duration|4|week|0⟧ des élections législatives du ⟦12 avril|D⟧.

Le cortège, parti vers ⟦14h|D⟧ de la ⟦place des Héros|L⟧, a rejoint les rives du ⟦Danube|L⟧ peu avant ⟦17h|D⟧, en ce jour férié qui commémore la révolution de ⟦1848|D⟧. Les organisateurs ont revendiqué ⟦250 000|Q:count|250000||0⟧ participants, un chiffre impossible à vérifier de source indépendante. La police n'a communiqué aucune estimation.

“Nous ne demandons pas une révolution. Nous demandons un pays normal, où les hôpitaux fonctionnent et où l'argent ⟦européen|N⟧ arrive enfin aux ⟦Hongrois|N⟧”, a lancé ⟦Péter Magyar|P⟧ depuis une estrade dressée sur la ⟦place Kossuth|L⟧. L'ancien diplomate, qui a rompu avec le ⟦Fidesz|O⟧ en ⟦2024|D⟧, a promis de débloquer les fonds ⟦européens|N⟧ gelés par ⟦Bruxelles|L⟧ “dans les ⟦cent jours|Q:duration|100|day|0⟧” suivant son arrivée au pouvoir.

Au même moment, devant ⟦plusieurs milliers|Q:count|1000||1⟧ de partisans réunis au ⟦parc Millenáris|L⟧, ⟦Viktor Orban|P⟧ a accusé l'⟦Union européenne|O⟧ de vouloir “installer à ⟦Budapest|L⟧ un gouvernement aux ordres”. “Ils veulent nous imposer leurs migrants et leur guerre. Le ⟦12 avril|D⟧, les ⟦Hongrois|N⟧ leur diront non”, a ajouté le chef du gouvernement, au pouvoir sans interruption depuis ⟦2010|D⟧.

Selon un sondage de l'institut ⟦Medián|O⟧ publié ⟦jeudi|D⟧ par l'hebdomadaire ⟦HVG|O⟧, ⟦Tisza|O⟧ recueillerait ⟦47%|Q:percent|47|%|0⟧ des intentions de vote parmi les électeurs décidés, contre ⟦39%|Q:percent|39|%|0⟧ pour le ⟦Fidesz|O⟧ et ⟦6%|Q:percent|6|%|0⟧ pour le parti d'extrême droite ⟦Mi Hazánk|O⟧. Un autre institut, ⟦Nézőpont|O⟧, réputé proche du pouvoir, donne à l'inverse le ⟦Fidesz|O⟧ en tête avec ⟦45%|Q:percent|45|%|0⟧ des voix, contre ⟦41%|Q:percent|41|%|0⟧ pour ⟦Tisza|O⟧.

Le mode de scrutin, remanié par le ⟦Fidesz|O⟧ en ⟦2011|D⟧, avantage toutefois le parti arrivé en tête : sur les ⟦199|Q:count|199||0⟧ sièges de l'⟦Assemblée nationale|O|Assemblée nationale hongroise⟧, ⟦106|Q:count|106||0⟧ sont pourvus au scrutin uninominal à un tour. “Pour battre ⟦Orban|P|Viktor Orban⟧, l'opposition doit gagner avec au moins ⟦quatre|Q:count|4||1⟧ points d'avance”, estime ⟦Zsuzsanna Halász|P⟧, politologue à l'⟦université Corvinus|O|université Corvinus de Budapest⟧.

L'économie s'est invitée au cœur de la campagne. Selon l'⟦Office central des statistiques|O⟧ (⟦KSH|O|Office central des statistiques⟧), la croissance n'a pas dépassé ⟦0,5%|Q:percent|0.5|%|1⟧ en ⟦2025|D⟧ et l'inflation, qui avait culminé à plus de ⟦25%|Q:percent|25|%|1⟧ ⟦début 2023|D⟧, reste supérieure à ⟦4%|Q:percent|4|%|1⟧. Le forint a perdu près de ⟦6%|Q:percent|6|%|1⟧ face à l'euro depuis ⟦janvier|D⟧, et quelque ⟦18 milliards d'euros|Q:money|18000000000|EUR|1⟧ de fonds ⟦européens|N⟧ destinés à la ⟦Hongrie|L⟧ restent gelés par la ⟦Commission européenne|O⟧ en raison de préoccupations sur l'Etat de droit et la corruption.

Le porte-parole du gouvernement, ⟦Bence Horváth|P⟧, a qualifié dans ⟦la soirée|D⟧ la manifestation de “mise en scène financée depuis ⟦Bruxelles|L⟧”. Il a assuré que les retraités toucheraient comme prévu en ⟦avril|D⟧ une prime exceptionnelle de ⟦80 000 forints|Q:money|80000|HUF|0⟧ (environ ⟦200 euros|Q:money|200|EUR|1⟧).

Dans le cortège, ⟦Eszter|P⟧, ⟦29 ans|Q:duration|29|year|0⟧, infirmière à ⟦Debrecen|L⟧, dans l'est du pays, dit avoir voté pour le ⟦Fidesz|O⟧ en ⟦2018|D⟧. “J'ai changé d'avis quand les urgences de mon hôpital ont commencé à fermer la nuit, faute de médecins”, raconte-t-elle. Venu de ⟦Szeged|L⟧ en car, ⟦László|P⟧, un retraité de ⟦67 ans|Q:duration|67|year|0⟧, se montre plus réservé. “Je n'aime pas beaucoup ⟦Magyar|P|Péter Magyar⟧. Mais après ⟦seize ans|Q:duration|16|year|0⟧, il faut que quelque chose change”, lâche-t-il.

Le scrutin est suivi de près à l'étranger. ⟦Viktor Orban|P⟧, le dirigeant de l'⟦UE|O|Union européenne⟧ le plus proche de ⟦Vladimir Poutine|P⟧, a reçu le soutien appuyé de ⟦Donald Trump|P⟧, qui a appelé les ⟦Hongrois|N⟧ à “réélire un grand dirigeant”. Les bureaux de vote seront ouverts le ⟦12 avril|D⟧ de ⟦6h|D⟧ à ⟦19h|D⟧.
===ATTR===
indirect | organisateurs | organisateurs de la manifestation (non nommé) | ont revendiqué | 250 000 participants
direct | Péter Magyar#3 | Péter Magyar | a lancé | Nous ne demandons pas une révolution. Nous demandons un pays normal, où les hôpitaux fonctionnent et où l'argent européen arrive enfin aux Hongrois
mixed | diplomate | Péter Magyar | a promis | de débloquer les fonds européens gelés par Bruxelles “dans les cent jours” suivant son arrivée au pouvoir
mixed | Viktor Orban#3 | Viktor Orban | a accusé | l'Union européenne de vouloir “installer à Budapest un gouvernement aux ordres”
direct | chef du gouvernement | Viktor Orban | a ajouté | Ils veulent nous imposer leurs migrants et leur guerre. Le 12 avril, les Hongrois leur diront non
according-to | Medián | Medián | Selon#1 | Tisza recueillerait 47% des intentions de vote parmi les électeurs décidés, contre 39% pour le Fidesz et 6% pour le parti d'extrême droite Mi Hazánk
direct | Zsuzsanna Halász | Zsuzsanna Halász | estime | Pour battre Orban, l'opposition doit gagner avec au moins quatre points d'avance
according-to | Office central des statistiques | Office central des statistiques | Selon#2 | la croissance n'a pas dépassé 0,5% en 2025 et l'inflation, qui avait culminé à plus de 25% début 2023, reste supérieure à 4%
mixed | Bence Horváth | Bence Horváth | a qualifié | la manifestation de “mise en scène financée depuis Bruxelles”
indirect | Il | Bence Horváth | a assuré | les retraités toucheraient comme prévu en avril une prime exceptionnelle de 80 000 forints (environ 200 euros)
indirect | Eszter | Eszter | dit | avoir voté pour le Fidesz en 2018
direct | elle | Eszter | raconte-t-elle | J'ai changé d'avis quand les urgences de mon hôpital ont commencé à fermer la nuit, faute de médecins
direct | il | László | lâche-t-il | Je n'aime pas beaucoup Magyar. Mais après seize ans, il faut que quelque chose change
mixed | qui | Donald Trump | a appelé | les Hongrois à “réélire un grand dirigeant”
