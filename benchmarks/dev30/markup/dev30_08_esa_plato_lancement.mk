Espace : le télescope ⟦européen|N⟧ Plato a rejoint son poste d'observation

Lancé le ⟦14 novembre|D⟧ depuis ⟦Kourou|L⟧, en ⟦Guyane|L⟧, par une fusée Ariane 6, le satellite Plato de l'⟦Agence spatiale européenne|O⟧ (⟦ESA|O|Agence spatiale européenne⟧) a atteint ⟦dimanche|D⟧ son orbite autour du point de Lagrange L2, à environ ⟦1,5 million de kilomètres|Q:measure|1500000|km|1⟧ de la ⟦Terre|L⟧. La manœuvre finale, un allumage de ⟦11 minutes|Q:duration|11|minute|0⟧ commandé à ⟦22h17|D⟧ heure de ⟦Paris|L⟧, s'est déroulée “sans la moindre anomalie”, a indiqué l'agence.

Le télescope, d'une masse au lancement de ⟦2,1 tonnes|Q:measure|2.1|t|0⟧, embarque ⟦26|Q:count|26||0⟧ caméras chargées de surveiller pendant au moins ⟦quatre ans|Q:duration|4|year|1⟧ quelque ⟦200 000|Q:count|200000||1⟧ étoiles proches, à la recherche de planètes semblables à la ⟦Terre|L⟧. “Nous cherchons des mondes rocheux qui tournent autour d'étoiles comme le ⟦Soleil|L⟧, à la bonne distance pour abriter de l'eau liquide”, explique ⟦Claire Morvan|P⟧, ingénieure système au ⟦Centre national d'études spatiales|O⟧ (⟦Cnes|O|Centre national d'études spatiales⟧), à ⟦Toulouse|L⟧.

Le voyage a duré ⟦24 jours|Q:duration|24|day|0⟧, un peu moins que les ⟦30|Q:count|30||0⟧ prévus. “On a économisé près de ⟦40 kilos|Q:measure|40|kg|1⟧ d'ergols, ce qui peut nous offrir ⟦deux années|Q:duration|2|year|0⟧ supplémentaires d'observation”, a précisé ⟦Morvan|P|Claire Morvan⟧. Les caméras, refroidies à ⟦-80 °C|Q:measure|-80|°C|0⟧, seront allumées une à une à partir du ⟦15 décembre|D⟧ ; la phase de recette doit durer entre ⟦trois et quatre mois|Q:duration|3~4|month|0⟧.

Selon l'⟦ESA|O|Agence spatiale européenne⟧, le coût total de la mission atteint environ ⟦600 millions d'euros|Q:money|600000000|EUR|1⟧, dont près de ⟦15%|Q:percent|15|%|1⟧ financés par la ⟦France|L⟧. Le consortium scientifique, piloté par l'⟦Agence spatiale allemande|O⟧ (⟦DLR|O|Agence spatiale allemande⟧), réunit plus de ⟦500|Q:count|500||1⟧ chercheurs dans ⟦23|Q:count|23||0⟧ pays. Pour son responsable scientifique, ⟦Heike Rauer|P⟧, “la vraie récompense viendra dans ⟦trois|Q:duration|3|year|0⟧ ou ⟦quatre ans|Q:duration|4|year|0⟧, quand nous annoncerons les premières jumelles de la ⟦Terre|L⟧”.

Le directeur général de l'⟦ESA|O|Agence spatiale européenne⟧, ⟦Josef Aschbacher|P⟧, a salué “un succès de toute l'industrie spatiale ⟦européenne|N⟧”. Il a rappelé que Plato devait initialement décoller en ⟦2024|D⟧ et que le retard d'Ariane 6 avait coûté à l'agence ⟦18 mois|Q:duration|18|month|0⟧ de calendrier.

Au ⟦Cnes|O|Centre national d'études spatiales⟧, ⟦une trentaine|Q:count|30||1⟧ d'ingénieurs suivront le satellite jour et nuit pendant la mise en service. Les équipes ⟦françaises|N⟧ ont conçu le logiciel de traitement embarqué, qui trie les images avant leur envoi vers le sol. “C'est un peu notre bébé : on le surveille comme le lait sur le feu”, sourit ⟦Antoine Bréhat|P⟧, ⟦41 ans|Q:duration|41|year|0⟧, chef de projet.

D'après les ingénieurs de l'⟦ESA|O|Agence spatiale européenne⟧, le satellite transmettra chaque jour jusqu'à ⟦435 gigaoctets|Q:measure|435|Go|1⟧ de données vers les antennes de ⟦Malargüe|L⟧, en ⟦Argentine|L⟧, et de ⟦Cebreros|L⟧, en ⟦Espagne|L⟧. Le premier catalogue d'exoplanètes est attendu au ⟦printemps 2029|D⟧. “Il faudra de la patience, mais c'est le prix de la précision”, a conclu un responsable du programme.
===ATTR===
direct | Antoine Bréhat | Antoine Bréhat | sourit | C'est un peu notre bébé : on le surveille comme le lait sur le feu
mixed | agence | Agence spatiale européenne | a indiqué | La manœuvre finale, un allumage de 11 minutes commandé à 22h17 heure de Paris, s'est déroulée “sans la moindre anomalie”
direct | Claire Morvan | Claire Morvan | explique | Nous cherchons des mondes rocheux qui tournent autour d'étoiles comme le Soleil, à la bonne distance pour abriter de l'eau liquide
direct | Morvan | Claire Morvan | a précisé | On a économisé près de 40 kilos d'ergols, ce qui peut nous offrir deux années supplémentaires d'observation
according-to | ESA | Agence spatiale européenne | Selon | le coût total de la mission atteint environ 600 millions d'euros, dont près de 15% financés par la France
according-to | Heike Rauer | Heike Rauer | Pour | la vraie récompense viendra dans trois ou quatre ans, quand nous annoncerons les premières jumelles de la Terre
mixed | Josef Aschbacher | Josef Aschbacher | a salué | “un succès de toute l'industrie spatiale européenne”
indirect | Il | Josef Aschbacher | a rappelé | Plato devait initialement décoller en 2024 et que le retard d'Ariane 6 avait coûté à l'agence 18 mois de calendrier
according-to | ingénieurs | ingénieurs de l'ESA (non nommé) | D'après | le satellite transmettra chaque jour jusqu'à 435 gigaoctets de données vers les antennes de Malargüe, en Argentine, et de Cebreros, en Espagne
direct | responsable | responsable du programme (non nommé) | a conclu | Il faudra de la patience, mais c'est le prix de la précision
