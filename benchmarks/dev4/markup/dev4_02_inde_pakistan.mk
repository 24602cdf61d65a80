“Justice est faite” : l'⟦Inde|L⟧ frappe le ⟦Pakistan|L⟧, ⟦Islamabad|L⟧ promet de riposter

⟦New Delhi|L⟧, ⟦7 mai|D⟧ (⟦Reuters|O⟧) - L'⟦Inde|L⟧ a mené dans ⟦la nuit de mardi à mercredi|D⟧ des frappes de missiles contre ⟦neuf|Q:count|9||0⟧ sites au ⟦Pakistan|L⟧ et dans la partie du ⟦Cachemire|L⟧ administrée par ⟦Islamabad|L⟧, ⟦deux semaines|Q:duration|2|week|0⟧ après l'attentat qui avait coûté la vie à ⟦26|Q:count|26||0⟧ civils, pour la plupart des touristes ⟦indiens|N⟧, à ⟦Pahalgam|L⟧.

“Justice est faite”, a écrit l'⟦armée indienne|O|Forces armées indiennes⟧ sur le réseau social ⟦X|O⟧ peu après ⟦1h30|D⟧ (⟦20h00 GMT|D⟧ ⟦mardi|D⟧). Le ⟦ministère indien de la Défense|O⟧ a affirmé que les frappes, baptisées “opération Sindoor”, avaient été “ciblées, mesurées et non escalatoires” et qu'“aucune installation militaire ⟦pakistanaise|N⟧” n'avait été visée.

Lors d'un point de presse à ⟦10h30|D⟧, le secrétaire ⟦indien|N⟧ aux Affaires étrangères, ⟦Vikram Misri|P⟧, a accusé le ⟦Pakistan|L⟧ d'avoir “abrité et entretenu” les auteurs de l'attentat. Selon lui, celui-ci a été revendiqué par le ⟦Front de la résistance|O⟧ (⟦TRF|O|Front de la résistance⟧), une émanation du groupe jihadiste ⟦Lashkar-e-Taiba|O⟧, basé au ⟦Pakistan|L⟧.

⟦Islamabad|L⟧ a fait état de ⟦31|Q:count|31||0⟧ civils tués, dont des enfants, et de ⟦57|Q:count|57||0⟧ blessés, notamment dans une mosquée de ⟦Bahawalpur|L⟧, dans la province du ⟦Pendjab|L⟧. “Ces frappes sont un acte de guerre flagrant”, a déclaré le Premier ministre ⟦pakistanais|N⟧ ⟦Shehbaz Sharif|P⟧ dans une adresse à la nation, assurant que son pays avait “tout à fait le droit de répondre” et qu'il le ferait “au moment et à l'endroit de son choix”.

L'⟦armée pakistanaise|O|Forces armées pakistanaises⟧ a affirmé avoir abattu ⟦cinq|Q:count|5||0⟧ avions ⟦indiens|N⟧, dont ⟦trois|Q:count|3||0⟧ Rafale de fabrication ⟦française|N⟧, une information que ⟦New Delhi|L⟧ n'a ni confirmée ni démentie. Son porte-parole, le général ⟦Ahmed Sharif Chaudhry|P⟧, a évoqué sur la chaîne ⟦Geo News|O⟧ des combats aériens “d'une intensité inédite” impliquant plus de ⟦125|Q:count|125||1⟧ appareils pendant près d'⟦une heure|Q:duration|1|hour|1⟧.

Le long de la ⟦Ligne de contrôle|L⟧, qui sépare les ⟦deux|Q:count|2||0⟧ parties du ⟦Cachemire|L⟧ sur quelque ⟦740 km|Q:measure|740|km|1⟧, des tirs d'artillerie ont tué au moins ⟦12|Q:count|12||1⟧ civils côté ⟦indien|N⟧, notamment dans le district de ⟦Poonch|L⟧, selon la police locale.

Avant les frappes, ⟦New Delhi|L⟧ avait suspendu le traité de ⟦1960|D⟧ sur le partage des eaux de l'⟦Indus|L⟧, dont dépendent quelque ⟦80 %|Q:percent|80|%|1⟧ des terres irriguées du ⟦Pakistan|L⟧, et expulsé des diplomates ⟦pakistanais|N⟧. ⟦Islamabad|L⟧ avait répliqué en fermant son espace aérien aux compagnies ⟦indiennes|N⟧.

La ⟦Bourse de Karachi|O⟧ a chuté de plus de ⟦6 %|Q:percent|6|%|1⟧ à l'ouverture, entraînant une suspension des cotations pendant ⟦une heure|Q:duration|1|hour|0⟧, et la roupie ⟦pakistanaise|N⟧ est tombée à ⟦282 roupies|Q:money|282|PKR|0⟧ pour ⟦un dollar|Q:money|1|USD|0⟧.

