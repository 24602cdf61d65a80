⟦Éthiopie|L⟧ : ⟦Abiy Ahmed|P⟧ réclame un accès à la mer, ⟦Asmara|L⟧ dénonce des « visées expansionnistes »

⟦Addis-Abeba|L⟧, ⟦18 mars|D⟧ (⟦AFP|O|Agence France-Presse⟧) - Le Premier ministre ⟦éthiopien|N⟧ ⟦Abiy Ahmed|P⟧ a réaffirmé ⟦mardi|D⟧ devant le ⟦Parlement|O|Parlement éthiopien⟧ que l'accès de son pays à la ⟦mer Rouge|L⟧ était « une question existentielle », tout en assurant ne pas vouloir « de guerre avec l'⟦Érythrée|L⟧ », sur fond de craintes croissantes d'un nouveau conflit dans la ⟦Corne de l'Afrique|L⟧.

Enclavée depuis l'indépendance de l'⟦Érythrée|L⟧ en ⟦1993|D⟧, l'⟦Éthiopie|L⟧, deuxième pays le plus peuplé d'⟦Afrique|L⟧ avec quelque ⟦130 millions|Q:count|130000000||1⟧ d'habitants, dépend à plus de ⟦90{NBSP}%|Q:percent|90|%|1⟧ du port de ⟦Djibouti|L⟧ pour son commerce extérieur, ce qui lui coûte environ ⟦1,5 milliard de dollars|Q:money|1500000000|USD|1⟧ par an, selon le gouvernement.

« Les déclarations répétées d'⟦Addis-Abeba|L⟧ sur le port d'⟦Assab|L⟧ révèlent des visées expansionnistes que l'⟦Érythrée|L⟧ ne tolérera pas », a répondu le ministre ⟦érythréen|N⟧ de l'Information, ⟦Yemane Gebremeskel|P⟧, sur le réseau social ⟦X|O⟧. ⟦Asmara|L⟧ a rappelé ⟦ces dernières semaines|D⟧ une partie de ses réservistes, selon des diplomates en poste dans la capitale ⟦érythréenne|N⟧.

La tension est d'autant plus vive que le ⟦Tigré|L⟧, région du nord frontalière de l'⟦Érythrée|L⟧, est de nouveau au bord de l'implosion. Le président de l'administration intérimaire du ⟦Tigré|L⟧, ⟦Getachew Reda|P⟧, a accusé une faction du ⟦Front populaire de libération du Tigré|O⟧ (⟦TPLF|O|Front populaire de libération du Tigré⟧) dirigée par ⟦Debretsion Gebremichael|P⟧ de préparer « un coup d'État » avec le soutien tacite d'⟦Asmara|L⟧. Les partisans de M. ⟦Debretsion|P|Debretsion Gebremichael⟧ ont pris ⟦la semaine dernière|D⟧ le contrôle de la mairie de ⟦Mekele|L⟧, la capitale régionale.

L'accord de paix signé à ⟦Pretoria|L⟧ en ⟦novembre 2022|D⟧ avait mis fin à ⟦deux ans|Q:duration|2|year|0⟧ de guerre entre le gouvernement fédéral et les rebelles ⟦tigréens|N⟧. Selon l'⟦Union africaine|O⟧ (⟦UA|O|Union africaine⟧), médiatrice des pourparlers, ce conflit a fait environ ⟦600 000|Q:count|600000||1⟧ morts. Le président de la ⟦Commission de l'UA|O|Commission de l'Union africaine⟧, le ⟦Djiboutien|N⟧ ⟦Mahmoud Ali Youssouf|P⟧, a exhorté ⟦jeudi|D⟧ les ⟦deux|Q:count|2||0⟧ voisins à « privilégier le dialogue » et proposé une médiation.

Sur le plan économique, l'⟦Éthiopie|L⟧ tente de sortir de la crise avec l'appui du ⟦Fonds monétaire international|O⟧ (⟦FMI|O|Fonds monétaire international⟧), qui lui a accordé en ⟦juillet 2024|D⟧ un programme de ⟦3,4 milliards de dollars|Q:money|3400000000|USD|0⟧ sur ⟦quatre ans|Q:duration|4|year|0⟧, en échange du flottement du birr. La monnaie ⟦éthiopienne|N⟧ a depuis perdu plus de la moitié de sa valeur et s'échange autour de ⟦131 birrs|Q:money|131|ETB|1⟧ pour ⟦un dollar|Q:money|1|USD|0⟧, contre ⟦57|Q:money|57|ETB|0⟧ avant la réforme. L'inflation a reculé à ⟦15,5{NBSP}%|Q:percent|15.5|%|0⟧ en ⟦février|D⟧, a indiqué la ⟦Banque nationale d'Éthiopie|O⟧.

