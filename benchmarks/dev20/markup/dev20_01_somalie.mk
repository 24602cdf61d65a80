Somalie: au moins ⟦27|Q:count|27||1⟧ morts dans une attaque des ⟦shebab|O|Al-Shabaab⟧ contre un hôtel de ⟦Mogadiscio|L⟧

⟦Mogadiscio|L⟧, ⟦13 novembre|D⟧ (⟦AFP|O|Agence France-Presse⟧) – Au moins ⟦27|Q:count|27||1⟧ personnes ont été tuées et ⟦une soixantaine|Q:count|60||1⟧ blessées dans l'attaque menée ⟦mercredi soir|D⟧ par les islamistes ⟦shebab|O|Al-Shabaab⟧ contre un hôtel situé près de la présidence, à ⟦Mogadiscio|L⟧, ont annoncé ⟦jeudi|D⟧ les autorités ⟦somaliennes|N⟧, au terme d'un siège de près de ⟦neuf heures|Q:duration|9|hour|1⟧.

Un commando d'au moins ⟦cinq|Q:count|5||1⟧ hommes armés a fait exploser une voiture piégée devant l'entrée de l'⟦hôtel Hiiraan Palace|L⟧ vers ⟦18h30|D⟧, avant de pénétrer dans le bâtiment, où se trouvaient des députés et des hauts fonctionnaires. « Les forces de sécurité ont mis fin à l'opération vers ⟦3h15 du matin|D⟧. Les ⟦cinq|Q:count|5||0⟧ assaillants ont été tués », a déclaré à la presse le porte-parole de la police, ⟦Mohamed Abdi Warsame|P⟧.

« J'ai entendu une énorme explosion, puis des tirs sans interruption. Personne n'osait sortir », raconte ⟦Faadumo Ali|P⟧, ⟦34 ans|Q:duration|34|year|0⟧, une commerçante dont la boutique fait face à l'hôtel.

Le groupe jihadiste, affilié à ⟦Al-Qaïda|O⟧, a affirmé dans un communiqué diffusé par sa radio, ⟦Andalus|O|Radio Andalus⟧, avoir visé « des responsables apostats du gouvernement ». Parmi les victimes figurent ⟦deux|Q:count|2||0⟧ députés du ⟦Parlement fédéral|O|Parlement fédéral de la Somalie⟧ et un ancien ministre de l'Intérieur, ⟦Abdullahi Nur Gedi|P⟧, ⟦71 ans|Q:duration|71|year|0⟧, selon un bilan communiqué par le ⟦ministère de la Santé|O|ministère somalien de la Santé⟧. Le même bilan recense ⟦63|Q:count|63||0⟧ blessés, dont ⟦11|Q:count|11||0⟧ dans un état grave.

Le président ⟦Hassan Cheikh Mohamoud|P⟧ s'est rendu ⟦jeudi matin|D⟧ au chevet des blessés à l'⟦hôpital Madina|O⟧. « Ces criminels ne feront pas reculer la ⟦Somalie|L⟧. Nous poursuivrons l'offensive jusqu'à ce que les terroristes aient quitté le dernier de nos villages », a-t-il déclaré, décrétant ⟦trois jours|Q:duration|3|day|0⟧ de deuil national.

L'attaque intervient alors que la mission de l'⟦Union africaine|O⟧ en ⟦Somalie|L⟧, l'⟦Aussom|O|Mission de soutien et de stabilisation de l'Union africaine en Somalie⟧, peine à boucler son budget. Déployée depuis ⟦janvier 2025|D⟧ pour succéder à l'⟦Atmis|O|Mission de transition de l'Union africaine en Somalie⟧, elle compte environ ⟦11 000|Q:count|11000||1⟧ soldats ⟦ougandais|N⟧, ⟦éthiopiens|N⟧, ⟦kényans|N⟧, ⟦égyptiens|N⟧ et ⟦djiboutiens|N⟧. Son financement, estimé à quelque ⟦190 millions de dollars|Q:money|190000000|USD|1⟧ par an, n'est assuré qu'à ⟦40 %|Q:percent|40|%|0⟧, selon un rapport des ⟦Nations unies|O⟧ publié en ⟦octobre|D⟧.

Le porte-parole de l'⟦Aussom|O|Mission de soutien et de stabilisation de l'Union africaine en Somalie⟧, le colonel ⟦Joseph Okello|P⟧, a assuré que les troupes ⟦africaines|N⟧ « resteront aux côtés de l'⟦armée somalienne|O⟧ » et que ⟦deux|Q:count|2||0⟧ unités de réaction rapide avaient été envoyées en renfort dès ⟦mercredi|D⟧. Pour ⟦Omar Mahmood|P⟧, analyste à l'⟦International Crisis Group|O⟧, « les ⟦shebab|O|Al-Shabaab⟧ cherchent à montrer qu'ils peuvent frapper au cœur de l'Etat au moment où la communauté internationale hésite à payer ».

Chassés de ⟦Mogadiscio|L⟧ en ⟦2011|D⟧, les ⟦shebab|O|Al-Shabaab⟧ contrôlent toujours de vastes zones rurales du centre et du sud du pays. Ils ont repris ⟦ces derniers mois|D⟧ plusieurs localités de la région du ⟦Moyen-Chébéli|L⟧, à ⟦une cinquantaine de kilomètres|Q:measure|50|km|1⟧ de la capitale. En ⟦octobre 2017|D⟧, un camion piégé avait fait plus de ⟦500|Q:count|500||1⟧ morts dans le quartier de ⟦Hodan|L⟧, l'attentat le plus meurtrier de l'histoire du pays.
===ATTR===
indirect | autorités | autorités somaliennes (non nommé) | ont annoncé | Au moins 27 personnes ont été tuées et une soixantaine blessées dans l'attaque menée mercredi soir par les islamistes shebab contre un hôtel situé près de la présidence, à Mogadiscio
direct | Mohamed Abdi Warsame | Mohamed Abdi Warsame | a déclaré | Les forces de sécurité ont mis fin à l'opération vers 3h15 du matin. Les cinq assaillants ont été tués
direct | Faadumo Ali | Faadumo Ali | raconte | J'ai entendu une énorme explosion, puis des tirs sans interruption. Personne n'osait sortir
mixed | groupe | Al-Shabaab | a affirmé | avoir visé « des responsables apostats du gouvernement »
according-to | ministère de la Santé | ministère somalien de la Santé | selon | Parmi les victimes figurent deux députés du Parlement fédéral et un ancien ministre de l'Intérieur, Abdullahi Nur Gedi, 71 ans
direct | il | Hassan Cheikh Mohamoud | a-t-il déclaré | Ces criminels ne feront pas reculer la Somalie. Nous poursuivrons l'offensive jusqu'à ce que les terroristes aient quitté le dernier de nos villages
according-to | Nations unies | Nations unies | selon | Son financement, estimé à quelque 190 millions de dollars par an, n'est assuré qu'à 40 %
mixed | Joseph Okello | Joseph Okello | a assuré | les troupes africaines « resteront aux côtés de l'armée somalienne » et que deux unités de réaction rapide avaient été envoyées en renfort dès mercredi
according-to | Omar Mahmood | Omar Mahmood | Pour | les shebab cherchent à montrer qu'ils peuvent frapper au cœur de l'Etat au moment où la communauté internationale hésite à payer
