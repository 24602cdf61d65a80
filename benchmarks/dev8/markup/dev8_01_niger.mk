⟦Niger|L⟧ : la junte fait sortir un convoi d’uranium de la ⟦Somaïr|O|Société des mines de l’Aïr⟧, ⟦Orano|O⟧ dénonce un «{NBSP}vol{NBSP}»

⟦Niamey|L⟧, ⟦2 décembre|D⟧ (⟦AFP|O|Agence France-Presse⟧) – Un convoi d’⟦une trentaine|Q:count|30||1⟧ de camions chargés de concentré d’uranium a quitté ⟦ce week-end|D⟧ le site minier d’⟦Arlit|L⟧, dans le nord du ⟦Niger|L⟧, en direction du port de ⟦Lomé|L⟧, au ⟦Togo|L⟧, ont indiqué ⟦mardi|D⟧ à l’⟦AFP|O|Agence France-Presse⟧ ⟦deux|Q:count|2||0⟧ sources sécuritaires ⟦nigériennes|N⟧.

La cargaison, estimée à environ ⟦1{NNBSP}000 tonnes|Q:measure|1000|t|1⟧ de concentré, provient des stocks de la ⟦Société des mines de l’Aïr|O⟧ (⟦Somaïr|O|Société des mines de l’Aïr⟧), nationalisée en ⟦juin|D⟧ par le régime du général ⟦Abdourahamane Tiani|P⟧. Sa valeur est évaluée à près de ⟦300 millions d’euros|Q:money|300000000|EUR|1⟧ (quelque ⟦197 milliards de francs CFA|Q:money|197000000000|XOF|1⟧).

Le groupe nucléaire ⟦français|N⟧ ⟦Orano|O⟧, qui détenait ⟦63,4{NBSP}%|Q:percent|63.4|%|0⟧ de la ⟦Somaïr|O|Société des mines de l’Aïr⟧ avant sa nationalisation, a dénoncé dans un communiqué un «{NBSP}vol{NBSP}» et affirmé que ce stock lui appartenait «{NBSP}en vertu d’une sentence arbitrale{NBSP}» rendue en ⟦septembre|D⟧ par le ⟦Centre international pour le règlement des différends relatifs aux investissements|O⟧ (⟦Cirdi|O|Centre international pour le règlement des différends relatifs aux investissements⟧), une institution de la ⟦Banque mondiale|O⟧. «{NBSP}Tout acheteur de ces matières s’expose à des poursuites dans les juridictions compétentes{NBSP}», a prévenu l’entreprise.

À ⟦Niamey|L⟧, le ministre des Mines, le colonel ⟦Ousmane Abarchi|P⟧, a assuré ⟦lundi soir|D⟧ sur la télévision publique ⟦Télé Sahel|O⟧ que le ⟦Niger|L⟧ était «{NBSP}seul maître de ses ressources{NBSP}» et qu’il vendrait son uranium «{NBSP}à qui il veut, au prix du marché{NBSP}». Selon lui, les recettes serviront à financer la «{NBSP}souveraineté énergétique{NBSP}» du pays. Moins de ⟦20{NBSP}%|Q:percent|20|%|1⟧ des quelque ⟦27 millions|Q:count|27000000||1⟧ de ⟦Nigériens|N⟧ ont accès à l’électricité, d’après la ⟦Banque mondiale|O⟧.

Plusieurs diplomates en poste dans la capitale évoquent un acheteur ⟦russe|N⟧. L’agence d’État ⟦Rosatom|O⟧, dont le directeur général, ⟦Alexeï Likhatchev|P⟧, s’était rendu à ⟦Niamey|L⟧ en ⟦juillet|D⟧, a signé avec les autorités un protocole d’accord sur l’exploitation de nouveaux gisements, mais n’a pas répondu aux sollicitations de l’⟦AFP|O|Agence France-Presse⟧. «{NBSP}Les ⟦Russes|N⟧ sont les seuls à pouvoir absorber un tel volume sans craindre de sanctions{NBSP}», estime un diplomate ⟦ouest-africain|N⟧ sous couvert d’anonymat.

