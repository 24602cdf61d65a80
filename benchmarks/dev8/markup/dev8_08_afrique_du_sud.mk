⟦G20|O⟧ de ⟦Johannesburg|L⟧ : les dirigeants adoptent une déclaration sans les ⟦Etats-Unis|L⟧, ⟦Ramaphosa|P|Cyril Ramaphosa⟧ salue «{NBSP}une victoire du multilatéralisme{NBSP}»

⟦Johannesburg|L⟧, ⟦22 novembre|D⟧ (⟦AFP|O|Agence France-Presse⟧) - Les dirigeants du ⟦G20|O⟧ réunis à ⟦Johannesburg|L⟧ ont adopté ⟦samedi|D⟧, dès l'ouverture du sommet, une déclaration commune sur le climat, la dette et les inégalités, malgré le boycott des ⟦Etats-Unis|L⟧ et les objections de dernière minute de l'⟦Argentine|L⟧, a annoncé la présidence ⟦sud-africaine|N⟧.

«{NBSP}Nous avons montré que le monde peut encore se mettre d'accord, même quand certains choisissent la chaise vide{NBSP}», a déclaré le président ⟦Cyril Ramaphosa|P⟧ devant la presse, qualifiant le texte de «{NBSP}victoire du multilatéralisme{NBSP}». La réunion de ⟦deux jours|Q:duration|2|day|0⟧ rassemble ⟦une quarantaine|Q:count|40||1⟧ de délégations au centre d'exposition ⟦Nasrec|L⟧, à ⟦Soweto|L⟧, sous haute sécurité. Plus de ⟦3{NNBSP}500|Q:count|3500||1⟧ membres des forces de l'ordre ont été déployés, selon la police.

Le président ⟦américain|N⟧ ⟦Donald Trump|P⟧ avait annoncé ⟦début novembre|D⟧ qu'aucun responsable de son administration ne se rendrait au premier sommet du ⟦G20|O⟧ organisé en ⟦Afrique|L⟧, accusant ⟦Pretoria|L⟧ de persécuter la minorité blanche ⟦afrikaner|N⟧. La porte-parole de la ⟦Maison Blanche|O⟧, ⟦Karoline Leavitt|P⟧, a qualifié la déclaration de «{NBSP}honteuse{NBSP}», affirmant que ⟦Washington|L⟧, qui doit prendre la présidence du groupe le ⟦1er décembre|D⟧, ne se sentait «{NBSP}pas lié{NBSP}» par un texte négocié «{NBSP}sans les ⟦Etats-Unis|L⟧{NBSP}».

Dans ce texte de ⟦122|Q:count|122||0⟧ points, adopté par consensus, les dirigeants appellent notamment à alléger la dette des pays à faible revenu et à tripler les capacités mondiales d'énergies renouvelables d'ici à ⟦2030|D⟧. Ces pays consacrent en moyenne ⟦14 pour cent|Q:percent|14|%|0⟧ de leurs recettes au service de la dette, selon la ⟦Banque mondiale|O⟧.

Le Premier ministre ⟦chinois|N⟧ ⟦Li Qiang|P⟧, le président ⟦français|N⟧ ⟦Emmanuel Macron|P⟧ et le chancelier ⟦allemand|N⟧ ⟦Friedrich Merz|P⟧ ont fait le déplacement, tout comme le Premier ministre ⟦indien|N⟧ ⟦Narendra Modi|P⟧. Le président ⟦russe|N⟧ ⟦Vladimir Poutine|P⟧, visé par un mandat d'arrêt de la ⟦Cour pénale internationale|O⟧ (⟦CPI|O|Cour pénale internationale⟧), était représenté par ⟦Maxime Orechkine|P⟧, chef adjoint de l'administration présidentielle.

La présidence ⟦sud-africaine|N⟧ avait fait de la dette et du coût de la transition énergétique ses priorités. «{NBSP}L'⟦Afrique|L⟧ ne demande pas la charité, elle demande des règles justes{NBSP}», a insisté le ministre des Relations internationales, ⟦Ronald Lamola|P⟧.