« ⟦Abiy|P|Abiy Ahmed⟧ joue avec le feu. Une guerre pour ⟦Assab|L⟧ ruinerait les efforts de redressement, et l'⟦Érythrée|L⟧, même isolée, dispose d'une armée aguerrie », juge ⟦Mehari Tekle|P⟧, chercheur à l'⟦Institut d'études de sécurité|O⟧ (⟦ISS|O|Institut d'études de sécurité⟧) à ⟦Addis-Abeba|L⟧. Selon lui, quelque ⟦100 000|Q:count|100000||1⟧ soldats ⟦éthiopiens|N⟧ et ⟦érythréens|N⟧ seraient massés de part et d'autre de la frontière, longue d'environ ⟦1 000 km|Q:measure|1000|km|1⟧.

Le président ⟦érythréen|N⟧ ⟦Issayas Afeworki|P⟧, au pouvoir depuis plus de ⟦trente ans|Q:duration|30|year|1⟧, n'a pas pris la parole publiquement. Son ministre des Affaires étrangères, ⟦Osman Saleh|P⟧, a pour sa part affirmé à la télévision d'État ⟦Eri-TV|O⟧ que son pays « n'a jamais cherché la guerre » mais qu'il défendrait « chaque centimètre » de son territoire.

===ATTR===
indirect | Abiy Ahmed#1 | Abiy Ahmed | réclame | un accès à la mer
mixed | Asmara#1 | Érythrée | dénonce | des « visées expansionnistes »
mixed | Abiy Ahmed#2 | Abiy Ahmed | a réaffirmé | l'accès de son pays à la mer Rouge était « une question existentielle »
mixed | Abiy Ahmed#2 | Abiy Ahmed | assurant | ne pas vouloir « de guerre avec l'Érythrée »
according-to | gouvernement | gouvernement éthiopien | selon | Enclavée depuis l'indépendance de l'Érythrée en 1993, l'Éthiopie, deuxième pays le plus peuplé d'Afrique avec quelque 130 millions d'habitants, dépend à plus de 90 % du port de Djibouti pour son commerce extérieur, ce qui lui coûte environ 1,5 milliard de dollars par an
direct | Yemane Gebremeskel | Yemane Gebremeskel | a répondu | Les déclarations répétées d'Addis-Abeba sur le port d'Assab révèlent des visées expansionnistes que l'Érythrée ne tolérera pas
according-to | diplomates en poste dans la capitale érythréenne | diplomates en poste à Asmara (non nommés) | selon | Asmara a rappelé ces dernières semaines une partie de ses réservistes
mixed | Getachew Reda | Getachew Reda | a accusé | une faction du Front populaire de libération du Tigré (TPLF) dirigée par Debretsion Gebremichael de préparer « un coup d'État » avec le soutien tacite d'Asmara
according-to | Union africaine | Union africaine | Selon | ce conflit a fait environ 600 000 morts
mixed | Mahmoud Ali Youssouf | Mahmoud Ali Youssouf | a exhorté | les deux voisins à « privilégier le dialogue »
indirect | Mahmoud Ali Youssouf | Mahmoud Ali Youssouf | proposé | une médiation
indirect | Banque nationale d'Éthiopie | Banque nationale d'Éthiopie | a indiqué | L'inflation a reculé à 15,5 % en février
direct | Mehari Tekle | Mehari Tekle | juge | Abiy joue avec le feu. Une guerre pour Assab ruinerait les efforts de redressement, et l'Érythrée, même isolée, dispose d'une armée aguerrie
according-to | lui | Mehari Tekle | Selon | quelque 100 000 soldats éthiopiens et érythréens seraient massés de part et d'autre de la frontière, longue d'environ 1 000 km
mixed | Osman Saleh | Osman Saleh | a pour sa part affirmé | son pays « n'a jamais cherché la guerre » mais qu'il défendrait « chaque centimètre » de son territoire
