⟦Gaza|L⟧ : à ⟦Rafah|L⟧, les convois humanitaires passent au compte-gouttes

⟦Le Caire|L⟧, ⟦3 mars|D⟧ (⟦Reuters|O⟧) - Seuls ⟦146|Q:count|146||0⟧ camions d’aide sont entrés ⟦dimanche|D⟧ dans la ⟦bande de Gaza|L⟧ par les points de passage de ⟦Rafah|L⟧ et de ⟦Kerem Shalom|L⟧, selon le ⟦Bureau de la coordination des affaires humanitaires des Nations unies|O⟧ (⟦OCHA|O|Bureau de la coordination des affaires humanitaires des Nations unies⟧), loin des ⟦600|Q:count|600||0⟧ camions quotidiens prévus par l’accord de cessez-le-feu.

«{NBSP}Les besoins sont immenses et chaque jour de retard se paie en vies humaines. Nous avons des stocks prêts, il faut simplement ouvrir les portes{NBSP}», a déclaré à ⟦Reuters|O⟧ ⟦Samir Haddad|P⟧, porte-parole de l’⟦Office de secours et de travaux des Nations unies pour les réfugiés de Palestine dans le Proche-Orient|O⟧ (⟦UNRWA|O|Office de secours et de travaux des Nations unies pour les réfugiés de Palestine dans le Proche-Orient⟧). L’agence affirme que ⟦1,1 million|Q:count|1100000||1⟧ de personnes environ dépendent encore de ses distributions de farine.

Le ⟦Programme alimentaire mondial|O⟧ (⟦PAM|O|Programme alimentaire mondial⟧, ou ⟦WFP|O|Programme alimentaire mondial⟧ selon son sigle anglais) estime pour sa part que près de ⟦470{NBSP}000|Q:count|470000||1⟧ habitants de l’enclave se trouvent en situation d’insécurité alimentaire «{NBSP}catastrophique{NBSP}». Il dit disposer de ⟦42{NBSP}000 tonnes|Q:measure|42000|t|0⟧ de vivres stockées en ⟦Egypte|L|Égypte⟧ et en ⟦Jordanie|L⟧. Son appel de fonds de ⟦4 milliards de dollars|Q:money|4000000000|USD|0⟧ pour ⟦2026|D⟧ n’est financé qu’à ⟦38{NBSP}%|Q:percent|38|%|0⟧.

Côté ⟦égyptien|N⟧, sur la route qui relie ⟦El-Arich|L⟧ à la frontière, entre ⟦2{NBSP}000 et 2{NBSP}500|Q:count|2000~2500||0⟧ camions patientaient ⟦lundi|D⟧, d’après le ⟦Croissant-Rouge égyptien|O⟧. «{NBSP}J’attends ici depuis ⟦onze jours|Q:duration|11|day|0⟧. La farine commence à s’abîmer sous la bâche{NBSP}», soupire ⟦Mahmoud Abdel Rahman|P⟧, ⟦47 ans|Q:duration|47|year|0⟧, chauffeur originaire d’⟦Ismaïlia|L⟧. Chaque journée d’attente coûte environ ⟦1{NBSP}500 livres égyptiennes|Q:money|1500|EGP|1⟧, soit ⟦une trentaine de dollars|Q:money|30|USD|1⟧, aux transporteurs.

Le ministre ⟦égyptien|N⟧ des Affaires étrangères, ⟦Badr Abdelatty|P⟧, a affirmé que son pays «{NBSP}n’a jamais fermé{NBSP}» son côté du passage et a accusé ⟦Israël|L⟧ de ralentir délibérément les inspections. Le ⟦COGAT|O|Coordination des activités gouvernementales dans les territoires⟧, l’organisme militaire ⟦israélien|N⟧ chargé des affaires civiles, a répondu que plus de ⟦4{NBSP}200|Q:count|4200||1⟧ camions étaient entrés en ⟦février|D⟧ et que les retards relevaient d’"un problème de capacité, pas de volonté" des agences.

