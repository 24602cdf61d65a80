⟦Sri Lanka|L⟧ : après le cyclone Ditwah, le bilan dépasse ⟦600|Q:count|600||1⟧ morts et ⟦Colombo|L⟧ se tourne vers le ⟦FMI|O|Fonds monétaire international⟧

Le bilan du cyclone Ditwah, qui a balayé le ⟦Sri Lanka|L⟧ ⟦fin novembre|D⟧, s'est encore alourdi ⟦ce mercredi|D⟧. Selon le ⟦Centre de gestion des catastrophes|O⟧ (⟦DMC|O|Centre de gestion des catastrophes⟧), ⟦627|Q:count|627||0⟧ personnes ont été tuées et ⟦190|Q:count|190||0⟧ sont toujours portées disparues. Plus de ⟦2 millions|Q:count|2000000||1⟧ d'habitants, soit près de ⟦10 %|Q:percent|10|%|1⟧ de la population, ont été touchés par les inondations et les glissements de terrain.

Le président ⟦Anura Kumara Dissanayake|P⟧, qui a décrété l'état d'urgence, a qualifié la catastrophe de « plus grave de l'histoire du pays ». « Nous reconstruirons, mais nous ne pouvons pas le faire seuls », a-t-il déclaré ⟦dimanche|D⟧ dans une adresse à la nation.

Dans le centre montagneux, la région de ⟦Kandy|L⟧ et le district de ⟦Badulla|L⟧ ont été les plus durement frappés : des pluies atteignant ⟦350 millimètres|Q:measure|350|mm|1⟧ en ⟦24 heures|Q:duration|24|hour|0⟧ y ont provoqué ⟦des dizaines|Q:count|10||1⟧ de glissements de terrain. À ⟦Colombo|L⟧, la crue du fleuve ⟦Kelani|L⟧ a contraint plus de ⟦230 000|Q:count|230000||1⟧ personnes à gagner l'un des ⟦1400|Q:count|1400||0⟧ centres d'hébergement ouverts par les autorités.

Le gouvernement estime le coût des dégâts entre ⟦6 et 7 milliards de dollars|Q:money|6000000000~7000000000|USD|1⟧, soit environ ⟦3 %|Q:percent|3|%|1⟧ du PIB. ⟦Mardi|D⟧, ⟦Colombo|L⟧ a déposé auprès du ⟦Fonds monétaire international|O⟧ (⟦FMI|O|Fonds monétaire international⟧) une demande de financement d'urgence d'environ ⟦200 millions de dollars|Q:money|200000000|USD|1⟧, en plus des versements prévus par le programme de ⟦2,9 milliards de dollars|Q:money|2900000000|USD|0⟧ conclu en ⟦2023|D⟧.

« Le ⟦FMI|O|Fonds monétaire international⟧ se tient aux côtés du peuple ⟦sri-lankais|N⟧ », a réagi dans un communiqué l'institution, dont une mission se trouvait justement à ⟦Colombo|L⟧ pour la cinquième revue du programme. Son chef de mission, ⟦Evan Papageorgiou|P⟧, a indiqué que la demande serait examinée « dans ⟦les prochaines semaines|D⟧ ».

L'⟦Inde|L⟧, premier pays à réagir, a envoyé ⟦deux|Q:count|2||0⟧ navires et des hélicoptères ; le ⟦Japon|L⟧, la ⟦Chine|L⟧ et l'⟦Union européenne|O⟧ ont fait parvenir des aides d'urgence. ⟦Bruxelles|L⟧ a débloqué ⟦1,8 million d'euros|Q:money|1800000|EUR|0⟧.

Sur le terrain, les secours peinent encore à atteindre certains villages isolés. « L'eau est montée jusqu'au toit en ⟦deux heures|Q:duration|2|hour|0⟧. On a tout perdu, même les papiers de la maison », raconte ⟦Nirmala Perera|P⟧, ⟦41 ans|Q:duration|41|year|0⟧, réfugiée avec ses ⟦trois|Q:count|3||0⟧ enfants dans une école de ⟦Kaduwela|L⟧, à l'est de ⟦Colombo|L⟧. Selon le ⟦Programme alimentaire mondial|O⟧ (⟦PAM|O|Programme alimentaire mondial⟧), quelque ⟦400 000|Q:count|400000||1⟧ personnes ont besoin d'une aide alimentaire immédiate.

Les prix des légumes ont doublé sur les marchés de la capitale, où le kilo de carottes se vend désormais ⟦900 roupies|Q:money|900|LKR|0⟧ (environ ⟦3 dollars|Q:money|3|USD|1⟧). La ⟦Banque centrale du Sri Lanka|O⟧ a assuré ⟦lundi|D⟧ disposer de réserves « suffisantes » pour faire face au choc.
===ATTR===
according-to | Centre de gestion des catastrophes | Centre de gestion des catastrophes | Selon#1 | 627 personnes ont été tuées et 190 sont toujours portées disparues
mixed | Anura Kumara Dissanayake | Anura Kumara Dissanayake | a qualifié | la catastrophe de « plus grave de l'histoire du pays »
direct | il | Anura Kumara Dissanayake | a-t-il déclaré | Nous reconstruirons, mais nous ne pouvons pas le faire seuls
indirect | gouvernement | gouvernement srilankais | estime | le coût des dégâts entre 6 et 7 milliards de dollars, soit environ 3 % du PIB
direct | institution | Fonds monétaire international | a réagi | Le FMI se tient aux côtés du peuple sri-lankais
mixed | Evan Papageorgiou | Evan Papageorgiou | a indiqué | la demande serait examinée « dans les prochaines semaines »
direct | Nirmala Perera | Nirmala Perera | raconte | L'eau est montée jusqu'au toit en deux heures. On a tout perdu, même les papiers de la maison
according-to | Programme alimentaire mondial | Programme alimentaire mondial | Selon#2 | quelque 400 000 personnes ont besoin d'une aide alimentaire immédiate
mixed | Banque centrale du Sri Lanka | Banque centrale du Sri Lanka | a assuré | disposer de réserves « suffisantes » pour faire face au choc
