Après l'incursion de ⟦trois|Q:count|3||0⟧ MiG-31 ⟦russes|N⟧, l'⟦Estonie|L⟧ obtient des consultations à l'⟦OTAN|O⟧

L'⟦Estonie|L⟧ a demandé ⟦samedi|D⟧ l'ouverture de consultations au titre de l'article 4 du traité de l'Atlantique Nord, après la violation ⟦vendredi|D⟧ de son espace aérien par ⟦trois|Q:count|3||0⟧ avions de chasse ⟦russes|N⟧, restés ⟦douze minutes|Q:duration|12|minute|0⟧ au-dessus de ses eaux territoriales. Les appareils, qui n'avaient pas de plan de vol et avaient coupé leur transpondeur, ont pénétré vers ⟦9h45|D⟧ dans l'espace aérien ⟦estonien|N⟧ près de l'île de ⟦Vaindloo|L⟧, à quelque ⟦25 kilomètres|Q:measure|25|km|1⟧ des côtes, dans le ⟦golfe de Finlande|L⟧, avant d'être escortés hors de la zone par des F-35 ⟦italiens|N⟧ de la mission de police du ciel de l'⟦OTAN|O⟧ dans les pays ⟦baltes|N⟧, selon les ⟦Forces de défense estoniennes|O|Forces de défense de l'Estonie⟧.

«Nous avons affaire à une provocation délibérée et sans précédent», a déclaré le premier ministre ⟦Kristen Michal|P⟧ lors d'une conférence de presse à ⟦Tallinn|L⟧. Son ministre des Affaires étrangères, ⟦Margus Tsahkna|P⟧, a affirmé que ⟦trois|Q:count|3||0⟧ violations de ce type avaient déjà été recensées depuis ⟦le début de l'année|D⟧, mais «jamais avec une telle audace».

À ⟦Moscou|L⟧, le ⟦ministère russe de la Défense|O⟧ a démenti toute violation, affirmant que les avions effectuaient un vol «prévu» vers l'enclave de ⟦Kaliningrad|L⟧ et qu'ils étaient restés «au-dessus des eaux neutres» de la ⟦mer Baltique|L⟧.

L'incident intervient ⟦dix jours|Q:duration|10|day|0⟧ après l'incursion d'⟦une vingtaine|Q:count|20||1⟧ de drones ⟦russes|N⟧ dans l'espace aérien ⟦polonais|N⟧, les ⟦9 et 10 septembre|D⟧. ⟦Varsovie|L⟧ avait alors déjà invoqué l'article 4, et l'⟦Alliance|O|OTAN⟧ avait renforcé son flanc oriental. Le secrétaire général de l'⟦OTAN|O⟧, ⟦Mark Rutte|P⟧, a dénoncé ⟦mardi|D⟧ à ⟦Bruxelles|L⟧ un comportement «imprudent» de la ⟦Russie|L⟧ et assuré que l'⟦Alliance|O|OTAN⟧ défendrait «chaque centimètre» de son territoire. L'⟦OTAN|O⟧ compte quelque ⟦4'000|Q:count|4000||1⟧ soldats déployés en ⟦Estonie|L⟧, dont un contingent ⟦britannique|N⟧ basé à ⟦Tapa|L⟧.

En ⟦Lettonie|L⟧ et en ⟦Lituanie|L⟧, les défenses antiaériennes sont en cours de renforcement. ⟦Vilnius|L⟧ a débloqué ⟦120 millions d'euros|Q:money|120000000|EUR|0⟧ supplémentaires pour l'achat de systèmes de détection de drones, a indiqué le ⟦ministère lituanien de la Défense|O⟧. L'⟦Estonie|L⟧, ⟦1,37 million|Q:count|1370000||0⟧ d'habitants, consacre ⟦3,4%|Q:percent|3.4|%|0⟧ de son PIB à la défense ⟦cette année|D⟧ et vise ⟦5%|Q:percent|5|%|0⟧ en ⟦2026|D⟧.

Pour ⟦Marten Kask|P⟧, chercheur au ⟦Centre international pour la défense et la sécurité|O⟧ (⟦ICDS|O|Centre international pour la défense et la sécurité⟧) de ⟦Tallinn|L⟧, ⟦Moscou|L⟧ «teste la cohésion de l'⟦Alliance|O|OTAN⟧»: «Chaque incursion sans réponse ferme est une victoire pour le ⟦Kremlin|O⟧.»

À ⟦Narva|L⟧, à la frontière ⟦russe|N⟧, les habitants ont pris l'habitude des alertes. «On entend les avions la nuit, on ne sait jamais de quel côté ils viennent», raconte ⟦Olga Ivanova|P⟧, ⟦58 ans|Q:duration|58|year|0⟧, qui tient un kiosque près du pont sur la ⟦Narva|L|Narva (fleuve)⟧. La ⟦Suisse|L⟧, qui n'est pas membre de l'⟦Alliance|O|OTAN⟧, a fait savoir par la voix du ⟦Département fédéral des affaires étrangères|O⟧ (⟦DFAE|O|Département fédéral des affaires étrangères⟧) qu'elle «suivait avec attention» la situation.
===ATTR===
according-to | Forces de défense estoniennes | Forces de défense de l'Estonie | selon | Les appareils, qui n'avaient pas de plan de vol et avaient coupé leur transpondeur, ont pénétré vers 9h45 dans l'espace aérien estonien près de l'île de Vaindloo, à quelque 25 kilomètres des côtes, dans le golfe de Finlande, avant d'être escortés hors de la zone par des F-35 italiens de la mission de police du ciel de l'OTAN dans les pays baltes
direct | Kristen Michal | Kristen Michal | a déclaré | Nous avons affaire à une provocation délibérée et sans précédent
mixed | Margus Tsahkna | Margus Tsahkna | a affirmé | trois violations de ce type avaient déjà été recensées depuis le début de l'année, mais «jamais avec une telle audace»
indirect | ministère russe de la Défense | ministère russe de la Défense | a démenti | toute violation
mixed | ministère russe de la Défense | ministère russe de la Défense | affirmant | les avions effectuaient un vol «prévu» vers l'enclave de Kaliningrad et qu'ils étaient restés «au-dessus des eaux neutres» de la mer Baltique
mixed | Mark Rutte | Mark Rutte | a dénoncé | un comportement «imprudent» de la Russie
mixed | Mark Rutte | Mark Rutte | assuré | l'Alliance défendrait «chaque centimètre» de son territoire
indirect | ministère lituanien de la Défense | ministère lituanien de la Défense | a indiqué | Vilnius a débloqué 120 millions d'euros supplémentaires pour l'achat de systèmes de détection de drones
according-to | Marten Kask | Marten Kask | Pour | Moscou «teste la cohésion de l'Alliance»: «Chaque incursion sans réponse ferme est une victoire pour le Kremlin.»
direct | Olga Ivanova | Olga Ivanova | raconte | On entend les avions la nuit, on ne sait jamais de quel côté ils viennent
mixed | Suisse | Suisse | a fait savoir | elle «suivait avec attention» la situation
