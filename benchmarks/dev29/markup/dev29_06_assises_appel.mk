Meurtre de ⟦Castelsarrasin|L⟧ : ⟦vingt ans|Q:duration|20|year|0⟧ de réclusion requis en appel contre ⟦Julien Marty|P⟧

La ⟦cour d'assises d'appel du Lot|O⟧ rendra son verdict ⟦vendredi|D⟧. ⟦Jeudi|D⟧, à ⟦Cahors|L⟧, l'avocat général ⟦Pierre-Emmanuel Caubet|P⟧ a requis ⟦vingt ans|Q:duration|20|year|0⟧ de réclusion criminelle contre ⟦Julien Marty|P⟧, ⟦38 ans|Q:duration|38|year|0⟧, jugé pour le meurtre de son associé, ⟦Franck Lacoste|P⟧, tué de ⟦quatre|Q:count|4||0⟧ coups de couteau en ⟦juin 2023|D⟧ dans l'entrepôt de leur entreprise de transport, à ⟦Castelsarrasin|L⟧ (⟦Tarn-et-Garonne|L⟧).

En première instance, en ⟦mars 2025|D⟧, la ⟦cour d'assises de Tarn-et-Garonne|O⟧ l'avait condamné à ⟦quinze ans|Q:duration|15|year|0⟧ de réclusion, écartant la préméditation. Le parquet général avait aussitôt fait appel. «{NBSP}Ce n'est pas une dispute qui a mal tourné. ⟦Julien Marty|P⟧ avait acheté le couteau ⟦la veille|D⟧, il avait garé sa voiture à l'écart des caméras{NBSP}», a déclaré l'avocat général, qui a demandé aux jurés de retenir «{NBSP}un geste pensé, froid et organisé{NBSP}».

Selon l'enquête de la section de recherches de la ⟦gendarmerie|O|Gendarmerie nationale⟧ de ⟦Toulouse|L⟧, la société des deux hommes accusait une dette de près de ⟦380{NBSP}000 euros|Q:money|380000|EUR|1⟧ au moment des faits, et la victime s'apprêtait à demander sa dissolution. L'accusé avait par ailleurs souscrit, ⟦huit mois|Q:duration|8|month|0⟧ plus tôt, une assurance «{NBSP}homme clé{NBSP}» de ⟦250{NBSP}000 euros|Q:money|250000|EUR|0⟧ sur la tête de son associé, a rappelé l'avocat général.

Du côté de la défense, le ton est tout autre. «{NBSP}Mon client n'a jamais nié avoir porté les coups. Il conteste avoir voulu tuer, et rien dans ce dossier ne prouve le contraire{NBSP}», a plaidé Me ⟦Sandrine Feraud|P⟧, du ⟦barreau de Toulouse|O⟧. Pour l'avocate, l'assurance était «{NBSP}une obligation imposée par la banque{NBSP}» lors d'un prêt de ⟦2021|D⟧, et non un mobile. Elle a demandé à la cour de ne pas dépasser la peine prononcée en première instance.

Dans le box, ⟦Julien Marty|P⟧ a pris la parole une dernière fois avant que la cour se retire. «{NBSP}Je pense à ⟦Franck|P|Franck Lacoste⟧ tous les jours. Je ne demande pas qu'on me pardonne{NBSP}», a-t-il dit d'une voix à peine audible, face aux ⟦deux|Q:count|2||0⟧ enfants de la victime, âgés de ⟦12|Q:duration|12|year|0⟧ et ⟦15 ans|Q:duration|15|year|0⟧.

L'avocat des parties civiles, Me ⟦Olivier Bessières|P⟧, a estimé que l'accusé avait «{NBSP}menti du premier au dernier jour{NBSP}». La veuve de la victime, ⟦Nathalie Lacoste|P⟧, a expliqué à la barre qu'elle avait dû vendre la maison familiale et que ses enfants suivaient toujours un soutien psychologique, ⟦trois ans|Q:duration|3|year|0⟧ après le drame.

Le procès, ouvert ⟦lundi|D⟧, doit durer ⟦cinq jours|Q:duration|5|day|0⟧. La cour, composée de ⟦trois|Q:count|3||0⟧ magistrats et de ⟦neuf|Q:count|9||0⟧ jurés en appel, devra répondre à ⟦sept|Q:count|7||0⟧ questions, dont celle de la préméditation, qui fait encourir la réclusion criminelle à perpétuité. En ⟦2024|D⟧, les cours d'assises d'appel ont confirmé ou aggravé la peine dans environ ⟦58{NBSP}%|Q:percent|58|%|1⟧ des dossiers, d'après les statistiques du ⟦ministère de la Justice|O⟧.
===ATTR===
direct | avocat général | Pierre-Emmanuel Caubet | a déclaré | Ce n'est pas une dispute qui a mal tourné. Julien Marty avait acheté le couteau la veille, il avait garé sa voiture à l'écart des caméras
mixed | qui | Pierre-Emmanuel Caubet | a demandé | aux jurés de retenir « un geste pensé, froid et organisé »
according-to | gendarmerie | Gendarmerie nationale | Selon | la société des deux hommes accusait une dette de près de 380 000 euros au moment des faits, et la victime s'apprêtait à demander sa dissolution
indirect | avocat général | Pierre-Emmanuel Caubet | a rappelé | L'accusé avait par ailleurs souscrit, huit mois plus tôt, une assurance « homme clé » de 250 000 euros sur la tête de son associé
direct | Sandrine Feraud | Sandrine Feraud | a plaidé | Mon client n'a jamais nié avoir porté les coups. Il conteste avoir voulu tuer, et rien dans ce dossier ne prouve le contraire
according-to | avocate | Sandrine Feraud | Pour | l'assurance était « une obligation imposée par la banque » lors d'un prêt de 2021, et non un mobile
indirect | Elle | Sandrine Feraud | a demandé | à la cour de ne pas dépasser la peine prononcée en première instance
direct | il | Julien Marty | a-t-il dit | Je pense à Franck tous les jours. Je ne demande pas qu'on me pardonne
mixed | Olivier Bessières | Olivier Bessières | a estimé | l'accusé avait « menti du premier au dernier jour »
indirect | Nathalie Lacoste | Nathalie Lacoste | a expliqué | elle avait dû vendre la maison familiale et que ses enfants suivaient toujours un soutien psychologique, trois ans après le drame
according-to | ministère de la Justice | ministère de la Justice | d'après | En 2024, les cours d'assises d'appel ont confirmé ou aggravé la peine dans environ 58 % des dossiers
