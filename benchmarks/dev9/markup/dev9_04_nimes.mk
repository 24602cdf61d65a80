⟦Nîmes|L⟧ : un adolescent de ⟦17 ans|Q:duration|17|year|0⟧ tué par balles à ⟦Pissevin|L⟧, ⟦trois|Q:count|3||0⟧ suspects en garde à vue

⟦Trois|Q:count|3||0⟧ hommes âgés de ⟦19 à 24 ans|Q:duration|19~24|year|1⟧ ont été placés en garde à vue ⟦mardi matin|D⟧ dans l'enquête sur la mort d'un adolescent de ⟦17 ans|Q:duration|17|year|0⟧, tué par balles dans ⟦la nuit de samedi à dimanche|D⟧ dans le quartier de ⟦Pissevin|L⟧, à ⟦Nîmes|L⟧ (⟦Gard|L⟧), a annoncé le ⟦parquet de Nîmes|O⟧.

La victime, prénommée ⟦Ilyes|P⟧, a été touchée par plusieurs projectiles vers ⟦2h30|D⟧ au pied d'une tour de la ⟦rue Richard-Wagner|L⟧. Les secours, arrivés ⟦dix minutes|Q:duration|10|minute|0⟧ plus tard, n'ont pas pu la ranimer. ⟦Une quinzaine|Q:count|15||1⟧ de douilles de calibre ⟦7,62 mm|Q:measure|7.62|mm|0⟧ ont été retrouvées sur place, selon une source policière, ce qui laisse penser à l'usage d'un fusil d'assaut.

"Tout laisse penser à un règlement de comptes lié au trafic de stupéfiants. Ce jeune homme était connu pour des faits de revente de cannabis, mais il n'avait que ⟦17 ans|Q:duration|17|year|0⟧", a déclaré lors d'une conférence de presse le procureur de la République de ⟦Nîmes|L⟧, ⟦Olivier Rhodes|P⟧. Selon lui, il s'agit du septième homicide lié au narcotrafic dans le ⟦Gard|L⟧ depuis ⟦janvier|D⟧.

Les ⟦trois|Q:count|3||0⟧ suspects ont été interpellés ⟦mardi|D⟧ vers ⟦6h|D⟧ à ⟦Nîmes|L⟧ et à ⟦Saint-Gilles|L⟧ par les policiers de l'⟦Office anti-stupéfiants|O⟧ (⟦Ofast|O|Office anti-stupéfiants⟧), appuyés par le ⟦RAID|O|Recherche, assistance, intervention, dissuasion⟧. Les perquisitions ont permis de saisir ⟦1,2 kilo|Q:measure|1.2|kg|0⟧ de résine de cannabis, ⟦300 grammes|Q:measure|300|g|0⟧ de cocaïne et ⟦18 000 euros|Q:money|18000|EUR|0⟧ en liquide, a précisé le magistrat. En matière de criminalité organisée, leur garde à vue peut durer jusqu'à ⟦96 heures|Q:duration|96|hour|1⟧.

Une information judiciaire devrait être ouverte d'ici à ⟦la fin de la semaine|D⟧ pour assassinat en bande organisée, a indiqué le procureur, qui envisage de se dessaisir au profit de la ⟦juridiction interrégionale spécialisée|O|juridiction interrégionale spécialisée de Marseille⟧ (⟦JIRS|O|juridiction interrégionale spécialisée de Marseille⟧) de ⟦Marseille|L⟧. Un juge d'instruction sera alors chargé du dossier.

Me ⟦Sarah Nouri|P⟧, l'avocate de la famille, a dénoncé auprès de ⟦20 Minutes|O⟧ un "abandon" du quartier par l'Etat. "Ses parents l'avaient envoyé chez sa tante à ⟦Montpellier|L⟧ pendant ⟦deux ans|Q:duration|2|year|0⟧ pour l'éloigner des points de deal. Il était revenu il y a ⟦trois mois|Q:duration|3|month|0⟧", a-t-elle confié.

A ⟦Pissevin|L⟧, où vivent quelque ⟦15 000|Q:count|15000||1⟧ habitants, la colère le dispute à la lassitude. "Ici, les mamans n'osent plus descendre au parc. On entend des tirs presque toutes les semaines", raconte ⟦Samia|P⟧, ⟦41 ans|Q:duration|41|year|0⟧, mère de ⟦trois|Q:count|3||0⟧ enfants, qui vit dans le quartier depuis ⟦quinze ans|Q:duration|15|year|0⟧.

Le maire de ⟦Nîmes|L⟧, ⟦Alain Reboul|P⟧ (⟦LR|O|Les Républicains⟧), a réclamé l'envoi de ⟦200|Q:count|200||0⟧ policiers supplémentaires et la création d'une compagnie de ⟦CRS|O|Compagnies républicaines de sécurité⟧ permanente. Le ministre de l'Intérieur, ⟦Laurent Nuñez|P⟧, est attendu sur place ⟦jeudi|D⟧. Depuis ⟦le début de l'année|D⟧, ⟦38|Q:count|38||0⟧ personnes ont été tuées en ⟦France|L⟧ dans des règlements de comptes liés au trafic de drogue, d'après le ⟦ministère de l'Intérieur|O⟧.
===ATTR===
indirect | parquet de Nîmes | parquet de Nîmes | a annoncé | Trois hommes âgés de 19 à 24 ans ont été placés en garde à vue mardi matin dans l'enquête sur la mort d'un adolescent de 17 ans, tué par balles dans la nuit de samedi à dimanche dans le quartier de Pissevin, à Nîmes (Gard)
according-to | source | source policière (non nommé) | selon | Une quinzaine de douilles de calibre 7,62 mm ont été retrouvées sur place
direct | Olivier Rhodes | Olivier Rhodes | a déclaré | Tout laisse penser à un règlement de comptes lié au trafic de stupéfiants. Ce jeune homme était connu pour des faits de revente de cannabis, mais il n'avait que 17 ans
according-to | lui | Olivier Rhodes | Selon | il s'agit du septième homicide lié au narcotrafic dans le Gard depuis janvier
indirect | magistrat | Olivier Rhodes | a précisé | Les perquisitions ont permis de saisir 1,2 kilo de résine de cannabis, 300 grammes de cocaïne et 18 000 euros en liquide
indirect | procureur#2 | Olivier Rhodes | a indiqué | Une information judiciaire devrait être ouverte d'ici à la fin de la semaine pour assassinat en bande organisée
mixed | Sarah Nouri | Sarah Nouri | a dénoncé | un "abandon" du quartier par l'Etat
direct | elle | Sarah Nouri | a-t-elle confié | Ses parents l'avaient envoyé chez sa tante à Montpellier pendant deux ans pour l'éloigner des points de deal. Il était revenu il y a trois mois
direct | Samia | Samia | raconte | Ici, les mamans n'osent plus descendre au parc. On entend des tirs presque toutes les semaines
indirect | Alain Reboul | Alain Reboul | a réclamé | l'envoi de 200 policiers supplémentaires et la création d'une compagnie de CRS permanente
according-to | ministère de l'Intérieur | ministère de l'Intérieur | d'après | Depuis le début de l'année, 38 personnes ont été tuées en France dans des règlements de comptes liés au trafic de drogue
