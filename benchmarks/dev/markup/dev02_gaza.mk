⟦Gaza|L|bande de Gaza⟧ : au ⟦Caire|L|Le Caire⟧, les médiateurs relancent les tractations pour une trêve

⟦Le Caire|L⟧, ⟦3 mars|D⟧ – Les médiateurs ⟦égyptiens|N⟧ et ⟦qataris|N⟧ ont repris ⟦dimanche|D⟧ leurs discussions avec des délégations d’⟦Israël|L⟧ et du ⟦Hamas|O⟧ en vue d’une trêve de ⟦six semaines|Q:duration|6|week|0⟧ dans la ⟦bande de Gaza|L⟧, a indiqué une source proche des négociations.

Selon cette source, le projet d’accord prévoit la libération de ⟦40|Q:count|40||0⟧ otages ⟦israéliens|N⟧ en échange de quelque ⟦700|Q:count|700||1⟧ prisonniers ⟦palestiniens|N⟧, ainsi que l’entrée quotidienne d’au moins ⟦500|Q:count|500||1⟧ camions d’aide humanitaire.

“Nous sommes plus proches d’un accord que nous ne l’avons jamais été depuis ⟦novembre|D⟧”, a déclaré à la presse le Premier ministre ⟦qatari|N⟧, ⟦Mohammed ben Abdelrahmane Al-Thani|P|Mohammed ben Abdelrahmane Al-Thani⟧. “Mais rien n’est conclu tant que tout n’est pas conclu”, a-t-il prévenu.

Le Premier ministre ⟦israélien|N⟧, ⟦Benyamin Netanyahou|P|Benyamin Netanyahou⟧, a, lui, réaffirmé que son pays poursuivrait la guerre « jusqu’à la victoire totale » contre le ⟦Hamas|O⟧, y compris à ⟦Rafah|L⟧. Près de ⟦1,4 million|Q:count|1400000||1⟧ de ⟦Palestiniens|N⟧ ont trouvé refuge dans cette ville du sud du territoire, à la frontière ⟦égyptienne|N⟧.

Le ministre ⟦égyptien|N⟧ des Affaires étrangères, ⟦Sameh Choukri|P|Sameh Choukri⟧, a estimé qu’une offensive terrestre à ⟦Rafah|L⟧ aurait des « conséquences catastrophiques » pour les civils. L’⟦Égypte|L⟧ a renforcé son dispositif militaire le long de sa frontière avec le territoire ⟦palestinien|N⟧, longue d’environ ⟦14 kilomètres|Q:measure|14|km|1⟧, selon le site ⟦Al-Qahera News|O⟧, proche des autorités.

La guerre, déclenchée par l’attaque sans précédent du ⟦Hamas|O⟧ contre ⟦Israël|L⟧ le ⟦7 octobre|D⟧, a fait plus de ⟦30{NNBSP}000|Q:count|30000||1⟧ morts dans la ⟦bande de Gaza|L⟧, selon le ⟦ministère de la Santé du Hamas|O|ministère de la Santé de Gaza⟧.

D’après le ⟦Programme alimentaire mondial|O⟧ (⟦PAM|O|Programme alimentaire mondial⟧), seuls ⟦2{NNBSP}300|Q:count|2300||0⟧ camions sont entrés dans le territoire en ⟦février|D⟧, soit ⟦50{NBSP}%|Q:percent|50|%|0⟧ de moins qu’en ⟦janvier|D⟧, et ⟦576 000|Q:count|576000||0⟧ personnes sont « à un pas de la famine ». Sur le terrain, les “pauses humanitaires” annoncées ⟦ces dernières semaines|D⟧ n’ont guère changé la donne.

« Chaque jour qui passe sans cessez-le-feu se compte en vies humaines », a averti à ⟦Genève|L⟧ le chef des affaires humanitaires de l’⟦ONU|O|Organisation des Nations unies⟧, ⟦Martin Griffiths|P|Martin Griffiths⟧. L’appel de fonds des ⟦Nations unies|O|Organisation des Nations unies⟧ pour le territoire s’élève à ⟦2,8 milliards de dollars|Q:money|2800000000|USD|0⟧ pour ⟦2024|D⟧, financé à hauteur de ⟦4{NBSP}%|Q:percent|4|%|0⟧ seulement.

Un navire affrété par les ⟦Émirats arabes unis|L⟧ doit par ailleurs acheminer ⟦200 tonnes|Q:measure|200|t|0⟧ de vivres depuis ⟦Chypre|L⟧ par un corridor maritime, a annoncé ⟦jeudi|D⟧ la ⟦Commission européenne|O⟧.

===ATTR===
indirect | source proche des négociations | source proche des négociations (non nommée) | a indiqué | Les médiateurs égyptiens et qataris ont repris dimanche leurs discussions avec des délégations d’Israël et du Hamas en vue d’une trêve de six semaines dans la bande de Gaza
according-to | source#2 | source proche des négociations (non nommée) | Selon | le projet d’accord prévoit la libération de 40 otages israéliens en échange de quelque 700 prisonniers palestiniens, ainsi que l’entrée quotidienne d’au moins 500 camions d’aide humanitaire
direct | Mohammed ben Abdelrahmane Al-Thani | Mohammed ben Abdelrahmane Al-Thani | a déclaré | Nous sommes plus proches d’un accord que nous ne l’avons jamais été depuis novembre
direct | il | Mohammed ben Abdelrahmane Al-Thani | a-t-il prévenu | Mais rien n’est conclu tant que tout n’est pas conclu
mixed | Benyamin Netanyahou | Benyamin Netanyahou | a, lui, réaffirmé | son pays poursuivrait la guerre « jusqu’à la victoire totale » contre le Hamas, y compris à Rafah
mixed | Sameh Choukri | Sameh Choukri | a estimé | une offensive terrestre à Rafah aurait des « conséquences catastrophiques » pour les civils
according-to | Al-Qahera News | Al-Qahera News | selon | L’Égypte a renforcé son dispositif militaire le long de sa frontière avec le territoire palestinien, longue d’environ 14 kilomètres
according-to | ministère de la Santé du Hamas | ministère de la Santé de Gaza | selon | La guerre, déclenchée par l’attaque sans précédent du Hamas contre Israël le 7 octobre, a fait plus de 30 000 morts dans la bande de Gaza
according-to | Programme alimentaire mondial | Programme alimentaire mondial | D’après | seuls 2 300 camions sont entrés dans le territoire en février, soit 50 % de moins qu’en janvier, et 576 000 personnes sont « à un pas de la famine »
direct | Martin Griffiths | Martin Griffiths | a averti | Chaque jour qui passe sans cessez-le-feu se compte en vies humaines
indirect | Commission européenne | Commission européenne | a annoncé | Un navire affrété par les Émirats arabes unis doit par ailleurs acheminer 200 tonnes de vivres depuis Chypre par un corridor maritime
