⟦Otan|O|OTAN⟧ : ⟦Mark Rutte|P⟧ presse les retardataires de l’objectif de ⟦3,5%|Q:percent|3.5|%|0⟧ du PIB

⟦Bruxelles|L⟧, ⟦3 décembre|D⟧ (⟦Reuters|O⟧) - Le secrétaire général de l’⟦Otan|O|OTAN⟧, ⟦Mark Rutte|P⟧, a affirmé ⟦mercredi|D⟧ que les pays membres devaient “aller plus vite” dans la hausse de leurs dépenses militaires, ⟦cinq mois|Q:duration|5|month|0⟧ après l’engagement pris au sommet de ⟦La Haye|L⟧ d’y consacrer ⟦5%|Q:percent|5|%|0⟧ de leur produit intérieur brut d’ici à ⟦2035|D⟧.

“Nous avons pris une décision historique à ⟦La Haye|L⟧. Maintenant, il faut livrer. La ⟦Russie|L⟧ produit en ⟦trois mois|Q:duration|3|month|0⟧ autant de munitions que nous tous en ⟦un an|Q:duration|1|year|0⟧”, a-t-il déclaré lors d’une conférence de presse, à la veille d’une réunion des ministres des Affaires étrangères des ⟦32|Q:count|32||0⟧ pays membres.

L’objectif de ⟦5%|Q:percent|5|%|0⟧ se décompose en ⟦3,5%|Q:percent|3.5|%|0⟧ pour la défense au sens strict et ⟦1,5%|Q:percent|1.5|%|0⟧ pour les infrastructures, la cybersécurité et la résilience. Selon les dernières estimations de l’⟦Otan|O|OTAN⟧, publiées ⟦fin août|D⟧, tous les pays membres devraient atteindre ⟦cette année|D⟧ l’ancien seuil de ⟦2%|Q:percent|2|%|0⟧, fixé en ⟦2014|D⟧ au sommet du ⟦pays de Galles|L⟧, mais seuls ⟦huit|Q:count|8||0⟧ d’entre eux dépasseraient déjà ⟦3%|Q:percent|3|%|0⟧.

L’⟦Espagne|L⟧, qui avait obtenu une dérogation à ⟦La Haye|L⟧, ne prévoit de consacrer que ⟦2,1%|Q:percent|2.1|%|0⟧ de son PIB à la défense. Son Premier ministre, ⟦Pedro Sánchez|P⟧, a jugé à plusieurs reprises l’objectif de ⟦3,5%|Q:percent|3.5|%|0⟧ “déraisonnable”. La ⟦Belgique|L⟧, le ⟦Canada|L⟧ et l’⟦Italie|L⟧ figurent aussi parmi les pays les plus en retard, selon des diplomates.

À l’inverse, la ⟦Pologne|L⟧, en première ligne face à la ⟦Russie|L⟧ et au ⟦Bélarus|L⟧, dépasse déjà ⟦4,7%|Q:percent|4.7|%|0⟧ et vise ⟦5%|Q:percent|5|%|0⟧ dès ⟦2026|D⟧, a rappelé son ministre de la Défense, ⟦Władysław Kosiniak-Kamysz|P⟧. ⟦Varsovie|L|Pologne⟧ consacrera ⟦l’an prochain|D⟧ près de ⟦200 milliards de zlotys|Q:money|200000000000|PLN|1⟧, environ ⟦47 milliards d’euros|Q:money|47000000000|EUR|1⟧, à son armée, qui compte quelque ⟦216{NNBSP}000|Q:count|216000||1⟧ soldats.

Les dépenses de défense des pays ⟦européens|N⟧ de l’⟦Otan|O|OTAN⟧ et du ⟦Canada|L⟧ devraient atteindre environ ⟦560 milliards de dollars|Q:money|560000000000|USD|1⟧ en ⟦2025|D⟧, en hausse de près de ⟦20%|Q:percent|20|%|1⟧ sur ⟦un an|Q:duration|1|year|0⟧. “Les budgets augmentent, mais l’industrie ne suit pas. Les délais de livraison des systèmes de défense aérienne dépassent souvent ⟦trois ans|Q:duration|3|year|0⟧”, estime ⟦Ingrid Vanhoutte|P⟧, chercheuse à l’⟦Institut Egmont|O⟧, à ⟦Bruxelles|L⟧.

Le secrétaire d’Etat ⟦américain|N⟧, ⟦Marco Rubio|P⟧, ne participera pas à la réunion de ⟦jeudi|D⟧ et sera remplacé par son adjoint, ⟦Christopher Landau|P⟧, a fait savoir le ⟦département d’Etat|O|département d’Etat des Etats-Unis⟧. Un porte-parole de l’⟦Otan|O|OTAN⟧ a précisé que le rapport annuel du secrétaire général serait publié en ⟦mars|D⟧.

À ⟦Moscou|L⟧, le porte-parole du ⟦Kremlin|O⟧, ⟦Dmitri Peskov|P⟧, a accusé les ⟦Européens|N⟧ de “préparer leurs opinions à une guerre”. D’après lui, la hausse des budgets militaires occidentaux “ne fait que confirmer” la nécessité pour la ⟦Russie|L⟧ de renforcer ses propres capacités.
===ATTR===
mixed | Mark Rutte#2 | Mark Rutte | a affirmé | les pays membres devaient “aller plus vite” dans la hausse de leurs dépenses militaires, cinq mois après l’engagement pris au sommet de La Haye d’y consacrer 5% de leur produit intérieur brut d’ici à 2035
direct | il | Mark Rutte | a-t-il déclaré | Nous avons pris une décision historique à La Haye. Maintenant, il faut livrer. La Russie produit en trois mois autant de munitions que nous tous en un an
according-to | estimations | estimations de l’OTAN (non nommé) | Selon | tous les pays membres devraient atteindre cette année l’ancien seuil de 2%, fixé en 2014 au sommet du pays de Galles, mais seuls huit d’entre eux dépasseraient déjà 3%
mixed | Pedro Sánchez | Pedro Sánchez | a jugé | l’objectif de 3,5% “déraisonnable”
according-to | diplomates | diplomates (non nommé) | selon | La Belgique, le Canada et l’Italie figurent aussi parmi les pays les plus en retard
indirect | Władysław Kosiniak-Kamysz | Władysław Kosiniak-Kamysz | a rappelé | la Pologne, en première ligne face à la Russie et au Bélarus, dépasse déjà 4,7% et vise 5% dès 2026
direct | Ingrid Vanhoutte | Ingrid Vanhoutte | estime | Les budgets augmentent, mais l’industrie ne suit pas. Les délais de livraison des systèmes de défense aérienne dépassent souvent trois ans
indirect | département d’Etat | département d’Etat des Etats-Unis | a fait savoir | Le secrétaire d’Etat américain, Marco Rubio, ne participera pas à la réunion de jeudi et sera remplacé par son adjoint, Christopher Landau
indirect | porte-parole#1 | porte-parole de l’OTAN (non nommé) | a précisé | le rapport annuel du secrétaire général serait publié en mars
mixed | Dmitri Peskov | Dmitri Peskov | a accusé | les Européens de “préparer leurs opinions à une guerre”
according-to | lui | Dmitri Peskov | D’après | la hausse des budgets militaires occidentaux “ne fait que confirmer” la nécessité pour la Russie de renforcer ses propres capacités