Pour l'économie ⟦sud-africaine|N⟧, le sommet intervient à un moment délicat. Le taux de chômage a atteint ⟦31,9 pour cent|Q:percent|31.9|%|0⟧ au ⟦troisième trimestre|D⟧, selon l'agence ⟦Statistics South Africa|O⟧, et la croissance ne devrait pas dépasser ⟦1,1 pour cent|Q:percent|1.1|%|1⟧ ⟦cette année|D⟧, d'après la ⟦Banque de réserve sud-africaine|O⟧ (⟦SARB|O|Banque de réserve sud-africaine⟧). Les droits de douane de ⟦30 pour cent|Q:percent|30|%|0⟧ imposés par ⟦Washington|L⟧ en ⟦août|D⟧ sur les exportations ⟦sud-africaines|N⟧ menacent quelque ⟦30{NNBSP}000|Q:count|30000||1⟧ emplois dans l'automobile et l'agriculture, a estimé le ministre du Commerce, ⟦Parks Tau|P⟧.

Le rand a toutefois progressé de ⟦0,8 pour cent|Q:percent|0.8|%|0⟧ ⟦vendredi|D⟧, à ⟦17,25 rands|Q:money|17.25|ZAR|0⟧ pour ⟦un dollar|Q:money|1|USD|0⟧, porté par la hausse des cours de l'or.

Le sommet s'achève ⟦dimanche|D⟧ par une cérémonie de passation symbolique. «{NBSP}Je remettrai le marteau à une chaise vide s'il le faut{NBSP}», avait lancé ⟦jeudi|D⟧ M. ⟦Ramaphosa|P|Cyril Ramaphosa⟧, alors que ⟦Washington|L⟧ n'a prévu d'envoyer qu'un chargé d'affaires de son ambassade à ⟦Pretoria|L⟧. «{NBSP}C'est un manque de respect envers l'⟦Afrique|L⟧{NBSP}», a commenté un diplomate ⟦sud-africain|N⟧ sous couvert d'anonymat.

===ATTR===
direct | Ramaphosa#1 | Cyril Ramaphosa | salue | une victoire du multilatéralisme
indirect | présidence#1 | présidence sud-africaine | a annoncé | Les dirigeants du G20 réunis à Johannesburg ont adopté samedi, dès l'ouverture du sommet, une déclaration commune sur le climat, la dette et les inégalités, malgré le boycott des Etats-Unis et les objections de dernière minute de l'Argentine
direct | Cyril Ramaphosa | Cyril Ramaphosa | a déclaré | Nous avons montré que le monde peut encore se mettre d'accord, même quand certains choisissent la chaise vide
mixed | Cyril Ramaphosa | Cyril Ramaphosa | qualifiant | le texte de « victoire du multilatéralisme »
indirect | Donald Trump | Donald Trump | avait annoncé | aucun responsable de son administration ne se rendrait au premier sommet du G20 organisé en Afrique
indirect | Donald Trump | Donald Trump | accusant | Pretoria de persécuter la minorité blanche afrikaner
mixed | Karoline Leavitt | Karoline Leavitt | a qualifié | la déclaration de « honteuse »
mixed | Karoline Leavitt | Karoline Leavitt | affirmant | Washington, qui doit prendre la présidence du groupe le 1er décembre, ne se sentait « pas lié » par un texte négocié « sans les Etats-Unis »
indirect | dirigeants | dirigeants du G20 | appellent | à alléger la dette des pays à faible revenu et à tripler les capacités mondiales d'énergies renouvelables d'ici à 2030
according-to | police | police (non nommé) | selon#1 | Plus de 3 500 membres des forces de l'ordre ont été déployés
according-to | Banque mondiale | Banque mondiale | selon#2 | Ces pays consacrent en moyenne 14 pour cent de leurs recettes au service de la dette
direct | Ronald Lamola | Ronald Lamola | a insisté | L'Afrique ne demande pas la charité, elle demande des règles justes
according-to | Statistics South Africa | Statistics South Africa | selon#3 | Le taux de chômage a atteint 31,9 pour cent au troisième trimestre
according-to | Banque de réserve sud-africaine | Banque de réserve sud-africaine | d'après | la croissance ne devrait pas dépasser 1,1 pour cent cette année
indirect | Parks Tau | Parks Tau | a estimé | Les droits de douane de 30 pour cent imposés par Washington en août sur les exportations sud-africaines menacent quelque 30 000 emplois dans l'automobile et l'agriculture
direct | Ramaphosa | Cyril Ramaphosa | avait lancé | Je remettrai le marteau à une chaise vide s'il le faut
direct | diplomate | diplomate sud-africain (non nommé) | a commenté | C'est un manque de respect envers l'Afrique
