⟦Ukraine|L⟧ : à ⟦Genève|L⟧, ⟦Américains|N⟧ et ⟦Ukrainiens|N⟧ retravaillent le plan de paix en ⟦28|Q:count|28||0⟧ points

⟦Genève|L⟧, ⟦23 novembre|D⟧ (⟦Reuters|O⟧) - Les délégations ⟦américaine|N⟧ et ⟦ukrainienne|N⟧ se sont retrouvées ⟦dimanche|D⟧ à ⟦Genève|L⟧ pour amender le plan de paix en ⟦28|Q:count|28||0⟧ points présenté ⟦la semaine dernière|D⟧ par ⟦Washington|L⟧, que ⟦Kiev|L⟧ et ses alliés ⟦européens|N⟧ jugent trop favorable à ⟦Moscou|L⟧.

“Nous avons fait des progrès très substantiels ⟦aujourd'hui|D⟧”, a déclaré à la presse le secrétaire d'Etat ⟦américain|N⟧, ⟦Marco Rubio|P⟧, à l'issue d'une première séance de près de ⟦quatre heures|Q:duration|4|hour|1⟧ à la résidence de l'ambassadeur ⟦américain|N⟧. Il a ajouté que les “points encore ouverts” n'étaient “pas insurmontables” et qu'un texte révisé pourrait être transmis au président ⟦Donald Trump|P⟧ d'ici à ⟦jeudi|D⟧.

Le chef de la délégation ⟦ukrainienne|N⟧, ⟦Andriï Iermak|P⟧, a qualifié les discussions de “productives”. Selon un responsable ⟦ukrainien|N⟧ ayant requis l'anonymat, ⟦Kiev|L⟧ refuse toujours ⟦trois|Q:count|3||0⟧ dispositions du document initial : la cession du reste du ⟦Donbass|L⟧, le plafonnement de son armée à ⟦600 000|Q:count|600000||0⟧ soldats et l'interdiction de toute adhésion à l'⟦Otan|O|OTAN⟧.

Le président ⟦Volodymyr Zelensky|P⟧ avait estimé ⟦vendredi|D⟧ que son pays traversait “l'un des moments les plus difficiles de son histoire”. ⟦Dimanche soir|D⟧, il a écrit sur ⟦Telegram|O⟧ que les équipes avançaient “dans la bonne direction”.

Le plan initial, négocié par l'émissaire ⟦Steve Witkoff|P⟧ avec le ⟦Russe|N⟧ ⟦Kirill Dmitriev|P⟧, prévoyait aussi le déblocage de ⟦100 milliards de dollars|Q:money|100000000000|USD|0⟧ d'avoirs ⟦russes|N⟧ gelés pour la reconstruction, dont les ⟦Etats-Unis|L|États-Unis⟧ recevraient ⟦50%|Q:percent|50|%|0⟧ des profits.

Les ⟦Européens|N⟧, tenus à l'écart de la rédaction, ont présenté à ⟦Genève|L⟧ leur propre contre-proposition. Le texte, consulté par ⟦Reuters|O⟧, ramène le plafond de l'⟦armée ukrainienne|O|Forces armées ukrainiennes⟧ à ⟦800 000|Q:count|800000||0⟧ soldats en temps de paix et renvoie la question territoriale à des négociations partant de la ligne de front actuelle.

“Il n'y aura pas de paix durable si l'agresseur est récompensé”, a averti le chancelier ⟦allemand|N⟧ ⟦Friedrich Merz|P⟧, en marge du sommet du ⟦G20|O⟧ à ⟦Johannesburg|L⟧. ⟦Emmanuel Macron|P⟧ a de son côté jugé que le plan ⟦américain|N⟧ était “une base” mais qu'il devait être “amélioré”, tandis que le Premier ministre ⟦britannique|N⟧ ⟦Keir Starmer|P⟧ a appelé à maintenir “la pression maximale” sur ⟦Moscou|L⟧.

Au ⟦Kremlin|O⟧, le porte-parole ⟦Dmitri Peskov|P⟧ a indiqué n'avoir reçu “aucune version modifiée” du document. ⟦Moscou|L⟧ n'a pas commenté officiellement la contre-proposition ⟦européenne|N⟧.

⟦Donald Trump|P⟧ avait d'abord fixé à ⟦Kiev|L⟧ la date du ⟦27 novembre|D⟧, jour de Thanksgiving, pour accepter le texte, avant d'assouplir ce délai. Les combats se poursuivent : l'⟦armée de l'air ukrainienne|O|Forces aériennes ukrainiennes⟧ a fait état dans ⟦la nuit|D⟧ de ⟦98|Q:count|98||0⟧ drones lancés par la ⟦Russie|L⟧, dont ⟦74|Q:count|74||0⟧ abattus.
===ATTR===
direct | Marco Rubio | Marco Rubio | a déclaré | Nous avons fait des progrès très substantiels aujourd'hui
mixed | Il | Marco Rubio | a ajouté | les “points encore ouverts” n'étaient “pas insurmontables” et qu'un texte révisé pourrait être transmis au président Donald Trump d'ici à jeudi
mixed | Andriï Iermak | Andriï Iermak | a qualifié | les discussions de “productives”
according-to | responsable | responsable ukrainien (non nommé) | Selon | Kiev refuse toujours trois dispositions du document initial : la cession du reste du Donbass, le plafonnement de son armée à 600 000 soldats et l'interdiction de toute adhésion à l'Otan
mixed | Volodymyr Zelensky | Volodymyr Zelensky | avait estimé | son pays traversait “l'un des moments les plus difficiles de son histoire”
mixed | il | Volodymyr Zelensky | a écrit | les équipes avançaient “dans la bonne direction”
direct | Friedrich Merz | Friedrich Merz | a averti | Il n'y aura pas de paix durable si l'agresseur est récompensé
mixed | Emmanuel Macron | Emmanuel Macron | a de son côté jugé | le plan américain était “une base” mais qu'il devait être “amélioré”
mixed | Keir Starmer | Keir Starmer | a appelé | à maintenir “la pression maximale” sur Moscou
mixed | Dmitri Peskov | Dmitri Peskov | a indiqué | n'avoir reçu “aucune version modifiée” du document
indirect | armée de l'air ukrainienne | Forces aériennes ukrainiennes | a fait état | de 98 drones lancés par la Russie, dont 74 abattus
