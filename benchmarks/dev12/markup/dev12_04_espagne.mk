⟦Espagne|L⟧ : ⟦un an|Q:duration|1|year|0⟧ après les inondations, ⟦Carlos Mazón|P⟧ quitte la présidence de la région de ⟦Valence|L⟧

⟦Un an|Q:duration|1|year|0⟧ après les inondations qui ont fait ⟦229|Q:count|229||0⟧ morts dans la province de ⟦Valence|L⟧, ⟦Carlos Mazón|P⟧ a fini par jeter l’éponge. Le président de la ⟦Généralité valencienne|O⟧, membre du ⟦Parti populaire|O⟧ (⟦PP|O|Parti populaire⟧, droite), a annoncé ⟦lundi|D⟧ sa démission lors d’une courte déclaration, sans questions de la presse, au ⟦palais de la Généralité|L⟧. « J’ai commis des erreurs, je les assume et je vivrai avec elles toute ma vie », a-t-il déclaré, la voix nouée, tout en dénonçant une « campagne de harcèlement » à son encontre.

Le ⟦29 octobre 2024|D⟧, un épisode de pluies torrentielles avait déversé jusqu’à ⟦490 millimètres|Q:measure|490|mm|1⟧ d’eau en ⟦huit heures|Q:duration|8|hour|0⟧ sur certaines communes. L’alerte n’avait été envoyée sur les téléphones portables des habitants qu’à ⟦20{NBSP}h{NBSP}11|D⟧, alors que de nombreuses localités au sud de ⟦Valence|L⟧, comme ⟦Paiporta|L⟧, ⟦Catarroja|L⟧ ou ⟦Massanassa|L⟧, étaient déjà sous les eaux. Ce retard est au cœur de l’enquête judiciaire.

⟦Mazón|P|Carlos Mazón⟧, ⟦51 ans|Q:duration|51|year|0⟧, est critiqué pour avoir déjeuné pendant plus de ⟦trois heures|Q:duration|3|hour|1⟧ avec une journaliste dans un restaurant du centre de ⟦Valence|L⟧ ⟦ce jour-là|D⟧, avant de rejoindre tardivement la cellule de crise. La juge d’instruction de ⟦Catarroja|L⟧, qui enquête pour homicides involontaires, a inculpé son ancienne conseillère chargée des urgences, ⟦Salomé Pradas|P⟧, et son ancien numéro deux, ⟦Emilio Argüeso|P⟧. Député régional, ⟦Carlos Mazón|P⟧ ne pouvait jusqu’ici être poursuivi que par le ⟦Tribunal supérieur de justice de la Communauté valencienne|O⟧ (⟦TSJCV|O|Tribunal supérieur de justice de la Communauté valencienne⟧).

Les associations de victimes, qui réclamaient sa démission depuis des mois, ont accueilli la nouvelle avec amertume. « Il part ⟦un an|Q:duration|1|year|0⟧ trop tard, et il part sans avoir dit la vérité sur ce qu’il a fait ⟦ce jour-là|D⟧ », a réagi ⟦Amparo Ferrer|P⟧, porte-parole d’un collectif de familles de ⟦Catarroja|L⟧, qui a perdu son père dans la catastrophe. ⟦Mercredi|D⟧, lors de l’hommage national rendu aux victimes en présence du roi ⟦Felipe VI|P⟧, le président régional avait été copieusement hué.

Sa succession ouvre une période délicate pour le ⟦PP|O|Parti populaire⟧. La formation d’⟦Alberto Núñez Feijóo|P⟧, qui ne détient que ⟦40|Q:count|40||0⟧ des ⟦99|Q:count|99||0⟧ sièges du ⟦Parlement valencien|O⟧, aura besoin des voix de ⟦Vox|O⟧ pour faire élire un nouveau président, faute de quoi des élections anticipées devront être convoquées. Le parti d’extrême droite de ⟦Santiago Abascal|P⟧, qui avait quitté le gouvernement régional en ⟦juillet 2024|D⟧, a fait savoir qu’il négocierait « sans chèque en blanc ».

À ⟦Madrid|L⟧, le chef du gouvernement socialiste, ⟦Pedro Sánchez|P⟧, a qualifié cette démission de « tardive » et assuré que l’Etat continuerait d’accompagner la reconstruction. Selon le ⟦ministère de la Politique territoriale|O|ministère espagnol de la Politique territoriale⟧, ⟦Madrid|L⟧ a engagé plus de ⟦16 milliards d’euros|Q:money|16000000000|EUR|1⟧ d’aides directes, de prêts et d’exonérations fiscales, et le ⟦Consortium de compensation des assurances|O⟧ a versé ⟦4,5 milliards d’euros|Q:money|4500000000|EUR|0⟧ d’indemnités à quelque ⟦250 000|Q:count|250000||1⟧ sinistrés.

À ⟦Paiporta|L⟧, où ⟦45|Q:count|45||0⟧ personnes ont péri, les rez-de-chaussée éventrés rappellent encore la catastrophe. « On a reconstruit les murs, pas les gens », résume ⟦Javier|P⟧, ⟦63 ans|Q:duration|63|year|0⟧, dont le magasin de chaussures a été envahi par ⟦1,8 mètre|Q:measure|1.8|m|0⟧ d’eau. Selon la mairie, près de ⟦30 %|Q:percent|30|%|1⟧ des commerces n’ont toujours pas rouvert.

Comme en ⟦Wallonie|L⟧ après les inondations de ⟦juillet 2021|D⟧, qui avaient fait ⟦39|Q:count|39||0⟧ morts en ⟦Belgique|L⟧, la question de l’alerte domine le débat. Le gouvernement ⟦espagnol|N⟧ a annoncé ⟦mardi|D⟧ un nouveau système d’alerte par SMS. Selon la ministre de la Science, ⟦Diana Morant|P⟧, il sera opérationnel d’ici à ⟦l’été|D⟧.
===ATTR===
indirect | président | Carlos Mazón | a annoncé#1 | sa démission#1
direct | il | Carlos Mazón | a-t-il déclaré | J’ai commis des erreurs, je les assume et je vivrai avec elles toute ma vie
mixed | il | Carlos Mazón | dénonçant | une « campagne de harcèlement » à son encontre
indirect | associations | associations de victimes (non nommé) | réclamaient | sa démission#2
direct | Amparo Ferrer | Amparo Ferrer | a réagi | Il part un an trop tard, et il part sans avoir dit la vérité sur ce qu’il a fait ce jour-là
mixed | parti | Vox | a fait savoir | il négocierait « sans chèque en blanc »
mixed | Pedro Sánchez | Pedro Sánchez | a qualifié | cette démission de « tardive »
indirect | Pedro Sánchez | Pedro Sánchez | assuré | l’Etat continuerait d’accompagner la reconstruction
according-to | ministère de la Politique territoriale | ministère espagnol de la Politique territoriale | Selon#1 | Madrid a engagé plus de 16 milliards d’euros d’aides directes, de prêts et d’exonérations fiscales, et le Consortium de compensation des assurances a versé 4,5 milliards d’euros d’indemnités à quelque 250 000 sinistrés
direct | Javier | Javier | résume | On a reconstruit les murs, pas les gens
according-to | mairie | mairie de Paiporta | Selon#2 | près de 30 % des commerces n’ont toujours pas rouvert
indirect | gouvernement | gouvernement espagnol | a annoncé#2 | un nouveau système d’alerte par SMS
according-to | Diana Morant | Diana Morant | Selon#3 | il sera opérationnel d’ici à l’été