Le secrétaire général de l'⟦ONU|O|Organisation des Nations unies⟧, ⟦António Guterres|P⟧, a appelé les ⟦deux|Q:count|2||0⟧ pays à “une retenue militaire maximale”, tandis que le président ⟦américain|N⟧ ⟦Donald Trump|P⟧ a qualifié la situation de “honte” et dit espérer que les combats cessent “très vite”. Le secrétaire d'État ⟦Marco Rubio|P⟧ s'est entretenu avec ses homologues des ⟦deux|Q:count|2||0⟧ pays, a indiqué le ⟦Département d'État|O|Département d'État des États-Unis⟧.

“Les ⟦deux|Q:count|2||0⟧ armées se testent. Le vrai risque, c'est une erreur de calcul entre ⟦deux|Q:count|2||0⟧ puissances nucléaires”, estime ⟦Sameer Kulkarni|P⟧, chercheur à l'⟦Observer Research Foundation|O⟧ (⟦ORF|O|Observer Research Foundation⟧). L'⟦Inde|L⟧ possède environ ⟦180|Q:count|180||1⟧ ogives nucléaires et le ⟦Pakistan|L⟧ quelque ⟦170|Q:count|170||1⟧, selon l'⟦Institut international de recherche sur la paix de Stockholm|O⟧ (⟦Sipri|O|Institut international de recherche sur la paix de Stockholm⟧).

D'après M. ⟦Kulkarni|P|Sameer Kulkarni⟧, ⟦New Delhi|L⟧ a déployé près de ⟦1500|Q:count|1500||1⟧ soldats supplémentaires au ⟦Jammu-et-Cachemire|L⟧ depuis le ⟦22 avril|D⟧.

===ATTR===
direct | - | Forces armées indiennes | - | Justice est faite#1
indirect | Islamabad#1 | Pakistan | promet | de riposter
direct | armée indienne | Forces armées indiennes | a écrit | Justice est faite#2
mixed | ministère indien de la Défense | ministère indien de la Défense | a affirmé#1 | les frappes, baptisées “opération Sindoor”, avaient été “ciblées, mesurées et non escalatoires” et qu'“aucune installation militaire pakistanaise” n'avait été visée
mixed | Vikram Misri | Vikram Misri | a accusé | le Pakistan d'avoir “abrité et entretenu” les auteurs de l'attentat
according-to | lui | Vikram Misri | Selon | celui-ci a été revendiqué par le Front de la résistance (TRF), une émanation du groupe jihadiste Lashkar-e-Taiba, basé au Pakistan
indirect | Islamabad#3 | Pakistan | a fait état | de 31 civils tués, dont des enfants, et de 57 blessés, notamment dans une mosquée de Bahawalpur, dans la province du Pendjab
direct | Shehbaz Sharif | Shehbaz Sharif | a déclaré | Ces frappes sont un acte de guerre flagrant
mixed | Shehbaz Sharif | Shehbaz Sharif | assurant | son pays avait “tout à fait le droit de répondre” et qu'il le ferait “au moment et à l'endroit de son choix”
indirect | armée pakistanaise | Forces armées pakistanaises | a affirmé#2 | avoir abattu cinq avions indiens, dont trois Rafale de fabrication française
mixed | Ahmed Sharif Chaudhry | Ahmed Sharif Chaudhry | a évoqué | des combats aériens “d'une intensité inédite” impliquant plus de 125 appareils pendant près d'une heure
according-to | police locale | police locale (Cachemire indien) | selon | Le long de la Ligne de contrôle, qui sépare les deux parties du Cachemire sur quelque 740 km, des tirs d'artillerie ont tué au moins 12 civils côté indien, notamment dans le district de Poonch
mixed | António Guterres | António Guterres | a appelé | les deux pays à “une retenue militaire maximale”
mixed | Donald Trump | Donald Trump | a qualifié | la situation de “honte”
mixed | Donald Trump | Donald Trump | dit | espérer que les combats cessent “très vite”
indirect | Département d'État | Département d'État des États-Unis | a indiqué | Le secrétaire d'État Marco Rubio s'est entretenu avec ses homologues des deux pays
direct | Sameer Kulkarni | Sameer Kulkarni | estime | Les deux armées se testent. Le vrai risque, c'est une erreur de calcul entre deux puissances nucléaires
according-to | Institut international de recherche sur la paix de Stockholm | Institut international de recherche sur la paix de Stockholm | selon | L'Inde possède environ 180 ogives nucléaires et le Pakistan quelque 170
according-to | Kulkarni | Sameer Kulkarni | D'après | New Delhi a déployé près de 1500 soldats supplémentaires au Jammu-et-Cachemire depuis le 22 avril