Le trajet, long de plus de ⟦2{NNBSP}000 kilomètres|Q:measure|2000|km|1⟧, emprunte les routes du ⟦Burkina Faso|L⟧, allié de ⟦Niamey|L⟧ au sein de l’⟦Alliance des États du Sahel|O⟧ (⟦AES|O|Alliance des États du Sahel⟧), où opèrent le ⟦Groupe de soutien à l’islam et aux musulmans|O⟧ (⟦JNIM|O|Groupe de soutien à l’islam et aux musulmans⟧), lié à ⟦Al-Qaïda|O⟧, et l’organisation ⟦État islamique|O⟧. En ⟦octobre|D⟧, une attaque contre un convoi de carburant près de ⟦Téra|L⟧ avait fait ⟦seize|Q:count|16||0⟧ morts parmi les soldats d’escorte, selon une source militaire.

Le ⟦Niger|L⟧ a fourni pendant plus de ⟦cinquante ans|Q:duration|50|year|1⟧ une partie du combustible des centrales ⟦françaises|N⟧. Depuis le coup d’État du ⟦26 juillet 2023|D⟧, qui a renversé le président ⟦Mohamed Bazoum|P⟧, toujours détenu, les relations avec ⟦Paris|L⟧ sont rompues et les quelque ⟦1{NNBSP}500|Q:count|1500||1⟧ soldats ⟦français|N⟧ ont quitté le pays. La ⟦Somaïr|O|Société des mines de l’Aïr⟧ avait produit près de ⟦2{NNBSP}000 tonnes|Q:measure|2000|t|1⟧ d’uranium en ⟦2022|D⟧.

«{NBSP}Nous utiliserons toutes les voies de droit pour faire respecter la décision du tribunal{NBSP}», a déclaré à l’⟦AFP|O|Agence France-Presse⟧ le directeur juridique d’⟦Orano|O⟧, ⟦Pierre-Yves Marchand|P⟧, en rappelant qu’une audience du ⟦Cirdi|O|Centre international pour le règlement des différends relatifs aux investissements⟧ était prévue le ⟦15 janvier|D⟧ à ⟦Washington|L⟧. Pour le politologue ⟦Rahmane Idrissa|P⟧, chercheur à l’⟦université de Leyde|O⟧, la junte «{NBSP}joue sa crédibilité{NBSP}» avec ce convoi. «{NBSP}S’il arrive à bon port, c’est un signal envoyé à tous les investisseurs{NBSP}», souligne-t-il.

===ATTR===
mixed | Orano#1 | Orano | dénonce | un « vol »#1
indirect | sources | sources sécuritaires nigériennes (non nommé) | ont indiqué | Un convoi d’une trentaine de camions chargés de concentré d’uranium a quitté ce week-end le site minier d’Arlit, dans le nord du Niger, en direction du port de Lomé, au Togo
mixed | Orano#2 | Orano | a dénoncé | un « vol »#2
mixed | Orano#2 | Orano | affirmé | ce stock lui appartenait « en vertu d’une sentence arbitrale » rendue en septembre par le Centre international pour le règlement des différends relatifs aux investissements (Cirdi), une institution de la Banque mondiale
direct | entreprise | Orano | a prévenu | Tout acheteur de ces matières s’expose à des poursuites dans les juridictions compétentes
mixed | Ousmane Abarchi | Ousmane Abarchi | a assuré | le Niger était « seul maître de ses ressources » et qu’il vendrait son uranium « à qui il veut, au prix du marché »
according-to | lui | Ousmane Abarchi | Selon | les recettes serviront à financer la « souveraineté énergétique » du pays
according-to | Banque mondiale#2 | Banque mondiale | d’après | Moins de 20 % des quelque 27 millions de Nigériens ont accès à l’électricité
indirect | diplomates | diplomates en poste à Niamey (non nommé) | évoquent | un acheteur russe
direct | diplomate | diplomate ouest-africain (non nommé) | estime | Les Russes sont les seuls à pouvoir absorber un tel volume sans craindre de sanctions
according-to | source | source militaire (non nommé) | selon | En octobre, une attaque contre un convoi de carburant près de Téra avait fait seize morts parmi les soldats d’escorte
direct | Pierre-Yves Marchand | Pierre-Yves Marchand | a déclaré | Nous utiliserons toutes les voies de droit pour faire respecter la décision du tribunal
indirect | Pierre-Yves Marchand | Pierre-Yves Marchand | rappelant | une audience du Cirdi était prévue le 15 janvier à Washington
according-to | Rahmane Idrissa | Rahmane Idrissa | Pour | la junte « joue sa crédibilité » avec ce convoi
direct | il | Rahmane Idrissa | souligne-t-il | S’il arrive à bon port, c’est un signal envoyé à tous les investisseurs