Médiateur avec l’⟦Egypte|L|Égypte⟧ et les ⟦Etats-Unis|L|États-Unis⟧, le ⟦Qatar|L⟧ tente de relancer les discussions sur la deuxième phase de l’accord. «{NBSP}Nous travaillons avec toutes les parties pour que cette phase commence sans délai, et l’aide ne doit pas être un levier de négociation{NBSP}», a déclaré à ⟦Doha|L⟧ le porte-parole de la diplomatie ⟦qatarie|N⟧, ⟦Majed al-Ansari|P⟧. D’après des diplomates au fait des pourparlers, une délégation du ⟦Hamas|O⟧ est attendue ⟦mercredi|D⟧ au ⟦Caire|L|Le Caire⟧.

Sur le plan sanitaire, seuls ⟦18|Q:count|18||0⟧ des ⟦36|Q:count|36||0⟧ hôpitaux de ⟦Gaza|L⟧ fonctionnent partiellement, selon l’⟦Organisation mondiale de la santé|O⟧ (⟦OMS|O|Organisation mondiale de la santé⟧). Elle estime que plus de ⟦12{NBSP}000|Q:count|12000||1⟧ patients attendent une évacuation médicale. ⟦Une cinquantaine|Q:count|50||1⟧ d’entre eux ont pu franchir ⟦Rafah|L⟧ ⟦la semaine dernière|D⟧ pour être soignés dans des hôpitaux ⟦égyptiens|N⟧, ⟦émiriens|N⟧ et ⟦turcs|N⟧.

Pour ⟦Nour El-Sayed|P⟧, chercheuse au ⟦Centre Al-Ahram d’études politiques et stratégiques|O⟧, le passage de ⟦Rafah|L⟧ est devenu «{NBSP}un thermomètre{NBSP}» du cessez-le-feu. «{NBSP}Quand les camions passent, c’est que la négociation avance{NBSP}», ajoute-t-elle.
===ATTR===
according-to | Bureau de la coordination des affaires humanitaires des Nations unies | Bureau de la coordination des affaires humanitaires des Nations unies | selon | Seuls 146 camions d’aide sont entrés dimanche dans la bande de Gaza par les points de passage de Rafah et de Kerem Shalom
direct | Samir Haddad | Samir Haddad | a déclaré | Les besoins sont immenses et chaque jour de retard se paie en vies humaines. Nous avons des stocks prêts, il faut simplement ouvrir les portes
indirect | agence | Office de secours et de travaux des Nations unies pour les réfugiés de Palestine dans le Proche-Orient | affirme | 1,1 million de personnes environ dépendent encore de ses distributions de farine
mixed | Programme alimentaire mondial | Programme alimentaire mondial | estime | près de 470 000 habitants de l’enclave se trouvent en situation d’insécurité alimentaire « catastrophique »
indirect | Il | Programme alimentaire mondial | dit | disposer de 42 000 tonnes de vivres stockées en Egypte et en Jordanie
according-to | Croissant-Rouge égyptien | Croissant-Rouge égyptien | d’après | entre 2 000 et 2 500 camions patientaient lundi
direct | Mahmoud Abdel Rahman | Mahmoud Abdel Rahman | soupire | J’attends ici depuis onze jours. La farine commence à s’abîmer sous la bâche
mixed | Badr Abdelatty | Badr Abdelatty | a affirmé | son pays « n’a jamais fermé » son côté du passage
indirect | Badr Abdelatty | Badr Abdelatty | a accusé | Israël de ralentir délibérément les inspections
mixed | COGAT | Coordination des activités gouvernementales dans les territoires | a répondu | plus de 4 200 camions étaient entrés en février et que les retards relevaient d’"un problème de capacité, pas de volonté" des agences
direct | Majed al-Ansari | Majed al-Ansari | a déclaré | Nous travaillons avec toutes les parties pour que cette phase commence sans délai, et l’aide ne doit pas être un levier de négociation
according-to | diplomates | diplomates au fait des pourparlers (non nommé) | D’après | une délégation du Hamas est attendue mercredi au Caire
according-to | Organisation mondiale de la santé | Organisation mondiale de la santé | selon | seuls 18 des 36 hôpitaux de Gaza fonctionnent partiellement
according-to | Nour El-Sayed | Nour El-Sayed | Pour | le passage de Rafah est devenu « un thermomètre » du cessez-le-feu
indirect | Elle | Organisation mondiale de la santé | estime | plus de 12 000 patients attendent une évacuation médicale
direct | elle | Nour El-Sayed | ajoute-t-elle | Quand les camions passent, c’est que la négociation avance
