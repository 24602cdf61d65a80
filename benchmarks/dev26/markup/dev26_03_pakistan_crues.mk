Au ⟦Pakistan|L⟧, les crues de la mousson submergent le ⟦Pendjab|L⟧ et font plus de ⟦300|Q:count|300||1⟧ morts

Les eaux ne refluent toujours pas. ⟦Jeudi 28 août|D⟧, les ⟦trois|Q:count|3||0⟧ rivières qui traversent le ⟦Pendjab|L⟧ ⟦pakistanais|N⟧, la ⟦Ravi|L⟧, la ⟦Sutlej|L⟧ et la ⟦Chenab|L⟧, débordaient encore sur des centaines de villages, ⟦trois semaines|Q:duration|3|week|0⟧ après le début des pluies les plus violentes depuis ⟦2022|D⟧. Selon l’⟦Autorité nationale de gestion des catastrophes|O⟧ (⟦NDMA|O|Autorité nationale de gestion des catastrophes⟧), ⟦312|Q:count|312||0⟧ personnes sont mortes depuis le ⟦26 juin|D⟧, dont ⟦97|Q:count|97||0⟧ enfants, et plus de ⟦1,2 million|Q:count|1200000||1⟧ d’habitants ont été évacués.

À ⟦Lahore|L⟧, la capitale provinciale, il est tombé ⟦230 millimètres|Q:measure|230|mm|0⟧ de pluie en ⟦24 heures|Q:duration|24|hour|0⟧, un record depuis ⟦1998|D⟧. Les précipitations de la saison dépassent de ⟦62 %|Q:percent|62|%|0⟧ la normale, a indiqué le ⟦département météorologique du Pakistan|O⟧, qui prévoit un nouvel épisode pluvieux à partir du ⟦2 septembre|D⟧.

La cheffe du gouvernement du ⟦Pendjab|L⟧, ⟦Maryam Nawaz|P⟧, a survolé ⟦mercredi|D⟧ les zones sinistrées autour de ⟦Kasur|L⟧ et de ⟦Narowal|L⟧. “Nous n’avons jamais vu une telle quantité d’eau arriver aussi vite. Personne ne sera laissé sans abri”, a-t-elle déclaré devant des journalistes. Son gouvernement a débloqué ⟦25 milliards de roupies|Q:money|25000000000|PKR|0⟧ (environ ⟦76 millions d’euros|Q:money|76000000|EUR|1⟧) pour les secours.

Le premier ministre, ⟦Shehbaz Sharif|P⟧, a accusé ⟦New Delhi|L|Inde⟧ d’avoir ouvert les vannes de plusieurs barrages sans prévenir suffisamment tôt. Le ⟦ministère indien des ressources en eau|O⟧ a répondu avoir transmis des alertes “pour des raisons humanitaires” par la voie diplomatique, malgré la suspension, depuis ⟦avril|D⟧, du traité de l’⟦Indus|L⟧ qui régit le partage des eaux entre les ⟦deux|Q:count|2||0⟧ voisins.

Dans les campagnes, le bilan agricole s’annonce lourd. Environ ⟦400 000 hectares|Q:measure|400000|ha|1⟧ de riz, de coton et de canne à sucre sont sous l’eau, d’après le ⟦ministère de l’agriculture du Pendjab|O⟧. “J’ai perdu ⟦six|Q:count|6||0⟧ bufflonnes et toute ma récolte. Il me reste une charrette et les vêtements que je porte”, raconte ⟦Muhammad Aslam|P⟧, ⟦58 ans|Q:duration|58|year|0⟧, réfugié avec sa famille sur une digue près de ⟦Multan|L⟧.

Les organisations humanitaires redoutent désormais les épidémies. Un responsable du ⟦Fonds des Nations unies pour l’enfance|O⟧ (⟦Unicef|O|Fonds des Nations unies pour l’enfance⟧) a averti que près de ⟦2 millions|Q:count|2000000||1⟧ d’enfants n’avaient plus accès à l’eau potable et que les cas de diarrhée avaient augmenté de ⟦35 %|Q:percent|35|%|0⟧ en ⟦une semaine|Q:duration|1|week|0⟧ dans les camps.

Pour ⟦Sana Qureshi|P⟧, chercheuse en climatologie à l’⟦université du Pendjab|O⟧, le pays “paie une facture qu’il n’a pas signée” : le ⟦Pakistan|L⟧ émet moins de ⟦1 %|Q:percent|1|%|1⟧ des gaz à effet de serre de la planète. Les inondations de ⟦2022|D⟧ avaient fait plus de ⟦1 700|Q:count|1700||1⟧ morts et causé quelque ⟦30 milliards de dollars|Q:money|30000000000|USD|1⟧ de dégâts, selon la ⟦Banque mondiale|O⟧. ⟦Islamabad|L|Pakistan⟧ a lancé ⟦mardi|D⟧ un appel à l’aide internationale, sans en préciser le montant.
===ATTR===
according-to | Autorité nationale de gestion des catastrophes | Autorité nationale de gestion des catastrophes | Selon | 312 personnes sont mortes depuis le 26 juin, dont 97 enfants, et plus de 1,2 million d’habitants ont été évacués
indirect | département météorologique du Pakistan | département météorologique du Pakistan | a indiqué | Les précipitations de la saison dépassent de 62 % la normale
direct | elle | Maryam Nawaz | a-t-elle déclaré | Nous n’avons jamais vu une telle quantité d’eau arriver aussi vite. Personne ne sera laissé sans abri
indirect | Shehbaz Sharif | Shehbaz Sharif | a accusé | New Delhi d’avoir ouvert les vannes de plusieurs barrages sans prévenir suffisamment tôt
mixed | ministère indien des ressources en eau | ministère indien des ressources en eau | a répondu | avoir transmis des alertes “pour des raisons humanitaires” par la voie diplomatique, malgré la suspension, depuis avril, du traité de l’Indus qui régit le partage des eaux entre les deux voisins
according-to | ministère de l’agriculture du Pendjab | ministère de l’agriculture du Pendjab | d’après | Environ 400 000 hectares de riz, de coton et de canne à sucre sont sous l’eau
direct | Muhammad Aslam | Muhammad Aslam | raconte | J’ai perdu six bufflonnes et toute ma récolte. Il me reste une charrette et les vêtements que je porte
indirect | responsable | responsable de l’Unicef (non nommé) | a averti | près de 2 millions d’enfants n’avaient plus accès à l’eau potable et que les cas de diarrhée avaient augmenté de 35 % en une semaine dans les camps
according-to | Sana Qureshi | Sana Qureshi | Pour | le pays “paie une facture qu’il n’a pas signée”
according-to | Banque mondiale | Banque mondiale | selon | Les inondations de 2022 avaient fait plus de 1 700 morts et causé quelque 30 milliards de dollars de dégâts
