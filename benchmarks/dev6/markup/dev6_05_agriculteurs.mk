Colère agricole : ⟦des centaines|Q:count|100||1⟧ de tracteurs bloquent ⟦Agen|L⟧, la ⟦FNSEA|O|Fédération nationale des syndicats d’exploitants agricoles⟧ menace de «{NNBSP}monter à ⟦Paris|L⟧{NNBSP}»

⟦Agen|L⟧, ⟦19 novembre|D⟧ (⟦AFP|O|Agence France-Presse⟧) – Près de ⟦600|Q:count|600||1⟧ tracteurs ont convergé ⟦mardi matin|D⟧ vers le centre d’⟦Agen|L⟧, a indiqué la ⟦préfecture de Lot-et-Garonne|O⟧, les organisateurs revendiquant plus d’⟦un millier|Q:count|1000||1⟧ d’engins. À l’appel de la ⟦Coordination rurale|O⟧ (⟦CR|O|Coordination rurale⟧), de la ⟦FNSEA|O|Fédération nationale des syndicats d’exploitants agricoles⟧ et des ⟦Jeunes agriculteurs|O⟧ (⟦JA|O|Jeunes agriculteurs⟧), les manifestants ont déversé ⟦une dizaine de tonnes|Q:measure|10|t|1⟧ de fumier et de pneus devant les grilles de la préfecture, où un important dispositif de gendarmerie avait été déployé.

L’⟦A62|L⟧, qui relie ⟦Bordeaux|L⟧ à ⟦Toulouse|L⟧, a été totalement coupée sur ⟦15{NBSP}km|Q:measure|15|km|0⟧ entre ⟦Aiguillon|L⟧ et ⟦Agen|L⟧ de ⟦7h00|D⟧ à ⟦18 heures|D⟧, selon ⟦Vinci Autoroutes|O⟧. Quelque ⟦350|Q:count|350||1⟧ gendarmes et policiers étaient mobilisés.

Les agriculteurs dénoncent l’accord de libre-échange entre l’⟦Union européenne|O⟧ et le ⟦Mercosur|O⟧, que la ⟦Commission|O|Commission européenne⟧ veut signer avant ⟦la fin de l’année|D⟧, et l’abattage systématique des troupeaux touchés par la dermatose nodulaire contagieuse. «{NNBSP}On nous demande d’abattre des troupeaux entiers pour une vache malade, pendant qu’on s’apprête à importer ⟦99{NBSP}000 tonnes|Q:measure|99000|t|0⟧ de bœuf ⟦argentin|N⟧ et ⟦brésilien|N⟧. C’est une provocation{NNBSP}», a lancé au micro de ⟦France Bleu|O⟧ ⟦Serge Bousquet-Cassagne|P⟧, président de la ⟦chambre d’agriculture de Lot-et-Garonne|O⟧.

Depuis le premier foyer détecté en ⟦Savoie|L⟧ ⟦fin juin|D⟧, plus de ⟦110|Q:count|110||1⟧ foyers ont été recensés dans ⟦neuf|Q:count|9||0⟧ départements et près de ⟦3{NBSP}300|Q:count|3300||1⟧ bovins abattus, d’après le ⟦ministère de l’Agriculture|O|ministère français de l’Agriculture⟧.

Le président de la ⟦FNSEA|O|Fédération nationale des syndicats d’exploitants agricoles⟧, ⟦Arnaud Rousseau|P⟧, a prévenu que le syndicat était prêt à «{NNBSP}monter à ⟦Paris|L⟧{NNBSP}» avant ⟦Noël|D⟧ si le gouvernement ne revoyait pas sa copie. «{NNBSP}Nous ne laisserons pas mourir l’élevage ⟦français|N⟧{NNBSP}», a-t-il insisté.

La ministre de l’Agriculture, ⟦Annie Genevard|P⟧, a annoncé ⟦mardi soir|D⟧ une enveloppe de ⟦75 millions d’euros|Q:money|75000000|EUR|0⟧ pour indemniser les éleveurs concernés, soit jusqu’à ⟦1{NBSP}500 euros|Q:money|1500|EUR|1⟧ par animal abattu, et promis que la vaccination serait étendue «{NNBSP}dans ⟦les prochains jours|D⟧{NNBSP}» à l’ensemble du ⟦Sud-Ouest|L⟧. ⟦Karine Duc|P⟧, coprésidente de la ⟦CR|O|Coordination rurale⟧ du département, a balayé l’annonce : «{NNBSP}Ce n’est pas un chèque qu’on veut, c’est qu’on arrête de tuer nos bêtes.{NNBSP}»

Le préfet de ⟦Lot-et-Garonne|L⟧, ⟦Pascal Monteil|P⟧, a appelé les manifestants «{NNBSP}au calme et à la responsabilité{NNBSP}», rappelant que ⟦quatre|Q:count|4||0⟧ personnes avaient été interpellées lors de la mobilisation de ⟦janvier 2024|D⟧ pour des dégradations estimées à ⟦200{NBSP}000 euros|Q:money|200000|EUR|1⟧.

Selon la ⟦Mutualité sociale agricole|O⟧ (⟦MSA|O|Mutualité sociale agricole⟧), le revenu moyen des exploitants a reculé de ⟦12,5{NBSP}%|Q:percent|12.5|%|0⟧ en ⟦2024|D⟧. «{NNBSP}Ici, un éleveur de ⟦55 ans|Q:duration|55|year|0⟧ qui travaille ⟦70 heures|Q:duration|70|hour|0⟧ par semaine ne se verse même pas un Smic{NNBSP}», soupire un manifestant venu de ⟦Villeneuve-sur-Lot|L⟧, qui préfère taire son nom. Les syndicats ont prévu un nouveau rassemblement ⟦jeudi 21 novembre|D⟧ devant la ⟦préfecture de la Haute-Garonne|O⟧, à ⟦Toulouse|L⟧.

===ATTR===
mixed | FNSEA#1 | Fédération nationale des syndicats d’exploitants agricoles | menace | de « monter à Paris »
indirect | préfecture de Lot-et-Garonne | préfecture de Lot-et-Garonne | a indiqué | Près de 600 tracteurs ont convergé mardi matin vers le centre d’Agen
indirect | organisateurs | organisateurs | revendiquant | plus d’un millier d’engins
according-to | Vinci Autoroutes | Vinci Autoroutes | selon | L’A62, qui relie Bordeaux à Toulouse, a été totalement coupée sur 15 km entre Aiguillon et Agen de 7h00 à 18 heures
indirect | agriculteurs | agriculteurs | dénoncent | l’accord de libre-échange entre l’Union européenne et le Mercosur, que la Commission veut signer avant la fin de l’année, et l’abattage systématique des troupeaux touchés par la dermatose nodulaire contagieuse
direct | Serge Bousquet-Cassagne | Serge Bousquet-Cassagne | a lancé | On nous demande d’abattre des troupeaux entiers pour une vache malade, pendant qu’on s’apprête à importer 99 000 tonnes de bœuf argentin et brésilien. C’est une provocation
according-to | ministère de l’Agriculture | ministère français de l’Agriculture | d’après | Depuis le premier foyer détecté en Savoie fin juin, plus de 110 foyers ont été recensés dans neuf départements et près de 3 300 bovins abattus
mixed | Arnaud Rousseau | Arnaud Rousseau | a prévenu | le syndicat était prêt à « monter à Paris » avant Noël si le gouvernement ne revoyait pas sa copie
direct | il | Arnaud Rousseau | a-t-il insisté | Nous ne laisserons pas mourir l’élevage français
indirect | Annie Genevard | Annie Genevard | a annoncé | une enveloppe de 75 millions d’euros pour indemniser les éleveurs concernés, soit jusqu’à 1 500 euros par animal abattu
mixed | Annie Genevard | Annie Genevard | promis | la vaccination serait étendue « dans les prochains jours » à l’ensemble du Sud-Ouest
direct | Karine Duc | Karine Duc | a balayé | Ce n’est pas un chèque qu’on veut, c’est qu’on arrête de tuer nos bêtes.
mixed | Pascal Monteil | Pascal Monteil | a appelé | les manifestants « au calme et à la responsabilité »
indirect | Pascal Monteil | Pascal Monteil | rappelant | quatre personnes avaient été interpellées lors de la mobilisation de janvier 2024 pour des dégradations estimées à 200 000 euros
according-to | Mutualité sociale agricole | Mutualité sociale agricole | Selon | le revenu moyen des exploitants a reculé de 12,5 % en 2024
direct | manifestant | manifestant venu de Villeneuve-sur-Lot (non nommé) | soupire | Ici, un éleveur de 55 ans qui travaille 70 heures par semaine ne se verse même pas un Smic
